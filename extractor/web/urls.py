"""URL hygiene for the crawler: which URLs it may request, what it records, which addresses it may reach.

Pure functions, no network: the fetcher applies them to every URL it is handed, every redirect hop and
every connection it opens (fetch.py, transport.py), so a test of this module never sends a packet.

Decisions:
- A URL the crawler may request is http or https with a host and a port in 1..65535 that the standard
  library parses. Anything else gets one sentence saying why ("unsupported scheme 'javascript'", "port
  99999 is out of range", "unbalanced brackets around an IPv6 address"), never an exception.
- Credentials (`http://user:pass@host/`) never reach a record: doc_id, cache key, error lines and
  redirect targets are written without them (`strip_credentials` works on text, so it never fails).
- One site: the same host (a leading "www." ignored, as before) and the same port, where http on 80 and
  https on 443 count as one (a site served both ways; redirects upgrade). Another port on the same host
  is another site: a different server may listen there.
- Addresses: only globally routable unicast addresses are allowed unless the user allows private ones.
  Refused are loopback, private (RFC 1918, unique local), link-local (169.254/16, which holds cloud
  metadata services, fe80::/10), multicast, shared (100.64/10), reserved, unspecified and documentation
  ranges: everything `ipaddress` says is not global. IPv4 carried in IPv6 (mapped ::ffff:a.b.c.d,
  NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo) is judged by the IPv4 address it carries.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import httpx

__all__ = [
    "IPAddress",
    "address_problem",
    "credentials",
    "literal_address",
    "origin",
    "same_site",
    "strip_credentials",
    "url_problem",
]

_SCHEMES = ("http", "https")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def strip_credentials(url: str) -> str:
    """`http://u:p@host/x` -> `http://host/x`. Text-based, so it works on URLs that do not parse."""
    return _USERINFO.sub(r"\1", url.strip(), count=1)


def credentials(url: str) -> tuple[str, str] | None:
    """(user, password) written in the URL, if any."""
    try:
        parts = urlsplit(url)
        user, password = parts.username, parts.password
    except ValueError:
        return None
    return (user, password or "") if user is not None else None


def url_problem(url: str) -> str | None:
    """Why the crawler cannot request `url`, in words; None when it can."""
    try:
        parts = urlsplit(url)
    except ValueError as err:
        return _parse_reason(str(err))
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        return f"unsupported scheme {scheme!r} (only http and https)" if scheme else "not an absolute http(s) URL"
    try:
        port = parts.port
    except ValueError:
        return f"port {parts.netloc.rsplit(':', 1)[-1]!r} is not a port number (1-65535)"
    if port == 0:
        return "port 0 is not a port number (1-65535)"
    if not parts.hostname:
        return "the URL has no host"
    if any(c.isspace() or ord(c) < 0x20 for c in parts.netloc):
        return "the host contains spaces or control characters"
    try:
        parts.hostname.encode("idna")
        host = httpx.URL(url).host  # what the HTTP client makes of it (IDNA 2008: "xn--" alone is refused)
    except (UnicodeError, ValueError, httpx.InvalidURL):
        return f"the host {parts.hostname!r} is not a valid domain name"
    return None if host else "the URL has no host"


def _parse_reason(message: str) -> str:
    if "IPv6" in message:
        return "unbalanced brackets around an IPv6 address"
    return f"the URL does not parse ({message})"


def origin(url: str) -> tuple[str, int]:
    """(host without a leading www., port) of a URL url_problem accepted; http:80 and https:443 share one."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    scheme = parts.scheme.lower()
    port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    return host, (0 if (scheme, port) in _DEFAULT_PORTS.items() else port)


def same_site(url: str, other: str) -> bool:
    """Whether both URLs are on one site: one host (www. ignored) and one port (http:80 = https:443)."""
    if url_problem(url) or url_problem(other):
        return False
    return origin(url) == origin(other)


def literal_address(host: str) -> IPAddress | None:
    """The IP address a URL's host names literally ('127.0.0.1', '::1'), else None."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0])
    except ValueError:
        return None


def address_problem(address: str | IPAddress) -> str | None:
    """What kind of address this is when the crawler must not connect to it without --allow-private
    ("a loopback address"); None when it may."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_ipv4(ip)
        if inner is not None:
            problem = address_problem(inner)
            return f"{problem} carried in an IPv6 address" if problem else None
    for test, kind in _KINDS:
        if test(ip):
            return kind
    return None if ip.is_global else "not a globally routable address"


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]  # the client's address
    return None


_KINDS = (
    (lambda ip: ip.is_loopback, "a loopback address"),
    (lambda ip: ip.is_unspecified, "the unspecified address"),
    (lambda ip: ip.is_link_local, "a link-local address (where cloud metadata services listen)"),
    (lambda ip: ip.is_multicast, "a multicast address"),
    (lambda ip: ip.is_private, "a private address"),
    (lambda ip: ip.is_reserved, "a reserved address"),
)
