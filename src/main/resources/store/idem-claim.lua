-- Claim an Idempotency-Key. KEYS[1] = record (a hash).
-- ARGV[1] fingerprint of the body, ARGV[2] retention ms (24 h), ARGV[3] in-flight timeout ms,
-- ARGV[4] owner token (unique per attempt), ARGV[5] the "outcome unknown" answer (JSON) stored when a marker
-- outlives the in-flight timeout.
-- Returns {'started'} | {'mismatch'} | {'inflight', ms until it is decided} | {'completed', answer JSON}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rec = redis.call('HMGET', KEYS[1], 'fp', 'state', 'since', 'answer')
if not rec[1] then
  redis.call('HSET', KEYS[1], 'fp', ARGV[1], 'state', 'inflight', 'since', now, 'owner', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return {'started'}
end
if rec[1] ~= ARGV[1] then
  return {'mismatch'}
end
if rec[2] ~= 'inflight' then
  return {'completed', rec[4]}
end
local left = tonumber(rec[3]) + tonumber(ARGV[3]) - now
if left > 0 then
  return {'inflight', tostring(left)}
end
-- the holder neither completed nor released in time: it died (or hangs). Never "new" again: decide now.
redis.call('HSET', KEYS[1], 'state', 'unknown', 'answer', ARGV[5])
return {'completed', ARGV[5]}
