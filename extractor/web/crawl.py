"""Crawl articles by URL: page 1, then its pagination on the same site, stitched into one Article.

Two threads, so the network never waits for the NLP:
- a background thread runs the asyncio crawl (fetch, decode, find the next page) for many articles at once;
- the caller's thread builds each Article (cleaning, facts) as its pages arrive and yields it.
Articles come out in the order they complete, not the input order. A failed article is yielded as its
error, so one bad URL never stops the others: every URL, next-page link, redirect and charset a server
sends is checked and named in words when it is unusable (urls.py), and an unforeseen exception while one
article is crawled or built becomes that article's error instead of ending the run.

An article stays on the site of its page 1 as given (urls.same_site: one host, www. ignored, one port):
a next-page link or a redirect elsewhere is not followed. Credentials in page 1's URL are sent to its
site and recorded nowhere (doc_id, cache, errors carry the URL without them).
"""

from __future__ import annotations

import asyncio
import codecs
import queue
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from ..errors import ExtractionError, ExtractorError, FetchError, InputError
from ..html.dom import parse_html
from ..models import Article
from ..pages.links import next_page_links
from ..sources import decode_html
from .cache import PageCache
from .fetch import Fetcher
from .options import CrawlOptions
from .response import FetchStats, Response
from .urls import credentials, origin, same_site, strip_credentials, url_problem

__all__ = ["CrawledArticle", "CrawledPage", "crawl", "crawl_article", "crawl_pages", "decode_page"]

