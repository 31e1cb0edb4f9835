"""Mentions found in the text rather than in spaCy's entities: untagged runs of proper nouns, compounds, datelines.

Decisions: a run of capitalised proper nouns outside any entity is a place when it names a country, a subdivision or a
big city outright, when the article calls it a place elsewhere and it stands where a place is named plainly (opening a
sentence, after a locative preposition or 'of'), when its state follows it, when it is a person's residence ('Oliver
Smith, 70, of Paris'), before a noun for a thing in a town ('the Riverdale area'), or opening a sentence, a clause after
a quotation or a noun phrase before a person's noun ('Cork mother says', 'The Innisfail skater': a big city's name, or
one the article calls a place elsewhere); a town's or a county's after a locative preposition ('a plant at Belvidere')
or alone in its block ('Aldershot' in a table of seats) only with its state named or a place of the article near it
(Mention.local, resolve.in_context), and so is one opening a game roundup's line before its team's record ('Rockledge
(3-1): C. Martinez 1 goal.': _before_team_record), and one between a seed's number and its team's record in a playoff
bracket's line ('No. 14 Pueblo West (7-4) at No. 3 Montrose (8-2)': _ranked_team); always a guess, but for a state
after a legislator's party letter ('D-N.J.', 'R-Ky.': the letter vouches for it as a designator would). 'U.S.-led',
'Texas-based': a name joined to a participle in one token; 'the U.S.-Mexico border': two countries' names one token
joins, two places. A subdivision's own
name and a capitalised designator of a subdivision's kind in a run ('in Maiduguri Borno State', 'The Benue State
Commissioner') name the subdivision, the designator vouching for it (_designated_subdivision). A possessive inside a
town's name the gazetteer knows whole ("in Estey's Bridge, N.B.") joins the runs it parts (_possessive_glued), and so
do hyphens inside a place's own name the gazetteer knows whole ('in Boulay-les-Barres near Orleans': _hyphen_glued).
Capitalised nouns closing the model's numeric entity right after its number ('a survey of 706 Orange County residents',
tagged PERCENT) are such a run, the number standing where an article would. A town's own name before a road's feature
('the A429 Cirencester junction': data road_feature_words) is the town, the word vouching for it (_road_feature_towns).
A region's name that is no common word, in lower case after 'the' ('spirits to the midwest': data lower_case_regions),
is the region (_lower_case_regions). A capitalised compass word after 'the' that closes 'other parts of' or 'the rest
of' after a state's own name and 'and' ('in California and other parts of the West') is the region of the state's
country the phrase puts it in (_compass_regions_beside; data compass_regions). A nationality's words the model tags
alone right before a run ('the people of the British Virgin Islands' tagged 'British') open it where the whole is a
country's or a subdivision's own name (_after_people_word). One capitalised word opening its sentence that the model
reads as a common noun ('Spokane ad agencies divided on South Dakota's viral campaign') is a name too where the article
calls it a place elsewhere.
Datelines: 'BEIRUT —', 'COLUMBUS, Ohio (AP) —', one after a photograph's credit ('© Getty Images MANCHESTER, ENGLAND -
SEPTEMBER 28:'), and with no mark after them only a strong name in capitals before an article or of two words ('OKLAHOMA
CITY The Latest'), not before a company's head word ('SINGAPORE Press Holdings'). A country's, subdivision's or region's
name in capitals after the dateline's town and a comma is a place too ('KHAN YOUNIS, GAZA —'), and a name in capitals of
four letters or fewer, which the gazetteer takes for initials, is looked up in title case ('BAAR, SWITZERLAND'; 'ROME
(AP) —' a large city's). A lede's capitals after its article, before a lower-case word ('A PARANAQUE court on Friday'),
are a name the gazetteer must know well: a country's, a subdivision's, a large city's by its own name or its spelling
(LEDE_CAPITALS).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ...nlp import text_of
from ...normalize.places import TOWN_TYPES, Gazetteer, fold, tables
from .designators import unit_of_area
from .name_kinds import (
    _home_name,
    _region_by_any_name,
    _state_name,
    hyphened_name,
    spelled_saint,
    strong_name,
    towns_named,
)
from .not_places import after_hyphen_word, after_person_title, before_group_number, in_foreign_party_name
from .rescue import (
    _area_closing_address,
    _rescued,
    _residence_of,
    _town_of_next,
    _towns,
    body_address,
    bracketed_town,
    cued,
)
from .teams import RECORD_AFTER, town_plays_team
from .words import (
    COMPOUND,
    COMPOUND_IN_TEXT,
    DATELINE,
    DATELINE_AFTER_CREDIT,
    DATELINE_BARE,
    DATELINE_BRACKETED,
    DATELINE_REGION,
    HYPHENS,
    JOINED_PAIR,
    JOINED_PAIR_IN_TEXT,
    LEDE_CAPITALS,
    NUMBER_LABELS,
    PLACE_LABELS,
    RESCUE_MIN_POPULATION,
    Mention,
    before_local_noun,
    designators_after_by,
    glued_before,
    is_party_letter,
    is_possessive,
    noun_follows,
    token_runs,
    word_set,
)


def _untagged(block: int, doc: Doc, gz: Gazetteer, votes: set[str]) -> list[Mention]:
    """Runs of proper nouns outside any entity that name a country, a subdivision or a big city outright
    (the small model misses 'Aleppo' in some sentences), or that the article calls a place elsewhere, written
    where a place is named plainly (_plain_position), or a town's before a noun for a thing in it ('the Riverdale
    area': words.before_local_noun), or a town's or a county's after a locative preposition (_after_locative) or
    alone in its block (_whole_line), a guess resolve.in_context keeps only beside the article's places."""
    out = []
    for start, end in _joined(doc, _joined(doc, _name_runs(doc), gz, _hyphen_glued), gz, _possessive_glued):
        people_word = _after_people_word(doc[start:end], gz)
        start = start - people_word
        span = doc[start:end]
        if (designated := _designated_subdivision(block, span, gz) or unit_of_area(block, span, gz, votes)) is not None:
            out.append(designated)
            continue
        # a small town's name too where the article calls it a place elsewhere: 'The Innisfail skater'
        home = _before_person_noun(span) and (_home_name(span.text, gz) or fold(span.text) in votes)
        party = _party_state(span, gz)
        if not party and _party_state(_with_final_dot(span), gz):
            party, span = True, _with_final_dot(span)
        # 'Spokane ad agencies divided on ...' opening a headline, 'Spokane' read as a common noun: one word opening
        # its sentence that the article calls a place elsewhere
        voted = fold(span.text) in votes and span[0].is_sent_start and len(span) == 1
        # 'A 1-0 defeat to Reading' ('Reading' read as a common noun): a town playing a rival team's part
        team = town_plays_team(span, gz)
        vouched = home or party or people_word or voted or team
        if doc[start].pos != PROPN and not vouched and not _town_of_next(span, gz):
            continue  # a capitalised common noun is a name only with its state or country after it
        if after_person_title(span) or after_hyphen_word(span, gz) or fold(span.text) in word_set("not_places"):
            continue
        if before_group_number(span) or in_foreign_party_name(span):
            continue  # 'the so-called "San Antonio Four"', 'the Parti Pribumi Bersatu Malaysia': a group's name
        name = spelled_saint(span.text, gz)  # 'in St Catherine', a Jamaican parish
        named = (
            home
            or party
            or _rescued(name, "ORG", None, gz, set())
            or _town_of_next(span, gz)
            or _area_closing_address(span, span, gz)
            or body_address(span, gz)
            or bracketed_town(span, gz)
            or (fold(span.text) in votes and _plain_position(span))
            or (_residence_of(span) and bool(towns_named(span.text, gz)))
            or (before_local_noun(span) and bool(_towns(span.text, gz, RESCUE_MIN_POPULATION)))
            or team
        )
        # read for its preposition alone: resolve.in_context wants its state or a place near it named
        local = (
            not named
            and (_after_locative(span) or _whole_line(span) or _before_team_record(span) or _ranked_team(span))
            and bool(towns_named(span.text, gz))
        )
        if named or local:
            # the party's letter vouches for the state as a designator would
            hint = "admin1" if party else None
            m = Mention(block, span.start_char, span.end_char, name, hint, strong=False, guess=not party)
            m.local = local
            m.cued = cued(span, gz)  # 'head to Riverwood': the verb vouches for the name (resolve.is_weak)
            m.metonym = team  # a town for its club: teams.club_names reads its name before a club's noun
            out.append(m)
    return out


