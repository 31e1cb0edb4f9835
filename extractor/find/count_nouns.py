"""The noun a count counts (issue 17): which noun a number's phrase names, and how far that noun's phrase runs.

`counts.py` decides whether a number is a count; this module decides what it counts. `counted_noun` returns the
text of the counted noun's phrase, or None when the number counts no noun in reach (the count stays).

Decisions:
- The counted noun comes from the dependency parse: the noun the number modifies, or the object of "of" when the
  number counts none ("tens of thousands of people").
- The counted noun (`counted_head`) is the noun the number's phrase ends in: "the 10 best early Black Friday 2019
  deals" counts deals, though the parse hangs the number on "Friday", a modifier of "deals". A noun with a
  determiner between it and the number is not counted by it: "expand by five the pool of eligible bidders".
- "with one league game remaining": "one" before a compound of two singular nouns counts the compound
  (games); after "a" ("a one bedroom flat") it is a modifier of the kind and counts the first word.
- A number hyphened to its noun keeps it ("a four-cylinder engine" counts cylinders), and so does a number
  before a noun made an adjective by -ed ("two bedroomed flats" counts bedrooms, data/count_values.json
  noun_ed_stems), hyphened or not ("a five-pillared strategic approach" counts pillars, as "a 500-seat theatre"
  counts seats: parts each thing has). A space after the hyphened word lets it run on ("60-plus industry experts" counts
  experts).
- A number the parse hangs on a possessor of a sex or age group counts the plural noun after the possessive ("The
  two national women's semifinal games" counts games: data/count_values.json classifier_possessors); any other
  possessor is what is counted ("the two billionaires' strategy").
- A number before "of the" and an adjective that names a group of people counts them, whatever the parse makes of
  the words after ("Four of the injured suffered scrapes and bruises": data/count_values.json people_adjectives).
- "All but one item has been recovered": the number after "all but" counts the noun right after it (`all_but_noun`),
  though the parse makes the number a conjunct of "All" and the noun the verb's subject. With no noun of its own
  ("all but one voted") it stays a pointing number, no count (count_forms.py).
- The counted noun runs on over a compound the parse split ("All three of the house salsas").
  A singular noun counted by a plural number and joined by "of" to a plural noun is the first word of a
  compound ("dozens of freedom of information requests" counts requests); "one box of matches" counts boxes.
- A verb the parse took for a sentence's root noun is no counted noun ("All three leave for the
  playground."). Nor is a noun that names a figure ("the 60,000 projection": count_measures.py).
- It runs on over coordinated nouns only when the number counts them too: not over a noun with its own
  quantity or determiner ("two shotguns and hundreds of rounds", "two goals and an assist"), a name after a common
  noun ("30 saves and Minnesota"), a plural after "one", the list after "a 50 slip marina" (the number is inside a
  modifier), or a list after a comma of as many items as the number (it names the counted things); nor does it take
  in the unit of another number ("1 large or 1200 g whole chicken").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..data import load
from ..normalize.numbers import tables as number_tables
from ..normalize.units import match_unit
from .count_measures import names_a_figure
from .reading import counts_noun, is_year, number_root

__all__ = ["all_but_noun", "counted_head", "counted_noun", "hyphened_noun_adjective"]


def counted_noun(span: Span, value: float | None = None) -> str | None:
    """The noun phrase the number counts: 'officials and talents', 'medical workers', 'people' in
    'tens of thousands of people'."""
    people = _people_of_the(span)
    if people is not None:
        return people  # "Four of the injured suffered scrapes": the injured, however the parse hangs the words
    root = number_root(span)
    noun = None
    if (adjective := hyphened_noun_adjective(root)) is not None:
        noun = adjective  # "a three-pronged attack": prongs, however the parse hangs the number
    elif (past := _noun_past_number(root)) is not None:
        noun = past  # "Three 500 MW plants": plants, though the parse makes "Three" a piece of "500"
    elif counts_noun(root):
        noun = counted_head(root)
    elif (excepted := all_but_noun(root)) is not None:
        noun = excepted  # "All but one item has been recovered": items, though the parse makes "one" a conjunct
    else:
        for tok in span:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                    objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                    noun = objs[0] if objs else None
    if noun is None:
        return None
    doc = span.doc
    first, noun = noun, _of_compound_head(_split_compound_head(noun), value)
    if _verb_taken_for_noun(noun, value):
        return None  # "All three leave for the playground.": the count stays, it counts no noun in reach
    if names_a_figure(noun, root):
        return None  # "the 60,000 projection": deaths are counted, and they are not in reach
    start = min(first.i, noun.i)
    while start - 1 >= span.end and _modifier_of(doc[start - 1], noun, span.end):
        start -= 1
    end = noun.i
    for conj in _conjuncts(noun, root, value):
        end = conj.i
    start, end = _whole_hyphened(doc, start, end, span.end)
    return doc[start : end + 1].text


def all_but_noun(root: Token) -> Token | None:
    """'All but one item has been recovered', 'all but two items': the noun right after a number that follows "all
    but" (a compound's head when the noun is its first word), which the number counts though the parse hangs it on
    "all" as a conjunct; none before a verb or "of" ("all but one voted", "all but one of them")."""
    doc = root.doc
    if root.i < 2 or root.i + 1 >= len(doc) or counts_noun(root):
        return None
    if doc[root.i - 1].lower_ != "but" or doc[root.i - 2].lower_ != "all":
        return None
    noun = doc[root.i + 1]
    while noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun if noun.pos_ == "NOUN" else None


def _noun_past_number(root: Token) -> Token | None:
    """'Three 500 MW plants are planned', 'two 1,000 tonne ships': a number word right before a number in digits that
    measures or sizes a plural noun counts that noun; the parse makes the word a compound of the digits, as if they
    were one number ('three 500' is no 3,500: digits take no number word before them). Digits before digits may be one
    number written with a space ('100 000'), and a year after the word ('five 2024 hopefuls') is left to the parse."""
    digits = root.head
    if not root.is_alpha or root.dep_ != "compound" or digits.i != root.i + 1:
        return None
    if re.fullmatch(r"\d[\d,.]*", digits.text) is None or is_year(digits.text) or not counts_noun(digits):
        return None
    return digits.head if digits.head.tag_ in ("NNS", "NNPS") else None


def _glued(tok: Token) -> bool:
    """A hyphen with no space on either side: it makes one word of the two around it."""
    return tok.i > 0 and tok.text == "-" and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """The token at i is a hyphen glued to a word on each side ('co-ordinators', 'high-ranking')."""
    return 0 < i < len(doc) - 1 and _glued(doc[i]) and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _whole_hyphened(doc: Doc, start: int, end: int, floor: int) -> tuple[int, int]:
    """The counted phrase from start to end (token indexes), widened so that it neither starts nor ends
    inside a hyphened word, which the tokenizer splits at each hyphen: 'one of the two co-ordinators' counts
    'co-ordinators', not 'co'; 'three high-ranking insurgents' counts 'high-ranking insurgents', not 'ranking
    insurgents'; 'five triple-doubles' counts triple-doubles. It never widens back over the number's own tokens
    (floor: 'a two-car garage' counts 'car'), nor onto a word that a hyphen glues to the number ('the 700-plus-page
    tome' counts 'page')."""
    first = start
    while first - 2 >= floor and _glued_hyphen(doc, first - 1):
        first -= 2
    if first < start and first >= 1 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_:
        first = start  # the chain runs on back into the number: '700-plus-page'
    while _glued_hyphen(doc, end + 1):
        end += 2
    return first, end


def _people_of_the(span: Span) -> str | None:
    """'Four of the injured', 'Two of the dead': 'of the' and an adjective that names a group of people
    (count_values.json people_adjectives), no noun after it, right after the number, which counts those people."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end + 1].lower_ != "the":
        return None
    word = doc[span.end + 2]
    if word.i + 1 < len(doc) and doc[word.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "five of the missing patients": the adjective modifies the noun the parse finds
    return word.text if word.lower_ in load("count_values")["people_adjectives"] else None


def counted_head(root: Token) -> Token | None:
    """The noun the number at root counts: its head, or the plural noun that singular head modifies further on
    ('the 10 best early Black Friday 2019 deals'); none when a determiner stands between ('by five the pool').
    A number hyphened to its noun keeps it ('a four-cylinder engine' counts cylinders, as the parse says), and so
    does a number right before a noun made an adjective by -ed ('two bedroomed flats' counts bedrooms, as
    'two-bedroom flats' does: each flat has them, see `_noun_adjective`)."""
    noun = root.head
    if any(t.dep_ == "det" and root.i < t.i < noun.i for t in noun.children):
        return None
    if _noun_adjective(root):
        return root.doc[root.i + 1]
    noun = _classified(noun)
    if "-" in (between := root.doc.text[root.idx : noun.idx]) and not any(c.isspace() for c in between):
        return noun  # the hyphen joins number and noun; '60-plus industry experts' (a space) counts on to experts
    if (before_comma := _noun_before_comma(root, noun)) is not None:
        return before_comma
    while _modifies_plural(noun) or _one_modifies_singular(root, noun):
        noun = noun.head
    return noun


def _classified(noun: Token) -> Token:
    """'The two national women's semifinal games': the parse hangs the number on a possessor of a sex or age group
    (count_values.json classifier_possessors), whose possessive names the kind of the plural noun after it; that noun
    is counted. Another possessor is ('the two billionaires' strategy'), and so is one before a singular noun."""
    head = noun.head
    if noun.dep_ != "poss" or noun.lower_ not in load("count_values")["classifier_possessors"]:
        return noun
    return head if head.i > noun.i and head.tag_ == "NNS" else noun


def _noun_before_comma(root: Token, noun: Token) -> Token | None:
    """'Two Bartholomew County warrants, one out-of-county warrant, possession of marijuana': the parse may hang a
    number on a noun past a comma, taking the noun before the comma (after a hyphened modifier) for a modifier of the
    next item of a list. A number's phrase ends at the comma, so it counts the common noun right before it, when only
    the words of that noun's phrase (nouns, adjectives, numbers, hyphened words) stand between."""
    doc = root.doc
    comma = next((t for t in doc[root.i + 1 : noun.i] if t.text == ","), None)
    if comma is None or comma.i - 1 <= root.i or doc[comma.i - 1].pos_ != "NOUN":
        return None
    last = doc[comma.i - 1]
    if all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or _in_hyphened(t) for t in doc[root.i + 1 : last.i]):
        return last
    return None


def _in_hyphened(tok: Token) -> bool:
    """A hyphen, or a word a hyphen glues to the next or the last word ('out-of-county')."""
    doc = tok.doc
    glued_after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    glued_before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    return tok.text == "-" or glued_after or glued_before


def _noun_adjective(root: Token) -> bool:
    """'a very small number of two bedroomed flats', 'a three legged stool': the word right after the number is a noun
    of data/count_values.json noun_ed_stems with -ed ('legged': leg, 'sided': side), which says what each thing has;
    the number counts that, not the things (a participle such as 'two infected patients' is no such noun)."""
    if root.i + 1 >= len(root.doc):
        return False
    nxt = root.doc[root.i + 1]
    # the adjective modifies a noun after it ('one headed by a judge' is a verb's participle)
    return nxt.dep_ in ("amod", "compound") and nxt.head.i > nxt.i and _ed_of_stem(nxt.lower_)


def hyphened_noun_adjective(root: Token) -> Token | None:
    """'a five-pillared strategic approach', 'a three-legged stool': the number glued by a hyphen to a noun of
    noun_ed_stems made an adjective by -ed, which modifies a noun after it. The parse hangs the number on the
    adjective or on the noun after it; the number counts the parts each thing has (pillars, legs, prongs), as 'a
    500-seat theatre' counts seats. The adjective's token, or None."""
    doc = root.doc
    if root.i + 2 >= len(doc) or doc[root.i + 1].text != "-" or root.whitespace_ or doc[root.i + 1].whitespace_:
        return None  # glued on both sides: "five-pillared", "10-legged" ("five - pillared" is no compound)
    adj = doc[root.i + 2]
    if adj.dep_ != "amod" or adj.head.i <= adj.i or adj.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return adj if _ed_of_stem(adj.lower_) else None


def _ed_of_stem(word: str) -> bool:
    """The word is a noun of noun_ed_stems with -ed: 'legged' (a doubled consonant undone), 'sided' (a dropped e
    put back), 'storied' (a y turned i put back), 'pillared'."""
    if not word.endswith("ed") or len(word) < 5:
        return False
    stem = word[:-2]
    stems = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])
    if stem.endswith("i"):
        stems.add(stem[:-1] + "y")
    return not stems.isdisjoint(load("count_values")["noun_ed_stems"])


