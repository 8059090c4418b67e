"""A loopback TCP front for the Docker socket that counts the API requests going through it.

usage: api_counter.py PORT COUNT_FILE   (runs until killed; the count is rewritten after each request)
"""
import re
import socket
import sys
import threading

port, count_file = int(sys.argv[1]), sys.argv[2]
REQUEST = re.compile(rb"(?:^|\r\n)(GET|POST|PUT|DELETE|HEAD) /")
lock = threading.Lock()
count = 0


def pipe(src, dst, counting):
    global count
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            if counting:
                n = len(REQUEST.findall(data))
                if n:
                    with lock:
                        count += n
                        open(count_file, "w").write(str(count))
            dst.sendall(data)
    except OSError:
        pass
    finally:
        try:
            dst.shutdown(socket.SHUT_WR)
        except OSError:
            pass


server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(64)
while True:
    client, _ = server.accept()
    upstream = socket.socket(socket.AF_UNIX)
    upstream.connect("/var/run/docker.sock")
    threading.Thread(target=pipe, args=(client, upstream, True), daemon=True).start()
    threading.Thread(target=pipe, args=(upstream, client, False), daemon=True).start()
