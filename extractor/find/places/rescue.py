"""Rescue: when a span spaCy did not tag a place (ORG, PERSON, a date, or no entity) is one anyway.

Decisions: the gazetteer must know the name, and then one of: a designator follows it, the article calls the same name a
place elsewhere (place_votes, spaCy's place tags, and found_votes, the article's own words read a second time), it is a
country's name or a nickname, or (not for PERSON, whose one-word names are often towns: 'Nelson', 'Tyler') a region's by
any name, a subdivision's or a big city's own name; a PERSON span only when it is a town's own name whose state the
article calls a place, as a clause's subject or a preposition's object (_town_of_voted_state: 'on the other side of the
B.C. border, Valemount is also looking at'), or a name the gazetteer knows only as the last words of a place's own name
after compass words, where the article names that place by its own name ('when Ghouta was under terrorists' control'
beside 'Eastern Ghouta': _part_of_voted_name); a NORP span only when it is a county's own name the article calls a place
elsewhere, in the same roles ('a project portfolio for Cavan to upgrade': _county_of_voted_name; a people's word is
none). Else the words around it must say so (_place_cue): a locative preposition before it (a town by any of its names,
spelled like its own or not, where a participle that puts a thing somewhere comes before 'in': 'will be installed in
Echmiadzin', _placed_in), its people's or local government's word after it, 'and other towns' after it, a residence
('Miss Abdhou, of Hayes'), a body's, a building's or a street's address ('Percy French Hotel, Ballyjamesduff;', 'of
Dunnock Close, Edmonton,', 'at 201 E. Nine Mile, Ferndale.': body_address, house_address), or its state or country
after a comma or in brackets (_town_of_next: 'Klamath Falls, Oregon', 'Wantagh, NY', '(Ga.)'), or it is a county's
or a state's own name closing an address after a comma (_area_closing_address: 'Brands Hatch Indy, Kent.'), or a
large city's own name and a possessive before a street's name ('on Glasgow’s trendy Miller Street':
bodies.city_of_street, no guess); a region's or an island's own name after an
article before any common noun is where the thing is ('an Oahu home'), a town's only before a noun for a thing in a town
(before_local_noun). A facility's or an organisation's 'the X' right after 'in', 'on' or 'at' whose X is a populated
place's own name (the_town_after: 'on the Near North Side') is a guess resolve.in_context keeps only near the article's
places (Mention.near_only); a public body's words are none ('at the White House' is not White House, Tennessee). A
PERSON span the gazetteer knows as an airport is the airport in a sentence of air travel (_airport_of_flights: 'flights
... while Heathrow and Gatwick also reported disruption'). An alternate name counts only when it spells the own name
another way (SPELLING_RATIO: 'Misrata' for Mişrātah, not 'Google' for Topeka) and the town is large, but with its state
after it any town's, and after 'installed in' any name of it.
A world city's own name tagged alone as an organisation, a clause's subject or a preposition's object ('For Hyderabad,
the presence of Kane Williamson made ...'), is the city standing for its team or government (world_city_role): no
guess, and no person's word though a club's name the model tagged a person holds it ('Sunrisers Hyderabad').
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

from spacy.symbols import ADP, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ...nlp import text_of
from ...normalize.places import SUBDIVISION_TYPES, TOWN_TYPES, Gazetteer, Place, fold
from .areas import area_after
from .bodies import city_of_street, local_town
from .name_kinds import _region_named, is_airport, is_nickname, towns_named
from .not_places import OPENING_QUOTES, after_person_title
from .resolve import WORLD_CITY
from .words import PLACE_LABELS, RESCUE_MIN_POPULATION, before_local_noun, is_possessive, word_set

# how like its own name an alternate name must be to count as its spelling: 'misrata' / 'misratah' 0.93, 'vegas' /
# 'las vegas' 0.71, 'google' / 'topeka' 0.33
SPELLING_RATIO = 0.6


def _rescued(name: str, label: str, hint: str | None, gz: Gazetteer, votes: set[str], span: Span | None = None) -> bool:
    """An ORG/PERSON span is a place when the gazetteer knows the name and a designator follows it, or the
    article calls the same name a place elsewhere, or it is a country's name; for other labels than PERSON
    (whose one-word names are often towns too: 'Nelson', 'Tyler') also a subdivision's or a big city's."""
    hits = [gz.places[i] for i in gz.lookup(name)]
    if not hits:
        return False
    if label == "NORP":  # 'Aleppo' tagged NORP is a city; 'Canadian city' is no place named Canadian
        if span is not None and _county_of_voted_name(span, name, hits, votes):
            return True
        hint, votes = None, set()
    if hint or fold(name) in votes or any(p.place_type == "country" for p in hits) or is_nickname(name, gz):
        return True
    if label == "PERSON":  # 'Tamil Nadu': a subdivision's own name of two words or more is not a person's
        return (
            len(name.split()) > 1
            and any(fold(p.name) == fold(name) and p.place_type == "admin1" for p in hits)
            or (span is not None and _town_of_voted_state(span, name, hits, gz, votes))
            or (span is not None and _part_of_voted_name(span, name, hits, votes))
            or (span is not None and _airport_of_flights(span, hits))
            or (span is not None and coded_list_item(span, gz))
            or (span is not None and plural_after_the(span, gz))
        )
    key = fold(name)  # its own name, not an alternate one: 'White House' is also a translation of Casablanca
    # a region by any of its names: 'EU' tagged ORG is the European Union; so an airport ('Pearson International
    # Airport' tagged FAC; places.json airports, whose short forms are no person's or company's name)
    return any(
        p.place_type in ("region", "other")
        or (
            fold(p.name) == key
            and (p.place_type == "admin1" or (p.place_type == "city" and p.population >= RESCUE_MIN_POPULATION))
        )
        for p in hits
    )


# the parts a place's name plays in a clause: a subject ('Valemount is also looking at'), a preposition's object
# ('outside of Waterloo'); not a name before a noun ('the Roswell UFO incident', 'Goddard planetary scientist'), a
# possessive ('Clinton's failed attempt') or a name alone or in a list
_PLACE_ROLES = frozenset({"nsubj", "nsubjpass", "pobj"})
_OPENING_QUOTES = OPENING_QUOTES | {"'"}


def plural_after_the(span: Span, gz: Gazetteer) -> bool:
    """'add Madeira and the Azores to the list of destinations' (the model calls 'Azores' a person's): one plural word
    right after 'the' that the gazetteer knows as a subdivision or a region by any of its names is that island group
    or land ('the Azores', 'the Hebrides'): a person's name takes no article, and a family's plural ('the Kennedys') is
    no place's name. No guess: nothing else bears the name."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    word = span[0]
    if not (word.is_title and word.lower_.endswith("s") and len(word) > 3):
        return False
    return any(gz.places[i].place_type in ("admin1", "region") for i in gz.lookup(word.text))


def _town_of_voted_state(span: Span, name: str, hits: list[Place], gz: Gazetteer, votes: set[str]) -> bool:
    """'Two hours away on the other side of the B.C. border, Valemount is also looking at building' (tagged a
    person's): a town's own name whose state the article calls a place elsewhere (votes: 'B.C.') is that town. A
    person's surname that is such a town's ('Nelson' of 'Dewly Nelson', a town of British Columbia too) is the person's
    (not_places.persons_name: the article gives the full name), and so is a name a speech verb governs ('said Logan');
    a name after a capitalised word is a longer name's last word ('the Governor's Inaugural Ball'). Only a subject or
    a preposition's object (_PLACE_ROLES), not a rival's ('vs. Mullen', a school's team) nor a quotation's first word.
    Measured on the audit pages and news_gold: 8 facts right (Valemount, Waterloo, Glasgow, Broomfield, Sioux Falls,
    a team's town), 1 wrong (a song's title 'Glasgow', by the article's votes); without the roles' test 8 of 18 were
    wrong ('Clinton's failed attempt', 'the Roswell UFO incident', 'Goddard planetary scientist')."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].is_title and not doc[span.start - 1].is_sent_start:
        return False
    if not _plays_place_role(span) or span.root.head.lower_.rstrip(".") in word_set("team_prepositions"):
        return False  # 'a sample called “Glasgow' is a work's title; 'tour de force vs. Mullen' a school's team
    key = fold(name)
    states = {f"iso3166-2:{p.parent}" for p in hits if p.parent and p.place_type in TOWN_TYPES and fold(p.name) == key}
    if not states:
        return False
    abbreviations = _folded_abbreviations(gz)  # the votes are folded: 'B.C.' votes as 'bc'
    voted = [i for v in votes for i in (gz.lookup(v) or ([abbreviations[v]] if v in abbreviations else []))]
    return any(gz.places[i].gazetteer_id in states for i in voted)


def _plays_place_role(span: Span) -> bool:
    """The name is a clause's subject or a preposition's object (_PLACE_ROLES), not a speech verb's ('said Logan')
    nor a quotation's first word ('a sample called “Glasgow')."""
    doc = span.doc
    if span.root.dep_ not in _PLACE_ROLES or span.root.head.lower_ in word_set("speech_verbs"):
        return False
    return not (span.start > 0 and doc[span.start - 1].text in _OPENING_QUOTES)


def world_city_role(ent: Span, span: Span, name: str, gz: Gazetteer) -> bool:
    """'For Hyderabad, the presence of Kane Williamson made a fragile middle-order ... look more solid' (tagged an
    organisation, in a cricket story that names no other place in India): a world city's own name (WORLD_CITY
    people) tagged alone as an organisation, as a clause's subject or a preposition's object (_PLACE_ROLES), is the
    city standing for its team or its government (metonymy, which the audit guide counts as the place), not a guess
    the article's other places must vouch for. Only the whole entity: inside a club's name ('Sunrisers Hyderabad')
    it is no place."""
    if ent.label_ != "ORG" or span.start != ent.start or span.end != ent.end or not _plays_place_role(span):
        return False
    key = fold(name)
    return any(
        p.place_type == "city" and fold(p.name) == key and p.population >= WORLD_CITY
        for p in (gz.places[i] for i in gz.lookup(name))
    )


def _part_of_voted_name(span: Span, name: str, hits: list[Place], votes: set[str]) -> bool:
    """'the operation to eliminate terrorism in Eastern Ghouta ... when Ghouta was under terrorists' control' (tagged a
    person's): a name the gazetteer knows only as another name of a place whose own name is it after compass words
    (data: compass_words), where the article calls that place a place by its own name (votes), is that place, when it
    plays a place's part (_plays_place_role). A person's name shares no compass word with a place's."""
    if not _plays_place_role(span):
        return False
    key = fold(name).split()
    compass = word_set("compass_words")
    for p in hits:
        own = fold(p.name).split()
        n = len(own) - len(key)
        if n > 0 and own[n:] == key and all(w in compass for w in own[:n]) and " ".join(own) in votes:
            return True
    return False


def _county_of_voted_name(span: Span, name: str, hits: list[Place], votes: set[str]) -> bool:
    """'a project portfolio for Cavan to upgrade the fabric of the buildings' (tagged NORP): a county's own name (an
    Irish or English county's is one word) that the article calls a place elsewhere (votes: 'Cavan County Council')
    is the county where it plays a place's part (_plays_place_role); a people's word is none ('Basque', 'Cornish':
    data people_words)."""
    key = fold(name)
    if key not in votes or key in word_set("people_words") or not _plays_place_role(span):
        return False
    return any(p.place_type == "admin2" and fold(p.name) == key for p in hits)


def _airport_of_flights(span: Span, hits: list[Place]) -> bool:
    """'London City airport diverted all inbound flights on Saturday while Heathrow and Gatwick also reported
    disruption' (both tagged persons): a name the gazetteer knows as an airport by any of its names ('Gatwick',
    'Schiphol'; places.json airports, whose short forms are no person's name: 'Kennedy', 'Logan' or 'O'Hare' alone
    name none) is the airport in a sentence of air travel (data: airport_words). Two airports listed with no such
    word ('Heathrow and Gatwick reported disruption') are left alone: in an article with no other place they have
    no company to back them (resolve.in_context)."""
    return any(is_airport(p) for p in hits) and not word_set("airport_words").isdisjoint(t.lower_ for t in span.sent)


def coded_list_item(span: Span, gz: Gazetteer) -> bool:
    """'new routes from LAX — to Boise (BOI), Missoula (MSO) and Spokane (GEG)' (Missoula tagged a person's): a town's
    name (its own, or a large town's other spelling) or an airport's ('London Heathrow (LHR)') right before a code of
    three capitals in brackets is a list's town when another item of the sentence has the same shape and the model
    tags its name a place ('Spokane (GEG)'). A list of persons with their parties' or countries' codes ('Hakeem
    (SLMC), Rishad Bathiudeen (ACMC)', 'Bolt (JAM)') has no place among its items. The words vouch for the name
    (cued), as a designator would, and the list for the town abroad: no guess ('Bangalore (BLR)' in a story of
    American routes; entity_mentions._rescued_span)."""
    if not _code_bracket(span.doc, span.end):
        return False
    hits = [gz.places[i] for i in gz.lookup(span.text)]
    if not any(is_airport(p) for p in hits) and not _towns(span.text, gz, RESCUE_MIN_POPULATION):
        return False
    sent = span.sent
    return any(
        t.text == "(" and t.i != span.end and _code_bracket(span.doc, t.i) and _place_tagged_before(t) for t in sent
    )


def _code_bracket(doc: Doc, i: int) -> bool:
    """'(MSO)': three capital letters alone in brackets starting at token i."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return False
    code = doc[i + 1].text
    return len(code) == 3 and code.isalpha() and code.isupper()


def _place_tagged_before(bracket: Token) -> bool:
    """A word of the one or two before the bracket is in a place the model tagged ('Spokane (GEG)', 'Shanghai Pudong
    (PVG)'), the item's name a place's."""
    doc = bracket.doc
    return any(doc[j].ent_type_ in PLACE_LABELS for j in range(max(bracket.i - 2, 0), bracket.i))


@cache
def _folded_abbreviations(gz: Gazetteer) -> dict[str, int]:
    """A state's abbreviation by its folded form ('bc' for 'B.C.'), as a vote of place_votes spells it."""
    return {fold(a): i for a, i in gz.abbreviation.items()}


def _place_cue(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """The words around a PERSON/ORG span that the gazetteer knows as a town make it the town: a locative
    preposition before it ('a gas station in Riverdale', 'who was from Dewsbury'), a word for its people or its
    local government after it ('Nelson residents'), or its state or country after a comma ('Klamath Falls, Oregon').
    So too for a region's or an island's own name ('On Oahu, home to Honolulu', tagged a person's)."""
    if after_person_title(ent) or len(ent) > len(span) + 1:
        return False
    if span.end == ent.end and (_town_of_next(span, gz) or _area_closing_address(ent, span, gz)):
        return True
    if span.start == ent.start and span.end == ent.end and (body_address(span, gz) or bracketed_town(span, gz)):
        return True  # 'Percy French Hotel, Ballyjamesduff;', 'Fig Leaf Boutique (Maywood)'
    if not _towns(span.text, gz, RESCUE_MIN_POPULATION) and not _region_named(span.text, gz):
        return _placed_in(ent, span, gz)
    doc = ent.doc
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if ent[0].lower_ in ("the", "a") or ent.label_ != ent[0].ent_type_:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    if after in word_set("resident_words") | word_set("local_body_heads") or _residence_of(ent):
        return True  # 'Nelson residents', 'Barren County Coroner', 'the Danbury police'
    if before_local_noun(ent) or _region_before_noun(ent, span, gz) or _one_of_other_towns(ent):
        return True  # 'at the Riverdale gas station', 'the median price of an Oahu home', 'Qamishli and other towns'
    if after in ("'s", "’s"):
        return city_of_street(span, gz)  # 'on Glasgow’s trendy Miller Street', the city tagged a person's
    # an island's or a region's name after 'on': 'On Oahu, home to Honolulu'
    return before in word_set("locative_prepositions") or before == "on" and _region_named(span.text, gz)


def _placed_in(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """'The first statue was erected in Vatican, and the second will be installed in Echmiadzin' (tagged an
    organisation): the whole entity right after 'in' and a participle that puts a thing somewhere (data: place_verbs)
    is where the thing is, a town by any of its names the gazetteer knows, though the name spells none of them
    ('Echmiadzin' for Vagharshapat). An organisation's name only (a person is not put in someone), and a guess
    resolve.in_context keeps only in the country or near the places the article names: no company is the town's."""
    doc = ent.doc
    if ent.label_ != "ORG" or span.start != ent.start or span.end != ent.end or ent.start < 2:
        return False
    if doc[ent.start - 1].lower_ != "in" or doc[ent.start - 2].lower_ not in word_set("place_verbs"):
        return False
    return any(p.place_type in TOWN_TYPES for p in map(gz.places.__getitem__, gz.lookup(span.text)))


def _region_before_noun(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """'The median price of an Oahu home tops $770,000' (tagged a person's): a region's or an island's own name (the
    gazetteer's few hand-kept regions) after 'a', 'an' or 'the' and right before a lower-case common noun is that
    noun's place, whatever the noun: no one is called 'Oahu' or 'Cape Cod'. A town's name needs a noun for a thing in
    it (before_local_noun): 'the Jackson home' is a family's."""
    doc = ent.doc
    if span.start != ent.start or ent.start == 0 or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return (
        doc[ent.start - 1].lower_ in ("a", "an", "the")
        and after.is_lower
        and after.pos == NOUN
        and _region_named(span.text, gz)
    )


def _one_of_other_towns(ent: Span) -> bool:
    """'Turkey fired on Qamishli and other towns along the Syrian-Turkish border' (Qamishli tagged an organisation):
    a name right before 'and other' and a plural word for towns (places.json other_town_plurals) is one of them."""
    words = [t.lower_ for t in ent.doc[ent.end : ent.end + 3]]
    return words[:2] == ["and", "other"] and len(words) == 3 and words[2] in word_set("other_town_plurals")


def cued(span: Span, gz: Gazetteer) -> bool:
    """The words around a name the gazetteer knows as a town say a place is meant, as a designator would: a verb of
    travel's goal or start (travel_end), a body's address (body_address), a business's town in brackets
    (bracketed_town), a town of a list of towns with their airports' codes (coded_list_item)."""
    return travel_end(span) or body_address(span, gz) or bracketed_town(span, gz) or coded_list_item(span, gz)


def bracketed_town(span: Span, gz: Gazetteer) -> bool:
    """'a fashion show by Fig Leaf Boutique (Maywood) and dancing': a town's own name alone in brackets right after
    an organisation's or a building's name (the model's ORG or FAC, closed right before the bracket) is where the
    business is. Not after a person's name, whose brackets as often hold an employer or a club ('Carsten Spohr
    (Lufthansa)', 'Kane (Tottenham)'), nor a word in capitals ('Riley Green (WINNER)' in a list of awards); a
    country there is entity_parts._bracketed_country's."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    owner = doc[span.start - 2]
    if owner.ent_type_ not in ("ORG", "FAC") or doc[span.start - 1].ent_iob_ == "I":
        return False
    if not all(t.is_title for t in span):
        return False  # 'Riley Green (WINNER)': a word in capitals in brackets is a label's, not a town's
    return any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz))


def body_address(span: Span, gz: Gazetteer) -> bool:
    """'Permanent Secretary, Federal Ministry of Information Communication Technology, Abuja, Dr. Tunji Olaopa', 'Vice
    Chancellor of the Federal University of Technology, Owerri (FUTO)', 'Percy French Hotel, Ballyjamesduff;': a
    town's own name right after a body's or a building's name and a comma, closing its clause (a comma, a semicolon, a
    colon, a full stop, a bracket or the block's end after it), is the body's address; after a street's name ('Reanne
    Morgan 18, of Dunnock Close, Edmonton, was charged') the street's. The name before the comma is an entity with a
    body's or a building's head word (data: address_heads) or closing on a street's (street_words): two personal
    names a comma parts ('Smith, Jones') have none, nor has a person's name before a signature's town."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].text not in (",", ";", ":", ".", "(", ")"):
        return False
    last = doc[span.start - 2]
    if house_address(doc, last.i):
        return any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz))
    if last.ent_type_ not in ("ORG", "FAC", "PERSON"):
        return False
    first = last.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    heads = word_set("address_heads")
    if not any(t.lower_ in heads for t in doc[first : last.i + 1]) and last.lower_ not in word_set("street_words"):
        return False
    return any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz))


# how many capitalised words a street's name after its house number may have ('E. Nine Mile', 'Woodward')
HOUSE_STREET_WORDS = 4


def house_address(doc: Doc, last: int) -> bool:
    """'The other Mezcal Mexican is at 201 E. Nine Mile, Ferndale.': 'at', a house number and one to
    HOUSE_STREET_WORDS capitalised words ending at `last` are a street address, whatever its street's word (left out
    here, as locals write 'Nine Mile' for Nine Mile Road): the town after its comma is the address's. A number after
    no 'at' ('In 2012 Jordan, Georgia') is no house's."""
    first = last
    while first > 0 and last - first < HOUSE_STREET_WORDS and doc[first - 1].is_title:
        first -= 1
    if not doc[last].is_title or first < 2 or not doc[first].is_title:
        return False
    number = doc[first - 1]
    return number.is_digit and doc[first - 2].lower_ == "at"


def travel_end(span: Span) -> bool:
    """'Instead of driving to Castlegar', 'she has now moved back to Khayelitsha', 'flew from Churchill to Winnipeg':
    a name right after a preposition of travel (data: motion_prepositions) that a verb of travel governs (data:
    motion_verbs) is where the travel goes or starts, a place. The verb is the preposition's head in the parse,
    past a name or a noun it hangs on ('from Churchill to', 'by air ambulance from'), or the word before it, past
    adverbs ('moved back to'). 'to' alone says too little ('gave it to Nelson')."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in word_set("motion_prepositions"):
        return False
    prep, verbs = doc[span.start - 1], word_set("motion_verbs")
    head = prep.head
    for _ in range(3):  # 'flew from Churchill to Winnipeg': 'to' hangs on 'Churchill', 'from' on 'flew'
        if head.pos != NOUN and head.pos != PROPN and head.pos != ADP or head.head is head:
            break
        head = head.head
    if head.pos == VERB and head.lower_ in verbs:
        return True
    i = prep.i - 1
    while i >= 0 and doc[i].lower_ in word_set("motion_adverbs"):
        i -= 1
    return i >= 0 and doc[i].pos == VERB and doc[i].lower_ in verbs


def the_town_after(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """'in an alley in the 400 block of North State Street on the Near North Side' (tagged FAC): 'the' and a name the
    gazetteer knows as a populated place by its own name, the whole entity, right after 'in', 'on' or 'at'
    (the_town_prepositions) is that place, as a quarter's name with its article often is. Not a county's ('the
    Lake County jail' is no county), not a word public bodies' names begin with ('the White House', 'the Capitol':
    bodies.local_town), not after a person's title; a building's name a town shares is left to the article's places
    (Mention.near_only: 'at the Alamo' in a San Antonio story)."""
    if ent.label_ not in ("FAC", "ORG") or len(ent) < 2 or ent[0].lower_ != "the":
        return False
    if span.start != ent.start + 1 or span.end != ent.end or ent.start == 0 or after_person_title(ent):
        return False
    if ent.doc[ent.start - 1].lower_ not in word_set("the_town_prepositions") or not local_town(span.text, gz):
        return False
    return any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz))


def _area_closing_address(ent: Span, span: Span, gz: Gazetteer) -> bool:
    """'7/8 April: Brands Hatch Indy, Kent.', '9/10 June: Oulton Park, Cheshire.': a county's or a state's own name
    after a capitalised name and a comma, closing its sentence or clause, is the area that holds the place named
    before it, though the model tags it a person's ('Kent', 'Cheshire' are given names too). Counties and states
    only, the whole entity only: a town's name there is as often a person's surname in a list of names."""
    doc = ent.doc
    if span.start != ent.start or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    if not doc[ent.start - 2].text[:1].isupper():
        return False
    if ent.end < len(doc) and doc[ent.end].text not in (".", ";") and not doc[ent.end].is_space:
        return False
    key = fold(span.text)
    areas = map(gz.places.__getitem__, gz.lookup(span.text))
    return any(fold(p.name) == key and p.place_type in SUBDIVISION_TYPES for p in areas)


def _residence_of(span: Span) -> bool:
    """'David and Jodi Mahler of Bellmore', 'Miss Abdhou, of Hayes,', 'Oliver Smith, 70, of Paris', 'Ryan S.
    Hollman 31, of Hope': 'of' and a name right after a person's name (or the person's age, a comma after it, the
    comma before it left out) says where the person lives, when no other capitalised word follows ('Bishop John of
    Hayes Street' is a longer name)."""
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
        elif before.like_num and i > 2:  # 'Ryan S. Hollman 31, of Hope': the age with no comma before it
            before = doc[i - 3]
    return before.ent_type_ == "PERSON"


def _town_of_next(span: Span, gz: Gazetteer, states_only: bool = False) -> bool:
    """'Toulouse, France', 'Klamath Falls, Oregon', 'The Walker County (Ga.) Sheriff's Office': a town or a county the
    gazetteer knows in the state or country (not with `states_only`) named right after the comma, or in brackets
    right after it."""
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
            if a.place_type == "admin1" or a.place_type == "country" and not states_only
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
        if p.place_type in TOWN_TYPES and p.population >= alternate_from and _spelling_of(key, fold(p.name))
    ]


def _spelling_of(key: str, own: str) -> bool:
    """An alternate name that spells the own name another way ('Misrata', 'Gaziabad', 'Vegas'), not one that
    translates it or names something else too ('Google' is an alternate name of Topeka)."""
    return SequenceMatcher(None, key, own).ratio() >= SPELLING_RATIO
