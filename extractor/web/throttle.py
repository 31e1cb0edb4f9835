"""Politeness and patience in time: request slots, the gap between request starts to one host, and how long
to wait before a retry. All time is read and waited through a `Clock`, so tests check the waits asked for.

Decisions:
- Slots serve their waiters lowest priority first (the crawler passes a page's index in its article, so the
  articles in flight advance together), in arrival order among equals.
- A host's next start time is reserved under a lock and slept outside it, so waiters queue up in order.
- Retries back off exponentially with jitter (so clients failing together do not come back together), and
  wait what Retry-After asks for when it says so (delta-seconds or an HTTP date).
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import heapq
import itertools
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

__all__ = ["Clock", "Slots", "Turns", "backoff", "retry_after"]


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class Clock:
    """Where the fetcher reads the time and waits: the real ones by default. A test passes its own to
    record the waits asked for (and not spend them) instead of measuring wall time."""

    now: Callable[[], float] = time.monotonic  # for gaps between requests
    sleep: Callable[[float], Awaitable[None]] = _sleep
    wall: Callable[[], float] = time.time  # for Retry-After given as an HTTP date


class Slots:
    """A semaphore that serves its waiters lowest priority first, in arrival order among equals.

    A released slot is handed straight to the waiter chosen, so a newcomer cannot take it in between."""

    def __init__(self, size: int) -> None:
        self._free = size
        self._waiters: list[tuple[int, int, asyncio.Future]] = []  # a heap; cancelled entries are skipped
        self._order = itertools.count()

    @contextlib.asynccontextmanager
    async def take(self, priority: int = 0) -> AsyncIterator[None]:
        await self._acquire(priority)
        try:
            yield
        finally:
            self._release()

    async def _acquire(self, priority: int) -> None:
        if self._free > 0:  # a free slot means nobody waits: release hands slots to waiters first
            self._free -= 1
            return
        waiter = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), waiter))
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._release()  # the slot was handed over just as we were cancelled: pass it on
            raise

    def _release(self) -> None:
        while self._waiters:
            waiter = heapq.heappop(self._waiters)[2]
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


@dataclass
class Turns:
    """One host's politeness: at most `slots` requests in flight, request starts at least `delay` apart."""

    slots: Slots
    delay: float
    next_start: float = 0.0
    gate: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def wait(self, clock: Clock) -> None:
        """Wait for this host's next start time. It is reserved under the lock and slept outside it, so
        waiters queue up in order."""
        async with self.gate:
            now = clock.now()
            start = max(now, self.next_start)
            self.next_start = start + self.delay
        if start > now:
            await clock.sleep(start - now)


def backoff(attempt: int, first: float, cap: float) -> float:
    """How long to wait after failed attempt `attempt` (0-based): exponential from `first`, at most `cap`,
    with jitter so many clients failing together do not come back together."""
    base = min(cap, first * 2**attempt)
    return base * random.uniform(0.5, 1.5)


def retry_after(value: str | None, clock: Clock = Clock()) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - clock.wall())