def _one_modifies_singular(root: Token, noun: Token) -> bool:
    """'with one league game remaining': a singular noun right before the singular noun it modifies is the first
    word of a compound that 'one' counts as a whole (games, not leagues). After 'a' ('a one bedroom flat') 'one'
    is a modifier of the kind and counts the first word, as a hyphen says ('a one-bedroom flat')."""
    head = noun.head
    before = root.doc[root.i - 1].lower_ if root.i > 0 else ""
    return (
        root.lower_ == "one"
        and before not in ("a", "an")
        and noun.dep_ == "compound"
        and noun.tag_ == "NN"
        and head.tag_ == "NN"
        and head.i == noun.i + 1
    )


_IN_PHRASE = ("compound", "nmod", "amod", "nummod", "cc", "conj")


def _modifies_plural(noun: Token) -> bool:
    """A singular noun that is a modifier in the phrase of a plural noun after it ('Black Friday 2019 deals',
    'maintenance and cleaning workers'), with only that phrase's words between."""
    head = noun.head
    return (
        noun.dep_ in ("compound", "nmod")
        and noun.tag_ in ("NN", "NNP")
        and head.tag_ == "NNS"
        and head.i > noun.i
        and all(t.dep_ in _IN_PHRASE for t in noun.doc[noun.i + 1 : head.i])
    )


