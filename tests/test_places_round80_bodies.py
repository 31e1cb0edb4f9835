"""Places on real news (issue 17): a transport body named 'Transport for PLACE' gives its jurisdiction.

Class: 'Transport for Wales Customer Care Team' (tagged one organisation) was read as no body at all: _embedded
reads a jurisdiction at a body's start or after its last 'of', _after_portfolio after a portfolio's words ('Environment
Canada'), none after 'for'. A portfolio named with 'for' and its place (data: portfolio_for_heads: 'Transport for
London', 'Transport for Wales') names the body's jurisdiction (audit guide: names inside names), the place a country's,
a subdivision's or a large city's own name (bodies._portfolio_for). Judged missed in session 32's audit. Not any
portfolio: 'Justice for Syria' is a campaign's name, no public body's.
"""

from __future__ import annotations

from conftest import text_facts


def _names(text: str) -> list[str]:
    return [f.name for f in text_facts(text, "place")]


def test_transport_for_a_country_names_its_jurisdiction():
    # webpages 7b83033529dfe95f (a rail operator's accessibility page)
    text = (
        "As a result customers should contact Transport for Wales Customer Care Team to book assistance - they will "
        "check what type of bus is booked, and if an alternative would be more suitable."
    )
    assert _names(text) == ["Wales"]


def test_transport_for_a_region_untagged():
    assert "Greater Manchester" in _names("A Transport for Greater Manchester spokesman said the trams were running.")


def test_a_campaign_for_a_country_is_no_body():
    assert _names("Members of Justice for Syria Campaign marched on Saturday.") == []
