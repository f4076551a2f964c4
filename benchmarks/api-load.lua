-- wrk script for api-load.sh: a bounded run, not a timed one. wrk itself only knows durations, so once
-- REQUESTS answers have come back the script stops the thread and sends wrk SIGINT, on which wrk prints
-- its summary at once (-d is only a ceiling). Run it with one thread (-t1): the count is per thread.
local limit = tonumber(os.getenv("REQUESTS") or "1000")
local seen, stopped = 0, false

function response(status, headers, body)
  seen = seen + 1
  if seen >= limit and not stopped then
    stopped = true
    wrk.thread:stop()
    -- In the background: system() ignores SIGINT while it waits, so a direct kill would be lost.
    os.execute("(sleep 0.1; kill -INT $PPID) &")
  end
end

function done(summary, latency, requests)
  local ms = function(us) return us / 1000 end
  io.write(string.format("requests %d  non-2xx %d  req/s %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max)))
end
