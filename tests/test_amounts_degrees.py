"""Amounts a careful reader would sign (issue 17, sixteenth round): a bare 'degrees' of temperature in an article
about a country outside the United States is Celsius. Real corpus documents from ../shared/eval run whole through
the pipeline, so that their places are the evidence; short sentences written like the real ones check the order
of the evidence and that an angle stays an angle.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import shared_path

from extractor.pipeline import text_article
from extractor.sources import RawPage


@cache
def _article(text: str, doc_id: str = "-"):
    return text_article(RawPage(source=doc_id, text=text), doc_id)


def amounts(text: str, doc_id: str = "-") -> dict[str, str | None]:
    """text -> unit of the amounts of `text` run as an article."""
    return {f.text: f.unit for f in _article(text, doc_id).facts or [] if f.kind == "amount"}


def gold_amounts(corpus: str, doc_id: str) -> dict[str, str | None]:
    """text -> unit of the amounts of one ../shared/eval/news_gold document run as an article."""
    for line in shared_path("eval", "news_gold", corpus).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if doc["id"] == doc_id:
            return amounts(doc["text"], doc_id)
    pytest.skip(f"{doc_id} is not in {corpus}")


def test_a_bare_temperature_in_an_article_about_another_country_is_celsius():
    # Béziers, Montpellier: "He had a cardiac arrest , and his body temperature had dropped to 22 degrees, regional
    # newspaper Midi Libre reports."
    assert gold_amounts("geowebnews.jsonl", "geowebnews:310")["22 degrees"] == "degC"
    # Manitoba, Winnipeg: "... stray animals in the area, which reached temperatures between -16 and -23 degrees Sunday."
    assert gold_amounts("tr_news.jsonl", "tr-news:1080001")["between -16 and -23 degrees"] == "degC"
    got = amounts(
        "Temperatures in London reached 33 degrees on Tuesday, the Met Office said. The M25 was shut for 3 miles."
    )
    assert got["33 degrees"] == "degC"  # the UK's places outweigh its miles


def test_the_places_decide_only_when_they_agree():
    # all in the United States: Fahrenheit, with no state named
    assert amounts("Temperatures in Phoenix hit 115 degrees on Sunday.")["115 degrees"] == "degF"
    # places of both kinds and no other cue: a reader cannot tell, and it stays 'degree'
    got = amounts("Temperatures in Chicago and Madrid reached 30 degrees this week.")
    assert got["30 degrees"] == "degree"
    # a reading no Celsius air or body could show is left to the other cues: this fever is Fahrenheit
    assert amounts("In Delhi, the boy was admitted with a fever of 103 degrees.")["103 degrees"] == "degree"
    # a named scale wins over the places; an angle stays an angle
    got = amounts(
        "In Madrid it was 95 degrees Fahrenheit; nights stayed at 80 degrees. The ramp in Madrid rises 30 degrees."
    )
    assert (got["80 degrees"], got["30 degrees"]) == ("degF", "degree")


def test_warming_against_the_paris_targets_is_celsius_anywhere():
    text = "Scientists in California warn that global warming could pass 1.5 degrees above pre-industrial levels."
    assert amounts(text)["1.5 degrees"] == "degC"
