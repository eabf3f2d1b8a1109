-- wrk's request for bench/run.sh: the method from WRK_METHOD (default GET) and, when WRK_BODY names a file,
-- that file as a JSON body. Runs in every wrk thread; wrk formats the request once per thread.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local path = os.getenv("WRK_BODY")
if path and path ~= "" then
  local file = assert(io.open(path, "rb"))
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
