-- One rate-limit permit, as one atomic step: reserve the earliest start at which one more request keeps "at most
-- N starts in any window", across every replica that shares this log.
-- KEYS[1] = the connection's log (a sorted set: member = permit id, score = reserved start, ms of Redis time).
-- ARGV[1] N (requests per window), ARGV[2] window ms (60 s plus a margin), ARGV[3] max wait ms, ARGV[4] a unique
-- permit id. Returns {1, wait ms} with the start reserved, or {0, ms until a request could start without waiting}
-- with nothing reserved.
--
-- Why no window edge lets 2N through: a fixed-window counter resets at the boundary (N at 0:59.9 and N more at
-- 1:00.0), and a token bucket admits a full bucket plus its refill. This log keeps the start of every admitted
-- request and admits a start s only if the N-th most recent start is at least a window before s; so any N+1
-- consecutive starts span at least a window, and every interval one window long (not only aligned minutes) holds
-- at most N starts. Time is Redis's own (TIME), one clock for all replicas, and the read-decide-write is one
-- script, so two replicas can never both see "N-1 in the window".
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
-- a start at or before now - window constrains nothing any more
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local start = now
local count = redis.call('ZCARD', KEYS[1])
if count > 0 then
  local last = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])
  if last > start then start = last end
end
local untilFree = 0
if count >= limit then
  -- the limit-th most recent start: the new one must come a whole window after it
  local nth = tonumber(redis.call('ZRANGE', KEYS[1], -limit, -limit, 'WITHSCORES')[2])
  if nth + window > start then start = nth + window end
  untilFree = nth + window - now
end
if start - now > tonumber(ARGV[3]) then
  return {0, math.max(0, untilFree)}
end
redis.call('ZADD', KEYS[1], start, ARGV[4])
-- the log is needed until its newest start is a window old
redis.call('PEXPIRE', KEYS[1], start - now + window)
return {1, start - now}
