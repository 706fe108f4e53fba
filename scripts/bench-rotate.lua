-- wrk script: GET the paths listed one per line in the file named by BENCH_PATHS, in turn
-- (each thread starts at its own place in the list).
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
