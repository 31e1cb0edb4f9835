"""A photo caption's expander control ("... [+]" / "… [+]") is interface text, not article text.

Pages write a long caption cut short with a button, then the rest of it
(`<span class="plus">... [+]</span><span class="expanded-caption"> with synthetic stuffing instead.</span>`).
Left in, the control splits the caption's sentence, and a date in it: "September 12, … [+] 2016" was read as
September 12 of the page's year. The element that holds only the control is dropped (prune._drop_expanders);
where the control survives as plain text it is cut out (clean._without_expander, selectors.json
`expander_text`).
"""

from __future__ import annotations

import gzip

from conftest import dates_reader, shared_path

from extractor.html.clean import clean_page
from extractor.html.dom import parse_html
from extractor.html.metadata import page_title
from extractor.sources import decode_html

dates_in = dates_reader({"zitrod": ("webpages", "6f4cb16b95a6fce5")})

_FEATHER_DUVET = "a078b3656adc0295d0e37bd4f599342f4a0894da2451e0ef3038ac045434fef3"


def _captions(folder: str, name: str) -> list[str]:
    path = shared_path("eval", folder, "html", f"{name}.html.gz")
    tree = parse_html(decode_html(gzip.decompress(path.read_bytes()), name))
    return [b.text for b in clean_page(tree, page_title(tree)) if b.section == "caption"]


def test_expander_element_does_not_split_a_date():
    assert dates_in("zitrod", "Economic Club of Washington") == [("September 12, 2016", "2016-09-12")]


def test_expander_element_does_not_split_a_caption():
    captions = _captions("articles", _FEATHER_DUVET)
    assert (
        "Not all duvets have real feathers in them. If you are having an allergic reaction, you can try one"
        " with synthetic stuffing instead. (Photo: Getty Images)"
    ) in captions
    assert not any("[+]" in c for c in captions)


def test_expander_as_plain_text_is_cut_out():
    # the same caption as a syndicated page's description holds it, as plain text in one paragraph
    sentence = (
        "Jamie Dimon, CEO of JPMorgan Chase &amp; Co., speaks at the Economic Club of Washington September 12,"
        " &#8230; [+] 2016 in Washington, DC. Win McNamee/Getty Images Kenneth Frazier, CEO of Merck on CNBC"
        " What the African American community sees in that videotape is that this African American man, who"
        " could be me or any other African American man, is being treated as less than human."
    )
    tree = parse_html(f"<html><body><article><p>{sentence}</p></article></body></html>")
    texts = [b.text for b in clean_page(tree, None)]
    assert any("Washington September 12, 2016 in Washington, DC." in t for t in texts), texts
    assert not any("[+]" in t for t in texts)
