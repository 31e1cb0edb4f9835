"""Places, round 51 (issue 17, r51-places-companies): a name that is a company's or a person's alias, emitted as a
place. A name the article calls a company in an appositive ('Enterprise Scrum, a software company') is the company's
(not_places.described_companies, in_described_company); a name after 'known as' that follows a person's name is the
person's alias (persons.persons_alias); a country's name after 'Head Chef at' is the employer's (institutions.
employer_after_title), and so is the name as a subject elsewhere in the article (employer_elsewhere)."""

from __future__ import annotations

from conftest import gold_sentence_places

from extractor.find.places.not_places import _company_appositive
from extractor.find.places.persons import persons_alias
from extractor.find.places.words import Mention
from extractor.nlp import parse


def _places(corpus: str, doc_id: str, snippet: str) -> list[str]:
    return list(gold_sentence_places(corpus, doc_id, snippet))


def test_a_name_the_article_calls_a_software_company_is_no_town() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl geowebnews:279: 'Beedle was the founder and CEO of Enterprise Scrum, a
    # software company, and was the father of six children' (Enterprise, Nevada before)
    assert "Enterprise" not in _places("geowebnews.jsonl", "geowebnews:279", "Enterprise Scrum, a software company")


def test_the_appositive_must_end_with_the_company_noun() -> None:
    # the same sentence read by the appositive's pattern; 'Texas, the company said' says nothing of Texas
    text = "Beedle was the founder and CEO of Enterprise Scrum, a software company, and was the father of six children"
    end = text.index("Enterprise") + len("Enterprise")
    assert _company_appositive(text, text.index(" Scrum") + len(" Scrum"))
    assert not _company_appositive(text, end)  # 'Scrum' goes on the name: only the longer name's reading
    said = "The plant will move to Texas, the company said on Monday."
    assert not _company_appositive(said, said.index("Texas") + len("Texas"))


def test_a_name_after_known_as_that_follows_a_persons_name_is_an_alias() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl geowebnews:175: 'Mohanna Abdhou, 20, known as Montana, was caught in a
    # hail of gunfire from two masked men on bicycles' (Montana, the US state, before)
    assert "Montana" not in _places("geowebnews.jsonl", "geowebnews:175", "known as Montana")


def test_a_verbs_dubbed_after_a_person_names_no_alias() -> None:
    # 'dubbed' with the person for its subject calls the place something: the place stays
    text = "Mohanna Abdhou dubbed Montana a paradise."
    doc = parse([text])[0]
    start = text.index("Montana")
    m = Mention(block=0, start=start, end=start + len("Montana"), name="Montana")
    assert not persons_alias(m, [doc])


def test_a_countrys_name_after_head_chef_at_is_the_employer() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl geowebnews:221: 'Neil Nugent, Head Chef at Iceland, said: “We want our
    # customers to enjoy the Royal wedding ...' (the UK supermarket, not the country)
    assert "Iceland" not in _places("geowebnews.jsonl", "geowebnews:221", "Head Chef at Iceland")


def test_a_towns_name_before_employee_is_the_company_the_article_names_glued() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl geowebnews:225: 'went on vacations in Hawaii and Europe with the Vista
    # employee's family' beside 'an employee at VistaPrint NV' (Vista, California, before)
    places = _places("geowebnews.jsonl", "geowebnews:225", "with the Vista employee's family")
    assert "Vista" not in places
    assert "Hawaii" in places


def test_a_countrys_name_the_article_writes_as_an_employer_is_the_employer_as_a_subject() -> None:
    # ../shared/eval/news_gold/geowebnews.jsonl geowebnews:221: 'And to celebrate, Iceland has released their own
    # version of the royal cake. Iceland have announced they will be stocking a handmade elderflower ...' beside
    # 'Neil Nugent, Head Chef at Iceland, said' (the UK supermarket)
    assert "Iceland" not in _places("geowebnews.jsonl", "geowebnews:221", "Iceland has released")
    assert "Iceland" not in _places("geowebnews.jsonl", "geowebnews:221", "Iceland have announced")
