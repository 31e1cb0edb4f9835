"""Finding place mentions: spaCy's GPE/LOC entities, and a few spans it mislabels, made into Mentions.

An entity's designators are stripped ('Zhejiang province' is Zhejiang, a province) and kept as a hint; names the
model cut short are made whole ('Baja California', 'Port of Spain'); an ORG/PERSON span is rescued when the
gazetteer knows it and something says it is a place (a designator, the article's other use, a locative
preposition, its state after a comma), by an alternate name too when it spells the own name ('Misrata' for
Mişrātah) and, after a preposition, the town is large; a public body's name gives its jurisdiction ('Kentucky State
Police'); a designator inside the entity before the name is stripped ('the City of Montreal');
a country's or a state's name after an office's title and 'of' ('President of Ukraine Petro Poroshenko', fused with
the holder's name) is the office's jurisdiction; two countries' names a hyphen joins, tagged one organisation
('EU-Canada'), are two places; datelines, 'U.S.-led' compounds and untagged runs of proper nouns
that name a country or big city are found too, and so is a town with its state after it, by name, abbreviation or
postal code ('Wantagh, NY @ ...'; 'Rialto Square Theatre – Joliet, Ill.' read as one name: the words after the dash).
Whether a name is part of a longer one, or a person's, is not_places.py's question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from ...nlp import span_at, text_of
from ...normalize.places import Gazetteer, Place, fold
from .areas import area_after
from .lists import list_parts
from .not_places import (
    after_person_title,
    after_unknown_name,
    before_and_the_title,
    before_unknown_name,
    in_campus_name,
    in_party_name,
    in_title,
    inside_name,
    qualifies_next_name,
)
from .words import (
    COMPOUND,
    COMPOUND_IN_TEXT,
    DATELINE,
    DATELINE_BARE,
    EMBEDDING_LABELS,
    PLACE_LABELS,
    POSSESSIVES,
    RESCUE_LABELS,
    RESCUE_MIN_POPULATION,
    Mention,
    bare_name,
    before_local_noun,
    designators_after_by,
    designators_before_by_first,
    designators_before_by_last,
    is_nickname,
    is_possessive,
    looks_like_name,
    noun_follows,
    strong_name,
    towns_named,
    word_set,
)

__all__ = ["SPELLING_RATIO", "block_mentions", "place_votes"]

# how like its own name an alternate name must be to count as its spelling: 'misrata' / 'misratah' 0.93, 'vegas' /
# 'las vegas' 0.71, 'google' / 'topeka' 0.33
SPELLING_RATIO = 0.6
ARTICLES = frozenset({"the", "a", "an"})
# the titles whose holder is sent 'to' a country ('Ambassador to the Holy See'); other titles' 'to' is no jurisdiction
ENVOYS = frozenset({"ambassador", "envoy", "consul"})


def place_votes(ents: Sequence[Sequence[Span]]) -> set[str]:
    """Names spaCy calls a place somewhere in the article: elsewhere its PERSON/ORG label is the slip."""
    out = set()
    for e in (e for block in ents for e in block if e.label_ in PLACE_LABELS):
        span = _strip_designators(e)[0]
        if span is not None:
            out.add(fold(span.text))
    return out


def block_mentions(block: int, doc: Doc, ents: Sequence[Span], gz: Gazetteer, votes: set[str]) -> list[Mention]:
    out: list[Mention] = []
    taken: set[int] = set()
    for whole in map(_before_open_bracket, ents):
        parts = _comma_parts(whole, gz)
        for ent in list_parts(whole, gz) if parts == [whole] and whole.label_ in RESCUE_LABELS else parts:
            found = _town_after_dash(block, ent, gz)
            facility = _county_facility(ent)
            m = None if found or facility else _from_entity(block, ent, gz, votes)
            embeds = ent.label_ in EMBEDDING_LABELS or facility
            if not found:
                found = [m] if m is not None else _embedded(block, ent, gz) or _owner(block, ent, gz) if embeds else []
            for each in found:
                each.label = ent.label_
                out.append(each)
                taken.update(range(each.start, each.end))
    datelines = _datelines(block, doc, gz)
    for m in datelines:
        # 'ST. LOUIS –' tagged as two names 'ST' and 'LOUIS': the dateline is the one name; 'PRAGUE (Reuters) -'
        # tagged an organisation: the dateline is no guess (resolve.in_context keeps a guess only near other places)
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        if len(inside) > 1 or inside and inside[0].guess:
            out = [o for o in out if o not in inside]
            taken.difference_update(range(m.start, m.end))
    found = [*_compounds(block, doc, gz), *_untagged(block, doc, gz, votes), *_bodies(block, doc, gz)]
    for m in [*datelines, *found, *_office_of(block, doc, gz)]:
        if not taken.intersection(range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    return _widen(out, doc, gz)


def _county_facility(ent: Span) -> bool:
    """'the Winnebago County and Hancock County Courthouses': a county's facility the model tagged a place is read
    as a body's name (_embedded: data county_body_heads), its county the place, not as a place of that name."""
    return ent.label_ in PLACE_LABELS and len(ent) > 2 and ent[-1].lower_ in word_set("county_body_heads")


def _before_open_bracket(ent: Span) -> Span:
    """'England (Group A): 10th appearance' tagged 'England (Group A' one organisation: a name never holds a bracket
    it does not close, so the words before the opening bracket are the entity, its label kept. A bracket the entity
    closes ('Bolton (Lancashire)') is left to the other readings."""
    cut = next((t.i for t in ent if t.text == "("), None)
    if cut is None or cut == ent.start or any(t.text.startswith(")") for t in ent.doc[cut : ent.end]):
        return ent
    return Span(ent.doc, ent.start, cut, label=ent.label_)


