-- wrk script: GET the paths listed one per line in the file named by BENCH_PATHS, in turn
-- (each thread starts at its own place in the list). With BENCH_DIST set, it writes the
-- latency percentiles 0.0 to 100.0 by 0.1 (microseconds) there when wrk is done.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local i = 0
function init(args)
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local dist = os.getenv("BENCH_DIST")
  if not dist then
    return
  end
  local f = io.open(dist, "w")
  for p = 0, 1000 do
    f:write(latency:percentile(p / 10), "\n")
  end
  f:close()
end
