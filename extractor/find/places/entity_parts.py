"""One spaCy entity cut into the parts that are each a name, before any is read as a place.

Decisions: a name never holds a bracket it does not close ('England (Group A' is 'England'), nor a game's score after it
('got past Chile 3-0' tagged one facility is 'Chile'), nor a legislator's party letter before its state ('D-California'
is 'California'), while a bracket the entity closes ('Bolton (Lancashire)') is left whole; a venue, a spaced dash and a
town whose state follows the entity ('Rialto Square Theatre – Joliet, Ill.') gives the town after the dash, the venue no
place, and a person's or a company's name closing on 'of' or a possessive and a town whose state follows the entity
('Leonard of Ada, Oklahoma', "GM's Bowling Green, Kentucky") gives the town, the rest no place, as does a possessive and
a large place's name a hyphen glues to a compound's tail ("Walker’s Greensboro-area seat": _possessive_before_compound);
so does a state's or a country's name after a spaced dash before 'and' and a place ('Mr Trump - Wisconsin and
Pennsylvania', tagged a person); a town and its area written with a comma ('Thruxton, Hampshire') are two entities, and
a facility's last comma part is a place only when it is a country's, a subdivision's, a county's or a large city's own
name; two countries' own names with the comma left out ('Greece Italy') and two regions a hyphen joins ('Europe-Asia')
are two, and a country's own name after a coordinator in one place entity ('the G7 plus India') is a place of its own,
unless the gazetteer knows the whole ('Asia-Pacific', one region; 'Trinidad and Tobago'); an organisation that is
nothing but two countries' (or a union's, a state's) names joined by a hyphen ('EU-Canada') is two places, one that goes
on ('the Nigeria-Ukrainian Business Forum') is not (an event's is read by bodies._pair_places), and so are two large
cities' names a hyphen joins before a route's word ('the Baghdad-Damascus (M2) highway', tagged a facility), and so
are two near towns' names a hyphen joins before a word for their area ('the Spring Valley-Monsey area': _area_towns); a
country's, a subdivision's or a large city's name before a finite verb in one entity ('Sweden Drops Its Investigation
...', a title-case headline tagged an organisation) is a place, the rest no name; a country's or a subdivision's name, a
possessive and a large city of that country tagged as one entity ('from Punjab’s Bhatinda', a person) are two places; an
institution's name closing on 'in' and a place's own name ('the Children's Hospital of Manitoba in Winnipeg') holds the
place where it is (_town_after_in), and so does a diplomatic mission's name closed by a place's own name ('the British
Embassy Tokyo': town_after_mission). A dateline in capitals the model glued to the lede's first name ('DETROIT The U.S.
Transportation Department', one organisation) is no part of that name: the words after the lede's article are the entity
(_after_bare_dateline), and neither is the dash that closes a dateline ('NEW YORK - Woody Allen's memoir', tagged 'NEW
YORK -' a place): a name never ends in a dash, so the entity stops at its last word (_before_closing_dash). A name the
gazetteer knows whole stays whole.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...normalize.places import STATE_TYPES, TOWN_TYPES, Gazetteer, Place, fold
from .name_kinds import _own_name_of, _region_by_any_name, _state_or_country, strong_name
from .rescue import _town_of_next
from .resolve import within_km
from .words import (
    HYPHENS,
    PLACE_LABELS,
    RESCUE_LABELS,
    RESCUE_MIN_POPULATION,
    Mention,
    glued_dash,
    is_party_letter,
    is_possessive,
    looks_like_name,
    word_set,
)


def _before_open_bracket(ent: Span) -> Span:
    """'England (Group A): 10th appearance' tagged 'England (Group A' one organisation: a name never holds a bracket
    it does not close, so the words before the opening bracket are the entity, its label kept. A bracket the entity
    closes ('Bolton (Lancashire)') is left to the other readings."""
    cut = next((t.i for t in ent if t.text == "("), None)
    if cut is None or cut == ent.start or any(t.text.startswith(")") for t in ent.doc[cut : ent.end]):
        return ent
    return Span(ent.doc, ent.start, cut, label=ent.label_)


# a dash in any of the forms a dateline closes on: '-', '--', '–', '—' (and runs of them)
_DASH_CHARS = frozenset("-‐–—")


def _before_closing_dash(ent: Span) -> Span:
    """'NEW YORK - Woody Allen's memoir ...' tagged 'NEW YORK -' a place: a name never ends in a dash, so the words
    before the closing dashes are the entity, its label kept (the record's text and name stop at the place's last
    word). A hyphen inside the name ('Wilkes-Barre') is no token of its own at the end and is left."""
    end = ent.end
    while end > ent.start and set(ent.doc[end - 1].text) <= _DASH_CHARS:
        end -= 1
    if end == ent.end or end == ent.start:
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _after_bare_dateline(ent: Span) -> Span:
    """'DETROIT The U.S. Transportation Department on Wednesday issued ...' (a dateline with no dash, tagged with the
    lede's body as one organisation): a name never holds a capitalised article after words in capitals at a line's
    start, so the words after the article are the entity, its label kept, and the dateline is left untagged ('THE
    Hague' or 'NEW YORK Times' hold no article after the capitals: left whole)."""
    k = next((t.i for t in ent[1:4] if t.text in ("The", "A", "An")), None)
    if k is None or k + 1 >= ent.end or not all(t.is_upper and t.is_alpha for t in ent.doc[ent.start : k]):
        return ent
    if ent.start > 0 and "\n" not in ent.doc[ent.start - 1].text_with_ws:
        return ent
    return Span(ent.doc, k + 1, ent.end, label=ent.label_)


def _before_score(ent: Span) -> Span:
    """'Argentina comfortably got past Chile 3-0', 'Switzerland beat Gibraltar 6-0' tagged 'Chile 3-0' a facility,
    'Gibraltar 6-0' a product: a name never ends in a game's score (two small numbers a hyphen glues), so the words
    before it are the entity, its label kept."""
    if len(ent) < 4 or not all(t.like_num and len(t.text) <= 2 for t in (ent[-3], ent[-1])):
        return ent
    if not glued_dash(ent[-2]):
        return ent
    return Span(ent.doc, ent.start, ent.end - 3, label=ent.label_)


def _before_verb(ent: Span, gz: Gazetteer) -> Span:
    """'Sweden Drops Its Investigation Into Rape Allegation Against Julian Assange' (a title-case headline tagged one
    organisation): a name never holds a finite verb (tags VBZ, VBD) right after its leading words, so a country's,
    a subdivision's or a large city's own name before one is the headline's subject, a place (metonymy: the
    government), and the verb and what follows no part of it ('Texas Instruments', 'Sweden Democrats': no verb)."""
    if ent.label_ not in RESCUE_LABELS or len(ent) < 3:
        return ent
    k = next((t.i for t in ent[1:4] if t.pos_ == "VERB" and t.tag_ in ("VBZ", "VBD")), None)
    if k is None or not strong_name(ent.doc[ent.start : k].text, gz, cities=True):
        return ent
    return Span(ent.doc, ent.start, k, label="GPE")


def _bracketed_country(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'Daily Nation (Barbados); Mar 20, 2005' tagged 'Daily Nation (Barbados' one organisation: a country's name
    alone in the brackets _before_open_bracket cuts off (closed right after the entity) names the country the
    name before belongs to, a place mention."""
    cut = next((t.i for t in ent if t.text == "("), None)
    doc = ent.doc
    if cut is None or cut == ent.start or cut + 1 >= ent.end or ent.end >= len(doc) or doc[ent.end].text != ")":
        return []
    inner = doc[cut + 1 : ent.end]
    if not any(gz.places[i].place_type == "country" for i in gz.lookup(inner.text)):
        return []
    return [Mention(block, inner.start_char, inner.end_char, inner.text)]


def _after_party_letter(ent: Span, gz: Gazetteer) -> Span:
    """'Sen. Kamala Harris, D-California, said': a legislator's party letter (data: party_letters) glued by a hyphen
    to the state the model tagged with it is no part of the state's name: the words after the hyphen are the entity,
    its label kept, when they name a state."""
    if len(ent) < 3 or not is_party_letter(ent[0]):
        return ent
    if not glued_dash(ent[1]):
        return ent
    rest = Span(ent.doc, ent.start + 2, ent.end, label=ent.label_)
    return rest if any(gz.places[i].place_type == "admin1" for i in gz.lookup(rest.text)) else ent


def _last_spaced_dash(ent: Span, dashes: tuple[str, ...], space_after: bool) -> int | None:
    """The token index of the entity's last dash of `dashes` with a space before it (and after it, `space_after`),
    not its first token: where a name inside the entity starts. The town after a venue takes an en or em dash spaced
    before it ('Rialto Square Theatre – Joliet'); a list of states a hyphen too, spaced on both sides ('Mr Trump -
    Wisconsin')."""
    doc = ent.doc
    found = [
        t.i
        for t in ent
        if t.text in dashes and t.i > ent.start and doc[t.i - 1].whitespace_ and (t.whitespace_ or not space_after)
    ]
    return found[-1] if found else None


def _town_after_dash(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'Rialto Square Theatre – Joliet, Ill.' read as one name: a venue, a spaced dash and a town whose state is
    written right after the entity, or inside it after a comma ('Cheyenne Frontier Days – Cheyenne, Wyo' tagged whole
    but for the abbreviation's last dot). The words after the entity's last dash (one to three capitalised, up to a
    comma) are the town when the gazetteer knows it in that state (_town_of_next); the venue before the dash stays no
    place."""
    doc = ent.doc
    dash = _last_spaced_dash(ent, ("–", "—", "--"), space_after=False)
    if dash is None:
        return (
            _state_list_after_dash(block, ent, gz)
            or _town_after_of(block, ent, gz)
            or _town_after_in(block, ent, gz)
            or _possessive_before_compound(block, ent, gz)
        )
    tail = doc[dash + 1 : ent.end]
    commas = [t.i for t in tail if t.text == ","]
    if commas:  # 'Cheyenne Frontier Days – Cheyenne, Wyo' tagged whole but for the state's last dot
        tail = doc[tail.start : commas[0]]
    if 0 < len(tail) <= 3 and all(t.is_title for t in tail) and _town_of_next(tail, gz):
        return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False, guess=True)]
    return _state_list_after_dash(block, ent, gz)


def _town_after_of(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'Stephanie Cooper and husband, Leonard of Ada, Oklahoma;' (tagged the person 'Leonard of Ada'), 'built at GM’s
    Bowling Green, Kentucky facility' (an organisation): a person's or an organisation's name closing on 'of' or a
    possessive and one to three capitalised words, right before a comma and a state, holds a town when the gazetteer
    knows those words as a town in that state (_town_of_next, a state only: 'the Duke of York, England' names a
    title). An organisation's 'of' is its own ('the University of Mobile, Alabama' is a school's name: no place, as
    the audit guide counts it). The words before stay no place: 'Leonard' is a person."""
    if ent.label_ not in ("PERSON", "ORG"):
        return []
    person = ent.label_ == "PERSON"
    cut = next((t.i for t in reversed(ent) if person and t.lower_ == "of" or is_possessive(t)), None)
    if cut is None or cut == ent.start:
        return []
    tail = ent.doc[cut + 1 : ent.end]
    if 0 < len(tail) <= 3 and all(t.is_title for t in tail) and _town_of_next(tail, gz, states_only=True):
        return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False, guess=True)]
    return []


def _town_after_in(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'rushed ... to the Children's Hospital of Manitoba in Winnipeg' (tagged one organisation): an institution's
    name (its head word one of sited_institution_heads, right before 'in' or before an 'of' and capitalised words)
    closing on 'in' and one to three capitalised words that are a country's, a subdivision's or a large city's own
    name holds that place, where the institution is (GeoWebNews marks 'St. Louis' of 'Washington University in St.
    Louis' a place; the model tags that one apart). The name before 'in' stays no place ('Manitoba' of the hospital's
    name, as the audit guide counts a school's). A cause's 'in' ('Students for Justice in Palestine') has no such
    head word before it."""
    if ent.label_ not in ("ORG", "FAC"):
        return []
    cut = next((t.i for t in reversed(ent) if t.lower_ == "in"), None)
    if cut is None or cut - ent.start < 2:
        return []
    tail = ent.doc[cut + 1 : ent.end]
    if not (0 < len(tail) <= 3 and all(t.is_title for t in tail) and strong_name(tail.text, gz, cities=True)):
        return []
    head = cut - 1
    of = next((t.i for t in reversed(ent.doc[ent.start + 1 : cut]) if t.lower_ == "of"), None)
    if of is not None and all(t.is_title for t in ent.doc[of + 1 : cut]):
        head = of - 1  # 'Hospital of Manitoba in': the head word is before the 'of' name
    if ent.doc[head].lower_ not in word_set("sited_institution_heads"):
        return []
    return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False)]


def town_after_mission(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'second secretary ... at the British Embassy Tokyo' (tagged one facility), 'the US Consulate General Shanghai':
    a diplomatic mission's words (data: mission_heads) closed by one to three capitalised words that are a country's,
    a subdivision's or a large city's own name hold that place, where the mission stands, as the town after 'in'
    closing an institution's name does (_town_after_in). The sending state before the words stays as it is read
    ('British' is a people's word); words that go on after the town are no such close ('the British Embassy Tokyo
    office' is left whole), nor is any other word after the mission's ('The British Embassy Residence')."""
    if ent.label_ not in ("ORG", "FAC"):
        return []
    heads = word_set("mission_heads")
    cut = next((t.i for t in reversed(ent[:-1]) if _closes_mission(t, heads)), None)
    if cut is None:
        return []
    tail = ent.doc[cut + 1 : ent.end]
    if not (len(tail) <= 3 and all(t.is_title for t in tail) and strong_name(tail.text, gz, cities=True)):
        return []
    return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False)]


def _closes_mission(tok: Token, heads: frozenset[str]) -> bool:
    """The word closes a diplomatic mission's words ('Embassy', 'High Commission', 'Consulate General')."""
    before = tok.doc[tok.i - 1].lower_ + " " if tok.i > 0 else ""
    return tok.lower_ in heads or before + tok.lower_ in heads


def _possessive_before_compound(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'Walker’s Greensboro-area seat was sacrificed' (tagged the person 'Walker’s Greensboro-area'): a person's or
    an organisation's name closing on a possessive and one to three capitalised words that a hyphen glues to a
    compound's tail ('-area', '-based': data compound_tails) holds a place, as 'a Greensboro-area seat' does, when
    those words are a country's, a subdivision's, a county's or a large city's name; the owner before stays no place.
    The model may tag the compound's tail with the rest, as there, or leave it out ('Walker’s Greensboro', an
    organisation, in the sentence alone)."""
    doc = ent.doc
    if ent.label_ not in ("PERSON", "ORG"):
        return []
    # the hyphen right after the entity, or its last word the compound's tail ('Walker’s Greensboro-area' tagged whole)
    hyphen = ent.end - 2 if len(ent) > 3 and doc[ent.end - 2].text in HYPHENS else ent.end
    if hyphen + 1 >= len(doc) or doc[hyphen].text not in HYPHENS or doc[hyphen - 1].whitespace_:
        return []
    if doc[hyphen].whitespace_ or doc[hyphen + 1].lower_ not in word_set("compound_tails"):
        return []
    cut = next((t.i for t in reversed(ent) if is_possessive(t)), None)
    if cut is None or cut == ent.start or cut + 1 >= hyphen:
        return []
    tail = doc[cut + 1 : hyphen]
    if 0 < len(tail) <= 3 and all(t.is_title for t in tail) and strong_name(tail.text, gz, cities=True):
        return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False)]
    return []


def _state_list_after_dash(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'two states narrowly won by Mr Trump - Wisconsin and Pennsylvania -' (tagged PERSON 'Trump - Wisconsin'): the
    words after a spaced dash that closes into the entity open a list when they are a state's or a country's own
    name and 'and' and a place the model tagged follow the entity; the words before the dash are no place."""
    doc = ent.doc
    dash = _last_spaced_dash(ent, ("-", "–", "—"), space_after=True)
    if dash is None or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return []
    nxt = next((t for t in doc[ent.end + 1 :] if not t.is_space), None)
    if nxt is None or nxt.ent_type_ not in PLACE_LABELS:
        return []
    tail = doc[dash + 1 : ent.end]
    if not 0 < len(tail) <= 3 or not all(t.is_title for t in tail) or not _state_or_country(tail.text, gz):
        return []
    return [Mention(block, tail.start_char, tail.end_char, tail.text, strong=False, guess=True)]


def _comma_parts(ent: Span, gz: Gazetteer) -> list[Span]:
    """'Thruxton, Hampshire' tagged as one place: a town and its area written with a comma are two places, each
    read as its own entity; 'Donington Park, Leicestershire' tagged as a facility: the area after the comma is a
    place (a country's, a subdivision's, a county's or a large city's own name). A name the gazetteer knows whole
    stays whole."""
    pair = _possessive_pair(ent, gz)
    if pair:
        return pair
    towns = _area_towns(ent, gz) if "-" in ent.text else []
    if towns:
        return towns
    if ent.label_ in ("ORG", "FAC") and "-" in ent.text:
        return _country_pair(ent, gz) or _route_ends(ent, gz) or [ent]
    if ent.label_ in PLACE_LABELS and "," not in ent.text and not gz.lookup(ent.text):
        return _coordinated_country(ent, gz) or _unmarked_pair(ent, gz)
    if ent.label_ not in PLACE_LABELS | {"FAC"} or "," not in ent.text or gz.lookup(ent.text):
        return [ent]
    cuts = [t.i for t in ent if t.text == ","]
    bounds = zip([ent.start] + [c + 1 for c in cuts], [*cuts, ent.end], strict=True)
    parts = [Span(ent.doc, a, b, label=ent.label_) for a, b in bounds if b > a]
    if ent.label_ in PLACE_LABELS:
        return parts if all(looks_like_name(p.text) for p in parts) else [ent]
    last = parts[-1]
    return [Span(ent.doc, last.start, last.end, label="GPE")] if strong_name(last.text, gz, cities=True) else [ent]


def _possessive_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'from Punjab’s Bhatinda' tagged as one person: a country's or a subdivision's own name, a possessive and the
    own name of a large city in that country (words.RESCUE_MIN_POPULATION) are two places, the area and its town;
    'Russia's Putin' names no town of Russia and stays the model's."""
    cut = next((t.i for t in ent if t.text in ("'s", "’s")), None)
    if cut is None or cut == ent.start or cut + 1 >= ent.end:
        return []
    area, town = ent.doc[ent.start : cut], ent.doc[cut + 1 : ent.end]
    if not _own_name_of(area.text, STATE_TYPES, gz) or not all(t.is_title for t in town):
        return []
    codes = {gz.places[i].country_code for i in gz.lookup(area.text)}
    key, senses = fold(town.text), [gz.places[i] for i in gz.lookup(town.text)]
    big = any(
        p.place_type == "city" and p.country_code in codes and p.population >= RESCUE_MIN_POPULATION
        for p in senses
        if fold(p.name) == key or len(senses) == 1
    )
    return (
        [Span(ent.doc, area.start, area.end, label="GPE"), Span(ent.doc, town.start, town.end, label="GPE")]
        if big
        else []
    )


def _unmarked_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'countries such as Cyprus, Greece Italy or Spain': two countries' own names the model tagged as one place, a
    comma left out between them; each is read as its own entity. So are two regions' names a hyphen joins ('in
    Europe-Asia': two continents), a name the gazetteer does not know whole ('Asia-Pacific' it knows: one region).
    Else the entity is itself ('Southern California' is no two places, though a Southern Province is a state)."""
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


def _coordinated_country(ent: Span, gz: Gazetteer) -> list[Span]:
    """'the lowest growth of the G7 plus India and China': the model tags 'the G7 plus India' one place, a group's
    name and a country's joined by a coordinator ('and', 'or', 'plus': tagged CC); the gazetteer knows no such whole,
    so the country's own name after the last coordinator is a place of its own, and the words before it are one
    when they are a strong name themselves ('New York and Canada'), else no place ('the G7'). A name the gazetteer
    knows whole ('Trinidad and Tobago', 'Bosnia and Herzegovina') never comes here."""
    cut = max((t.i for t in ent if t.tag_ == "CC" and t.is_lower), default=None)
    if cut is None or cut == ent.start or cut + 1 >= ent.end:
        return []
    tail = ent.doc[cut + 1 : ent.end]
    if len(tail) > 3 or not all(t.is_title for t in tail) or not _own_name_of(tail.text, ("country",), gz):
        return []
    head = ent.doc[ent.start + (ent[0].lower_ == "the") : cut]
    first = [Span(ent.doc, head.start, head.end, label=ent.label_)] if head and strong_name(head.text, gz) else []
    return [*first, Span(ent.doc, tail.start, tail.end, label=ent.label_)]


def _hyphen_halves(ent: Span) -> list[Span]:
    """The two names one unspaced hyphen joins inside the entity ('Europe-Asia', 'EU-Canada'), else none."""
    cuts = [t.i for t in ent if glued_dash(t, ("-",))]
    if len(cuts) != 1 or cuts[0] in (ent.start, ent.end - 1):
        return []
    return [ent.doc[ent.start : cuts[0]], ent.doc[cuts[0] + 1 : ent.end]]


def _hyphen_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'Europe-Asia': two regions' names (a continent's, an ocean's) joined by a hyphen with no space."""
    parts = _hyphen_halves(ent)
    if parts and all(
        p.text[:1].isupper() and any(gz.places[i].place_type == "region" for i in gz.lookup(p.text)) for p in parts
    ):
        return [Span(ent.doc, p.start, p.end, label=ent.label_) for p in parts]
    return []


def _route_ends(ent: Span, gz: Gazetteer) -> list[Span]:
    """'on the Baghdad-Damascus (M2) highway': two cities' names a hyphen joins before a word for a road, a railway
    or a route (data: route_nouns; a bracketed number may stand between) are the route's two ends, two places; the
    model tags them one facility or organisation ('the Baghdad-Damascus'). Only names of a country, a state or a
    large city (name_kinds.strong_name), and only the entity's whole words: 'the Nelson-Creston riding' goes on."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    parts = _hyphen_halves(doc[start : ent.end])
    after = ent.end
    if after < len(doc) and doc[after].text == "(":
        close = next((t.i for t in doc[after : after + 4] if t.text == ")"), None)
        after = close + 1 if close is not None else after
    if not parts or after >= len(doc) or doc[after].lower_ not in word_set("route_nouns"):
        return []
    if all(p.text[:1].isupper() and strong_name(p.text, gz, cities=True) for p in parts):
        return [Span(doc, p.start, p.end, label="GPE") for p in parts]
    return []


# two towns a metropolitan area is named for lie this near each other: Dallas and Fort Worth 51 km apart, Washington
# and Baltimore 56 km; the halves of a double-barrelled surname seldom spell two towns this near
PAIR_AREA_KM = 100
# the smallest town a metropolitan area's name pairs with another (Monsey, 18,412 people, of 'the Spring
# Valley-Monsey area'): a hamlet's name is as often a word of a surname or a company's
PAIR_AREA_MIN_POPULATION = 5_000


def _area_towns(ent: Span, gz: Gazetteer) -> list[Span]:
    """'exposed in the Spring Valley-Monsey area', 'the Champaign-Urbana metro': two towns' names an unspaced hyphen
    joins before a word for a metropolitan area (data: pair_area_nouns; inside the entity or right after it) are the
    area's two towns, two places; the model tags the pair one place, facility or organisation. Not a name the
    gazetteer knows whole ('Wilkes-Barre': one city), and only two towns' own names with senses near each other
    (PAIR_AREA_KM), which a person's double-barrelled name ('the Smith-Jones area') or a company's does not spell."""
    doc = ent.doc
    start = ent.start + (ent[0].lower_ == "the")
    nouns = word_set("pair_area_nouns")
    end = ent.end - 1 if len(ent) > 3 and ent[-1].lower_ in nouns else ent.end
    if end >= len(doc) or doc[end].lower_ not in nouns or gz.lookup(doc[start:end].text):
        return []
    parts = _hyphen_halves(doc[start:end])
    if not parts or not all(len(p) <= 3 and all(t.is_title for t in p) for p in parts):
        return []
    first, second = (_area_town_senses(p.text, gz) for p in parts)
    if any(within_km(a, [(b.lat, b.lon) for b in second], PAIR_AREA_KM) for a in first):
        return [Span(doc, p.start, p.end, label="GPE") for p in parts]
    return []


def _area_town_senses(name: str, gz: Gazetteer) -> list[Place]:
    """The towns of `name` by their own name, PAIR_AREA_MIN_POPULATION people or more, with coordinates."""
    key = fold(name)
    senses = (gz.places[i] for i in gz.lookup(name))
    return [
        p
        for p in senses
        if p.place_type in TOWN_TYPES
        and fold(p.name) == key
        and p.population >= PAIR_AREA_MIN_POPULATION
        and p.lat is not None
        and p.lon is not None
    ]


def _country_pair(ent: Span, gz: Gazetteer) -> list[Span]:
    """'EU-Canada trade deal': the model tags two countries' (or a union's, a state's) names a hyphen joins as one
    organisation; the entity that is nothing but the two is the two places. Not a name that goes on ('the
    Nigeria-Ukrainian Business Forum' is a forum's: bodies._pair_places reads an event's), nor a word that names no
    country ('Nelson-Creston', a riding)."""
    parts = _hyphen_halves(ent)
    # a region by any of its names too: 'EU' is the European Union's
    if parts and all(strong_name(p.text, gz) or _region_by_any_name(p.text, gz) for p in parts):
        return [Span(ent.doc, p.start, p.end, label="GPE") for p in parts]
    return []
