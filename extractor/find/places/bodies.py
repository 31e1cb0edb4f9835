"""Public bodies and offices: the jurisdiction named in a body's name or an office's title.

Decisions: a body's name gives its place at its start ('Kentucky State Police', 'Middlesex-London EMS': both), after its
last 'of' ('the Government of Canada', 'Ruler of Dubai'; an article after it is no part of the name, and a body's own
name there gives its leading name: 'the Office of the United States Trade Representative') or after a department's
portfolio ('Environment Canada'), only when its head word is an institution's (data: institution_heads), not a
company's, a school's or a paper's (organisation_heads), nor a members' body's or a charity's after another word of its
name ('The Vintners Federation of Ireland': member_body_heads); the name is a country's, a subdivision's, a county's or
a large city's outright, or any known town before a town's own body (local_body_heads: 'New Milford Police Department';
a public school system's two words outside any entity, school_system_heads: 'Owensboro Public Schools'), and then a
guess the article's other places must vouch for. A chamber's word after a country's or a state's own name ('Indiana
House Speaker', data: chamber_heads) makes it the chamber's jurisdiction. A people's word after the name ('the Free
Syrian Army') makes it the group's. A place's possessive opening an entity ("Venezuela's Ecological Mining Minister") is
the owner, a guess, and a body's name before a possessive inside an entity is read alone ('the Council of Europe’s
Common European Framework': owner_body); a large city's before a street's name ('on Glasgow’s Miller Street') is none
(city_of_street). Outside any entity: a town's body's capitalised head after proper nouns ('Glasgow Police', _bodies), a
run of proper nouns closed by an institution's head read as a body's name ('the first Ukraine Trade Mission to Nigeria',
_untagged_bodies), a department's portfolio before a country's or a state's name, the body word first ('Police
Scotland', _untagged_portfolio), or after it and 'for' ('Transport for Wales': _portfolio_for), and an office's title,
'of' (or 'to' after an envoy's, past the sending state's name: 'Ambassador ... of the Republic of Armenia to the Holy
See') and a country's or a state's name ('President of Ukraine Petro Poroshenko', _office_of), as a state's honorary
title does ("People's Artist of Armenia": data honour_titles). A body's or a facility's name the model closed early
('the Tianjin No' of 'the Tianjin No. 2 Detention Centre') is read widened over the capitalised words that go on with it
(cut_short).
Where a law holds or an event is held (_held_in): a law's name's leading place is its jurisdiction ('the California
Penal Code'); an event's name's leading place, its head last (data: event_heads), is where it is held ('the Venice
International Film Festival', 'the 2019 Los Angeles Auto Show', 'the Cannes Grand Prix' prize: audit guide, names
inside names), a name going on past the head ('the Boston Marathon Association') being a private body's, no place;
two names an unspaced hyphen joins opening an event's name are each a place where it is held or fought ('the
Nigeria-Ukrainian Business Forum', 'the Iran-Iraq War': _pair_places), a bilateral 'forum' counting as an event's head
there only (data: pair_event_heads). A place's own name closing an event's name after its head and 'of' ('the Summit of
the Americas', 'the Festival of Britain') is where it is held, or what it covers, as a leading place is
(_event_of_place). A union's initials opening capitalised nouns tagged one organisation before a policy's noun ('an EU
Aviation strategy': data policy_nouns), or before one closing the name in title case ('a new EU Aviation Strategy'), are
the policy's jurisdiction (_policy_of); a country's name there is not, as it opens a company's name as often ('the US
Steel plan').
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ...normalize.places import TOWN_TYPES, Gazetteer, fold
from .name_kinds import _own_name_of, _region_initials, _state_or_country, is_nickname, strong_name, towns_named
from .words import RESCUE_MIN_POPULATION, Mention, glued_dash, is_possessive, looks_like_name, token_runs, word_set

# a town's own name before an event's head is where the event is held from this size ('Cannes', 74,545; 'Venice',
# 51,298): a smaller town's name is as often the name of a resort or a valley the event is named after and held
# elsewhere ('Sundance', 'Glastonbury' of Connecticut beside the English village's festival)
EVENT_TOWN_MIN_POPULATION = 40_000

# the titles whose holder is sent 'to' a country ('Ambassador to the Holy See'); other titles' 'to' is no jurisdiction
ENVOYS = frozenset({"ambassador", "envoy", "consul"})


def _embedded(block: int, ent: Span, gz: Gazetteer, more_heads: frozenset[str] = frozenset()) -> list[Mention]:
    """The jurisdiction named in a public body's name: at its start ('Kentucky State Police', 'the U.S. Federal
    Trade Commission', 'Manitoba Premier', 'Middlesex-London EMS'), after its last 'of' ('the Government of Canada',
    'Ruler of Dubai') or after a department's portfolio ('Environment Canada'). Only when the body's head word is an
    institution's (data: institution_heads) and follows the leading name, or comes before the 'of'; not a company's
    ('Singapore Airlines'), a school's or a paper's (organisation_heads). The name is a country's, a subdivision's, a
    county's or a large city's outright, or, before a town's own body (local_body_heads: 'New Milford Police
    Department', 'Bantam Superior Court'), any town the gazetteer knows by its own name. A county's own name before
    a facility it runs ('the Lane County Jail': county_body_heads) or a party's body of the county ('the Travis County
    GOP', 'Travis County Democratic Party Chair Katie Naranjo': county_party_heads) is the county. `more_heads` count
    as the institution's (a public facility's words in a name the model cut short: cut_short)."""
    tokens = [t for t in ent if not is_possessive(t)]
    while tokens and tokens[0].lower_ in ("the", "a"):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:  # 'the Sustainable Energy Authority of Ireland (' cut before 'SEAI)'
        tokens = tokens[:-1]
    lowered = [t.lower_ for t in tokens]
    if len(tokens) < 2 or set(lowered) & word_set("organisation_heads") or _member_body(lowered):
        return []
    if _building_name(lowered) or _sports_body(lowered):
        return []
    cut = len(lowered) - 1 - lowered[::-1].index("of") if "of" in lowered else len(tokens)
    if _of_in_leading_name(tokens, cut, gz):
        cut = len(tokens)
    heads, doc = word_set("institution_heads") | more_heads, ent.doc
    local = word_set("local_body_heads")
    for n in range(min(4, cut - 1), 0, -1):  # leading: the head word after the name
        after = set(lowered[n:cut])
        if lowered[n] == "-" and not tokens[n - 1].whitespace_:  # 'Miami-Dade Police': the name goes on past 'Miami'
            continue
        if _people_word_after(doc[tokens[0].i : tokens[n - 1].i + 1].text, lowered[n], gz):
            continue
        if after & (word_set("county_body_heads") | word_set("county_party_heads")) and _own_name_of(
            doc[tokens[0].i : tokens[n - 1].i + 1].text, ("admin2",), gz
        ):
            return [_guess(block, doc[tokens[0].i : tokens[n - 1].i + 1])]
        if after & word_set("chamber_heads") and _state_or_country(doc[tokens[0].i : tokens[n - 1].i + 1].text, gz):
            # 'Indiana House': a chamber of the state's legislature
            span = doc[tokens[0].i : tokens[n - 1].i + 1]
            return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
        if lowered[n] == "regional" and after & (heads | local):
            region = _regional_municipality(block, doc[tokens[0].i : tokens[n - 1].i + 1], gz)
            if region:
                return region
        if after & (heads | local):
            found = _jurisdictions(
                block, doc[tokens[0].i : tokens[n - 1].i + 1], bool(after & heads), bool(after & local), gz
            )
            if found:
                return found
    # after 'of': a head word inside the name, or right before the 'of' ('Ruler of Dubai'); not only its first
    # word ('State Bank of India' is a company, its head 'Bank')
    if cut < len(tokens) - 1 and (set(lowered[1:cut]) | {lowered[cut - 1]}) & heads:
        # 'the Government of the United Kingdom': the article after 'of' is no part of the name
        first = cut + 1 + (lowered[cut + 1] == "the" and cut + 2 < len(tokens))
        span = doc[tokens[first].i : tokens[-1].i + 1]
        if strong_name(span.text, gz, cities=True):
            return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
        return _nested_body(block, tokens[first:], gz) or _after_portfolio(block, ent, tokens, gz)
    return _after_portfolio(block, ent, tokens, gz)


def owner_body(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'the levels B1 and B2 of the Council of Europe’s Common European Framework of Reference for Languages' (tagged
    one organisation): a public body's name and a possessive inside an entity name the body that owns the rest, so
    the words before the possessive are read alone as the body's name (_embedded), its jurisdiction the place."""
    cut = next((t.i for t in ent if is_possessive(t)), None)
    if cut is None or cut - ent.start < 2 or cut + 1 >= ent.end:
        return []
    return _embedded(block, ent.doc[ent.start : cut], gz)


