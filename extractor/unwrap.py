"""A hard-wrapped text read as its writer meant it: a line break that only wraps a long line is a space.

Wire copy and archived stories handed in as JSONL text often come hard-wrapped ("will walk out on 23\\n
            December"), and a line break is where the finders stop on purpose: a date, an amount or a count
never runs across one, and spaCy takes it for a sentence boundary. So the finders read a copy in which each
wrapping line break, with the spaces around it, is one space, and a map from the copy's characters back to
the text's; the records keep the text's own characters and offsets (facts.py). Text from HTML has no line
breaks inside a block, so its copy is the text itself.

A line break wraps when the line before it does not end a sentence and either
- the next line goes on mid-sentence (it starts with a lower-case letter, a digit, a comma or a bracket), or
- the line before is nearly as long as the longest line, in a text whose lines are short enough to have been
  wrapped (a headline, a byline or a list item is short; a paragraph written on one line is long)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Unwrapped", "unwrapped"]

# wrapped copy runs 60-110 characters a line; a text whose longest line is longer was not wrapped
_MAX_WRAP_WIDTH = 160
# a line at least this share of the longest line's length filled its line: the break after it is a wrap
_FULL_LINE = 0.6
_ENDS_SENTENCE = re.compile(r"""[.!?:;…)\]"'”’]\Z""")
_GOES_ON = re.compile(r"[a-z0-9,(]")
_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")  # a Windows line end is one break


@dataclass(frozen=True)
class Unwrapped:
    """The text the finders read, and for each of its characters (and its end) the offset in the original."""

    text: str
    origin: list[int] | None = None  # None: the reading is the original

    def offset(self, index: int) -> int:
        return index if self.origin is None else self.origin[index]


def unwrapped(text: str) -> Unwrapped:
    """`text` with each wrapping line break and the spaces around it read as one space."""
    if "\n" not in text:
        return Unwrapped(text)
    width = max(len(line.strip()) for line in text.split("\n"))
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _BREAK.finditer(text):
        line_end = text.find("\n", m.end())
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        after = text[m.end() : len(text) if line_end < 0 else line_end].strip()
        if _wraps(before, after, width):
            parts += [text[last : m.start()], " "]
            origin += [*range(last, m.start()), m.start() + m.group().index("\n")]  # the space is the line break
            last = m.end()
    if not parts:
        return Unwrapped(text)
    parts.append(text[last:])
    origin += [*range(last, len(text) + 1)]
    return Unwrapped("".join(parts), origin)


def _wraps(before: str, after: str, width: int) -> bool:
    if not before or not after or _ENDS_SENTENCE.search(before):
        return False
    if _GOES_ON.match(after):
        return True
    return width <= _MAX_WRAP_WIDTH and len(before) >= _FULL_LINE * width
