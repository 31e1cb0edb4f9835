"""JSONL writing: one record a line, files written whole or not at all, and the --errors log."""

from __future__ import annotations

import glob
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import ExtractorError
from .models import Article

__all__ = ["article_lines", "error_line", "open_output"]


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside `path` that replaces it only when the run completes, so a
    killed or failed run never leaves a half-written file behind."""
    if path is None or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_orphans(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; the output is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_orphans(target: Path) -> None:
    """Temporary files of `target` left by runs that were killed outright (SIGKILL, a power cut): their
    names carry the writer's process id, and a file whose writer is gone is removed."""
    for part in target.parent.glob(f".{glob.escape(target.name)}.*.part"):
        pid = part.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            part.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def article_lines(article: Article, fmt: str) -> list[str]:
    """The JSONL lines for one article: one per fact, or the whole article record."""
    if fmt == "facts":
        return [fact.model_dump_json() for fact in article.facts or []]
    return [article.model_dump_json(exclude_none=False, exclude={"facts"} if article.facts is None else None)]


def error_line(error: ExtractorError) -> str:
    return json.dumps({"source": error.source, "error": error.kind, "message": error.message}, ensure_ascii=False)
