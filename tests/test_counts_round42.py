"""Counts and amounts of round 42: 'one' before a noun of discourse, a football formation, apparent power (MVA) and a
range that shares its thousands. Each document is read in place from ../shared/eval/news_gold, run as an article
with no reference date."""

from __future__ import annotations

from conftest import gold_quantities


def test_one_before_a_noun_of_discourse_is_no_count():
    # tr_news.jsonl, tr-news:1010015: "Pallister said one reason he spent so much time in Costa Rica initially was
    # because he was developing his property."
    assert gold_quantities("tr_news.jsonl", "tr-news:1010015", "one reason he spent", "count") == []
    # tr_news.jsonl, tr-news:1360003: "China's tight control of firearms is often cited as one reason for the high
    # prevalence of knife attacks in particular."
    assert gold_quantities("tr_news.jsonl", "tr-news:1360003", "cited as one reason", "count") == []


def test_a_football_formation_is_no_count():
    # geowebnews.jsonl, geowebnews:309: "“We have moved away from the five and gone to a back four which gives me the
    # opportunity to put another forward in ...”"
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:309", "a back four which", "count")
    assert [c[0] for c in counts if c[0] == "four"] == []


def test_apparent_power_is_an_amount_and_the_number_before_it_counts_the_furnaces():
    # tr_news.jsonl, tr-news:1240001: "... and Eramet, in New Caledonia, in two 99 MVA iron-nickel furnaces,” Degel"
    snippet = "in two 99 MVA"
    assert ("99 MVA", 99, None, None, "MVA") in gold_quantities("tr_news.jsonl", "tr-news:1240001", snippet, "amount")
    counts = gold_quantities("tr_news.jsonl", "tr-news:1240001", snippet, "count")
    assert "99" not in [c[0] for c in counts]
    assert "two" in [c[0] for c in counts]


def test_a_bare_low_end_shares_the_thousands_of_its_high_end():
    # geowebnews.jsonl, geowebnews:287: "We don't have an exact estimation yet, but it's something around 15-20,000
    # euros worth," piano player Francesco Ferrini told The Local.
    amounts = gold_quantities("geowebnews.jsonl", "geowebnews:287", "15-20,000 euros", "amount")
    assert amounts == [("15-20,000 euros", None, 15000, 20000, "EUR")]
