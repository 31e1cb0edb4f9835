"""The web side: crawling articles by URL, politely and safely.

    crawl.py      articles by URL: page 1, then its pagination, in a crawl thread of its own
    fetch.py      the Fetcher: redirects, retries, the page cache, each request checked
    robots.py     what an origin's robots.txt allows
    throttle.py   request slots, the gap between starts to one host, backoff; time through a Clock
    transport.py  the httpx client, the address guard on every connection, the body cap
    response.py   what a fetch returns (Response) and a run's counts (FetchStats)
    cache.py      the SQLite page cache
    urls.py       which URLs may be requested, what is recorded, which addresses may be reached
    options.py    FetchOptions and CrawlOptions, importable without httpx

Nothing is imported here, so `extractor.web.options` stays light for the command line's --help.
"""

__all__: list[str] = []
