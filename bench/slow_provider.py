"""A provider stand-in that answers every request after a fixed delay (default 1 s), for thousands of
concurrent connections: asyncio, HTTP/1.1 keep-alive, a fixed JSON campaign as the answer."""
import asyncio
import sys

DELAY = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
BODY = (b'{"id": 1, "tenantId": 1, "name": "Bench", "state": "READY", "timezone": "America/Chicago",'
        b' "numbers": [], "destinations": [], "enableVMDetect": 0, "matchDestinations": [], "notMatchDestinations": []}')
RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)


async def serve(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            await asyncio.sleep(DELAY)
            writer.write(RESPONSE)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", int(sys.argv[1]), backlog=4096)
    async with server:
        await server.serve_forever()

asyncio.run(main())
