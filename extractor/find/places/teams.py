"""A place's name standing for a team or a club, or named in one: when that is the place and when it is not.

A town's or a state's name standing for its team in a game report ('Winnipeg has won three in a row', 'Minnesota beat
Buffalo') is a mention of the place (metonymy: the audit guide counts it, and so do GeoWebNews and news_gold), so
plays_as_team only tells a team's name the gazetteer knows no place by (a school's: 'Ralston Valley beat that same
team') and a university's compass-and-state team ('Eastern Michigan routs Northern Illinois': teams_named_as_parts,
one sense per article). The sentence must read as a game report (a score with a game's word, or a word only games use)
and the name must play a team's part in it (subject, object, 'for', 'against', 'over', 'past'); a name after 'in' or
'at' is the venue, a place, and so is one written with its area after it. Countries are left alone: a national side
is the nation's.
A town's own name the model tagged no place (an organisation's, or a capitalised common noun: 'holding Fulham to a
draw', 'A 1-0 defeat to Reading') is the town for its club where it plays a rival's part in a game report (held to a
draw, a game verb's object, a result's 'to', 'against', 'over'; not a subject nor 'for', where a player's surname
stands), a guess the article's places must back (town_plays_team); not before a club's noun, where the club rule
below reads it.
In a game report, 'the' + a name + one capitalised word the model left out is a team's full name ('112-107 over
the Oklahoma City Thunder'); outside one, 'Oklahoma City police' stays a place.
A town's name before a club's noun ('as Tottenham manager', 'Oklahoma City coach Billy Donovan') is a sports club's, and
a town's name so used is the club throughout the article ('Tottenham said in a statement') but where a locative
preposition puts something in it (club_names, plays_as_club); a rival read by town_plays_team is so too where its name
stands before a club's noun untagged ('Reading manager Paul Clement').
A club's word before a town's name ('Real Madrid', 'Inter Milan', 'FC Porto') makes the two the club's name
(after_club_word), and so does one after it ('Liverpool FC'; 'Manchester United' in a sports story) unless the gazetteer
knows the whole as a place's name (before_club_word). A town, a high school's compass word and an athlete's noun
('Salina South diver') name the school's athlete (school_athlete). In an article that reports a game, a town's name and
a capitalised 'City' the gazetteer knows no place by ('Manchester City', 'Man City') is a club's (city_club). In a
sports story a compass word and a capitalised 'Division' ('a one-game lead in the West Division') is a league's
division, no place (league_division).
A league's short regional name playing a team ('Carolina beat Chicago') names its teams' state (team_state; data:
team_states). A small town playing a team, outside the state the article names and holds its other towns in, and far
from them all, is a school's team ('No. 11 Northfield (7-3)' in a Colorado roundup: distant_team_towns); a town of
the state stays the place (metonymy).
The vocabularies are places.json's (game_words, game_words_strong, team_prepositions, team_nickname_words,
club_nouns_after, sport_words, sport_player_nouns, club_place_prepositions, resident_words, club_words_before,
club_words_after, club_words_after_in_sport, school_side_words, athlete_nouns, team_states, compass_words,
team_object_verbs, result_to_words, draw_words).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...nlp import span_at, text_of
from ...normalize.places import LOCAL_TYPES, TOWN_TYPES, Gazetteer, fold, tables
from .name_kinds import compass_part
from .resolve import NEAR_KM, within_km
from .words import RESCUE_MIN_POPULATION, WORD, Mention, word_before, word_set

__all__ = [
    "after_club_word",
    "before_club_word",
    "city_club",
    "club_names",
    "distant_team_towns",
    "league_division",
    "plays_as_club",
    "plays_as_team",
    "school_athlete",
    "team_nickname_after",
    "team_state",
    "teams_named_as_parts",
    "town_plays_team",
]

# '4-1', '1-6-2', '69-54': a result or a record; not a year's span ('2019-20') nor a phone number's groups
SCORE = re.compile(r"(?<![\d/.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?:[-–]\d{1,3})?(?![\d/-])")
# a record in brackets right after the name: 'Palm Bay (1-0-2):', 'The Gophers (9-1, 6-1)'
RECORD_AFTER = re.compile(r"\s*\(\d{1,3}-\d{1,3}(?:-\d{1,3})?(?:,\s*\d{1,3}-\d{1,3})?\)")
# the parts a team plays in a game's sentence (a conjunct takes its first conjunct's part)
TEAM_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos"})


def plays_as_team(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """The name is a team's in a game report: a record in brackets after it, or a team's part in a sentence that
    reads as a game report. Not a country's name, nor one with a designator or its area written after it."""
    if m.hint or m.narrowed or _a_country(m, gz):
        return False
    doc = docs[m.block]
    if RECORD_AFTER.match(text_of(doc), m.end):
        return True
    span = span_at(doc, m.start, m.end)
    if span is None or span.text.isupper():  # a dateline's 'BUFFALO, N.Y.' is where the report was filed
        return False
    if span.start > 0 and doc[span.start - 1].text == ",":  # 'OAKLAND, Calif.': the area a town is written in
        return False
    return _game_sentence(span.sent) and _team_part(span)


