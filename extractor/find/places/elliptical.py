"""Elliptical coordination: two places' names that share their last words, the first written as its modifier alone.

'Central and South America', 'North and South Korea', 'Eastern and Southern Europe': a compass word (data:
direction_words), 'and', 'or' or '&', and a second compass word before the shared words name two places, each
a country, a subdivision, a county or a region the gazetteer knows with those words ('Central America' and 'South
America'; a town named so is too rare to be read into an ellipsis). The first place is the first word
as written, its name the whole one (the corpora mark 'Eastern' in 'Eastern and Southern Europe' as Eastern Europe);
the second is the rest. Decisions: both words must be compass words, so that no two unrelated names are read as one
('Jersey and Mexico City' is no Jersey City); the first compass word must open the name (not 'Middlesbrough South
and East Cleveland', a constituency's); the model may tag the whole ('Central and South America') or the second
name alone ('East' and 'West Africa'). A name the gazetteer knows whole is left whole.
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ...nlp import span_at
from ...normalize.places import ADMIN_TYPES, AREA_TYPES, Gazetteer
from .words import Mention, word_set

CONJUNCTIONS = ("and", "or", "&")


def _shared_tails(mentions: list[Mention], doc: Doc, gz: Gazetteer) -> list[Mention]:
    """Each mention 'X and Y Tail' the gazetteer does not know whole split into 'X' (named 'X Tail') and 'Y Tail';
    each mention 'Y Tail' after a bare 'X and' given 'X' (named 'X Tail') before it, in place of a mention of the
    compass word alone ('Eastern' tagged an organisation)."""
    out: list[Mention] = []
    firsts: list[Mention] = []
    for m in mentions:
        span = span_at(doc, m.start, m.end)
        if span is None or m.hint:
            out.append(m)
        elif len(span) >= 4 and span[1].lower_ in CONJUNCTIONS and not gz.lookup(m.name):
            out += _split(m, span, gz) or [m]
        else:
            first = _first_before(m, span, mentions, gz)
            firsts += [first] if first else []
            out.append(m)
    heads = {(f.start, f.end) for f in firsts}
    return [o for o in out if (o.start, o.end) not in heads] + firsts


def _split(m: Mention, span: Span, gz: Gazetteer) -> list[Mention]:
    """'Central and South America' as one mention: 'Central' (Central America) and 'South America'."""
    head, rest = span[0], span[2:]
    if not (_compass(head) and _compass(rest[0])) or not gz.lookup(rest.text):
        return []
    name = f"{head.text} {rest[1:].text}"
    if not _known(name, gz):
        return []
    return [_part(m, head.idx, head.idx + len(head), name), _part(m, rest.start_char, rest.end_char, rest.text)]


def _first_before(m: Mention, span: Span, mentions: list[Mention], gz: Gazetteer) -> Mention | None:
    """'East and West Africa' tagged 'East' apart (or not at all): the compass word two words before 'West Africa'."""
    doc = span.doc
    if len(span) < 2 or span.start < 2 or not _compass(span[0]) or doc[span.start - 1].lower_ not in CONJUNCTIONS:
        return None
    head = doc[span.start - 2]
    start, end = head.idx, head.idx + len(head)
    if not _compass(head) or any(
        o.start < end and start < o.end and (o.start, o.end) != (start, end) for o in mentions
    ):
        return None
    name = f"{head.text} {span[1:].text}"
    return _part(m, start, end, name) if _known(name, gz) else None


def _compass(tok: Token) -> bool:
    """A capitalised compass word that opens the name: not one inside a longer name ('Middlesbrough South and East
    Cleveland' is a constituency's name, its 'South' no South Cleveland)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    opens = before is None or not (before.is_title and before.pos == PROPN) or bool(before.is_sent_start)
    return tok.is_title and tok.lower_ in word_set("direction_words") and opens


def _known(name: str, gz: Gazetteer) -> bool:
    """A country's, a subdivision's, a county's or a region's name: a town named so is too rare to be read into
    an ellipsis."""
    return any(gz.places[i].place_type in AREA_TYPES | ADMIN_TYPES for i in gz.lookup(name))


def _part(m: Mention, start: int, end: int, name: str) -> Mention:
    return Mention(m.block, start, end, name, strong=m.strong, guess=m.guess, label=m.label)
