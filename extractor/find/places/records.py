"""The place finder: mentions found, filtered, resolved, and returned as candidate records.

find_places runs the steps in order: mentions (mentions.py and the modules it names; the blocks that hold a name
the first reading found read again with it as a vote, mentions.found_votes) and their candidates, the
items of a list before a plural designator (plural_lists.py), postal codes, a country's initials and named areas
(areas.py), names that are no place dropped (not_places.py), one sense per name (resolve.py; a league's short
regional name playing a team, 'Carolina beat Chicago', set to its teams' state after, so it is no context for the
others), a distant small town playing a team in a state's school roundup dropped (teams.py), then each mention's
own words (areas.py) and its record: name, place_type, country_code, lat, lon, gazetteer_id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ...nlp import text_of
from ...normalize.places import (
    ADMIN_TYPES,
    AREA_TYPES,
    STATE_TYPES,
    SUBDIVISION_TYPES,
    TOWN_TYPES,
    Gazetteer,
    Place,
    fold,
    gazetteer,
)
from ..candidates import PlaceCandidate
from .abroad import unsupported_abroad
from .areas import (
    bare_state_codes,
    cities_in_lists,
    codes_closing_names,
    countries_in_lists,
    country_initials,
    mark_containers,
    narrow_to_named_area,
    near_neighbours,
    parts_of_towns,
    party_codes,
    placed_away,
    postal_codes,
    region_initials,
    sense_of,
    state_codes_alone,
    state_codes_in_names,
    states_in_lists,
    town_parts,
    untagged_state_codes,
)
from .designators import unbacked_designated
from .district import capital_district
from .institutions import (
    campus_towns,
    company_attributive,
    division_in_brackets,
    employer_after_title,
    employer_elsewhere,
    employers_named,
    in_shortened_name,
    police_district,
    publication_appositive,
    publication_with_the,
    state_school,
    town_before_national_office,
    town_in_club_name,
    university_name,
)
from .lists import between_towns, listed_towns
from .mentions import block_mentions, found_votes, place_votes
from .name_kinds import compass_part, compass_part_point, county_short_form, is_nickname, short_form_towns
from .not_places import (
    company_names,
    described_companies,
    event_heads_named,
    fictional_place,
    horses_named,
    in_described_company,
    in_firm_name,
    in_publication_name,
    listed_surnames,
    misread_full_names,
    mostly_people,
    named_things,
    people_names,
    persons_name,
    share_unknown_kinds,
    speaker_names,
    speaks_for_government,
    surnames,
    system_names,
    worth_keeping,
    written_with_area,
)
from .persons import (
    character_name,
    cited_as_source,
    ends_a_persons_name,
    given_an_age,
    in_author_list,
    nominee_line,
    persons_alias,
    reviewer_stamp,
    signature,
    subject_of_his,
)
from .phones import area_places
from .plural_lists import plural_designator_lists
from .resolve import Choice, choose_senses, in_context, is_weak, prefer_named_county
from .teams import (
    after_club_word,
    before_club_word,
    city_club,
    club_names,
    distant_team_towns,
    league_division,
    plays_as_club,
    plays_as_team,
    school_athlete,
    team_nickname_after,
    team_state,
    teams_named_as_parts,
)
from .uses import (
    address_unit,
    bare_head_word,
    common_noun_with_article,
    corner_street,
    currency_qualifier,
    food_variety,
    generic_word_alone,
    heads_an_of_name,
    in_hyphenated_name,
    listed_with_no_place,
    month_name,
    names_a_disease,
    names_a_language,
    names_a_planet,
    names_an_agreement,
    names_an_industry,
    people_word,
    quoted_alone,
    region_word_of,
    street_name,
    the_nickname_head,
    the_water_feature,
    transit_line,
    unit_eponym,
)
from .words import Mention, word_set

__all__ = ["find_places"]


def _overlaps(m: Mention, others: list[Mention]) -> bool:
    return any(o.start < m.end and m.start < o.end for o in others)


def find_places(
    docs: list[Doc], publisher: str | None = None, host_names: frozenset[str] = frozenset()
) -> list[PlaceCandidate]:
    """Candidates of kind "place": name, place_type, country_code, lat, lon, gazetteer_id.
    The whole article is passed so that its other places can disambiguate each one; `publisher` is the
    publication's country (ISO 3166-1) where known, `host_names` the labels of its page's host ('nowgrenada')."""
    gz = gazetteer()
    ents = [doc.ents for doc in docs]  # spaCy builds Doc.ents anew on each read
    mentions = _read_mentions(docs, ents, gz)
    _look_up(mentions, docs, gz)
    mentions = _add_untagged(mentions, docs, gz)
    mentions, people, codes = _drop_not_places(mentions, ents, docs, gz)
    named_codes = codes_closing_names(mentions, docs, gz)  # 'FrontCounter BC': read once the article's places are
    mentions = [m for m in mentions if not in_publication_name(m, docs, host_names)]
    _mark_sentences(mentions, docs)
    choices, bare = _one_sense_per_name(mentions, docs, gz, publisher)
    chosen = {k: c.sense for k, c in choices.items()}
    mentions = _drop_unsupported(mentions, docs, gz, choices, chosen, publisher)
    mentions += state_codes_alone(codes, mentions, gz, chosen)
    mentions += state_codes_in_names(named_codes, mentions, gz, chosen)  # where the article's places lie in the state
    mentions += town_parts(mentions, docs, gz, chosen, people)  # 'in Giza's Haram district'
    mentions += parts_of_towns(mentions, docs, gz, chosen)  # 'in the Coalpool area of Walsall'
    mentions.sort(key=lambda m: (m.block, m.start))
    mark_containers(mentions, docs)
    senses = _senses(mentions, docs, gz, choices, chosen, bare)
    return _records(mentions, senses, docs, gz, choices)


def _read_mentions(docs: list[Doc], ents: Sequence[Sequence[Span]], gz: Gazetteer) -> list[Mention]:
    """Each block's mentions, the blocks that hold a name the first reading found read again with it as a vote."""
    votes = place_votes(ents)
    found = [block_mentions(i, doc, ents[i], gz, votes) for i, doc in enumerate(docs)]
    more = found_votes([m for block in found for m in block], votes)
    if more:
        # a second reading, with the names the first one found, of the blocks that hold one of them: it only adds
        # mentions where the first found none (the dateline 'PLYMOUTH CO.' votes for no wider span of itself)
        votes = votes | more
        for i, doc in enumerate(docs):
            if any(key in fold(doc.text) for key in more):
                found[i] += [m for m in block_mentions(i, doc, ents[i], gz, votes) if not _overlaps(m, found[i])]
    return [m for block in found for m in block]


