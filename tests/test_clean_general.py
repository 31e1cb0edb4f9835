"""Cleaning that generalizes (issue #15): one test per class of lost body or kept boilerplate, each on a
real page of trafilatura's benchmark read in place from ../shared/eval/webpages (its `with` snippets must
be in the body, its `without` snippets must not)."""

from __future__ import annotations

from conftest import webpage_body

from extractor.html.dom import norm_space


def _found(snippets: list[str], body: str) -> list[bool]:
    return [norm_space(s) in body for s in snippets]


def test_xhtml_page_with_an_xml_declaration_is_read():
    # an XHTML page opening with <?xml ... encoding="UTF-8"?>: lxml refused the decoded text, so the
    # whole article was lost with an internal error
    entry, body = webpage_body("640aad2eb1a99fc9")
    assert all(_found(entry["with"], body))


def test_lead_paragraph_beside_the_body_container_is_kept():
    # the intro ("teaser description") sits in the article's own box between the headline and the
    # body container, as a sibling of that container, so it was cut with the page furniture
    entry, body = webpage_body("5a26318e20e354a7")
    assert "Steinmeier lädt jedes Jahr" in body
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_article_inside_a_page_wide_aside_is_kept():
    # the whole page sits in <aside class="sidebar">: dropping every <aside> as furniture left nothing
    entry, body = webpage_body("0c86d6af875d5bb9")
    assert all(_found(entry["with"], body))


def test_css_utility_classes_are_not_boilerplate_markers():
    # the intro is <p class="uk-margin-large-bottom textintro">: its "bottom" is spacing, not a footer
    entry, body = webpage_body("0e39b9d3ec7eaf55")
    assert all(_found(entry["with"], body))


def test_the_story_own_header_is_not_page_furniture():
    # the lead sits in the story's own "article-header"-style box; "header" there is not the site's
    entry, body = webpage_body("0e3bcbf81c559006")
    assert "In der Nacht auf Samstag haben zwei junge Lenker" in body
    assert not any(_found(entry["without"], body))


def test_body_split_over_many_small_boxes_is_kept_whole():
    # the text sits in a grid of small boxes; the best-scored box held only its header, so the
    # box a few levels up that holds much more prose (and hardly any links) is the article
    entry, body = webpage_body("0c33351d671d4ed6")
    assert all(_found(entry["with"], body))


def test_a_story_printed_twice_on_the_page_is_kept_once():
    # the news story stands in a paywall teaser box and again in the full-text box: every fact twice
    entry, body = webpage_body("b4bde9d631c4ab15")
    assert body.count("Für einen Roman über die alte Bundesrepublik") == 1
    assert all(_found(entry["with"], body))


def test_story_paragraphs_inside_noscript_are_read():
    # the blog renders the post with a script and puts its paragraphs in <noscript> for readers
    # without one: dropping every <noscript> left the page empty
    entry, body = webpage_body("3ed790385fd4d09b")
    assert all(_found(entry["with"], body))


def test_page_builder_widget_boxes_are_not_sidebar_widgets():
    # a page builder wraps every text box in "...-widget-wrap"/"...-widget-container": only a class
    # that starts with "widget" names a sidebar widget
    entry, body = webpage_body("26c6ed8984c54460")
    assert all(_found(entry["with"], body))


def test_text_in_a_box_classed_hidden_is_read():
    # tabs, slides and "read more" boxes carry class "hidden" until a script shows them: that is the
    # page's content (only the hidden attribute and display:none styles mean out of the page)
    entry, body = webpage_body("4b398c5887326093")
    assert all(_found(entry["with"], body))


def test_a_heading_or_label_that_ends_the_body_is_furniture():
    # "Lesen Sie auch die folgenden Beiträge:" ends the body: the list of stories it introduced was
    # cut as furniture, and the label was left behind
    entry, body = webpage_body("5622288dd096db83")
    assert not any(_found(entry["without"], body))
    assert all(_found(entry["with"], body))


def test_a_section_whose_modifier_says_it_carries_ads_keeps_its_paragraphs():
    # a test report inside the page's articleBody, each chapter a <section class="TestReport__Section
    # TestReport__Section--Ads">: "--Ads" (the chapter has ad slots) read as an ad box, and the whole
    # report was cut but a 33-character line ("Wir sind im Steak-Himmel!" was lost)
    entry, body = webpage_body("5d5267b7e27e98e6")
    assert "Wir sind im Steak-Himmel!" in body
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))


def test_a_box_at_the_bottom_holding_prose_is_not_furniture():
    # the story's text sits in <p class="is-size-5 paddin-bottom-2"> (a misspelt spacing class) and
    # in <div class="description article-page-desc article_content_bottom">: "bottom" says where the
    # box sits, not that it is the page's footer
    _, body = webpage_body("b3da3bceaa938367")
    assert "Sin embargo, Geannina Dinarte, ministra de la Presidencia" in body
    _, body = webpage_body("e9c10cd6256cd73a")
    assert "But, when the beggar agreed to sit into that car" in body


def test_a_bem_named_body_box_is_the_article_body():
    # <div class="entry__content steady-paywall-container">: the BEM "entry__content" is the
    # "entry-content" box, so its "paywall" word does not make it boilerplate (the page's text was empty)
    entry, body = webpage_body("41fda39ca5e63aa0")
    assert all(_found(entry["with"], body))
    assert not any(_found(entry["without"], body))
