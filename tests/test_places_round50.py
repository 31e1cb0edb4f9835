"""Places, round 50: a regime's or an era's word the model tagged with a country's name as one place ('Nazi
Germany', 'Soviet Russia', 'ancient Greece') is no part of the place's name; the country is the place
(designators._after_era_word, data era_words); a region's or an island's own name after an article before a noun
('an Oahu home', tagged a person's) is that region (rescue._region_before_noun). Each test reads a real sentence of
../shared/eval news_gold."""

from __future__ import annotations

from conftest import gold_doc, gold_record


def _places_in(corpus: str, doc_id: str, snippet: str) -> list:
    """The place facts of a news_gold document inside the first `snippet` of its text."""
    facts, _ = gold_doc(corpus, doc_id)
    at = gold_record(corpus, doc_id)["text"].index(snippet)
    return [f for f in facts.values() if f.kind == "place" and at <= f.start_char < at + len(snippet)]


def test_a_regimes_word_before_a_countrys_name_is_no_part_of_it() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:247: 'comparisons between Russia and Nazi Germany are heard in the
    # British parliament' ('Nazi Germany' tagged GPE whole, a name the gazetteer does not know) gave Russia alone
    found = _places_in("geowebnews.jsonl", "geowebnews:247", "comparisons between Russia and Nazi Germany are heard")
    assert sorted((f.name, f.country_code) for f in found) == [("Germany", "DE"), ("Russia", "RU")]


def test_a_regions_own_name_after_an_article_before_a_noun_is_the_region() -> None:
    # news_gold/geowebnews.jsonl, geowebnews:194: 'The median price of an Oahu home tops $770,000' ('Oahu' tagged a
    # person's; 'home' is no noun for a thing in a town: 'the Jackson home' is a family's) gave no place
    (fact,) = _places_in("geowebnews.jsonl", "geowebnews:194", "The median price of an Oahu home tops")
    assert (fact.text, fact.place_type) == ("Oahu", "region")
