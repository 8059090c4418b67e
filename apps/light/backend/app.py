"""Stand-in backend for the YSH B2B stack.

It gets its database URL from the Secrets Manager secret named by
DATABASE_SECRET_ID, so a healthy /health proves that LocalStack, the seeded
secret, Postgres, Redis and the uploads bucket are all wired together.
"""
import json
import signal
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
import psycopg2
import redis
from botocore.config import Config

AWS_ENDPOINT = os.environ.get("AWS_ENDPOINT_URL", "http://localstack:4566")
REGION = os.environ.get("AWS_REGION", "us-east-1")
SECRET_ID = os.environ.get("DATABASE_SECRET_ID", "/ysh-b2b/database-url")
REDIS_URL = os.environ.get("REDIS_URL", "redis://redis:6379")
BUCKET = os.environ.get("UPLOADS_BUCKET", "ysh-uploads")

_config = Config(connect_timeout=2, read_timeout=3, retries={"max_attempts": 1})


def _client(service):
    return boto3.client(
        service,
        endpoint_url=AWS_ENDPOINT,
        region_name=REGION,
        aws_access_key_id=os.environ.get("AWS_ACCESS_KEY_ID", "test"),
        aws_secret_access_key=os.environ.get("AWS_SECRET_ACCESS_KEY", "test"),
        config=_config,
    )


def check_postgres():
    url = _client("secretsmanager").get_secret_value(SecretId=SECRET_ID)["SecretString"]
    with psycopg2.connect(url, connect_timeout=2) as conn, conn.cursor() as cur:
        cur.execute("SELECT 1")
        cur.fetchone()
    conn.close()


def check_redis():
    redis.Redis.from_url(REDIS_URL, socket_timeout=2, socket_connect_timeout=2).ping()


def check_s3():
    _client("s3").head_bucket(Bucket=BUCKET)


CHECKS = {"postgres": check_postgres, "redis": check_redis, "s3": check_s3}


def health():
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
            report[name] = "ok"
        except Exception as exc:  # every failure is reported, never raised
            report[name] = f"{type(exc).__name__}: {exc}".strip()
    healthy = all(v == "ok" for v in report.values())
    return (200 if healthy else 503), {"status": "ok" if healthy else "unhealthy", "checks": report}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.split("?")[0] == "/health":
            status, body = health()
        else:
            status, body = 404, {"error": f"no route {self.path}"}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        sys.stdout.write("backend: %s %s\n" % (self.address_string(), fmt % args))


if __name__ == "__main__":
    # As PID 1 the process gets no default SIGTERM handling: stop promptly on `docker stop`.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    port = int(os.environ.get("PORT", "9000"))
    print(f"backend: listening on :{port}, database URL from secret {SECRET_ID}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()
