"""A process pool for batches: a bounded window of tasks in flight, results in order, and a worker
that dies (a segfault in a parser, the OOM killer) costing only the task it was working on."""

from __future__ import annotations

import ctypes
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TypeVar

from ..errors import ExtractorError

__all__ = ["Pool", "windowed"]

T = TypeVar("T")
R = TypeVar("R")


class Pool:
    """A process pool that can be replaced when a worker dies (which breaks the whole executor)."""

    def __init__(self, jobs: int, initializer: Callable[[], None] | None = None) -> None:
        self.jobs = jobs
        self._initializer = initializer
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_start_worker, initargs=(os.getpid(), self._initializer)
        )

    def submit(self, fn: Callable[[T], R], item: T) -> Future:
        try:
            return self._executor.submit(fn, item)
        except BrokenProcessPool as err:  # broke since the last look: recovered like the tasks in flight
            future: Future = Future()
            future.set_exception(err)
            return future

    def restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def kill(self) -> None:
        """Stop now (the run is being interrupted): the workers are killed, not waited for."""
        for process in list(getattr(self._executor, "_processes", {}).values()):
            process.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)


# Linux's prctl option: the signal a process gets when its parent dies
_PR_SET_PDEATHSIG = 1


def _start_worker(parent: int, initializer: Callable[[], None] | None) -> None:
    """A worker must not outlive the batch: when the parent dies, however it dies (SIGKILL included),
    the kernel sends the worker SIGKILL (Linux; elsewhere a parent that exits normally still stops it).
    A parent already gone before the request took effect is caught by the check after it."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # not Linux
    if os.getppid() != parent:
        os._exit(1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is inherited through fork
    if initializer is not None:
        initializer()


@dataclass
class _Task:
    item: object
    future: Future


def windowed(
    pool: Pool, fn: Callable[[T], R], items: Iterable[T], crashed: Callable[[T], R], window: int, ordered: bool = True
) -> Iterator[R]:
    """fn over items on the pool, at most `window` in flight; in input order when `ordered`, else as
    they complete. An item whose worker dies yields crashed(item); the others are redone."""
    pending: deque[_Task] = deque()
    for item in items:
        pending.append(_Task(item, pool.submit(fn, item)))
        while len(pending) >= window:
            yield _next(pool, fn, crashed, pending, ordered)
    while pending:
        yield _next(pool, fn, crashed, pending, ordered)


def _next(pool: Pool, fn: Callable, crashed: Callable, pending: deque[_Task], ordered: bool):
    task = _first_done(pending, ordered)
    if _broken(task.future):
        _recover(pool, fn, crashed, pending)
        task = pending[0]  # every pending task is settled now
    pending.remove(task)
    try:
        return task.future.result()
    except Exception as err:  # e.g. a result that would not pickle: lose this item, not the batch
        error = crashed(task.item)
        return ExtractorError(error.source, f"internal error: {type(err).__name__}: {err}")


def _first_done(pending: deque[_Task], ordered: bool) -> _Task:
    if ordered:
        wait([pending[0].future])
        return pending[0]
    done, _ = wait([t.future for t in pending], return_when=FIRST_COMPLETED)
    return next(t for t in pending if t.future in done)


def _broken(future: Future) -> bool:
    return future.done() and not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)


def _recover(pool: Pool, fn: Callable, crashed: Callable, pending: deque[_Task]) -> None:
    """A worker died and took the pool with it; any unfinished task may be the culprit. Start a new
    pool and redo them one at a time, so the one that kills its worker again is known for sure."""
    pool.restart()
    for task in pending:
        if task.future.done() and not task.future.cancelled() and not _broken(task.future):
            continue  # finished before the crash: its result stands
        alone = pool.submit(fn, task.item)
        wait([alone])
        if _broken(alone):
            alone = Future()
            alone.set_result(crashed(task.item))
            pool.restart()
        task.future = alone