def _after_people_word(run: Span, gz: Gazetteer) -> int:
    """'to the people of the British Virgin Islands' tagged 'British' (NORP) alone: a nationality's words the model
    tags apart right before the run, that make with it a country's or a first-level subdivision's own name the
    gazetteer knows, open that name. How many words they are (0: none)."""
    doc = run.doc
    if run.start == 0:
        return 0
    word = doc[run.start - 1]
    if word.ent_type_ != "NORP" or word.whitespace_ != " ":
        return 0
    people = next((e for e in doc.ents if e.end == run.start), None)
    if people is None or people.label_ != "NORP" or not all(t.is_title and t.is_alpha for t in people):
        return 0
    return len(people) if _state_name(doc[people.start : run.end].text, gz) else 0


def _road_feature_towns(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'from the Air Balloon roundabout to the A429 Cirencester junction' ('A429 Cirencester' tagged a product): a
    town's own name right before a lower-case word for a road's feature (data: road_feature_words) is the town the
    feature serves and is named for. The name is the whole run of capitalised words before the word (after a road's
    number or a lower-case word: 'Air Balloon' is no town, whatever 'Balloon' may be), the model's tag on it no
    place's; the word vouches for it as a designator would (Mention.cued), a guess resolve.in_context weighs."""
    out = []
    for tok in doc:
        if tok.i == 0 or not tok.is_lower or tok.lower_ not in word_set("road_feature_words"):
            continue
        first = tok.i
        while first > 0 and doc[first - 1].is_title and doc[first - 1].is_alpha:
            first -= 1
        span = doc[first : tok.i]
        if len(span) > 3:
            continue
        if not len(span) or span[0].ent_type_ in PLACE_LABELS:
            continue
        if any(p.place_type in TOWN_TYPES for p in towns_named(span.text, gz)):
            m = Mention(block, span.start_char, span.end_char, span.text, strong=False, guess=True)
            m.cued = True
            out.append(m)
    return out


def _lower_case_regions(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'18th Street Distillery brings weird, wonderful new spirits to the midwest': a region's name written in lower
    case after 'the' (data: lower_case_regions, names that are no common word), outside any entity or in a place's
    (the model tags 'the midwest' LOC, but a lower-case entity is read as no name: entity_mentions._from_entity),
    and not before a lower-case noun it would qualify ('the caribbean sun'), is the region the gazetteer knows by
    that name."""
    out = []
    regions = word_set("lower_case_regions")
    for tok in doc:
        if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or not tok.is_lower:
            continue
        for size in (2, 1):
            span = doc[tok.i : tok.i + size]
            if (
                len(span) < size
                or span.text not in regions
                or any(t.ent_type_ not in PLACE_LABELS for t in span if t.ent_type)
            ):
                continue
            if span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos == NOUN:
                break
            if any(gz.places[i].place_type == "region" for i in gz.lookup(span.text)):
                out.append(Mention(block, span.start_char, span.end_char, span.text, strong=False))
            break
    return out


# a state's name, 'and', and a phrase that puts it inside a larger whole named by a capitalised compass word after
# 'the', the word closing the name ('in California and other parts of the West'; not 'the West Bank')
_PART_OF_WHOLE = re.compile(
    r"(?<![\w.'’-])([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}),? and (?:in )?(?:other parts|other areas|the rest) of the "
    r"([A-Z][a-z]+)(?![\w'’-]| [A-Z])"
)


def _compass_regions_beside(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'temperatures reached 10 to 20 degrees above normal in California and other parts of the West': a capitalised
    compass word after 'the' that closes 'other parts of', 'other areas of' or 'the rest of' after a state's own name
    (or its abbreviation) and 'and' names the region of the state's country that the phrase puts the state in (data:
    compass_regions, by country code: the western United States). The word alone is no place (not_places: 'the West'
    is as often the Western countries, 'in Britain and other parts of the West')."""
    out = []
    regions = tables()["compass_regions"]
    for match in _PART_OF_WHOLE.finditer(text_of(doc)):
        state, word = match.group(1), match.group(2).lower()
        for p in map(gz.places.__getitem__, gz.lookup(state)):
            region = regions.get(p.country_code or "", {}).get(word)
            own = fold(p.name) == fold(state) or state in gz.abbreviation
            if p.place_type == "admin1" and own and region and gz.lookup(region):
                out.append(Mention(block, match.start(2), match.end(2), region, strong=False))
                break
    return out


def _designated_subdivision(block: int, span: Span, gz: Gazetteer) -> Mention | None:
    """'in Maiduguri Borno State', 'The Benue State Commissioner for Health': a subdivision's own name and a
    capitalised designator of a subdivision's kind (data: designators_after, those of 'admin1': 'State',
    'Province') that the model left untagged name the subdivision; the designator vouches for it, no guess. The
    name may close a longer run (the town before it, 'Maiduguri' tagged or not) and words may follow the designator
    (an office's or a body's: the jurisdiction it names, as bodies.py reads tagged ones). A US state's name and
    'State' standing alone is its university's (institutions.state_school drops it later)."""
    for n in range(1, len(span)):
        if not (span[n].is_title and _subdivision_designator(span[n].lower_)):
            continue
        for s in range(max(0, n - 3), n):  # the longest name first: 'Cross River State', not 'River State'
            name = span[s:n]
            if _subdivision_named(name.text, gz):
                end = span[n].idx + len(span[n].text)
                return Mention(block, name.start_char, end, name.text, "admin1", strong=False)
    return None


def _subdivision_designator(word: str) -> bool:
    """One word that designates a first-level subdivision ('state', 'province', 'oblast')."""
    return any(len(words) == 1 and kind == "admin1" for words, kind in designators_after_by(0).get(word, ()))


def _subdivision_named(name: str, gz: Gazetteer) -> bool:
    """The gazetteer knows a first-level subdivision by this own name ('Borno', not 'Maiduguri Borno')."""
    key = fold(name)
    return any((p := gz.places[i]).place_type == "admin1" and fold(p.name) == key for i in gz.lookup(name))


def _party_state(span: Span, gz: Gazetteer) -> bool:
    """'Tom Malinowski, D-N.J., a former ...', '(R-Ky.)': a legislator's party letter (data: party_letters, upper
    case) glued by a hyphen before a state's name or its abbreviation names the state the legislator represents.
    An abbreviation is no state's own name, so nothing else here rescues it ('Texas' in 'R-Texas' is rescued as a
    subdivision's own name). Not a postal code ('R-TX'): the gold corpora leave those out (geowebnews, MEANTIME),
    and both rows fell when they were read."""
    letter = glued_before(span)
    if letter is None:
        return False
    if not is_party_letter(letter):
        return False
    return any(gz.places[i].place_type == "admin1" for i in gz.lookup(span.text))


def _with_final_dot(span: Span) -> Span:
    """'R-W.Va.,': the tokenizer cuts an abbreviation's last dot off as a token of its own ('W.Va', '.'), and the
    gazetteer knows the abbreviation with its dot ('W.Va.'), so a dot glued after the run is read with it when the
    run alone names no state (the period after 'D-Ohio.' ends the sentence)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "." and not doc[span.end - 1].whitespace_:
        return doc[span.start : span.end + 1]
    return span


def _before_person_noun(span: Span) -> bool:
    """'Cork mother says', 'Hampshire racing driver Rob Collard', 'a Leeds pensioner', 'the young Innisfail skater',
    '"... sleep," Tabriz resident Amina Zia told the BBC': a name opening a headline, a sentence or a clause after a
    quotation, or after an article (one lower-case adjective allowed between), right before a person's noun (data:
    person_nouns_after, home_person_nouns), one lower-case word allowed between, says where the person is from."""
    if not _opens_noun_phrase(span):
        return False
    return noun_follows(span, word_set("person_nouns_after") | word_set("home_person_nouns"))


def _opens_noun_phrase(span: Span) -> bool:
    """The name opens its sentence, follows a quotation mark or an article, or an article and one lower-case
    adjective ('the young Innisfail skater')."""
    doc = span.doc
    if span.start == 0 or span[0].is_sent_start:
        return True
    prev = doc[span.start - 1]
    if prev.is_quote or prev.lower_ in ("a", "an", "the"):
        return True
    return span.start > 1 and prev.pos == ADJ and prev.is_lower and doc[span.start - 2].lower_ in ("a", "an", "the")


def _plain_position(span: Span) -> bool:
    """A name that opens its sentence ('Douma is surrounded by government forces') or follows a locative
    preposition or 'of' ('the rebel bastion of Douma'): where the article's own place is named plainly. Not after
    'the', a number or another word ('the Wild', 'No. 2 Erie', 'the next Davos' are a team's and a metaphor's)."""
    if span.start == 0 or span[0].is_sent_start:
        return True
    prev = span.doc[span.start - 1]
    return prev.lower_ in word_set("locative_prepositions") or prev.lower_ == "of"


def _after_locative(span: Span) -> bool:
    """'the reopening of this plant at Belvidere', 'Allan's disappearance in Fife': a run of one or two proper nouns
    right after a locative preposition (data: locative_prepositions) or a form of 'visit' (data: visit_verbs: 'to
    visit Belvidere on Thursday') and before no other capitalised word, where a town or a county is named plainly.
    A guess: resolve.in_context keeps it only in the country or near the places the article's tagged names vouch
    for, and resolve.is_weak drops a town the article does not back. A hyphened name's hyphens and lower-case words
    are no words of the run ('in Boulay-les-Barres near Orleans': one)."""
    if span.start == 0 or sum(t.text[:1].isupper() for t in span) > 2:
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.text[:1].isupper():
        return False
    prev = span.doc[span.start - 1]
    # 'is scheduled to visit Belvidere on Thursday': the verb's object is where the visit goes, as 'in' would say
    return prev.lower_ in word_set("locative_prepositions") or (
        prev.pos == VERB and prev.lower_ in word_set("visit_verbs")
    )


def _whole_line(span: Span) -> bool:
    """'Aldershot' alone in its block: a list's item or a table's cell that is one name and nothing else, where no
    sentence says what it is; a guess that resolve.in_context keeps only beside the article's places (as a name
    after a locative preposition)."""
    return span.start == 0 and span.end == len(span.doc)


def _before_team_record(span: Span) -> bool:
    """'Rockledge (3-1): C. Martinez 1 goal. D. Robbins 1 save.': a name opening its block right before a team's
    record in brackets and a colon heads a game roundup's line of the team's players, the town's school or club
    (metonymy: the audit guide counts it). A guess as one after a locative preposition: resolve.in_context keeps it
    only with its state named or a place of the article near it, and teams.distant_team_towns drops a far one."""
    if span.start != 0:
        return False
    text = text_of(span.doc)
    record = RECORD_AFTER.match(text, span.end_char)
    return record is not None and text[record.end() : record.end() + 1] == ":"


def _ranked_team(span: Span) -> bool:
    """'No. 14 Pueblo West (7-4) at No. 3 Montrose (8-2), 1 p.m. Saturday:' a playoff bracket's line: a name between a
    seed's number ('No. 14') and the team's record in brackets is a team's, the town's school where the gazetteer
    knows a town by the name (metonymy: 'No. 4 Durango' in the audit guide). A guess as _before_team_record's:
    resolve.in_context keeps it only with its state named or a place of the article near it, and
    teams.distant_team_towns drops a far one ('No. 11 Northfield (7-3)', a Denver school)."""
    doc = span.doc
    if span.start < 2 or not doc[span.start - 1].text.isdigit() or not _rank_word(doc, span.start - 1):
        return False
    return RECORD_AFTER.match(text_of(doc), span.end_char) is not None


def _rank_word(doc: Doc, number: int) -> bool:
    """'No.' (one token or 'No' and '.') or '#' right before the number at `number`."""
    before = doc[number - 1]
    if before.text in ("No.", "#"):
        return True
    return before.text == "." and number >= 2 and doc[number - 2].text == "No" and not doc[number - 2].whitespace_


def _name_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of capitalised proper nouns and title-case common nouns outside any entity."""
    return token_runs(doc, _name_word)


Run = tuple[int, int]


def _joined(doc: Doc, runs: list[Run], gz: Gazetteer, glued: Callable[[Doc, Run, Run, Gazetteer], bool]) -> list[Run]:
    """Neighbouring runs folded into one name where `glued` says what stands between them is inside the name."""
    out: list[Run] = []
    for run in runs:
        if out and glued(doc, out[-1], run, gz):
            out[-1] = (out[-1][0], run[1])
            continue
        out.append(run)
    return out


def _possessive_glued(doc: Doc, left: Run, right: Run, gz: Gazetteer) -> bool:
    """ "in Estey's Bridge, N.B.": a possessive between two runs is inside one name (the model reads 'Estey' and
    'Bridge' apart) when the gazetteer knows the whole as a town; else the runs stay apart ('Wilson's Farm')."""
    start = right[0]
    if left[1] + 1 != start or not is_possessive(doc[start - 1]) or doc[start - 2].whitespace_:
        return False
    return any(gz.places[i].place_type in TOWN_TYPES for i in gz.lookup(doc[left[0] : right[1]].text))


def _hyphen_glued(doc: Doc, left: Run, right: Run, gz: Gazetteer) -> bool:
    """'at the Orleans – Bricy Air Base 123 in Boulay-les-Barres near Orleans', 'Khyber-Pakhtunkhwa': two runs a hyphen
    glues (lower-case words inside the name between hyphens: '-les-') are one name, untagged as a whole, where the
    gazetteer knows the whole (name_kinds.hyphened_name); else the runs stay apart ('Harley-Davidson'). Not where a
    capitalised word the model tagged goes on with the name, before or after it ('in German South-West Africa': a
    colony, no Cameroonian region 'South-West')."""
    whole = doc[left[0] : right[1]]
    return (
        _glued_hyphens(doc[left[1] - 1 : right[0] + 1])
        and not _capitalised_beside(whole)
        and hyphened_name(whole.text, gz)
    )


def _capitalised_beside(span: Span) -> bool:
    """A capitalised word right before or right after the span."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.text[:1].isupper() for t in (before, after))


def _glued_hyphens(span: Span) -> bool:
    """The span's first and last words joined by hyphens and lower-case words between them, no space anywhere:
    'Khyber-Pakhtunkhwa', 'Boulay-les-Barres'."""
    between = span[1:-1]
    return (
        len(between) in (1, 3, 5)
        and not any(t.whitespace_ for t in span[:-1])
        and all(t.text in HYPHENS if i % 2 == 0 else t.is_lower and t.is_alpha for i, t in enumerate(between))
    )


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun or a title-case common noun outside any entity, or closing a numeric one after its
    number (_after_number)."""
    return (tok.ent_type == 0 or _after_number(tok)) and _capitalised_noun(tok)


def _capitalised_noun(tok: Token) -> bool:
    return tok.pos == PROPN and tok.text[:1].isupper() or tok.pos == NOUN and tok.is_title


def _after_number(tok: Token) -> bool:
    """'a survey of 706 Orange County residents' ('706 Orange County' tagged PERCENT): capitalised nouns that close the
    model's numeric entity right after its number are a name the number swallowed, read as an untagged run (the
    number standing where an article would: words.after_own_number). Not words inside it ('one million US dollars':
    the currency's words close it)."""
    if tok.ent_iob_ != "I" or tok.ent_type_ not in NUMBER_LABELS:
        return False
    doc, first, last = tok.doc, tok.i, tok.i
    while doc[first - 1].ent_iob_ == "I" and _capitalised_noun(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I" and _capitalised_noun(doc[last + 1]):
        last += 1
    closes = last + 1 == len(doc) or doc[last + 1].ent_iob_ != "I"
    return closes and doc[first - 1].like_num and doc[first - 1].ent_type == tok.ent_type


def _compounds(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'the U.S.-led coalition', 'Texas-based': a place's name joined to a participle in one token; and two places'
    names one token joins (_joined_pair)."""
    out: list[Mention] = []
    text = text_of(doc)
    if not (COMPOUND_IN_TEXT.search(text) or JOINED_PAIR_IN_TEXT.search(text)):
        return out
    for tok in doc:
        if "-" not in tok.text or tok.ent_type_ in PLACE_LABELS:
            continue
        m = COMPOUND.match(tok.text)
        if m and m.group("tail") in word_set("compound_tails") and strong_name(m.group("name"), gz, cities=True):
            out.append(Mention(block, tok.idx, tok.idx + len(m.group("name")), m.group("name"), strong=False))
        else:
            out += _joined_pair(block, tok, gz)
    return out


def _joined_pair(block: int, tok: Token, gz: Gazetteer) -> list[Mention]:
    """'the U.S.-Mexico border', 'U.S.-China trade talks': two countries' (a union's, a state's) names joined by a
    hyphen in one token, which the model tags an organisation or nothing, are two places (as entity_parts reads
    'EU-Canada' tagged in three tokens). Only a token that is its entity's whole ('the U.S.-China Business Council'
    is a body's name), and not a name the gazetteer knows whole ('Guinea-Bissau')."""
    m = JOINED_PAIR.match(tok.text)
    if m is None or gz.lookup(tok.text):
        return []
    doc = tok.doc
    whole = tok.ent_type == 0 or tok.ent_iob_ == "B" and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
    if not whole:
        return []
    names = [(m.start(k), m.group(k)) for k in ("a", "b")]
    # a union by its initials ('EU-Canada'); not an ocean's word, a company's ('Georgia-Pacific')
    if not all(strong_name(name, gz) or name.isupper() and _region_by_any_name(name, gz) for _, name in names):
        return []
    return [Mention(block, tok.idx + at, tok.idx + at + len(name), name, strong=False) for at, name in names]


def _datelines(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """'BEIRUT —', 'COLUMBUS, Ohio (AP) —', after a photograph's credit too ('© Getty Images MANCHESTER, ENGLAND
    -'), a town's in brackets in title case before a dash ('(Red Oak) -- The three'); and with no mark after them
    (DATELINE_BARE) a country's, a subdivision's or a large city's name only: 'OKLAHOMA CITY The Latest on ...'."""
    out = []
    text = text_of(doc)
    for match in [*DATELINE.finditer(text), *DATELINE_AFTER_CREDIT.finditer(text)]:
        name = match.group(1).strip(" -")
        start, end = match.start(1), match.start(1) + len(name)
        region = _dateline_region(text, end, gz)
        key = _shouted_short_name(name, gz)
        if len(name) >= 3 and (gz.lookup(name) or key != name and (region or strong_name(key, gz, True))):
            out.append(Mention(block, start, end, key))
        if region:
            out.append(Mention(block, region.start(1), region.end(1), _shouted_short_name(region.group(1), gz)))
    for match in DATELINE_BRACKETED.finditer(text):
        # '(Red Oak) -- The three ...': the brackets and the dash say a dateline, as a designator would (Mention.cued)
        name = match.group(1)
        if strong_name(name, gz) or any(p.place_type in TOWN_TYPES for p in towns_named(name, gz)):
            m = Mention(block, match.start(1), match.end(1), name)
            m.cued = True
            out.append(m)
    for match in LEDE_CAPITALS.finditer(text):
        # 'A PARANAQUE court on Friday sentenced': a lede in capitals names a place the gazetteer knows well (a
        # country, a subdivision, a large city by its own name or its spelling: Paranaque City), a guess all the same
        name = match.group(1)
        if strong_name(name, gz, True) or _towns(name, gz, RESCUE_MIN_POPULATION):
            out.append(Mention(block, match.start(1), match.end(1), name, strong=False, guess=True))
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


def _dateline_region(text: str, end: int, gz: Gazetteer) -> re.Match | None:
    """The country's, subdivision's or region's name in capitals after a dateline's town that ends at `end`
    (DATELINE_REGION): 'KHAN YOUNIS, GAZA — The Israeli assault on the Gaza Strip', 'BAAR, SWITZERLAND'. The
    dateline's shape vouches for a name the gazetteer knows as a state or a region by its own name (strong_name)."""
    match = DATELINE_REGION.match(text, end)
    if match is None or not strong_name(_shouted_short_name(match.group(1), gz), gz):
        return None
    return match


def _shouted_short_name(name: str, gz: Gazetteer) -> str:
    """The lookup name of a name in capitals of four letters or fewer, which the gazetteer reads as an acronym and
    does not look up ('GAZA', 'BAAR'): the name in title case. A dateline's shape says it is a name, not initials;
    a longer name in capitals folds as it is, and so does a country's short code the gazetteer knows only in
    capitals ('USA —': 'Usa' is no country, Gazetteer.lookup)."""
    if name.isalpha() and name.isupper() and len(name) <= 4 and not gz.lookup(name):
        return name.title()
    return name


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
