-- wrk script: every request imports a new gazette issue (POST /api/v1/issues/import, text/markdown): the seed issue's
-- text as number N of its year, N distinct per request across threads, so each is stored (201 CREATED) with its
-- documents, provisions, citations and search outbox rows. Arguments (after --): the seed file, the editor's token, and
-- optionally an offset added to every number (so that a second run does not import the first one's numbers again).
local thread_count = 0
setup = function(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
end
local template, token, offset
local n = 0
init = function(args)
  local f = assert(io.open(args[1], "rb"))
  template = f:read("*a")
  f:close()
  token = args[2]
  offset = tonumber(args[3] or "0")
  assert(template:find("第 1 期（总第 1 期）", 1, true), "the seed has no issue line 第 1 期（总第 1 期）")
end
request = function()
  n = n + 1
  -- thread 1 imports 1000001, 1000002 …, thread 2 2000001 …: never the seed's own number 1
  local number = offset + tid * 1000000 + n
  local body = template:gsub("第 1 期（总第 1 期）", string.format("第 %d 期（总第 %d 期）", number, number), 1)
  return wrk.format("POST", "/api/v1/issues/import", {["Content-Type"] = "text/markdown; charset=UTF-8",
    ["Authorization"] = "Bearer " .. token}, body)
end
