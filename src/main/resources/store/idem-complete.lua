-- Store the answer of a claimed key. KEYS[1] = record; ARGV[1] owner token, ARGV[2] answer JSON.
-- Only the holder may complete, while in flight or after its marker was turned into "outcome unknown"
-- (a late real answer is more useful than the unknown one). The expiry set at claim time stays.
-- Returns 1 if stored, 0 if the record is gone or not this owner's, -1 if already completed.
local rec = redis.call('HMGET', KEYS[1], 'owner', 'state')
if rec[1] ~= ARGV[1] then
  return 0
end
if rec[2] == 'done' then
  return -1
end
redis.call('HSET', KEYS[1], 'state', 'done', 'answer', ARGV[2])
return 1