def _a_country(m: Mention, gz: Gazetteer) -> bool:
    """A sense of the name is a country's: a national side is the nation's, so its name stays the place."""
    return any(gz.places[i].place_type == "country" for i in m.candidates)


def _game_sentence(sent: Span) -> bool:
    words = set(WORD.findall(sent.text.lower()))
    if words & word_set("game_words_strong"):
        return True
    return bool(words & word_set("game_words")) and SCORE.search(sent.text) is not None


def _team_part(span: Span) -> bool:
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in TEAM_ROLES:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in word_set("team_prepositions")


# how large a town must be for its name the model tagged no place to be read as its club's (town_plays_team): a
# club's town ('Fulham', 87,000), not a village whose name is also a player's or a club's nickname ('Villa')
TEAM_TOWN_POPULATION = 50_000
# 'holding Fulham to a draw': the forms of 'hold' (the model gives no lemmas)
HOLD_VERBS = frozenset({"hold", "holds", "holding", "held"})


def town_plays_team(span: Span, gz: Gazetteer) -> bool:
    """'before holding Fulham to a draw at Craven Cottage' (tagged an organisation), 'A 1-0 defeat to Reading' (read
    as a common noun): a town's own name the model tagged no place, as the whole span, playing a rival team's part in
    a game report is the town standing for its club (metonymy: the audit guide and GeoWebNews count it), a guess
    resolve.in_context keeps beside the article's places. Only a rival's parts (_rival_part), where a person is
    seldom named: not a subject nor 'for', where a player's surname that is a town's stands ('Sterling scored for
    City'). A town of TEAM_TOWN_POPULATION or more by its own name, not a country's (a national side is the nation's,
    rescued as a country), and not before a club's noun ('Reading manager Paul Clement': club_names reads it) or a
    capitalised word ('Fulham Road')."""
    doc = span.doc
    if len(span) > 3 or not all(t.is_title for t in span) or not doc.has_annotation("DEP"):
        return False
    if span.end < len(doc) and doc[span.end].text[:1].isupper():
        return False
    if _before_club_noun(text_of(doc), span.end_char):
        return False
    key = fold(span.text)
    places = [gz.places[i] for i in gz.lookup(span.text)]
    if any(p.place_type == "country" for p in places):
        return False
    if not any(
        p.place_type in LOCAL_TYPES and fold(p.name) == key and p.population >= TEAM_TOWN_POPULATION for p in places
    ):
        return False
    return _rival_part(span)


