"""A photo caption glued to its photo credit (blocks.py `_is_caption_credit`, selectors.json
`caption_credit_marker`): the credit sits in an inline element of its own inside the caption
(`<span class="article__credit">`, itemprop "copyrightHolder", `<span class="source">`), written right
after the caption's last word with no space, so the word and the credit ran together ("a trip to
MoroccoCredit: Alamy", "in Mongolia, in MayCredit: The Siberian Times") and the caption's place or date
was lost. The credit is now a line of its own. Real pages of ../shared/eval, read in place."""

from __future__ import annotations

import gzip

from conftest import eval_facts, shared_path

SCOTTISH_SUN = ("webpages", "2e1ed54b86cb0871")  # figcaption > span + span.article__credit
SUN_PLAGUE = ("articles", "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50")
NYT = ("articles", "04a6711caa7c687592777718866e781e976e0fe684faebe8b3cedcef8cd0ea34")  # itemprop copyrightHolder
BI = ("articles", "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e")  # span.caption-source > .source


def captions(folder: str, name: str) -> list[str]:
    """The caption blocks the cleaner keeps for one ../shared/eval page."""
    from extractor.html.clean import clean_page
    from extractor.html.dom import parse_html
    from extractor.html.metadata import page_title
    from extractor.sources import decode_html

    path = shared_path("eval", folder, "html", f"{name}.html.gz")
    tree = parse_html(decode_html(gzip.decompress(path.read_bytes()), str(path)))
    return [b.text for b in clean_page(tree, page_title(tree)) if b.section == "caption"]


def test_bem_credit_span_is_apart_and_the_captions_place_found():
    texts = captions(*SCOTTISH_SUN)
    assert "Michael Matheson racked up £11k in roaming charges during a trip to Morocco" in texts
    assert "Credit: Alamy" in texts
    assert not any("MoroccoCredit" in t for t in texts)
    places = [
        f["text"]
        for f in eval_facts(*SCOTTISH_SUN)
        if f["kind"] == "place" and f["section"] == "caption" and "during a trip to" in f["sentence"]
    ]
    assert places == ["Morocco"]


def test_captions_month_found_once_the_credit_is_apart():
    texts = captions(*SUN_PLAGUE)
    assert (
        "Fears of contamination broke out after a husband and wife died from the deadly plague in Mongolia, in May"
        in texts
    )
    assert not any("Credit:" in t and not t.startswith("Credit:") for t in texts)
    dates = [
        (f["text"], f["value"])
        for f in eval_facts(*SUN_PLAGUE)
        if f["kind"] == "date" and f["sentence"].startswith("Fears of contamination")
    ]
    assert dates == [("May", "2019-05")]


def test_copyright_holder_itemprop_is_apart():
    texts = captions(*NYT)
    assert "Trump asked voters in Louisiana for a big win. He didn’t get it." in texts
    assert "Credit...Doug Mills/The New York Times" in texts


def test_source_span_inside_a_caption_box_is_apart():
    # the lone "Reuters" line is then dropped, as the cleaner drops every such line (negative_text)
    texts = captions(*BI)
    assert "The WeWork logo is displayed outside of a co-working space in New York." in texts
    assert not any("Reuters" in t for t in texts)


NATURE = ("webpages", "6f5ee1affb33feb8")  # figcaption > p > span + unmarked <span>Credit: ...</span>
SKY = ("articles", "921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f")  # <span>Image:</span> label


def test_unmarked_credit_glued_to_the_caption_is_apart():
    texts = captions(*NATURE)
    assert "FAST will enable highly sensitive measurements of astronomical phenomenon." in texts
    assert "Credit: Ou Dongqu/Xinhua/ZUMA" in texts


def test_a_spaced_unmarked_label_stays_in_its_caption():
    assert "Image: Jose Mourinho, left, has replaced Mauricio Pochettino as manager of Tottenham" in captions(*SKY)
