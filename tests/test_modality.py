"""Modality of events whose trigger is a noun or whose clause holds cue words (shares the English-model Extractor)."""

from __future__ import annotations

import pytest

PUB = "2019-05-17"


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        # the talks happened, whatever came of them
        ("Ross said that talks with the three partners had not produced acceptable concessions on tariffs.", "negotiate", "asserted"),
        ("Two rounds of trade talks between China and the U.S. broke down last week, officials said.", "negotiate", "asserted"),
        ("Korea said two rounds of consultations with India on the duties did not produce a solution.", "negotiate", "asserted"),
        # a party's own aim is a plan; asking another to act is a request
        ("The farm minister said Canada would seek trade talks with Beijing.", "negotiate", "planned"),
        ("Washington urged Tokyo to hold trade talks on rice.", "negotiate", "requested"),
        ("Nakasone said he hopes his visit to Washington will help resolve the trade row over chip tariffs.", "negotiate", "planned"),
        ("The minister said he hoped to have frank discussions with U.S. officials on the tariffs.", "negotiate", "planned"),
        ("Washington wants Tokyo to open talks on rice tariffs.", "negotiate", "requested"),
        ("U.S. and Japanese officials are to meet to discuss the chip tariffs.", "negotiate", "planned"),
        ("U.S. and Japanese officials meet next week to discuss the chip tariffs.", "negotiate", "planned"),
        ("U.S. and Japanese officials met last week to discuss the chip tariffs.", "negotiate", "asserted"),
        # talks that something happens "ahead of" or "on the eve of" are still to come, and so is the groundwork's aim
        ("Japanese officials arrived in Washington on Tuesday ahead of talks with U.S. officials on chip tariffs.", "negotiate", "planned"),
        ("He spoke on the eve of a meeting between U.S. and Japanese trade officials on chip tariffs.", "negotiate", "planned"),
        ("A Japanese team is laying the groundwork for talks with U.S. officials on the chip tariffs.", "negotiate", "planned"),
        # the trigger's own words are no cue
        ("Trade Representative Tai and Commerce Minister Wang Wentao held a video call on tariffs on Monday.", "negotiate", "asserted"),
    ],
)
def test_modality_of_talks(extractor, text, event_type, modality):
    found = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type]
    assert [e.modality for e in found] == [modality]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("OTTAWA (TEN Wire) - Provisional duties of 41.2% apply to Chinese storage racking.", "asserted"),
        ("MEXICO CITY (TEN Wire) - The tariffs will also apply to imports from Korea and India, the ministry said.", "planned"),
        ("TOKYO (TEN Wire) - The duties apply to Japanese goods entering U.S. ports from today.", "asserted"),
    ],
)
def test_a_measure_that_applies_is_in_force_not_requested(extractor, text, modality):
    events = [e for e in extractor.extract(text, doc_id="t", published="2024-05-16") if e.event_type == "impose"]
    assert events and events[0].modality == modality and events[0].trigger == "apply"


@pytest.mark.parametrize(
    "text",
    [
        "India currently applies duties of up to 150% on European wine and spirits.",
        "Brussels has applied anti-dumping duties to Chinese bicycles since 1993.",
    ],
)
def test_a_party_that_applies_a_measure_is_not_asking_for_one(extractor, text):
    events = [e for e in extractor.extract(text, doc_id="t", published="2024-05-16") if e.event_type == "impose"]
    assert [e.modality for e in events] == ["asserted"]


def test_applying_pressure_is_a_request(extractor):
    events = extractor.extract("Canada applied pressure on Washington to exempt its steel from the tariffs.", doc_id="t", published="2024-05-16")
    assert [e.modality for e in events if e.event_type == "exempt"] == ["requested"]


