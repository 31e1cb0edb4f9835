"""Amounts a careful news reader would sign, round 31 (issue 17): the dollar of a bare "$".

- "With $2 million in the tin, targeting underway and approvals for drilling being lodged with the WA Mines
  Department" on an Australian site about a Pilbara explorer: a bare "$" on a page a dollar country publishes
  (its country-code domain), whose resolved places in that country outnumber those in the places paying in US
  dollars, is that country's dollar (currencies.json home_dollars, normalize/money.bare_dollar). An Australian
  site's story whose places are American, a page that writes the home dollar out ("A$": wire copy's
  "A$1 billion ($700 million)"), a "$" the text names American ("$5 US") and a page of no dollar country stay USD.
  Cents follow the same dollar when the text never writes the US dollar out.

Each page test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
and fails without the rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, page_facts

from extractor.find.counts import find_quantities
from extractor.nlp import load
from extractor.normalize.money import bare_dollar
from extractor.normalize.units import Whereabouts

# webpages: thewest.com.au, an ASX explorer in the Pilbara
_MINES = "thewest.com.au/business/public-companies/caeneus-charges-up-its-exploration-tool-kit-at-mallina"
# webpages: realestate.com.au, an estate in Kenthurst (Sydney)
_ESTATE = "realestate.com.au/news/live-in-your-own-jurassic-park-at-this-multimilliondollar-kenthurst-estate"
_AU_PAGE = Whereabouts(frozenset({"AU"}), "AU", ("AU", "AU", "AU"))


def _units(text: str, where: Whereabouts) -> dict[str, str]:
    return {text[c["start"] : c["end"]]: c["unit"] for c in find_quantities([load()(text)], where)}


def test_a_bare_dollar_on_a_dollar_countrys_own_page_is_its_dollar():
    facts = page_facts(_MINES, "With $2 million in the tin", "amount")
    assert (facts["$2 million"]["unit"], facts["$2 million"]["value"]) == ("AUD", 2_000_000)
    facts = page_facts(_ESTATE, "expected to sell in the low-to-mid $4 million price range", "amount")
    assert facts["$4 million"]["unit"] == "AUD"


def test_a_bare_dollar_stays_usd_without_all_the_evidence():
    # barrons.com on Home Depot: "Wall Street predicted $2.52 a share."
    sentence = "Wall Street predicted $2.52 a share."
    assert _units(sentence, _AU_PAGE) == {"$2.52": "AUD"}
    american = Whereabouts(frozenset({"AU", "US"}), "AU", ("US", "US", "AU"))  # an Australian site on Wall Street
    assert _units(sentence, american) == {"$2.52": "USD"}
    assert _units(sentence, Whereabouts(frozenset({"AU"}), None, ("AU",))) == {"$2.52": "USD"}  # no home publisher
    assert _units(sentence, Whereabouts(frozenset({"GB"}), "GB", ("GB",))) == {"$2.52": "USD"}  # no dollar country
    assert _units(sentence, Whereabouts(frozenset({"AU"}), "AU", ())) == {"$2.52": "USD"}  # no place of the story
    # the writer marks the home dollar where meant (wire copy): the bare one is the other
    assert bare_dollar("raised A$1 billion ($700 million)", _AU_PAGE) == "USD"
    assert bare_dollar("the Australian dollar fell", _AU_PAGE) == "USD"
    assert bare_dollar("raised $1 billion", _AU_PAGE) == "AUD"


def test_a_dollar_the_text_names_american_stays_usd_on_a_home_page():
    line = corpus_line("meantime_en_numbers.jsonl", "$40 billion US airtanker")
    assert _units(line, _AU_PAGE)["$40 billion US"] == "USD"


def test_cents_follow_the_home_dollar_unless_the_us_dollar_is_written_out():
    # meantime_en_numbers: a bank's quarterly loss
    # ("it lost US$2.24 billion ... the losses are equal to 26 cents per share")
    line = corpus_line("meantime_en_numbers.jsonl", "the losses are equal to 26 cents per share")
    assert _units(line, _AU_PAGE)["26 cents"] == "USD"  # the US dollar written out
    bare = line.replace("US$2.24", "$2.24")
    assert _units(bare, _AU_PAGE)["26 cents"] == "AUD"
    assert _units(bare, Whereabouts())["26 cents"] == "USD"


def test_home_dollars_name_countries_and_dollars_the_text_can_write_out():
    import pycountry

    from extractor.models import is_iso4217
    from extractor.normalize.money import data

    d = data()
    for country, code in d["home_dollars"].items():
        assert pycountry.countries.get(alpha_2=country) is not None and is_iso4217(code)
        assert code in d["minor_units"]["context"], code  # the marks that write it out ('A$')
        assert country not in d["usd_places"]
    assert all(pycountry.countries.get(alpha_2=c) is not None for c in d["usd_places"])
