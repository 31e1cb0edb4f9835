"""Numbers that name or score rather than count, found before counts are read.

A whole article's model numbers ("Boeing 787", "the new 787 Dreamliner", "46 more 787s": a later bare "the 787"
is the same model; "a 362-unit complex", hyphened to a lower-case noun, counts units) and each block's dash-joined
scores, records and codes ("won 5-4", "a 10-6 record", "347-966-3806"): none of them counts anything. A tally
standing alone counts each side ("the vote was 52-35"), but a pair right before a noun of a result names how it
went, like a score ("a 52-48 vote", "a 5-4 ruling").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..data import one_of
from ..nlp import span_at, text_of
from ..normalize.numbers import NumberSpan
from .reading import (
    counts_noun,
    counts_plural_despite_tag,
    exclusions,
    is_year,
    number_root,
)

__all__ = ["model_numbers", "score_numbers"]


_DIGIT_RUN = re.compile(r"\d{3,}")


_SINGULAR_DETERMINERS = ("a", "an", "its", "their", "his", "her", "our", "my", "your")


_NAME_ENTITIES = ("PRODUCT", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW")


def model_numbers(docs: list[Doc]) -> frozenset[str]:
    """Numbers the article uses as a name ("Boeing 787", "Airbus 380"): later a bare "the 787" or
    "737-800" is the same model, not a count."""
    out = set()
    for doc in docs:
        for tok in _long_numerals(doc):
            # round hundreds ("Fortune 500", "Top 100") are too common as counts elsewhere in the article
            if (
                len(tok.text) < 3
                or not tok.text.isdigit()
                or is_year(tok.text)
                or tok.i == 0
                or int(tok.text) % 100 == 0
            ):
                continue
            prev = doc[tok.i - 1]
            if (
                tok.ent_type_ in _NAME_ENTITIES
                and not counts_plural_despite_tag(tok)
                or prev.pos_ == "PROPN"
                and prev.is_title
                and not _after_indirect_object(prev, tok)
            ):
                out.add(tok.text)
            # "its 777 airliner", "the 787 Dreamliner": hundreds of one thing, or before a name, is a model; hyphened
            # to a lower-case noun it counts that noun ("a 362-unit luxury apartment complex")
            elif (
                tok.head.i > tok.i
                and not _hyphened_to_word(doc, tok)
                and (prev.lower_ in _SINGULAR_DETERMINERS and tok.head.tag_ in ("NN", "NNP") or _before_a_name(tok))
            ):
                out.add(tok.text)
        out.update(_plural_models(text_of(doc)))
    return frozenset(out)


def _after_indirect_object(prev: Token, tok: Token) -> bool:
    """'approved a contract to sell Saudi Arabia 180 self-propelled artillery systems', 'gave Trump 304 votes': the
    name before the number is the indirect object of a verb whose direct object, a plural noun, the number counts;
    the two are the verb's two objects, not a model's name and number ('Boeing 787')."""
    head = tok.head
    return (
        prev.dep_ == "dative"
        and tok.dep_ == "nummod"
        and head.dep_ == "dobj"
        and head.head.i == prev.head.i
        and head.tag_ in ("NNS", "NNPS")
    )


# a hyphen and a lower-case word right after the number: the compound modifier of "a 362-unit complex"
_HYPHENED_WORD = re.compile(r"-[a-z]")


def _hyphened_to_word(doc: Doc, tok: Token) -> bool:
    """'a 362-unit luxury apartment complex', 'a 150-page report': a number hyphened to a lower-case noun counts that
    noun, as 'a 200-seat theater' does; a model's variant is hyphened to digits ('the 737-800')."""
    return _HYPHENED_WORD.match(text_of(doc), tok.idx + len(tok.text)) is not None


def _before_a_name(tok: Token) -> bool:
    """'the new 787 Dreamliner': the number's singular head is capitalised in a sentence not written in title case
    (the tagger reads 'Dreamliner' as a common noun; a title-case headline capitalises every noun)."""
    head = tok.head
    if _listed_count(tok):
        return False
    return head.is_title and (head.tag_ == "NNP" or head.tag_ == "NN" and not _title_cased(tok.sent))


def _listed_count(tok: Token) -> bool:
    """'36 First Class, 914 Second Class,1,170 Second Class Lower,49 Third Class': another number in the
    sentence that reads as a plain count (fewer than three digits, or digits grouped by commas) counts a noun with
    the same head word, a token of its own: the numbers are a list of counts of one kind, not a model's name ('the
    new 787 Dreamliner' has no such sibling; 'two 787 Dreamliners' shares one head token)."""
    head = tok.head
    return any(
        t.i != tok.i
        and t.dep_ == "nummod"
        and t.head.i != head.i
        and t.head.lower_ == head.lower_
        and not re.fullmatch(r"\d{3,}", t.text)
        and t.like_num
        for t in tok.sent
    )


