-- wrk script of scripts/bench-mixed: GET the paths listed one per line in BENCH_PATHS in turn
-- (each connection starts at its own place), and write the latency percentiles 0.0 to 100.0
-- by 0.1 (microseconds) to BENCH_DIST, so that two runs' distributions can be merged.
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
  local f = io.open(os.getenv("BENCH_DIST"), "w")
  for p = 0, 1000 do
    f:write(latency:percentile(p / 10), "\n")
  end
  f:close()
end