def _town_after_dash(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'Rialto Square Theatre – Joliet, Ill.' read as one name: a venue, a spaced dash and a town whose state is
    written right after the entity. The words after the entity's last dash (one to three capitalised) are the town
    when the gazetteer knows it in that state (_town_of_next); the venue before the dash stays no place."""
    doc = ent.doc
    dashes = [t.i for t in ent if t.text in ("–", "—", "--") and t.i > ent.start and doc[t.i - 1].whitespace_]
    if not dashes:
        return []
    tail = doc[dashes[-1] + 1 : ent.end]
    if 0 < len(tail) <= 3 and all(t.is_title for t in tail) and _town_of_next(tail, gz):
        return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False, guess=True)]
    return []


def _comma_parts(ent: Span, gz: Gazetteer) -> list[Span]:
    """'Thruxton, Hampshire' tagged as one place: a town and its area written with a comma are two places, each
    read as its own entity; 'Donington Park, Leicestershire' tagged as a facility: the area after the comma is a
    place (a country's, a subdivision's, a county's or a large city's own name). A name the gazetteer knows whole
    stays whole."""
    if ent.label_ == "ORG" and "-" in ent.text:
        return _country_pair(ent, gz) or [ent]
    if ent.label_ in PLACE_LABELS and "," not in ent.text and not gz.lookup(ent.text):
        return _unmarked_pair(ent, gz)
    if ent.label_ not in PLACE_LABELS | {"FAC"} or "," not in ent.text or gz.lookup(ent.text):
        return [ent]
    cuts = [t.i for t in ent if t.text == ","]
    bounds = zip([ent.start] + [c + 1 for c in cuts], [*cuts, ent.end], strict=True)
    parts = [Span(ent.doc, a, b, label=ent.label_) for a, b in bounds if b > a]
    if ent.label_ in PLACE_LABELS:
        return parts if all(looks_like_name(p.text) for p in parts) else [ent]
    last = parts[-1]
    return [Span(ent.doc, last.start, last.end, label="GPE")] if strong_name(last.text, gz, cities=True) else [ent]


def _unmarked_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'countries such as Cyprus, Greece Italy or Spain': two countries' own names the model tagged as one place, a
    comma left out between them; each is read as its own entity. So are two regions' names a hyphen joins ('in
    Asia-Pacific': a continent and an ocean), a name the gazetteer does not know whole. Else the entity is itself
    ('Southern California' is no two places, though a Southern Province is a state)."""
    joined = _hyphen_pair(ent, gz)
    if joined:
        return joined
    for cut in range(ent.start + 1, ent.end):
        a, b = ent.doc[ent.start : cut], ent.doc[cut : ent.end]
        if (
            _own_name_of(a.text, ("country",), gz)
            and _own_name_of(b.text, ("country",), gz)
            and all(t.is_title for t in ent)
        ):
            return [Span(ent.doc, a.start, a.end, label=ent.label_), Span(ent.doc, b.start, b.end, label=ent.label_)]
    return [ent]


def _hyphen_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'Asia-Pacific': two regions' names (a continent's, an ocean's) joined by a hyphen with no space."""
    cuts = [t.i for t in ent if t.text == "-" and not t.whitespace_ and not ent.doc[t.i - 1].whitespace_]
    if len(cuts) != 1 or cuts[0] in (ent.start, ent.end - 1):
        return []
    parts = [ent.doc[ent.start : cuts[0]], ent.doc[cuts[0] + 1 : ent.end]]
    if all(p.text[:1].isupper() and any(gz.places[i].place_type == "region" for i in gz.lookup(p.text)) for p in parts):
        return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in parts]
    return []


def _country_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'EU-Canada trade deal': the model tags two countries' (or a union's, a state's) names a hyphen joins as one
    organisation; the entity that is nothing but the two is the two places. Not a name that goes on ('the
    Nigeria-Ukrainian Business Forum' is a forum's), nor a word that names no country ('Nelson-Creston', a riding)."""
    cuts = [t.i for t in ent if t.text == "-" and not t.whitespace_ and not ent.doc[t.i - 1].whitespace_]
    if len(cuts) != 1 or cuts[0] in (ent.start, ent.end - 1):
        return []
    parts = [ent.doc[ent.start : cuts[0]], ent.doc[cuts[0] + 1 : ent.end]]
    # a region by any of its names too: 'EU' is the European Union's
    if all(strong_name(p.text, gz) or _region_by_any_name(p.text, gz) for p in parts):
        return [Span(ent.doc, p.start, p.end, label="GPE") for p in parts]
    return []


def _region_by_any_name(name: str, gz: Gazetteer) -> bool:
    return looks_like_name(name) and any(gz.places[i].place_type == "region" for i in gz.lookup(name))


def _own_name_of(name: str, kinds: tuple[str, ...], gz: Gazetteer) -> bool:
    """The name is the own name (not an alias) of a place of one of these kinds: 'Greece' a country's, 'Lane
    County' a county's."""
    key = fold(name)
    return any(gz.places[i].place_type in kinds and fold(gz.places[i].name) == key for i in gz.lookup(name))


def _widen(mentions: list[Mention], doc: Doc, gz: Gazetteer) -> list[Mention]:
    """Names the model cut short, made whole (_widen_left, _widen_right); mentions a widened one covers go."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.end <= out[-1].end:
            continue  # swallowed by the widened mention before it
        span = span_at(doc, m.start, m.end)
        if span is not None and not m.hint and fold(m.name) == fold(span.text):
            _widen_left(m, span, gz)
            _widen_right(m, span, gz)
            _colony_name(m, span, gz)
        while out and out[-1].start >= m.start:  # 'Baja' tagged apart from 'California'
            out.pop()
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


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


