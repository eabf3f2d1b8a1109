-- Give the turn back, only if the caller still holds it. KEYS[1] = lease; ARGV[1] token.
-- Returns 1 if released, 0 if it was not (or no longer) the caller's.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
