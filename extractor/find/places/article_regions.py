"""A region's short name that is also a company's: 'fires in the Amazon' is the forest, 'Amazon said' the company.

The bare name is no alias of the region (data: regions' article_names, 'Amazon' of the Amazon rainforest): the
company is named so far more often ('an Amazon warehouse', 'the Amazon website', 'Amazon Prime', 'Amazon said'), and
the gazetteer would make every such mention the forest (rescue.py rescues an organisation's span that is a region's by
any name). The words say which is meant. Decisions:

- The name and a lower-case word after it that make one of the region's names the gazetteer knows ('the Amazon
  rainforest', 'the Amazon basin') are the region, 'the' or not.
- 'the' and the name, maybe with a people's adjective between ('the Brazilian Amazon'), closing a noun phrase: after a
  preposition ('in the Amazon', 'of the Amazon', 'across the Amazon'), or opening a sentence as a verb's subject ('The
  Amazon Is on Fire', a title). Closing means nothing of a noun phrase follows: end of sentence, punctuation, a verb,
  an adverb, a preposition or a conjunction. Not before a noun, a name, a number or a determiner ('the Amazon website',
  'the Amazon App', 'the Amazon all-time low price'), not before 'of' ('the Amazon of India', a company's likeness), a
  hyphen, nor a conjunction or a comma before another organisation ('on the Amazon and Walmart apps').
- No 'the' ('Amazon said', 'sells on Amazon', 'an Amazon warehouse'): the company, no place.

The mention is the name as written (and the head word read with it), the region's own name looked up; no guess: the
words vouch for it as a designator would.
"""

from __future__ import annotations

from functools import cache

from spacy.symbols import ADP, ADV, AUX, CCONJ, PART, PUNCT, SCONJ, VERB
from spacy.tokens import Doc, Token

from ...normalize.places import Gazetteer, fold, tables
from .words import Mention

__all__ = ["article_regions", "closes_phrase"]

# what may follow a name that closes its noun phrase ('in the Amazon, but', 'the Amazon is', 'the Amazon release')
_CLOSING_POS = frozenset({PUNCT, VERB, AUX, ADP, ADV, CCONJ, SCONJ, PART})


@cache
def _article_names() -> dict[str, str]:
    """Folded short name -> the region's own name (data: regions' article_names)."""
    return {fold(short): r["name"] for r in tables()["regions"] for short in r.get("article_names", ())}


def article_regions(block: int, doc: Doc, gz: Gazetteer) -> list[Mention]:
    """The block's mentions of a region by its short name where the words say the region is meant."""
    out = []
    for tok in doc:
        region = _article_names().get(fold(tok.text)) if tok.is_title else None
        if region is None or not _is_region(region, gz):
            continue
        end = tok.i + 1 if _closes_after_the(tok) else _head_word_end(tok, region, gz)
        if end is not None:
            span = doc[tok.i : end]
            out.append(Mention(block, span.start_char, span.end_char, region, strong=False))
    return out


def _is_region(name: str, gz: Gazetteer) -> bool:
    return any(gz.places[i].place_type == "region" and gz.places[i].name == name for i in gz.lookup(name))


def _head_word_end(tok: Token, region: str, gz: Gazetteer) -> int | None:
    """'the Amazon rainforest', 'Amazon basin': the name and the lower-case word after it make a name of the region."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not doc[tok.i + 1].is_lower:
        return None
    whole = f"{tok.text} {doc[tok.i + 1].text}"
    return tok.i + 2 if any(gz.places[i].name == region for i in gz.lookup(whole)) else None


def _closes_after_the(tok: Token) -> bool:
    """'in the Amazon,', 'of the Brazilian Amazon', 'The Amazon Is on Fire': 'the' (and a people's adjective) before
    the name, a preposition before them or the sentence opening with them, and nothing of a noun phrase after."""
    doc = tok.doc
    start = tok.i - 1
    if start > 0 and doc[start].ent_type_ == "NORP":  # 'the Brazilian Amazon', 'the Peruvian Amazon'
        start -= 1
    if start < 0 or doc[start].lower_ != "the" or not closes_phrase(doc, tok.i + 1):
        return False
    if doc[start].is_sent_start:  # a title's or a sentence's subject: 'The Amazon Is on Fire'
        return tok.i + 1 < len(doc) and doc[tok.i + 1].pos in (VERB, AUX)
    return doc[start - 1].pos == ADP


def closes_phrase(doc: Doc, i: int) -> bool:
    """Nothing of a noun phrase at token i: the sentence's end, punctuation, a verb, an adverb, a preposition or a
    conjunction; not 'of' ('the Amazon of India'), a hyphen, nor a comma or a conjunction before an organisation's name
    ('the Amazon and Walmart apps')."""
    if i >= len(doc) or doc[i].is_sent_start:
        return True
    nxt = doc[i]
    if nxt.pos not in _CLOSING_POS or nxt.lower_ == "of" or nxt.tag_ == "HYPH":
        return False
    listed = nxt.pos == CCONJ or nxt.text == ","
    return not (listed and i + 1 < len(doc) and doc[i + 1].ent_type_ == "ORG")
