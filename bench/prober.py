"""Independent readiness prober for the benchmark: polls every 10 ms from the
host and records when each service first really answers, to compare with the
moment berth declares it ready.

usage: prober.py OUT.json   (ports from LOCALSTACK_PORT, POSTGRES_PORT, REDIS_PORT, BACKEND_PORT, STOREFRONT_PORT)
Runs until every service answered or 300 s passed.
"""
import json
import os
import socket
import sys
import threading
import time
import urllib.request

import psycopg2

INTERVAL = 0.010
ports = {k: int(os.environ[k]) for k in ("LOCALSTACK_PORT", "POSTGRES_PORT", "REDIS_PORT", "BACKEND_PORT", "STOREFRONT_PORT")}


def localstack():
    base = f"http://127.0.0.1:{ports['LOCALSTACK_PORT']}"
    health = json.load(urllib.request.urlopen(base + "/_localstack/health", timeout=1))
    for svc in ("s3", "secretsmanager", "sqs"):
        if health["services"].get(svc) not in ("available", "running"):
            return False
    init = json.load(urllib.request.urlopen(base + "/_localstack/init/ready", timeout=1))
    return init.get("completed") is True


def postgres():
    conn = psycopg2.connect(host="127.0.0.1", port=ports["POSTGRES_PORT"], user="medusa_user",
                            password="medusa_password", dbname="medusa_db", connect_timeout=1)
    try:
        cur = conn.cursor()
        cur.execute("SELECT 1")
        return cur.fetchone()[0] == 1
    finally:
        conn.close()


def redis():
    with socket.create_connection(("127.0.0.1", ports["REDIS_PORT"]), timeout=1) as s:
        s.sendall(b"PING\r\n")
        return s.recv(16).startswith(b"+PONG")


def backend():
    # Medusa answers "OK"; the light stack's stand-in {"status": "ok"}.
    with urllib.request.urlopen(f"http://127.0.0.1:{ports['BACKEND_PORT']}/health", timeout=1) as r:
        body = r.read()
        return r.status == 200 and (body.strip() == b"OK" or b'"status": "ok"' in body)


def storefront():
    # 200 only once the page could read the catalog from the backend (500 before).
    with urllib.request.urlopen(f"http://127.0.0.1:{ports['STOREFRONT_PORT']}/", timeout=1) as r:
        return r.status == 200


checks = {"localstack": localstack, "postgres": postgres, "redis": redis, "backend": backend, "storefront": storefront}
first_ok, last_fail_start = {}, {}
deadline = time.time() + 300


def poll(name, check):
    # One thread per service: a slow check of one never delays noticing another.
    while time.time() < deadline:
        started = time.time()
        try:
            if check():
                first_ok[name] = time.time()
                return
        except Exception:
            pass
        # A check that failed although it began after berth said ready would prove berth early.
        last_fail_start[name] = started
        time.sleep(INTERVAL)


threads = [threading.Thread(target=poll, args=item, daemon=True) for item in checks.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
json.dump({"first_ok": first_ok, "last_fail_start": last_fail_start}, open(sys.argv[1], "w"))
