"""`-o FILE --resume`: what a killed batch already wrote, so its restart neither redoes nor doubles it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ExtractorError
from ..models import Article

__all__ = ["Ledger", "ResumeError", "Skip", "done_path"]


@dataclass
class Skip:
    """Work a resumed batch has already done, by input: saved pages by path, JSONL records by "path:line".
    doc_ids only for an output adopted from a run without --resume, which recorded nothing else."""

    doc_ids: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    inputs: set[str] = field(default_factory=set)


class Ledger:
    """`-o FILE --resume`: FILE is appended to article by article, and FILE.done gets one JSON line
    per completed article (also those without facts) with FILE's size after it. On restart FILE is cut
    back to the last recorded size, so a half-written article is dropped and then redone, never doubled."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self.done_path = done_path(path)
        self.skip = Skip()
        end = self._read_done()
        self._cut(end)
        self._out = open(self.path, "a", encoding="utf-8")
        self._done = open(self.done_path, "a", encoding="utf-8")

    def _read_done(self) -> int | None:
        """The recorded articles and FILE's size after the last of them (None: no ledger yet)."""
        if not self.done_path.exists():
            self._adopt_output()
            return None
        end = 0
        with open(self.done_path, encoding="utf-8") as f:
            for line in f:
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    break  # the line being written when the run was killed
                self._remember(entry)
                end = entry["end"]
        return end

    def _remember(self, entry: dict) -> None:
        if "inputs" in entry:
            self.skip.inputs.update(entry["inputs"])
        else:
            self.skip.doc_ids.add(entry["doc_id"])  # adopted, or an older ledger: the doc_id is all it says
        self.skip.sources.update(s for s in entry["sources"] if not s.startswith("jsonl:"))

    def _adopt_output(self) -> None:
        """FILE from a run without --resume was written whole: every doc_id in it is done."""
        if self.path.exists():
            self.skip.doc_ids.update(_doc_ids(self.path))
            end = self.path.stat().st_size
            with open(self.done_path, "w", encoding="utf-8") as f:
                for doc_id in sorted(self.skip.doc_ids):
                    f.write(json.dumps({"doc_id": doc_id, "sources": [], "end": end}, ensure_ascii=False) + "\n")

    def _cut(self, end: int | None) -> None:
        if end is not None and self.path.exists() and self.path.stat().st_size > end:
            with open(self.path, "r+b") as f:
                f.truncate(end)
        done = self.done_path
        if done.exists():  # drop a torn last line so the next entry starts on its own line
            data = done.read_bytes()
            if data and not data.endswith(b"\n"):
                done.write_bytes(data[: data.rfind(b"\n") + 1])

    def add(self, article: Article, lines: list[str]) -> None:
        """Facts first, then the record that they are complete: a kill between the two redoes the article."""
        self._out.write("".join(line + "\n" for line in lines))
        self._out.flush()
        entry = {
            "doc_id": article.doc_id,
            "sources": [p.source for p in article.pages],
            "inputs": [article._input] if article._input else [],
            "end": self._out.tell(),
        }
        self._done.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._done.flush()

    def close(self) -> None:
        for handle in (self._out, self._done):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()


def _doc_ids(path: Path) -> set[str]:
    """The doc_ids of a JSONL file that extract wrote; ResumeError if it is anything else."""
    found = set()
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, start=1):
                if line.strip():
                    found.add(_doc_id(json.loads(line), f"line {number}"))
    except UnicodeDecodeError:
        raise ResumeError(str(path), _NOT_OURS.format("not UTF-8 text")) from None
    except json.JSONDecodeError as err:
        raise ResumeError(str(path), _NOT_OURS.format(f"not JSON: {err.msg}")) from None
    except (ValueError, RecursionError) as err:
        raise ResumeError(str(path), _NOT_OURS.format(str(err)[:200] or type(err).__name__)) from None
    except OSError as err:
        raise ResumeError(str(path), f"cannot read: {err.strerror or err}") from None
    return found


def _doc_id(record: object, where: str) -> str:
    if isinstance(record, dict) and isinstance(record.get("doc_id"), str):
        return record["doc_id"]
    raise ValueError(f"{where} has no doc_id")


_NOT_OURS = "is not JSONL that extract wrote ({}); --resume appends only to such a file"


class ResumeError(ExtractorError):
    """-o FILE cannot be resumed: not what extract writes."""


def done_path(output: str) -> Path:
    return Path(output + ".done")