def _of_in_leading_name(tokens: list[Token], cut: int, gz: Gazetteer) -> bool:
    """'A spokewoman from the East of England Ambulance Service said', 'the Isle of Wight Council': the name's last
    'of' is inside its leading name, a region's or a subdivision's own name the gazetteer knows ('East of England',
    'Isle of Wight') that words follow, so the body's place is at its start, not after that 'of' ('the Government of
    Canada' opens with no such name)."""
    if not 0 < cut < len(tokens) - 2:
        return False
    doc = tokens[0].doc
    for end in range(min(cut + 3, len(tokens) - 1), cut + 1, -1):
        if strong_name(doc[tokens[0].i : tokens[end - 1].i + 1].text, gz, cities=True):
            return True
    return False


def _building_name(lowered: list[str]) -> bool:
    """'a pipe burst in the nearby Illinois State Armory', 'the Iowa State Fairgrounds': a name that ends in a
    public building's head word (data: building_heads) is the building's, not a body's, and the state it is named
    after no jurisdiction (audit guide: places are not buildings); a county's jail or courthouse is the county's
    (county_body_heads: 'the Lane County Jail')."""
    return lowered[-1] in word_set("building_heads") - word_set("county_body_heads")


def _sports_body(lowered: list[str]) -> bool:
    """'The Korea Baseball Organization on Friday postponed the games', 'the Caribbean Premier League': a sport's or a
    league's word in the name (data: sports_body_words) makes it a sports body's, whose place is part of the name and
    no jurisdiction, though its head is a public body's word ('organization', 'premier'); audit guide, names inside
    names."""
    return bool(set(lowered) & word_set("sports_body_words"))


