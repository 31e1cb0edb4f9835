"""Places, round 48: names that are no places though a place bears them. A name that with the lower-case word after it
spells a unit's name ('850 Newton-meters': uses.unit_eponym); the last of a list of names after a relative's word
('daughters North and Chicago'); names listed after a named thing's plural ('hurricanes ...: Harvey, Irma and Maria',
not_places.named_things); a place ending a charity's or a members' body's name ('The Children's Hospital Foundation of
Manitoba', 'The Conference Board of Canada'). Each test reads a real news_gold document run as an
article (conftest.gold_article)."""

from __future__ import annotations

from conftest import gold_article


def places_in(corpus: str, doc_id: str, snippet: str) -> list[str]:
    facts = gold_article(corpus, doc_id).facts or []
    return [f.text for f in facts if f.kind == "place" and snippet in (f.sentence or "")]


def test_a_units_eponym_is_no_place() -> None:
    # geowebnews:31 (Cadillac's V8): '550 horsepower (410 kilowatts) and 627 pound-feet (850 Newton-meters) of torque'
    # was Newton, Illinois
    assert places_in("geowebnews.jsonl", "geowebnews:31", "Newton-meters") == []


def test_a_childs_name_after_a_kinship_word_is_no_place() -> None:
    # geowebnews:137 (AP, Kim Kardashian West's family photo): the last of the daughters' names, and the baby's name
    # after a comma, were Chicago the city
    assert places_in("geowebnews.jsonl", "geowebnews:137", "daughters North and Chicago") == []
    assert places_in("geowebnews.jsonl", "geowebnews:137", "holding her baby, Chicago, in one hand") == []
    # the dateline stays
    assert places_in("geowebnews.jsonl", "geowebnews:137", "has shared the first photo") == ["LOS ANGELES"]


def test_storms_listed_after_their_plural_are_no_places() -> None:
    # geowebnews:213 (CNN, hurricane season): 'three major hurricanes striking US soil: Harvey, Irma and Maria' was
    # Harvey, Illinois; the country stays
    assert places_in("geowebnews.jsonl", "geowebnews:213", "hurricanes striking US soil") == ["US"]


def test_floor_plans_listed_and_named_again_are_no_places() -> None:
    # geowebnews:10 (Washington Post, a Gainesville, Va. townhouse community): 'Four floor plans — Jamison, Norbury,
    # Granville and Somerville — are offered.', then 'In the Norbury model' and 'The Norbury has a stand-alone tub'
    for snippet in ("Four floor plans", "In the Norbury model", "The Norbury has"):
        assert places_in("geowebnews.jsonl", "geowebnews:10", snippet) == []
    # the community's own places stay
    assert places_in("geowebnews.jsonl", "geowebnews:10", "Turtle Creek Cir.") == ["Gainesville", "Va."]


def test_a_charitys_place_cut_from_its_name_is_no_place() -> None:
    # tr_news 1010007 (CBC, a premature baby from Churchill, Man.): 'The Children's Hospital Foundation of Manitoba has
    # put out a call for donations' (tagged 'The Children's Hospital Foundation' and 'Manitoba'): the charity's name;
    # the province still vouches for 'Churchill, Man.' (gold)
    assert places_in("tr_news.jsonl", "tr-news:1010007", "Hospital Foundation of Manitoba") == []
    assert places_in("tr_news.jsonl", "tr-news:1010007", "when Lucy Lau was born in") == ["Churchill", "Man."]


def test_a_members_bodys_country_is_no_place() -> None:
    # tr_news 1010018 (Edmonton Journal): 'The Conference Board of Canada's first-ever City Health Monitor report', a
    # private think tank's name (tagged whole), was Canada three times
    assert "Canada" not in places_in("tr_news.jsonl", "tr-news:1010018", "Conference Board of Canada's first-ever")
    assert places_in("tr_news.jsonl", "tr-news:1010018", "cautioned that benchmarking") == []
    # 'within Canada's largest cities' in the same sentence as 'at the Conference Board of Canada' stays
    assert places_in("tr_news.jsonl", "tr-news:1010018", "Public Policy at the Conference Board") == ["Canada"]
    # a public body's jurisdiction stays: geowebnews:238 'the Sustainable Energy Authority of Ireland'
    assert "Ireland" in places_in("geowebnews.jsonl", "geowebnews:238", "Energy Authority of")
