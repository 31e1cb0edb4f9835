"""Counts: the size of a bound, and numbers in another story's headline.

- A number compounded with a noun before a singular noun of a bound sizes the bound and counts nothing, as a
  capacity compound gives a thing's size: "the 500,000 flight cap" counts no flights, "the four-game limit" no
  games (find/count_measures.py _limit_size; count_measures.json limit_heads). "no more than 10 people" still
  counts them, and "two spending caps" counts caps.
- A line (or, in a text whose lines were run together, a sentence) opened by "Related:", "READ MORE:", "ALSO
  READ |" names another story: its headline is page furniture and no number in it is a count or an amount
  (find/count_context.py story_links, find/counts.py _outside_story_links; quantity_exclusions.json
  story_link_openers). The article's own sentence after the headline keeps its numbers; places in the headline
  stay, as GeoWebNews and TR-News annotate them.
"""

from __future__ import annotations

from conftest import gold_article, gold_quantities, text_facts

from extractor.find.count_context import story_links


def _counts(text: str) -> dict[str, str | None]:
    return {f.text: f.counted for f in text_facts(text, "count")}


def test_flight_cap_counts_no_flights():
    assert not gold_quantities(
        "geowebnews.jsonl", "geowebnews:148", "given the 500,000 flight cap currently in place", "count"
    )


def test_game_limit_counts_no_games():
    text = (
        "They’re both true freshmen that Fleck would prefer to keep at the four-game limit to preserve their "
        "redshirt status."
    )
    assert "four" not in _counts(text)


def test_bounds_that_count_stay():
    text = "Celebrations will be limited to no more than 10 people from no more than two households."
    assert _counts(text) == {"no more than 10": "people", "no more than two": "households"}
    assert _counts("The city set two spending caps this year.")["two"] == "spending caps"


def test_related_headline_gives_no_count():
    article = gold_article("geowebnews.jsonl", "geowebnews:17")
    counts = [f.text for f in article.facts or [] if f.kind == "count" and "Related:" in (f.sentence or "")]
    assert counts == []
    places = [f.text for f in article.facts or [] if f.kind == "place" and "Related: Six" in (f.sentence or "")]
    assert places == ["Canada"]


def test_headline_ends_before_the_article_goes_on():
    text = (
        "The Foreign Ministry summoned him over the nerve agent attack in early March. Read more: What Lavrov said: "
        "Germany, other countries expel Russian diplomats over Skripal poisoning The Foreign Ministry told US "
        "Ambassador Jon Huntsman that Russia would expel 60 US diplomats."
    )
    ((start, end),) = story_links(text)
    assert text[start:end].endswith("over Skripal poisoning")
    assert _counts(text)["60"] == "US diplomats"
    lines = "said Liberal MP Mark Eyking.\nREAD MORE: CETA: EU-Canada trade deal clears legal hurdle in EU parliament\n"
    ((start, end),) = story_links(lines)
    assert lines[start:end] == "READ MORE: CETA: EU-Canada trade deal clears legal hurdle in EU parliament"
    assert story_links("More:\n\n“We have a need and saw a need to bring on 3 additional providers”") == []
