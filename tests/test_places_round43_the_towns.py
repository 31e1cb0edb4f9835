"""Places, round 43: a quarter's or a town's name written with its article after 'in', 'on' or 'at' that the model
tags a facility or an organisation ('on the Near North Side'): the populated place the gazetteer knows by that own
name, where a place of the article lies within NEAR_ONLY_KM; never a public body's building ('at the White House')."""

from __future__ import annotations

from conftest import gold_doc

from extractor.find.places.designators import _strip_designators
from extractor.find.places.rescue import the_town_after
from extractor.nlp import load
from extractor.normalize.places import gazetteer


def test_a_quarter_after_on_the_is_the_quarter() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:279: 'in the 400 block of North State Street on the Near North Side'
    # (tagged FAC), in a Chicago story: the gold's Chicago community area, its span without 'the'
    facts, gold = gold_doc("geowebnews.jsonl", "geowebnews:279")
    want = next(g for g in gold if g["text"] == "Near North Side")
    got = facts[want["start_char"]]
    assert (got.text, got.gazetteer_id) == ("Near North Side", want["gazetteer_id"])


def test_the_white_house_is_no_town() -> None:
    # news_gold/tr_news.jsonl, tr-news:1030004: White House, Tennessee shares the name; 'white house' begins public
    # bodies' names (places.json body_name_words), so the rule never reads it, wherever the article is set
    gz = gazetteer()
    doc = load()(
        "The president traditionally receives a turkey in a ceremony at the White House a few days before Thanksgiving"
        " Day."
    )
    ent = next(e for e in doc.ents if e.text == "the White House")
    span, _ = _strip_designators(ent, gz)
    assert span is not None
    assert not the_town_after(ent, span, gz)