_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# codecs Python has that no web page is in: "undefined" raises on every use, the rest transform bytes
_NOT_PAGE_CODECS = {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7"}
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")


@dataclass(frozen=True)
class CrawledPage:
    source: str  # the URL requested
    url: str  # the URL it ended at, after redirects
    html: str


@dataclass(frozen=True)
class CrawledArticle:
    url: str  # page 1 as given
    pages: list[CrawledPage]


def crawl(
    urls: Iterable[str], options: CrawlOptions | None = None, stats: FetchStats | None = None
) -> Iterator[Article | ExtractorError]:
    """Fetch each article with all its pages and yield, as each completes, its Article (with facts unless
    options.with_facts is False) or the error that stopped it: FetchError for fetching and decoding,
    whatever ExtractorError the pipeline raised (e.g. ExtractionError for a page with no text).
    `stats`, if given, holds the request and cache-hit counts once the iteration ends (for a summary line)."""
    from ..pipeline import build_article, parse_page  # the pipeline pulls in the NLP; only load it when needed

    options = options or CrawlOptions()
    for item in crawl_pages(urls, options, stats):
        if isinstance(item, ExtractorError):
            yield item
            continue
        try:
            parsed = [parse_page(page.html, source=page.source, url=page.url) for page in item.pages]
            yield build_article(parsed, with_facts=options.with_facts)
        except ExtractorError as err:
            yield err
        except (ValueError, LookupError, UnicodeError, RecursionError) as err:
            # a page the later stages cannot take (a hostile attribute value, say): this article only
            yield ExtractionError(item.url, f"the page could not be processed ({type(err).__name__}: {err})")


def crawl_pages(
    urls: Iterable[str], options: CrawlOptions | None = None, stats: FetchStats | None = None
) -> Iterator[CrawledArticle | FetchError]:
    """The fetch layer alone: each article's decoded pages in order, or its FetchError, as each completes.
    `stats`, if given, is filled in with the request counts when the crawl ends."""
    options = options or CrawlOptions()
    runner = _CrawlThread(list(dict.fromkeys(urls)), options)  # a URL given twice is crawled once
    runner.start()
    try:
        while True:
            item = runner.results.get()
            if item is _DONE:
                break
            if isinstance(item, _Crash):  # a bug in the crawl thread: surface it here
                raise item.error
            runner.taken()
            yield item
    finally:
        runner.stop()
        if stats is not None:
            for name, value in vars(runner.stats).items():
                setattr(stats, name, value)


_DONE = object()


@dataclass(frozen=True)
class _Crash:
    error: BaseException


class _CrawlThread:
    """The asyncio crawl in a thread of its own, handing finished articles over through a queue.

    At most `backlog` finished articles wait for the caller: past that the crawl pauses, so a slow
    consumer (the NLP) does not make it hold every fetched page in memory. The count is shared under a
    lock, so the caller wakes the event loop only when a worker actually waits for room: a wake-up per
    article taken (a self-pipe write, a loop iteration, the GIL) would cost the loop while it crawls."""

    def __init__(self, urls: list[str], options: CrawlOptions) -> None:
        self.urls = urls
        self.options = options
        self.results: queue.Queue = queue.Queue()
        self.stats = FetchStats()
        self.backlog = max(4, options.fetch.concurrency * 2)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._lock = threading.Lock()  # guards the two below, shared by the caller and the crawl thread
        self._unclaimed = 0  # articles put in `results` and not yet taken
        self._room: asyncio.Future | None = None  # what workers waiting for room wait on
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name="extractor-crawl", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._started.wait()

    def taken(self) -> None:
        """The caller took one article: let the crawl hand over another."""
        with self._lock:
            self._unclaimed -= 1
            room, self._room = self._room, None
        if room is not None and self._loop is not None:
            try:
                self._loop.call_soon_threadsafe(_wake, room)
            except RuntimeError:  # the crawl has finished and its loop is closed: nobody waits any more
                pass

    def stop(self) -> None:
        """End the crawl early (the caller stopped iterating) or wait for the finished one to wind down."""
        loop, task = self._loop, self._task
        if loop is not None and task is not None and not task.done():
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # the loop already closed
                pass
        self._thread.join()

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            pass
        except BaseException as err:  # noqa: BLE001 - handed to the caller's thread, which raises it
            self.results.put(_Crash(err))
        finally:
            self._started.set()
            self.results.put(_DONE)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        self._started.set()
        path = self.options.cache_path()
        cache = PageCache(path) if path is not None else None
        try:
            async with Fetcher(self.options.fetch, cache) as fetcher:
                todo = iter(self.urls)
                # enough articles in flight to keep every request slot busy while each article's
                # pages go one after another (page 2's address is only known from page 1)
                workers = min(len(self.urls), self.options.fetch.concurrency * 4)
                try:
                    await asyncio.gather(*(self._worker(fetcher, todo) for _ in range(workers)))
                finally:
                    vars(self.stats).update(vars(fetcher.stats))
        finally:
            if cache is not None:
                cache.close()

    async def _worker(self, fetcher: Fetcher, todo: Iterator[str]) -> None:
        for url in todo:  # a shared iterator: each URL goes to one worker
            try:
                item: CrawledArticle | FetchError = await crawl_article(fetcher, url, self.options)
            except FetchError as err:
                item = err
            except Exception as err:  # noqa: BLE001 - one article's unforeseen failure must not end the crawl
                item = FetchError(strip_credentials(url), f"internal error: {type(err).__name__}: {err}")
            await self._hand_over(item)

    async def _hand_over(self, item: CrawledArticle | FetchError) -> None:
        while True:
            with self._lock:
                if self._unclaimed < self.backlog:
                    self._unclaimed += 1
                    break
                if self._room is None:
                    self._room = asyncio.get_running_loop().create_future()
                room = self._room
            await room  # resolved by taken(); then look again, another worker may have been first
        self.results.put(item)


def _wake(room: asyncio.Future) -> None:
    if not room.done():
        room.set_result(None)


async def crawl_article(fetcher: Fetcher, url: str, options: CrawlOptions) -> CrawledArticle:
    """Page 1 and the pages its pagination leads to, in order: page 1's site only, no page twice, at most
    options.max_pages. Raises FetchError (naming page 1, without credentials) when any page fails."""
    auth = credentials(url)
    url = strip_credentials(url)
    problem = url_problem(url)
    if problem is not None:
        raise FetchError(url, f"not an http(s) URL it can fetch: {problem}")
    url = urldefrag(url).url
    seen = {_key(url)}
    pages: list[CrawledPage] = []
    current: str | None = url
    while current is not None and len(pages) < options.max_pages:
        try:
            # page n waits behind pages 1..n-1 of other articles: the longest remaining chains go first,
            # so the articles in flight advance together and the crawl does not end on a few lone chains
            response = await fetcher.fetch(current, priority=len(pages), auth=auth)
        except FetchError as err:
            if current == url:
                raise
            raise FetchError(url, f"page {len(pages) + 1}: {err.message}") from None
        seen.add(_key(response.final_url))
        html = decode_page(response)
        pages.append(CrawledPage(source=current, url=response.final_url, html=html))
        if options.on_page is not None:
            options.on_page(current, response.from_cache)
        current = _next_page(html, response.final_url, url, seen)
        if current is not None:
            seen.add(_key(current))
    return CrawledArticle(url=url, pages=pages)


def _next_page(html: str, page_url: str, site: str, seen: set[str]) -> str | None:
    """The best next-page link not yet fetched, on the site of `site` (page 1's URL)."""
    for link in next_page_links(parse_html(html), page_url):
        try:
            absolute = strip_credentials(urldefrag(urljoin(page_url, link)).url)
        except ValueError:  # an href urljoin cannot parse ("http://[::1/x"): not a page of this article
            continue
        if url_problem(absolute) is None and same_site(site, absolute) and _key(absolute) not in seen:
            return absolute
    return None


def decode_page(response: Response) -> str:
    """Body bytes -> str: the charset of the Content-Type header, then the page's meta charset, then
    detection (charset-normalizer), which is what gets a GBK page that declares nothing right."""
    content_type = response.headers.get("content-type", "")
    mime = content_type.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        raise FetchError(response.url, f"{response.final_url} is {mime}, not an HTML page")
    match = _CHARSET.search(content_type)
    try:
        return decode_html(response.body, response.url, charset=_known_charset(match.group(1) if match else None))
    except InputError as err:
        raise FetchError(response.url, err.message) from None
    except (UnicodeError, LookupError, ValueError) as err:  # a charset the codecs cannot use after all
        raise FetchError(response.url, f"{response.final_url} cannot be decoded ({err})") from None


def _known_charset(label: str | None) -> str | None:
    """The header's charset when it names a text encoding Python has; else None, and the page and
    detection decide (`charset=undefined`, `charset=rot13` and made-up labels are ignored, not fatal)."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    return label if info._is_text_encoding and info.name not in _NOT_PAGE_CODECS else None


def _key(url: str) -> str:
    """What makes two URLs the same page for loop detection: no fragment, case-insensitive host, no www.,
    http:80 and https:443 alike. For URLs url_problem accepted."""
    host, port = origin(url)
    parts = urlsplit(urldefrag(url).url)
    return f"{host}:{port or ''}{parts.path or '/'}?{parts.query}"
