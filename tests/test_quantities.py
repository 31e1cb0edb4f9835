from pathlib import Path

import pytest

from extractor.find.quantities import find_quantities
from extractor.nlp import load

SEED = Path(__file__).parent.parent / "fixtures" / "peoples-daily" / "c90000-9847469.html"


def run(text: str) -> dict[str, dict]:
    doc = load()(text)
    return {doc.text[c["start"]:c["end"]]: c for c in find_quantities([doc])}


def fields(c: dict, keys) -> tuple:
    # floats from "14.89 * 1e9" differ in the last bit: compare at 9 significant digits
    return tuple(float(f"{v:.9g}") if isinstance(v, float) else v for v in (c.get(k) for k in keys))


AMOUNTS = [
    ("invested a total of 96.4 billion yuan (about $14.89 billion) in Xinjiang",
     {"96.4 billion yuan": (96.4e9, None, None, "exact", "CNY", "currency"),
      "about $14.89 billion": (14.89e9, None, None, "approximate", "USD", "currency")}),
    ("a total investment of over 1,684 billion yuan", {"over 1,684 billion yuan": (1684e9, 1684e9, None, "more_than", "CNY", "currency")}),
    ("prices rose 5-8% last year", {"5-8%": (None, 5, 8, "range", "%", "percent")}),
    ("between $12 million and $20 million", {"between $12 million and $20 million": (None, 12e6, 20e6, "range", "USD", "currency")}),
    ("It cost HK$3.5m and C$ 16.4 million.", {"HK$3.5m": (3.5e6, None, None, "exact", "HKD", "currency"),
                                               "C$ 16.4 million": (16.4e6, None, None, "exact", "CAD", "currency")}),
    ("he spent 20 million pounds", {"20 million pounds": (20e6, None, None, "exact", "GBP", "currency")}),
    ("a 45-acre farm 3 km away", {"45-acre": (45, None, None, "exact", "acre", "measure"), "3 km": (3, None, None, "exact", "km", "measure")}),
    ("It was -10C and up to 30 degrees Celsius", {"-10C": (-10, None, None, "exact", "degC", "measure"),
                                                 "up to 30 degrees Celsius": (30, None, 30, "at_most", "degC", "measure")}),
    ("two pounds of rice", {"two pounds": (2, None, None, "exact", "lb", "measure")}),
    ("planted 300 mu of tea", {"300 mu": (20, None, None, "exact", "ha", "measure")}),
]


@pytest.mark.parametrize("text, expected", AMOUNTS)
def test_amounts(text, expected):
    got = run(text)
    keys = ("value", "low", "high", "qualifier", "unit", "unit_kind")
    assert {t: fields(c, keys) for t, c in got.items() if c["kind"] == "amount"} == expected


COUNTS = [
    ("implemented over 10,000 projects in the region", {"over 10,000": (10000, 10000, "more_than", "projects")}),
    ("sent 2,772 officials and talents to Aksu", {"2,772": (2772, None, "exact", "officials and talents")}),
    ("helped two patients recover sight", {"two": (2, None, "exact", "patients")}),
    ("invited 120 medical workers from Aksu", {"120": (120, None, "exact", "medical workers")}),
    ("tens of thousands of people marched", {"tens of thousands": (None, 20000, "approximate", "people")}),
    ("Since 2016, on March 13, 2021, at 10:30, the first of the Boeing 737 jets", {}),
    ("One of the reasons is page 5", {}),
]


@pytest.mark.parametrize("text, expected", COUNTS)
def test_counts(text, expected):
    got = run(text)
    assert {t: fields(c, ("value", "low", "qualifier", "counted")) for t, c in got.items() if c["kind"] == "count"} == expected


def test_seed_page():
    from bs4 import BeautifulSoup
    paras = [p for p in BeautifulSoup(SEED.read_bytes(), "lxml").get_text("\n", strip=True).split("\n") if p]
    docs = list(load().pipe(paras))
    found = {docs[c["block"]].text[c["start"]:c["end"]]: c for c in find_quantities(docs)}
    for text in ["96.4 billion yuan", "about $14.89 billion", "over 10,000", "over 1,684 billion yuan",
                 "more than 700 billion yuan", "over 6,000", "two", "2,772", "329", "24", "621", "200,000",
                 "three", "180,000", "120", "19"]:
        assert text in found, text
    assert not {"2016", "2012", "2021", "13", "2020", "five"} & set(found)
