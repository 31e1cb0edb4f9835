"""Round 75 of issue 17, dates: "last night" is the day before the page's date, as "yesterday" is; a night a
determiner or a possessive owns ("the last night of the festival") or "of" follows names no day."""

from conftest import sentence_dates, webpage_article


def test_last_night_is_the_day_before_the_page():
    article = webpage_article("Chef-Jamie-Oliver-joins-Mail-Sundays-war-toxic-food")
    said = [
        f
        for f in article.facts or []
        if f.kind == "date" and f.sentence.startswith("Last night, a Government spokesperson said")
    ]
    assert [(f.text, f.value) for f in said] == [("Last night", "2020-09-25")]


def test_a_night_owned_or_of_something_is_no_day():
    # geowebnews:104's sentence keeps its day; the same words after "the" and before "of" name a night of an event
    assert sentence_dates(
        "They both played in overtime last night, and we both know what to expect.", "2018-04-10"
    ) == [("last night", "2018-04-09")]
    assert sentence_dates("They both played on the last night of the tournament.", "2018-04-10") == []
