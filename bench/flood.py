"""Idle or dripping connections against the API port (issue 37); bench/flood.sh probes both ports meanwhile.

Holds `connections` TCP connections to the API port: `idle` ones send nothing, `drip` ones send the start of a
request line and then one byte every `interval` seconds. With --reconnect a connection the gateway closes is opened
again at once, as a persistent attacker would. Prints, every second, how many are open, how many the gateway has
closed and how many could not connect (the accept queue full). The probes run in another process: this one's event
loop, busy with thousands of sockets, would delay them and blame the gateway for it.

usage: flood.py api-port connections idle|drip seconds [interval] [--reconnect]
"""
import asyncio
import sys
import time

PORT, COUNT, MODE, SECONDS = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
INTERVAL = float(sys.argv[5]) if len(sys.argv) > 5 and not sys.argv[5].startswith("--") else 10.0
RECONNECT = "--reconnect" in sys.argv
state = {"open": 0, "closed_by_gateway": 0, "failed_to_connect": 0}


async def one_connection(stop):
    while not stop.is_set():
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", PORT), 10)
        except (OSError, asyncio.TimeoutError):
            state["failed_to_connect"] += 1
            await asyncio.sleep(1)
            continue
        state["open"] += 1
        try:
            if MODE == "drip":
                writer.write(b"GET /connections HTTP/1.1\r\nHost: flood\r\nX-Drip: ")
            while not stop.is_set():
                try:
                    data = await asyncio.wait_for(reader.read(1024), INTERVAL if MODE == "drip" else 1)
                    if not data:
                        state["closed_by_gateway"] += 1
                        break
                except asyncio.TimeoutError:
                    if MODE == "drip":
                        writer.write(b"a")
                        await writer.drain()
        except (ConnectionError, OSError):
            state["closed_by_gateway"] += 1
        finally:
            state["open"] -= 1
            writer.close()
        if not RECONNECT:
            return


async def main():
    stop = asyncio.Event()
    tasks = [asyncio.create_task(one_connection(stop)) for _ in range(COUNT)]
    started = time.monotonic()
    for second in range(1, SECONDS + 1):
        await asyncio.sleep(max(0.0, second - (time.monotonic() - started)))
        print(f"t={second:3d}s flood: open={state['open']:5d} closed-by-gateway={state['closed_by_gateway']:5d} "
              f"connect-failures={state['failed_to_connect']:4d}", flush=True)
    stop.set()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


asyncio.run(main())
