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

This module keeps the order of the steps (block_mentions) and the article's votes (place_votes); the steps are:

entity_parts.py     one entity cut into the parts that are each a name (brackets, commas, hyphens, a dash)
entity_mentions.py  one entity or part made into a Mention (_from_entity), a misread bare name (_misread)
designators.py      designators stripped from a name and kept as its hint, before or after it
rescue.py           when an ORG/PERSON/untagged span is a place: _rescued, _place_cue, _town_of_next
bodies.py           the jurisdiction in a public body's name or an office's title (_embedded, _owner, _bodies), where
                    a law holds or an event is held (_held_in: 'the Venice Film Festival')
untagged.py         mentions found in the text: untagged runs of proper nouns, 'U.S.-led' compounds, datelines
article_regions.py  a region's short name that is also a company's, where the words say the region ('in the Amazon')
seats.py            electoral seats named for towns, alone in a list's line or after 'the MP for' ('Southend East')
elliptical.py       two names sharing their last words ('Central and South America'), each made whole
widen.py            names the model cut short, made whole ('Baja California', 'Port of Spain')
name_kinds.py       what kind of place the gazetteer knows a name as, the predicates the others share
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ...normalize.places import Gazetteer, fold
from .article_regions import article_regions
from .bodies import (
    _bodies,
    _embedded,
    _held_in,
    _office_of,
    _owner,
    _portfolio_for,
    _untagged_bodies,
    _untagged_portfolio,
    cut_short,
    owner_body,
)
from .designators import _strip_designators
from .elliptical import _shared_tails
from .entity_mentions import _from_entity
from .entity_parts import (
    _after_bare_dateline,
    _after_party_letter,
    _before_closing_dash,
    _before_open_bracket,
    _before_score,
    _before_verb,
    _bracketed_country,
    _comma_parts,
    _town_after_dash,
    town_after_mission,
)
from .lists import list_parts
from .rescue import SPELLING_RATIO
from .seats import seat_mentions
from .untagged import (
    _compass_regions_beside,
    _compounds,
    _datelines,
    _lower_case_regions,
    _road_feature_towns,
    _untagged,
)
from .widen import _widen
from .words import EMBEDDING_LABELS, PLACE_LABELS, RESCUE_LABELS, Mention, word_set

__all__ = ["SPELLING_RATIO", "block_mentions", "found_votes", "place_votes"]

# how many times the article's other words must call a name a place before it counts as a vote (found_votes)
FOUND_VOTES_MIN = 2


def place_votes(ents: Sequence[Sequence[Span]]) -> set[str]:
    """Names spaCy calls a place somewhere in the article: elsewhere its PERSON/ORG label is the slip."""
    out = set()
    for e in (e for block in ents for e in block if e.label_ in PLACE_LABELS):
        span = _strip_designators(e)[0]
        if span is not None:
            out.add(fold(span.text))
    return out


def found_votes(mentions: Sequence[Mention], votes: set[str]) -> set[str]:
    """Names the article's words call a place FOUND_VOTES_MIN times or more where spaCy tagged no place ('Aleppo'
    tagged NORP, a language or nothing in five sentences), or once where the name is no guess (a dateline:
    'IMMOKALEE –') or its words vouch for it as the model's tag would: a designator ('in the small town of Kasba
    Bonli', tagged a facility; not a capitalised one that may be the name's own, Mention.capital_designator) or a
    cue (Mention.cued: 'driving to Castlegar'). They vote as place_votes' do, for a sentence where the model tags the
    same name a person's ('The surrender of Aleppo's remaining ... neighborhoods', 'Back in Kasba Bonli, groups of
    young men'). A name read only for its preposition (Mention.local) is no vote: resolve.in_context may yet drop
    it."""
    counts: dict[str, int] = {}
    sure = set()
    for m in mentions:
        if m.local:
            continue
        key = fold(m.name)
        counts[key] = counts.get(key, 0) + 1
        if not m.guess or m.cued or m.hint and not m.capital_designator:
            sure.add(key)
    return {k for k, n in counts.items() if n >= FOUND_VOTES_MIN or k in sure} - votes