def _widen_right(m: Mention, span: Span, gz: Gazetteer) -> None:
    """A comma and an abbreviation ('Washington, D.C.'), 'of' and words that make a place's own name ('Port of
    Spain' tagged 'Port', 'Spain'), words (or 'and' and words) that make a country's or a subdivision's ('U.S.
    Virgin Islands' tagged 'U.S.', 'Trinidad and Tobago'), words after a word that begins names ('Fort St.' tagged
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
    if span.end < len(doc):
        skip = int(doc[span.end].lower_ == "and")
        _widen_to(
            m, doc[span.end + skip : span.end + skip + 3], gz, lambda t: t.is_title and t.pos_ == "PROPN", wide=True
        )


def _widen_to(m: Mention, after: Span, gz: Gazetteer, fits: Callable[[Token], bool], wide: bool = False) -> None:
    """The mention through the first three, two or one of the words after it that all fit and make a name."""
    for k in (3, 2, 1):
        tail = after[:k]
        whole = after.doc.char_span(m.start, tail.end_char) if len(tail) == k else None
        if whole is not None and all(fits(t) for t in tail) and _own_name(whole.text, gz, wide=wide):
            m.end, m.name = whole.end_char, whole.text
            return


def _own_name(name: str, gz: Gazetteer, wide: bool = False) -> bool:
    key = fold(name)
    return any(
        fold(gz.places[i].name) == key or (wide and gz.places[i].place_type == "country")
        for i in gz.lookup(name)
        if not wide or gz.places[i].place_type in ("country", "admin1")
    )


def _untagged(block: int, doc: Doc, gz: Gazetteer, votes: set[str]) -> list[Mention]:
    """Runs of proper nouns outside any entity that name a country, a subdivision or a big city outright
    (the small model misses 'Aleppo' in some sentences), or that the article calls a place elsewhere, written
    where a place is named plainly (_plain_position), or a town's before a noun for a thing in it ('the Riverdale
    area': words.before_local_noun)."""
    out = []
    for start, end in _name_runs(doc):
        span = doc[start:end]
        home = _before_person_noun(span) and _home_name(span.text, gz)
        if doc[start].pos != PROPN and not home and not _town_of_next(span, gz):
            continue  # a capitalised common noun is a name only with its state or country after it
        if (
            not after_person_title(span)
            and fold(span.text) not in word_set("not_places")
            and (
                home
                or _rescued(span.text, "ORG", None, gz, set())
                or _town_of_next(span, gz)
                or (fold(span.text) in votes and _plain_position(span))
                or (_residence_of(span) and bool(towns_named(span.text, gz)))
                or (before_local_noun(span) and bool(_towns(span.text, gz, RESCUE_MIN_POPULATION)))
            )
        ):
            out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True))
    return out


def _before_person_noun(span: Span) -> bool:
    """'Cork mother says', 'Hampshire racing driver Rob Collard', 'a Leeds pensioner': a name opening a headline or
    a sentence, or after 'a'/'an', right before a person's noun (data: person_nouns_after, home_person_nouns), one
    lower-case word allowed between, says where the person is from."""
    doc = span.doc
    if not (span.start == 0 or span[0].is_sent_start or doc[span.start - 1].lower_ in ("a", "an")):
        return False
    return noun_follows(span, word_set("person_nouns_after") | word_set("home_person_nouns"))


