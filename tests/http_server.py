"""A real HTTP server on 127.0.0.1 for the crawl tests and benchmark: scripted replies, counted requests.

Each path gets a list of replies served in turn (the last one repeats), so "500 then 200" is
`server.route(path, Reply(500), Reply(200, body))`. Unknown paths are 404, robots.txt included.
Given a certificate and key (`tls=(certfile, keyfile)`), it speaks https instead.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line: a slow or hanging server

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


def html_page(title: str, paragraphs: list[str], links: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><h1>{title}</h1><div class='article'>{body}</div>{links}</body></html>"
    )


class LocalServer:
    """Start with `with LocalServer() as server:`; `server.url(path)` is an address on it."""

    def __init__(self, latency: float = 0.0, tls: tuple[str, str] | None = None, host: str = "127.0.0.1") -> None:
        self.latency = latency  # added to every response (benchmark)
        self.routes: dict[str, list[Reply]] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self.authorizations: list[str] = []  # Authorization headers received, in order
        self.in_flight = 0
        self.max_in_flight = 0
        self.started_at: list[float] = []  # monotonic start time of every request, in order
        self.connections = 0  # TCP connections accepted: keep-alive reuse shows here
        self._lock = threading.Lock()
        self.host = host  # any address of 127.0.0.0/8: Linux answers them all on the loopback interface
        self._httpd = ThreadingHTTPServer((host, 0), self._handler())
        self.scheme = "https" if tls else "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            # the handshake happens in the handler's thread, so a client refusing the certificate
            # does not hold up the accepting loop
            self._httpd.socket = context.wrap_socket(
                self._httpd.socket, server_side=True, do_handshake_on_connect=False
            )
        self._httpd.daemon_threads = True  # a hanging reply must not keep the tests from ending
        self._httpd.block_on_close = False
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str, host: str | None = None) -> str:
        return f"{self.scheme}://{host or self.host}:{self.port}{path}"

    def route(self, path: str, *replies: Reply | str) -> None:
        self.routes[path] = [
            Reply(body=r, headers={"Content-Type": "text/html; charset=utf-8"}) if isinstance(r, str) else r
            for r in replies
        ]

    @property
    def total(self) -> int:
        return sum(self.hits.values())

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _reply_for(self, path: str) -> Reply:
        with self._lock:
            self.hits[path] += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.started_at.append(time.monotonic())
            replies = self.routes.get(path)
            if not replies:
                return Reply(404, b"not found")
            return replies[min(self.hits[path], len(replies)) - 1]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as real servers do

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server.connections += 1
                # headers and body go out in two writes; with Nagle on, the body would wait ~40 ms
                # for the client's delayed ACK and every response would look slower than it is
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                server.user_agents.add(self.headers.get("User-Agent", ""))
                if self.headers.get("Authorization"):
                    server.authorizations.append(self.headers["Authorization"])
                reply = server._reply_for(self.path)
                try:
                    time.sleep(reply.delay + server.latency)
                    body = reply.payload()
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)
                finally:
                    with server._lock:
                        server.in_flight -= 1

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet tests

        return Handler
