// The console's Node snippets (SdkSnippets, printed by sdksnippetprint), run as written with the
// official clients: customerio-node's TrackClient, APIClient and PipelinesClient, and
// @customerio/cdp-analytics-node. Only the placeholders are replaced, by the sandbox's demo credentials
// of the region. The clients keep their real Customer.io URLs: this process's fetch, which both clients
// call, records each URL and hands the request to the loopback host standing in for it (the sandbox's
// Track and App API hosts; for the Pipelines hosts the sandbox's when its endpoint file names them, else
// a capturing server of this test). Proves for us and eu:
//   - every request goes to the region's own host over https, and none to any other host;
//   - the region's host accepts it (the sandbox stores the person under the region's demo workspace,
//     the Pipelines host receives the key of the region's source);
//   - the region option is what picks the host: the EU snippet with its option removed goes to the US
//     host, each client's default.
// Needs CIO_SNIPPET_PRINT, CIO_NODE_MODULES and CIO_ENDPOINTS.
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const modules = process.env.CIO_NODE_MODULES;
const endpoints = JSON.parse(fs.readFileSync(process.env.CIO_ENDPOINTS, 'utf8'));
const printer = process.env.CIO_SNIPPET_PRINT;

// The snippets are written to files of a scratch project whose node_modules are the installed clients,
// so their require('customerio-node') resolves as in a user's project.
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'cio-sdk-snippets-'));
fs.symlinkSync(modules, path.join(project, 'node_modules'), 'dir');
process.on('exit', () => fs.rmSync(project, { recursive: true, force: true }));

const demo = (region) => ({
  YOUR_SITE_ID: `demo-${region}-site`,
  YOUR_TRACK_API_KEY: `demo-${region}-track-key`,
  YOUR_APP_API_KEY: `demo-${region}-app-key`,
  YOUR_PIPELINES_API_KEY: `demo-${region}-pipelines-key`,
});
const suffix = (region) => (region === 'eu' ? '-eu' : '');
const basic = (user) => `Basic ${Buffer.from(`${user}:`).toString('base64')}`;

function printed(id, region) {
  return JSON.parse(execFileSync(printer, [id, region], { encoding: 'utf8' }));
}

// A loopback server standing in for one Pipelines host: answers 200 {} and keeps what it received.
function capture() {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      server.received.push({ method: req.method, path: req.url, authorization: req.headers.authorization, body });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  server.received = [];
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// fetch, as both clients call it: each request is recorded with the URL the client built, then sent to
// the stand-in of its host (or, in answerOnly mode, answered 200 {} without leaving the process).
const realFetch = globalThis.fetch;
const routes = new Map();
let seen = [];
let answerOnly = false;
globalThis.fetch = async (input, init = {}) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const headers = new Headers(init.headers);
  const request = { protocol: url.protocol, host: url.host, path: url.pathname, method: init.method ?? 'GET',
    authorization: headers.get('authorization') };
  seen.push(request);
  if (answerOnly)
    return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
  const origin = routes.get(url.host);
  if (!origin) throw new Error(`a request to a host the test does not stand in for: ${url.href}`);
  const response = await realFetch(`${origin}${url.pathname}${url.search}`, { ...init, redirect: 'manual' });
  request.status = response.status;
  return response;
}

async function inspect(base, what) {
  const response = await realFetch(`${base}/__sandbox/${what}`);
  assert.equal(response.status, 200, `GET /__sandbox/${what}`);
  return response.json();
}

// Loads a snippet's text as a module of the scratch project and returns the names it declares.
let loaded = 0;
function load(text, names) {
  const file = path.join(project, `snippet-${++loaded}.js`);
  fs.writeFileSync(file, `${text}\nmodule.exports = { ${names.join(', ')} };\n`);
  return require(file);
}

function fill(text, region) {
  let filled = text;
  for (const [placeholder, value] of Object.entries(demo(region))) filled = filled.replaceAll(placeholder, value);
  return filled;
}

