-- Take a campaign's update turn in order of arrival (FIFO across replicas).
-- KEYS[1] lease, KEYS[2] counter (tickets and fencing tokens), KEYS[3] queue (zset: holder id -> ticket),
-- KEYS[4] waiters' deadlines (zset: holder id -> server ms by which it must poll again); one hash tag for all.
-- ARGV[1] holder id, ARGV[2] lease ms, ARGV[3] waiter patience ms (how long a silent waiter keeps its place).
-- Returns {1, fencing token, token string} when taken, or {0, ms the current lease has left, place in line}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id = ARGV[1]
-- waiters that stopped polling (their replica died, or the caller gave up) lose their place
local gone = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)
for _, m in ipairs(gone) do
  redis.call('ZREM', KEYS[3], m)
  redis.call('ZREM', KEYS[4], m)
end
if not redis.call('ZSCORE', KEYS[3], id) then
  redis.call('ZADD', KEYS[3], redis.call('INCR', KEYS[2]), id)
end
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -2 and redis.call('ZRANGE', KEYS[3], 0, 0)[1] == id then
  redis.call('ZREM', KEYS[3], id)
  redis.call('ZREM', KEYS[4], id)
  local fence = redis.call('INCR', KEYS[2])
  redis.call('PEXPIRE', KEYS[2], 604800000)
  local token = fence .. ':' .. id
  redis.call('SET', KEYS[1], token, 'PX', ARGV[2])
  return {1, fence, token}
end
redis.call('ZADD', KEYS[4], now + tonumber(ARGV[3]), id)
redis.call('PEXPIRE', KEYS[3], ARGV[3])
redis.call('PEXPIRE', KEYS[4], ARGV[3])
redis.call('PEXPIRE', KEYS[2], 604800000)
return {0, ttl, redis.call('ZRANK', KEYS[3], id)}
