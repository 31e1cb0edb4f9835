"""Places, round 24 (UK pages): a department's body word before its jurisdiction ('Police Scotland':
bodies._untagged_portfolio); a bare town's or county's name after a locative preposition, which the model tags
not at all, kept when its state is named or a place of the article lies near it ('at Belvidere', 'in Fife':
untagged._after_locative, resolve.in_context), and so too a town's name alone in its block, a list's item or a
table's cell ('Aldershot': untagged._whole_line); in a list's item, a small town of another country than the article's
home that no place of that country the article names lies near is a namesake of a place the gazetteer lacks
(abroad._stray: 'Copeland' in a list of British seats is no Copeland, Oklahoma). Each test reads a real sentence from ../shared/eval (webpages/ pages)."""

from __future__ import annotations

from conftest import eval_facts, text_facts


def places_of(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each place's surface text -> (name, place_type, country_code), as the extractor resolves it."""
    return {f.text: (f.name, f.place_type, f.country_code) for f in text_facts(text, "place")}


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


BELVIDERE_PAGE = ("webpages", "f8d3aa10b3c81cf1")  # Chicago Tribune: Biden's visit to the Illinois plant
POLO_PAGE = ("webpages", "307bc0b42fdf6bcc")  # a polo tournament in Rome; Manhattan named on the page
ARENA_PAGE = ("webpages", "36c2ae3b7ac465ea")  # a university's renovated arena, in Albany


def places_named(page: tuple[str, str], text: str) -> list[tuple[str | None, str | None]]:
    """(gazetteer_id, country_code) of each place fact of a saved page whose text is the given one."""
    return [
        (f["gazetteer_id"], f["country_code"]) for f in eval_facts(*page) if f["kind"] == "place" and f["text"] == text
    ]


def test_a_town_after_at_with_its_county_named_is_the_town() -> None:
    # 'advocated for the reopening of this plant at Belvidere' (and 'coming to Belvidere', 'meet in Belvidere'):
    # the model tags none; the page names Boone County and Illinois
    assert set(places_named(BELVIDERE_PAGE, "Belvidere")) == {("geonames:4884453", "US")}


def test_a_council_area_after_in_with_its_country_named() -> None:
    places = places_of(
        "Police Scotland are set to hold a press conference about Allan's disappearance in Fife on Friday and are"
        " urging anyone with information to come forward."
    )
    assert places["Fife"] == ("Fife", "admin2", "GB")


def test_a_bare_name_after_at_far_from_the_articles_places_is_no_town() -> None:
    # the rule's guard: 'the prestige of winning the Masters at Augusta in golf' is not Augusta, New York, though the
    # page names Manhattan; 'The women will debut at Broadview on December 2nd' is an arena, not Broadview, Illinois
    assert places_named(POLO_PAGE, "Augusta") == []
    assert places_named(ARENA_PAGE, "Broadview") == []


SEATS_PAGE = ("webpages", "00d013b26c39d0f1")  # Daily Mail: a table of Conservative MPs' seats, a story on US food


def test_a_seat_in_a_list_is_no_small_us_namesake() -> None:
    # the table's cells 'Copeland' and 'Middlesbrough South and East Cleveland': the gazetteer knows no English
    # Copeland and no English East Cleveland, and Oklahoma's and Ohio's namesakes lie far from every US place the
    # story names (its US food, Washington, 'near Taylorsville, Mississippi')
    assert places_named(SEATS_PAGE, "Copeland") == []
    assert places_named(SEATS_PAGE, "East Cleveland") == []
    # the rule's guard: a US town with its state after it stays ('a commercial poultry farm near Taylorsville,
    # Mississippi')
    assert places_named(SEATS_PAGE, "Taylorsville") == [("geonames:4448074", "US")]


def test_a_town_alone_in_a_list_cell_beside_the_articles_places() -> None:
    # the table's cell 'Aldershot' (a seat's name, the model tags nothing): near London, which the story names
    assert places_named(SEATS_PAGE, "Aldershot") == [("geonames:2657540", "GB")]


def test_a_town_alone_in_a_list_cell_the_model_tags_an_organisation() -> None:
    # the table's cells 'Aylesbury' and 'Chelmsford' (seats' names; alone, the model tags them ORG): read as an
    # untagged cell is, near London, which the story names (entity_mentions._whole_line_town)
    assert places_named(SEATS_PAGE, "Aylesbury") == [("geonames:2656719", "GB")]
    assert [cc for _, cc in places_named(SEATS_PAGE, "Chelmsford")] == ["GB"]
    # the rule's guard: a person's name alone in a cell ('Rob Butler', the seat's MP) is no town
    assert places_named(SEATS_PAGE, "Rob Butler") == []
    # nor a name two towns of one country share ('Ashford': Surrey's and Kent's; the seat is Kent's)
    assert places_named(SEATS_PAGE, "Ashford") == []
