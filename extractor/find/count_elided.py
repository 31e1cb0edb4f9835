"""A bare number that leaves out the unit of the measure beside it is that measure, not a count (issue 17).

"demand reached 50,270 megawatts, followed by 2017 with 50,116": the second number is megawatts, written once for
both. Decisions:
- Only a number written in digits that counts no noun is read so: a spelled-out "the two" is a pronoun of people or
  things far more often than an elided measure.
- The quantity nearest to it in its sentence must be an amount of a measure or a percentage written before it (the
  unit is written once, then left out; never money: "$4.50, the price you'd pay for three elsewhere" counts tacos),
  and the two values must be of one size (within a factor of `_SIZE_RATIO`), as the two values of one measure
  compared or followed over time are. "Portion Fix Containers: 1 Blue, 1 tsp." (an amount after) counts.
- Only punctuation or a function word may follow the number ("46,797 he saw", "50,116, according to"): "2 tsp
  garlic puree or 4 cloves garlic" counts cloves, though the parse links no noun to "4".
- A preposition or a conjunction of comparison must lead to the number, perhaps through a determiner ("with
  50,116", "than the 46,797", "aiming for 60"): the second value of a comparison or a sequence. A list item's "3 )"
  after "two feet" is no measure.
- The number then becomes an amount with that unit: the reader signs "50,116 megawatts", not a count of nothing.
- Money too, when the bare number ends in a scale word of a million or more (spelled out or in digits):
  "an additional US$5 billion in aid on top of the four billion it has already received" is four billion
  dollars, as MEANTIME's gold and a news reader read it. The scale word is what tells a sum left unnamed from a
  count of things bought ("$4.50, the price you'd pay for three elsewhere" still counts tacos).
- Across sentences and blocks, only where the bare scaled number ends its clause and the quantity right
  before it in the article, within `_SUM_REACH` characters, is money written with the same scale word and of one
  size: "Is he really worth the $10 billion he claims?" then "We have him at about three and a half, four billion."
  (an interview's answer) is four billion dollars; the next "four billion." of that answer follows the first. A
  count or another quantity in between, another scale word ("$10.8 billion" then "hit 14 million last year"), or a
  noun after the number ("more than 1.4 billion performed yearly") keep the count.

A bare "one" that shares out a group beside sibling numbers of its series, its noun left out as theirs is, counts
like them (`series_one`): "Six are with Biden, one with Michael Bloomberg" (House Democrats of Trump districts),
"Three voted yes, one voted no", "two were killed and one wounded", "two in Bolivia and one, unannounced, in Puerto
Rico". Decisions:
- The "one" and a sibling each open an item of the series: the sentence's start or a joiner (a comma, a
  semicolon, a dash, a paren, "and", "but", "while") stands right before each, never a determiner ("the two with
  Biden" points back, as a pronoun does).
- The sibling is a bare count: a number word of two or more or a small number in digits (no year) that counts no
  noun of its own. "two SLS missions, one carrying Orion" and "three configurations, one with a 2.6 GHz chip" share
  out a thing named with its noun: that "one" is "one of them", a pronoun, and stays so.
- The frames are parallel: the word after the "one" (past an auxiliary, or a parenthetic ", unannounced,") is a
  verb or a preposition, and the sibling's item holds that same word, or its own first word (past an
  auxiliary) is of the same part of speech. "Four were arrested in Texas, one in Ohio" elides the verb;
  "Two were killed and one wounded" changes it.
- Never a pronoun's or an idiom's word after the "one": "one of them", "one by one", "one after another", nor a
  rate or a range ("one in five", "one to three"): a number after its preposition makes it a proportion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..data import load, one_of
from ..nlp import span_at, text_of
from ..normalize.numbers import tables as number_tables
from .candidates import AmountCandidate, CountCandidate
from .reading import counts_noun, is_year

__all__ = ["elided_sums", "elided_units", "series_one"]

# two values of one measure compared ("44,947 megawatts, much lower than the 46,797", "30fps ... aiming for 60")
# are within this factor
_SIZE_RATIO = 3.0

_UNIT_KINDS = ("measure", "percent")

# a scale word of a million or more ending the number: "four billion", "2.5 million" may leave out a currency
_BIG_SCALE = re.compile(r"\b(?:million|billion|trillion)\Z", re.I)

# characters from a sum to a bare scaled number after it that leaves out its currency (the next sentence or two)
_SUM_REACH = 300

# parts of speech after the number that leave it no noun to count ("46,797 he saw", "50,116, according to"); a
# noun, an adjective or a word the tagger takes for a verb ("4 cloves garlic") may be what it counts
_FREE_AFTER = ("PUNCT", "PRON", "ADP", "SCONJ", "CCONJ", "DET", "AUX", "PART", "ADV", "SPACE")

Quantity = AmountCandidate | CountCandidate


@lru_cache(maxsize=1)
def _mark_end() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(load('count_values')['level_marks'])})\Z")


def _ends_in_mark(span: str) -> bool:
    """'the 5000 mark' (amounts._index_mark): a level passed, not a measure whose unit a later number leaves out."""
    return _mark_end().search(span) is not None


def elided_units(doc: Doc, text: str, found: list[Quantity]) -> list[Quantity]:
    """The block's quantities, with each bare digit count that elides the unit of the measure before it read as an
    amount of that measure."""
    return [_as_elided(doc, text, q, found) if q["kind"] == "count" else q for q in found]


def _as_elided(doc: Doc, text: str, q: Quantity, found: list[Quantity]) -> Quantity:
    if q["kind"] != "count" or q["counted"] is not None or q["value"] is None or q["value"] <= 0:
        return q
    scaled = _BIG_SCALE.search(text[q["start"] : q["end"]]) is not None
    if not scaled and not any(ch.isdigit() for ch in text[q["start"] : q["end"]]):
        return q
    unit = _measure_before(doc, q, found, ("currency", *_UNIT_KINDS) if scaled else _UNIT_KINDS)
    if unit is None or unit["value"] is None or unit["value"] <= 0:
        return q
    if max(q["value"], unit["value"]) / min(q["value"], unit["value"]) > _SIZE_RATIO:
        return q
    return _as_amount(q, unit)


def elided_sums(docs: list[Doc], found: list[Quantity]) -> list[Quantity]:
    """The article's quantities, with each bare count of millions or more that ends its clause right after a sum of
    money with the same scale word (within _SUM_REACH characters, in any block) read as money in that currency."""
    starts, at = [], 0
    for doc in docs:
        starts.append(at)
        at += len(text_of(doc)) + 1  # the blocks joined by a newline, as the article's text
    out = list(found)
    prev: Quantity | None = None
    for i in sorted(range(len(out)), key=lambda k: (out[k]["block"], out[k]["start"])):
        q = out[i]
        if prev is not None and prev["kind"] == "amount" and _sum_left_unsaid(docs, starts, q, prev):
            out[i] = q = _as_amount(q, prev)
        prev = q
    return out


def _scale_word(docs: list[Doc], q: Quantity) -> str | None:
    m = _BIG_SCALE.search(text_of(docs[q["block"]])[q["start"] : q["end"]])
    return m.group(0).lower() if m else None


def _sum_left_unsaid(docs: list[Doc], starts: list[int], q: Quantity, money: AmountCandidate) -> bool:
    if q["kind"] != "count" or q["counted"] is not None or q["value"] is None or q["value"] <= 0:
        return False
    if money["unit_kind"] != "currency" or not money["unit"] or money["value"] is None or money["value"] <= 0:
        return False
    scale = _scale_word(docs, q)
    if scale is None or scale != _scale_word(docs, money):
        return False
    if starts[q["block"]] + q["start"] - (starts[money["block"]] + money["end"]) > _SUM_REACH:
        return False
    if max(q["value"], money["value"]) / min(q["value"], money["value"]) > _SIZE_RATIO:
        return False
    span = span_at(docs[q["block"]], q["start"], q["end"])
    if span is None:
        return False
    nxt = span[-1].i + 1
    return nxt >= len(span.doc) or span.doc[nxt].pos_ in ("PUNCT", "SPACE")


def _as_amount(q: Quantity, unit: AmountCandidate) -> AmountCandidate:
    return AmountCandidate(
        block=q["block"],
        start=q["start"],
        end=q["end"],
        kind="amount",
        value=q["value"],
        low=q["low"],
        high=q["high"],
        qualifier=q["qualifier"],
        unit=unit["unit"],
        unit_kind=unit["unit_kind"],
    )


def _led_by_comparison(span: Span) -> bool:
    """A preposition or a subordinating conjunction stands right before the number, or before its determiner."""
    i = span[0].i - 1
    if i >= span.sent.start and span.doc[i].pos_ == "DET":
        i -= 1
    return i >= span.sent.start and span.doc[i].pos_ in ("ADP", "SCONJ")


def _measure_before(
    doc: Doc, q: Quantity, found: list[Quantity], kinds: tuple[str, ...] = _UNIT_KINDS
) -> AmountCandidate | None:
    """The quantity of q's sentence nearest to it, when that is an amount of one of `kinds` (a measure or a
    percentage; money too for a number with a big scale word) written before q and nothing that q may count
    follows q."""
    span = span_at(doc, q["start"], q["end"])
    if span is None:
        return None
    sent = span[0].sent
    nxt = span[-1].i + 1
    if nxt < sent.end and span.doc[nxt].pos_ not in _FREE_AFTER:
        return None
    if not _led_by_comparison(span):
        return None
    others = [o for o in found if o is not q and sent.start_char <= o["start"] < sent.end_char]
    if not others:
        return None
    near = min(others, key=lambda o: min(abs(o["start"] - q["end"]), abs(q["start"] - o["end"])))
    if near["end"] > q["start"]:
        return None
    if _ends_in_mark(doc.text[near["start"] : near["end"]]):
        return None  # "below the 5000 mark at 4907.20": the index's level stays a number, as MEANTIME marks it
    if near["kind"] == "amount" and near["unit_kind"] in kinds and near["unit"]:
        return near
    return None


# words that open an item of a series: "Six are with Biden, one with ...", "two were killed and one wounded"
_ITEM_OPENERS = frozenset({",", ";", ":", "(", "—", "–", "and", "but", "while", "whereas"})

# the tokens of a sibling's item searched for the word after the "one" ("Four were arrested in Texas, one in Ohio")
_ITEM_REACH = 8

# the word after the "one" that makes it a pronoun or an idiom, whatever its siblings: "one of them", "one by one",
# "one after another"
_PRONOUN_FRAMES = frozenset({"of", "by", "after"})

# an item ends at these: the next item of the series begins
_ITEM_ENDS = frozenset({",", ";", ":", ")", "—", "–"})


def series_one(span: Span) -> bool:
    """A bare 'one' that opens an item of a series beside a sibling number that counts the same noun left out, in
    a parallel frame ('Six are with Biden, one with Michael Bloomberg'): a count, as the sibling is."""
    if len(span) != 1 or span[0].lower_ != "one" or not _opens_item(span[0]):
        return False
    frame = _frame_word(span[0])
    if frame is None or frame.pos_ not in ("VERB", "ADP") or frame.lower_ in _PRONOUN_FRAMES or _rate_after(frame):
        return False
    return any(_parallel(sib, frame) for sib in span.sent if sib.i != span[0].i and _bare_sibling(sib))


def _opens_item(tok: Token) -> bool:
    """The sentence's start or a joiner of a series stands right before the token."""
    return tok.i == tok.sent.start or tok.doc[tok.i - 1].lower_ in _ITEM_OPENERS


