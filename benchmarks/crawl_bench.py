"""Crawl benchmark: N articles of 3 pages from a local server that adds latency to every response.

The concurrent crawl can go no faster than (effective concurrency) / latency pages per second: every
request holds a slot for at least the latency. All articles are on one host, so the effective
concurrency is min(--concurrency, --per-host), and with a --delay between request starts to one host
the rate is also capped at 1 / delay; the bound printed is computed from exactly the settings used.
The defaults here are per_host = concurrency and delay 0 (the crawler's polite defaults, per_host 2 and
0.5 s, would make the bound 2 pages/s and measure nothing but the politeness). A plain sequential loop
doing the same crawl (page 1, then its next pages) shows what the concurrency buys.

The measured time runs from the crawl_pages() call to the last article, so it includes opening the
cache, building the client and the robots.txt request every other request waits for (one latency).
The wind-down after it (closing connections and the cache, whose WAL is checkpointed into the file)
is printed on its own, with the rate up to crawl_pages() returning.
--baseline also runs a bare asyncio keep-alive client (no httpx, no parsing) over the same 600 pages:
what this server and this machine allow, so a shortfall can be told apart from the crawler's own cost.

Before the timed runs, one article is crawled untimed (--no-warmup skips it): the first crawl in a process
also pays one-time imports (httpcore when the first transport is built, anyio's socket layer on the first
connection: ~50-100 ms together), which are the process's start-up, not the crawl's.

The server runs in a child process so its work does not share the crawler's GIL. The pages are the
People's Daily fixture's three pages, re-numbered per article, served under their real paths.

    .venv/bin/python benchmarks/crawl_bench.py [--articles 200] [--latency 0.05] [--concurrency 16]
        [--per-host N] [--delay S] [--repeat N] [--baseline] [--skip-sequential] [--full] [--no-warmup]

--full also times the whole pipeline (crawl(): cleaning, stitching, facts) on the same articles,
served from the cache the first crawl filled, so it measures the extraction side only.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractor.html.dom import parse_html  # noqa: E402
from extractor.pages.links import next_page_links  # noqa: E402
from extractor.web.crawl import crawl, crawl_pages  # noqa: E402
from extractor.web.options import USER_AGENT, CrawlOptions, FetchOptions  # noqa: E402
from extractor.web.response import FetchStats  # noqa: E402

FIXTURES = REPO / "fixtures" / "peoples-daily"
ARTICLE_ID = "9847469"


def page_path(article: int, page: int) -> str:
    suffix = "" if page == 1 else f"-{page}"
    return f"/n3/2021/0508/c90000-{article}{suffix}.html"


def serve(articles: int, latency: float, ready: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """A minimal asyncio HTTP/1.1 server (keep-alive, GET only). Lighter than the tests' threaded
    http.server, so that on a small machine the server is not what limits the rate being measured."""
    pages = [(FIXTURES / f"c90000-{ARTICLE_ID}{'' if n == 1 else f'-{n}'}.html").read_bytes() for n in (1, 2, 3)]
    routes = {
        page_path(1_000_000 + a, n): body.replace(ARTICLE_ID.encode(), str(1_000_000 + a).encode())
        for a in range(1, articles + 1)
        for n, body in enumerate(pages, start=1)
    }

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while request_line := await reader.readline():
                while (await reader.readline()) not in (b"\r\n", b""):
                    pass  # headers: nothing in them matters here
                await asyncio.sleep(latency)
                path = request_line.split()[1].decode()
                body = routes.get(path)
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    if body is not None
                    else b"HTTP/1.1 404 Not Found\r\n"
                )
                body = body if body is not None else b"not found"
                writer.write(head + b"Content-Length: %d\r\n\r\n" % len(body) + body)
                await writer.drain()
        except (ConnectionError, IndexError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
        ready.put(server.sockets[0].getsockname()[1])
        await asyncio.get_running_loop().run_in_executor(None, stop.wait)

    asyncio.run(main())


async def bare_client(port: int, paths: list[str], concurrency: int) -> float:
    """The same requests over `concurrency` keep-alive connections with asyncio streams only; seconds taken."""
    todo = list(reversed(paths))

    async def connection() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while todo:
            writer.write(f"GET {todo.pop()} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            length = 0
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(connection() for _ in range(concurrency)))
    return time.perf_counter() - started


def load() -> str:
    return "load average " + " ".join(Path("/proc/loadavg").read_text().split()[:3]) + f" on {os.cpu_count()} CPUs"


def sequential(urls: list[str]) -> int:
    """The plain loop: one request at a time, the same pagination rule."""
    pages = 0
    with httpx.Client(headers={"User-Agent": USER_AGENT}) as client:
        for url in urls:
            seen, current = {url}, url
            while current:
                response = client.get(current)
                response.raise_for_status()
                pages += 1
                links = [link for link in next_page_links(parse_html(response.text), current) if link not in seen]
                current = links[0] if links else None
                seen.update(links[:1])
    return pages


def warm_up(url: str, concurrency: int, per_host: int) -> None:
    """One article, untimed: the imports a process's first crawl triggers happen here."""
    with tempfile.TemporaryDirectory() as tmp:
        options = CrawlOptions(
            # the benchmark's server is on 127.0.0.1
            fetch=FetchOptions(concurrency=concurrency, per_host=per_host, delay=0.0, allow_private=True),
            cache=Path(tmp) / "pages.sqlite",
            with_facts=False,
        )
        started = time.perf_counter()
        pages = sum(len(r.pages) for r in crawl_pages([url], options) if hasattr(r, "pages"))
        print(f"warm-up (not timed): {pages} pages in {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--per-host", type=int, default=None, help="default: the same as --concurrency")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds between request starts to the host")
    parser.add_argument("--repeat", type=int, default=1, help="run the concurrent crawl this many times")
    parser.add_argument("--baseline", action="store_true", help="also run a bare asyncio client (no httpx)")
    parser.add_argument("--full", action="store_true", help="also time the whole pipeline, facts included")
    parser.add_argument("--skip-sequential", action="store_true")
    parser.add_argument("--no-warmup", action="store_true", help="time the process's first crawl too")
    args = parser.parse_args()

    ready: multiprocessing.Queue = multiprocessing.Queue()
    stop = multiprocessing.Event()
    child = multiprocessing.Process(target=serve, args=(args.articles, args.latency, ready, stop), daemon=True)
    child.start()
    port = ready.get(timeout=30)
    urls = [f"http://127.0.0.1:{port}{page_path(1_000_000 + a, 1)}" for a in range(1, args.articles + 1)]
    per_host = args.per_host or args.concurrency
    effective = min(args.concurrency, per_host)  # one host
    bound = effective / args.latency if args.delay <= 0 else min(effective / args.latency, 1 / args.delay)
    print(
        f"{args.articles} articles x 3 pages on one host, {args.latency * 1000:.0f} ms latency per response; "
        f"concurrency {args.concurrency}, per_host {per_host}, delay {args.delay:g} s: "
        f"bound {bound:.0f} pages/s"
    )

    if not args.no_warmup:
        warm_up(urls[0], args.concurrency, per_host)

    for run in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory() as tmp:
            arrivals: list[float] = []  # when each page was done, from the crawl thread
            options = CrawlOptions(
                fetch=FetchOptions(
                    concurrency=args.concurrency, per_host=per_host, delay=args.delay, allow_private=True
                ),
                cache=Path(tmp) / "pages.sqlite",
                with_facts=False,
                on_page=lambda url, cached, arrivals=arrivals: arrivals.append(time.perf_counter()),
            )
            stats = FetchStats()
            before = load()
            started, cpu_started = time.perf_counter(), time.process_time()
            results = []
            for result in crawl_pages(urls, options, stats=stats):
                results.append(result)
                last_article = time.perf_counter()
            returned, cpu = time.perf_counter(), time.process_time() - cpu_started
            elapsed = last_article - started  # the goal's measure: from the call to the last article
            pages = sum(len(r.pages) for r in results if hasattr(r, "pages"))
            failed = sum(1 for r in results if not hasattr(r, "pages"))
            rate = pages / elapsed
            # first page to last: without the start-up (cache, client, thread, robots.txt) and the wind-down
            steady = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
            print(
                f"concurrent crawl #{run} (fetch layer, cache on): {pages} pages in {elapsed:.2f} s = "
                f"{rate:.0f} pages/s, {rate / bound:.0%} of the bound; {stats.requests} requests "
                f"(robots.txt included), {failed} failed"
            )
            print(
                f"  first page after {arrivals[0] - started:.3f} s; first to last page {steady:.0f} pages/s, "
                f"{steady / bound:.0%} of the bound"
            )
            print(
                f"  crawl_pages() returned {(returned - last_article) * 1000:.0f} ms after the last article "
                f"(closing connections and the cache): "
                f"{pages / (returned - started) / bound:.0%} of the bound to there"
            )
            # the rate depends on the machine being free; CPU per page does not, and says how far one core goes
            print(
                f"  CPU {cpu / pages * 1000:.2f} ms per page in this process (one free core: up to "
                f"{pages / cpu:.0f} pages/s); {before} before, {load()} after"
            )
            if args.full and run == args.repeat:  # served from the cache this run filled
                options.with_facts = True
                started = time.perf_counter()
                articles = [a for a in crawl(urls, options) if hasattr(a, "facts")]
                elapsed = time.perf_counter() - started
                facts = sum(len(a.facts or []) for a in articles)
                print(
                    f"full pipeline from the cache: {len(articles)} articles, {facts} facts in {elapsed:.2f} s "
                    f"= {len(articles) * 3 / elapsed:.0f} pages/s"
                )

    if args.baseline:
        paths = [page_path(1_000_000 + a, n) for a in range(1, args.articles + 1) for n in (1, 2, 3)]
        elapsed = asyncio.run(bare_client(port, paths, effective))
        rate = len(paths) / elapsed
        print(
            f"bare asyncio client, {effective} connections: {len(paths)} pages in {elapsed:.2f} s = "
            f"{rate:.0f} pages/s, {rate / (effective / args.latency):.0%} of {effective / args.latency:.0f}; {load()}"
        )

    if not args.skip_sequential:
        started = time.perf_counter()
        pages = sequential(urls)
        elapsed = time.perf_counter() - started
        print(
            f"sequential loop (httpx.Client, no cache, no robots.txt): {pages} pages in {elapsed:.2f} s = "
            f"{pages / elapsed:.1f} pages/s, {pages / elapsed * args.latency:.0%} of its bound "
            f"{1 / args.latency:.0f}; {load()}"
        )
    stop.set()
    child.join(timeout=5)


if __name__ == "__main__":
    main()
