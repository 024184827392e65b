-- wrk script for run-benchmarks.sh: the bench's customer event (POST /api/v1/customers/{id}/events) with the
-- sandbox's public demo US credentials, the same request bench_requests sends.
wrk.method = "POST"
wrk.path = "/api/v1/customers/bench-person-1/events"
wrk.body = '{"data":{"plan":"pro","seats":12},"name":"bench_event"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Authorization"] = "Basic ZGVtby11cy1zaXRlOmRlbW8tdXMtdHJhY2sta2V5" -- demo-us-site:demo-us-track-key