def _bare_sibling(tok: Token) -> bool:
    """A number of two or more that opens an item and counts no noun of its own ('Six are with Biden')."""
    t = number_tables()
    word = tok.lower_
    small = word in t["units"] and t["units"][word] >= 2 or word in t["tens"]
    digits = re.fullmatch(r"\d{1,3}", tok.text) is not None and int(tok.text) >= 2 and not is_year(tok.text)
    return (small or digits) and _opens_item(tok) and not counts_noun(tok) and _frame_word(tok) is not None


def _frame_word(tok: Token) -> Token | None:
    """The word after the number that frames its item: past auxiliaries ('Six are with') and a parenthetic word or
    two between commas ('one, unannounced, in Puerto Rico'); None at a punctuation mark or the sentence's end."""
    doc, end = tok.doc, tok.sent.end
    i = tok.i + 1
    if i < end and doc[i].text == ",":
        close = next((k for k in range(i + 1, min(i + 4, end)) if doc[k].text == ","), None)
        if close is None or any(doc[k].pos_ in ("VERB", "AUX", "PUNCT") for k in range(i + 1, close)):
            return None
        i = close + 1
    while i < end and doc[i].pos_ == "AUX":
        i += 1
    return doc[i] if i < end and not doc[i].is_punct else None


def _rate_after(prep: Token) -> bool:
    """A number right after the preposition, perhaps past an article: 'one in five', 'one to three', 'one in a
    million' (a year is a time: 'one in 2020' is no rate)."""
    doc, i = prep.doc, prep.i + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an"):
        i += 1
    return i < len(doc) and doc[i].like_num and not is_year(doc[i].text)


def _parallel(sib: Token, frame: Token) -> bool:
    """The sibling's item holds the frame word ('Three voted yes' for 'one voted no', 'Four were arrested in Texas'
    for 'one in Ohio'), or its own frame word is of the same part of speech ('two were killed' for 'one wounded')."""
    own = _frame_word(sib)
    if own is None or own.i == frame.i or own.pos_ not in ("VERB", "ADP") or _rate_after(own):
        return False
    item = []
    for tok in sib.doc[sib.i + 1 : min(sib.i + 1 + _ITEM_REACH, sib.sent.end)]:
        if tok.text in _ITEM_ENDS or tok.lower_ == "one":
            break
        item.append(tok.lower_)
    return frame.lower_ in item or own.pos_ == frame.pos_
