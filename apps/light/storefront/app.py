"""Stand-in storefront for the YSH B2B stack: one page showing the backend's health."""
import html
import json
import signal
import os
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BACKEND_URL = os.environ.get("BACKEND_URL", "http://backend:9000")


def backend_health():
    try:
        with urllib.request.urlopen(f"{BACKEND_URL}/health", timeout=3) as resp:
            return resp.status, json.load(resp)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)
    except Exception as exc:  # the page must render whatever the backend does
        return None, {"error": str(exc)}


def page():
    status, body = backend_health()
    rows = "".join(
        f"<li>{html.escape(k)}: {html.escape(str(v))}</li>" for k, v in body.get("checks", body).items()
    )
    return (
        "<!doctype html><html><head><title>YSH B2B storefront</title></head><body>"
        "<h1>YSH B2B storefront</h1>"
        f"<p>backend {html.escape(BACKEND_URL)}: {'healthy' if status == 200 else 'not healthy'}"
        f" ({status})</p><ul>{rows}</ul></body></html>"
    )


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.split("?")[0] != "/":
            self.send_error(404)
            return
        data = page().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        sys.stdout.write("storefront: %s %s\n" % (self.address_string(), fmt % args))


if __name__ == "__main__":
    # As PID 1 the process gets no default SIGTERM handling: stop promptly on `docker stop`.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    port = int(os.environ.get("PORT", "8000"))
    print(f"storefront: listening on :{port}, backend {BACKEND_URL}", flush=True)
    ThreadingHTTPServer(("0.0.0.0", port), Handler).serve_forever()
