"""One entity (or one part of it) made into a Mention: its name, its span as written and its hint.

Decisions: a GPE/LOC entity is a mention unless not_places.py says the name is part of a longer one or a person's; an
ORG/PERSON/FAC/PRODUCT/NORP span is rescued when the gazetteer knows it and something says it is a place (rescue.py), a
guess unless it is a nickname ('the Palmetto State'); a date, a language or an event tag on a bare name is read as
strictly as a person's name ('in Manbij near the Turkish border'). The span keeps the designators written with the name,
the looked-up name does not; a designator before 'of' heads the next name ('the Hunan city of Yueyang'; after a large
city's name, before a part's: 'the London borough of Haringey', the city no borough); a lesser area's
word before a state's name is the state's part ('the Southern District of Ohio'); 'a U.S. city' and 'the Illinois city's
cases' name the country and the state, not a town; a word for a town's quarter after a known name ('the Crown Heights
neighborhood') makes it a locality; lower-case words closing an entity the gazetteer does not know whole are a common
noun's ('Pacific equatorial' before 'region', 'Penarth beach'): the name before them is the place, of no kind. A
title's small word ('For', 'La') is no name, but a city's initials the nicknames list ('LA', 'L.A.') standing alone
(_city_initials_alone) are the city.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.symbols import ADJ
from spacy.tokens import Span, Token

from ...nlp import text_of
from ...normalize.places import LOCAL_TYPES, TOWN_TYPES, Gazetteer, fold
from .bodies import city_of_street
from .designators import (
    _designator_after,
    _designator_before,
    _strip_designators,
    names_own_town,
    town_part,
    unit_of_area,
)
from .name_kinds import (
    _state_name,
    compass_part,
    is_nickname,
    spelled_saint,
    strong_name,
    town_written_short,
    towns_named,
)
from .not_places import (
    after_company_name,
    after_hyphen_word,
    after_person_title,
    after_unknown_name,
    before_and_the_title,
    before_group_number,
    before_road_number,
    before_split_name,
    before_unknown_name,
    called_title,
    horse_name,
    in_campus_name,
    in_foreign_party_name,
    in_group_name,
    in_paired_name,
    in_party_name,
    in_title,
    in_venue_name,
    inside_name,
    qualifies_next_name,
    saints_possessive,
)
from .rescue import _place_cue, _rescued, coded_list_item, cued, plural_after_the, the_town_after, world_city_role
from .teams import town_plays_team
from .untagged import _before_person_noun
from .words import (
    PLACE_LABELS,
    RESCUE_LABELS,
    RESCUE_MIN_POPULATION,
    Mention,
    bare_name,
    designators_after_by,
    is_possessive,
    looks_like_name,
    word_set,
)

ARTICLES = frozenset({"the", "a", "an"})


def _from_entity(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """One entity made into a Mention, or None: its span, name and kind settled first, then read as its label asks."""
    if ent.label_ not in PLACE_LABELS and ent.label_ not in RESCUE_LABELS:
        # dates, numbers, laws: none is a place, so none is worth the look-ups below, but for a bare name the model
        # misread ('in Manbij near the Turkish border' tagged a date): rescued as strictly as a person's name
        return _misread(block, ent, gz, votes) if bare_name(ent) else None
    span, hint = _strip_designators(ent, gz)
    if span is None or not looks_like_name(span.text) or _small_word(span, gz):
        return None  # 'Nominee For County Judge': a title-case headline's small word before a designator is no name
    # a compass part of a state or county ('Central Suffolk') is name_kinds.compass_part's, read without candidates
    part = None if hint or compass_part(span.text, gz) else town_part(span, gz)
    if part is not None:
        return _town_part(block, ent, span, part, gz)
    capital = hint is not None and _capital_designator(ent, span)
    tail = _noun_tail(span, gz)
    if tail:
        # 'the eastern Pacific equatorial region' (LOC 'Pacific equatorial'): a lower-case word after the name is a
        # common noun's ('the equatorial region' of the Pacific), so the name before it is the place, of no kind a
        # designator after the words gives
        span, hint = span[: len(span) - tail], None
    # the span is the mention as written, designators included ('Awat county'); `name` is what is looked up, its
    # saint spelled out where only that is known ('St Eustatius'); a direction before the name ('north west London')
    # and a possessive after it are left out
    name = spelled_saint(span.text, gz)
    after = _designator_after_name(ent, span, name, hint, bool(tail), gz)
    if after is None:
        return None
    end, hint = after
    hint, end, state_part = _designator_before_name(ent, span, name, hint, end, gz)
    read = _Read(block, ent, span, name, hint, end, capital)
    if ent.label_ in PLACE_LABELS:
        return _tagged_place(read, state_part, gz)
    return _rescued_span(read, gz, votes)


def _small_word(span: Span, gz: Gazetteer) -> bool:
    """A title's small word ('For', 'La'), unless written as a city's initials the gazetteer knows ('LA': Los
    Angeles; places_names.json nicknames) and standing alone (_city_initials_alone)."""
    if fold(span.text) not in word_set("title_small_words"):
        return False
    return not (is_nickname(span.text, gz) and _city_initials_alone(span))


def _city_initials_alone(span: Span) -> bool:
    """Initials in a sentence with lower-case words (a heading in capitals, 'LA CAÍDA', is Spanish), after no
    capitalised word but a compass word ('in South LA'): 'the ICA LA' closes a museum's name. Not after a hyphen or a
    slash ('(D-LA)': areas.party_codes reads a legislator's state there), nor before a state's office (data:
    state_titles_after): 'LA Gov.' is Louisiana's postal code."""
    if not any(c.islower() for c in span.sent.text):
        return False
    if span.end < len(span.doc) and span.doc[span.end].text in {t.split()[0] for t in word_set("state_titles_after")}:
        return False
    if span.start == span.sent.start:
        return True
    before = span.doc[span.start - 1]
    if before.text in ("-", "–", "/"):
        return False
    return not before.text[:1].isupper() or before.lower_ in word_set("compass_words")


def _noun_tail(span: Span, gz: Gazetteer) -> int:
    """How many lower-case words close the span as a common noun's ('Pacific equatorial'): where the gazetteer knows
    the name before them, not the whole."""
    tail = 0 if gz.lookup(span.text) else _lower_tail(span)
    if tail and not gz.lookup(span[: len(span) - tail].text):
        tail = 0
    return tail


def _designator_after_name(
    ent: Span, span: Span, name: str, hint: str | None, tail: bool, gz: Gazetteer
) -> tuple[int, str | None] | None:
    """Where the mention ends and its kind, as the words after the name say: None where they head the next name."""
    end = ent.end_char if span.end == ent.end or not _people_or_possessive(ent[-1]) else span.end_char
    after_end, after_hint = _designator_after(ent)
    if after_hint and _office_designator_after(ent):
        # 'Bronx city councilmember', 'the Alameda County District Attorney': the designator opens the office's name,
        # so the mention stops at the place's last word; a lower-case one still says the place's kind (the city's
        # council), one after the entity's own designator ('County District') says nothing of the place
        own = designators_after_by(0).get(ent[-1].lower_)
        after_end = ent.end_char
        after_hint = None if own or not ent.doc[ent.end].is_lower else after_hint
    if tail:
        end, after_hint = span.end_char, None
    own_hint = hint
    if after_hint:
        end, hint = after_end, hint or after_hint
    elif not hint and _before_quarter_word(ent) and gz.lookup(name) and not _state_name(name, gz):
        # 'the Crown Heights neighborhood of Brooklyn': a part of a town the gazetteer knows (one it does not would
        # be a record with no point)
        hint = "locality"
    if hint and hint != "admin1" and _before_of(ent, end) and _state_name(name, gz):
        hint, end = None, span.end_char  # 'the Hunan city of Yueyang': the word heads the next name
    elif hint and hint != "admin1" and _city_before_its_part(name, text_of(ent.doc), end, gz):
        hint, end = None, span.end_char  # 'the London borough of Haringey': the word heads the next name
    elif after_hint and not own_hint and _before_of(ent, end) and not strong_name(name, gz, cities=True):
        return None  # 'the southern Gazan city of Rafah': a people's adjective before the next name's designator
    return end, hint


def _office_designator_after(ent: Span) -> bool:
    """The one designator word right after the entity opens an office's or a body's name (data office_designators
    before office_designator_nouns): 'Bronx city councilmember', 'Alameda County District Attorney', 'the Patna
    district magistrate'. A capitalised one after a name without its own designator ('Orange County Sheriff') is the
    place's name and stays: it is read only lower-case or after the entity's own designator ('County District')."""
    doc, at = ent.doc, ent.end
    if at + 1 >= len(doc) or doc[at].lower_ not in word_set("office_designators"):
        return False
    if doc[at + 1].lower_ not in word_set("office_designator_nouns"):
        return False
    return doc[at].is_lower or bool(designators_after_by(0).get(ent[-1].lower_))


def _designator_before_name(
    ent: Span, span: Span, name: str, hint: str | None, end: int, gz: Gazetteer
) -> tuple[str | None, int, bool]:
    """The kind, the end and whether the name is a state's part, as a designator before it or a word about what
    follows it says."""
    before = _designator_before(ent)
    # 'the Southern District of Ohio', 'the region of Tuscany': a state's name after a lesser area's word is the state
    # (and 'the Western District of New York' is the state's part, not New York City)
    state_part = before == "admin2" and _state_name(name, gz)
    hint = hint or (None if state_part else before)
    own_town = hint == before and names_own_town(ent)  # 'according to the city of Turkey': the town's own name
    if hint in LOCAL_TYPES and not own_town and any(gz.places[i].place_type == "country" for i in gz.lookup(name)):
        # 'a U.S. city', 'the U.S. District Court': the word is about what follows, the country is the place
        hint, end = None, span.end_char
    elif _unnamed_state_of(hint, name, gz):
        hint, end = None, span.end_char
    elif hint in TOWN_TYPES and _state_word_before_noun(ent, span, name, gz):
        hint, end = None, span.end_char
    return hint, end, state_part


class _Read(NamedTuple):
    """An entity as _from_entity has read it: its block, the entity, the span of the mention as written, the name
    looked up, the kind a designator gives, where the mention ends, and whether a capitalised designator names it."""

    block: int
    ent: Span
    span: Span
    name: str
    hint: str | None
    end: int
    capital: bool


def _tagged_place(read: _Read, state_part: bool, gz: Gazetteer) -> Mention | None:
    """A GPE/LOC entity is a mention unless not_places.py says its name is part of a longer one or a person's."""
    block, ent, span, name, hint, end, capital = read
    if _not_a_place(ent, name, gz):
        return None
    if hint == "city" and ent.text.endswith(" City") and not gz.lookup(name):
        return None  # 'the Cloud City', 'Emerald City': a capitalised City after an unknown word is a whole name
    start = span.start_char
    if ent.text.lower().startswith("the ") and span.start == ent.start + 1 and not _cut_before_of(ent, end):
        start = ent.start_char
    return Mention(block, start, end, name, hint, governed=state_part, capital_designator=capital)


def _not_a_place(ent: Span, name: str, gz: Gazetteer) -> bool:
    """A place-tagged entity whose words make it another thing's name or a part of one (not_places.py)."""
    return (
        fold(name) in word_set("not_places")
        or after_person_title(ent)
        or after_hyphen_word(ent, gz)
        or after_company_name(ent, name, gz)
        or inside_name(ent)
        or in_party_name(ent)
        or in_group_name(ent)
        or in_title(ent)
        or in_campus_name(ent)
        or saints_possessive(ent, name, gz)
        or before_and_the_title(ent, gz)
        or after_unknown_name(ent, name, gz)
        or before_unknown_name(ent, name, gz)
        or before_split_name(ent, name, gz)
        or in_paired_name(ent, gz)
        or qualifies_next_name(ent, name)
        or before_road_number(ent)
        or before_group_number(ent)
        or in_foreign_party_name(ent)
        or in_venue_name(ent)
        or horse_name(ent)
        or called_title(ent)
    )


def _rescued_span(read: _Read, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """An ORG/PERSON/FAC/PRODUCT/NORP span: a place where the gazetteer knows it and the article says it is one."""
    block, ent, span, name, hint, end, capital = read
    if (
        after_hyphen_word(ent, gz)
        or saints_possessive(ent, name, gz)
        or before_road_number(ent)
        or horse_name(ent)
        or called_title(ent)
    ):
        return None
    if _rescued(name, ent.label_, hint, gz, votes, span) or _place_cue(ent, span, gz):
        # a nickname is no guess: 'the Palmetto State' names nothing but South Carolina
        # nor is a town of a list of towns with their airports' codes ('Bangalore (BLR)' beside 'Shanghai Pudong (PVG)')
        guess = not is_nickname(name, gz) and not (span.end == ent.end and city_of_street(span, gz))
        guess = guess and not coded_list_item(span, gz) and not plural_after_the(span, gz)
        metonym = world_city_role(ent, span, name, gz)  # 'For Hyderabad, ...': the city for its team
        guess = guess and not metonym
        m = Mention(block, span.start_char, end, name, hint, strong=False, guess=guess, capital_designator=capital)
        m.residents = _before_residents(ent, span)
        m.cued = span.start == ent.start and cued(ent, gz)
        m.metonym = metonym
        return m
    return (
        _whole_line_town(block, ent, name, gz)
        or _home_town(block, ent, span, name, gz)
        or _the_town(block, ent, span, gz)
        or _designated_unknown(read, gz)
        or _voted_unknown(read, gz, votes)
        or _unit_of_area(read, gz, votes)
        or _team_town(read, gz)
    )


def _team_town(read: _Read, gz: Gazetteer) -> Mention | None:
    """'before holding Fulham to a draw at Craven Cottage' (tagged an organisation): a whole ORG entity that is a
    town's own name playing a rival team's part in a game report is the town standing for its club
    (teams.town_plays_team), a guess resolve.in_context keeps beside the article's places. Only ORG: a PERSON span in
    a rival's part is a player's more often ('a foul against Lincoln')."""
    block, ent, span, name, hint, end, capital = read
    if ent.label_ != "ORG" or span.start != ent.start or span.end != ent.end or hint:
        return None
    if not town_plays_team(span, gz):
        return None
    m = Mention(block, span.start_char, end, name, hint, strong=False, guess=True)
    m.metonym = True  # the town for its club: a person's name of the word elsewhere does not make it the person's
    return m


def _designated_unknown(read: _Read, gz: Gazetteer) -> Mention | None:
    """'The city of Uglii was closed', 'in the province of Khyber Pukhtunkhwa' (a spelling the gazetteer lacks,
    tagged a person), 'the village of Xinmo' (tagged a facility): a lower-case designator and 'of' right before a
    whole entity of capitalised words the gazetteer does not know say it is a place of that kind, unresolved, as an
    unknown place tagged one is (SPEC: a real place the gazetteer does not know). Only after 'the': "Cairo's gated
    suburb of Madinaty" is right too, but the scored news_gold counts an unresolved place it resolves as wrong, and
    this reading is kept to the plainest naming. Not in a title-case headline ('State of Emergency': the designator
    capitalised) nor a name the gazetteer knows (rescue.py reads those)."""
    block, ent, span, name, hint, end, capital = read
    doc = ent.doc
    if hint is None or _designator_before(ent) != hint or span.end != ent.end or gz.lookup(name):
        return None
    if span.start != ent.start and not (span.start == ent.start + 1 and ent[0].lower_ == "the"):
        return None
    if ent.start < 3 or doc[ent.start - 1].lower_ != "of" or not doc[ent.start - 2].is_lower:
        return None
    if doc[ent.start - 3].lower_ != "the":  # 'the city of', naming; not "Cairo's gated suburb of Madinaty"
        return None
    if len(span) > 3 or not all(t.is_title or t.is_punct for t in span):
        return None
    return Mention(block, span.start_char, end, name, hint, strong=False)


def _voted_unknown(read: _Read, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """'tourists were marooned in Uglii as a result' (tagged an organisation) beside 'The city of Uglii was closed':
    a whole entity of one to three capitalised words the gazetteer does not know, right after a locative preposition
    (data: locative_prepositions), is the place the article calls so elsewhere (votes: the model's place tags, the
    names the first reading found: _designated_unknown's), unresolved as that one is. No evidence in the sentence
    speaks against it, and _rescued, which wants the gazetteer to know the name, cannot read it; an unknown name the
    article never calls a place stays no place ('invested in Acme')."""
    block, ent, span, name, hint, end, capital = read
    doc = ent.doc
    if span.start != ent.start or span.end != ent.end or ent.start == 0 or fold(name) not in votes:
        return None
    if doc[ent.start - 1].lower_ not in word_set("locative_prepositions") or gz.lookup(name):
        return None
    if len(span) > 3 or not all(t.is_title for t in span):
        return None
    return Mention(block, span.start_char, end, name, hint, strong=False)


def _unit_of_area(read: _Read, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """ "Odisha's Kandhamal district" (the name tagged NORP): the whole entity, or the entity less its designator, is an
    administrative unit the gazetteer lacks (designators.unit_of_area); nothing of the entity after the designator."""
    block, ent, span, name, hint, end, capital = read
    if span.start != ent.start:
        return None
    m = unit_of_area(block, span, gz, votes)
    return m if m is not None and m.end >= ent.end_char else None


def _town_part(block: int, ent: Span, span: Span, part: tuple[Span, str], gz: Gazetteer) -> Mention | None:
    """'Upper Edmonton' (tagged ORG as often as a place), 'Montreal East Mayor Robert Coutu': the whole name a part of
    the town within it (designators.town_part), looked up by the town's name; not inside another name."""
    town, kind = part
    if inside_name(ent) or in_party_name(ent) or in_group_name(ent) or in_title(ent) or after_hyphen_word(ent, gz):
        return None
    return Mention(block, span.start_char, span.end_char, town.text, town_part=kind)


def _the_town(block: int, ent: Span, span: Span, gz: Gazetteer) -> Mention | None:
    """'on the Near North Side' (tagged FAC): a populated place's own name after 'the' and a locative preposition
    (rescue.the_town_after); a guess kept only near the article's places (resolve.in_context), the span without its
    article."""
    if not the_town_after(ent, span, gz):
        return None
    return Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True, near_only=True)


def _home_town(block: int, ent: Span, span: Span, name: str, gz: Gazetteer) -> Mention | None:
    """'BANTAM — A Danbury stonework mason was arraigned' (tagged ORG): a town's name, the whole entity, before a
    person's noun says where the person is from (untagged._before_person_noun); a local guess resolve.in_context
    keeps only beside the article's places ('a Ford worker' names no town)."""
    if ent.label_ not in ("ORG", "PERSON") or span.start != ent.start or span.end != ent.end:
        return None
    if not _before_person_noun(ent) or not towns_named(name, gz):
        return None
    m = Mention(block, ent.start_char, ent.end_char, name, strong=False, guess=True)
    m.local = True
    return m


def _before_residents(ent: Span, span: Span) -> bool:
    """'Nelson residents will find it even easier': the whole entity is the name and a lower-case word for its
    people or its local government follows (town_people_words); not a part of a place ('the Copperfield area')
    nor a capitalised designator ('Pelican Town')."""
    doc = ent.doc
    if span.start != ent.start or span.end != ent.end or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.is_lower and after.text in word_set("town_people_words")


def _whole_line_town(block: int, ent: Span, name: str, gz: Gazetteer) -> Mention | None:
    """'Aylesbury' (tagged ORG), 'Tunbridge Wells' (tagged PERSON) alone in their blocks: a list's item that is one
    town's name and nothing else, read as the untagged one is (untagged._whole_line): a local guess resolve.in_context
    keeps only in the country or beside the places the article's other names vouch for. The model's tag on a name
    with no sentence around it says little. Not a name two towns of one country share: with no sentence to say which,
    the resolver's pick by nearness was wrong on the audit pages ('Ashford' in a list of seats read as Ashford,
    Surrey, not Kent's; 'Burton' as a Lincolnshire village, not Burton upon Trent)."""
    if ent.start != 0 or ent.end != len(ent.doc) or ent.text != name:
        return None
    named = towns_named(name, gz) or town_written_short(name, gz)  # 'Tunbridge Wells' of Royal Tunbridge Wells
    towns = [p.country_code for p in named if p.place_type in TOWN_TYPES]
    if not named or len(towns) != len(set(towns)):
        return None
    m = Mention(block, ent.start_char, ent.end_char, name, strong=False, guess=True)
    m.local = True
    return m


def _capital_designator(ent: Span, span: Span) -> bool:
    """The entity closes with a capitalised designator that may be the name's own ('Bains and Grants Town', a
    Bahamas district; data: name_designators): the stripped name is the place only where the article backs it."""
    if span.end >= ent.end:
        return False
    word = ent.doc[span.end]
    return word.is_title and word.lower_ in word_set("name_designators")


def _lower_tail(span: Span) -> int:
    """How many lower-case words close a name that opens with a capitalised one ('Pacific equatorial'): 0 for
    most. Only words of letters: 'Rothenburg ob der Tauber' ends in a capital."""
    n = 0
    while n < len(span) - 1 and span[len(span) - 1 - n].is_lower and span[len(span) - 1 - n].is_alpha:
        n += 1
    return n if n < len(span) and span[0].is_title else 0


def _people_or_possessive(tok: Token) -> bool:
    return is_possessive(tok) or tok.lower_ in word_set("people_plurals")


def _misread(block: int, ent: Span, gz: Gazetteer, votes: set[str]) -> Mention | None:
    """A bare name the model tagged a date, a language or an event: a place when a person's would be (_rescued
    with PERSON's rules: a country, a name the article calls a place) or the words around it say so (_place_cue:
    'killed in Aleppo', 'of Hugo, Oklahoma'). Not a designator alone: 'the southern English city of Salisbury',
    and 'Giza's Haram district' is no Norwegian district the gazetteer knows."""
    if fold(ent.text) in word_set("people_words"):
        return None  # 'English' tagged a language is one
    name = spelled_saint(ent.text, gz)
    if not (_rescued(name, "PERSON", None, gz, votes) or _place_cue(ent, ent, gz)):
        return None
    m = Mention(block, ent.start_char, ent.end_char, name, strong=False, guess=True)
    m.cued = cued(ent, gz)
    return m


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


def _unnamed_state_of(hint: str | None, name: str, gz: Gazetteer) -> bool:
    """'A US state has permanently revoked the medical licence': a state's or a province's word after a country's name
    is about an unnamed state of that country, as 'a U.S. city' is about a town in it; the country is the place, the
    word no part of its span. Only where no sense of the name is a state itself: 'Mexico state' may be the State of
    Mexico."""
    if hint != "admin1":
        return False
    senses = [gz.places[i].place_type for i in gz.lookup(name)]
    return "country" in senses and "admin1" not in senses


def _before_quarter_word(ent: Span) -> bool:
    """'the Crown Heights neighborhood', 'the Cairns suburbs of Edmonton': a word for a part of a town right after the
    name (data: quarter_words) says the name is a town's or its part's; the word stays out of the span, which a
    state's or a country's name never takes ('a Texas neighborhood' is in the state)."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in word_set("quarter_words")


# ' of Haringey': 'of' and a capitalised name right after a designator
_OF_NAME = re.compile(r"\s+of\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _city_before_its_part(name: str, text: str, end_char: int, gz: Gazetteer) -> bool:
    """'in the London borough of Haringey', 'the London Borough of Hackney': a large city's own name (of
    RESCUE_MIN_POPULATION people or more, no state's or country's) before a lesser area's word, 'of' and a capitalised
    name that is no country's, state's or region's: the word heads the next name, a part of the city, and the city is
    the place of no kind ('London', not a borough called London). Before a larger area's name the word is the city's
    own ('Bhakkar district of Punjab')."""
    match = _OF_NAME.match(text, end_char)
    if match is None or strong_name(match.group(1), gz) or _state_name(name, gz):
        return False
    key = fold(name)
    senses = [gz.places[i] for i in gz.lookup(name)]
    return not any(p.place_type == "country" for p in senses) and any(
        p.place_type == "city" and fold(p.name) == key and p.population >= RESCUE_MIN_POPULATION for p in senses
    )


def _cut_before_of(ent: Span, end: int) -> bool:
    """'the London Borough of Hackney' (tagged 'the London Borough'): the designator cut from the entity's end heads
    the name after 'of', and so does its article; the mention is 'London'."""
    return end < ent.end_char and _before_of(ent, ent.end_char)


def _before_of(ent: Span, end_char: int) -> bool:
    """'the Hunan city of Yueyang': the designator after the name heads the next name, not this one."""
    return bool(re.match(r"\s+of\s", text_of(ent.doc)[end_char : end_char + 4]))