def _look_up(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> None:
    """Each mention's candidates: the gazetteer's places of its name, a town's short form's and a water feature's."""
    article = "\n".join(text_of(doc) for doc in docs)
    for m in mentions:
        m.candidates = gz.lookup(m.name)
        m.candidates = m.candidates + short_form_towns(m.name, m.candidates, gz)  # 'Henley': Henley-on-Thames
        m.candidates = m.candidates or county_short_form(m.name, m.strong, m.candidates, article, gz)  # 'Miami-Dade'
        m.candidates = the_water_feature(m, docs, gz)  # 'along the Peace River': the river, not the town


def _add_untagged(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> list[Mention]:
    """The places the entities missed: a list's items, postal codes, a country's initials, a capital's district."""
    mentions = plural_designator_lists(mentions, docs, gz)
    mentions += listed_towns(mentions, docs, gz)
    mentions += between_towns(mentions, docs, gz)
    mentions += postal_codes(mentions, docs, gz)
    mentions += party_codes(mentions, docs, gz)  # 'Robert Aderholt (R-AL)': the state the legislator represents
    mentions += country_initials(mentions, docs, gz)  # 'in post-apartheid SA' in a story of South Africans
    mentions += region_initials(mentions, docs, gz)  # 'the CIS' in a story of the Commonwealth of Independent States
    mentions += campus_towns(mentions, docs, gz)  # 'a team at UMass Amherst': the town the campus stands in
    mentions = capital_district(mentions, docs, gz)
    narrow_to_named_area(mentions, docs, gz)
    placed_away(mentions, docs, gz)
    return mentions


def _drop_not_places(
    mentions: list[Mention], ents: Sequence[Sequence[Span]], docs: list[Doc], gz: Gazetteer
) -> tuple[list[Mention], set[str], list[Mention]]:
    """The mentions that name no place dropped, with the names of people (town_parts reads them) and the state codes
    alone, set aside until the article's country is chosen."""
    others = company_names(ents, gz) | mostly_people(ents, gz) | misread_full_names(ents, gz)
    others |= described_companies(mentions, docs, gz) | listed_surnames(docs, gz)
    people, kept = people_names(ents, gz) | others, surnames(ents) | others
    speakers = speaker_names(docs)
    employers = employers_named(mentions, docs, gz)  # 'Head Chef at Iceland': the employer's, one sense per article
    named = named_things(mentions, docs)  # 'hurricanes ...: Harvey, Irma and Maria': the storms' names throughout
    named |= event_heads_named(docs)  # 'This year's Derby' after 'the 146th Kentucky Derby': the race throughout
    named |= horses_named(mentions, docs, gz)  # 'West Coast, with whom he had exchanged the lead': the horse throughout
    # 'from White House involvement': a building's or an institution's name a small town bears is no place but where
    # written with its area ('White House, Tenn.')
    named |= word_set("institution_names")
    clubs = club_names(mentions, docs, gz)
    teams = teams_named_as_parts(mentions, docs, gz)
    mentions = [m for m in mentions if m.candidates or fold(m.name) not in teams]
    share_unknown_kinds(mentions)  # 'marooned in Uglii' beside 'The city of Uglii'
    codes = bare_state_codes(mentions, docs, gz)  # 'in WA': read by the article's country once its places are chosen
    codes += untagged_state_codes(mentions, docs, gz)  # 'NSW' tagged a date
    mentions = [
        m
        for m in mentions
        if worth_keeping(m, gz)
        and not fictional_place(m, docs)
        and not persons_name(m, people, kept, docs, gz)
        and not (fold(m.name) in speakers and not speaks_for_government(m, gz))
        and not (fold(m.name) in named and not m.hint and not written_with_area(m, mentions, gz))
        and not _used_otherwise(m, docs, gz)
        and not plays_as_club(m, docs, clubs, gz)
        and not employer_elsewhere(m, docs, employers)
    ]
    return mentions, people, codes


def _one_sense_per_name(
    mentions: list[Mention], docs: list[Doc], gz: Gazetteer, publisher: str | None
) -> tuple[dict[str, Choice], dict[str, Choice]]:
    """Each name's sense (resolve.py) and its bare one; a league's short name set to its teams' state only after, so it
    is no context for the others."""
    choices, _, _, bare = choose_senses(mentions, gz, publisher, area_places([text_of(doc) for doc in docs], gz))
    prefer_named_county(choices, gz)
    for key, state in team_state(mentions, docs, gz).items():
        if key in choices:
            choices[key] = Choice(state, choices[key].score)
            bare.pop(key, None)
    return choices, bare


def _drop_unsupported(
    mentions: list[Mention],
    docs: list[Doc],
    gz: Gazetteer,
    choices: dict[str, Choice],
    chosen: dict[str, int],
    publisher: str | None,
) -> list[Mention]:
    """The mentions whose sense the article does not back dropped: a weak name, no place near, a team's far town."""
    mentions = [m for m in mentions if not is_weak(m, gz, choices.get(fold(m.name)))]
    mentions = in_context(mentions, gz, chosen)
    far_teams = distant_team_towns(mentions, docs, gz, chosen)
    mentions = [m for m in mentions if m.hint or fold(m.name) not in far_teams]
    systems = system_names(mentions, docs, gz, chosen)  # one sense per article: the system's name throughout
    mentions = [m for m in mentions if fold(m.name) not in systems or m.hint or m.narrowed]
    mentions = [m for m in mentions if not listed_with_no_place(m, docs, gz, chosen)]
    mentions = [m for m in mentions if not names_a_disease(m, docs, gz, chosen)]
    mentions = [m for m in mentions if not town_in_club_name(m, docs, gz, chosen)]
    return unsupported_abroad(mentions, gz, chosen, publisher, docs)


def _senses(
    mentions: list[Mention],
    docs: list[Doc],
    gz: Gazetteer,
    choices: dict[str, Choice],
    chosen: dict[str, int],
    bare: dict[str, Choice],
) -> list[int | None]:
    """Each mention's place: its name's sense, none where the article does not back it, a list's kind settled."""
    bare_chosen = {**chosen, **{k: c.sense for k, c in bare.items()}}
    senses = [sense_of(m, gz, chosen if m.hint else bare_chosen) for m in mentions]
    unbacked = unbacked_designated(mentions, gz, chosen)
    senses = [
        None if m.capital_designator and fold(m.name) in unbacked else i for m, i in zip(mentions, senses, strict=True)
    ]
    senses = [None if _abroad(m, choices) else i for m, i in zip(mentions, senses, strict=True)]
    cities_in_lists(mentions, senses, docs, gz)
    states_in_lists(mentions, senses, docs, gz)
    countries_in_lists(mentions, senses, docs, gz)
    return senses


def _records(
    mentions: list[Mention], senses: list[int | None], docs: list[Doc], gz: Gazetteer, choices: dict[str, Choice]
) -> list[PlaceCandidate]:
    """Each mention's record, at its anchor town's point where the gazetteer knows no place of its name near it, in
    its country only where its sense is a stray (resolve._strays)."""
    at = near_neighbours(mentions, senses, docs, gz)
    out = []
    for k, (m, i) in enumerate(zip(mentions, senses, strict=True)):
        record = _record(m, gz, i, docs)
        if k in at:
            record = _sitting_at(record, gz.places[at[k]])
        elif _stray(m, i, choices):
            record = _in_country_only(record)
        out.append(record)
    return out


def _stray(m: Mention, sense: int | None, choices: dict[str, Choice]) -> bool:
    """A bare mention still at its name's sense, a small town far from the places of a local story
    (resolve._strays): the town the article means is one the gazetteer lacks."""
    choice = choices.get(fold(m.name))
    return choice is not None and choice.stray and choice.sense == sense and not m.hint and not m.narrowed


def _in_country_only(record: PlaceCandidate) -> PlaceCandidate:
    """'They moved to Thornhill' in a story of Dewsbury's towns: a town of the country, as read (a town's sense
    reads as the locality it is), with no point and no gazetteer id (SPEC: a place the gazetteer does not know)."""
    kind = "locality" if record["place_type"] == "city" else record["place_type"]
    return {**record, "place_type": kind, "lat": None, "lon": None, "gazetteer_id": None}


def _abroad(m: Mention, choices: dict[str, Choice]) -> bool:
    """A bare mention whose sense is a small town abroad that only its nearness backs (resolve._abroad_by_distance):
    the place the article means is one the gazetteer lacks."""
    if m.placed_away:
        return True  # written with an area the gazetteer knows no place of its name in (areas.placed_away)
    choice = choices.get(fold(m.name))
    return choice is not None and choice.abroad and not m.hint and not m.narrowed


def _mark_sentences(mentions: list[Mention], docs: list[Doc]) -> None:
    """Where each mention's sentence starts: the namesake nearest the places of its own sentence is meant
    (resolve._nearest)."""
    for m in mentions:
        if not docs[m.block].has_annotation("SENT_START"):
            continue
        span = docs[m.block].char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            m.sentence = span[0].sent.start_char


def _used_otherwise(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """A name the article uses for another thing than the place: a word's sense, a part of a longer name or an
    address, a person's, a team's or a body's name."""
    return (
        _a_words_sense(m, docs, gz)
        or _part_of_a_name_or_address(m, docs, gz)
        or _a_persons_name(m, docs, gz)
        or _a_teams_name(m, docs, gz)
        or _a_bodys_name(m, docs, gz)
    )


def _a_words_sense(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name read as a word for a thing: a planet's in an article about space, a language's or a people's, a unit's
    eponym, a work's title quoted alone ('“Fargo,”'), a head word alone, a town's local nickname ('in the Springs'), a
    food, a common noun after 'a' ('a Buffalo that likes beef'), an industry's seat ('Hollywood movie'), a treaty's
    town ('the Kyoto protocol'), whose money a sum is, a month."""
    return (
        fold(m.name) in word_set("not_places")  # read from a span the model called an organisation: 'in Congress'
        or names_a_planet(m, docs)
        or names_a_language(m, docs)
        or unit_eponym(m, docs)
        or quoted_alone(m, docs)
        or bare_head_word(m)
        or generic_word_alone(m)
        or the_nickname_head(m, docs, gz)
        or food_variety(m, docs)
        or common_noun_with_article(m, docs, gz)
        or names_an_industry(m, docs)
        or names_an_agreement(m, docs, gz)
        or people_word(m, docs, gz)
        or currency_qualifier(m, docs, gz)
        or month_name(m)
    )


def _part_of_a_name_or_address(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name a word of a longer one: the head of a hyphenated name, a word of a region's name after a country's
    ('Niger Delta Development Commission'), the head word of a name with 'of' ('the Pueblo of Isleta'), a transit
    line's ('the Orange line' of a Metro station), an address's unit, a corner's other street, a street's ('in Church
    Street')."""
    return (
        in_hyphenated_name(m, docs)
        or region_word_of(m, docs, gz)
        or heads_an_of_name(m, docs, gz)
        or transit_line(m, docs)
        or address_unit(m, docs)
        or corner_street(m, docs)
        or street_name(m, docs, gz)
    )


def _a_persons_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name a person's here: a surname, a source cited, a person with an age, an author of a citation, a
    signature ('—Charlotte'), a nominee on an awards list ('Midland' under 'GROUP OF THE YEAR'), a review's author
    before its time stamp ('Charlotte 2019-07-19t00:00:00z'), a meme's name ('Florida Man'), an alias ('Mohanna
    Abdhou, 20, known as Montana')."""
    return (
        ends_a_persons_name(m, docs)
        or cited_as_source(m, docs)
        or given_an_age(m, docs, gz)
        or in_author_list(m, docs)
        or signature(m, docs)
        or nominee_line(m, docs)
        or reviewer_stamp(m, docs)
        or character_name(m, docs)
        or persons_alias(m, docs)
        or subject_of_his(m, docs)
    )


def _a_teams_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name a team's: one the gazetteer knows no place by, a team's full name, a club's town ('Real Madrid';
    'Manchester City' in a game's story), a school's athlete ('Salina South diver'), a league's division ('the West
    Division' in a sports story)."""
    return (
        # a team's name the gazetteer knows no place by is a school's ('Ralston Valley beat that same team'); a
        # town's or a state's standing for its team is the place (metonymy)
        (not m.candidates and plays_as_team(m, docs, gz))
        or team_nickname_after(m, docs, gz)
        or after_club_word(m, docs)
        or before_club_word(m, docs, gz)
        or city_club(m, docs)
        or school_athlete(m, docs, gz)
        or league_division(m, docs)
    )


def _a_bodys_name(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name a body's: a publication's, a police district, a town before a nation's office, a state's school, a
    university's bare name ('at Cornell'), an employer's short name after a staff title ('vice president ... at
    Alaska, said') or before a company's noun ('Alaska frequent flyers' beside 'Alaska Airlines'), a company's
    division in brackets ('Warner Bros. (Nashville)'), a word of a company's name the article describes ('Enterprise
    Scrum, a software company'), a partner's surname in a firm's name ('the law firm of Sheppard, Mullin, Richter,
    and Hampton'), an organisation's name written short after the article gave it in full ('Star of Honolulu' after
    'Star of Honolulu Cruises and Events')."""
    return (
        publication_with_the(m, docs, gz)
        or publication_appositive(m, docs)
        or police_district(m, docs)
        or town_before_national_office(m, docs, gz)
        or state_school(m, docs, gz)
        or university_name(m, docs, gz)
        or employer_after_title(m, docs, gz)
        or company_attributive(m, docs, gz)
        or division_in_brackets(m, docs, gz)
        or in_described_company(m, docs)
        or in_firm_name(m, docs, gz)
        or in_shortened_name(m, docs)
    )


def _record(m: Mention, gz: Gazetteer, index: int | None, docs: list[Doc]) -> PlaceCandidate:
    if m.hint and fold(m.name) in word_set("generic_feature_words") | word_set("people_words"):
        return _whole_name(m, docs)
    if index is None and m.capital_designator:
        # 'Bains and Grants Town': the designator is the name's own (unbacked_designated), the whole the place
        return _unresolved(m, _display(text_of(docs[m.block])[m.start : m.end]))
    if index is None:
        return _part_of(m, gz) or _unresolved(m)
    p = gz.places[index]
    if m.town_part and p.place_type in TOWN_TYPES:
        # 'the Greater Toronto Area': the whole name as written, at its town's point (designators.town_part)
        whole = _display(text_of(docs[m.block])[m.start : m.end])
        return _sitting_at(_unresolved(m, whole, m.town_part), p)
    if _misfits(m.hint, p.place_type):
        return _unresolved(m)
    place_type = p.place_type
    if m.hint and place_type in TOWN_TYPES and m.hint in SUBDIVISION_TYPES:
        place_type = "admin2"  # "Awat county": the county, located at its seat
    name = (
        p.name
        if p.place_type in AREA_TYPES | ADMIN_TYPES or fold(p.name) == fold(m.name) or is_nickname(m.name, gz)
        else _display(m.name)
    )
    return PlaceCandidate(
        block=m.block,
        start=m.start,
        end=m.end,
        kind="place",
        name=name,
        place_type=place_type,
        country_code=p.country_code,
        lat=float(p.lat) if p.lat is not None else None,
        lon=float(p.lon) if p.lon is not None else None,
        gazetteer_id=p.gazetteer_id,
    )


def _misfits(hint: str | None, kind: str) -> bool:
    """A town's or a county's designator on a country's sense ('the city of Georgia'), or a town's on a state's: the
    place meant is one the gazetteer lacks. A second-level word on a first-level sense fits (resolve._fits): 'the
    region of Catalonia' is the Spanish community, 'Fukushima prefecture' the Japanese one."""
    if hint == "admin2":
        return kind == "country"
    return hint in TOWN_TYPES and kind in STATE_TYPES


def _sitting_at(record: PlaceCandidate, anchor: Place) -> PlaceCandidate:
    """'the Crown Heights neighborhood of Brooklyn' where the gazetteer knows no Crown Heights near Brooklyn: the
    name and kind as read, at its anchor town's point and in its country (areas.near_neighbours), with no gazetteer
    id of its own. A town's sense far away reads as the locality it is ('Crown Heights' of Dutchess County's
    'locality')."""
    kind = "locality" if record["place_type"] == "city" else record["place_type"]
    return {
        **record,
        "place_type": kind,
        "country_code": anchor.country_code,
        "lat": float(anchor.lat) if anchor.lat is not None else None,
        "lon": float(anchor.lon) if anchor.lon is not None else None,
        "gazetteer_id": None,
    }


def _unresolved(m: Mention, name: str | None = None, place_type: str | None = None) -> PlaceCandidate:
    """A place the gazetteer has no sense for that a designator or head word vouches for: its name and kind only."""
    return PlaceCandidate(
        block=m.block,
        start=m.start,
        end=m.end,
        kind="place",
        name=name or _display(m.name),
        place_type=place_type or m.hint or "other",
        country_code=None,
        lat=None,
        lon=None,
        gazetteer_id=None,
    )


def _part_of(m: Mention, gz: Gazetteer) -> PlaceCandidate | None:
    """'West Wales', 'Southern California': a region in the country of the place it is part of, at the point
    name_kinds.compass_part_point gives (the part's rough centre from a table, or the whole's point where the whole is
    small), else with no coordinates of its own (the centre of a large whole can lie hundreds of kilometres from its
    part's: SPEC, a place the gazetteer does not know)."""
    whole = compass_part(m.name, gz)
    if whole is None:
        return None
    point = compass_part_point(m.name, whole, gz)
    return PlaceCandidate(
        block=m.block,
        start=m.start,
        end=m.end,
        kind="place",
        name=_display(m.name),
        place_type="region",
        country_code=whole.country_code,
        lat=point[0] if point else None,
        lon=point[1] if point else None,
        gazetteer_id=None,
    )


def _whole_name(m: Mention, docs: list[Doc]) -> PlaceCandidate:
    """'the Lake District', 'Indian Village': a common word (a feature's generic word, a people's word) before a
    designator is no place's name, the two together are one: the whole name as written, unresolved, and of no kind
    the designator gives (the Lake District is no county, Indian Village a neighbourhood)."""
    return _unresolved(m, _display(text_of(docs[m.block])[m.start : m.end]), "other")


def _display(name: str) -> str:
    """The name as written, title-cased when the text shouts it ('BEIRUT' in a dateline)."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return name.title() if name.isupper() and len(name) > 3 else name
