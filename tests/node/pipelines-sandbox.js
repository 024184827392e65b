// The official Pipelines clients, unmodified, against the sandbox's Pipelines hosts: customerio-node's
// PipelinesClient (its `url` option, strict mode on and off) and @customerio/cdp-analytics-node (its `host`
// option; it always batches to /v1/batch and sends no X-Strict-Mode). Each region's source key is sent to
// its own region's host, and what the sandbox accepted is checked through /__sandbox/pipelines and
// /__sandbox/requests: the right workspace, source and host, each call's type and ids. Then the sandbox's
// assumed wrong-region answer: a source's key on the other region's host is refused (401 in strict mode, 200
// and dropped otherwise), and accepted once switched. Last, the console's own `send --api pipelines` against
// the same hosts. Needs CIO_ENDPOINTS (the sandbox's endpoint file), CIO_NODE_MODULES and CIO_CONSOLE_BINARY.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const modules = process.env.CIO_NODE_MODULES;
const { PipelinesClient } = require(path.join(modules, 'customerio-node'));
const { Analytics } = require(path.join(modules, '@customerio/cdp-analytics-node'));
const endpoints = JSON.parse(fs.readFileSync(process.env.CIO_ENDPOINTS, 'utf8'));

const regions = [
  { region: 'us', siteId: 'demo-us-site', key: 'demo-us-pipelines-key', other: 'eu' },
  { region: 'eu', siteId: 'demo-eu-site', key: 'demo-eu-pipelines-key', other: 'us' },
];
const inspectionBase = endpoints.us.track;

async function inspect(what, body) {
  const init = body === undefined ? {} : {
    method: body === null ? 'DELETE' : 'POST', body: body === null ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  };
  const response = await fetch(`${inspectionBase}/__sandbox/${what}`, init);
  assert.equal(response.status, 200, `/__sandbox/${what}`);
  return response.json();
}
const pipelines = (siteId) => inspect(`pipelines?site_id=${encodeURIComponent(siteId)}`);
const reset = async () => {
  await inspect('pipelines', null);
  await inspect('requests', null);
};

function nodeClient(key, region, strictMode) {
  return new PipelinesClient(key, { url: `${endpoints[region].pipelines}/v1`, strictMode, timeout: 5000,
    retry: { maxRetries: 0 } });
}

// identify, track, page, screen, group, alias and a batch of three, through customerio-node.
async function nodeCalls(client, tag) {
  const user = `ada-${tag}`;
  assert.deepEqual(await client.identify({ userId: user, traits: { email: `${user}@example.com`, plan: 'pro' } }), {});
  assert.deepEqual(await client.track({ userId: user, event: 'Course Started', properties: { course: 'c-1' } }), {});
  assert.deepEqual(await client.page({ anonymousId: `anon-${tag}`, name: 'Pricing' }), {});
  assert.deepEqual(await client.screen({ userId: user, name: 'Settings' }), {});
  assert.deepEqual(await client.group({ userId: user, groupId: 'acme', traits: { name: 'Acme' } }), {});
  assert.deepEqual(await client.alias({ userId: user, previousId: `anon-${tag}` }), {});
  assert.deepEqual(await client.batch([
    { type: 'identify', userId: user, traits: { batch: true } },
    { type: 'track', userId: user, event: 'Batched' },
    { type: 'alias', userId: user, previousId: `old-${tag}` },
  ]), {});
}
const nodeTypes = ['identify', 'track', 'page', 'screen', 'group', 'alias', 'identify', 'track', 'alias'];

// The same calls through cdp-analytics-node, flushed as one /v1/batch; resolves with each call's error.
async function cdpCalls(key, region, tag) {
  const analytics = new Analytics({ writeKey: key, host: endpoints[region].pipelines, maxRetries: 0,
    maxEventsInBatch: 50, flushInterval: 60000, httpRequestTimeout: 5000 });
  const urls = [];
  analytics.on('http_request', (request) => urls.push(request.url));
  const user = `cdp-${tag}`;
  const errors = [];
  const done = (err) => errors.push(err ?? null);
  analytics.identify({ userId: user, traits: { plan: 'pro' } }, done);
  analytics.track({ userId: user, event: 'Course Started', properties: { course: 'c-1' } }, done);
  analytics.page({ anonymousId: `anon-${tag}`, name: 'Pricing' }, done);
  analytics.screen({ userId: user, name: 'Settings' }, done);
  analytics.group({ userId: user, groupId: 'acme', traits: { name: 'Acme' } }, done);
  analytics.alias({ userId: user, previousId: `anon-${tag}` }, done);
  await analytics.closeAndFlush({ timeout: 10000 });
  assert.equal(errors.length, 6, `${tag}: every callback ran`);
  assert.deepEqual(urls, [`${endpoints[region].pipelines}/v1/batch`], `${tag}: one batch to the ${region} host`);
  return errors;
}
const cdpTypes = ['identify', 'track', 'page', 'screen', 'group', 'alias'];

