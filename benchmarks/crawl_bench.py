"""Crawl benchmark: N articles of 3 pages from a local server that adds latency to every response.

The concurrent crawl can go no faster than concurrency / latency pages per second (every request
holds a slot for at least the latency), so that is the bound it is measured against; a plain
sequential loop doing the same crawl (page 1, then its next pages) shows what the concurrency buys.

The server runs in a child process so its work does not share the crawler's GIL. The pages are the
People's Daily fixture's three pages, re-numbered per article, served under their real paths.

    .venv/bin/python benchmarks/crawl_bench.py [--articles 200] [--latency 0.05] [--concurrency 16] [--full]

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

from extractor.clean import parse_html  # noqa: E402
from extractor.crawl import CrawlOptions, crawl, crawl_pages  # noqa: E402
from extractor.fetch import USER_AGENT, FetchStats  # noqa: E402
from extractor.pagination import next_page_links  # noqa: E402

FIXTURES = REPO / "fixtures" / "peoples-daily"
ARTICLE_ID = "9847469"


def page_path(article: int, page: int) -> str:
    suffix = "" if page == 1 else f"-{page}"
    return f"/n3/2021/0508/c90000-{article}{suffix}.html"


def serve(articles: int, latency: float, ready: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """A minimal asyncio HTTP/1.1 server (keep-alive, GET only). Lighter than the tests' threaded
    http.server, so that on a small machine the server is not what limits the rate being measured."""
    pages = [(FIXTURES / f"c90000-{ARTICLE_ID}{'' if n == 1 else f'-{n}'}.html").read_bytes() for n in (1, 2, 3)]
    routes = {page_path(1_000_000 + a, n): body.replace(ARTICLE_ID.encode(), str(1_000_000 + a).encode())
              for a in range(1, articles + 1) for n, body in enumerate(pages, start=1)}

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while request_line := await reader.readline():
                while (await reader.readline()) not in (b"\r\n", b""):
                    pass  # headers: nothing in them matters here
                await asyncio.sleep(latency)
                path = request_line.split()[1].decode()
                body = routes.get(path)
                head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" if body is not None
                        else b"HTTP/1.1 404 Not Found\r\n")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--full", action="store_true", help="also time the whole pipeline, facts included")
    parser.add_argument("--skip-sequential", action="store_true")
    args = parser.parse_args()

    ready: multiprocessing.Queue = multiprocessing.Queue()
    stop = multiprocessing.Event()
    child = multiprocessing.Process(target=serve, args=(args.articles, args.latency, ready, stop), daemon=True)
    child.start()
    port = ready.get(timeout=30)
    urls = [f"http://127.0.0.1:{port}{page_path(1_000_000 + a, 1)}" for a in range(1, args.articles + 1)]
    bound = args.concurrency / args.latency
    print(f"{args.articles} articles x 3 pages, {args.latency * 1000:.0f} ms latency per response, "
          f"concurrency {args.concurrency}: bound {bound:.0f} pages/s")

    with tempfile.TemporaryDirectory() as tmp:
        # all on one host, so the per-host limit is the overall one and there is no politeness delay
        options = CrawlOptions(concurrency=args.concurrency, per_host=args.concurrency, delay=0.0,
                               cache=Path(tmp) / "pages.sqlite", with_facts=False)
        stats = FetchStats()
        started, cpu_started = time.perf_counter(), time.process_time()
        results = list(crawl_pages(urls, options, stats=stats))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        pages = sum(len(r.pages) for r in results if hasattr(r, "pages"))
        failed = sum(1 for r in results if not hasattr(r, "pages"))
        rate = pages / elapsed
        print(f"concurrent crawl (fetch layer, cache on): {pages} pages in {elapsed:.2f} s = {rate:.0f} pages/s, "
              f"{rate / bound:.0%} of the bound; {stats.requests} requests, {failed} failed")
        # the rate depends on the machine being free; CPU per page does not, and says how far one core goes
        print(f"  CPU {cpu / pages * 1000:.2f} ms per page in this process (one free core: up to "
              f"{pages / cpu:.0f} pages/s); load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

        if args.full:
            options.with_facts = True
            started = time.perf_counter()
            articles = [a for a in crawl(urls, options) if hasattr(a, "facts")]
            elapsed = time.perf_counter() - started
            facts = sum(len(a.facts or []) for a in articles)
            print(f"full pipeline from the cache: {len(articles)} articles, {facts} facts in {elapsed:.2f} s "
                  f"= {len(articles) * 3 / elapsed:.0f} pages/s")

    if not args.skip_sequential:
        started = time.perf_counter()
        pages = sequential(urls)
        elapsed = time.perf_counter() - started
        print(f"sequential loop: {pages} pages in {elapsed:.2f} s = {pages / elapsed:.1f} pages/s "
              f"(bound {1 / args.latency:.0f})")
    stop.set()
    child.join(timeout=5)


if __name__ == "__main__":
    main()