def _home_name(name: str, gz: Gazetteer) -> bool:
    """A country's, a subdivision's or a county's name, or a large city's own name: no region ('an Amazon delivery
    driver' works for the company), no small town ('Ford worker')."""
    key = fold(name)
    return any(
        p.place_type in ("country", "admin1", "admin2")
        and (fold(p.name) == key or p.place_type == "country")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _plain_position(span: Span) -> bool:
    """A name that opens its sentence ('Douma is surrounded by government forces') or follows a locative
    preposition or 'of' ('the rebel bastion of Douma'): where the article's own place is named plainly. Not after
    'the', a number or another word ('the Wild', 'No. 2 Erie', 'the next Davos' are a team's and a metaphor's)."""
    if span.start == 0 or span[0].is_sent_start:
        return True
    prev = span.doc[span.start - 1]
    return prev.lower_ in word_set("locative_prepositions") or prev.lower_ == "of"


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of capitalised proper nouns and title-case common nouns outside any entity."""
    runs: list[tuple[int, int]] = []
    for tok in doc:
        if tok.ent_type == 0 and (tok.pos == PROPN and tok.text[:1].isupper() or tok.pos == NOUN and tok.is_title):
            if runs and runs[-1][1] == tok.i:
                runs[-1] = (runs[-1][0], tok.i + 1)
            else:
                runs.append((tok.i, tok.i + 1))
    return runs


def _from_entity(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    if ent.label_ not in PLACE_LABELS and ent.label_ not in RESCUE_LABELS:
        # dates, numbers, laws: none is a place, so none is worth the look-ups below, but for a bare name the model
        # misread ('in Manbij near the Turkish border' tagged a date): rescued as strictly as a person's name
        return _misread(block, ent, gz, votes) if bare_name(ent) else None
    span, hint = _strip_designators(ent, gz)
    if span is None or not looks_like_name(span.text) or fold(span.text) in word_set("title_small_words"):
        return None  # 'Nominee For County Judge': a title-case headline's small word before a designator is no name
    name = span.text
    # the span is the mention as written, designators included ('Awat county'); `name` is what is looked up;
    # a direction before the name ('north west London') and a possessive after it are left out
    start = span.start_char
    end = ent.end_char if span.end == ent.end or not _people_or_possessive(ent[-1]) else span.end_char
    after_end, after_hint = _designator_after(ent)
    own_hint = hint
    if after_hint:
        end, hint = after_end, hint or after_hint
    elif not hint and _before_quarter_word(ent) and gz.lookup(name) and not _state_name(name, gz):
        # 'the Crown Heights neighborhood of Brooklyn': a part of a town the gazetteer knows (one it does not would
        # be a record with no point)
        hint = "locality"
    if hint and hint != "admin1" and _before_of(ent, end) and _state_name(name, gz):
        hint, end = None, span.end_char  # 'the Hunan city of Yueyang': the word heads the next name
    elif after_hint and not own_hint and _before_of(ent, end) and not strong_name(name, gz, cities=True):
        return None  # 'the southern Gazan city of Rafah': a people's adjective before the next name's designator
    before = _designator_before(ent)
    # 'the Southern District of Ohio', 'the region of Tuscany': a state's name after a lesser area's word is the state
    # (and 'the Western District of New York' is the state's part, not New York City)
    state_part = before == "admin2" and _state_name(name, gz)
    hint = hint or (None if state_part else before)
    if hint in ("admin2", "city", "locality") and any(gz.places[i].place_type == "country" for i in gz.lookup(name)):
        # 'a U.S. city', 'the U.S. District Court': the word is about what follows, the country is the place
        hint, end = None, span.end_char
    elif hint in ("city", "locality") and _state_word_before_noun(ent, span, name, gz):
        hint, end = None, span.end_char
    if ent.label_ in PLACE_LABELS:
        if (
            fold(name) in word_set("not_places")
            or after_person_title(ent)
            or inside_name(ent)
            or in_party_name(ent)
            or in_title(ent)
            or in_campus_name(ent)
            or before_and_the_title(ent, gz)
            or after_unknown_name(ent, name, gz)
            or before_unknown_name(ent, name, gz)
            or qualifies_next_name(ent, name)
        ):
            return None
        if hint == "city" and ent.text.endswith(" City") and not gz.lookup(name):
            return None  # 'the Cloud City', 'Emerald City': a capitalised City after an unknown word is a whole name
        if ent.text.lower().startswith("the ") and span.start == ent.start + 1:
            start = ent.start_char
        return Mention(block, start, end, name, hint, governed=state_part)
    if ent.label_ in RESCUE_LABELS and (_rescued(name, ent.label_, hint, gz, votes) or _place_cue(ent, span, gz)):
        # a nickname is no guess: 'the Palmetto State' names nothing but South Carolina
        return Mention(block, start, end, name, hint, strong=False, guess=not is_nickname(name, gz))
    return None


def _people_or_possessive(tok: Token) -> bool:
    return is_possessive(tok) or tok.lower_ in word_set("people_plurals")


def _misread(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """A bare name the model tagged a date, a language or an event: a place when a person's would be (_rescued
    with PERSON's rules: a country, a name the article calls a place) or the words around it say so (_place_cue:
    'killed in Aleppo', 'of Hugo, Oklahoma'). Not a designator alone: 'the southern English city of Salisbury',
    and 'Giza's Haram district' is no Norwegian district the gazetteer knows."""
    if fold(ent.text) in word_set("people_words"):
        return None  # 'English' tagged a language is one
    if not (_rescued(ent.text, "PERSON", None, gz, votes) or _place_cue(ent, ent, gz)):
        return None
    return Mention(block, ent.start_char, ent.end_char, ent.text, strong=False, guess=True)


def _state_word_before_noun(ent: Span, span: Span, name: str, gz: Gazetteer) -> bool:
    """'the Illinois city's cases', 'the northern Illinois town': after 'the' or 'a' (lower-case words between), a
    state's own name before a lower-case word for a town says which state the town is in; the state is the place
    named, not a town called 'Illinois'. Without the article the two are one name ('Gaza city', 'rebel-held Idlib
    city'); a capitalised word after it is a name's own ('Virginia City'), and 'the town of Virginia' a town's."""
    doc = ent.doc
    if span.end >= len(doc) or not doc[span.end].is_lower:
        return False
    i = span.start - 1
    while i >= 0 and i > span.start - 3 and doc[i].pos == ADJ and doc[i].is_lower:
        i -= 1  # 'the northern Illinois town', 'a small Texas city'; not 'the outskirts of Gaza city'
    return i >= 0 and doc[i].lower_ in ARTICLES and _state_name(name, gz)