def test_applying_for_an_exemption_is_a_request(extractor):
    events = extractor.extract("Chile applied for an exemption from the U.S. tariffs on copper.", doc_id="t", published="2024-05-16")
    assert [e.modality for e in events if e.event_type == "exempt"] == ["requested"]


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        ("India has offered to cut its duties on U.S. almonds and walnuts.", "lift", "planned"),
        ("Seoul offered to scrap its tariff on U.S. beef.", "lift", "planned"),
        ("ACCRA (TEN Wire) - Consignments from Brazil will be exempted from the ban if they carry health certificates.", "exempt", "planned"),
        ("Washington would impose duties on Japanese chips if Tokyo failed to honor the pact.", "impose", "threatened"),
        # a denied belief denies what it governs
        ("Nakasone said he did not think Japan would retaliate against the U.S. chip tariffs.", "impose", "negated"),
        ("Rostenkowski said he did not expect the trade bill would impose quotas on Japanese cars.", "impose", "negated"),
        ("Officials do not believe Tokyo will lift its ban on U.S. rice imports this year.", "lift", "negated"),
        ("Officials believe Tokyo will lift its ban on U.S. rice imports this year.", "lift", "planned"),
    ],
)
def test_offers_are_plans_and_only_a_conditional_measure_is_a_threat(extractor, text, event_type, modality):
    events = [e for e in extractor.extract(text, doc_id="t", published="2024-05-16") if e.event_type == event_type]
    assert events and events[0].modality == modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Japan will allow 120,000 tonnes of U.S. rice in duty-free under an agreement reached with Washington on Tuesday.", "asserted"),
        ("The United States will lower tariffs on Swiss goods to 15% under a framework agreement announced on Friday.", "asserted"),
        ("Canada will cut duties on Chilean wine under a trade accord signed by the two governments last July.", "asserted"),
        ("Brazil refused to endorse the tariff agreements reached with Argentina.", "negated"),
    ],
)
def test_a_deal_reported_as_reached_happened_whatever_the_main_clause_plans(extractor, text, modality):
    """ "an agreement reached on Tuesday": the participle says the deal is done, though the sentence's verb is a plan."""
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "agree"]
    assert [e.modality for e in events] == [modality]


@pytest.mark.parametrize(
    "second, modality",
    [
        ("The minister accepted the commission's recommendation to continue the duties, with interim rates of 3.2% to 19.4%.", "asserted"),
        ("The minister approved the commission's recommendation to continue the duties, with interim rates of 3.2% to 19.4%.", "asserted"),
        ("The commission recommended continuing the duties, with interim rates of 3.2% to 19.4%.", "requested"),
    ],
)
def test_a_recommendation_carried_out_is_no_request(extractor, second, modality):
    text = "Australia imposed anti-dumping duties on aluminium extrusions from China in 2018. " + second
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.rates]
    assert [e.modality for e in events] == [modality]


def test_a_participle_clause_does_not_take_the_negation_of_its_main_verb(extractor):
    """ "rejected the recommendation to revoke the duties, extending the measure": the extension happened."""
    text = ("Britain imposed anti-dumping duties on Chinese ceramic tableware in 2019. The trade secretary rejected the authority's "
            "recommendation to revoke anti-dumping duties on Chinese ceramic tableware, extending the measure for two years.")
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger == "extending"]
    assert [(e.event_type, e.modality) for e in events] == [("impose", "asserted")]


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        # a negated "rule out", "hesitate", "exclude" leaves the action open: a threat (a plan for relief or talks)
        ("Malaysia said it had not ruled out an appeal against the WTO panel report.", "dispute", "threatened"),
        ("A Commission spokesman said Brussels would not hesitate to request consultations at the World Trade Organization.",
         "dispute", "threatened"),
        ("Washington would not hesitate to retaliate against Japan, the official said.", "impose", "threatened"),
        ("Commission officials did not rule out retaliatory duties on U.S. goods.", "impose", "threatened"),
        ("Tokyo did not rule out lifting the ban on U.S. beef.", "lift", "planned"),
        # while "ruled out" alone denies it, a measure noun included
        ("Seoul ruled out retaliatory duties on Japanese goods.", "impose", "negated"),
        ("Ottawa has ruled out lifting the levy on Chinese electric vehicles.", "lift", "negated"),
    ],
)
def test_a_negated_rule_out_leaves_the_action_open(extractor, text, event_type, modality):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type]
    assert [e.modality for e in events] == [modality]


