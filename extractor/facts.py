"""Spans + normalizers -> Fact records: the NLP stage's one entry point.

The finders work on one spaCy Doc per text block and return typed candidates (find/candidates.py); this module adds the
evidence (article offsets, page, section, sentence) and validates each record. A hard-wrapped block is read with its
wrapping line breaks as spaces (unwrap.py); its records keep the block's own characters and offsets.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Doc

from .find.candidates import AmountCandidate, Candidate, CountCandidate, DateCandidate, PlaceCandidate
from .find.counts import find_quantities
from .find.dates import find_dates, page_country, writes_day_first
from .find.places.records import find_places
from .models import FACT_ADAPTER, AmountFact, Block, CountFact, DateFact, PlaceFact
from .nlp import parse, span_at
from .normalize.places import publisher_country, publisher_host_names
from .normalize.units import Whereabouts
from .unwrap import Unwrapped, unwrapped

__all__ = ["CHUNK_CHARS", "SENTENCE_CHARS", "extract_facts", "window"]

log = logging.getLogger(__name__)

# a validated record of any family (models.Fact without its pydantic discriminator)
AnyFact = AmountFact | CountFact | DateFact | PlaceFact


# NLP reads a paragraph in pieces of at most this many characters, cut where a sentence or at least a
# word ends: the parser's and the finders' work per piece is then bounded, so an article costs time and
# memory in proportion to its length, even when a paragraph is a megabyte of numbers without a full stop.
# Real paragraphs are far shorter, and are read whole.
CHUNK_CHARS = 10_000
# SPEC: a sentence longer than this is cut to a window around the fact, "…" marking the cut ends
SENTENCE_CHARS = 1_000
ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"[.!?。！？]\s+|\n")


@dataclass(frozen=True)
class _Chunk:
    block: int  # index of the block it is part of
    offset: int  # where it starts in that block's text
    text: str
    reading: Unwrapped  # what the finders read: the text with its wrapping line breaks as spaces (unwrap.py)


def extract_facts(text: str, blocks: list[Block], doc_id: str, reference_date: dt.date | None) -> list[AnyFact]:
    """Every amount, count, date and place in the article text, in text order."""
    chunks = [c for i, b in enumerate(blocks) for c in _chunks(i, text[b.start_char : b.end_char])]
    docs = parse([c.reading.text for c in chunks])  # kept: Doc.text joins its tokens anew per read
    publisher = publisher_country(doc_id)  # doc_id: the page's canonical URL where it has one
    places = find_places(docs, publisher, publisher_host_names(doc_id))
    where = _whereabouts(places, publisher)
    sections: list[str] = [blocks[c.block].section for c in chunks]
    dates = find_dates(docs, reference_date, sections, writes_day_first(where), page_country(where))
    quantities = _outside_dates(find_quantities(docs, where), dates)
    candidates: list[Candidate] = [*quantities, *dates, *places]
    facts = [fact for c in candidates if (fact := _record(c, chunks, docs, blocks, doc_id)) is not None]
    facts.sort(key=lambda f: (f.start_char, -f.end_char, f.kind))
    return facts


def _outside_dates(
    quantities: list[AmountCandidate | CountCandidate], dates: list[DateCandidate]
) -> list[AmountCandidate | CountCandidate]:
    """A number inside a date's span is the date's ('a 26 December 2019 ruling' counts no ruling): the two finders
    read the text apart, so a count or an amount the date finder also read is dropped here, once for every page."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in dates:
        spans.setdefault(d["block"], []).append((d["start"], d["end"]))

    def dated(q: AmountCandidate | CountCandidate) -> bool:
        return any(s <= q["start"] and q["end"] <= e for s, e in spans.get(q["block"], ()))

    return [q for q in quantities if not dated(q)]


def _whereabouts(places: list[PlaceCandidate], publisher: str | None) -> Whereabouts:
    """The countries the article is about, its places' and its publisher's: the amounts read a bare temperature
    in 'degrees' in the scale their weather reports use (normalize/units.py), and a bare '$' as the dollar of the
    country whose page it is (normalize/money.py); the dates read '02/05/2018' day first where its country writes
    it so (find/dates.py writes_day_first)."""
    codes = tuple(p["country_code"] for p in places if p["country_code"])
    return Whereabouts(frozenset(set(codes) | ({publisher} if publisher else set())), publisher, codes)


def _chunks(block: int, text: str) -> list[_Chunk]:
    """A block's text as one chunk, or cut into pieces of at most CHUNK_CHARS: after the last sentence
    end in the piece, else after its last space, else (no space at all) at the limit."""
    out, start = [], 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start : start + CHUNK_CHARS]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, CHUNK_CHARS // 2)]
        cut = ends[-1] if ends else (window.rfind(" ", CHUNK_CHARS // 2) + 1 or CHUNK_CHARS)
        out.append(_Chunk(block, start, window[:cut], unwrapped(window[:cut])))
        start += cut
    out.append(_Chunk(block, start, text[start:], unwrapped(text[start:])))
    return out


def _record(
    candidate: Candidate, chunks: list[_Chunk], docs: list[Doc], blocks: list[Block], doc_id: str
) -> AnyFact | None:
    fields: dict[str, Any] = dict(candidate)
    index, start, end = fields.pop("block"), fields.pop("start"), fields.pop("end")
    chunk = chunks[index]
    first, last = chunk.reading.offset(start), chunk.reading.offset(end - 1) + 1  # in the chunk's own text
    block = blocks[chunk.block]
    fields.update(
        doc_id=doc_id,
        text=chunk.text[first:last],
        start_char=block.start_char + chunk.offset + first,
        end_char=block.start_char + chunk.offset + last,
        page=block.page,
        section=block.section,
        sentence=_sentence(docs[index], chunk.reading.text, start, end),
    )
    try:
        return FACT_ADAPTER.validate_python(fields)
    except ValidationError as err:
        # a candidate the models reject is a finder bug: drop it rather than emit an impossible record
        log.warning("dropped invalid %s candidate %r: %s", fields.get("kind"), fields["text"], err.errors()[0]["msg"])
        return None


def _sentence(doc: Doc, text: str, start: int, end: int) -> str:
    """The sentence(s) of the span in `text`, the doc's text; cut to SENTENCE_CHARS around the span."""
    span = span_at(doc, start, end)
    if span is None or not doc.has_annotation("SENT_START"):
        first, last, sentence = 0, len(text), text
    else:
        first, last = span[0].sent.start_char, span[-1].sent.end_char
        sentence = text[first:last].strip()
    return sentence if len(sentence) <= SENTENCE_CHARS else window(text, first, last, start, end)


def window(text: str, first: int, last: int, start: int, end: int, size: int = SENTENCE_CHARS) -> str:
    """text[first:last] cut to at most `size` characters around text[start:end], the cut ends marked
    with an ellipsis and moved back to a word boundary when one is near."""
    room = max(0, size - (end - start) - 2 * len(ELLIPSIS))
    left = max(first, start - room // 2)
    right = min(last, end + room - (start - left))
    left = max(first, start - (room - (right - end)))  # room unused on the right goes to the left
    if left > first:
        space = text.find(" ", left, start)
        left = space + 1 if 0 <= space < left + 30 else left
    if right < last:
        space = text.rfind(" ", end, right)
        right = space if space > right - 30 else right
    core = text[left:right].strip()[: size - 2 * len(ELLIPSIS)]
    return (ELLIPSIS if left > first else "") + core + (ELLIPSIS if right < last else "")