def _before_quarter_word(ent: Span) -> bool:
    """'the Crown Heights neighborhood', 'the Cairns suburbs of Edmonton': a word for a part of a town right after the
    name (data: quarter_words) says the name is a town's or its part's; the word stays out of the span, which a
    state's or a country's name never takes ('a Texas neighborhood' is in the state)."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in word_set("quarter_words")


def _before_of(ent: Span, end_char: int) -> bool:
    """'the Hunan city of Yueyang': the designator after the name heads the next name, not this one."""
    return bool(re.match(r"\s+of\s", text_of(ent.doc)[end_char : end_char + 4]))


def _state_name(name: str, gz: Gazetteer) -> bool:
    """The own name of a country or a first-level subdivision ('Ohio', 'Hunan'), not an alternate one."""
    key = fold(name)
    return any(
        gz.places[i].place_type in ("country", "admin1") and fold(gz.places[i].name) == key for i in gz.lookup(name)
    )


def _town_of_next(span: Span, gz: Gazetteer) -> bool:
    """'Toulouse, France', 'Klamath Falls, Oregon', 'The Walker County (Ga.) Sheriff's Office': a town or a county the
    gazetteer knows in the state or country named right after the comma, or in brackets right after it."""
    doc = span.doc
    # the words first, the gazetteer only then: most names have no comma and capital after them
    if span.end + 1 >= len(doc) or doc[span.end].text not in ",(" or not doc[span.end + 1].text[:1].isupper():
        return False
    towns = _towns(span.text, gz, 0)  # the state after it vouches for an alternate name too ('Matias Romero')
    if not towns:
        return False
    states = {a.gazetteer_id for a in _code_after(span, gz)}
    if any(f"iso3166-2:{t.parent}" in states for t in towns if t.parent):
        return True  # 'Wantagh, NY': a postal code names a state only right after a town
    nxt = doc[span.end + 1]
    bracket = doc[span.end].text == "("
    for n in range(min(3, len(doc) - nxt.i), 0, -1):
        if nxt.i + n < len(doc) and is_possessive(doc[nxt.i + n]):
            continue  # 'Liu He, China's top trade negotiator': a description of a person, not the town's country
        if bracket and (nxt.i + n >= len(doc) or doc[nxt.i + n].text != ")"):
            continue  # '(Ga.)': the state alone in the brackets
        areas = [gz.places[i] for i in gz.lookup(doc[nxt.i : nxt.i + n].text)]
        if any(
            t.country_code == a.country_code
            and (a.place_type == "country" or t.parent is None or a.gazetteer_id == f"iso3166-2:{t.parent}")
            for t in towns
            for a in areas
            if a.place_type in ("country", "admin1")
        ):
            return True
    return False


def _code_after(span: Span, gz: Gazetteer) -> list[Place]:
    """The states a postal code or an abbreviation right after the name and a comma may name ('Wantagh, NY @ ...',
    'Tulsa, Okla.'): the lookup of the words after the comma knows no postal code, which names a state only there."""
    found = area_after(text_of(span.doc), span.end_char, gz)
    return [gz.places[i] for i in found[2]] if found else []


def _towns(name: str, gz: Gazetteer, alternate_from: int) -> list[Place]:
    """The towns and counties of this own name, else the towns of at least `alternate_from` people of which it is an
    alternate name: news writes 'Misrata' for Mişrātah and 'Matias Romero' for Matías Romero Avendaño. The gazetteer
    keeps alternate names of larger places only (ALT_NAMES_MIN_POPULATION)."""
    own = towns_named(name, gz)
    if own:
        return own
    key = fold(name)
    return [
        p
        for p in map(gz.places.__getitem__, gz.lookup(name))
        if p.place_type in ("city", "locality") and p.population >= alternate_from and _spelling_of(key, fold(p.name))
    ]


def _spelling_of(key: str, own: str) -> bool:
    """An alternate name that spells the own name another way ('Misrata', 'Gaziabad', 'Vegas'), not one that
    translates it or names something else too ('Google' is an alternate name of Topeka)."""
    return SequenceMatcher(None, key, own).ratio() >= SPELLING_RATIO


def _place_cue(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """The words around a PERSON/ORG span that the gazetteer knows as a town make it the town: a locative
    preposition before it ('a gas station in Riverdale', 'who was from Dewsbury'), a word for its people or its
    local government after it ('Nelson residents'), or its state or country after a comma ('Klamath Falls, Oregon').
    So too for a region's or an island's own name ('On Oahu, home to Honolulu', tagged a person's)."""
    if after_person_title(ent) or len(ent) > len(span) + 1:
        return False
    if span.end == ent.end and _town_of_next(span, gz):
        return True
    if not _towns(span.text, gz, RESCUE_MIN_POPULATION) and not _region_named(span.text, gz):
        return False
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if ent[0].lower_ in ("the", "a") or ent.label_ != ent[0].ent_type_:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in word_set("resident_words") | word_set("local_body_heads") or _residence_of(ent):
        return True  # 'Nelson residents', 'Barren County Coroner', 'the Danbury police'
    if before_local_noun(ent):
        return True  # 'at the Riverdale gas station'
    if after in ("'s", "’s"):
        return False
    # an island's or a region's name after 'on': 'On Oahu, home to Honolulu'
    return before in word_set("locative_prepositions") or before == "on" and _region_named(span.text, gz)


def _residence_of(span: Span) -> bool:
    """'David and Jodi Mahler of Bellmore', 'Miss Abdhou, of Hayes,', 'Oliver Smith, 70, of Paris': 'of' and a
    name right after a person's name (or the person's age) says where the person lives, when no other
    capitalised word follows ('Bishop John of Hayes Street' is a longer name)."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or doc[i].lower_ != "of":
        return False
    if span.end < len(doc) and (doc[span.end].is_title or doc[span.end].lower_ == "of"):
        return False
    before = doc[i - 1]
    if before.text == ",":
        before = doc[i - 2]
        if before.like_num and i > 3 and doc[i - 3].text == ",":
            before = doc[i - 4]
    return before.ent_type_ == "PERSON"


def _region_named(name: str, gz: Gazetteer) -> bool:
    """The own name of a region, an island or a sea ('Oahu', 'Cape Cod'), not an alternate one."""
    key = fold(name)
    return any(gz.places[i].place_type == "region" and fold(gz.places[i].name) == key for i in gz.lookup(name))


def _strip_designators(ent: Span, gz: Gazetteer | None = None) -> tuple[Span | None, str | None]:
    """'Zhejiang province' -> ('Zhejiang', admin1); 'the United States' -> 'United States'.
    A name the gazetteer knows whole keeps its designator-like word: 'Cape Town', 'Yuba City'."""
    # token positions and lower-case words, not Token objects and slices: this runs on every entity
    doc, lowered = ent.doc, [t.lower_ for t in ent]
    start, end = 0, len(lowered)
    while start < end and lowered[start] in ("the", "a"):
        start += 1
    if end - start > 1 and (lowered[end - 1] in POSSESSIVES or lowered[end - 1] in word_set("people_plurals")):
        end -= 1  # "Israel's"; 'the Montgomery County Democrats': the party's county members, the county the place
    if start == end:
        return None, None
    span = doc[ent.start + start : ent.start + end]
    if gz is None:
        return _strip_designator_after(span, lowered[start:end])
    if gz.lookup(span.text):
        return span, None
    for words, kind in designators_before_by_first().get(lowered[start], ()):
        # 'the City of Montreal', 'the County of Brant': the designator is inside the entity, the name after it,
        # when the gazetteer knows a place of that kind by it ('the City of Turkey' is no country)
        n = start + len(words)
        if n < end and lowered[start:n] == words and _of_kind(doc[ent.start + n : ent.start + end].text, kind, gz):
            return doc[ent.start + n : ent.start + end], kind
    # 'north west London', 'southern Syria': a lower-case direction is no part of the name
    rest = start
    # 'Far North Queensland', 'Far West Texas': 'far' and a direction name a state's part, never a school's
    far = end - start > 2 and lowered[start] == "far" and lowered[start + 1] in word_set("direction_words")
    rest += far
    while end - rest > 1 and lowered[rest].rstrip("-") in word_set("direction_words"):
        rest += 1
    if rest > start:
        name = doc[ent.start + rest : ent.start + end]
        # a capitalised one only before a country's, a region's or a large city's name ('North London', 'Western
        # Canada'), not 'Central Park', nor a state's: 'Eastern Michigan' and 'Northern Illinois' are universities
        if gz.lookup(name.text) and (
            all(t.is_lower for t in doc[ent.start + start : ent.start + rest])
            or _country_region_or_city(name.text, gz)
            or (far and _state_name(name.text, gz))
        ):
            return name, None
    return _strip_designator_after(span, lowered[start:end])


def _of_kind(name: str, kind: str, gz: Gazetteer) -> bool:
    kinds = ("admin1",) if kind == "admin1" else ("admin2", "city", "locality")
    return any(gz.places[i].place_type in kinds for i in gz.lookup(name))


def _strip_designator_after(span: Span, lowered: list[str]) -> tuple[Span, str | None]:
    """'Zhejiang province' -> 'Zhejiang' and the kind; a span that is only a designator stays whole."""
    for words, kind in designators_after_by(-1).get(lowered[-1], ()):
        if len(lowered) > len(words) and lowered[-len(words) :] == words:
            return span.doc[span.start : span.end - len(words)], kind
    return span, None


def _country_region_or_city(name: str, gz: Gazetteer) -> bool:
    key = fold(name)
    return any(
        p.place_type in ("country", "region")
        or (p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION)
        for p in map(gz.places.__getitem__, gz.lookup(name))
    )


def _embedded(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """The jurisdiction named in a public body's name: at its start ('Kentucky State Police', 'the U.S. Federal
    Trade Commission', 'Manitoba Premier', 'Middlesex-London EMS'), after its last 'of' ('the Government of Canada',
    'Ruler of Dubai') or after a department's portfolio ('Environment Canada'). Only when the body's head word is an
    institution's (data: institution_heads) and follows the leading name, or comes before the 'of'; not a company's
    ('Singapore Airlines'), a school's or a paper's (organisation_heads). The name is a country's, a subdivision's, a
    county's or a large city's outright, or, before a town's own body (local_body_heads: 'New Milford Police
    Department', 'Bantam Superior Court'), any town the gazetteer knows by its own name."""
    tokens = [t for t in ent if not is_possessive(t)]
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:  # 'the Sustainable Energy Authority of Ireland (' cut before 'SEAI)'
        tokens = tokens[:-1]
    lowered = [t.lower_ for t in tokens]
    if len(tokens) < 2 or set(lowered) & word_set("organisation_heads"):
        return []
    cut = len(lowered) - 1 - lowered[::-1].index("of") if "of" in lowered else len(tokens)
    heads, doc = word_set("institution_heads"), ent.doc
    local = word_set("local_body_heads")
    for n in range(min(4, cut - 1), 0, -1):  # leading: the head word after the name
        after = set(lowered[n:cut])
        if _people_word_after(doc[tokens[0].i : tokens[n - 1].i + 1].text, lowered[n], gz):
            continue
        if after & word_set("county_body_heads") and _own_name_of(
            doc[tokens[0].i : tokens[n - 1].i + 1].text, ("admin2",), gz
        ):
            return [_guess(block, doc[tokens[0].i : tokens[n - 1].i + 1])]
        if after & (heads | local):
            found = _jurisdictions(
                block, doc[tokens[0].i : tokens[n - 1].i + 1], bool(after & heads), bool(after & local), gz
            )
            if found:
                return found
    # after 'of': a head word inside the name, or right before the 'of' ('Ruler of Dubai'); not only its first
    # word ('State Bank of India' is a company, its head 'Bank')
    if cut < len(tokens) - 1 and (set(lowered[1:cut]) | {lowered[cut - 1]}) & heads:
        span = doc[tokens[cut + 1].i : tokens[-1].i + 1]
        if strong_name(span.text, gz, cities=True):
            return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
    return _after_portfolio(block, ent, tokens, gz)


