"""Widening: names the model cut short, made whole after all mentions of a block are found.

Decisions: only a mention with no hint whose name is its span as written is widened; capitalised proper nouns before it
that make a name the gazetteer knows ('Baja California', 'Boa Vista'); after it a comma and an abbreviation
('Washington, D.C.'), 'of' and title-case words ('Port of Spain'), lower-case words inside a town's name and title-case
words ('Braunau am Inn', 'Newcastle upon Tyne': data name_connectors), words after a word that begins names ('Fort St.'
and 'John'), words or 'and' and words that make a country's or a subdivision's name ('U.S. Virgin Islands', 'Trinidad
and Tobago'); a colonial power's adjective before a compass region ('German East Africa') makes a colony's name,
unresolved, and one the gazetteer knows as a country's former name ('German South-West Africa': Namibia) is that
country. A name cut at a hyphen ('Gilgit' of 'Gilgit-Baltistan', 'Newcastle' of 'Newcastle-under-Lyme') is made
whole through the words glued to it by hyphens, where the whole is a place's own name (_hyphened_whole), or a US
county's without its word ('notified Miami-Dade Schools police' tagged 'Miami': name_kinds.county_short_form reads it).
Mentions the widened one covers are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ...nlp import span_at
from ...normalize.places import Gazetteer, fold
from .name_kinds import _own_name, county_short_form, hyphened_name
from .words import Mention, word_set


def _widen(mentions: list[Mention], doc: Doc, gz: Gazetteer) -> list[Mention]:
    """Names the model cut short, made whole (_widen_left, _widen_right); mentions a widened one covers go."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.end <= out[-1].end:
            continue  # swallowed by the widened mention before it
        span = span_at(doc, m.start, m.end)
        if span is not None and not m.hint and fold(m.name) == fold(span.text) and not _hyphened_whole(m, doc, gz):
            _widen_left(m, span, gz)
            _widen_right(m, span, gz)
            _colony_name(m, span, gz)
        _former_colony(m, doc, gz)
        while out and out[-1].start >= m.start:  # 'Baja' tagged apart from 'California'
            out.pop()
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# a hyphened name's glued parts after the mention's words ('-Baltistan', '-under-Lyme', '-les-Barres') and before
# them ('Gilgit-', 'Stratford-upon-'): a capitalised word, perhaps after lower-case words inside the name
_HYPHEN_TAIL = re.compile(r"-(?:[a-z]{2,5}-){0,2}[A-Z][\w']*")
_HYPHEN_HEAD = re.compile(r"(?<![\w'])[A-Z][\w']*-(?:[a-z]{2,5}-){0,2}$")
# how many glued parts a hyphened name may have on either side of the mention ('Stratford-upon-Avon': one after)
HYPHEN_PARTS = 3


def _hyphened_whole(m: Mention, doc: Doc, gz: Gazetteer) -> bool:
    """'the tourism industry of Gilgit-Baltistan' tagged 'Gilgit' (a city), 'a property in Newcastle-under-Lyme'
    tagged 'Newcastle', 'Emilia-Romagna' tagged 'Emilia': the model cuts a hyphened name at a hyphen, and the part
    it keeps is another place, or the name's first word (uses.in_hyphenated_name drops that). The mention through
    the capitalised words glued to it by hyphens (lower-case words between them: '-under-', '-les-'), on either
    side, is the place where the gazetteer knows the whole (name_kinds.hyphened_name), the longest such. A compound the
    gazetteer does not know whole ('Israel-Gaza', 'Paris-Roubaix') is left as it is. True when it was widened."""
    text = doc.text
    starts, ends = [m.start], [m.end]
    for _ in range(HYPHEN_PARTS):
        head = _HYPHEN_HEAD.search(text, max(0, starts[-1] - 40), starts[-1])
        if head is None:
            break
        starts.append(head.start())
    for _ in range(HYPHEN_PARTS):
        tail = _HYPHEN_TAIL.match(text, ends[-1])
        if tail is None:
            break
        ends.append(tail.end())
    if len(starts) == len(ends) == 1:
        return False
    wholes = sorted(((s, e) for s in starts for e in ends if (s, e) != (m.start, m.end)), key=lambda x: x[0] - x[1])
    for start, end in wholes:
        whole = text[start:end]
        # 'notified Miami-Dade Schools police' tagged 'Miami': a US county's hyphened name written without its word
        if (hyphened_name(whole, gz) or _hyphened_county(whole, gz)) and doc.char_span(start, end) is not None:
            m.start, m.end, m.name = start, end, text[start:end]
            return True
    return False


def _hyphened_county(name: str, gz: Gazetteer) -> bool:
    """'Miami-Dade': a hyphened name the gazetteer knows with 'County' after it as a county, as news writes a US county
    without its word (name_kinds.county_short_form, which then reads it so)."""
    return bool(county_short_form(name, True, [], "", gz))