def _rival_part(span: Span) -> bool:
    """The name plays a rival team's part: held to a draw ('holding Fulham to a draw', a game's words by themselves),
    or, in a sentence that reads as a game report, a game verb's object ('beating Sunderland'; data:
    team_object_verbs), a result's 'to' ('a 1-0 defeat to Reading', 'lost to Reading'; data: result_to_words) or a
    rival's preposition ('against', 'over': team_prepositions less 'for', which names a player's side)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj" and head.lower_ in HOLD_VERBS and _held_to_draw(head, tok):
        return True
    if not _game_sentence(span.sent):
        return False
    if tok.dep_ == "dobj":
        return head.lower_ in word_set("team_object_verbs")
    if tok.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        result = head.head
        return result.lower_ in word_set("result_to_words")
    return head.lower_ in word_set("team_prepositions") - {"for"}


def _held_to_draw(verb: Token, team: Token) -> bool:
    """'holding Fulham to a draw', 'held Reading to a 1-1 draw': a 'to' and a draw's noun (data: draw_words), the
    verb's or its object's (the parser hangs the 'to' on either)."""
    return any(
        child.lower_ == "to" and any(obj.lower_ in word_set("draw_words") for obj in child.children)
        for child in (*verb.children, *team.children)
    )


def teams_named_as_parts(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> set[str]:
    """'Eastern Michigan routs Northern Illinois': a region's name made of a compass word and a state's (compass_part)
    is a university's team when the article reports a game it plays anywhere: one sense per article, so its other
    mentions, in a headline or a sentence with no score, are the team's too."""
    return {
        fold(m.name) for m in mentions if not m.candidates and compass_part(m.name, gz) and plays_as_team(m, docs, gz)
    }