def _people_word_after(name: str, word: str, gz: Gazetteer) -> bool:
    """'the Free Syrian Army': a people's word right after the leading name says whose body it is (a group of those
    people), so the name before it is no jurisdiction but a word of the group's name. A country's name keeps it ('the
    U.S. Indian Health Service' is the country's)."""
    return word in word_set("people_words") and not any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def _owner(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'According to Venezuela's Ecological Mining Minister', 'South Africa's Eskom': a country's, a subdivision's or a
    region's name (for an organisation or a facility also a county's or a large city's: 'London's Metropolitan
    Police') and a possessive opening an entity the model read as one name is the place the rest belongs to."""
    doc = ent.doc
    first = ent.start + (ent[0].lower_ in ("the", "a"))
    for k in range(first + 1, min(first + 4, ent.end - 1)):
        if is_possessive(doc[k]):
            span = doc[first:k]
            if strong_name(span.text, gz, cities=ent.label_ in ("ORG", "FAC")):
                # a guess: a given name's possessive ("Mary's Center") is a far state's name only by chance
                return [_guess(block, span)]
            return []
    return []


def _jurisdictions(block: int, span: Span, strong: bool, local: bool, gz: Gazetteer) -> list[Mention]:
    """The leading name of a public body as one place, or as the places a hyphen joins ('Middlesex-London EMS': a
    body of both): a country's, a subdivision's, a county's or a large city's name before an institution's head
    word (`strong`); a town of any size before a town's own body's (`local`), and then a guess that the article's
    other places must vouch for (resolve.in_context: 'the Santa Rita Jail' in California is not the Brazilian
    city)."""
    parts = [span]
    if "-" in span.text:
        cuts = [t.i for t in span if t.text == "-" and not t.whitespace_]
        bounds = zip([span.start] + [c + 1 for c in cuts], [*cuts, span.end], strict=True)
        parts = [span.doc[a:b] for a, b in bounds if b > a]
    out = []
    for part in parts:
        if strong and strong_name(part.text, gz, cities=True):
            out.append(Mention(block, part.start_char, part.end_char, part.text, strong=False))
        elif local and _local_town(part.text, gz):
            out.append(_guess(block, part))
        else:
            return []
    return out


def _guess(block: int, span: Span) -> Mention:
    return Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True)