def test_talks_to_come_take_no_date_of_the_main_clause(extractor):
    events = extractor.extract("Japanese officials arrived in Washington on Tuesday ahead of talks with U.S. officials on chip tariffs.",
                               doc_id="t", published=PUB)
    assert [(e.event_type, e.date) for e in events] == [("negotiate", None)]


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        # an indirect question ("asked if", "asked whether") leaves the action open; it is no condition and no request
        ("Asked by reporters if Japan was expected to retaliate against U.S. exports, the official said no.", "impose", "threatened"),
        ("Officials asked whether Japan would retaliate against U.S. exports.", "impose", "threatened"),
        ("Asked if Seoul would drop its tariffs on U.S. beef once its debt was reduced, he said he thought so.", "lift", "planned"),
        # a finite time clause reports a fact of its own, whatever its main clause plans or wonders
        ("The EU will retaliate after Washington imposed duties on European steel.", "impose", "asserted"),
        ("He wondered if the pact was of any value after the European Community imposed a levy on vegetable oils.", "impose", "asserted"),
        ("The Europeans feared Japanese computers would flood EC markets after Washington imposed 100 pct tariffs on them.",
         "impose", "asserted"),
    ],
)
def test_questions_and_time_clauses(extractor, text, event_type, modality):
    events = [e for e in extractor.extract(text, doc_id="t", published="1987-04-13") if e.event_type == event_type]
    assert events and events[-1].modality == modality, [(e.trigger, e.modality) for e in events]


@pytest.mark.parametrize("text", ["Beijing struck back with tariffs on U.S. soybeans.", "Ottawa will fight back with duties on U.S. steel."])
def test_striking_back_is_a_counter_measure(extractor, text):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert [e.retaliatory for e in events] == [True]


@pytest.mark.parametrize(
    "text, modality",
    [
        # a counter-measure announced without a date is a warning; with a date, a plan
        ("China's foreign ministry said Beijing would take resolute countermeasures to safeguard its interests against U.S. curbs.",
         "threatened"),
        ("Seoul said its retaliation for the new import quotas would be against U.S. textile exports.", "threatened"),
        ("Washington has said it will retaliate from Jan. 1 with 100 pct duties on EC goods.", "planned"),
    ],
)
def test_a_counter_measure_without_a_date_is_a_threat(extractor, text, modality):
    events = [e for e in extractor.extract(text, doc_id="t", published="2024-11-20") if e.event_type == "impose"]
    assert [e.modality for e in events] == [modality]


@pytest.mark.parametrize(
    "text",
    [
        "The trade deal with Washington must still be approved by Japan's parliament, officials said.",
        "EU member states will also be asked to approve the interim trade agreement with Mercosur.",
        "The EU-Chile trade pact still has to be ratified by Chile's Congress, which is expected to vote in June.",
    ],
)
def test_a_deal_awaiting_approval_is_planned_not_requested(extractor, text):
    events = [e for e in extractor.extract(text, doc_id="t", published="2024-11-20") if e.event_type == "agree"]
    assert events and events[-1].modality == "planned", [(e.trigger, e.modality) for e in events]


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        # a headline that reports "X to do": the action announced
        ("BALDRIGE SAYS U.S. TO IMPOSE JAPANESE SANCTIONS\nCommerce Secretary Malcolm Baldrige said the United States would "
         "impose sanctions on Japanese chips.", "impose", "planned"),
        ("Official says Japan to cut tariffs on U.S. beef\nTOKYO - Japan cut tariffs on beef.", "lift", "planned"),
        # ... but not a body sentence whose relative clause reports a done action
        ("Analysts expect more governments to follow suit as producers avoid the United States, where Washington has raised "
         "tariffs on Chinese goods twice since January.", "impose", "asserted"),
        # a possible relief is a plan, a possible measure a threat
        ("The United States may lift trade sanctions against Japan by the end of June, officials said.", "lift", "planned"),
        ("Analysts said the moves could encourage Washington to cancel the tariffs on Japanese goods.", "lift", "planned"),
        ("U.S. weighs lifting Japanese trade curbs, officials said.", "lift", "planned"),
        ("Japan could face U.S. tariffs on its electronics exports.", "impose", "threatened"),
    ],
)
def test_headline_plans_and_possible_reliefs(extractor, text, event_type, modality):
    found = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type]
    assert found and found[0].modality == modality


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. raised tariffs on Chinese goods. Liu He said the two sides had agreed to meet again in Beijing.",
        "Manila replaced its rice quotas with tariffs. Officials from Hanoi and Manila agreed on Monday to hold talks on rice trade.",
        "India raised tariffs on U.S. almonds. New Delhi said it remained open to trade talks with Washington.",
    ],
)
def test_talks_agreed_to_or_open_to_are_planned(extractor, text):
    talks = [e for e in extractor.extract(text, doc_id="t", published="2019-03-05") if e.event_type == "negotiate"]
    assert [e.modality for e in talks] == ["planned"]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("The U.S. imposed tariffs on Chinese steel. Kantor said he would decide by mid-February whether to launch a Section 301 "
         "investigation into China.", "investigate"),
        ("Canada imposed duties on Chinese aluminum. China reserved the right to challenge the duties at the World Trade Organization.",
         "dispute"),
    ],
)
def test_an_open_question_or_a_reserved_right_is_a_threat(extractor, text, event_type):
    ev = [e for e in extractor.extract(text, doc_id="t", published="2019-03-05") if e.event_type == event_type][-1]
    assert ev.modality == "threatened"