def cut_short(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'When AFP called the Tianjin No. 2 Detention Centre on Thursday' (tagged an event 'the Tianjin No'), 'the then
    UK Home Secretary' (tagged 'UK Home'): a body's or a public facility's name the model closed early, widened over
    the words that go on with it outside any entity (capitalised words, a number, the dot of 'No.') when they hold an
    institution's head word (data: institution_heads, and a public facility's: facility_heads), read by _embedded:
    its leading name is the jurisdiction."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 5 and doc[end].ent_type == 0 and _goes_on(doc[end]):
        end += 1
    while end > ent.end and not doc[end - 1].is_title:
        end -= 1  # the name ends in a capitalised word ('Detention Centre'), not in 'No.' or a number
    facility = word_set("facility_heads")
    if end == ent.end or not {t.lower_ for t in doc[ent.end : end]} & (word_set("institution_heads") | facility):
        return []
    return _embedded(block, doc[ent.start : end], gz, facility)


def _goes_on(tok: Token) -> bool:
    """A word that goes on with a name: capitalised, a number, or the dot after 'No'."""
    return tok.is_title and tok.is_alpha or tok.like_num or tok.text == "." and tok.i > 0 and tok.nbor(-1).text == "No"


def _held_in(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """Where a law holds or an event is held: the leading place name of a law's name (_law_held_in) or of an event's
    name (_event_held_in)."""
    found = _law_held_in(block, ent, gz) or _event_held_in(block, ent, gz) or _event_of_place(block, ent, gz)
    return found or _policy_of(block, ent, gz)


def _policy_of(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'an EU Aviation strategy with a plan for ...': a union's initials opening capitalised nouns the model tagged
    one organisation, a policy's noun right after them (data: policy_nouns: 'strategy', 'plan'), name the policy's
    jurisdiction, a place as 'an EU aviation strategy' and 'the EU strategy' are. The rest must be capitalised words
    of no company's, school's or paper's name (company_heads, organisation_heads), and the name the union's initials
    only (_union_initials): a country's name there opens a company's as often ('the US Steel plan', 'the China
    Southern strategy'), which is no place (audit guide, names inside names). The policy's noun capitalised as the
    name's last word ('a new EU Aviation Strategy', tagged whole) closes the same name (_closing_policy_noun)."""
    doc = ent.doc
    tokens = _name_core(list(ent), frozenset())
    after = ent.end < len(doc) and doc[ent.end].lower_ in word_set("policy_nouns") and doc[ent.end].is_lower
    if not after and not _closing_policy_noun(tokens):
        return []
    if len(tokens) < 2 or not all(t.is_title and t.is_alpha for t in tokens[1:]):
        return []
    lowered = [t.lower_ for t in tokens]
    if set(lowered) & word_set("company_heads") or _body_words(lowered, frozenset()):
        return []
    lead = doc[tokens[0].i : tokens[0].i + 1]
    if not _union_initials(lead.text, gz):
        return []
    return [Mention(block, lead.start_char, lead.end_char, lead.text, strong=False)]


def _closing_policy_noun(tokens: list[Token]) -> bool:
    """The name's last word is a policy's noun in title case after at least one other capitalised word past the
    initials ('EU Aviation Strategy'): the initials and the noun alone ('EU Plan') may be a body's or a brand's name."""
    return len(tokens) >= 3 and tokens[-1].is_title and tokens[-1].lower_ in word_set("policy_nouns")


def _law_held_in(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'California Penal Code Section 11414', 'the Texas Education Code': the leading name of a law's name (its head
    word last, data: held_in_heads; after it only a year, a number or a law's part: law_part_words) is the law's
    jurisdiction, a place mention as a public body's is. A country's, a subdivision's, a county's or a large city's
    own name only; no name with a school's, a club's or a paper's word (organisation_heads besides the law's own)."""
    parts = word_set("law_part_words")
    tokens = _name_core([t for t in ent if not is_possessive(t)], parts)
    heads = word_set("held_in_heads")
    # 'California Penal Code Section 11414-Intentional harassment' tagged whole: the law's part and what follows it
    # are no part of its name
    cut = next(
        (k for k in range(1, len(tokens) - 1) if tokens[k].lower_ in heads and tokens[k + 1].lower_ in parts), None
    )
    tokens = tokens if cut is None else tokens[: cut + 1]
    if len(tokens) < 2 or tokens[-1].lower_ not in heads or not tokens[-1].is_title:
        return []
    if _body_words([t.lower_ for t in tokens], heads):
        return []
    return _leading_place(tokens, 1, lambda span: _jurisdictions(block, span, True, False, gz))


def _event_held_in(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'the Venice International Film Festival', 'Los Angeles Auto Show' (after '2019'), 'the Monaco Grand Prix' (tagged
    a law), 'the Cannes Grand Prix prize': the leading place name of an event's name (its last words an event's head,
    data: event_heads; a year or an ordinal before or after it left out) says where the event is held, a place mention
    (audit guide, names inside names). The place is a country's, a subdivision's, a county's or a large city's own
    name, or a town's own name of EVENT_TOWN_MIN_POPULATION or more ('Cannes', 'Venice'), never a leading word of an
    event series' name (data: event_name_not_places: 'the Commonwealth Games'). The head must end the name: 'the
    Boston Marathon Association' is a private body's name, no place; so is a name with a school's, a club's or a
    paper's word ('the Texas Tribune Festival': organisation_heads besides the events' own) or a possessive (a
    shop's or a person's name: "Macy's"; kept simple, it leaves "the U.S. Women's Open" out too). A name the model
    closed early ('the 2008' of 'the 2008 Beijing Olympics', tagged an event) is read over the capitalised words that
    go on with it outside any entity, and so is one that goes on past its head ('the Boston Marathon' of 'the Boston
    Marathon Association' when the model stops at 'Marathon'): the whole name must end in the head."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 5 and doc[end].ent_type == 0 and _goes_on(doc[end]):
        end += 1
    tokens = list(doc[ent.start : end])
    if any(is_possessive(t) for t in tokens):
        return []
    tokens = _name_core(tokens, frozenset())
    lowered = [t.lower_ for t in tokens]
    pair = _hyphened_pair(tokens)
    heads = word_set("event_heads") | (word_set("pair_event_heads") if pair else frozenset())
    size = next((k for k in (2, 1) if len(tokens) > k and " ".join(lowered[-k:]) in heads), 0)
    if not size or not tokens[-1].is_title:
        return []
    if _body_words(lowered, {w for head in heads for w in head.split()}):
        return []
    if pair and len(tokens) > size + 2:
        return _pair_places(block, pair, gz)
    return _leading_place(tokens, size, lambda span: _event_mention(block, span, gz))


def _event_of_place(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'the Summit of the Americas', 'the Festival of Britain': an event's head (data: event_heads), 'of' (and 'the')
    and a place's name closing the name say where the event is held or what it covers, a place mention as a leading
    place's is (audit guide, names inside names). The place is the whole rest of the name, capitalised, of up to four
    words, a country's, a subdivision's, a region's or a large city's own name (_event_place): 'the War of
    Independence', 'the Festival of Lights' name none. The head must be the name's last word before 'of', and the
    name no school's, club's, paper's or members' body's ('the Championship of the Americas Club')."""
    tokens = _name_core(list(ent), frozenset())
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
    if of is None or of == 0 or tokens[of - 1].lower_ not in word_set("event_heads") or not tokens[of - 1].is_title:
        return []
    if any(is_possessive(t) for t in tokens) or _body_words([t.lower_ for t in tokens[:of]], word_set("event_heads")):
        return []
    place = tokens[of + 2 :] if of + 1 < len(tokens) and tokens[of + 1].lower_ == "the" else tokens[of + 1 :]
    if not 0 < len(place) <= 4 or not all(t.is_title or t.is_upper for t in place):
        return []
    return _event_mention(block, ent.doc[place[0].i : place[-1].i + 1], gz)


def _union_initials(name: str, gz: Gazetteer) -> bool:
    """A union's initials in capitals ('EU': name_kinds._region_initials). Not a country's name or code: before
    capitalised nouns it opens a company's name as often ('US Steel', 'China Southern', 'Japan Airlines')."""
    return looks_like_name(name) and any(_region_initials(name, gz.places[i]) for i in gz.lookup(name))


def _hyphened_pair(tokens: list[Token]) -> tuple[Token, Token] | None:
    """The two words an unspaced hyphen joins at the name's start ('Nigeria-Ukrainian', 'Iran-Iraq'), else none."""
    if len(tokens) < 3 or not glued_dash(tokens[1], ("-", "–")):
        return None
    return (tokens[0], tokens[2]) if tokens[0].is_title and tokens[2].is_title else None


def _pair_places(block: int, pair: tuple[Token, Token], gz: Gazetteer) -> list[Mention]:
    """'the third Nigeria-Ukrainian Business Forum', 'the Iran-Iraq War': an event two countries' names a hyphen joins
    open is held or fought in them (audit guide, names inside names; GeoWebNews marks 'Nigeria' there a place): each
    half that is a place's own name is a mention, the first must be ('Ukrainian' is a people's word, no name). A
    bilateral forum is an event (data: pair_event_heads), where a lone place's 'forum' may be a body's name."""
    first = _event_mention(block, pair[0].doc[pair[0].i : pair[0].i + 1], gz)
    if not first:
        return []
    return first + _event_mention(block, pair[1].doc[pair[1].i : pair[1].i + 1], gz)


def _name_core(tokens: list[Token], tail_words: Collection[str]) -> list[Token]:
    """A law's or an event's name without an article, a year or a number before or after it ('the 2019 ... Auto
    Show', 'the 75th ...'), nor punctuation or a word of `tail_words` after it (a law's part: 'Section')."""
    while tokens and (tokens[0].lower_ in ("the", "a") or _number_word(tokens[0])):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or _number_word(tokens[-1]) or tokens[-1].lower_ in tail_words):
        tokens = tokens[:-1]
    return tokens


def _body_words(lowered: list[str], own: Collection[str]) -> bool:
    """A name with a school's, a club's or a paper's word (organisation_heads besides the name's own heads) or a
    members' body's is an organisation's, which names no jurisdiction nor where it is held."""
    return bool(set(lowered) & (word_set("organisation_heads") - set(own))) or _member_body(lowered)


def _leading_place(tokens: list[Token], size: int, found: Callable[[Span], list[Mention]]) -> list[Mention]:
    """The mentions `found` makes of the longest leading run of up to four words before the name's head (its last
    `size` words), an abbreviation after the run ruling it out."""
    doc = tokens[0].doc
    for n in range(min(4, len(tokens) - size), 0, -1):
        if any("." in t.text for t in tokens[n:]):
            continue  # 'Fort Worth P.D. Open the door!': an abbreviation is a body's, no event's word
        if tokens[n - 1].is_punct:
            continue  # 'the Iran-Iraq War': the run 'Iran-' ends inside a hyphened name, no place's span
        mentions = found(doc[tokens[0].i : tokens[n - 1].i + 1])
        if mentions:
            return mentions
    return []


def _event_mention(block: int, span: Span, gz: Gazetteer) -> list[Mention]:
    """The leading words of an event's name as a place mention, where they name a place an event is held in."""
    if not _event_place(span.text, gz):
        return []
    return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]


def _event_place(name: str, gz: Gazetteer) -> bool:
    """A name an event is held in: a country's, a subdivision's, a county's or a large city's own name
    (name_kinds.strong_name), a town's own name of EVENT_TOWN_MIN_POPULATION or more, or a name news writes for one
    place (places_names.json nicknames: 'the LA Auto Show' is the Los Angeles Auto Show); no leading word of an event
    series' name (data: event_name_not_places)."""
    if fold(name) in word_set("event_name_not_places") or not all(w[:1].isupper() for w in name.split()):
        return False
    if strong_name(name, gz, cities=True) or is_nickname(name, gz):
        return True
    return any(p.place_type == "city" and p.population >= EVENT_TOWN_MIN_POPULATION for p in towns_named(name, gz))


def _number_word(tok: Token) -> bool:
    """A year, a number or an ordinal ('2015', '119th') before or after an event's name."""
    return tok.like_num or tok.text[:1].isdigit()


def _member_body(lowered: list[str]) -> bool:
    """'The Vintners Federation of Ireland', 'the Russian Football Federation': a members' body's or a charity's head
    word after another word of the name (data: member_body_heads) makes the name a private body's, whose place is no
    jurisdiction (audit guide: names inside names). A name that opens with it is a state's ('the Federation of Bosnia
    and Herzegovina'), but for a members' word that opens a private body's name before its head word ('The Conference
    Board of Canada': data member_body_openers)."""
    if len(lowered) > 1 and lowered[0] in word_set("member_body_openers") and lowered[1] != "of":
        return True
    return bool(set(lowered[1:]) & word_set("member_body_heads"))


def _nested_body(block: int, tokens: list[Token], gz: Gazetteer) -> list[Mention]:
    """'the Office of the United States Trade Representative': the words after 'of' are a body's own name, a
    country's or a subdivision's name and its head word (data: institution_heads), and that name is the
    jurisdiction; no company's or school's (organisation_heads) and no town's: a strong name only."""
    lowered = [t.lower_ for t in tokens]
    if set(lowered) & word_set("organisation_heads"):
        return []
    for n in range(min(4, len(tokens) - 1), 0, -1):
        if set(lowered[n:]) & word_set("institution_heads"):
            span = tokens[0].doc[tokens[0].i : tokens[n - 1].i + 1]
            if strong_name(span.text, gz):
                return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
    return []


def _people_word_after(name: str, word: str, gz: Gazetteer) -> bool:
    """'the Free Syrian Army': a people's word right after the leading name says whose body it is (a group of those
    people), so the name before it is no jurisdiction but a word of the group's name. A country's name keeps it ('the
    U.S. Indian Health Service' is the country's)."""
    return word in word_set("people_words") and not any(gz.places[i].place_type == "country" for i in gz.lookup(name))


def _owner(block: int, ent: Span, gz: Gazetteer) -> list[Mention]:
    """'According to Venezuela's Ecological Mining Minister', 'South Africa's Eskom': a country's, a subdivision's or a
    region's name (for an organisation or a facility also a county's or a large city's: 'London's Metropolitan
    Police'; a town's of any size before a building's or a street's name: _owns_building) and a possessive opening an
    entity the model read as one name is the place the rest belongs to."""
    doc = ent.doc
    first = ent.start + (ent[0].lower_ in ("the", "a"))
    for k in range(first + 1, min(first + 4, ent.end - 1)):
        if is_possessive(doc[k]):
            span = doc[first:k]
            if strong_name(span.text, gz, cities=ent.label_ in ("ORG", "FAC")) or _owns_building(ent, span, gz):
                # a guess: a given name's possessive ("Mary's Center") is a far state's name only by chance; a large
                # city's before a street's name is none (city_of_street)
                m = _guess(block, span)
                m.guess = not city_of_street(span, gz)
                return [m]
            return []
    return []


def city_of_street(span: Span, gz: Gazetteer) -> bool:
    """'a trip to El Santo on Glasgow’s Miller Street' (tagged one organisation), 'on Glasgow’s trendy Miller Street'
    (the city tagged a person's, the street a facility): a large city's own name (RESCUE_MIN_POPULATION), a possessive,
    at most two lower-case words and a capitalised street's name (its last word: data street_words) is the city the
    street is in. No guess that the article's other places must vouch for: a person's possessive before a street's
    name is rare, and a large city's name says which city."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or not is_possessive(doc[i]):
        return False
    i += 1
    lower = 0
    while i < len(doc) and doc[i].is_lower and lower < 2:
        i, lower = i + 1, lower + 1
    named = 0
    while i < len(doc) and doc[i].is_title and doc[i].lower_ not in word_set("street_words"):
        i, named = i + 1, named + 1
    if not named or i >= len(doc) or not doc[i].text[:1].isupper() or doc[i].lower_ not in word_set("street_words"):
        return False
    key = fold(span.text)
    return any(
        p.place_type in TOWN_TYPES and p.population >= RESCUE_MIN_POPULATION and fold(p.name) == key
        for p in towns_named(span.text, gz)
    )


def _owns_building(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """'A new Health and Wellbeing Campus has opened at Derry’s Altnagelvin Hospital', 'SB Smith Electrical on
    Middletown’s New Road': a town's own name (any size) and a possessive before a building's or a street's name
    (its last word: data building_heads, street_words) in one organisation or facility is the town it stands in.
    A guess resolve.in_context keeps only beside the article's places: a shop's founder's possessive ('Macy’s')
    ends in no such word, and a saint's name ('St. Paul's Hospital') is the building's own."""
    if ent.label_ not in ("ORG", "FAC") or ent[-1].lower_ not in word_set("building_heads") | word_set("street_words"):
        return False
    if span[0].text.rstrip(".").lower() in ("st", "ste", "saint"):
        return False  # 'At St. Paul's Hospital in downtown Vancouver': a saint's, not the town's
    return any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz))