const person = 'snippet-person';
// Per client: the names its snippet declares, the placeholders it holds, the hosts of a region, the calls
// made with the snippet's clients (send) and what they answer through the region's host (expect).
const cases = [
  {
    id: 'customerio-node',
    names: ['cio', 'api'],
    placeholders: ['YOUR_SITE_ID', 'YOUR_TRACK_API_KEY', 'YOUR_APP_API_KEY'],
    hosts: (region) => [`track${suffix(region)}.customer.io`, `api${suffix(region)}.customer.io`],
    send: async ({ cio, api }) => [await cio.identify(person, { plan: 'snippet' }), await api.listSegments()],
    expect: () => [{}, { segments: [] }],
    async stored(region) {
      // The region's demo workspace holds the person; the sandbox saw only these two requests, on this
      // region's hosts (its request list spans all its hosts).
      const base = endpoints[region].track;
      const people = await inspect(base, `people?site_id=demo-${region}-site`);
      assert.deepEqual(people.people.map((p) => p.identifier), [person]);
      const requests = await inspect(base, 'requests');
      assert.deepEqual(requests.map((r) => [r.host, r.site_id, r.method, r.path, r.status]), [
        [`track-${region}`, `demo-${region}-site`, 'PUT', `/api/v1/customers/${person}`, 200],
        [`api-${region}`, `demo-${region}-site`, 'GET', '/v1/segments', 200],
      ]);
    },
  },
  {
    id: 'customerio-node-pipelines',
    names: ['cdp'],
    placeholders: ['YOUR_PIPELINES_API_KEY'],
    hosts: (region) => [`cdp${suffix(region)}.customer.io`],
    send: async ({ cdp }) => [await cdp.identify({ userId: person, traits: { plan: 'snippet' } })],
    expect: () => [{}],
    received: (region) => [['POST', '/v1/identify', basic(`demo-${region}-pipelines-key`)]],
  },
  {
    id: 'cdp-analytics-node',
    names: ['analytics'],
    placeholders: ['YOUR_PIPELINES_API_KEY'],
    hosts: (region) => [`cdp${suffix(region)}.customer.io`],
    // The client's own report of the URL it posts to ('http_request'), beside what fetch saw.
    async send({ analytics }) {
      const reported = [];
      analytics.on('http_request', (r) => reported.push(r.url));
      analytics.identify({ userId: person, traits: { plan: 'snippet' } });
      await analytics.closeAndFlush({ timeout: 10000 });
      return reported;
    },
    expect: (region) => [`https://cdp${suffix(region)}.customer.io/v1/batch`],
    received: (region) => [['POST', '/v1/batch', basic(`demo-${region}-pipelines-key`)]],
  },
];

async function main() {
  const captures = {};
  for (const region of ['us', 'eu']) {
    const s = suffix(region);
    routes.set(`track${s}.customer.io`, endpoints[region].track);
    routes.set(`api${s}.customer.io`, endpoints[region].api);
    if (endpoints[region].pipelines) {
      routes.set(`cdp${s}.customer.io`, endpoints[region].pipelines);
    } else {
      captures[region] = await capture();
      routes.set(`cdp${s}.customer.io`, `http://127.0.0.1:${captures[region].address().port}`);
    }
  }

  for (const c of cases) {
    for (const region of ['us', 'eu']) {
      const snippet = printed(c.id, region);
      for (const placeholder of c.placeholders)
        assert.ok(snippet.text.includes(placeholder), `${c.id} ${region}: ${placeholder} in the snippet`);
      assert.ok(snippet.text.includes(snippet.option), `${c.id} ${region}: its region option`);

      // As written: only the region's own hosts, over https, each answering 200.
      assert.equal((await realFetch(`${endpoints.us.track}/__sandbox/requests`, { method: 'DELETE' })).status, 200);
      for (const server of Object.values(captures)) server.received = [];
      seen = [];
      assert.deepEqual(await c.send(load(fill(snippet.text, region), c.names)), c.expect(region));
      assert.ok(seen.length > 0, `${c.id} ${region}: no request`);
      for (const r of seen) {
        assert.equal(r.protocol, 'https:', `${c.id} ${region}: ${r.host}${r.path}`);
        assert.ok(c.hosts(region).includes(r.host), `${c.id} ${region} went to ${r.host}${r.path}`);
        assert.equal(r.status, 200, `${c.id} ${region}: ${r.method} ${r.host}${r.path}`);
      }
      assert.deepEqual([...new Set(seen.map((r) => r.host))], c.hosts(region));
      if (c.stored) await c.stored(region);
      if (c.received && captures[region]) {
        assert.deepEqual(captures[region].received.map((r) => [r.method, r.path, r.authorization]), c.received(region));
        const other = captures[region === 'us' ? 'eu' : 'us'];
        assert.deepEqual(other.received, [], `${c.id} ${region}: the other region's Pipelines host`);
      }
      console.log(`ok - ${c.id} ${region}: ${seen.map((r) => `${r.method} https://${r.host}${r.path}`).join(', ')}`);
    }

    // The EU snippet without its region option: the client's default, the US host.
    const eu = printed(c.id, 'eu');
    const withoutOption = fill(eu.text.replaceAll(eu.option, ''), 'eu');
    assert.ok(!withoutOption.includes(eu.option));
    seen = [];
    answerOnly = true;
    let answers;
    try {
      answers = await c.send(load(withoutOption, c.names));
    } finally {
      answerOnly = false;
    }
    if (c.id === 'cdp-analytics-node') assert.deepEqual(answers, c.expect('us'));
    assert.deepEqual([...new Set(seen.map((r) => r.host))], c.hosts('us'),
      `${c.id}: without \`${eu.option}\` the calls go to the US host`);
    console.log(`ok - ${c.id}: without \`${eu.option}\` the calls go to ${c.hosts('us').join(', ')}`);
  }
  for (const server of Object.values(captures)) server.close();
}

main().catch((error) => {
  console.error('FAIL:', error);
  process.exit(1);
});
