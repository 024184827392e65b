// The official customerio-node client (and its PipelinesClient, and cdp-analytics-node), unmodified and with
// their default regions, against the sandbox serving the real host names (tst_productionpath sets up the names, the loopback addresses and the test
// CA, given here by NODE_EXTRA_CA_CERTS). An EU account's calls sent to the US hosts are followed to the
// EU hosts with their credentials, which the client keeps only for hosts under *.customer.io.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');

const cio = require(path.join(process.env.CIO_NODE_MODULES, 'customerio-node'));
const { TrackClient, APIClient, PipelinesClient, RegionEU, SendEmailRequest } = cio;
const { Analytics } = require(path.join(process.env.CIO_NODE_MODULES, '@customerio/cdp-analytics-node'));

async function inspect(host, what, body) {
  const response = await fetch(`https://${host}/__sandbox/${what}`, body === undefined ? {} : {
    method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' },
  });
  assert.equal(response.status, 200, `/__sandbox/${what} on ${host}`);
  return response.json();
}

const requests = async () => (await inspect('track.customer.io', 'requests'))
  .map((r) => [r.host, r.method, r.path, r.site_id, r.status]);
const people = async (siteId) => (await inspect('track.customer.io', `people?site_id=${siteId}`)).people;

async function main() {
  const options = { timeout: 5000, retry: { maxRetries: 0 } };
  await fetch('https://track.customer.io/__sandbox/requests', { method: 'DELETE' });

  // A US account with the default region: straight to track.customer.io.
  const us = new TrackClient('demo-us-site', 'demo-us-track-key', options);
  assert.deepEqual(await us.identify('ada', { plan: 'pro' }), {});
  assert.deepEqual((await people('demo-us-site')).map((p) => p.identifier), ['ada']);

  // An EU account with the default region: sent to the US host, redirected to track-eu.customer.io and
  // re-sent there with its credentials and body.
  const euByDefault = new TrackClient('demo-eu-site', 'demo-eu-track-key', options);
  assert.deepEqual(await euByDefault.track('bob', { name: 'signed_up', data: { plan: 'eu' } }), {});
  // The same account with RegionEU: straight to the EU host.
  const eu = new TrackClient('demo-eu-site', 'demo-eu-track-key', { ...options, region: RegionEU });
  assert.deepEqual(await eu.identify('bob', { country: 'DE' }), {});
  const bob = (await people('demo-eu-site')).find((p) => p.identifier === 'bob');
  assert.ok(bob, 'the EU workspace stored bob');
  assert.deepEqual(bob.events.map((e) => e.name), ['signed_up']);
  assert.deepEqual(bob.attributes, { country: 'DE' });

  // App API, transactional: an EU key sent to api.customer.io is redirected to api-eu.customer.io and
  // delivered there.
  const euApi = new APIClient('demo-eu-app-key', options);
  const sent = await euApi.sendEmail(new SendEmailRequest({
    transactional_message_id: 3, to: 'bob@example.com', identifiers: { id: 'bob' },
  }));
  assert.match(sent.delivery_id, /^sandbox-delivery-/);

  // App API, another call, when the US host answers 301 "wrong datacenter" (customerio-node issue #134):
  // followed to the EU host with the key.
  await inspect('api.customer.io', 'app-wrong-region', { mode: 'redirect' });
  await eu.identify('carol', { email: 'carol@example.com' });
  const found = await euApi.getCustomersByEmail('carol@example.com');
  assert.deepEqual(found.results.map((r) => r.id), ['carol']);
  await inspect('api.customer.io', 'app-wrong-region', { mode: '401' });

  assert.deepEqual(await requests(), [
    ['track-us', 'PUT', '/api/v1/customers/ada', 'demo-us-site', 200],
    ['track-us', 'POST', '/api/v1/customers/bob/events', 'demo-eu-site', 301],
    ['track-eu', 'POST', '/api/v1/customers/bob/events', 'demo-eu-site', 200],
    ['track-eu', 'PUT', '/api/v1/customers/bob', 'demo-eu-site', 200],
    ['api-us', 'POST', '/v1/send/email', 'demo-eu-site', 301],
    ['api-eu', 'POST', '/v1/send/email', 'demo-eu-site', 200],
    ['track-eu', 'PUT', '/api/v1/customers/carol', 'demo-eu-site', 200],
    ['api-us', 'GET', '/v1/customers', 'demo-eu-site', 301],
    ['api-eu', 'GET', '/v1/customers', 'demo-eu-site', 200],
  ]);
  console.log('customerio-node: default regions, US to EU redirects followed with credentials');

  // Pipelines, with the clients' own host names: a US source's key with the default region reaches
  // cdp.customer.io; an EU source's key reaches cdp-eu.customer.io with RegionEU (customerio-node) or the
  // host https://cdp-eu.customer.io (cdp-analytics-node). Left on the default (US) host, the EU key is
  // refused under the sandbox's assumption (a 401 in strict mode: docs/sandbox.md, Pipelines).
  await fetch('https://track.customer.io/__sandbox/requests', { method: 'DELETE' });
  const pipelines = { ...options, strictMode: true };
  assert.deepEqual(await new PipelinesClient('demo-us-pipelines-key', pipelines)
    .track({ userId: 'ada', event: 'Signed Up' }), {});
  assert.deepEqual(await new PipelinesClient('demo-eu-pipelines-key', { ...pipelines, region: RegionEU })
    .identify({ userId: 'bob', traits: { country: 'DE' } }), {});
  await assert.rejects(new PipelinesClient('demo-eu-pipelines-key', pipelines).identify({ userId: 'bob' }),
    (error) => error.statusCode === 401);
  const analytics = new Analytics({ writeKey: 'demo-eu-pipelines-key', host: 'https://cdp-eu.customer.io',
    maxRetries: 0 });
  const delivered = new Promise((resolve) => {
    analytics.track({ userId: 'bob', event: 'Viewed' }, (error) => resolve(error ?? null));
  });
  await analytics.closeAndFlush({ timeout: 10000 });
  assert.equal(await delivered, null);
  assert.deepEqual(await requests(), [
    ['pipelines-us', 'POST', '/v1/track', 'demo-us-site', 200],
    ['pipelines-eu', 'POST', '/v1/identify', 'demo-eu-site', 200],
    ['pipelines-us', 'POST', '/v1/identify', 'demo-eu-site', 401],
    ['pipelines-eu', 'POST', '/v1/batch', 'demo-eu-site', 200],
  ]);
  const euSource = await inspect('cdp-eu.customer.io', 'pipelines?site_id=demo-eu-site');
  assert.deepEqual(euSource.accepted.map((c) => [c.host, c.type, c.userId]),
    [['pipelines-eu', 'identify', 'bob'], ['pipelines-eu', 'track', 'bob']]);
  console.log('Pipelines clients: each source key reached its own region\'s host by name');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