def _title_cased(sent: Span) -> bool:
    """Most words after the first are capitalised: 'Company Cuts 250 Staff'."""
    words = [t for t in sent[1:] if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.is_title for t in words) * 2 > len(words)


# "18 777s", "46 more 787s": digits with a plural "s" name a model (years and round hundreds are decades)
_PLURAL_MODEL = re.compile(r"(?<![\w.,$£€])(\d{3,})s\b")


def _plural_models(text: str) -> set[str]:
    return {m.group(1) for m in _PLURAL_MODEL.finditer(text) if not is_year(m.group(1)) and int(m.group(1)) % 100 != 0}


def _long_numerals(doc: Doc) -> Iterator[Token]:
    """Tokens of three or more digits, found in the text (a run inside a longer token has no span of its
    own): making a Token object for every word of the block costs more."""
    text = text_of(doc)
    for m in _DIGIT_RUN.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and len(span) == 1:
            yield span[0]


# digits alone, as a score, record or phone number writes them
_PLAIN_DIGITS = re.compile(r"\d+")


# a bracket holding only dash-joined digits: a record "(6-5, 3-4)", "(1-1-1)", or a cited range "(1-3)"
_BRACKETED_PAIRS = re.compile(
    r"[(\[][ \u00a0]*\d+(?:[-–—]\d+)+(?:[ \u00a0]*,[ \u00a0]*\d+(?:[-–—]\d+)+)*[ \u00a0]*[)\]]"
)


def score_numbers(doc: Doc, nums: list[NumberSpan]) -> set[int]:
    """Indices of numbers joined by dashes into a score, record or code ('won 5-4', 'a 10-6 record',
    'improved to 4-2-1', '347-966-3806'): none of them counts anything."""
    text, out, j = text_of(doc), set(), 0
    while j < len(nums):
        chain = [j]
        while chain[-1] + 1 < len(nums) and _dash_joined(text, nums[chain[-1]], nums[chain[-1] + 1]):
            chain.append(chain[-1] + 1)
        if len(chain) > 1 and _is_score(doc, [nums[k] for k in chain]):
            out.update(chain)
        j = chain[-1] + 1
    return out


@lru_cache(maxsize=1)
def _result_noun_rx() -> re.Pattern:
    return re.compile(rf"[ \u00a0]+(?i:{one_of(exclusions()['tally_result_nouns'])})(?![\w-])")


def _names_a_result(text: str, end: int) -> bool:
    """'a nearly party-line, 52-48 vote': the pair ending at `end` modifies a noun of a result."""
    return _result_noun_rx().match(text, end) is not None


def _dash_joined(text: str, a: NumberSpan, b: NumberSpan) -> bool:
    return (
        b.start - a.end == 1
        and text[a.end] in "-–—−"
        and _PLAIN_DIGITS.fullmatch(text[a.start : a.end]) is not None
        and _PLAIN_DIGITS.fullmatch(text[b.start : b.end]) is not None
    )


def _is_score(doc: Doc, chain: list[NumberSpan]) -> bool:
    """Three or more dash-joined numbers are a record or a code; two are a result when they do not run upward
    (a range does: '5-8'), when a bracket holds only such pairs ('the Eagles (6-5, 3-4)'), or when the sentence
    speaks of a result ('trailed 2-3') and the pair counts no other noun ('won 3-5 games' counts games).
    A tally is no result: 'the vote was 52-35' counts votes on each side; but a pair right before a noun of a
    result ('a 52-48 vote', 'a 5-4 ruling') names how it went, like a score."""
    found = [span_at(doc, n.start, n.end) for n in chain]
    spans = [span for span in found if span is not None]
    if len(spans) != len(found):
        return False
    text = text_of(doc)
    if len(chain) == 2 and _names_a_result(text, chain[1].end):
        return True
    tally = set(exclusions()["tally_words"])
    if len(chain) == 2 and any(tok.lower_ in tally for tok in spans[0].sent):
        return False
    if len(chain) > 2 or chain[0].value >= chain[1].value:
        return True
    if any(m.start() < chain[0].start and chain[1].end < m.end() for m in _BRACKETED_PAIRS.finditer(text)):
        return True
    words = set(exclusions()["score_words"])
    if any(counts_noun(root := number_root(span)) and root.head.lower_ not in words for span in spans):
        return False
    return any(tok.lower_ in words for tok in spans[0].sent)