def _verb_taken_for_noun(noun: Token, value: float | None) -> bool:
    """'All three leave for the playground.': a sentence the parse finds no verb in, whose root it reads as a singular
    noun counted by a number above one, has its verb taken for that noun (a plural number counts no singular noun)."""
    return (
        value is not None
        and value > 1
        and noun.dep_ == "ROOT"
        and noun.tag_ == "NN"
        and not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)
    )


def _modifier_of(tok: Token, noun: Token, after: int) -> bool:
    """A word of the counted noun's phrase before it, unless it is the unit of a number of its own: in '1 large or
    1200 g whole chicken' the 'g' measures 1200, so 1 counts 'whole chicken'."""
    if tok.head != noun or tok.dep_ not in ("amod", "compound", "nmod"):
        return False
    if tok.i - 2 >= after and _glued_hyphen_after_number(tok):
        return False  # "two 500-bed hospitals": "500-bed" is the other number's, two counts hospitals
    prev = tok.doc[tok.i - 1]
    if tok.i - 1 < after or not prev.like_num:
        return True
    unit = match_unit(tok.doc.text, prev.idx + len(prev.text))
    return unit is None or unit.end < tok.idx + len(tok.text)


def _glued_hyphen_after_number(tok: Token) -> bool:
    """The word is glued by a hyphen to a number in digits before it: 'bed' in '500-bed', 'storey' in '10-storey'.
    A word's 'one-touch tools', 'second-place finishers' name a kind of the counted thing and stay in its phrase."""
    hyphen, number = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return _glued(hyphen) and re.fullmatch(r"\d[\d,.]*", number.text) is not None


