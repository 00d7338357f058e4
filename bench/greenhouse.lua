-- wrk script: POSTs signed Greenhouse new_candidate_application deliveries read from BODIES
-- (lines "hex-signature<TAB>body", bench/signed_bodies.py), with a fresh Greenhouse-Event-ID per
-- request (the signature covers only the body), so every request is a new delivery and a real
-- screening. The run uses the bodies from FIRST (0-based) to FIRST+COUNT, each wrk thread its own
-- half of that section, so no two requests of one run are about the same candidate until a
-- thread has gone through its half. Env: BODIES, RUN_ID, FIRST, COUNT.
local bodies, signatures = {}, {}
for line in io.lines(os.getenv("BODIES")) do
  local tab = line:find("\t", 1, true)
  signatures[#signatures + 1] = line:sub(1, tab - 1)
  bodies[#bodies + 1] = line:sub(tab + 1)
end
local run = os.getenv("RUN_ID") or tostring(os.time())
local counter = 0
local threads = 0

local first = tonumber(os.getenv("FIRST") or "0")
local count = tonumber(os.getenv("COUNT") or tostring(#bodies))

function setup(thread)
  threads = threads + 1
  thread:set("offset", (threads - 1) * math.floor(count / 2))
  thread:set("tag", tostring(threads))
end

request = function()
  local i = first + ((offset or 0) + counter) % count + 1
  counter = counter + 1
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Signature"] = "sha256 " .. signatures[i]
  headers["Greenhouse-Event-ID"] = run .. "-" .. (tag or "0") .. "-" .. counter
  return wrk.format("POST", nil, headers, bodies[i])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