def _widen_left(m: Mention, span: Span, gz: Gazetteer) -> None:
    """A capitalised word or two before the name that make a longer name the gazetteer knows: 'Baja California',
    'Boa Vista'."""
    doc = span.doc
    for k in (2, 1):
        lead = doc[max(0, span.start - k) : span.start]
        if (
            len(lead) == k
            and all(
                t.is_title
                and t.is_alpha
                and t.pos_ == "PROPN"
                and t.lower_ != "the"
                and t.ent_type_ not in ("PERSON", "ORG")
                for t in lead
            )
            and _own_name(doc[lead.start : span.end].text, gz)
        ):
            m.start, m.name = lead.start_char, doc[lead.start : span.end].text
            return


def _colony_name(m: Mention, span: Span, gz: Gazetteer) -> None:
    """'German East Africa', 'British West Indies': a colonial power's adjective before a region named by a compass
    word is a colony's name, whose land is not the region's (German East Africa is Tanzania, Rwanda and Burundi, not
    East Africa). The whole name, a region the gazetteer does not know: unresolved, as SPEC has it. Not a sea's or a
    coast's name ('the German North Sea')."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    words = m.name.split()
    if (
        before is None
        or before.text not in word_set("colonial_adjectives")
        or m.start != span.start_char
        or len(words) < 2
        or words[0].lower() not in word_set("direction_words")
        or words[-1].lower() in word_set("geo_heads")  # 'the German North Sea' is a part of the sea
        or not any(gz.places[i].place_type == "region" for i in gz.lookup(m.name))
    ):
        return
    m.start, m.name, m.hint = before.idx, doc.text[before.idx : m.end], "region"


# a colonial power's adjective and perhaps a compass word's first part glued by a hyphen, right before a mention:
# 'German ' before 'South-West Africa', 'German South-' before 'West Africa'
_COLONY_HEAD = re.compile(r"(?<![\w'])([A-Z][a-z]+) (?:[A-Z][a-z]+-)?$")


def _former_colony(m: Mention, doc: Doc, gz: Gazetteer) -> None:
    """'in German South-West Africa (present-day Namibia)', tagged 'German' and 'Africa': a colonial power's
    adjective before the mention that makes a colony's former name the gazetteer knows (data former_country_names)
    makes the mention that name, the present country's."""
    head = _COLONY_HEAD.search(doc.text, max(0, m.start - 30), m.start)
    if head is None or head.group(1) not in word_set("colonial_adjectives"):
        return
    whole = doc.text[head.start() : m.end]
    if doc.char_span(head.start(), m.end) is None:
        return
    if any(gz.places[i].place_type == "country" for i in gz.lookup(whole)):
        m.start, m.name, m.hint = head.start(), whole, None


def _widen_right(m: Mention, span: Span, gz: Gazetteer) -> None:
    """A comma and an abbreviation ('Washington, D.C.'), 'of' and words that make a place's own name ('Port of
    Spain' tagged 'Port', 'Spain'), words (or 'and' and words) that make a country's or a subdivision's ('U.S.
    Virgin Islands' tagged 'U.S.', 'Trinidad and Tobago'), lower-case words and words that make a town's own name
    ('Braunau am Inn'), words after a word that begins names ('Fort St.' tagged
    apart from 'John'). Each may lengthen what the one before made."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        for k in (2, 1):
            last = doc[min(len(doc), span.end + 1 + k) - 1]
            whole = doc.char_span(m.start, last.idx + len(last))
            if whole is not None and whole.text in gz.abbreviation:
                m.end, m.name = whole.end_char, whole.text
                break
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        _widen_to(m, doc[span.end + 1 : span.end + 4], gz, lambda t: t.is_title)
    if m.name.split()[-1].lower().rstrip(".") in word_set("name_prefixes"):
        # 'Fort St.' tagged apart from 'John': a word that begins names does not end one
        _widen_to(m, doc[span.end : span.end + 3], gz, lambda t: t.is_title)
    if span.end < len(doc) and doc[span.end].text in word_set("name_connectors"):
        # 'Braunau am Inn', 'Newcastle upon Tyne' tagged 'Braunau', 'Newcastle': lower-case words inside a town's name
        _widen_to(m, doc[span.end : span.end + 4], gz, _connector_or_title)
    if span.end < len(doc):
        skip = int(doc[span.end].lower_ == "and")
        _widen_to(
            m, doc[span.end + skip : span.end + skip + 3], gz, lambda t: t.is_title and t.pos_ == "PROPN", wide=True
        )


def _connector_or_title(t: Token) -> bool:
    return t.is_title or t.text in word_set("name_connectors")


def _widen_to(m: Mention, after: Span, gz: Gazetteer, fits: Callable[[Token], bool], wide: bool = False) -> None:
    """The mention through the first three, two or one of the words after it that all fit and make a name."""
    for k in (3, 2, 1):
        tail = after[:k]
        whole = after.doc.char_span(m.start, tail.end_char) if len(tail) == k else None
        if whole is not None and all(fits(t) for t in tail) and _own_name(whole.text, gz, wide=wide):
            m.end, m.name = whole.end_char, whole.text
            return
