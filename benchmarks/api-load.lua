-- wrk script for api-load.sh: stops each thread after REQUESTS_PER_THREAD responses (a bounded run, not a
-- timed one), counts non-200 answers, and prints the latency percentiles on one line.
local limit = tonumber(os.getenv("REQUESTS_PER_THREAD") or "1000")
local seen = 0

function response(status, headers, body)
  seen = seen + 1
  if seen >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local ms = function(us) return us / 1000 end
  io.write(string.format("requests %d  non-2xx %d  req/s %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max)))
end
