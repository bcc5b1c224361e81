"""Date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import pytest

from extractor.dates import DateResolver, parse_published
from extractor.records import InputError


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


@pytest.mark.parametrize(
    "expr, published, future, expected",
    [
        ("Friday", "2021-11-13", False, "2021-11-12"),
        ("on Friday", "2021-11-12", False, "2021-11-12"),
        ("Monday", "2021-11-13", True, "2021-11-15"),
        ("next Monday", "2021-11-13", False, "2021-11-15"),
        ("last Tuesday", "2019-12-20", False, "2019-12-17"),
        ("Last Friday", "2019-05-17", False, "2019-05-10"),  # on a Friday, "last Friday" is a week ago
        ("next Friday", "2019-05-17", True, "2019-05-24"),
        ("Friday", "2019-05-17", False, "2019-05-17"),
        ("Tuesday's", "2019-12-20", False, "2019-12-17"),
        ("last month", "2021-11-13", False, "2021-10"),
        ("last month", "2021-01-05", False, "2020-12"),
        ("earlier this month", "2021-11-13", False, "2021-11"),
        ("next month", "2021-12-13", True, "2022-01"),
        ("next week", "2018-03-10", True, "2018-03"),
        ("next week", "2018-03-28", True, "2018-04"),
        ("last week", "2018-03-03", False, "2018-02"),
        ("last year", "2018-03-10", False, "2017"),
        ("late last year", "2019-12-20", False, "2018"),
        ("December of last year", "2018-03-10", False, "2017-12"),
        ("in 2018", "2021-11-13", False, "2018"),
        ("2018", None, False, "2018"),
        ("mid-2019", "2021-11-13", False, "2019"),
        ("in October", "2021-11-13", False, "2021-10"),
        ("in December", "2021-11-13", False, "2020-12"),
        ("in December", "2021-11-13", True, "2021-12"),
        ("March 23", "2018-03-10", True, "2018-03-23"),
        ("Sept. 13", "2019-09-20", False, "2019-09-13"),
        ("April 17", "1987-03-30", False, "1987-04-17"),  # a deadline a few weeks on, not last year's April
        ("December 20", "1987-03-30", False, "1986-12-20"),  # months on: last year's
        ("in August", "1987-03-30", False, "1986-08"),  # a month alone in past-tense copy

        ("May 19, 2019", "2019-09-20", False, "2019-05-19"),
        ("1 January 2020", "2019-12-20", False, "2020-01-01"),
        ("Jan 1", "2019-12-20", True, "2020-01-01"),
        ("Jan. 17", "1994-01-18", True, "1994-01-17"),  # a plan reported the day after its day, not next year's
        ("March 1", "2024-12-20", True, "2025-03-01"),
        ("March 2018", None, False, "2018-03"),
        ("yesterday", "2020-02-01", False, "2020-01-31"),
        ("two weeks ago", "2020-02-20", False, "2020-02"),
    ],
)
def test_resolves(resolver, expr, published, future, expected):
    assert resolver.resolve(expr, published, future) == expected


@pytest.mark.parametrize(
    "expr, published, future, expected",
    [
        ("another five years from Saturday", "2021-07-09", True, "2021-07-10"),
        ("five years starting March 1", "2021-07-09", True, "2022-03-01"),
        ("three years from January 2020", "2021-07-09", False, "2020-01"),
    ],
)
def test_a_period_gives_the_date_it_starts_from(resolver, expr, published, future, expected):
    assert resolver.resolve(expr, published, future) == expected


@pytest.mark.parametrize(
    "expr, published",
    [
        ("four years", "2021-11-13"),
        ("two-day", "2021-11-13"),
        ("the same day", "2021-11-13"),
        ("90 days", "2021-11-13"),
        ("the first quarter", "2021-11-13"),
        ("annual", "2021-11-13"),
        ("from 2018 to 2020", "2021-11-13"),
        ("recent years", "2021-11-13"),
        ("Friday", None),
        ("last month", None),
        ("in October", None),
    ],
)
def test_periods_and_unanchored_give_no_date(resolver, expr, published):
    assert resolver.resolve(expr, published) is None


@pytest.mark.parametrize(
    "value, expected",
    [("2019-03-03", "2019-03-03"), ("2019-03-03T10:00:00Z", "2019-03-03"), ("March 3, 2019", "2019-03-03"), ("3 Mar 2019", "2019-03-03")],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["not a date", "2019-13-45", "soon"])
def test_unparseable_published(value):
    with pytest.raises(InputError):
        parse_published(value)


def test_cache_returns_same_result(resolver):
    assert resolver.resolve("Friday", "2021-11-13") == resolver.resolve("friday", "2021-11-13")


def test_dateparser_instances_stay_bounded_over_many_publication_dates():
    from datetime import date, timedelta

    from extractor.dates import MAX_PARSERS

    r = DateResolver()
    for n in range(MAX_PARSERS + 40):
        published = (date(2015, 1, 1) + timedelta(days=n)).isoformat()
        assert r.resolve("03/09/2014", published)  # a numeric date: only dateparser reads it
    assert 0 < len(r._parsers) <= MAX_PARSERS


@pytest.mark.parametrize(
    "expr, published, expected",
    [
        ("March", "2025-04-22", "2025-03"),
        ("July 1", "2018-05-31", "2018-07-01"),
        ("December", "2020-01-15", "2019-12"),
        ("January", "2019-11-20", "2020-01"),
        ("Aug. 6", "2025-08-11", "2025-08-06"),
    ],
)
def test_without_tense_the_nearest_date_wins(resolver, expr, published, expected):
    assert resolver.resolve(expr, published, None) == expected


@pytest.mark.parametrize(
    "text, spans",
    [
        ("The duties take effect on Jan. 1, 2026, the ministry said on Friday.", ["Jan. 1, 2026", "Friday"]),
        ("Tariffs were raised last month and will rise again in mid-2019.", ["last month", "mid-2019"]),
        ("The probe began in March 2024 and ended 23 August.", ["March 2024", "23 August"]),
        ("Officials may decide to march on the ministry.", []),
        ("Sugar shipments were capped from June 1 last year.", ["June 1 last year"]),
    ],
)
def test_date_expressions_are_found_by_rules(extractor, text, spans):
    doc = extractor.parse(text)
    assert [s.text for s in doc.spans["trade_dates"]] == spans


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("India has imposed anti-dumping duties on aluminium foil from China, a finance ministry notification issued on Tuesday showed.",
         "2023-03-22", "2023-03-21"),
        ("South Africa has imposed provisional duties on chicken from Brazil, according to a government gazette published on Friday.",
         "2023-08-28", "2023-08-25"),
        ("Vietnam will levy anti-dumping duties on wind towers from China starting March 20, the ministry said.", "2025-03-07", "2025-03-20"),
        ("China will impose anti-dumping duties on acrylic sheet from Japan for five years starting on Wednesday, the commerce "
         "ministry said on Tuesday.", "2019-05-21", "2019-05-22"),
        ("The administration said Thursday it will impose duties of 200 percent on European farm products on Dec. 5.", "1992-11-06",
         "1992-12-05"),
    ],
)
def test_dates_of_sources_and_start_leads(extractor, text, published, date):
    events = [e for e in extractor.extract(text, doc_id="t", published=published) if e.event_type == "impose"]
    assert [e.date for e in events] == [date]


@pytest.mark.parametrize(
    "expr, anchor, expected",
    [
        ("the following year", "2017-09", "2018"),
        ("the previous year", "2019-03-02", "2018"),
        ("June of that year", "2020", "2020-06"),
        ("in August of that year", "2023-06", "2023-08"),
        ("the year", "2019", None),
        ("the following year", None, None),
    ],
)
def test_years_named_against_an_earlier_date(expr, anchor, expected):
    assert DateResolver.relative_to(expr, anchor) == expected


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("Indonesia requested consultations at the WTO in September 2017 and asked for a panel the following year.",
         "asked for a panel", "2018"),
        ("Riyadh tripled value-added tax to 15% in 2020 and, in June of that year, raised customs duties on hundreds of "
         "imported goods.", "raised", "2020-06"),
    ],
)
def test_a_year_named_against_the_sentences_earlier_date(extractor, text, trigger, date):
    ev = next(e for e in extractor.extract(text, doc_id="t", published="2021-03-01") if e.trigger == trigger)
    assert ev.date == date


@pytest.mark.parametrize(
    "expr, published, expected",
    [
        ("New Year's Day", "1988-12-30", "1989-01-01"),
        ("New Year’s Eve", "1988-12-02", "1988-12-31"),
        ("Christmas Day", "2019-11-20", "2019-12-25"),
        ("new day", "2019-11-20", None),
    ],
)
def test_fixed_holidays_are_their_day(resolver, expr, published, expected):
    assert resolver.resolve(expr, published, True) == expected


def test_a_measure_taking_effect_on_new_years_day_is_planned_for_it(extractor):
    text = "The EC ban on hormone-treated beef, which takes effect on New Year's Day, would shut out U.S. meat exports."
    ev = next(e for e in extractor.extract(text, doc_id="t", published="1988-12-30") if e.event_type == "impose")
    assert (ev.date, ev.modality) == ("1989-01-01", "planned")


def test_a_measure_subject_dated_in_its_own_relative_clause_gives_the_action_that_date(extractor):
    text = "The embargo, which takes effect on Feb 1, bars U.S. exports to Libya, the White House said."
    ev = next(e for e in extractor.extract(text, doc_id="t", published="1986-01-08") if e.trigger == "bars")
    assert (ev.date, ev.modality) == ("1986-02-01", "planned")
