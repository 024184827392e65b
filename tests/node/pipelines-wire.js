// The console's Pipelines requests against the official clients' (customerio-node's PipelinesClient and
// @customerio/cdp-analytics-node), both sent to one capturing loopback server: for each case the method,
// path, Authorization, X-Strict-Mode (customerio-node's strictMode) and body must be equal, modulo the
// members a client adds on its own (messageId, timestamp, sentAt, context.library, _metadata, an empty
// integrations, properties or traits) unless the case sets them. Then the command's exit codes for a missing key (3), invalid
// input (2) and a strict refusal (1), and its --json fields. Needs CIO_CONSOLE_BINARY and CIO_NODE_MODULES.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const modules = process.env.CIO_NODE_MODULES;
const { PipelinesClient } = require(path.join(modules, 'customerio-node'));
const { Analytics } = require(path.join(modules, '@customerio/cdp-analytics-node'));

const key = 'wire-test-pipelines-key-0123456789';
const binary = process.env.CIO_CONSOLE_BINARY;

function capture() {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      server.received.push({ method: req.method, path: req.url, headers: req.headers, body });
      res.writeHead(server.status, { 'Content-Type': 'application/json' });
      res.end(server.status === 200 ? '{}' : '{"meta":{"errors":["userId is required"]}}');
    });
  });
  server.received = [];
  server.status = 200;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const origin = (server) => `http://127.0.0.1:${server.address().port}`;

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cio-pipelines-wire-'));
function consoleRun(args, extraEnv = {}) {
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: `${home}/config`, XDG_DATA_HOME: `${home}/data`,
    XDG_CACHE_HOME: `${home}/cache`, CIO_CONSOLE_ENDPOINTS: `${home}/endpoints.json`,
    CIO_PIPELINES_API_KEY: key, ...extraEnv };
  delete env.CIO_TRACK_API_KEY;
  for (const [k, v] of Object.entries(extraEnv)) if (v === undefined) delete env[k];
  return new Promise((resolve) => {
    const child = spawn(binary, ['send', '--api', 'pipelines', ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

// The members a client adds on its own, unless the case set them.
function normalized(body, given) {
  const strip = (o) => {
    const c = JSON.parse(JSON.stringify(o));
    if (!('messageId' in given)) delete c.messageId;
    if (!('timestamp' in given)) delete c.timestamp;
    delete c.sentAt;
    delete c._metadata;
    // cdp-analytics-node adds empty properties to a track call.
    for (const member of ['integrations', 'properties', 'traits'])
      if (c[member] && Object.keys(c[member]).length === 0) delete c[member];
    if (c.context) {
      delete c.context.library;
      if (Object.keys(c.context).length === 0) delete c.context;
    }
    return c;
  };
  const parsed = JSON.parse(body);
  if (Array.isArray(parsed.batch)) return { ...strip(parsed), batch: parsed.batch.map(strip) };
  return strip(parsed);
}

async function main() {
  const server = await capture();
  // The Track and App API hosts and the EU Pipelines host: never reached.
  const elsewhere = await Promise.all([capture(), capture(), capture(), capture(), capture()]);
  fs.writeFileSync(`${home}/endpoints.json`, JSON.stringify({
    us: { track: origin(elsewhere[0]), api: origin(elsewhere[1]), pipelines: origin(server) },
    eu: { track: origin(elsewhere[2]), api: origin(elsewhere[3]), pipelines: origin(elsewhere[4]) },
  }));
  const node = new PipelinesClient(key, { url: `${origin(server)}/v1`, strictMode: true, retry: { maxRetries: 0 } });
  const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  const props = { plan: 'pro', 'ünï€ode': 'ü€', nested: { n: 1.5, list: [1, 'two', null, true] } };
  const device = (type) => ({ device: type ? { token: 'tok-123', type } : { token: 'tok-123' } });

  // [name, console arguments, official call, what the case sets]
  const cases = [
    ['identify userId traits', ['identify', '--user-id', '42', '--traits', JSON.stringify(props)],
      () => node.identify({ userId: '42', traits: props }), {}],
    ['identify anonymousId', ['identify', '--anonymous-id', 'anon-1'], () => node.identify({ anonymousId: 'anon-1' }), {}],
    ['identify both ids', ['identify', '--user-id', 'ada@example.com', '--anonymous-id', 'anon-1', '--traits', '{"a":1}'],
      () => node.identify({ userId: 'ada@example.com', anonymousId: 'anon-1', traits: { a: 1 } }), {}],
    ['identify timestamp', ['identify', '--user-id', '42', '--timestamp', '2025-11-29T08:00:00.000Z'],
      () => node.identify({ userId: '42', timestamp: '2025-11-29T08:00:00.000Z' }), { timestamp: 1 }],
    ['identify messageId', ['identify', '--user-id', '42', '--message-id', 'msg-1'],
      () => node.identify({ userId: '42', messageId: 'msg-1' }), { messageId: 1 }],
    ['track userId', ['track', '--user-id', '42', '--event', 'Course Started', '--properties', JSON.stringify(props)],
      () => node.track({ userId: '42', event: 'Course Started', properties: props }), {}],
    ['track anonymousId', ['track', '--anonymous-id', 'anon-1', '--event', 'Viewed'],
      () => node.track({ anonymousId: 'anon-1', event: 'Viewed' }), {}],
    ['track offset timestamp', ['track', '--user-id', '42', '--event', 'e', '--timestamp', '2025-11-29T09:00:00+01:00'],
      () => node.track({ userId: '42', event: 'e', timestamp: '2025-11-29T09:00:00+01:00' }), { timestamp: 1 }],
    ['page', ['page', '--user-id', '42', '--name', 'Pricing', '--properties', '{"url":"https://example.com/p"}'],
      () => node.page({ userId: '42', name: 'Pricing', properties: { url: 'https://example.com/p' } }), {}],
    ['screen', ['screen', '--anonymous-id', 'anon-1', '--name', 'Settings'],
      () => node.screen({ anonymousId: 'anon-1', name: 'Settings' }), {}],
    ['group', ['group', '--user-id', '42', '--group-id', 'acme', '--traits', '{"name":"Acme","object_type_id":"1"}'],
      () => node.group({ userId: '42', groupId: 'acme', traits: { name: 'Acme', object_type_id: '1' } }), {}],
    ['alias', ['alias', '--user-id', '42', '--previous-id', 'anon-1'],
      () => node.alias({ userId: '42', previousId: 'anon-1' }), {}],
    ['device-created', ['device-created', '--user-id', '42', '--device-token', 'tok-123', '--platform', 'ios'],
      () => node.track({ userId: '42', event: 'Device Created or Updated', context: device('ios') }), {}],
    ['device-created without type', ['device-created', '--user-id', '42', '--device-token', 'tok-123'],
      () => node.track({ userId: '42', event: 'Device Created or Updated', context: device() }), {}],
    ['device-deleted', ['device-deleted', '--user-id', '42', '--device-token', 'tok-123', '--platform', 'android'],
      () => node.track({ userId: '42', event: 'Device Deleted', context: device('android') }), {}],
    ['user-deleted', ['user-deleted', '--user-id', '42'], () => node.track({ userId: '42', event: 'User Deleted' }), {}],
    ['user-suppressed', ['user-suppressed', '--user-id', '42'],
      () => node.track({ userId: '42', event: 'User Suppressed' }), {}],
    ['user-unsuppressed', ['user-unsuppressed', '--user-id', '42'],
      () => node.track({ userId: '42', event: 'User Unsuppressed' }), {}],
    ['relationship-deleted', ['relationship-deleted', '--user-id', '42', '--object-id', 'acme', '--object-type-id', '2'],
      () => node.track({ userId: '42', event: 'Relationship Deleted', properties: { objectId: 'acme', objectTypeId: 2 } }), {}],
    ['object-deleted', ['object-deleted', '--anonymous-id', 'anon-1', '--object-id', 'acme'],
      () => node.track({ anonymousId: 'anon-1', event: 'Object Deleted', properties: { objectId: 'acme' } }), {}],
    ['report-delivery', ['report-delivery', '--user-id', '42', '--delivery-id', 'dlv-1', '--metric', 'opened',
      '--recipient', 'ada@example.com'],
      () => node.track({ userId: '42', event: 'Report Delivery Event',
        properties: { deliveryId: 'dlv-1', metric: 'opened', recipient: 'ada@example.com' } }), {}],
    ['report-content', ['report-content', '--anonymous-id', 'anon-1', '--action-type', 'viewed_content',
      '--content-id', '7', '--template-id', '9'],
      () => node.track({ anonymousId: 'anon-1', event: 'Report Content Event',
        properties: { actionType: 'viewed_content', contentId: 7, templateId: 9 } }), {}],
  ];
  const items = [{ type: 'identify', userId: '42', traits: props }, { type: 'track', anonymousId: 'a', event: 'e' },
    { type: 'alias', userId: '42', previousId: 'a' }, { type: 'group', userId: '42', groupId: 'acme' }];
  cases.push(['batch', ['batch', '--data', JSON.stringify({ batch: items })], () => node.batch(items), {}]);

  for (const [name, args, official, given] of cases) {
    server.received = [];
    const run = await consoleRun([...args, '--region', 'us', '--json']);
    assert.equal(run.code, 0, `${name}: ${run.err}`);
    await official();
    assert.equal(server.received.length, 2, name);
    const [ours, theirs] = server.received;
    assert.equal(ours.method, theirs.method, name);
    assert.equal(ours.path, theirs.path, name);
    assert.equal(ours.headers.authorization, basic, name);
    assert.equal(theirs.headers.authorization, basic, name);
    assert.equal(ours.headers['x-strict-mode'], '1', name);
    assert.equal(theirs.headers['x-strict-mode'], '1', name);
    assert.deepEqual(normalized(ours.body, given), normalized(theirs.body, given), name);
    const printed = JSON.parse(run.out);
    assert.equal(printed.api, 'pipelines', name);
    assert.equal(printed.call, args[0], name);
    assert.ok(!run.out.includes(key) && !run.err.includes(key), name);
  }

  // @customerio/cdp-analytics-node sends every call as a /v1/batch of typed calls: the console's batch of
  // the same calls must equal it.
  // A client per case: closeAndFlush() ends a client.
  let analytics;
  const cdpCases = [
    ['cdp identify', { type: 'identify', userId: '42', traits: props }, () => analytics.identify({ userId: '42', traits: props })],
    ['cdp track', { type: 'track', userId: '42', event: 'Course Started', properties: props },
      () => analytics.track({ userId: '42', event: 'Course Started', properties: props })],
    ['cdp group', { type: 'group', anonymousId: 'anon-1', groupId: 'acme', traits: { name: 'Acme' } },
      () => analytics.group({ anonymousId: 'anon-1', groupId: 'acme', traits: { name: 'Acme' } })],
    ['cdp alias', { type: 'alias', userId: '42', previousId: 'anon-1' },
      () => analytics.alias({ userId: '42', previousId: 'anon-1' })],
    ['cdp device-created', { type: 'track', userId: '42', event: 'Device Created or Updated', context: device('ios') },
      () => analytics.track({ userId: '42', event: 'Device Created or Updated', context: device('ios') })],
  ];
  for (const [name, item, official] of cdpCases) {
    server.received = [];
    const run = await consoleRun(['batch', '--data', JSON.stringify({ batch: [item] }), '--region', 'us']);
    assert.equal(run.code, 0, `${name}: ${run.err}`);
    analytics = new Analytics({ writeKey: key, host: origin(server), flushAt: 1, maxRetries: 0 });
    official();
    await analytics.closeAndFlush({ timeout: 5000 });
    assert.equal(server.received.length, 2, name);
    const [ours, theirs] = server.received;
    assert.equal(ours.method, theirs.method, name);
    assert.equal(ours.path, theirs.path, name);
    assert.equal(ours.headers.authorization, theirs.headers.authorization, name);
    assert.deepEqual(normalized(ours.body, {}), normalized(theirs.body, {}), name);
  }
  const compared = cases.length + cdpCases.length;
  assert.ok(compared >= 20);

  // Exit codes: 3 without the key, 2 for invalid input (nothing sent), 1 for a strict refusal.
  server.received = [];
  let run = await consoleRun(['identify', '--user-id', '42', '--region', 'us'], { CIO_PIPELINES_API_KEY: undefined });
  assert.equal(run.code, 3, run.err);
  run = await consoleRun(['identify', '--user-id', '42', '--region', 'us', '--timestamp', '2025-11-29T08:00:00']);
  assert.equal(run.code, 2, run.err);
  assert.match(run.err, /time zone/);
  run = await consoleRun(['identify', '--region', 'us']);
  assert.equal(run.code, 2, run.err);
  run = await consoleRun(['identify', '--user-id', '42']);
  assert.equal(run.code, 2, run.err);
  run = await consoleRun(['identify', '--user-id', '42', '--region', 'us', '--traits', JSON.stringify({ s: 'é'.repeat(16000) })]);
  assert.equal(run.code, 2, run.err);
  assert.match(run.err, /32,768/);
  assert.equal(server.received.length, 0);
  server.status = 400;
  run = await consoleRun(['identify', '--user-id', '42', '--region', 'us', '--json']);
  assert.equal(run.code, 1, run.err);
  assert.equal(JSON.parse(run.out).status, 400);
  server.status = 200;
  run = await consoleRun(['identify', '--user-id', '42', '--region', 'us', '--no-strict', '--json']);
  assert.equal(run.code, 0, run.err);
  assert.equal(server.received.at(-1).headers['x-strict-mode'], undefined);
  assert.match(JSON.parse(run.out).warnings.join(' '), /not in strict mode/);
  for (const other of elsewhere) assert.equal(other.received.length, 0);

  server.close();
  for (const other of elsewhere) other.close();
  fs.rmSync(home, { recursive: true, force: true });
  console.log(`pipelines wire: ${compared} cases equal to the official clients' requests`);
}

main().catch((error) => {
  console.error(error);
  fs.rmSync(home, { recursive: true, force: true });
  process.exit(1);
});
