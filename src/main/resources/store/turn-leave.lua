-- A waiter that gives up leaves the line at once. KEYS[3] queue, KEYS[4] deadlines (as turn-acquire.lua);
-- KEYS[1], KEYS[2] unused but passed so that every turn script names the same keys. ARGV[1] holder id.
redis.call('ZREM', KEYS[4], ARGV[1])
return redis.call('ZREM', KEYS[3], ARGV[1])
