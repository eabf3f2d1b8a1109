-- Forget a claimed key whose request never reached the provider. KEYS[1] = record; ARGV[1] owner token.
-- Only the holder's own in-flight marker is deleted. Returns 1 if deleted, else 0.
local rec = redis.call('HMGET', KEYS[1], 'owner', 'state')
if rec[1] == ARGV[1] and rec[2] == 'inflight' then
  return redis.call('DEL', KEYS[1])
end
return 0