def _jurisdictions(block: int, span: Span, strong: bool, local: bool, gz: Gazetteer) -> list[Mention]:
    """The leading name of a public body as one place, or as the places a hyphen joins ('Middlesex-London EMS': a
    body of both): a country's, a subdivision's, a county's or a large city's name before an institution's head
    word (`strong`); a town of any size before a town's own body's (`local`), and then a guess that the article's
    other places must vouch for (resolve.in_context: 'the Santa Rita Jail' in California is not the Brazilian
    city)."""
    parts = [span]
    if "-" in span.text and _county_short_name(span.text, gz):
        # the county, looked up by its whole name: 'Miami-Dade Police' is the county's body
        return [Mention(block, span.start_char, span.end_char, f"{span.text} County", strong=False)]
    if "-" in span.text:
        cuts = [t.i for t in span if t.text == "-" and not t.whitespace_]
        bounds = zip([span.start] + [c + 1 for c in cuts], [*cuts, span.end], strict=True)
        parts = [span.doc[a:b] for a, b in bounds if b > a]
    out = []
    for part in parts:
        if strong and strong_name(part.text, gz, cities=True):
            out.append(Mention(block, part.start_char, part.end_char, part.text, strong=False))
        elif local and local_town(part.text, gz):
            out.append(_guess(block, part))
        else:
            return []
    return out