def _local_town(name: str, gz: Gazetteer) -> bool:
    """A town or county by its own name, written as a name, that is no word bodies' names begin with ('Superior
    Court', 'Federal Police': data body_name_words)."""
    key = fold(name)
    return (
        all(w[:1].isupper() for w in name.split())
        and key not in word_set("body_name_words")
        and key not in word_set("not_places")
        and bool(towns_named(name, gz))
    )


def _after_portfolio(block: int, ent: Span, tokens: list[Token], gz: Gazetteer) -> list[Mention]:
    """'Environment Canada', 'Fisheries and Oceans Canada': an organisation's name that is a portfolio's words
    (data: portfolio_words) and then a country's or a subdivision's name is that government's department."""
    if ent.label_ != "ORG":
        return []
    words = word_set("portfolio_words")
    n = 0
    while n < len(tokens) - 1 and tokens[n].lower_ in words:
        n += 1
    if not n or all(t.lower_ in ("and", "&") for t in tokens[:n]):
        return []
    span = ent.doc[tokens[n].i : tokens[-1].i + 1]
    if _state_or_country(span.text, gz):
        return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
    return []


def _state_or_country(name: str, gz: Gazetteer) -> bool:
    """A country by any of its names, or a state by its own name."""
    return _own_name_of(name, ("admin1",), gz) or any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def _bodies(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'Glasgow Police do not suspect', 'Beaconsfield Mayor Georges Bourelle', 'Brant OPP': a capitalised head word of
    a town's own body (data: local_body_heads) after proper nouns the model left out of any entity; the longest
    run of them (up to three) that names a place, as in _jurisdictions, is the body's jurisdiction."""
    out: list[Mention] = []
    heads = word_set("local_body_heads")
    for tok in doc:
        if tok.i == 0 or not tok.text[:1].isupper() or tok.lower_ not in heads:
            continue
        first = tok.i
        while first > 0 and tok.i - first < 3 and _bare_name_word(doc[first - 1]):
            first -= 1
        for k in range(first, tok.i):  # the longest name first
            found = _jurisdictions(block, doc[k : tok.i], True, True, gz)
            if found:
                for m in found:
                    m.guess = True
                out += found
                break
    return out


def _office_of(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'President of Ukraine Petro Poroshenko', 'Prime Minister of India Narendra Modi', 'Ambassador to the Holy See
    Mikayel Minasyan': a capitalised public office's title (data: office_titles), 'of' (or 'to' after an envoy's) and
    a country's or a subdivision's name is the office's jurisdiction, which the model fuses with the holder's name
    into one organisation or leaves out of any entity. The name is the longest run of one to three capitalised words
    after it ('the' left out) that names a country or a state outright (words.strong_name), not a city: 'Mayor of
    London Sadiq Khan' is found as written, and a town's name would be a guess here."""
    out: list[Mention] = []
    for tok in doc[1:-1]:
        title = doc[tok.i - 1]
        if tok.lower_ not in ("of", "to") or not title.text[:1].isupper():
            continue
        if title.lower_ not in word_set("office_titles") or tok.lower_ == "to" and title.lower_ not in ENVOYS:
            continue
        first = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        for k in (3, 2, 1):
            words = doc[first : first + k]
            if len(words) == k and all(t.text[:1].isupper() and t.is_alpha for t in words):
                if strong_name(words.text, gz):
                    out.append(Mention(block, words.start_char, words.end_char, words.text, strong=False))
                    break
    return out


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity: 'Glasgow' in 'Glasgow Police'."""
    return tok.ent_type == 0 and tok.pos == PROPN and tok.is_alpha and tok.text[:1].isupper()


def _compounds(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'the U.S.-led coalition', 'Texas-based': a place's name joined to a participle in one token."""
    out: list[Mention] = []
    if not COMPOUND_IN_TEXT.search(text_of(doc)):
        return out
    for tok in doc:
        if "-" not in tok.text or tok.ent_type_ in PLACE_LABELS:
            continue
        m = COMPOUND.match(tok.text)
        if m and m.group("tail") in word_set("compound_tails") and strong_name(m.group("name"), gz, cities=True):
            out.append(Mention(block, tok.idx, tok.idx + len(m.group("name")), m.group("name"), strong=False))
    return out


def _designator_after(ent: Span) -> tuple[int, str | None]:
    """A designator written right after the entity: 'Awat county'. Lower-case or capitalised."""
    doc = ent.doc
    # the next word alone rules out nearly every entity; else the words after it are read once, as many as the
    # longest designator it may start has (longest first): a slice and its tokens for each of the 25 designators
    # in turn would cost 40% of the place finder's time.
    starting = designators_after_by(0).get(doc[ent.end].lower_, ()) if ent.end < len(doc) else ()
    following = [t.lower_ for t in doc[ent.end : ent.end + len(starting[0][0])]] if starting else []
    for words, kind in starting:
        if following[: len(words)] == words:
            return doc[ent.end : ent.end + len(words)].end_char, kind
    return ent.end_char, None


def _designator_before(ent: Span) -> str | None:
    """'the city of Aleppo', 'the province of Idlib': the kind, the span stays the name."""
    doc = ent.doc
    ending = designators_before_by_last().get(doc[ent.start - 1].lower_, ()) if ent.start > 0 else ()
    preceding = [t.lower_ for t in doc[max(0, ent.start - len(ending[0][0])) : ent.start]] if ending else []
    for words, kind in ending:
        if preceding[len(preceding) - len(words) :] == words:
            return kind
    return None


def _rescued(name: str, label: str, hint: str | None, gz: Gazetteer, votes: set[str]) -> bool:
    """An ORG/PERSON span is a place when the gazetteer knows the name and a designator follows it, or the
    article calls the same name a place elsewhere, or it is a country's name; for other labels than PERSON
    (whose one-word names are often towns too: 'Nelson', 'Tyler') also a subdivision's or a big city's."""
    hits = [gz.places[i] for i in gz.lookup(name)]
    if not hits:
        return False
    if label == "NORP":  # 'Aleppo' tagged NORP is a city; 'Canadian city' is no place named Canadian
        hint, votes = None, set()
    if hint or fold(name) in votes or any(p.place_type == "country" for p in hits) or is_nickname(name, gz):
        return True
    if label == "PERSON":  # 'Tamil Nadu': a subdivision's own name of two words or more is not a person's
        return len(name.split()) > 1 and any(fold(p.name) == fold(name) and p.place_type == "admin1" for p in hits)
    key = fold(name)  # its own name, not an alternate one: 'White House' is also a translation of Casablanca
    # a region by any of its names: 'EU' tagged ORG is the European Union
    return any(
        p.place_type == "region"
        or (
            fold(p.name) == key
            and (p.place_type == "admin1" or (p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION))
        )
        for p in hits
    )


def _datelines(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'BEIRUT —', 'COLUMBUS, Ohio (AP) —'; and with no mark after them (DATELINE_BARE) a country's, a
    subdivision's or a large city's name only: 'OKLAHOMA CITY The Latest on ...'."""
    out = []
    text = text_of(doc)
    for match in DATELINE.finditer(text):
        name = match.group(1).strip(" -")
        if len(name) >= 3 and gz.lookup(name):
            out.append(Mention(block, match.start(1), match.start(1) + len(name), name))
    for match in DATELINE_BARE.finditer(text):
        k = 1 if match.group(1) else 2
        name = match.group(k)
        if (
            len(name) >= 4
            and name.isupper()
            and _bare_dateline(name, text[match.end(k) :])
            and strong_name(name, gz, True)
        ):
            out.append(Mention(block, match.start(k), match.end(k), name))
    return out


def _bare_dateline(name: str, after: str) -> bool:
    """A one-word name in capitals with no mark after it opens a dateline only before an article ('BEIRUT The
    ...'): before another capitalised word it is the first word of a name set in capitals ('SINGAPORE Press
    Holdings', 'VOLTA Trax'). Two words or more ('OKLAHOMA CITY', 'SAN ANTONIO') are the dateline, but not before a
    company's or a body's head word."""
    words = after.split(maxsplit=2)
    nxt = words[0].lower() if words else ""
    if nxt in word_set("company_heads") | word_set("organisation_heads") | word_set("institution_heads"):
        return False
    return " " in name or nxt in ("the", "a", "an") or after.startswith(" (")
