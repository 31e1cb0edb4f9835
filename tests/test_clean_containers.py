"""Cleaning that generalizes, second round (issue #15): each test is one class of lost body text or
kept boilerplate, on a real page of trafilatura's benchmark read in place from ../shared/eval/webpages
(its `with` snippets must be in the body, its `without` snippets must not)."""

from __future__ import annotations

from conftest import webpage_body

from extractor.html.dom import norm_space


def _found(snippets: list[str], body: str) -> list[bool]:
    return [norm_space(s) in body for s in snippets]


def test_a_body_class_on_a_nearly_empty_box_does_not_win():
    # a box classed "detail-content" holds one short line; its class bonus outscored the real
    # article's paragraphs, so the whole story was lost
    entry, body = webpage_body("10c5c9728fc8141a")
    assert all(_found(entry["with"], body))


def test_ruby_readings_are_not_read_into_the_text():
    # a Japanese page glosses its kanji with furigana (<ruby>子<rt>こ</rt></ruby>): the readings were
    # read into the sentence, so no sentence of the story was found as written
    entry, body = webpage_body("357c2555f50f9bc5")
    assert all(_found(entry["with"], body))


def test_lead_before_the_body_in_the_same_story_box_is_kept_without_an_h1():
    # the intro paragraph sits in the story's box above the body container, and the page has no <h1>
    # block to anchor the lead rule: the intro was cut
    entry, body = webpage_body("1925f9ca030307a4")
    assert "Die Abogebühr eines Nutzers soll nur noch" in body
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_lead_in_the_story_header_beside_the_body_wrapper_is_kept():
    # the intro sits in the post's "entry-header", beside the "entry-content" wrapper of the body:
    # the nearest article-marked box above the body is that wrapper, which does not hold the intro
    entry, body = webpage_body("3f1d252ffb931671")
    assert "Leidest du an ständiger Müdigkeit" in body
    assert all(_found(entry["with"], body))


def test_chunks_of_a_split_body_match_on_class_words_not_spelling():
    # the story is split into boxes, one written class="box " and the others class="box": compared as
    # strings they were different kinds, so only the first chunk was kept
    entry, body = webpage_body("5275bc002450ba15")
    assert all(_found(entry["with"], body))


def test_calls_to_subscribe_or_download_the_app_are_not_article_text():
    # the story ends with "Subscribe now to our ... edition" and "download the ... apps": promos
    entry, body = webpage_body("1bad406015244381")
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_page_widgets_asking_for_feedback_or_sharing_are_not_article_text():
    # "War der Artikel nützlich?" and "Möchten Sie den Artikel teilen?" close the story: widgets
    entry, body = webpage_body("36e602006b199ccd")
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_story_held_only_in_json_ld_article_body_is_read():
    # the page shows a few lines and renders the rest with a script; the whole story is in the
    # JSON-LD articleBody
    entry, body = webpage_body("2036f4b8f2ed0377")
    assert all(_found(entry["with"], body))


def test_escaped_html_in_json_ld_article_body_is_read_as_text():
    # the articleBody holds the story's HTML escaped once more (&lt;p class=&quot;texto&quot;&gt;):
    # read as text it would put tags and entities into the body
    entry, body = webpage_body("21eb8118b9aff53a")
    assert all(_found(entry["with"], body))
    assert "&lt;" not in body and "<p" not in body


def test_photo_credits_outside_a_caption_box_are_captions_not_body():
    # unmarked picture captions end in "| © Agency/Getty Images": they were read as story paragraphs
    entry, body = webpage_body("4ce7a633b5834950")
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_a_copyright_notice_is_not_article_text():
    # "© 2020 ®/TM ... All Rights Reserved" closed the recipe's body
    entry, body = webpage_body("51365a7a7445fcec")
    assert "All Rights Reserved" not in body