def _named_in(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """The place a public body's, a law's or an event's name holds (_embedded, cut_short, _held_in), marked as read
    from that name (Mention.named_in): 'worked with Seattle Fire and Police at every Seattle Seahawks home game' (the
    team tagged a person's full name) is the city's police and fire service, a place mention (audit guide, names
    inside names), not a word of a person's name."""
    found = _embedded(block, ent, gz) or owner_body(block, ent, gz) or cut_short(block, ent, gz)
    found = found or _held_in(block, ent, gz)
    for each in found:
        each.named_in = True
    return found


def block_mentions(block: int, doc: Doc, ents: Sequence[Span], gz: Gazetteer, votes: set[str]) -> list[Mention]:
    out: list[Mention] = []
    taken: set[int] = set()
    bare = (_after_bare_dateline(_before_open_bracket(_before_closing_dash(e))) for e in ents)
    for whole in (_after_party_letter(_before_verb(_before_score(e), gz), gz) for e in bare):
        parts = _comma_parts(whole, gz)
        for ent in list_parts(whole, gz) if parts == [whole] and whole.label_ in RESCUE_LABELS else parts:
            found = _town_after_dash(block, ent, gz)
            facility = _county_facility(ent)
            m = None if found or facility else _from_entity(block, ent, gz, votes)
            embeds = ent.label_ in EMBEDDING_LABELS or facility
            if not found and m is not None and _body_tagged_place(ent, m, gz):
                found = _named_in(block, ent, gz)
            if not found:
                found = [m] if m is not None else _named_in(block, ent, gz) or _owner(block, ent, gz) if embeds else []
            for each in found:
                each.label = ent.label_
                out.append(each)
                taken.update(range(each.start, each.end))
    for m in seat_mentions(block, doc, gz):
        # 'Rochford and Southend East', 'the MP for Falkirk West': the seat's whole item is the span; a mention the
        # model's entity gave inside it ('Southend') gives way
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        if not any(o.start < m.end and m.start < o.end for o in out if o not in inside):
            out = [o for o in out if o not in inside]
            taken.difference_update(*(range(o.start, o.end) for o in inside))
            # 'Tiverton and Honiton' with Honiton tagged a place: the model's tag still vouches for that item
            m.guess = m.guess and not any(not o.guess and fold(o.name) == fold(m.name) for o in inside)
            out.append(m)
            taken.update(range(m.start, m.end))
    out = _with_article_regions(out, taken, block, doc, gz)
    datelines = _datelines(block, doc, gz)
    for m in datelines:
        # 'ST. LOUIS –' tagged as two names 'ST' and 'LOUIS': the dateline is the one name; 'PRAGUE (Reuters) -'
        # tagged an organisation: the dateline is no guess (resolve.in_context keeps a guess only near other places);
        # 'KHAN YOUNIS, GAZA —' with 'GAZA' tagged: the dateline reads the short name in capitals the gazetteer takes
        # for initials (untagged._shouted_short_name)
        inside = [o for o in out if m.start <= o.start and o.end <= m.end]
        if len(inside) > 1 or inside and (inside[0].guess or _read_only_as_dateline(inside[0], m, gz)):
            out = [o for o in out if o not in inside]
            taken.difference_update(range(m.start, m.end))
    found = [*_compounds(block, doc, gz), *_untagged(block, doc, gz, votes), *_bodies(block, doc, gz)]
    found += _road_feature_towns(block, doc, gz) + _lower_case_regions(block, doc, gz)
    found += _compass_regions_beside(block, doc, gz)
    found += _untagged_portfolio(block, doc, gz) + _untagged_bodies(block, doc, gz) + _portfolio_for(block, doc, gz)
    found += [m for e in ents for m in _bracketed_country(block, e, gz)]
    # 'the US Embassy Beijing': the sending state read from the body's name above, the town where it stands here
    found += [m for e in ents for m in town_after_mission(block, e, gz)]
    for m in [*datelines, *found, *_office_of(block, doc, gz)]:
        if not taken.intersection(range(m.start, m.end)):
            out.append(m)
            taken.update(range(m.start, m.end))
    return _widen(_shared_tails(out, doc, gz), doc, gz)


def _with_article_regions(out: list[Mention], taken: set[int], block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """The mentions with article_regions' ('fires in the Amazon'); an entity's mention inside one whose name the
    gazetteer does not know gives way ('the Amazon basin' with 'Amazon' tagged a place alone: the region's short name
    is no alias of it). `taken` follows the mentions."""
    for m in article_regions(block, doc, gz):
        inside = [o for o in out if o.start < m.end and m.start < o.end]
        if all(m.start <= o.start and o.end <= m.end and not gz.lookup(o.name) for o in inside):
            out = [o for o in out if o not in inside] + [m]
            taken.difference_update(*(range(o.start, o.end) for o in inside))
            taken.update(range(m.start, m.end))
    return out


def _read_only_as_dateline(entity: Mention, dateline: Mention, gz: Gazetteer) -> bool:
    """The dateline's reading of a name looks it up where the model's entity of the same words does not: 'GAZA' in
    'KHAN YOUNIS, GAZA —', read as initials from the entity, as 'Gaza' from the dateline."""
    return not gz.lookup(entity.name) and bool(gz.lookup(dateline.name))


def _body_tagged_place(ent: Span, m: Mention, gz: Gazetteer) -> bool:
    """'A spokewoman from the East of England Ambulance Service said' (tagged a place whole): a name the model tagged a
    place that ends in an institution's head word (data: institution_heads) and that the gazetteer does not know
    whole is read as a public body's name (_embedded), its leading region the place."""
    return (
        ent.label_ in PLACE_LABELS
        and len(ent) > 2
        and ent[-1].lower_ in word_set("institution_heads")
        and not gz.lookup(m.name)
    )


def _county_facility(ent: Span) -> bool:
    """'the Winnebago County and Hancock County Courthouses': a county's facility the model tagged a place is read
    as a body's name (_embedded: data county_body_heads), its county the place, not as a place of that name."""
    return ent.label_ in PLACE_LABELS and len(ent) > 2 and ent[-1].lower_ in word_set("county_body_heads")
