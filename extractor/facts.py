"""Spans + normalizers -> Fact records: the NLP stage's one entry point.

The finders work on one spaCy Doc per text block and return plain candidates; this module adds the
evidence (article offsets, page, section, sentence) and validates each record.
"""

from __future__ import annotations

import datetime as dt
import logging

from pydantic import ValidationError
from spacy.tokens import Doc

from .find.dates import find_dates
from .find.places import find_places
from .find.quantities import find_quantities
from .models import FACT_ADAPTER, Block
from .nlp import parse
from .normalize.places import publisher_country

log = logging.getLogger(__name__)


def extract_facts(text: str, blocks: list[Block], doc_id: str, reference_date: dt.date | None) -> list:
    """Every amount, count, date and place in the article text, in text order."""
    texts = [text[b.start_char : b.end_char] for b in blocks]  # kept: Doc.text joins its tokens anew per read
    docs = parse(texts)
    places = find_places(docs, publisher_country(doc_id))  # doc_id: the page's canonical URL where it has one
    candidates = [
        *find_quantities(docs),
        *find_dates(docs, reference_date, [b.section for b in blocks]),
        *places,
    ]
    facts = [fact for c in candidates if (fact := _record(c, texts, docs, blocks, doc_id)) is not None]
    facts.sort(key=lambda f: (f.start_char, -f.end_char, f.kind))
    return facts


def _record(candidate: dict, texts: list[str], docs: list[Doc], blocks: list[Block], doc_id: str):
    fields = dict(candidate)
    index, start, end = fields.pop("block"), fields.pop("start"), fields.pop("end")
    text, block = texts[index], blocks[index]
    fields.update(
        doc_id=doc_id,
        text=text[start:end],
        start_char=block.start_char + start,
        end_char=block.start_char + end,
        page=block.page,
        section=block.section,
        sentence=_sentence(docs[index], text, start, end),
    )
    try:
        return FACT_ADAPTER.validate_python(fields)
    except ValidationError as err:
        # a candidate the models reject is a finder bug: drop it rather than emit an impossible record
        log.warning("dropped invalid %s candidate %r: %s", fields.get("kind"), fields["text"], err.errors()[0]["msg"])
        return None


def _sentence(doc: Doc, text: str, start: int, end: int) -> str:
    """The sentence(s) of the span in `text`, the doc's text."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return text
    first, last = span[0].sent, span[-1].sent
    return text[first.start_char : last.end_char].strip()
