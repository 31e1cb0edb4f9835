"""Places, round 64 of issue 17: a place's name that, with a capitalised word or two beside it, spells a label of the
page's own host ('NOW Grenada is not responsible for the opinions ...' on a page of nowgrenada.com) is a word of the
publication's name, no mention of the place (not_places.in_publication_name; audit guide: a place inside a
newspaper's name). The country's name alone on that page stays the place."""

from __future__ import annotations

from conftest import text_as_article

# an audit page (nowgrenada.com, the prime minister at a financial access roundtable in Barbados): its first sentence
# and the disclaimer that closes the page
PAGE = "https://www.nowgrenada.com/2022/04/pm-attends-financial-access-roundtable-in-barbados/"
TEXT = (
    "Grenada’s Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Keith Mitchell has voiced his"
    " support for an annual US-Caribbean Banking Forum.\n\n"
    "NOW Grenada is not responsible for the opinions, statements or media content presented by contributors."
)


def _places(source: str) -> list[tuple[str, int]]:
    facts = text_as_article(TEXT, source).facts or []
    return [(f.text, f.start_char) for f in facts if f.kind == "place" and f.text == "Grenada"]


def test_place_in_the_pages_own_publication_name_is_no_place():
    assert _places(PAGE) == [("Grenada", 0)]


def test_same_words_on_another_host_stay_the_place():
    assert len(_places("https://www.example.com/2022/04/roundtable/")) == 2