def team_nickname_after(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'112-107 over the Oklahoma City Thunder', 'points ... in Oklahoma City Thunder –': in a game report, a town's or
    a state's name before one capitalised word the model left untagged that ends the name is a team's full name,
    when 'the' comes before it or the parser reads the name as that word's modifier (the word is the phrase's head,
    as a team's nickname is)."""
    if m.hint or _a_country(m, gz):
        return False
    doc = docs[m.block]
    span = span_at(doc, m.start, m.end)
    if span is None or span.start == 0 or span.end >= len(doc):
        return False
    nick = doc[span.end]
    modifier = span.root.dep_ == "compound" and span.root.head.i == nick.i
    if doc[span.start - 1].lower_ != "the" and not modifier:
        return False
    if not (nick.is_title and nick.is_alpha and nick.ent_type == 0 and nick.whitespace_):
        return False
    if nick.lower_ in word_set("team_nickname_words") | word_set("geo_heads") | word_set("organisation_heads"):
        return False
    after = doc[nick.i + 1] if nick.i + 1 < len(doc) else None
    if after is not None and after.is_title and after.is_alpha:
        return False  # 'the Oklahoma City Thunder Arena'? a longer name: not ours to read
    return _game_sentence(span.sent)


def after_club_word(m: Mention, docs: list[Doc]) -> bool:
    """'Real Madrid', 'Inter Milan', 'Bayern Munich': a club's word right before a town's name (as written: 'Real',
    not 'real') makes the two a sports club's name, and a place inside a club's name is no mention of the place."""
    if m.hint or m.narrowed:
        return False
    before = re.search(r"(?:^|\s)(\S+(?: \S+)?) $", text_of(docs[m.block])[max(0, m.start - 30) : m.start])
    if before is None:
        return False
    words = before.group(1).split()
    clubs = word_set("club_words_before")
    return words[-1] in clubs or " ".join(words) in clubs


# the word right after a name, as written ('FC', 'F.C.', 'Saint-Germain'), without a sentence's full stop
_WORD_AFTER = re.compile(r" ([A-Z][\w.-]*)")


def before_club_word(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'UEFA charge Liverpool FC', 'a 1-0 defeat of Bolton Wanderers': a town's name right before a word that ends a
    club's name (as written: 'FC', not 'fc') makes the two a sports club's name, and a place inside a club's name is no
    mention of the place. 'FC', 'Hotspur' (club_words_after) end only a club's name; 'United', 'Rovers', 'Athletic'
    (club_words_after_in_sport) only in a sports story (a game report or a sport's word anywhere): a headline's
    'Houston United in Grief' keeps the town. Not where the gazetteer knows the whole name as a place's, nor after a
    country's name: a national side is the nation's."""
    if m.hint or m.narrowed or _a_country(m, gz):
        return False
    text = text_of(docs[m.block])
    match = _WORD_AFTER.match(text, m.end)
    if match is None:
        return False
    word = match.group(1)
    word = word if word in word_set("club_words_after") | word_set("club_words_after_in_sport") else word.rstrip(".")
    if gz.lookup(f"{text[m.start : m.end]} {word}"):
        return False  # the whole is a place's own name
    if word in word_set("club_words_after"):
        return True
    return word in word_set("club_words_after_in_sport") and _sports_story(docs)


def _sports_story(docs: list[Doc]) -> bool:
    """The article reports a game (a sentence that reads as one) or names a sport ('football', 'soccer')."""
    sports = word_set("sport_words")
    return any(
        _game_sentence(sent) or not sports.isdisjoint(WORD.findall(sent.text.lower()))
        for doc in docs
        if doc.has_annotation("SENT_START")
        for sent in doc.sents
    )


def city_club(m: Mention, docs: list[Doc]) -> bool:
    """'UEFA charge Liverpool FC over Manchester City bus attack' and 'will play Man City in the second leg' in a story
    that reports the game ('Liverpool won the game 3-0'): a name closed by a capitalised 'City' that the gazetteer
    knows no place by with it (Mention.capital_designator; 'Quezon City' and 'Oklahoma City' are its own names) is
    a club's in an article with a game report anywhere, as English clubs are named ('Leicester City', 'Hull City'):
    a place inside a club's name is no mention of the place."""
    if not m.capital_designator or not text_of(docs[m.block])[m.start : m.end].endswith(" City"):
        return False
    return any(_game_sentence(sent) for doc in docs if doc.has_annotation("SENT_START") for sent in doc.sents)


def league_division(m: Mention, docs: list[Doc]) -> bool:
    """'The Gophers (9-1, 6-1) play Saturday against the Wildcats (2-8, 0-7), with a one-game lead in the West Division
    on Wisconsin': in a sports story, a name made of a compass word (data: compass_words) and 'Division' is a league's
    division, however the gazetteer knows the name ('West Division', an old name of West Hartford, Connecticut). A
    name with a place's own name in it ('Kampala Central Division') is not one."""
    words = fold(m.name).split()
    return len(words) == 2 and words[1] == "division" and words[0] in word_set("compass_words") and _sports_story(docs)


def club_names(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> set[str]:
    """The names the article uses as a sports club's: a town's or a state's name right before a club's noun ('as
    Tottenham manager', 'a Tottenham shirt', 'Barcelona soccer player'). Not a country's: 'England captain Harry
    Kane' leads the nation's side."""
    out = set()
    for m in mentions:
        if m.hint or m.narrowed or _a_country(m, gz):
            continue
        if _before_club_noun(text_of(docs[m.block]), m.end) or (m.metonym and _named_before_club_noun(m, docs)):
            out.add(fold(m.name))
    return out


def _named_before_club_noun(m: Mention, docs: list[Doc]) -> bool:
    """The mention's name, as written, before a club's noun anywhere in the article ('Reading manager Paul Clement',
    which the model tagged no place, so no mention of its own says so): a rival read as a town for its club
    (Mention.metonym) is then the club too, one sense per article."""
    name = text_of(docs[m.block])[m.start : m.end]
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(
        _before_club_noun(text, hit.end()) for doc in docs for text in [text_of(doc)] for hit in pattern.finditer(text)
    )


def _before_club_noun(text: str, end: int) -> bool:
    """A club's noun right after the name ('Tottenham manager', "Tottenham's manager"), or a sport's word and a
    player's or a club's noun ('Barcelona soccer player')."""
    match = re.match(r"(?:['’]s)? (\w+)(?: (\w+))?", text[end : end + 40])
    if match is None:
        return False
    first, second = match.group(1).lower(), (match.group(2) or "").lower()
    return first in word_set("club_nouns_after") or (
        first in word_set("sport_words") and second in word_set("club_nouns_after") | word_set("sport_player_nouns")
    )


def plays_as_club(m: Mention, docs: list[Doc], clubs: set[str], gz: Gazetteer) -> bool:
    """A mention of a name the article uses as a club's (club_names): the club, unless a locative preposition puts
    something in it ('a stadium in Tottenham'; not 'to' or 'at': 'a move to Tottenham' is to the club) or a word
    for its people or its local government follows ('Tottenham residents'); a state's name only where it is written
    before the club's noun."""
    if m.hint or m.narrowed or fold(m.name) not in clubs:
        return False
    text = text_of(docs[m.block])
    if _before_club_noun(text, m.end):
        return True
    if any(gz.places[i].place_type == "admin1" for i in m.candidates):
        return False
    after = re.match(r" (\w+)", text[m.end : m.end + 20])
    if after is not None and after.group(1).lower() in word_set("resident_words"):
        return False  # 'Tottenham residents', 'Tottenham police': the town's own
    return word_before(text, m.start) not in word_set("club_place_prepositions")


# a capitalised word after the name and a lower-case noun after that: ' South diver'
_SIDE_AND_NOUN = re.compile(r" ([A-Z][a-z]+) ([a-z]+)\b")


def school_athlete(m: Mention, docs: list[Doc], gz: Gazetteer) -> bool:
    """'Salina South diver Keetan Munsell': a town's name, a compass word that ends a high school's name (data:
    school_side_words) and an athlete's noun (athlete_nouns) name the school's athlete, not the town. Not a
    country's name; a seat's ('Northampton South') has no athlete after it."""
    if m.hint or _a_country(m, gz):
        return False
    match = _SIDE_AND_NOUN.match(text_of(docs[m.block]), m.end)
    return (
        match is not None
        and match.group(1).lower() in word_set("school_side_words")
        and match.group(2) in word_set("athlete_nouns")
    )


def team_state(mentions: list[Mention], docs: list[Doc], gz: Gazetteer) -> dict[str, int]:
    """'Carolina beat Chicago': a short regional name of a league's teams (data: team_states) that plays a team's part
    in a game report names the state its teams play in, throughout the article (one sense per name): the name's key
    and that state. Elsewhere the name keeps its towns ('Carolina, Puerto Rico'). The caller sets it after the senses
    are chosen, so the team's state is no context for the article's other towns ('Winnipeg defeated Nashville')."""
    states: dict[str, str] = tables()["team_states"]
    return {
        fold(m.name): gz.subdivision[states[fold(m.name)]]
        for m in mentions
        if fold(m.name) in states
        and states[fold(m.name)] in gz.subdivision
        and not m.hint
        and plays_as_team(m, docs, gz)
    }


def distant_team_towns(mentions: list[Mention], docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> set[str]:
    """The names of distant_team_town, whose every mention without a designator is the team's (one sense per name):
    'In Northfield's three losses' too."""
    return {fold(m.name) for m in mentions if distant_team_town(m, docs, gz, chosen)}


def distant_team_town(m: Mention, docs: list[Doc], gz: Gazetteer, chosen: dict[str, int]) -> bool:
    """'No. 11 Northfield (7-3) at No. 6 Pueblo Central' in a Colorado high-school roundup: a name playing a team's
    part whose pick is a small town (under RESCUE_MIN_POPULATION) outside the state the article names and holds most
    of its other towns in, and farther than NEAR_KM from all of them, is a school's team the gazetteer knows no town
    for there (a Denver school's), not a town in Ohio. A big city's team stays the place ('Minnesota beat Buffalo')."""
    index = chosen.get(fold(m.name))
    if index is None or not plays_as_team(m, docs, gz):
        return False
    p = gz.places[index]
    if p.place_type not in TOWN_TYPES or p.population >= RESCUE_MIN_POPULATION:
        return False
    others = [gz.places[i] for k, i in chosen.items() if k != fold(m.name)]
    towns = [q for q in others if q.place_type in LOCAL_TYPES and q.lat is not None]
    states = {q.gazetteer_id.removeprefix("iso3166-2:") for q in others if q.place_type == "admin1" and q.gazetteer_id}
    home = [s for s in states if 2 * sum(q.parent == s for q in towns) > len(towns) >= 2]
    return bool(home) and p.parent not in home and not within_km(p, [(q.lat, q.lon) for q in towns], NEAR_KM)