async function ownRegion({ region, siteId, key, other }) {
  await reset();
  await nodeCalls(nodeClient(key, region, true), `${region}-strict`);
  await nodeCalls(nodeClient(key, region, false), `${region}-permissive`);
  const errors = await cdpCalls(key, region, region);
  assert.deepEqual(errors, [null, null, null, null, null, null]);

  const state = await pipelines(siteId);
  assert.equal(state.region, region);
  assert.deepEqual(state.dropped, [], JSON.stringify(state.dropped));
  const accepted = state.accepted;
  assert.deepEqual(accepted.map((c) => c.type), [...nodeTypes, ...nodeTypes, ...cdpTypes]);
  for (const call of accepted) {
    assert.equal(call.host, `pipelines-${region}`, 'the key reached its own region\'s host');
    assert.equal(call.source, 'Website');
  }
  assert.deepEqual(accepted.map((c) => c.strict),
    [...nodeTypes.map(() => true), ...nodeTypes.map(() => false), ...cdpTypes.map(() => false)]);
  // customerio-node: the single calls as sent, the batch with each item's index.
  const strict = accepted.slice(0, 9);
  assert.equal(strict[0].userId, `ada-${region}-strict`);
  assert.equal(strict[0].call.traits.email, `ada-${region}-strict@example.com`);
  assert.equal(strict[1].event, 'Course Started');
  assert.equal(strict[2].anonymousId, `anon-${region}-strict`);
  assert.equal(strict[2].name, 'Pricing');
  assert.equal(strict[4].groupId, 'acme');
  assert.equal(strict[5].previousId, `anon-${region}-strict`);
  assert.deepEqual(strict.slice(6).map((c) => c.batch_index), [0, 1, 2]);
  assert.equal(strict[7].event, 'Batched');
  assert.equal(strict[0].call.context.library.name, 'customerio-node');
  assert.ok(strict[0].messageId, 'customerio-node adds a messageId');
  // cdp-analytics-node: one batch, every call in it.
  const cdp = accepted.slice(18);
  assert.deepEqual(cdp.map((c) => c.batch_index), [0, 1, 2, 3, 4, 5]);
  assert.equal(cdp[0].userId, `cdp-${region}`);
  assert.equal(cdp[1].event, 'Course Started');
  assert.equal(cdp[5].previousId, `anon-${region}`);

  // Every request went to this region's Pipelines host, with its workspace, none to the other region's.
  const requests = (await inspect('requests')).filter((r) => r.host.startsWith('pipelines-'));
  assert.equal(requests.length, 7 + 7 + 1);
  for (const r of requests) {
    assert.deepEqual([r.host, r.method, r.site_id, r.status], [`pipelines-${region}`, 'POST', siteId, 200]);
  }
  assert.deepEqual(requests.slice(0, 7).map((r) => r.path),
    ['/v1/identify', '/v1/track', '/v1/page', '/v1/screen', '/v1/group', '/v1/alias', '/v1/batch']);
  assert.equal(requests[14].path, '/v1/batch');
  const otherState = await pipelines(regions.find((r) => r.region === other).siteId);
  assert.deepEqual([otherState.accepted, otherState.dropped], [[], []]);
}

// A call the sandbox refuses: strict, customerio-node rejects with the 400; permissive, it resolves and the
// call is dropped with its reason.
async function invalidCall({ region, siteId, key }) {
  await reset();
  const oversize = { userId: 'ada', event: 'Big', properties: { blob: 'x'.repeat(32000) } };
  await assert.rejects(nodeClient(key, region, true).track(oversize), (err) => {
    assert.equal(err.statusCode, 400);
    assert.match(err.body, /a call cannot be larger than 32000 bytes/);
    return true;
  });
  assert.deepEqual(await nodeClient(key, region, false).track(oversize), {});
  const state = await pipelines(siteId);
  assert.deepEqual(state.accepted, []);
  assert.deepEqual(state.dropped.map((d) => [d.status, d.strict, d.type]), [[400, true, 'track'], [200, false, 'track']]);
  assert.match(state.dropped[1].reason, /a call cannot be larger than 32000 bytes/);
}

