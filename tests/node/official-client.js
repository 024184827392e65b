// Runs the official customerio-node TrackClient against each regional sandbox Track host (its `url`
// option; that client withholds credentials on a redirect that leaves *.customer.io, so each region's
// host is called directly) and asserts through /__sandbox/people what the sandbox stored.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { TrackClient } = require(path.join(process.env.CIO_NODE_MODULES, 'customerio-node'));
const endpoints = JSON.parse(fs.readFileSync(process.env.CIO_ENDPOINTS, 'utf8'));

const regions = [
  { region: 'us', siteId: 'demo-us-site', key: 'demo-us-track-key' },
  { region: 'eu', siteId: 'demo-eu-site', key: 'demo-eu-track-key' },
];

async function inspect(base, what) {
  const response = await fetch(`${base}/__sandbox/${what}`);
  assert.equal(response.status, 200, `GET /__sandbox/${what}`);
  return response.json();
}

async function check({ region, siteId, key }) {
  const base = endpoints[region].track;
  const cio = new TrackClient(siteId, key, { url: `${base}/api/v1`, timeout: 5000, retry: { maxRetries: 0 } });
  // An identifier that must travel as one path segment, decoded once.
  const person = `ada/${region}@example.com`;
  const people = async () => (await inspect(base, `people?site_id=${encodeURIComponent(siteId)}`));

  assert.deepEqual(await cio.identify(person, { email: person, plan: 'pro', created_at: 1700000000 }), {});
  assert.deepEqual(await cio.track(person, { name: 'purchase', data: { price: 23.45, sku: 'A-1' } }), {});
  assert.deepEqual(await cio.trackAnonymous('anon-1', { name: 'visited', data: { page: '/pricing' } }), {});
  assert.deepEqual(await cio.trackPageView(person, '/pricing'), {});

  let state = await people();
  assert.equal(state.site_id, siteId);
  assert.equal(state.people.length, 1, JSON.stringify(state));
  const stored = state.people[0];
  assert.equal(stored.identifier, person);
  assert.deepEqual(stored.attributes, { email: person, plan: 'pro', created_at: 1700000000 });
  assert.deepEqual(stored.events.map((e) => [e.type, e.name]), [['event', 'purchase'], ['page', '/pricing']]);
  assert.deepEqual(stored.events[0].data, { price: 23.45, sku: 'A-1' });
  assert.equal(state.anonymous_events.length, 1);
  assert.equal(state.anonymous_events[0].anonymous_id, 'anon-1');
  assert.equal(state.anonymous_events[0].name, 'visited');

  // Every call reached this region's host, with this workspace's credentials, no redirect.
  const requests = (await inspect(base, 'requests')).filter((r) => r.site_id === siteId);
  assert.deepEqual(requests.map((r) => [r.host, r.method, r.status]), [
    [`track-${region}`, 'PUT', 200], [`track-${region}`, 'POST', 200],
    [`track-${region}`, 'POST', 200], [`track-${region}`, 'POST', 200],
  ]);
  assert.equal(requests[0].identifier, person);

  assert.deepEqual(await cio.destroy(person), {});
  state = await people();
  assert.equal(state.people.length, 0, JSON.stringify(state));

  // The other region's workspace saw nothing.
  const other = regions.find((r) => r.region !== region);
  const otherState = await inspect(endpoints[other.region].track, `people?site_id=${other.siteId}`);
  assert.equal(otherState.people.length, 0);
  console.log(`ok - customerio-node against the ${region} sandbox host (${base})`);
}

(async () => {
  for (const r of regions) await check(r);
})().catch((error) => {
  console.error('FAIL:', error);
  process.exit(1);
});
