"""Every table under extractor/data/ has the keys and value types its readers use (as dateparser checks its
generated data): a mistyped or retyped key fails here instead of silently meaning "no match" at run time.

One test per table shipped (`extractor.data.names()`); a table without a shape below fails its test, so a
new table comes with its check. Shapes list the keys the code reads (keys starting with "_" are comments)
and are written as Python types: `list[str]`, `dict[str, int]`, `tuple[int, int]` (a JSON array of fixed
length), `X | None`, and `Obj` for a JSON object with named fields.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin

import pytest

from extractor.data import load, names, one_of
from extractor.find.date_patterns import _expand


@dataclass(frozen=True)
class Obj:
    """A JSON object with these fields (and maybe others the code does not read)."""

    required: dict[str, Any]
    optional: dict[str, Any] = field(default_factory=dict)


def _problems(value: Any, spec: Any, where: str) -> list[str]:
    """Where `value` does not have the shape `spec`, as readable lines (empty: it does)."""
    origin, args = get_origin(spec), get_args(spec)
    if isinstance(spec, Obj):
        if not isinstance(value, dict):
            return [f"{where}: an object expected, got {type(value).__name__}"]
        found = [f"{where}: no key {key!r}" for key in spec.required if key not in value]
        for key, sub in {**spec.required, **spec.optional}.items():
            if key in value:
                found += _problems(value[key], sub, f"{where}.{key}")
        return found
    if origin in (types.UnionType, typing.Union):
        if any(not _problems(value, option, where) for option in args):
            return []
        return [f"{where}: {value!r:.60} is none of {spec}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: a list expected, got {type(value).__name__}"]
        return [p for i, item in enumerate(value) for p in _problems(item, args[0], f"{where}[{i}]")]
    if origin is tuple:
        if not isinstance(value, list) or len(value) != len(args):
            return [f"{where}: a list of {len(args)} expected, got {value!r:.60}"]
        return [p for i, (item, sub) in enumerate(zip(value, args)) for p in _problems(item, sub, f"{where}[{i}]")]
    if origin is dict:
        if not isinstance(value, dict):
            return [f"{where}: an object expected, got {type(value).__name__}"]
        return [p for key, item in value.items() for p in _problems(item, args[1], f"{where}[{key!r}]")]
    if spec is None:
        return [] if value is None else [f"{where}: null expected, got {value!r:.60}"]
    if spec is float:  # JSON writes 3.0 as 3
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif spec is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, spec)
    return [] if ok else [f"{where}: {spec.__name__} expected, got {value!r:.60}"]


WORDS = list[str]
WORD_NUMBERS = dict[str, int]
LATLON = tuple[float, float]

SHAPES: dict[str, dict[str, Any]] = {
    # normalize/money.py, models.py
    "currencies": {
        # find/amounts.py, normalize/money.py
        "digits_only_names": WORDS,
        # normalize/money.py
        "wordy_names": WORDS,
        "prefix_symbols": dict[str, str],
        "symbol_context": dict[str, dict[str, WORDS]],
        "spaced_letter_dollars": WORDS,
        "glued_prefixes": WORDS,
        "home_letter_signs": dict[str, dict[str, str]],
        "code_blocklist": WORDS,
        "names": dict[str, str | None],  # null: a name that is no one currency ("bitcoin")
        "pound_names": WORDS,
        "pound_code": str,
        "historic": dict[str, str],
        "home_dollars": dict[str, str],
        "home_pounds": dict[str, str],
        "british_pound_words": WORDS,
        "idiom_nouns": WORDS,
        "vague_money_adjectives": WORDS,
        "usd_places": WORDS,
        "story_dollar_places": Obj({"at_least": int, "share": float, "named_at_least": int, "lead": int}),
        "story_dollar_regions": dict[str, WORDS],
        "world_priced_per": WORDS,
        "minor_units": Obj({"names": WORDS, "per_major": int, "default": str, "context": dict[str, WORDS]}),
    },
    # find/dates.py, normalize/dates.py; an atom's needs_context names one of the *_context lists
    "dates": {
        # an atom's needs_context
        "window_context": WORDS,
        # find/count_measures.py, find/date_compose.py, find/date_tense.py, find/date_vetoes.py, find/reading.py
        "change_verbs": WORDS,
        # find/date_compose.py, find/date_patterns.py
        "duration_before_mod": str,
        # find/date_compose.py, find/date_tense.py
        "change_target_prepositions": WORDS,
        # find/date_deictic.py
        "spoken_story_days": int,
        # find/date_deictic.py, find/date_tense.py
        "said_verbs": WORDS,
        # find/date_fiscal.py
        "national_fiscal_years": dict[str, Obj({"names": WORDS, "demonyms": WORDS, "first": int, "named_by": str})],
        **dict.fromkeys(["month_quarter_after", "fiscal_own", "fiscal_bound_between"], str),
        # find/date_fiscal.py, find/date_patterns.py
        **dict.fromkeys(["results_season_after", "quarter_end_month"], str),
        # find/date_games.py
        "league_season_months": dict[str, int],
        "game_calendar_min": int,
        # find/date_games.py, find/dates.py
        "game_calendar": str,
        # normalize/resolvers.py
        "holiday_season_start": str,
        # find/date_games.py, find/dates.py, normalize/resolvers.py
        "league_seasons": WORDS,
        # find/date_generic.py
        **dict.fromkeys(
            [
                "habit_words",
                "nowadays_verbs",
                "nowadays_adverbs",
                "nowadays_existence_verbs",
                "nowadays_fronted_verbs",
                "nowadays_habit_verbs",
                "nowadays_not_new_adjectives",
                "nowadays_potential_modals",
                "speaking_verbs",
                "closed_for_the_day_verbs",
            ],
            WORDS,
        ),
        **dict.fromkeys(
            [
                "season_day_after",
                "season_day_before",
                "generic_period",
                "nowadays_past_contrast",
                "level_now_from",
                "fall_context",
                "level_now_to_target",
                "period_end_after",
                "period_end_term",
            ],
            str,
        ),
        # find/date_generic.py, find/date_nonrefs.py
        "nowadays_heads": WORDS,
        # find/date_generic.py
        "generic_quarter_frames": WORDS,
        # find/date_matches.py
        **dict.fromkeys(["holiday_place_labels", "holiday_tally_heads"], WORDS),
        # find/date_generic.py, find/date_patterns.py
        "span_day": str,
        # find/date_generic.py, find/date_rejects.py
        "generic_for_the_day": str,
        # find/date_generic.py, find/dates.py, normalize/resolvers.py
        "story_week": str,
        # find/date_matches.py, find/date_patterns.py
        **dict.fromkeys(["day_pair_before", "month_before_day"], str),
        # find/date_names.py
        **dict.fromkeys(
            [
                "model_year_heads",
                "holiday_of_time_nouns",
                "name_year_date_heads",
                "model_year_prepositions",
                "model_year_nouns",
                "name_group_nouns",
                "show_name_nouns",
                "byline_verbs",
                "weekday_name_prefixes",
                "time_prepositions",
            ],
            WORDS,
        ),
        "holiday_title_after": str,
        # find/date_names.py, find/date_tense.py
        "time_of_day_words": WORDS,
        # find/date_nonrefs.py, find/date_tense.py
        "holiday_ahead_words": WORDS,
        # find/date_patterns.py, find/date_resolve.py
        **dict.fromkeys(["clock_before", "year_after", "that_year_after"], str),
        # find/date_patterns.py, find/date_tense.py
        **dict.fromkeys(["ahead_of_prefix", "future_prefix"], str),
        # find/date_patterns.py, find/date_vetoes.py
        **dict.fromkeys(["lone_month_after", "lone_month_before"], str),
        # find/date_patterns.py, find/dates.py
        "weekday_block": str,
        # find/date_rejects.py
        "opening_hours_words": WORDS,
        "counted_year_window": int,
        # find/date_patterns.py, find/date_rejects.py
        **dict.fromkeys(["hours_before", "hours_after"], str),
        # find/date_patterns.py, find/date_resolve.py
        "joined_month_before": str,
        # find/date_rejects.py, find/date_vetoes.py
        "split_fiscal_year": str,
        # find/date_resolve.py
        **dict.fromkeys(["scheduled_event_verbs", "process_verbs"], WORDS),
        **dict.fromkeys(["revision_window_days", "scheduled_grace_days", "thing_nearest_ratio"], int),
        # find/date_resolve.py, find/date_tense.py
        "coming_event_nouns": WORDS,
        "holiday_ahead_days": int,
        # find/date_tense.py
        **dict.fromkeys(
            [
                "sequel_verbs",
                "onset_words",
                "current_cycle_nouns",
                "revision_verbs",
                "revision_nouns",
                "forecast_verbs",
            ],
            WORDS,
        ),
        # find/date_undated.py
        "easter_anchor_days": int,
        # find/date_vetoes.py
        "year_before_street_words": WORDS,
        "year_unit_after": str,
        # normalize/periods.py
        "past_grace_days": int,
        # normalize/resolvers.py
        **dict.fromkeys(["anaphoric_past_shifts", "anaphoric_past_units", "recent_context"], WORDS),
        "schedule_back_days": int,
        **dict.fromkeys(
            ["months", "weekdays", "number_words", "ordinal_words", "ordinal_tens", "shift_words"], WORD_NUMBERS
        ),
        **dict.fromkeys(["deictic_days", "ago_words", "quarter_words", "half_words", "decade_words"], WORD_NUMBERS),
        **dict.fromkeys(["units", "seasons", "mods", "defs", "postposed_shifts"], dict[str, str]),
        **dict.fromkeys(
            ["ambiguous_lowercase", "anaphoric_shifts", "rolling_units", "rolling_past_units", "endpoint_words"],
            WORDS,
        ),
        **dict.fromkeys(
            ["future_cues", "past_aux", "report_verbs", "stative_verbs", "past_aspect_verbs", "game_words"], WORDS
        ),
        "perfect_aux": WORDS,
        "measure_decade_words": WORDS,
        "example_openers": WORDS,
        **dict.fromkeys(["modal_ahead", "obligation_verbs", "reference_point_words"], WORDS),
        **dict.fromkeys(["possessives", "idioms"], WORDS),
        **dict.fromkeys(
            [
                "observed_level_nouns",
                "reported_results_nouns",
                "backshifted_modals",
                "nowadays_remaining_words",
                "nowadays_lasting_states",
            ],
            WORDS,
        ),
        **dict.fromkeys(["results_nouns", "quarter_finance_words"], WORDS),
        "frame_comparison": str,
        "century_year_context": str,
        **dict.fromkeys(
            ["fiscal_end_before", "fiscal_before", "fiscal_after", "calendar_before", "nowadays_state_before"], str
        ),
        **dict.fromkeys(["call_to_action_verbs", "invitation_verbs", "invitation_modals"], WORDS),
        **dict.fromkeys(["year_context", "month_context", "period_context", "season_context"], WORDS),
        "season_months": dict[str, tuple[int, int]],
        "holidays": dict[str, tuple[int, int]],
        "holiday_seasons": list[WORDS],
        "floating_holidays": dict[str, tuple[int, int, int, int]],
        "easter_holidays": dict[str, int],
        "observance_months": dict[str, list[int]],
        "observance_country_months": dict[str, dict[str, list[int]]],
        "holiday_countries": dict[str, list[str]],
        "holiday_event_years": dict[str, str],
        "atoms": list[
            Obj(
                {"type": str, "re": str},
                {"needs_context": str, "endpoint": bool, "context_always": bool, "month_first": bool},
            )
        ],
        **dict.fromkeys(
            ["mod_prefix", "since_prefix", "range_prefix", "range_connector", "weekday_prefix", "weekday_glue"], str
        ),
        **dict.fromkeys(["weekday_apposition", "generic_day", "age_prefix", "notice_prefix", "past_prefix"], str),
        **dict.fromkeys(["set_prefix", "set_prefix_weekday", "set_weekday_end"], str),
        "kind_heads": dict[str, WORDS],
        "kind_event_heads": WORDS,
        # date_names.holiday_name, date_tense.moves_a_date, date_frames.time_clause_year, date_generic._activity_time
        **dict.fromkeys(["holiday_name_heads", "time_clause_marks", "time_clause_preps"], WORDS),
        **dict.fromkeys(["season_activity_time_nouns"], WORDS),
        "window_rank": str,  # date_frames.window_to_stated (a regex)
        "scheduled_onset_phrases": WORDS,  # date_resolve._scheduled_onset
        "year_share_nouns": WORDS,  # date_generic.generic_year_share
        "fiscal_owner_before": str,  # date_fiscal._owned (a regex)
        # date_generic.generic_year_part and _value_now
        **dict.fromkeys(["advice_year_part_modals", "advice_year_part_deadline_preps"], WORDS),
        **dict.fromkeys(
            ["advice_year_part_not_verbs", "nowadays_value_adjectives", "nowadays_hindsight_adjectives"], WORDS
        ),
        # date_generic._value_now and _continues_from_past
        **dict.fromkeys(["nowadays_seeming_verbs", "nowadays_continuing_verbs"], WORDS),
        "change_particle_verbs": dict[str, WORDS],
        # date_vetoes.dotted_short_date, date_undated._long_window
        **dict.fromkeys(["dotted_date_window_days", "long_window_days", "long_window_present_days"], int),
        "named_days": list[tuple[int, int, int]],
        "named_day_heads": WORDS,
        "bare_year_bounds": Obj({"earliest": int, "ahead": int}),
        "timeline_year_earliest": int,
        **dict.fromkeys(["model_year_style_after", "model_year_era_after", "model_code"], str),
        **dict.fromkeys(["model_code_event_after", "model_year_product_nouns"], WORDS),
        **dict.fromkeys(["law_title_words", "title_work_nouns", "starting_shifts", "vague_counts"], WORDS),
        **dict.fromkeys(["story_ahead_days", "story_anchor_days", "story_recent_days", "story_weekday_days"], int),
        "schedule_heading": str,
        "clause_year_preps": WORDS,
        "span_season_months": dict[str, list[int]],
        "copyright_notice": str,
        "post_signature": str,
        "post_reach_chars": int,
        "year_so_far_before": str,
        "year_so_far_after": str,
        "weeks_after_season_days": int,
        "instrument_nouns": WORDS,
        "nowadays_kind_event_verbs": WORDS,
        "year_title_after": str,
        "day_first_countries": WORDS,
        "day_first_places": Obj({"at_least": int, "share": float}),
        "year_event_nouns": WORDS,
        # find/date_matches.weekday_event
        "weekday_event_nouns": WORDS,
        "weekday_name_words": WORDS,
        # find/date_nonrefs.weekday_kind
        "weekday_kind_nouns": WORDS,
        "weekday_kind_compounds": WORDS,
        "window_scales": WORDS,  # find/date_patterns.py SCALE_NUM
        **dict.fromkeys(
            [
                "season_state_copulas",
                "season_state_season_preps",
                "season_state_preps",
                "season_schedule_words",
                "season_schedule_verbs",
                "year_values_nouns",
                "name_year_results_nouns",
                "superlative_reputation_verbs",
            ],
            WORDS,
        ),
    },
    # find/date_nonrefs.py
    "date_nonrefs": {
        **dict.fromkeys(["described_kinds", "described_time_heads", "described_time_adjectives"], WORDS),
        **dict.fromkeys(["digit_run_before", "digit_run_after", "plausible_year", "century_name_next"], str),
        **dict.fromkeys(["suited_before", "weekday_part_plural", "capitalised_period_unit", "period_title"], str),
        "capitalised_period_kinds": WORDS,
        # date_nonrefs.generic_occasion and holiday_season_named
        **dict.fromkeys(
            ["generic_occasion_change_verbs", "holiday_season_heads", "founded_purpose_verbs", "founded_purpose_preps"],
            WORDS,
        ),
        "generic_occasion_many_words": WORDS,  # date_nonrefs._occasion_kept_by_many
        "recurring_occasion_before": str,
        "yearly_count_before": str,
        **dict.fromkeys(["century_name_place_labels", "time_of_year_phrases", "suited_kinds", "value_nouns"], WORDS),
        "digit_run_min_neighbour": int,
        **dict.fromkeys(["the_day_articles", "the_day_units", "generic_you_subjects", "generic_you_not_aux"], WORDS),
        **dict.fromkeys(["comparing_words", "comparison_not_determiners", "contrast_words"], WORDS),
        **dict.fromkeys(["contrast_past", "on_the_day_before", "anaphoric_after"], str),
        "nowadays_possessed_window": int,
        **dict.fromkeys(["maxim_verbs", "hypothetical_marks", "hypothetical_main_aux", "open_question_marks"], WORDS),
        **dict.fromkeys(
            [
                "habitual_adverbs",
                "habitual_kinds",
                "habitual_time_nouns",
                "ranked_kind_kinds",
                "ranked_kind_adjectives",
            ],
            WORDS,
        ),
        **dict.fromkeys(["recall_shifts", "respondent_nouns", "framed_respondent_nouns", "share_heads"], WORDS),
        **dict.fromkeys(["self_report_verbs", "survey_words"], WORDS),
        **dict.fromkeys(["figurative_season_preps", "figurative_season_marks", "figurative_day_parts"], WORDS),
        **dict.fromkeys(["imagined_say_verbs", "imagined_say_not_modals"], WORDS),
        **dict.fromkeys(["noun_day_determiners", "noun_day_not_adjectives", "generic_occasion_determiners"], WORDS),
        "generic_occasion_rule": str,
        **dict.fromkeys(["first_occasion_words", "first_occasion_not_after"], WORDS),
        "generic_occasion_after": str,
        **dict.fromkeys(
            [
                "generic_occasion_class_nouns",
                "generic_occasion_class_determiners",
                "generic_occasion_class_not_words",
                "generic_occasion_naming_verbs",
                "generic_occasion_kind_nouns",
                "generic_occasion_example_preps",
                "generic_occasion_include_verbs",
            ],
            WORDS,
        ),
        **dict.fromkeys(
            [
                "recurring_season_nouns",
                "recurring_season_not_determiners",
                "recurring_change_verbs",
                "recurring_lasting_verbs",
            ],
            WORDS,
        ),
        **dict.fromkeys(  # date_nonrefs._generic_occurrence
            ["recurring_occurrence_verbs", "recurring_share_nouns", "recurring_kind_determiners"], WORDS
        ),
        # date_nonrefs.compared_count_back
        "compared_count_back_before": str,
    },
    # html/page_kind.py
    "not_article": {"error_titles": WORDS, "article_types": WORDS},
    # normalize/numbers.py
    "numbers": {
        **dict.fromkeys(["negative_words", "point_words"], WORDS),
        **dict.fromkeys(
            ["units", "tens", "scales", "scale_abbreviations", "groups", "vague_plurals", "vague_multipliers"],
            WORD_NUMBERS,
        ),
        "fractions": dict[str, float],
        "ordinal_units": WORD_NUMBERS,
        "unicode_fractions": dict[str, float],
        "glued_only": WORDS,
        "vague_repeat_joins": WORDS,
    },
    # pages/patterns.py
    "pagination": {
        **dict.fromkeys(["next_texts", "anti_texts", "anti_markers", "comment_headings", "next_image_tokens"], WORDS),
        **dict.fromkeys(["next_image_anti_tokens", "continue_texts", "continue_patterns", "page_of_markers"], WORDS),
        **dict.fromkeys(["page_words", "current_markers", "url_page_patterns", "url_page_query_keys"], WORDS),
        "title_page_suffixes": WORDS,
        "next_image_token_pairs": list[WORDS],
        "max_page_number": int,
    },
    # normalize/places.py and find/places.py
    "places": {
        # find/date_games.py, find/places/teams.py
        "game_words": WORDS,
        # find/places/areas.py
        "state_titles_after": WORDS,
        "legislator_titles": WORDS,
        # find/places/areas.py, find/places/bodies.py, find/places/entity_mentions.py, find/places/lists.py, find/places/records.py, find/places/rescue.py, find/places/uses.py
        "people_words": WORDS,
        # find/places/bodies.py
        **dict.fromkeys(["chamber_heads", "sports_body_words"], WORDS),
        # find/places/designators.py
        "town_quarter_names": WORDS,
        # find/places/designators.py, find/places/entity_mentions.py, find/places/not_places.py, find/places/words.py
        "people_plurals": WORDS,
        # find/places/institutions.py
        "police_words": WORDS,
        # find/places/institutions.py, find/places/not_places.py, find/places/untagged.py, find/places/words.py
        "company_heads": WORDS,
        # find/places/name_kinds.py, find/places/rescue.py, find/places/seats.py, find/places/teams.py
        "compass_words": WORDS,
        # find/places/not_places.py
        **dict.fromkeys(
            ["group_number_words", "foreign_party_heads", "foreign_venue_heads", "foreign_name_links"], WORDS
        ),
        # find/places/not_places.py, find/places/teams.py
        "sport_words": WORDS,
        "brand_openers": WORDS,
        # find/places/records.py, find/places/uses.py
        "generic_feature_words": WORDS,
        # find/places/rescue.py
        **dict.fromkeys(["place_verbs", "the_town_prepositions"], WORDS),
        # find/places/rescue.py, find/places/teams.py
        "team_prepositions": WORDS,
        "team_object_verbs": WORDS,
        "result_to_words": WORDS,
        "draw_words": WORDS,
        # find/places/resolve.py, find/places/uses.py
        "planets": WORDS,
        # find/places/teams.py
        **dict.fromkeys(
            [
                "game_words_strong",
                "team_nickname_words",
                "club_nouns_after",
                "sport_player_nouns",
                "club_place_prepositions",
            ],
            WORDS,
        ),
        # find/places/uses.py
        **dict.fromkeys(
            ["industry_seats", "industry_nouns_after", "food_after_place", "disease_names", "space_words"], WORDS
        ),
        **dict.fromkeys(
            ["designators_after", "designators_before", "country_names", "abbreviations", "bracketed_county_forms"],
            dict[str, str],
        ),
        "country_aliases": dict[str, WORDS],
        "landmark_heads": WORDS,  # resolve._landmark_alias
        "designators_plural": dict[str, str],
        "name_designators": WORDS,
        "town_designators_before": WORDS,
        "country_points": dict[str, LATLON],
        "admin1_points": dict[str, LATLON],
        "geonames_admin1": dict[str, dict[str, str]],
        "regions": list[
            Obj(
                {"name": str, "aliases": WORDS, "lat": float, "lon": float, "id": str | None},
                {
                    "country_code": str,
                    "article_names": WORDS,
                    "initials": dict[str, Obj({"words": WORDS, "other_words": WORDS})],
                },
            )
        ],
        "england_counties": list[Obj({"name": str, "aliases": WORDS, "lat": float, "lon": float})],
        "airports": list[Obj({"name": str, "aliases": WORDS, "city": str, "country_code": str})],
        "country_initials": dict[str, Obj({"country": str, "words": WORDS, "other_words": WORDS})],
        **dict.fromkeys(
            ["gazetteer_suffixes", "short_codes_ok", "geo_heads", "direction_words", "locative_prepositions"], WORDS
        ),
        **dict.fromkeys(
            [
                "resident_words",
                "town_people_words",
                "other_town_plurals",
                "airport_words",
                "organisation_heads",
                "sited_institution_heads",
                "mission_heads",
                "saint_name_heads",
                "institution_heads",
                "compound_tails",
                "name_prefixes",
            ],
            WORDS,
        ),
        **dict.fromkeys(["title_small_words", "not_places", "person_titles", "kinship_words", "speech_verbs"], WORDS),
        **dict.fromkeys(["local_body_heads", "county_body_heads", "body_name_words", "portfolio_words"], WORDS),
        "portfolio_for_heads": WORDS,
        # find/places/entity_mentions.py
        **dict.fromkeys(["office_designators", "office_designator_nouns"], WORDS),
        "school_system_heads": WORDS,
        **dict.fromkeys(["held_in_heads", "law_part_words", "event_heads", "event_name_not_places"], WORDS),
        **dict.fromkeys(["pair_event_heads", "policy_nouns"], WORDS),
        **dict.fromkeys(["county_party_heads", "lower_case_regions", "publication_nouns"], WORDS),
        "compass_regions": dict[str, dict[str, str]],
        **dict.fromkeys(["placing_prepositions", "quarter_words", "home_person_nouns", "person_nouns_after"], WORDS),
        **dict.fromkeys(["nearby_words", "part_words", "part_links", "appositive_heads", "street_last_words"], WORDS),
        "currency_words_after": WORDS,
        "system_nouns_after": WORDS,
        "facility_nouns_after": WORDS,
        "named_thing_plurals": WORDS,
        "local_nouns_after": WORDS,
        "seat_titles": WORDS,
        "route_nouns": WORDS,
        "pair_area_nouns": WORDS,
        **dict.fromkeys(["road_number_heads", "road_number_words", "not_road_number_after"], WORDS),
        "saint_abbreviations": dict[str, WORDS],
        "building_heads": WORDS,
        "party_words_before_for": WORDS,
        "member_body_heads": WORDS,
        "member_body_openers": WORDS,
        "club_heads_before_of": WORDS,
        "nickname_heads": WORDS,
        "landform_heads": WORDS,
        **dict.fromkeys(["water_feature_words", "transit_words", "region_nouns_after"], WORDS),
        "party_letters": WORDS,
        "office_titles": WORDS,
        "company_nouns_before": WORDS,
        "company_phrases_before": WORDS,
        "company_appositive_nouns": WORDS,
        "alias_cues": WORDS,
        "award_heading_cues": WORDS,
        "award_heading_places": WORDS,
        "national_office_words": WORDS,
        "address_unit_words": WORDS,
        "street_words": WORDS,
        "street_last_words_loose": WORDS,
        "compass_part_points": dict[str, LATLON],
        "town_part_words": dict[str, str],
        "town_part_after": WORDS,
        "town_part_heads": WORDS,
        "town_area_heads": WORDS,
        "states_called_state": WORDS,
        "school_side_words": WORDS,
        "athlete_nouns": WORDS,
        "university_names": WORDS,
        "university_short_names": dict[str, WORDS],
        "campus_words_after": WORDS,
        "institution_names": WORDS,
        "employer_titles": WORDS,
        "company_nouns_after": WORDS,
        "company_base_nouns": WORDS,
        "team_states": dict[str, str],
        "university_place_words": WORDS,
        "university_list_nouns": WORDS,
        "university_list_openers": WORDS,
        "name_connectors": WORDS,
        "programming_languages": WORDS,
        "programming_words": WORDS,
        "statewide_words": WORDS,
        "agreement_nouns_after": WORDS,
        "colonial_adjectives": WORDS,
        "former_country_names": dict[str, WORDS],  # normalize.places._add_countries: ISO code -> former names
        "venue_heads": WORDS,  # not_places.in_venue_name
        **dict.fromkeys(["title_verbs", "named_place_nouns"], WORDS),  # not_places.called_title
        **dict.fromkeys(["firm_nouns", "firm_suffixes"], WORDS),  # not_places.in_firm_name
        "corporate_designations": WORDS,  # institutions._incorporated_name
        "designation_codes": WORDS,  # areas.codes_closing_names
        "fictional_places": WORDS,  # not_places.fictional_place
        **dict.fromkeys(["racing_people", "racing_verbs"], WORDS),  # not_places.horse_name
        "era_words": WORDS,
        "club_words_before": WORDS,
        "club_words_after": WORDS,
        "club_words_after_in_sport": WORDS,
        **dict.fromkeys(
            ["motion_verbs", "motion_prepositions", "motion_adverbs", "address_heads", "visit_verbs"], WORDS
        ),
        **dict.fromkeys(["road_feature_words", "honour_titles", "facility_heads"], WORDS),
    },
    "places_admin1_points": {"points": dict[str, tuple[float, float, int]]},  # lat, lon, GeoNames id
    "places_country_points": {"points": dict[str, LATLON]},
    "places_names": {
        # normalize/places.py
        "subdivision_english_names": dict[str, WORDS],
        "subdivision_own_names": dict[str, str],  # ISO code -> the own name news writes
        # an ISO code ("US-AL"), or a town and its country ("Big Apple": ["New York City", "US"])
        "nicknames": dict[str, str | tuple[str, str]],
        "postal_codes": dict[str, WORDS],
        "provinces_below_groups": WORDS,
        "publisher_domain_countries": dict[str, str],
        "generic_country_domains": WORDS,
        "arabic_articles": dict[str, bool],  # the article as the gazetteer folds it: is it assimilated
        "arabic_article_countries": WORDS,
        "arabic_spellings": dict[str, WORDS],  # a word as the gazetteer folds GeoNames' -> news' spellings
    },
    "places_us_counties": {
        "counties": list[tuple[str, str, float, float, int]],  # name, state, lat, lon, GeoNames id
        "zip_centroids": list[tuple[str, str, float, float, str]],  # name, state, lat, lon, FIPS code
    },
    # html/pubdate.py
    "pubdate": {
        "month_names": WORD_NUMBERS,
        "month_prefixes": WORD_NUMBERS,
        "time_of_day_tail": str,
        "dateparser_languages": WORDS,
        "copyright_label": str,
        "event_day_words": str,
    },
    # find/quantities.py, find/count_context.py
    "quantity_exclusions": {
        # find/count_context.py
        **dict.fromkeys(
            [
                "figure_labels",
                "multiplier_after",
                "multiplier_time_words",
                "rate_bases",
                "score_point_nouns",
                "score_margin_units",
                "score_margin_nouns",
            ],
            WORDS,
        ),
        **dict.fromkeys(["not_count_entities", "label_nouns", "duration_nouns", "score_words", "tally_words"], WORDS),
        "tally_result_nouns": WORDS,
        "rate_base_leads": WORDS,  # count_context._rate_base
        "counted_date_nouns": WORDS,
        "box_score_stats": WORDS,
        "title_case_words": WORDS,
        "record_run_words": WORDS,
        "record_run_determiners": WORDS,
        "phone_call_verbs": WORDS,
        "count_comparatives": WORDS,
        "phone_call_objects": WORDS,
        "phone_line_nouns": WORDS,
        "number_idioms": WORDS,  # count_context.number_idioms: regexes
        **dict.fromkeys(["strict_label_nouns", "street_types", "interface_words", "ratio_after"], WORDS),
        **dict.fromkeys(["story_link_openers", "story_link_restarts", "story_link_title_lower"], WORDS),
        **dict.fromkeys(["proportion_joiners", "odds_nouns", "versioned_names", "code_marks"], WORDS),
        "modifier_words": dict[str, WORDS],
        "proportion_bases": list[int],
        "proportion_in_bases": list[int],
    },
    # find/count_labels.py
    "count_labels": dict.fromkeys(
        [
            "label_nouns",
            "verb_labels",
            "time_determiners",
            "venue_heads",
            "set_phrases",
            "service_numbers",
            "call_nouns",
            "service_call_modifiers",
            "service_call_prepositions",
            "service_states",
            "speed_zone_nouns",
            "sample_size_names",
            "source_words",
            "display_words",
        ]
        + ["release_nouns", "version_words", "not_names", "kind_labels", "heading_nouns", "level_units"]
        + [
            "level_prepositions",
            "list_words",
            "title_list_nouns",
            "term_before",
            "term_after",
            "street_words",
            "street_suffixes",
        ]
        + ["naming_words", "level_measure_words", "pairing_nouns", "collective_nouns", "singular_determiners"]
        + ["option_nouns", "citation_gap_words", "formations", "formation_determiners", "formation_marks"],
        WORDS,
    ),
    # find/count_forms.py
    "count_forms": {
        **dict.fromkeys(
            [
                "one_possessive",
                "one_source_verbs",
                "one_source_before",
                "one_counting_before",
                "one_correlatives",
                "one_final",
                "one_more",
                "one_more_figure_nouns",
                "one_manner",
                "zero_value_before",
                "zero_verb_after",
                "split_verbs",
            ],
            WORDS,
        ),
        # find/count_tallies.py
        **dict.fromkeys(["tally_cues_before", "tally_lead_verbs", "tally_comparatives"], WORDS),
        # find/counts.py
        "scoring_verbs": WORDS,
        "scoring_repeats": dict[str, int],
        **dict.fromkeys(["one_pronoun_before", "one_pronoun_after", "one_subject_entities"], WORDS),
        **dict.fromkeys(["out_of_qualifiers", "code_lines"], WORDS),
        **dict.fromkeys(
            ["one_copulas", "one_merely_before", "one_illustration_nouns", "one_copula_counting_subjects"], WORDS
        ),
        **dict.fromkeys(
            ["one_times", "one_indefinite_nouns", "code_prose_words", "command_words", "shell_commands"], WORDS
        ),
        **dict.fromkeys(["one_succession", "one_example_markers", "one_example_punct"], WORDS),
        "one_example_complements": WORDS,
        "one_instance_nouns": WORDS,
        **dict.fromkeys(["one_position_nouns", "one_position_prepositions", "one_position_counting_after"], WORDS),
        **dict.fromkeys(["one_counting_states", "one_state_adverbs", "one_sole_complements"], WORDS),
        "interface_counter_nouns": WORDS,
        "plural_demonstratives": WORDS,
        "partitive_pointers": WORDS,
        "pronoun_articles": WORDS,
        "group_pronoun_articles": WORDS,
        "group_pronouns": WORDS,
        "variant_of": WORDS,
        "one_counting_verbs": WORDS,
        "one_motion_verbs": WORDS,
        "one_motion_places": WORDS,
        "one_statement_nouns": WORDS,
        "one_demonstratives": WORDS,
        **dict.fromkeys(["one_generic_verbs", "one_causatives", "one_generic_bare_verbs"], WORDS),
        "hyphen_name_max": int,
        **dict.fromkeys(["hyperbole_scales", "hyperbole_before", "hyperbole_hedges", "hyperbole_nouns"], WORDS),
    },
    # find/count_loose.py
    "count_loose": dict.fromkeys(
        [
            "money_participles",
            "sum_joiners",
            *("shot_verbs", "shot_numbers", "money_verbs", "money_scales", "money_hedges", "look_verbs"),
            *("look_hedges", "age_at_superlatives", "age_at_verbs", "unit_sentence_ends", "age_nouns"),
            "age_at_start_verbs",
            *("age_links", "age_limit_before", "price_words", "price_ends", "stat_after", "stat_verbs"),
        ],
        WORDS,
    ),
    # find/count_values.py, find/count_measures.py and find/date_vetoes.py: one vocabulary, a list per role
    "change_verbs": dict.fromkeys(
        [
            *("from_to_levels", "by_comparisons", "object_levels", "year_levels", "multipliers", "priced_motion"),
            *("level_nouns", "rank_moves"),
        ],
        WORDS,
    ),
    # find/count_measures.py
    "count_measures": {
        "measure_labels": WORDS,
        "capacity_phrases": dict[str, WORDS],
        # find/count_measures.py, find/places/not_places.py, find/places/words.py
        "person_titles": WORDS,
        "capacity_heads": dict[str, WORDS],
        "restating_before": WORDS,  # count_measures._restated
        **dict.fromkeys(
            [
                *("share_followers", "figure_nouns", "estimate_nouns", "figure_joiners", "figure_hedges", "rate_cues"),
                *("comparative_amounts", "change_after", "age_before", "age_after"),
                *("distance_nouns", "distance_after", "margin_by_words", "margin_to_nouns", "margin_units"),
                *(
                    "rank_determiners",
                    "placing_joiners",
                    "duration_elided_joiners",
                    "numerator_joiners",
                    "hyphened_measures",
                    "limit_heads",
                    "distance_away_nouns",
                    "distance_off",
                ),
                *("span_units", "span_hedges", "span_between", "target_before"),
                *("gap_comparatives", "average_nouns", "average_followers", "rank_move_nouns"),
                *("sentence_verbs", "age_bound_nouns", "age_bound_words", "age_status_nouns"),
                *("figure_of_nouns", "apposed_age_nouns", "apposed_age_groups", "apposed_age_determiners"),
            ],
            WORDS,
        ),
    },
    # find/count_values.py
    "count_values": {
        # find/count_nouns.py
        "people_adjectives": WORDS,
        "classifier_possessors": WORDS,
        **dict.fromkeys(["non_whole_not_counted", "setting_verbs", "level_nouns", "level_before_zero"], WORDS),
        **dict.fromkeys(
            ["rating_verbs", "rating_nouns", "key_verbs", "numeral_not_after", "either_or_not_nouns"], WORDS
        ),
        **dict.fromkeys(["choice_words", "kind_label_nouns", "kind_label_not_after", "density_units"], WORDS),
        **dict.fromkeys(["level_marks", "unit_symbols", "one_prepositions", "passing_verbs"], WORDS),
        "over_across_nouns": WORDS,
        "either_or_followers": WORDS,
        "hour_before_at": WORDS,
        "clock_verbs": WORDS,
        "greek_letters": WORDS,
        "non_whole_index_from": int,
        **dict.fromkeys(["rate_nouns", "rating_indexes", "stat_nouns"], WORDS),
        "either_or_high": int,
        "noun_ed_stems": WORDS,
    },
    "quantity_measures": {
        # find/amounts.py, find/count_measures.py, find/reading.py
        "point_abbreviations": WORDS,
        "point_rate_nouns": WORDS,
        **dict.fromkeys(["poll_point_words", "poll_won_places", "poll_won_verbs", "poll_point_before"], WORDS),
        **dict.fromkeys(["poll_point_qualifiers", "poll_point_after", "poll_point_sports_words"], WORDS),
        "unitless": WORDS,
        "unitless_context": WORDS,
        "unitless_unit": str,
        "measures": dict[str, tuple[str, float]],  # unit, factor
        "named_amounts": dict[str, tuple[float, str]],  # value, unit
        "intensified_adjectives": WORDS,
        "intensified_after": WORDS,
        "intensified_values": list[int],
        "intensified_over": int,
        "intensified_objects": WORDS,
        "intensified_attributives": WORDS,
        "attributive_breaks": WORDS,
        "intensified_verbs": WORDS,
        "intensified_verb_gaps": WORDS,
        "intensified_verb_openers": WORDS,
    },
    "quantity_qualifiers": {
        "before": dict[str, WORDS],
        "after": dict[str, WORDS],
        "signs_before": dict[str, WORDS],
        "range_openers": WORDS,
        "range_joiners": WORDS,
        "dimension_nouns": WORDS,
        "not_over_dimension": WORDS,
        "dimension_bounds": dict[str, WORDS],
        "about_topic_nouns": WORDS,
        "phrasal_verbs": dict[str, WORDS],
        "about_article": WORDS,
        "before_article": WORDS,
        "sum_fillers": WORDS,
        "conversion_joiners": WORDS,
    },
    # html/dom.py and the html stage: strings are case-insensitive regexes, *_tags sets, other lists ordered
    "selectors": {
        # html/blocks.py
        "caption_credit_marker": str,
        # html/clean.py, html/prune.py
        "expander_text": str,
        **dict.fromkeys(["drop_tags", "furniture_tags", "block_tags", "caption_tags"], WORDS),
        **dict.fromkeys(["title_separators", "published_meta"], WORDS),
        **dict.fromkeys(
            ["boilerplate_marker", "boilerplate_substring", "keep_marker", "body_marker", "dek_marker"], str
        ),
        **dict.fromkeys(["article_part_marker", "caption_marker", "negative_text", "promo_text", "credit_text"], str),
        "layout_marker": str,
        **dict.fromkeys(["copyright_text", "published_label", "updated_label", "updated_marker"], str),
        "published_marker": str,
        **dict.fromkeys(["current_page_marker", "post_wrapper_class", "utility_class", "taxonomy_class"], str),
        "title_page_suffix": str,
    },
    # normalize/units.py
    "units": {
        "per_words": WORDS,
        "time_units": dict[str, str],
        "area_units": dict[str, str],  # "square inch": "in**2": a measure per area is a density
        "dimension_units": WORDS,  # "in": the sides of "a 13x9-inch pan" are each inches
        "not_money_per": WORDS,  # "bit": "$5 a bit more" is no price per bit
        "units": list[
            Obj(
                {"unit": str, "names": WORDS, "symbols": WORDS},
                {
                    "plurals": WORDS,
                    "glued": WORDS,
                    "factor": float,
                    "not_after_one": bool,
                    "glued_symbols_only": bool,
                    "spaced_symbols_only": bool,
                },
            )
        ],
        "spaced_cued": dict[str, tuple[str, WORDS]],  # symbol: (unit, the words one of which must follow)
        "compounds": dict[str, tuple[str, float]],  # "ft": ("in", 12): 5 ft 3 in
        "bare_hyphen_compounds": WORDS,  # "ft": a 6-foot-7 center
        **dict.fromkeys(
            [
                "temperature_cues",
                "temperature_after",
                "angle_after",
                "level_before",
                "celsius_words",
                "fahrenheit_words",
                "customary_words",
                "us_context_words",
                "fahrenheit_countries",
                "climate_cues",
            ],
            WORDS,
        ),
        **dict.fromkeys(["metric_tons_named", "metric_cues", "pressure_cues"], WORDS),
        **dict.fromkeys(["label_words", "name_places", "street_directions"], WORDS),  # names, not measures
        **dict.fromkeys(["locant_marks", "locant_not_before"], WORDS),  # chemical locants, not feet
        "vague_of_skip": WORDS,  # units a vague plural and 'of' leave to the count finder
        "pressure_range": tuple[float, float],  # a lower-case "mb" in millibars: the air's pressure, low to high
    },
}


@pytest.mark.parametrize("name", names())
def test_table_has_the_shape_its_readers_use(name):
    assert name in SHAPES, f"data/{name}.json has no shape check: add the keys its readers use to SHAPES"
    problems = _problems(load(name), Obj(SHAPES[name]), name)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("name", names())
def test_every_key_a_reader_uses_has_a_shape(name):
    """A key with no shape is data nobody checks: a list turned into a string there would fail the first page that
    reads it (keys that start with '_' are the tables' comments)."""
    table = load(name)
    unchecked = [key for key in table if not key.startswith("_") and key not in SHAPES.get(name, {})]
    assert not unchecked, f"data/{name}.json: add these keys to SHAPES: {unchecked}"


def test_every_shape_names_a_shipped_table():
    assert set(SHAPES) <= set(names())


def test_the_patterns_compile():
    """The tables' regexes are compiled where they are read; a broken one would fail the first page."""
    selectors = load("selectors")
    patterns = [v for k, v in selectors.items() if isinstance(v, str) and not k.startswith("_")]
    patterns += [load("pubdate")[k] for k in ("time_of_day_tail", "copyright_label", "event_day_words")]
    nonrefs = load("date_nonrefs")
    patterns += [v for k, v in nonrefs.items() if isinstance(v, str) and not k.startswith("_")]
    patterns += nonrefs["time_of_year_phrases"]
    # every string of dates.json is a pattern, its {NAMES} filled as date_patterns fills them
    patterns += [_expand(v) for k, v in load("dates").items() if isinstance(v, str) and not k.startswith("_")]
    pagination = load("pagination")
    patterns += pagination["url_page_patterns"] + pagination["title_page_suffixes"] + pagination["continue_patterns"]
    for pattern in patterns:
        re.compile(pattern)


def test_an_atom_needs_a_context_list_the_table_has():
    # a list of words, or a pattern written out (fall_context: a season and "and" or "or" before "fall")
    dates = load("dates")
    for atom in dates["atoms"]:
        if "needs_context" in atom:
            assert isinstance(dates.get(atom["needs_context"]), (list, str)), atom["needs_context"]


def test_a_wrong_shape_is_reported():
    assert _problems({"a": [1, "x"]}, Obj({"a": list[int], "b": str}), "t") == [
        "t: no key 'b'",
        "t.a[1]: int expected, got 'x'",
    ]
    assert _problems([1.5, "K"], tuple[float, str], "t") == []
    assert _problems([1.5], tuple[float, str], "t")


def test_one_of_tries_the_longest_phrase_first():
    # a vocabulary's words as a regex alternation: "fourteen" must win over its prefix "four", and a listed
    # "St. Kitts and Nevis" over "St. Kitts"; the dot is a dot, not any character
    rx = re.compile(rf"(?:{one_of(['four', 'fourteen', 'St. Kitts', 'St. Kitts and Nevis', 'four'])})")
    assert rx.match("fourteen").group() == "fourteen"
    assert rx.match("St. Kitts and Nevis").group() == "St. Kitts and Nevis"
    assert rx.match("StX Kitts") is None
    assert re.fullmatch(one_of(["per cent"], spaced=True), "per\u00a0 cent")
    assert re.fullmatch(one_of(["per cent"]), "per  cent") is None