def _split_compound_head(noun: Token) -> Token:
    """'All three of the house salsas': the parse may hang the second word of a compound on a word before the first
    (a second object of 'of', an apposition to the number), so the object of 'of' is only the compound's modifier;
    the counted noun then runs on to that next lower-case noun ('house salsas')."""
    doc = noun.doc
    while (
        noun.dep_ == "pobj"
        and noun.i + 1 < len(doc)
        and (nxt := doc[noun.i + 1]).dep_ in ("pobj", "appos")
        and nxt.head.i < noun.i
        and nxt.pos_ in ("NOUN", "PROPN")
        and nxt.is_lower
        and nxt.is_alpha
    ):
        noun = nxt
    return noun


def _of_compound_head(noun: Token, value: float | None) -> Token:
    """'Li has made dozens of freedom of information requests' (geowebnews): a singular noun counted by a plural
    number, followed by 'of' and a plural noun with only modifiers between, is the first word of a compound joined by
    'of'; the plural noun is its head and the thing counted. 'one box of matches' (one) counts boxes, and
    'dozens of cups of coffee' (a plural noun) is no such compound."""
    doc = noun.doc
    if noun.tag_ != "NN" or not noun.is_lower or (value is not None and value <= 1):
        return noun
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of" or doc[noun.i + 1].head != noun:
        return noun
    plural = next((c for c in doc[noun.i + 1].children if c.dep_ == "pobj"), None)
    if plural is None or plural.tag_ != "NNS" or plural.i > noun.i + 4:
        return noun
    if not all(t.dep_ in ("compound", "amod") and t.head == plural for t in doc[noun.i + 2 : plural.i]):
        return noun
    return plural