def _regional_municipality(block: int, span: Span, gz: Gazetteer) -> list[Mention]:
    """'Peel Regional Police', 'Durham Regional Council': the name before 'Regional' and a body's head is a regional
    municipality's, looked up as 'X Region' among the regions (data: regions) where one is known, so that a namesake
    town ('Durham', North Carolina; 'York', England) never stands in for it; the bare name keeps its own senses."""
    name = f"{span.text} Region"
    if not any(gz.places[i].place_type == "region" for i in gz.index.get(fold(name), [])):
        return []
    return [Mention(block, span.start_char, span.end_char, name, strong=False)]


def _county_short_name(name: str, gz: Gazetteer) -> bool:
    """'Miami-Dade Police said officers were behind the silver Audi': a hyphenated name that is a county's without
    its 'County' names the county, one jurisdiction (_jurisdictions reads it so), not the two places its parts spell
    (Miami, Dade)."""
    return any(gz.places[i].place_type == "admin2" for i in gz.lookup(f"{name} County"))


def _guess(block: int, span: Span) -> Mention:
    return Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True)


def local_town(name: str, gz: Gazetteer) -> bool:
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
    n = _portfolio_length(tokens)
    if not n:
        return []
    span = ent.doc[tokens[n].i : tokens[-1].i + 1]
    if _state_or_country(span.text, gz):
        return [Mention(block, span.start_char, span.end_char, span.text, strong=False)]
    return []


