-- Extend the lease if the caller still holds it. KEYS[1] = lease; ARGV[1] token, ARGV[2] lease ms.
-- Used by the watchdog (every lease/3) and, with the write's whole budget, right before the write is sent.
-- Returns 1 if still held (and extended), 0 if lost.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