def _conjuncts(noun: Token, root: Token, value: float | None = None) -> list[Token]:
    """Nouns coordinated with the counted one, close by, that the number counts too: 'officials and talents',
    'provinces and cities', 'new cars, trucks and SUVs'. A singular noun counted by more than one ('a 50 slip marina,
    gas docks, restaurants': its 'a' before the number) has the number inside a modifier of its own phrase, and a list
    after a comma of as many items as the number names them ('three elements, leadership styles, situational variables
    and the interrelationship'): neither list is the number's."""
    if noun.tag_ in ("NN", "NNP") and not _is_one(root) and _article_before(noun, root):
        return []
    chain = _conj_chain(noun)
    if chain and value is not None and len(chain) == value and noun.doc[noun.i + 1].text == ",":
        return []
    out: list[Token] = []
    for tok in chain:
        if not _counted_too(tok, noun, root):
            break
        out.append(tok)
    return out


def _conj_chain(noun: Token) -> list[Token]:
    """The nouns coordinated with noun, each close to the one before."""
    out: list[Token] = []
    tok = noun
    while nxt := [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i - tok.i <= 4]:
        tok = nxt[0]
        out.append(tok)
    return out


def _article_before(noun: Token, root: Token) -> bool:
    """'a 50 slip marina': the noun's 'a' or 'an' stands before the number."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < root.i for c in noun.children)


def _is_one(root: Token) -> bool:
    return root.lower_ in ("one", "1")


def _counted_too(conj: Token, noun: Token, root: Token) -> bool:
    """Whether the number counts the conjunct as well. Not a noun with a quantity of its own ('1,200 teachers and 860
    doctors', 'two shotguns and hundreds of rounds', 'about half men and half women'), nor one with its own
    determiner ('two goals and an assist', 'in 11 states and the District'), nor a name after a common noun ('made 30
    saves and Minnesota beat Buffalo', 'two battalions, Dnipro-1 and Dnipro-2'), nor a plural after 'one' ('the
    juice of one lemon and spices')."""
    words = number_tables()
    if conj.lower_ in words["vague_plurals"] or conj.lower_ in words["groups"] or conj.lower_ in words["scales"]:
        return False
    if any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in conj.children):
        return False
    if any(c.dep_ in ("det", "poss", "predet") or c.lower_ in words["fractions"] for c in conj.lefts):
        return False
    if conj.tag_ == "NNP" and noun.pos_ == "NOUN" and noun.is_lower:
        return False
    return not (_is_one(root) and conj.tag_ in ("NNS", "NNPS"))