def test_the_subject_matter_of_a_probe_is_no_open_question(extractor):
    text = ("The EU imposed duties on Chinese solar panels. Beijing has said it will take all necessary measures to defend its "
            "interests. The Commission is separately investigating whether Chinese makers of solar panels receive state subsidies, "
            "a probe that could lead to additional duties.")
    probes = [e for e in extractor.extract(text, doc_id="t", published="2013-06-05") if e.event_type == "investigate"]
    assert [(e.modality, e.actor, e.target) for e in probes] == [("asserted", ["EU"], ["CHN"])]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("South Korea and Taiwan agreed in recent weeks to cut tariffs on U.S. beef, wine and cigarettes.", "planned"),
        ("Under the deal, Washington agreed to cut tariffs on British cars and to drop levies on British steel.", "planned"),
        ("European Union leaders agreed to roll back tariffs on U.S. motorcycles on Friday.", "asserted"),
    ],
)
def test_a_concession_agreed_to_is_still_to_come(extractor, text, modality):
    """A party that agrees to act for another has yet to act; a bloc's own leaders agreeing take a decision."""
    found = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]
    assert found and all(e.modality == modality for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission presses Washington to lower its 50 percent tariffs on EU steel.",
        "Canberra pushes Beijing to lift its ban on Australian lobster.",
    ],
)
def test_pressing_another_party_to_lift_requests_it(extractor, text):
    ev = next(e for e in extractor.extract(text, doc_id="t", published="2025-10-08") if e.event_type == "lift")
    assert ev.modality == "requested"


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        ("The United States and China failed to reach a new textile trade accord in three rounds of talks last year.", "agree", "negated"),
        ("The United States and China failed to reach a new textile trade accord in three rounds of talks last year.", "negotiate", "asserted"),
        ("Kantor announced the tariffs on Tuesday after 20 months of talks failed to open Japan's market to U.S. cars.", "lift", "negated"),
    ],
)
def test_failing_to_act_negates_the_action_not_the_talks(extractor, text, event_type, modality):
    ev = next(e for e in extractor.extract(text, doc_id="t", published="1995-05-17") if e.event_type == event_type)
    assert ev.modality == modality


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Without an agreement, British cars shipped to the EU would face tariffs of 10% from Jan. 1.", "threatened"),
        ("The talks ended without a deal, and Washington imposed tariffs on British steel on Friday.", "asserted"),
        ("Canada slaps 100% tariff on Chinese EVs; Beijing vows to hit back", "threatened"),
    ],
)
def test_what_follows_without_a_deal_or_a_vow_to_hit_back_is_a_threat(extractor, text, modality):
    ev = [e for e in extractor.extract(text, doc_id="t", published="2020-12-01") if e.event_type == "impose"][-1]
    assert ev.modality == modality
