"""Place recall, round 36 (issue 17, r36-places-recall): names the gazetteer knows that spaCy tags a person's, an
organisation's or nothing, with a cue in the words around them.

- A name the article's own words call a place twice (or once in its dateline) votes as spaCy's place tags do
  (mentions.found_votes): 'The surrender of Aleppo's remaining ... neighborhoods' (tagged PERSON) in a story whose
  other 'Aleppo's the model tags NORP or nothing.
- A town's name before a person's noun after an article, a quotation or an article and an adjective
  (untagged._before_person_noun, entity_mentions._home_town): 'The Innisfail skater', '"... sleep," Tabriz resident
  Amina Zia told the BBC', 'A Danbury stonework mason' (tagged ORG; a local guess the article's places back).
- A state's name after a spaced dash inside a person's entity, opening a list of places
  (entity_parts._state_list_after_dash): 'won by Mr Trump - Wisconsin and Pennsylvania'.

Each test reads a real news_gold text (../shared/eval/news_gold) in place through the whole pipeline, as a user's
JSONL record with no reference date is run, and fails without its rule.
"""

from __future__ import annotations

from conftest import gold_article, gold_record, text_facts


def place_at(corpus: str, doc_id: str, snippet: str, name: str) -> tuple[str | None, str | None] | None:
    """(place_type, country_code) of the place fact `name` inside `snippet` of a news_gold text, or None."""
    text = gold_record(corpus, doc_id)["text"]
    at = text.index(snippet) + snippet.index(name)
    for f in gold_article(corpus, doc_id).facts or []:
        if f.kind == "place" and f.start_char == at and f.text == name:
            return f.place_type, f.country_code
    return None


def places_of(text: str) -> set[str]:
    return {f.text for f in text_facts(text, "place")}


def test_a_name_the_article_calls_a_place_votes_for_its_possessive() -> None:
    # tr-news:1050002 (AP, the evacuation of Aleppo): the model tags this 'Aleppo' a person's, and no 'Aleppo' of the
    # story a place (NORP, a language, nothing), but the story's words call it one many times
    assert place_at("tr_news.jsonl", "tr-news:1050002", "The surrender of Aleppo's remaining", "Aleppo") == (
        "city",
        "SY",
    )


def test_a_dateline_votes_for_the_town_tagged_an_organisation() -> None:
    # geowebnews:32 ('IMMOKALEE – Congressman Mario Diaz-Balart ...'): the model tags the closing 'Immokalee' an ORG
    assert place_at("geowebnews.jsonl", "geowebnews:32", "to revitalize Immokalee.", "Immokalee") == ("city", "US")


def test_a_town_before_a_persons_noun_after_an_article() -> None:
    # tr-news:1180001 (INNISFAIL dateline): 'The Innisfail skater recently returned from Australia'
    assert place_at("tr_news.jsonl", "tr-news:1180001", "The Innisfail skater", "Innisfail") == ("locality", "CA")
    assert place_at("tr_news.jsonl", "tr-news:1180001", "the young Innisfail skater", "Innisfail") == ("locality", "CA")


def test_a_big_city_before_resident_after_a_quotation() -> None:
    # tr-news:1020018 (BBC, an earthquake in Iran): '... we cannot sleep," Tabriz resident Amina Zia told the BBC'
    assert place_at("tr_news.jsonl", "tr-news:1020018", "Tabriz resident Amina Zia", "Tabriz") == ("city", "IR")


def test_a_town_tagged_an_organisation_before_a_persons_noun() -> None:
    # tr-news:1260001 ('BANTAM — A Danbury stonework mason was arraigned in Bantam Superior Court')
    assert place_at("tr_news.jsonl", "tr-news:1260001", "A Danbury stonework mason", "Danbury") == ("city", "US")


def test_a_company_before_a_workers_noun_stays_no_place() -> None:
    # the rule's guard: a trade's noun is no home's ('worker' is not in home_person_nouns), and the town guess
    # needs the article's places nearby
    assert "Ford" not in places_of("A Ford worker said the plant in Detroit was closing.")


def test_a_state_after_a_dash_in_a_persons_entity_opens_a_list() -> None:
    # tr-news:1020001 (BBC, the 2016 recounts): 'two states narrowly won by Mr Trump - Wisconsin and Pennsylvania'
    assert place_at("tr_news.jsonl", "tr-news:1020001", "Trump - Wisconsin and", "Wisconsin") == ("admin1", "US")