// docs/sandbox.md, Pipelines: the assumed answer to a source's key on the other region's host.
async function wrongRegion({ region, siteId, key, other }) {
  await reset();
  const label = { us: 'US', eu: 'EU' };
  const reason = `the key of a source of ${region === 'eu' ? 'an' : 'a'} ${label[region]} account on the ` +
    `${label[other]} Pipelines host`;
  // customerio-node, strict: the sandbox's 401.
  await assert.rejects(nodeClient(key, other, true).identify({ userId: 'ada' }), (err) => {
    assert.equal(err.statusCode, 401);
    assert.match(err.body, new RegExp(reason));
    return true;
  });
  // customerio-node, permissive, and cdp-analytics-node (never strict): 200, so the clients report success,
  // and nothing is accepted.
  assert.deepEqual(await nodeClient(key, other, false).identify({ userId: 'ada' }), {});
  assert.deepEqual(await cdpCalls(key, other, `${region}-on-${other}`), [null, null, null, null, null, null]);
  let state = await pipelines(siteId);
  assert.deepEqual(state.accepted, []);
  assert.deepEqual(state.dropped.map((d) => [d.host, d.status, d.type, d.reason]), [
    [`pipelines-${other}`, 401, 'identify', reason],
    [`pipelines-${other}`, 200, 'identify', reason],
    [`pipelines-${other}`, 200, 'batch', reason],
  ]);

  // The other assumption, switched at run time: the same calls are accepted for the key's workspace.
  await inspect('pipelines-wrong-region', { mode: 'accept' });
  try {
    assert.deepEqual(await nodeClient(key, other, true).identify({ userId: 'ada' }), {});
    assert.deepEqual(await cdpCalls(key, other, `${region}-accepted`), [null, null, null, null, null, null]);
    state = await pipelines(siteId);
    assert.deepEqual(state.accepted.map((c) => [c.host, c.type]),
      [[`pipelines-${other}`, 'identify'], ...cdpTypes.map((t) => [`pipelines-${other}`, t])]);
  } finally {
    await inspect('pipelines-wrong-region', { mode: 'refuse' });
  }
}

// The console's `send --api pipelines` with the sandbox's endpoint file: the same answers as the official
// clients get (exit 0 when accepted, 1 for the strict 401 of a key on the other region's host, 0 with
// --no-strict though the call was dropped).
async function consoleCalls() {
  await reset();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cio-pipelines-sandbox-'));
  const run = (key, args) => new Promise((resolve) => {
    const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/config`, XDG_DATA_HOME: `${home}/data`,
      XDG_CACHE_HOME: `${home}/cache`, CIO_CONSOLE_ENDPOINTS: process.env.CIO_ENDPOINTS, CIO_PIPELINES_API_KEY: key };
    const child = spawn(process.env.CIO_CONSOLE_BINARY, ['send', '--api', 'pipelines', ...args, '--json'], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => resolve({ code, out, err }));
  });
  try {
    for (const { region, siteId, key, other } of regions) {
      let r = await run(key, ['track', '--user-id', 'ada', '--event', 'Console Sent', '--region', region]);
      assert.equal(r.code, 0, r.err);
      const state = await pipelines(siteId);
      assert.deepEqual(state.accepted.map((c) => [c.host, c.type, c.userId, c.event, c.strict]),
        [[`pipelines-${region}`, 'track', 'ada', 'Console Sent', true]]);
      r = await run(key, ['identify', '--user-id', 'ada', '--region', other]);
      assert.equal(r.code, 1, r.err);
      assert.equal(JSON.parse(r.out).status, 401);
      assert.ok(!r.out.includes(key) && !r.err.includes(key));
      r = await run(key, ['identify', '--user-id', 'ada', '--region', other, '--no-strict']);
      assert.equal(r.code, 0, r.err);
      const after = await pipelines(siteId);
      assert.equal(after.accepted.length, 1);
      assert.deepEqual(after.dropped.map((d) => [d.host, d.status]), [[`pipelines-${other}`, 401], [`pipelines-${other}`, 200]]);
    }
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

async function main() {
  for (const r of regions) await ownRegion(r);
  for (const r of regions) await invalidCall(r);
  for (const r of regions) await wrongRegion(r);
  await consoleCalls();
}

main().then(() => {
  console.log('customerio-node PipelinesClient and cdp-analytics-node: every call reached its region\'s host');
}, (err) => {
  console.error(err);
  process.exit(1);
});
