"""Places, round 24 (UK pages): a department's body word before its jurisdiction ('Police Scotland':
bodies._untagged_portfolio). Each test reads a real sentence from ../shared/eval (webpages/ pages)."""

from __future__ import annotations

from extractor.pipeline import text_article
from extractor.sources import RawPage


def places_of(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each place's surface text -> (name, place_type, country_code), as the extractor resolves it."""
    article = text_article(RawPage(source="test", text=text), "test")
    return {f.text: (f.name, f.place_type, f.country_code) for f in article.facts or [] if f.kind == "place"}


def test_a_police_force_named_for_its_country_names_it() -> None:
    # webpages/html/a0d6e656e9ea6738.html.gz (Daily Record: a missing dad), the model tags neither word
    places = places_of(
        "Police Scotland are set to hold a press conference about Allan's disappearance in Fife on Friday and are"
        " urging anyone with information to come forward."
    )
    assert places["Scotland"] == ("Scotland", "admin1", "GB")


def test_a_judges_title_before_her_name_is_no_department() -> None:
    # the rule's guard (a constructed sentence: ../shared/eval has no title before a person named for a state): the
    # words after the portfolio word must be a state's or a country's name whole
    assert "Victoria" not in places_of("Justice Victoria Sharp said the case was closed.")