def _portfolio_length(tokens: list[Token] | Span) -> int:
    """How many of the leading words are a portfolio's (data: portfolio_words), at least one not a conjunction,
    with one word at least left after them; 0 when none are."""
    words = word_set("portfolio_words")
    n = 0
    while n < len(tokens) - 1 and tokens[n].lower_ in words:
        n += 1
    if not n or all(t.lower_ in ("and", "&") for t in tokens[:n]):
        return 0
    return n


def _untagged_portfolio(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'Police Scotland are set to hold a press conference': a department's capitalised portfolio words and then a
    country's or a state's name, the model leaving both out of any entity, is the department (as _after_portfolio
    reads an organisation's). The run of proper nouns must end with the name: in 'Justice Victoria Sharp' (a judge's
    title and her name) the words after the title are no state's name."""
    out: list[Mention] = []
    for start, end in _capitalised_runs(doc):
        run = doc[start:end]
        n = _portfolio_length(run)
        if n and all(t.text[:1].isupper() for t in run) and _state_or_country(run[n:].text, gz):
            span = run[n:]
            out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False))
    return out


def _portfolio_for(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'customers should contact Transport for Wales Customer Care Team' (tagged one organisation), 'working for
    Transport for London': a capitalised portfolio whose body is named 'PORTFOLIO for PLACE' (data:
    portfolio_for_heads) and then a country's, a subdivision's or a large city's own name is the body, its
    jurisdiction the place, as 'Environment Canada' is (_after_portfolio), whether or not the model tagged it or
    the words after it. Only those portfolios: 'Justice for Syria', 'Health for Africa' are campaigns' names."""
    out: list[Mention] = []
    heads = word_set("portfolio_for_heads")
    for tok in doc[:-2]:
        if tok.lower_ not in heads or not tok.is_title or tok.nbor().lower_ != "for":
            continue
        for end in range(min(tok.i + 5, len(doc)), tok.i + 2, -1):  # the longest name: 'Greater Manchester'
            span = doc[tok.i + 2 : end]
            if all(t.is_title for t in span) and strong_name(span.text, gz, cities=True):
                out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False))
                break
    return out


def _untagged_bodies(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'the first Ukraine Trade Mission to Nigeria': a run of capitalised proper nouns the model left out of any entity
    that ends with an institution's head word (data: institution_heads) is a public body's name, read as an
    organisation's is (_embedded): its leading country's, subdivision's or large city's name is the jurisdiction. A
    town before a town's own body is _bodies' reading, a guess; none here."""
    out: list[Mention] = []
    heads = word_set("institution_heads")
    for start, end in _capitalised_runs(doc):
        run = doc[start:end]
        if len(run) > 1 and run[-1].lower_ in heads and all(t.text[:1].isupper() for t in run):
            out += [m for m in _embedded(block, run, gz) if not m.guess]
    return out


def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of capitalised proper nouns outside any entity, no longer than four words."""
    return [(a, b) for a, b in token_runs(doc, _bare_name_word) if b - a <= 4]


def _bodies(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'Glasgow Police do not suspect', 'Beaconsfield Mayor Georges Bourelle', 'Brant OPP', 'Owensboro Public
    Schools': a capitalised head word of a town's own body (data: local_body_heads; a public school system's two:
    school_system_heads) after proper nouns the model left out of any entity; the longest
    run of them (up to three) that names a place, as in _jurisdictions, is the body's jurisdiction."""
    out: list[Mention] = []
    for tok in doc:
        at = _local_head_at(tok)
        if at is None:
            continue
        first = at
        while first > 0 and at - first < 3 and _bare_name_word(doc[first - 1]):
            first -= 1
        for k in range(first, at):  # the longest name first
            found = _jurisdictions(block, doc[k:at], True, True, gz)
            if found:
                for m in found:
                    m.guess = True
                out += found
                break
    return out


def _local_head_at(tok: Token) -> int | None:
    """Where a town's own body's capitalised head starts when `tok` ends one: a local_body_heads word, or a public
    school system's two words, both capitalised ('Owensboro Public Schools': data school_system_heads); None when it
    ends none."""
    if tok.i == 0 or not tok.text[:1].isupper():
        return None
    if tok.lower_ in word_set("local_body_heads"):
        return tok.i
    before = tok.nbor(-1)
    if before.text[:1].isupper() and f"{before.lower_} {tok.lower_}" in word_set("school_system_heads"):
        return before.i if before.i > 0 else None
    return None


def _office_of(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'President of Ukraine Petro Poroshenko', 'Prime Minister of India Narendra Modi', 'Ambassador to the Holy See
    Mikayel Minasyan': a capitalised public office's title (data: office_titles), 'of' (or 'to' after an envoy's) and
    a country's or a subdivision's name is the office's jurisdiction, which the model fuses with the holder's name
    into one organisation or leaves out of any entity. The name is the longest run of one to three capitalised words
    after it ('the' left out) that names a country or a state outright (name_kinds.strong_name), not a city: 'Mayor of
    London Sadiq Khan' is found as written, and a town's name would be a guess here. An envoy's noun right before 'to'
    needs no capital ('former special envoy to Ukraine Kurt Volker'): a lower-case 'envoy' or 'ambassador' is the
    office as surely, while a lower-case 'president of' heads a company's or a club's name as often."""
    out: list[Mention] = []
    for tok in doc[1:-1]:
        title = doc[tok.i - 1]
        if tok.lower_ not in ("of", "to"):
            continue
        if tok.lower_ == "to":
            # 'former special envoy to Ukraine Kurt Volker': an envoy's noun right before 'to' is sent there however
            # it is written; other titles only capitalised, past other capitalised words of the title
            if not (title.lower_ in ENVOYS or title.text[:1].isupper() and _envoy_before(tok)):
                continue
        elif not title.text[:1].isupper():
            continue
        elif title.lower_ not in word_set("office_titles") and not _honour_before(tok):
            continue
        first = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
        for k in (3, 2, 1):
            words = doc[first : first + k]
            if len(words) == k and all(t.text[:1].isupper() and t.is_alpha for t in words):
                if strong_name(words.text, gz):
                    out.append(Mention(block, words.start_char, words.end_char, words.text, strong=False))
                    break
    return out


def _honour_before(of: Token) -> bool:
    """'the author is People's Artist of Armenia': a state's honorary title (data: honour_titles), capitalised, right
    before 'of' names the state that gives it, as an office's title names its jurisdiction."""
    doc = of.doc
    for k in range(max(0, of.i - 4), of.i - 1):
        words = doc[k : of.i]
        if all(t.text[:1].isupper() or is_possessive(t) for t in words):
            if words.text.lower().replace("’", "'").replace(" '", "'") in word_set("honour_titles"):
                return True
    return False


def _envoy_before(to: Token) -> bool:
    """'Ambassador to the Holy See', 'Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the
    Holy See Mikayel Minasyan': an envoy's capitalised title (ENVOYS) before 'to', past the title's other capitalised
    words and the sending state's name after 'of' ('and', 'of', 'the' between), is sent to the state named next."""
    doc = to.doc
    for k in range(to.i - 1, max(-1, to.i - 12), -1):
        word = doc[k]
        if word.text[:1].isupper() and word.lower_ in ENVOYS:
            return True
        if not (word.text[:1].isupper() and word.is_alpha or word.lower_ in ("and", "of", "the")):
            return False
    return False


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun outside any entity: 'Glasgow' in 'Glasgow Police'."""
    return tok.ent_type == 0 and tok.pos == PROPN and tok.is_alpha and tok.text[:1].isupper()
