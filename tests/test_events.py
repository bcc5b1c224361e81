"""End-to-end event extraction on wire-copy sentences (shares one English-model Extractor)."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from extractor.events import EventBuilder, spans_by_sentence, spans_in
from extractor.schema import validate_event

from conftest import CORPUS

PUB = "2019-05-17"  # a Friday


def only(events, event_type):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("The United States imposed tariffs on steel imports from China on Friday.", "impose", ["USA"], ["CHN"]),
        ("Washington slapped 25 percent duties on Chinese steel.", "impose", ["USA"], ["CHN"]),
        ("Beijing said it would levy retaliatory tariffs on U.S. soybeans.", "impose", ["CHN"], ["USA"]),
        ("The European Commission imposed anti-dumping duties on steel from Turkey.", "impose", ["EU"], ["TUR"]),
        ("Canada scrapped its surtax on U.S. steel.", "lift", ["CAN"], ["USA"]),
        ("The European Commission opened an anti-dumping investigation into ceramic tiles originating in China.", "investigate", ["EU"], ["CHN"]),
        ("Brazil raised tariffs on electric cars made in China to 35%.", "impose", ["BRA"], ["CHN"]),
        ("Chinese-made electric vehicles face a 100% surtax that Ottawa imposed in October.", "impose", ["CAN"], ["CHN"]),
        ("The levy on U.S.-built aircraft, which Brussels imposed last year, stays.", "impose", ["EU"], ["USA"]),
        ("India lifted its ban on imports of Malaysian palm oil.", "lift", ["IND"], ["MYS"]),
        ("Riyadh suspended imports of poultry from parts of France after an outbreak of bird flu.", "impose", ["SAU"], ["FRA"]),
        ("Japan banned beef from some regions of Brazil.", "impose", ["JPN"], ["BRA"]),
        ("China halted imports of pork from several provinces of Canada.", "impose", ["CHN"], ["CAN"]),
        ("The White House exempted Australia from the steel tariffs.", "exempt", ["USA"], ["AUS"]),
        ("The Commerce Department launched an anti-dumping investigation into aluminum foil from China.", "investigate", ["USA"], ["CHN"]),
        ("Japan and South Korea held trade talks in Seoul on Friday.", "negotiate", ["JPN", "KOR"], []),
        ("Britain and Australia signed a free trade agreement on Thursday.", "agree", ["AUS", "GBR"], []),
        ("Britain, which left the EU in January 2020, is negotiating its own trade deal with Washington.", "negotiate", ["GBR", "USA"], []),
        ("Since leaving the European Union, Britain has signed trade deals with Australia and New Zealand.", "agree",
         ["AUS", "GBR", "NZL"], []),
        ("The EU will impose Chinese steel duties from Friday.", "impose", ["EU"], ["CHN"]),
        ("Reagan hopes to lift Japan sanctions soon, aides said.", "lift", ["USA"], ["JPN"]),
        ("Canada filed a complaint at the World Trade Organization against U.S. lumber duties.", "dispute", ["CAN"], ["USA"]),
    ],
)
def test_roles(extractor, text, event_type, actor, target):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.actor == actor
    assert ev.target == target


@pytest.mark.parametrize(
    "text, event_type, modality",
    [
        ("China will impose tariffs on U.S. pork next month.", "impose", "planned"),
        ("Trump threatened to impose tariffs on Mexican imports.", "impose", "threatened"),
        ("Mexico urged Washington to exempt its steel from the tariffs.", "exempt", "requested"),
        ("The EU refused to lift its duties on U.S. whiskey.", "lift", "negated"),
        ("India raised tariffs on U.S. almonds.", "impose", "asserted"),
        # headlines announce with a bare infinitive
        ("EU to slap provisional duties on Chinese electric cars", "impose", "planned"),
        ("China to scrap tariffs on Australian wine, ending three-year freeze", "lift", "planned"),
        # "will face" is planned; a possibility is a threat only when it hangs over a party
        ("Washing machine imports will face a 20 percent tariff, the U.S. Trade Representative said.", "impose", "planned"),
        ("Indonesia is considering an export tax on nickel pig iron, the minister said.", "impose", "planned"),
        ("Seoul could raise tariffs on U.S. goods worth $480 million, the minister said.", "impose", "threatened"),
        ("The United States would reimpose the tariffs on EU aircraft if the talks failed.", "impose", "threatened"),
        # a background investigation keeps its own modality
        ("The duty was recommended by the trade remedies directorate after an anti-dumping investigation into Chinese steel.",
         "investigate", "asserted"),
        # a conjoined clause's negation stays in its clause
        ("She said the tariffs are not aimed at any country and that Mexico is in talks with Beijing.", "negotiate", "asserted"),
        # the delay of a planned tariff is planned
        ("Beijing suspended retaliatory tariffs that were due to take effect in December.", "lift", "planned"),
    ],
)
def test_modality(extractor, text, event_type, modality):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.modality == modality


def test_rates_split_by_product(extractor):
    events = extractor.extract(
        "The tariffs imposed by Washington were 25 percent on steel and 10 percent on aluminum.", doc_id="t", published=PUB
    )
    pairs = sorted((e.products[0], e.rates[0].value) for e in events if e.event_type == "impose")
    assert pairs == [("aluminum", 10.0), ("steel", 25.0)]


def test_value_date_legal_basis(extractor):
    ev = only(
        extractor.extract("The United States imposed tariffs on $34 billion of Chinese goods on Friday under Section 301.",
                          doc_id="t", published=PUB),
        "impose",
    )
    assert ev.trade_value is not None and ev.trade_value.amount == 34e9 and ev.trade_value.currency == "USD"
    assert ev.date == "2019-05-17"
    assert ev.legal_basis == "Section 301"


@pytest.mark.parametrize(
    "text, actor",
    [
        ("In retaliation, China imposed tariffs on U.S. farm goods.", ["CHN"]),
        ("China imposed duties on U.S. pork, retaliating against Washington's steel tariffs.", ["CHN"]),
        ("Beijing imposed tariffs on U.S. soybeans in what it called retaliation for the U.S. move.", ["CHN"]),
        ("Canada retaliated on Sunday, imposing duties on U.S. whiskey.", ["CAN"]),
        ("In response to the U.S. tariffs, the EU raised duties on American jeans.", ["EU"]),
    ],
)
def test_retaliation(extractor, text, actor):
    evs = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose" and e.actor == actor]
    assert evs and all(e.retaliatory for e in evs)


def test_a_retaliation_cue_belongs_to_its_own_clause(extractor):
    text = ("The European Community would impose duties on Japanese video recorders, "
            "while MITI officials said Tokyo would not retaliate.")
    evs = extractor.extract(text, doc_id="t", published="1987-04-10")
    ec = [e for e in evs if e.actor == ["EU"]]
    jp = [e for e in evs if e.actor == ["JPN"]]
    assert ec and not any(e.retaliatory for e in ec)
    assert jp and all(e.retaliatory and e.modality == "negated" for e in jp)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator raised electricity tariffs for households by 5 percent.",
        "Germany cut feed-in tariffs for rooftop solar panels.",
        "Nurses on duty said the hospital was full.",
        "Travellers flocked to duty-free shops at the airport.",
        "Economists say tariffs hurt consumers.",
        "Soybean futures rose 2 percent in Chicago on Friday.",
        "Thailand to raise power tariff by 5 satang from November, regulator says\nBANGKOK, Oct 17 (Wire) - Thailand's Energy "
        "Regulatory Commission (ERC) will raise the fuel tariff (Ft) charge on electricity bills by 5 satang per unit for November "
        "to February, lifting the average household tariff to 3.76 baht per kilowatt hour, the regulator said on Wednesday.\n"
        "Industrial users had urged the regulator to scrap the increase, warning that higher electricity costs would erode the "
        "competitiveness of exporters.\nThailand's exports rose 5.2 percent in September, beating forecasts as shipments of cars "
        "and rubber recovered.\nEconomists said uncertainty over global trade, including the risk of rising tariffs in major "
        "markets, remained the biggest threat to the export outlook.",
        "The city will raise bus fares and residential water tariffs next year.",
        "Malaysia Airports will raise aeronautical tariffs and landing fees under a new tariff framework approved by the regulator.",
        "Revenue at the group's duty-free and retail business rose after Beijing lifted pandemic travel curbs in January.",
        "Hotels in the Alps cut their room tariffs by 20 percent as the franc soared.",
    ],
)
def test_negatives(extractor, text):
    assert extractor.extract(text, doc_id="t", published=PUB) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's regulator cut mobile roaming tariffs. The regulator said the tariffs would be cut by half for calls within "
        "the region, and Ghana's customs said import duties were unchanged.",
        "Egypt raised the electricity tariff for factories on Monday. Officials said the tariff would rise to 1.2 pounds per "
        "kWh, and Egypt's customs authority said import duties were unchanged.",
    ],
)
def test_the_tariff_after_a_look_alike_is_that_look_alike(extractor, text):
    assert [(e.event_type, e.trigger) for e in extractor.extract(text, doc_id="t", published=PUB)] == []


@pytest.mark.parametrize(
    "text, events",
    [
        # a story whose tariffs are all a utility's: the headline's bare company tariff and "their tariffs" too
        ("Kenya's energy regulator approves 15% KPLC tariff hike\nNAIROBI, Jan 13 (Wire) - Kenya's energy regulator on "
         "Thursday approved a 15 percent increase in the electricity tariffs that KPLC may charge from April.\n"
         "Municipalities that resell power will see their tariffs rise by 12 percent from July.", 0),
        # a story that also ties a tariff to goods keeps its trade events
        ("Kenya raises tariffs on imported sugar\nNAIROBI, Jan 13 (Wire) - Kenya raised its tariff on imported sugar to "
         "35 percent on Thursday, a day after the regulator approved higher electricity tariffs.", 2),
    ],
)
def test_a_story_that_only_names_look_alike_tariffs_has_no_tariff_events(extractor, text, events):
    assert len([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.measure == "tariff"]) == events


def test_the_tariff_after_a_trade_tariff_is_that_tariff(extractor):
    text = ("The regulator raised the electricity tariff for households by 20%. Separately, Washington imposed a 25% "
            "tariff on Chinese steel. The tariff will take effect in July.")
    assert [e.trigger for e in extractor.extract(text, doc_id="t", published=PUB)] == ["imposed", "take effect"]


def test_deterministic_ids_and_output(extractor):
    text = "Washington imposed tariffs on Chinese steel. Beijing vowed to retaliate with tariffs on U.S. pork."
    a = [e.to_dict() for e in extractor.extract(text, doc_id="d", published=PUB)]
    b = [e.to_dict() for e in extractor.extract(text, doc_id="d", published=PUB)]
    assert a == b and len({e["event_id"] for e in a}) == len(a)


def test_spans_point_at_sentences(extractor):
    text = "US SLAPS TARIFFS ON CHINA\n\nWASHINGTON, May 17 (TEN Wire) - The United States imposed tariffs on Chinese steel."
    for ev in extractor.extract(text, doc_id="d", published=PUB):
        assert text[ev.span[0]:ev.span[1]] == ev.sentence


def test_corpus_records_validate_against_schema(extractor):
    count = 0
    for name in ("dev.jsonl", "test.jsonl"):
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            for ev in extractor.extract(gold["text"], doc_id=gold["doc_id"], published=gold.get("published")):
                record = ev.to_dict()
                validate_event(record)
                assert gold["text"][record["span"][0]:record["span"][1]] == record["sentence"]
                count += 1
    assert count > 100


def test_extract_many_matches_extract(extractor):
    from extractor.records import Document

    docs = [Document("a", "China imposed tariffs on U.S. soybeans.", "2018-07-06"),
            Document("b", "Nothing to see here.", None),
            Document("c", "Japan lifted its ban on U.S. beef.", "2019-05-17")]
    streamed = [(d.doc_id, [e.to_dict() for e in evs]) for d, evs in extractor.extract_many(docs)]
    single = [(d.doc_id, [e.to_dict() for e in extractor.extract_document(d)]) for d in docs]
    assert streamed == single


def events_of(extractor, text, published=PUB):
    return extractor.extract(text, doc_id="t", published=published)


@pytest.mark.parametrize(
    "text, rates",
    [
        ("The EU will impose provisional duties of up to 38.1% on Chinese electric cars.", [38.1]),
        ("The Trump administration raised duties on Chinese goods to 25 percent from 10 percent.", [25.0, 10.0]),
        ("Vietnam will eliminate tariffs on 48.5% of EU exports, including a 78% duty on cars.", [78.0]),
    ],
)
def test_rates_ranges_and_shares(extractor, text, rates):
    ev = events_of(extractor, text)[0]
    assert sorted(r.value for r in ev.rates) == sorted(rates)


def test_one_event_per_rate_without_known_products(extractor):
    events = events_of(extractor, "Beijing will impose tariffs of 25 percent on 2,493 products, "
                                  "20 percent on 1,078 products and 10 percent on 974 products.")
    assert sorted(r.value for e in events if e.event_type == "impose" for r in e.rates) == [10.0, 20.0, 25.0]
    assert len([e for e in events if e.event_type == "impose"]) == 3


def test_products_lead_their_rates(extractor):
    events = [e for e in events_of(extractor, "Turkey raised tariffs on passenger cars to 120 percent, on alcohol to "
                                              "140 percent and on leaf tobacco to 60 percent.") if e.event_type == "impose"]
    assert {(tuple(e.products), e.rates[0].value) for e in events} == {(("car",), 120.0), (("alcohol",), 140.0), (("tobacco",), 60.0)}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Under the deal, Japan will cut its 38.5 percent tariff on frozen Australian beef to 19.5 percent over 15 years.",
         {(("beef",), (19.5, 38.5))}),
        ("Tokyo will lower its 20 percent duty on U.S. pork to 5 percent and its 10 percent tariff on wine to zero.",
         {(("pork",), (5.0, 20.0)), (("wine",), (0.0, 10.0))}),
        ("India raised its 10 percent duty on gold to 15 percent, and its 5 percent levy on silver to 10 percent.",
         {(("gold",), (10.0, 15.0)), (("silver",), (5.0, 10.0))}),
    ],
)
def test_a_duty_named_with_its_rate_keeps_its_new_rate(extractor, text, expected):
    events = [e for e in events_of(extractor, text) if e.event_type in ("impose", "lift")]
    assert {(tuple(e.products), tuple(sorted(r.value for r in e.rates))) for e in events} == expected


@pytest.mark.parametrize(
    "text, event_type, rates",
    [
        ("Argentina's export levies on soybean meal will fall to 24.5 pct from 31 pct.", "lift", [24.5, 31.0]),
        ("India's import duty on palm oil will rise to 20 percent from 12.5 percent.", "impose", [20.0, 12.5]),
        # "go to" takes its direction from the rates; "reach …, up from …" gives the rate before the change
        ("Brazil's import duty on wheat will go to 5% from 10% next month.", "lift", [5.0, 10.0]),
        ("Brazil's import duty on hybrid cars will go to 35% from 28% next month.", "impose", [35.0, 28.0]),
        ("Brazil's levies on hybrid cars will also reach 35%, up from 30%.", "impose", [35.0, 30.0]),
        ("Indonesia's export tax on nickel pig iron will reach 15 percent next year, up from 10 percent.", "impose", [15.0, 10.0]),
    ],
)
def test_measures_whose_rate_moves(extractor, text, event_type, rates):
    ev = only(events_of(extractor, text), event_type)
    assert sorted(r.value for r in ev.rates) == sorted(rates)


@pytest.mark.parametrize(
    "text, event_type, trigger",
    [
        ("State media reported that Beijing was weighing higher tariffs on cars imported from Europe.", "impose", "tariffs"),
        ("Indonesia is considering an export tax on nickel pig iron, the minister said.", "impose", "export tax"),
        ("Britain will phase out levies on Australian beef over 10 years.", "lift", "phase out"),
        ("Beijing will resume imports of Australian coal, which have faced an informal ban since 2020.", "lift", "resume imports"),
    ],
)
def test_measures_carried_by_other_verbs(extractor, text, event_type, trigger):
    assert only(events_of(extractor, text), event_type).trigger == trigger


def test_anaphoric_measure_keeps_its_kind_and_complaints_target_its_owner(extractor):
    events = events_of(extractor, "The European Union imposed countervailing duties on Chinese electric vehicles on Tuesday. "
                                  "The duties took effect on Wednesday. "
                                  "China said it had filed a complaint at the World Trade Organization over the duties.")
    assert [e.measure for e in events if e.event_type == "impose"] == ["countervailing", "countervailing"]
    dispute = only(events, "dispute")
    assert dispute.actor == ["CHN"] and dispute.target == ["EU"]
    assert dispute.measure == "countervailing"


def test_exemptions_from_a_measure_named_before(extractor):
    events = events_of(extractor, "The United States imposed tariffs on steel and aluminum in March. "
                                  "Canada, Mexico and the EU had been granted temporary exemptions.")
    ev = only(events, "exempt")
    assert ev.measure == "tariff"
    assert set(ev.target) | set(ev.actor) >= {"CAN", "MEX"}


def test_the_one_asked_acts(extractor):
    ev = only(events_of(extractor, "Switzerland's economy ministry called on Washington to lift the duties on Swiss watches."), "lift")
    assert ev.actor == ["USA"]
    assert ev.modality == "requested"


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("The European Commission said on Wednesday it would impose duties on Chinese steel.", "2024-06-14", "2024-06-12"),
        ("Canada announced tariffs on U.S. steel that will take effect on July 1.", "2018-05-31", "2018-07-01"),
        ("India's trade ministry had recommended the safeguard duty on steel imports in March.", "2025-04-22", "2025-03"),
        ("Britain, which left the EU in January 2020, imposed tariffs on Russian vodka on Friday.", "2022-03-18", "2022-03-18"),
        # a modal passive looks ahead with its event
        ("Preliminary countervailing duties on Vietnamese tires could be announced around July, the department said.",
         "2024-04-02", "2024-07"),
        # a measure's start, even in a past clause, is the nearest such day
        ("Tokyo had been threatened with a 25% tariff from August 1, the U.S. said.", "2025-07-23", "2025-08-01"),
        # a scheduled start in the present tense lies ahead ("take effect on Friday" said on a Saturday: the next Friday)
        ("The EU's provisional anti-dumping duties on Chinese thread take effect on Friday.", "2024-11-09", "2024-11-15"),
        ("China's export curbs on gallium start on Monday.", "2023-07-05", "2023-07-10"),
        # "as scheduled", "as planned": the date is the action's, in the action's tense
        ("The White House said U.S. tariffs on Japanese electronic goods would be imposed as scheduled on April 17.",
         "1987-04-02", "1987-04-17"),
        ("Canadian tariffs on U.S. steel took effect as planned on Sunday, officials said.", "2018-07-02", "2018-07-01"),
        # the dateline gives no date
        ("TOKYO, July 23 (TEN Wire) - The United States and Japan have struck a trade deal that sets a 15 percent tariff "
         "on Japanese cars.", "2025-07-23", None),
    ],
)
def test_the_date_of_the_action(extractor, text, published, date):
    ev = events_of(extractor, text, published)[0]
    assert ev.date == date


@pytest.mark.parametrize(
    "text, event_type, published, date",
    [
        # a relative clause with its own subject dates its own action, not the main verb's
        ("Turkey has removed extra tariffs of up to 140% it had imposed on U.S. cars and alcohol in 2018, "
         "the official gazette showed on Thursday.", "lift", "2021-06-11", "2021-06-10"),
        ("Seoul scrapped the quota that it introduced on Japanese fish in 2013, the ministry said on Monday.",
         "lift", "2024-06-05", "2024-06-03"),
    ],
)
def test_a_relative_clause_dates_only_its_own_action(extractor, text, event_type, published, date):
    assert [e.date for e in events_of(extractor, text, published) if e.event_type == event_type] == [date]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mexico will impose duties on U.S. pork bellies and maple syrup.", ["pork belly", "maple syrup"]),
        ("Ottawa slapped tariffs on U.S. goods including yogurt, lawnmowers and playing cards.", ["yogurt", "lawnmower", "playing card"]),
        ("Jakarta banned exports of unprocessed bauxite.", ["bauxite"]),
        # a known material that classifies the goods is part of their name, not goods of its own
        ("India's DGTR recommended anti-dumping duties on ceramic tableware from China.", ["ceramic tableware"]),
        ("The EU imposed duties on ceramic tiles and ceramic tableware from China.", ["ceramic tile", "ceramic tableware"]),
    ],
)
def test_products_the_gazetteer_may_not_know(extractor, text, expected):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"][0]
    assert ev.products == expected


def test_each_clause_keeps_its_products(extractor):
    events = events_of(extractor, "Australia removed tariffs on British cars and whisky, while Britain eliminated its duties on Australian wine.")
    by_actor = {tuple(e.actor): e.products for e in events if e.event_type == "lift"}
    assert by_actor[("AUS",)] == ["car", "whisky"]
    assert by_actor[("GBR",)] == ["wine"]


@pytest.mark.parametrize(
    "text",
    [
        "Creditor banks and Brazil held talks on rescheduling the country's debt, trade sources said.",
        "The finance ministers agreed at their meeting to keep exports growing, officials said.",
    ],
)
def test_talks_outside_trade_policy_are_not_events(extractor, text):
    assert events_of(extractor, text) == []
    assert not extractor.could_have_events(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the story's remedy names the duty the lead calls "tariffs"
        ("Washington slaps tariffs on imported washing machines. The measures were recommended after investigations "
         "under Section 201 of the Trade Act of 1974.", ["safeguard"]),
        # a general tariff in an anti-dumping story stays a tariff
        ("South Africa imposed anti-dumping duties on frozen chicken from Brazil on Monday. "
         "The government will also cut the general import tariff on chicken.", ["anti_dumping", "tariff"]),
        # a duty on other goods than the remedy covers stays a tariff
        ("China opened an anti-dumping investigation into Canadian canola on Tuesday. "
         "Ottawa imposed a 25 percent levy on Chinese steel in October.", ["tariff"]),
    ],
)
def test_a_generic_duty_takes_the_remedy_of_its_story(extractor, text, expected):
    assert [e.measure for e in events_of(extractor, text) if e.event_type in ("impose", "lift")] == expected


def test_counter_tariffs_are_not_the_remedy(extractor):
    events = events_of(extractor, "The EU imposed countervailing duties on Chinese electric cars on Tuesday. "
                                  "Beijing was weighing higher tariffs on European pork in retaliation, state media said.")
    assert [(e.actor, e.measure) for e in events if e.event_type == "impose"] == [(["EU"], "countervailing"), (["CHN"], "tariff")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan tightened curbs on chip-material exports to South Korea on Thursday.",
        "Washington expanded restrictions on exports of advanced semiconductors to China.",
        "China widens rare-earth export curbs as trade row deepens",
        "The United States said it would widen its controls on chip exports to China.",
    ],
)
def test_curbs_on_exports_are_export_controls(extractor, text):
    assert only(events_of(extractor, text), "impose").measure == "export_control"


@pytest.mark.parametrize(
    "text",
    [
        "The trade gap widened to $50 billion in March.",
        "Tokyo said the talks would widen to cover services.",
        "Analysts said the spread between the two contracts widened sharply.",
        "In response to widening U.S. trade deficits and import barriers in other countries, Congress drafted a bill.",
    ],
)
def test_widening_without_a_measure_is_no_event(extractor, text):
    assert [e.event_type for e in events_of(extractor, text) if e.event_type == "impose"] == []


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("Washington warned that Ankara could face further sanctions.", "impose", ["USA"], ["TUR"]),
        ("Canada and Mexico were granted exemptions from the U.S. steel tariffs.", "exempt", ["USA"], ["CAN", "MEX"]),
        ("Tokyo had been threatened with a 25% tariff by Washington.", "impose", ["USA"], ["JPN"]),
        ("New Delhi is seeking an exemption for its generic drugmakers from any future U.S. tariffs.", "exempt", ["USA"], ["IND"]),
        ("Japan asked for an exemption from the U.S. steel tariffs.", "exempt", ["USA"], ["JPN"]),
        ("Canada called for the removal of U.S. tariffs on softwood lumber.", "lift", ["USA"], ["CAN"]),
        ("The EU wants the removal of Chinese duties on brandy.", "lift", ["CHN"], ["EU"]),
        ("Tokyo requested an exclusion from the U.S. car tariffs.", "exempt", ["USA"], ["JPN"]),
    ],
)
def test_who_faces_or_receives_a_measure_is_its_target(extractor, text, event_type, actor, target):
    ev = only(events_of(extractor, text), event_type)
    assert (ev.actor, ev.target) == (actor, target)


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("The EU sanctions, which target Russia's banking, energy and defence sectors, were first imposed in July 2014.",
         ["EU"], ["RUS"]),
        ("The U.S. duties, which hit Chinese and Vietnamese solar makers, were raised on Friday.", ["USA"], ["CHN", "VNM"]),
        ("The sanctions, which cover Iran's oil and shipping sectors, were reimposed by Washington in November.", ["USA"], ["IRN"]),
        ("Beijing's curbs, which target Japan's seafood industry, were tightened last week.", ["CHN"], ["JPN"]),
    ],
)
def test_what_a_measure_hits_is_its_target(extractor, text, actor, target):
    ev = only(events_of(extractor, text), "impose")
    assert (ev.actor, ev.target) == (actor, target)


def test_the_eu_stands_for_its_members(extractor):
    ev = only(events_of(extractor, "Washington slapped tariffs on EU goods, including French wine and Italian cheese."), "impose")
    assert ev.target == ["EU"]


def test_anaphoric_measures_keep_their_target(extractor):
    events = events_of(extractor, "Mexico approved tariffs on Chinese cars on Wednesday. "
                                  "China's commerce ministry urged Mexico on Thursday to scrap the tariffs.")
    lift = only(events, "lift")
    assert (lift.actor, lift.target) == (["MEX"], ["CHN"])


def test_the_two_sides_are_the_story_parties(extractor):
    events = events_of(extractor, "The United States imposed tariffs on $34 billion of Chinese goods on Friday. "
                                  "No trade talks between the two sides are scheduled, officials said.")
    assert only(events, "negotiate").actor == ["CHN", "USA"]


def test_a_wto_complaint_names_the_forum_not_the_complainant(extractor):
    events = events_of(extractor, "Japan imposed export controls on chip materials to South Korea on Thursday. "
                                  "\"We will take all possible measures, including a WTO complaint,\" Seoul's trade minister said.")
    assert "WTO" not in only(events, "dispute").actor


@pytest.mark.parametrize(
    "text, measure",
    [
        ("South Korea will halt all exports of face masks from Friday, the finance ministry said.", "export_control"),
        ("Indonesia halted shipments of unprocessed nickel ore in January 2020.", "export_control"),
        ("Riyadh suspended imports of poultry from parts of France after an outbreak of bird flu.", "import_ban"),
        ("China stopped purchases of U.S. soybeans in August, the commerce ministry said.", "import_ban"),
        # the stop as a noun over the flow
        ("The Democratic Republic of Congo has extended its suspension of cobalt exports by a further three months.", "export_control"),
        ("India announced an export halt on onions, the food ministry said.", "export_control"),
    ],
)
def test_stopping_a_trade_flow_is_a_ban(extractor, text, measure):
    ev = only(events_of(extractor, text), "impose")
    assert ev.measure == measure
    assert not [e for e in events_of(extractor, text) if e.event_type == "lift"]


@pytest.mark.parametrize(
    "text",
    [
        "Congo lifted its suspension of cobalt exports on Monday.",
        "Kyiv ended its halt of grain exports, the agriculture ministry said.",
    ],
)
def test_lifting_a_stop_of_a_flow_lifts_the_ban(extractor, text):
    ev = only(events_of(extractor, text), "lift")
    assert ev.measure == "export_control"
    assert not [e for e in events_of(extractor, text) if e.event_type == "impose"]


@pytest.mark.parametrize(
    "text, target",
    [
        ("The WTO panel found that Indonesia's export ban on nickel ore breached global trade rules.", ["IDN"]),
        ("The panels rejected Washington's argument that the steel tariffs were justified on national security grounds.", ["USA"]),
        # the body's panel as the subject of "rule": the body rules (headlines, where "rules" may be parsed as a noun)
        ("A WTO panel ruled against India's tariffs on mobile phones.", ["IND"]),
        ("WTO panels rule against U.S. steel tariffs; Washington rejects findings", ["USA"]),
        ("WTO panel rules against Indonesia's nickel ore export ban", ["IDN"]),
    ],
)
def test_a_panel_ruling_is_a_dispute_event(extractor, text, target):
    ev = only(events_of(extractor, text), "dispute")
    assert (ev.actor, ev.target) == (["WTO"], target)


def test_a_panels_rules_are_no_ruling(extractor):
    assert events_of(extractor, "The WTO panel rules require members to notify their farm subsidies.") == []


def test_raising_a_quota_is_a_lift(extractor):
    ev = only(events_of(extractor, "Steel producers in South Korea and India have asked Brussels to raise their quotas."), "lift")
    assert (ev.measure, ev.modality, ev.actor) == ("quota", "requested", ["EU"])


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Washington would slash China's textile quotas by 25 to 35 pct from Jan. 17.", ["USA"]),
        ("The EU cut its steel import quotas by 15% on Monday.", ["EU"]),
        ("Ankara reduced the duty-free quota for Ukrainian wheat.", ["TUR"]),
    ],
)
def test_cutting_a_quota_is_an_impose(extractor, text, actor):
    events = events_of(extractor, text)
    assert [(e.event_type, e.measure, e.actor) for e in events] == [("impose", "quota", actor)]


def test_withdrawing_the_measures_named_before(extractor):
    events = events_of(extractor, "Japan tightened export controls on chip materials to South Korea on Thursday. "
                                  "Seoul has demanded that Tokyo withdraw the measures.")
    ev = only(events, "lift")
    assert (ev.actor, ev.measure, ev.modality) == (["JPN"], "export_control", "requested")


@pytest.mark.parametrize(
    "text",
    [
        "Trump has threatened to impose tariffs on a further $200 billion of Chinese goods if China retaliates.",
        "Tokyo had been threatened with a 25% tariff on all its goods from August 1 if no deal was reached.",
    ],
)
def test_hypotheses_are_not_events(extractor, text):
    types = [e.event_type for e in events_of(extractor, text)]
    assert types == ["impose"]


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to suspend tariffs imposed in their long-running dispute over aircraft subsidies.",
        "Brazil takes U.S. tariff fight to the WTO",
    ],
)
def test_named_conflicts_are_labels(extractor, text):
    types = [e.event_type for e in events_of(extractor, text)]
    assert "impose" not in types
    assert types.count("dispute") <= 1


def test_rolling_over_sanctions_is_an_impose(extractor):
    ev = only(events_of(extractor, "European Union leaders agreed to roll over economic sanctions against Russia for six months."), "impose")
    assert (ev.actor, ev.target, ev.measure) == (["EU"], ["RUS"], "sanction")


STORY = "Washington imposed tariffs on Japanese semiconductors last month. "


@pytest.mark.parametrize(
    "text, talks",
    [
        ("Meeting in closed session, the House Ways and Means Committee agreed to allow Reagan to retaliate.", False),
        ("Deputy prime minister Kim Mahn-Je told a meeting of local businessmen in Seoul that the won would stay steady.", False),
        ("President Reagan's trade policy advisory group will meet on the issue on Wednesday.", False),
        ("However, the meeting did not identify what those areas are, Carney said.", False),
        ("Officials of the two countries met in Tokyo on Friday.", True),
        ("Japan's trade minister will meet U.S. Trade Representative Clayton Yeutter next week.", True),
        ("He said his meeting with Prime Minister Nakasone would be important.", True),
        ("A joint committee will meet in Tokyo within six months to review the pact.", True),
    ],
)
def test_a_meeting_needs_two_sides(extractor, text, talks):
    found = [e for e in events_of(extractor, STORY + text) if e.event_type == "negotiate" and e.span[0] >= len(STORY)]
    assert bool(found) is talks


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Taiwan will cut import tariffs to ease trade friction with the United States. A Taiwanese trade delegation leaves for "
         "Washington tomorrow to try to renegotiate a textile agreement signed last year with the United States.", ["TWN", "USA"]),
        ("Mexico and Canada want to renegotiate the trade pact with the United States.", ["CAN", "MEX", "USA"]),
        ("Britain is seeking a renegotiation of its trade deal with the European Union, officials said.", ["EU", "GBR"]),
    ],
)
def test_renegotiating_is_talks(extractor, text, parties):
    assert only(events_of(extractor, text), "negotiate").actor == parties


@pytest.mark.parametrize(
    "text, parties",
    [
        ("Washington imposed tariffs on Japanese goods. The Australian government is awaiting the outcome of trade talks "
         "between the U.S. and Japan with interest and concern.", ["JPN", "USA"]),
        ("Canberra is watching the progress of trade negotiations between the EU and Mercosur closely.", ["ARG", "BRA", "EU", "PRY", "URY"]),
    ],
)
def test_talks_between_two_parties_are_theirs(extractor, text, parties):
    assert only(events_of(extractor, text), "negotiate").actor == parties


@pytest.mark.parametrize(
    "text, agrees",
    [
        ("European Union leaders agreed to roll over economic sanctions against Russia for six months.", False),
        ("Tokyo agreed to raise the import volume that triggers a safeguard on U.S. beef.", False),
        ("Japan agreed to open its rice market to U.S. growers.", False),
        ("EC foreign ministers agreed to impose tariffs on a range of Japanese electrical goods.", False),
        ("Japan agreed with the United States to cut tariffs on beef.", True),
        ("The EU and the U.S. agreed to suspend tariffs on each other's goods.", True),
        ("China agreed to buy $200 billion of American goods under the trade deal.", True),
    ],
)
def test_one_side_agreeing_to_act_is_no_deal(extractor, text, agrees):
    assert ("agree" in [e.event_type for e in events_of(extractor, text)]) is agrees


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington imposed anti-dumping duties on solar cells and panels from Cambodia.", ["solar cell", "solar panel"]),
        ("Argentina cut export levies on soybean meal and oil to 24.5 percent.", ["soybean meal", "soybean oil"]),
        ("China imposed export controls on gallium and germanium, two metals used in chipmaking.", ["gallium", "germanium"]),
        # a bare list the parser takes for apposition is still a list
        ("Turkey doubles tariffs on U.S. cars, alcohol in retaliation", ["car", "alcohol"]),
        ("Argentina will eliminate export duties on wine and fruit.", ["wine", "fruit"]),
    ],
)
def test_elided_and_appositive_products(extractor, text, expected):
    ev = [e for e in events_of(extractor, text) if e.event_type in ("impose", "lift")][0]
    assert ev.products == expected


@pytest.mark.parametrize(
    "text, event_type",
    [
        # the main clause's date is not the subordinate clause's
        ("China removed its tariffs on Australian barley in August last year after Canberra suspended a WTO case over them.",
         "dispute"),
        # nor the date of the background investigation
        ("South Africa imposed the duties in August 2022 following an investigation by its trade commission into chicken imports.",
         "investigate"),
    ],
)
def test_background_clauses_take_no_date(extractor, text, event_type):
    assert only(events_of(extractor, text, "2024-03-28"), event_type).date is None


@pytest.mark.parametrize(
    "text, disputes",
    [
        ("Tokyo is striving to meet U.S. complaints about its trade practices in a variety of fields.", 0),
        ("Seoul said it would file a complaint against the Japanese export curbs.", 1),
        ("Canberra lodged a formal complaint over Chinese barley tariffs.", 1),
    ],
)
def test_only_formal_complaints_are_disputes(extractor, text, disputes):
    assert [e.event_type for e in events_of(extractor, text)].count("dispute") == disputes


@pytest.mark.parametrize(
    "text, disputes",
    [
        # an industry's petition to its own authority starts a probe, not a dispute
        ("Brussels opened an anti-subsidy probe into Chinese steel. The probe follows a complaint lodged by Eurofer, "
         "the European steel association, in July.", 0),
        ("Commerce opened an anti-dumping probe into Vietnamese shrimp. The case was brought by a coalition of U.S. shrimp processors.", 0),
        ("China ended an anti-dumping probe into U.S. acid after the domestic applicant withdrew its complaint.", 0),
        # a country's case stays one, and so does an industry's case in a court
        ("Brussels opened an anti-subsidy probe into Chinese steel. A parallel case brought by Indonesia, the largest producer, "
         "is still pending.", 1),
        ("Commerce set anti-dumping duties on Korean pipe. U.S. steelmakers filed a case at the Court of International Trade "
         "against the ruling.", 1),
    ],
)
def test_an_industry_petition_is_no_dispute(extractor, text, disputes):
    assert [e.event_type for e in events_of(extractor, text)].count("dispute") == disputes


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("India slashed import duties on electronic components to 10 percent.", "lift"),
        ("India revoked the 20 percent export tax on onions on Friday.", "lift"),
        ("Washington allowed the steel quota agreement with Brazil to lapse, officials said.", "lift"),
        ("The Commerce Department issued a preliminary determination of dumping on Chinese aluminum foil.", "investigate"),
    ],
)
def test_more_ways_of_writing_lifts_and_findings(extractor, text, event_type):
    assert only(events_of(extractor, text), event_type)


def test_retaliation_targets_the_owner_of_the_first_measure(extractor):
    events = events_of(extractor, "U.S. tariffs on $34 billion of Chinese goods take effect; Beijing hits back")
    assert [(e.trigger, e.actor, e.target) for e in events] == [("take effect", ["USA"], ["CHN"]), ("hits", ["CHN"], ["USA"])]


def test_escalating_a_dispute_is_not_a_new_measure(extractor):
    events = events_of(extractor, "China opened an anti-dumping investigation into imports of canola from Canada, "
                                  "escalating a dispute over Ottawa's tariffs on Chinese electric vehicles.")
    assert "impose" not in [e.event_type for e in events]
    assert only(events, "investigate").target == ["CAN"]


@pytest.mark.parametrize(
    "text, investigations",
    [
        ("India opened an anti-dumping case against Chinese steel wheels on Monday.", 1),
        ("Brussels launched an anti-subsidy proceeding into Chinese biodiesel.", 1),
        ("Seoul launched an antitrust investigation into the carmaker's trade practices, separate from the tariff talks.", 0),
    ],
)
def test_trade_remedy_cases_are_investigations_and_other_probes_are_not(extractor, text, investigations):
    assert [e.event_type for e in events_of(extractor, text)].count("investigate") == investigations


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Export duties on wine and fruit will be eliminated permanently, Argentine Economy Minister Luis Caputo added.", "impose"),
        ("U.S., China sign Phase One trade deal, easing 18-month tariff war", "lift"),
        ("Milei has promised to scrap export taxes, but Argentina needs the revenue to meet its fiscal targets.", "negotiate"),
        ("Tokyo says it imposed the export controls under GATT Article XXI, the security exception.", "exempt"),
        ("Russian President Vladimir Putin signed a decree extending the ban on food imports from the EU.", "agree"),
        ("Embraer also signed a maintenance contract with a British regional carrier, Brazil's trade ministry said.", "agree"),
        # cooperation counts only about trade
        ("Washington imposed tariffs on Canadian lumber. Other major U.S.-Canadian issues were defense cooperation and acid rain.",
         "negotiate"),
        # a mandate to negotiate is not talks
        ("The trade bill extends Reagan's authority to negotiate an international coffee agreement through October 31, 1989.",
         "negotiate"),
        ("The Commission has a mandate to negotiate tariff cuts with Japan.", "negotiate"),
    ],
)
def test_look_alikes_are_not_events(extractor, text, absent):
    assert absent not in [e.event_type for e in events_of(extractor, text)]


def test_a_request_for_wto_consultations_is_a_dispute(extractor):
    events = events_of(extractor, "Brazil requested consultations with the United States at the World Trade Organization "
                                  "over the 50% tariffs.")
    assert "negotiate" not in [e.event_type for e in events]
    ev = only(events, "dispute")
    assert (ev.actor, ev.target, ev.modality) == (["BRA"], ["USA"], "asserted")


@pytest.mark.parametrize(
    "sentence",
    [
        "BYD faces an additional duty of 17.4%, while other carmakers that cooperated with the investigation face 20.8%.",
        "India said it would defend its exporters in the investigation.",
        "Ecuador would cooperate fully with the investigation, the minister said.",
    ],
)
def test_taking_part_in_the_investigation_reports_no_new_one(extractor, sentence):
    text = "The EU launched an anti-dumping investigation into Chinese shrimp in May. " + sentence
    assert [e.trigger for e in events_of(extractor, text) if e.event_type == "investigate" and e.span[0] > 0] == []


@pytest.mark.parametrize(
    "text",
    [
        "India and Australia signed a free trade agreement on Saturday. The pact, signed after just seven months of "
        "negotiations, is India's first trade deal with a developed nation.",
        "Canada and the United States reached a trade deal on lumber. The two governments announced the agreement in a joint "
        "statement on Friday after months of talks.",
    ],
)
def test_the_months_of_talks_behind_a_deal_are_talks(extractor, text):
    talks = [e for e in events_of(extractor, text) if e.event_type == "negotiate" and e.span[0] > 0]
    assert len(talks) == 1 and talks[0].modality == "asserted" and len(talks[0].actor) == 2


@pytest.mark.parametrize(
    "sentence, event_type",
    [
        ("Ottawa will also ask for consultations under the General Agreement on Tariffs and Trade.", "dispute"),
        ("Officials in Brasilia have begun preparing a request for consultations at the World Trade Organization.", "dispute"),
        ("MOFCOM warned that it could request WTO consultations over the duties.", "dispute"),
        # consultations sought or held are talks, even in a WTO story
        ("Turkey said it would seek urgent consultations with Brussels and reserved the right to respond.", "negotiate"),
        ("Vietnam said it would hold consultations with U.S. officials on the case at the WTO.", "negotiate"),
        ("Japan said it would ask the Community for urgent consultations, officials said.", "negotiate"),
    ],
)
def test_only_requested_consultations_open_a_dispute(extractor, sentence, event_type):
    text = "The European Union imposed safeguard duties on steel imports last month. " + sentence
    types = [e.event_type for e in events_of(extractor, text) if e.span[0] > 0 and e.trigger.lower().find("consult") >= 0]
    assert types == [event_type]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("South Korea, home to Samsung Electronics and LG Electronics, will file a WTO complaint against U.S. tariffs on washers.",
         ["washing machine"]),
        ("Beijing sees the rare earth export ban as a bargaining chip in talks over U.S. tariffs on Chinese steel.", ["rare earth", "steel"]),
    ],
)
def test_firm_names_and_idioms_are_not_products(extractor, text, expected):
    products = {p for e in events_of(extractor, text) for p in e.products}
    assert products <= set(expected)
    assert "electronics" not in products and "semiconductor" not in products


def test_title_case_headlines_keep_their_products(extractor):
    ev = only(events_of(extractor, "U.S. Slaps Tariffs On Chinese Steel And Aluminum"), "impose")
    assert ev.products == ["steel", "aluminum"]


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Onion duty\nNEW DELHI: The finance ministry has notified a 40 per cent duty on the export of onions.", ["IND"]),
        ("Palm oil\nJAKARTA (TEN Wire) - The government banned exports of palm oil on Thursday.", ["IDN"]),
        ("Sugar\nMUMBAI, May 3 (TEN Wire) - The Centre has banned sugar exports until October.", ["IND"]),
        ("Rice\nABUJA, May 3 (TEN Wire) - The FG has banned rice imports until October, officials said.", ["NGA"]),
        ("Pork\nWASHINGTON, May 2 (TEN Wire) - China's commerce ministry imposed duties on U.S. pork.", ["CHN"]),
    ],
)
def test_an_unnamed_national_authority_is_the_dateline_country(extractor, text, actor):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert events and events[0].actor == actor


def test_without_a_home_an_unnamed_authority_names_no_one(extractor):
    assert extractor.extract("The government banned exports of palm oil on Thursday.", doc_id="t", published=PUB) == []


@pytest.mark.parametrize(
    "text, target, rates",
    [
        ("Mexico imposed anti-dumping duties on Chinese steel pipe. Tianjin Pipe received a rate of 56.2%.",
         ["CHN"], [56.2]),
        ("Australia set countervailing duties on aluminum extrusions. Rates for Vietnamese exporters ranged from 4.3% to 29.1%.",
         ["VNM"], [4.3, 29.1]),
        ("Canada imposed anti-dumping duties on wire rod. Producers in Turkey were assigned a single rate of 12.7%.",
         ["TUR"], [12.7]),
        ("The EU imposed anti-dumping duties on Egyptian fertilizer. Uncooperative exporters will pay 44.6%.",
         ["EGY"], [44.6]),
    ],
)
def test_rates_stated_for_the_story_duty(extractor, text, target, rates):
    """A sentence that only gives rates ("X received a rate of 17%") is an impose of the duty the story is about."""
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert len(events) == 2, [(e.event_type, e.trigger) for e in events]
    first, stated = events
    assert stated.event_type == "impose" and stated.measure == first.measure
    assert stated.actor == first.actor
    assert stated.target == target
    assert [r.value for r in stated.rates] == rates


@pytest.mark.parametrize(
    "text",
    [
        "The bank raised rates by 0.25% on Friday.",
        "Import prices for steel ranged from 3% to 5% above last year's.",
    ],
)
def test_rates_without_a_story_duty_are_not_events(extractor, text):
    assert extractor.extract(text, doc_id="t", published=PUB) == []


def test_the_story_target_after_rates_for_two_targets_is_both(extractor):
    text = ("Peru imposed anti-dumping duties on ceramic tiles. Chinese makers will face rates of 9.4% and 41.2%, "
            "while Indian exporters will pay 20.5%. The duties will be suspended for a year, the ministry said.")
    assert only(extractor.extract(text, doc_id="t", published=PUB), "lift").target == ["CHN", "IND"]


def test_rates_of_two_targets_are_two_events(extractor):
    text = ("Peru imposed anti-dumping duties on ceramic tiles. Chinese makers will face rates of 9.4% and 41.2%, "
            "while Indian exporters will pay 20.5%.")
    stated = extractor.extract(text, doc_id="t", published=PUB)[1:]
    assert [(e.target, [r.value for r in e.rates], e.modality) for e in stated] == [
        (["CHN"], [9.4, 41.2], "planned"), (["IND"], [20.5], "planned")]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("India imposed duties on Thai sugar. Thailand said it would take the matter to the World Trade Organization.", ["THA"], ["IND"]),
        ("Chile raised duties on Argentine wheat. Buenos Aires asked the WTO to set up a dispute panel.", ["ARG"], ["CHL"]),
        ("Japan asked for a GATT panel on the European Community's curbs on Japanese cars.", ["JPN"], ["EU"]),
        ("Manila imposed a safeguard on Thai rice. Bangkok will ask for a WTO dispute settlement panel over it.", ["THA"], ["PHL"]),
        ("Ottawa imposed duties on U.S. lumber. Washington is weighing whether to raise the issue at the WTO.", ["USA"], ["CAN"]),
        ("Turkey imposed duties on Russian steel. A case brought by Russia is still pending.", ["RUS"], ["TUR"]),
        ("Brazil takes U.S. tariff fight to the WTO", ["BRA"], ["USA"]),
        ("Beijing brings EU electric vehicle dispute to WTO", ["CHN"], ["EU"]),
        ("Canada took its lumber row with Washington to the WTO on Friday.", ["CAN"], ["USA"]),
        ("The EC said it would take its pasta quarrel with the United States to the GATT.", ["EU"], ["USA"]),
        ("Jakarta will bring its nickel ore fight with Brussels to the World Trade Organization.", ["IDN"], ["EU"]),
    ],
)
def test_ways_of_taking_a_dispute_to_a_forum(extractor, text, actor, target):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "dispute")
    assert (ev.actor, ev.target) == (actor, target)


@pytest.mark.parametrize("text, products", [
    ("Canada took its lumber row with Washington to the WTO on Friday.", ["lumber"]),
    ("Brussels will take its steel spat with Ankara to the WTO.", ["steel"]),
])
def test_a_conflict_word_is_no_part_of_the_goods(extractor, text, products):
    assert only(extractor.extract(text, doc_id="t", published=PUB), "dispute").products == products


@pytest.mark.parametrize(
    "text, complainant, defendant",
    [
        ("South Korea asked the WTO to set up a panel to examine anti-dumping duties that India imposed on PET resin in 2022.",
         ["KOR"], ["IND"]),
        ("Brazil filed a complaint at the WTO against tariffs on its steel, which Washington imposed in March.", ["BRA"], ["USA"]),
        ("Canada challenged at the WTO the duties the United States imposed on its softwood lumber last year.", ["CAN"], ["USA"]),
        ("Japan lodged a WTO complaint over countervailing duties imposed by India on hot-rolled steel.", ["JPN"], ["IND"]),
    ],
)
def test_a_complaint_about_a_measure_names_who_it_hits(extractor, text, complainant, defendant):
    events = extractor.extract(text, doc_id="t", published=PUB)
    case, measure = only(events, "dispute"), only(events, "impose")
    assert (case.actor, case.target) == (complainant, defendant)
    assert (measure.actor, measure.target) == (defendant, complainant)


@pytest.mark.parametrize(
    "text, target",
    [
        ("Ottawa announced retaliatory tariffs on U.S. goods. In Brussels, the European Commission said it would slap duties "
         "on U.S. products such as bourbon and jeans, and launch a legal case at the WTO.", ["USA"]),
        ("Canada imposed duties on Chinese steel. Japan said it would impose tariffs on U.S. beef and file a complaint at the WTO.",
         ["USA"]),
        ("Canada imposed duties on Chinese steel. Beijing said it would file a WTO complaint.", ["CAN"]),
    ],
)
def test_a_case_beside_a_counter_measure_is_against_its_target(extractor, text, target):
    assert only(extractor.extract(text, doc_id="t", published=PUB), "dispute").target == target


def test_a_complained_of_safeguard_keeps_no_target(extractor):
    text = "Thailand requested WTO consultations over a safeguard duty on rice that Manila imposed in September."
    assert only(extractor.extract(text, doc_id="t", published=PUB), "impose").target == []


@pytest.mark.parametrize(
    "text",
    [
        "In that case, the tariffs on steel would stay, the minister said.",
        "The company handled the case load of the customs office, the ministry said on tariffs.",
    ],
)
def test_case_as_a_word_is_no_dispute(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "dispute"]


@pytest.mark.parametrize(
    "text, measure, products",
    [
        ("Britain signed a trade deal with New Zealand. New Zealand lamb exporters can now ship 12,000 tonnes a year into Britain duty-free.",
         "quota", ["lamb"]),
        ("Pakistan raised duties on sugar. The ministry also extended duty-free imports of chickpeas until June 30.", "tariff", ["chickpea"]),
        ("Canada will open a zero-duty quota for 40,000 tonnes of Ukrainian wheat.", "quota", ["wheat"]),
    ],
)
def test_letting_goods_in_free_of_duty_is_a_lift(extractor, text, measure, products):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger != "signed" and e.trigger != "raised"]
    assert [(e.event_type, e.measure, e.products) for e in events] == [("lift", measure, products)]


@pytest.mark.parametrize(
    "text, first, quota_actor, products",
    [
        ("Seoul will scrap its 8% tariff on Chilean wine, while Santiago will open a zero-duty quota for 20,000 tonnes of Korean rice.",
         "KOR", ["CHL"], ["rice"]),
        ("Ankara on Monday suspended the anti-dumping duties on glass from Egypt and opened a duty-free quota of 50,000 tonnes for cotton.",
         "TUR", ["TUR"], ["cotton"]),
        ("Canberra cut tariffs on Thai cars and created a tariff-free quota for 5,000 tonnes of New Zealand butter.",
         "AUS", ["AUS"], ["butter"]),
    ],
)
def test_a_duty_free_quota_in_its_own_clause_is_its_own_lift(extractor, text, first, quota_actor, products):
    lifts = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]
    assert len(lifts) == 2
    assert lifts[0].actor == [first] and lifts[0].measure != "quota"
    assert lifts[1].measure == "quota" and lifts[1].actor == quota_actor and lifts[1].products == products


@pytest.mark.parametrize(
    "text",
    [
        "Tourists flocked to duty-free shops at the airport after the tariff cut was announced.",
        "The airline expanded its duty-free sales on flights to Tokyo, the company said of its tariff plans.",
    ],
)
def test_duty_free_shopping_is_no_lift(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]


@pytest.mark.parametrize(
    "text, event_type, measure",
    [
        ("The Commerce Department's new rules require U.S. companies to obtain licences to sell advanced chips to Chinese firms.",
         "impose", "export_control"),
        ("Seoul began requiring export permits for shipments of hydrogen fluoride to Japan this month.", "impose", "export_control"),
        ("The U.S. Commerce Department has begun examining whether imports of copper threaten national security under Section 232.",
         "investigate", None),
        ("The European Commission opened a review of anti-dumping duties on Chinese bicycles.", "investigate", "anti_dumping"),
        ("Canada began an expiry review of duties on Chinese steel wheels.", "investigate", "tariff"),
        ("Beijing imposed anti-dumping duties on Australian barley in 2020. The ministry said an expedited review had found the "
         "duties were no longer necessary.", "investigate", "anti_dumping"),
        ("Washington raised tariffs on Chinese goods in 2018. USTR completed its four-year review of the tariffs in May.",
         "investigate", "tariff"),
    ],
)
def test_licensing_and_reviews(extractor, text, event_type, measure):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.measure == measure
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        ("Washington raised tariffs on Chinese goods. U.S. Trade Representative Katherine Tai and Chinese Commerce Minister "
         "Wang Wentao held a video call on Tuesday.", "negotiate", ["CHN", "USA"]),
        ("The United States reached a trade deal with Vietnam, setting tariffs at 20%.", "agree", ["USA", "VNM"]),
        ("A separate trade deal with Chile also took effect on Wednesday, Australia's trade minister said.", "agree", ["AUS", "CHL"]),
    ],
)
def test_calls_and_deals_with_a_party(extractor, text, event_type, actor):
    ev = only(extractor.extract(text, doc_id="t", published=PUB), event_type)
    assert ev.actor == actor


def test_dealing_with_a_problem_is_no_deal(extractor):
    text = "The trade ministry said it would deal with the surge in steel imports through tariffs."
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "agree"]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Canada's potash faces U.S. countervailing duties. The U.S. International Trade Commission ruled on Monday that "
         "Canadian potash imports injured U.S. producers.", "investigate"),
        ("China imposed anti-dumping duties on Australian barley. MOFCOM found in its final ruling that the barley was dumped.",
         "investigate"),
        ("The U.S. imposed tariffs on Chinese steel. The U.S. Court of International Trade ruled on Friday that the tariffs were illegal.",
         "dispute"),
    ],
)
def test_a_national_authority_ruling_is_part_of_an_investigation(extractor, text, event_type):
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger in ("ruled", "found", "ruling", "final ruling")]
    assert [e.event_type for e in ev] == [event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. raised tariffs on Japanese chips. The current dispute with Japan over semiconductors may harden the U.S. stance, Lyng said.",
        "Talks between the EU and the United States failed to settle a trade dispute over pasta subsidies, a spokesman said.",
    ],
)
def test_a_dispute_named_as_a_conflict_is_no_filing(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "dispute"]


def test_talks_with_one_named_side_take_the_story_party(extractor):
    text = ("The European Union imposed duties on Thai rice on Monday. Free trade talks with Thailand, relaunched last year, "
            "have stalled over procurement rules.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "negotiate")
    assert ev.actor == ["EU", "THA"]


def test_a_short_form_names_the_institution_named_before(extractor):
    text = ("The European Commission imposed duties on Chinese bicycles on Monday. "
            "The Commission said it was holding talks with Chinese authorities.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "negotiate")
    assert ev.actor == ["CHN", "EU"]
    assert "Commission" in ev.actor_text


@pytest.mark.parametrize(
    "text",
    [
        "Washington and its allies are simplifying the list of prohibited items under export controls, officials said.",
        "Customs officers seized restricted goods under the sanctions regime, the agency said.",
    ],
)
def test_a_participle_that_labels_a_noun_is_no_event(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger in ("prohibited", "restricted")]


@pytest.mark.parametrize(
    "text, event_type, measure, rates",
    [
        ("Taiwan plans another round of deep tariff cuts this year, a senior planner said.", "lift", "tariff", []),
        ("Seoul cut tariffs on U.S. beef last year. Cuts of up to 40 pct on those items were made in 2016.", "lift", "tariff", [40.0]),
        ("Washington will press for the removal of import barriers on Japan's rice, officials said.", "lift", "other", []),
    ],
)
def test_batches_of_cuts_and_cuts_with_rates(extractor, text, event_type, measure, rates):
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type][-1]
    assert ev.measure == measure
    assert [r.value for r in ev.rates] == rates


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Argentina scrapped its export duties in 2016. The duties were reintroduced in September 2018 by then-President Macri.", "reintroduced"),
        ("India imposed an export duty on onions. The levy was notified by the department of revenue late on Saturday.", "notified"),
        ("The EU imposed sanctions on Russia. The measures, which target its banking sector, were first imposed in July 2014.", "imposed"),
    ],
)
def test_restating_a_measure_named_before(extractor, text, trigger):
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert [e.trigger for e in events][1:] == [trigger]
    assert events[1].event_type == "impose" and events[1].actor == events[0].actor


def test_a_story_without_dateline_is_at_home_where_it_names_most(extractor):
    text = ("Kenya suspends import duties on maize for 90 days\n"
            "The Kenyan government has suspended import duties on maize and wheat for 90 days. "
            "Exports of the two grains will be prohibited while the suspension lasts, the finance ministry said.")
    ban = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.measure == "export_control"]
    assert [(e.event_type, e.actor, e.modality) for e in ban] == [("impose", ["KEN"], "planned")]


def test_a_retaliation_by_stopping_a_flow_is_a_ban(extractor):
    text = "Chinese officials warned they would retaliate by suspending imports of U.S. wheat and aircraft."
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "impose")
    assert (ev.measure, ev.retaliatory, ev.modality) == ("import_ban", True, "threatened")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington raised tariffs on Chinese goods on Friday, shortly after two days of negotiations in Washington broke up.", True),
        # the years of talks a deal came after happened too (the annotated corpus records them)
        ("The EU and Mercosur sealed a trade deal on Friday after 25 years of talks.", True),
        ("EU and Mercosur seal trade deal after 25 years of talks", False),  # a headline names only the deal
        ("U.S. Trade Representative Katherine Tai and Japan's ambassador signed the minerals pact in Washington after about "
         "a month of negotiations.", True),
        ("India and Britain announced the conclusion of a trade agreement after more than three years of talks.\n\n"
         "The pact will cut tariffs on whisky.", True),  # (the sentence ends before the paragraph break)
        ("The Fed raised rates after two days of talks among its governors.", False),
    ],
)
def test_talks_named_by_their_length(extractor, text, expected):
    assert bool([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "negotiate"]) is expected


def test_an_event_noun_as_subject_of_a_comment_verb_is_no_new_event(extractor):
    text = ("Nigeria suspended import duties on wheat. The waiver comes weeks after the finance ministry raised "
            "the levy on imported sugar to N50 per kilogram.")
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "exempt"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile, Peru strike trade pact after two years of talks", ["agree"]),
        ("India-Japan CEPA takes effect on Monday", ["agree"]),  # a partnership agreement by its acronym
        ("The India-UAE CEPA entered into force on Sunday, the commerce ministry said.", ["agree"]),
        ("The Australia-India trade agreement, which takes effect on Jan. 1, will cut tariffs on wine.", ["agree", "lift"]),
        ("The EU-Chile free trade agreement, concluded in December, is due to be signed next year, a spokesperson said.", ["agree"]),
        ("Negotiators for Britain and Canada formally concluded talks on a trade agreement last week.", ["agree"]),
        ("Britain's trade minister said negotiators would aim to conclude talks with India on a trade agreement next year.", ["negotiate"]),
        # a deal "passed", "approved" or "negotiated" at a time is reported as made, whatever the main clause says of it
        ("He said that the U.S./Israel Free Trade agreement, passed last year, had worked well.", ["agree"]),
        ("Officials said the Canada-Chile trade pact, negotiated in 1996, had doubled trade in wine.", ["agree"]),
    ],
)
def test_deals_named_by_participles_headlines_and_concluded_talks(extractor, text, expected):
    types = [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)]
    assert sorted(set(types)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Canada-Chile trade pact, negotiated in 1996, had doubled trade in wine.",
        "The pact is the first trade agreement Britain has negotiated from scratch since leaving the European Union.",
    ],
)
def test_a_deal_described_as_negotiated_is_no_talks(extractor, text):
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "negotiate"] == []


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Ottawa has also opened a 30-day consultation on possible surtaxes on Chinese batteries and solar panels.", "threatened"),
        ("The Economic Policy Council is expected to discuss possible sanctions against Japan at a meeting on Thursday.", "threatened"),
        ("Baldrige said the United States would go ahead with planned sanctions against Japanese semiconductor exports.", "planned"),
    ],
)
def test_a_measure_announced_as_possible_or_planned_is_an_impose(extractor, text, modality):
    assert [e.modality for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"] == [modality]


def test_a_consultation_on_possible_duties_is_no_talks(extractor):
    text = "Ottawa has also opened a 30-day consultation on possible surtaxes on Chinese batteries and solar panels."
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)] == ["impose"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India's finance ministry is expected to sign off on the anti-dumping duties on Chinese steel within a month.",
         [("impose", "planned")]),
        ("Trump signed off on tariffs on $200 billion of Chinese goods.", [("impose", "asserted")]),
        ("EU ministers signed off on the trade deal with Mercosur on Friday.", [("agree", "asserted")]),
    ],
)
def test_signing_off_on_a_measure_approves_it(extractor, text, expected):
    assert [(e.event_type, e.modality) for e in extractor.extract(text, doc_id="t", published=PUB)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. policy now is to raise the strategic oil reserve to 750 mln barrels to help protect the economy from an oil embargo.",
        "Most analysts said Japanese exporters would be hard hit if the United States did implement the tariffs.",
        "Senators are trying to broaden the criteria so as to make Moscow eligible for the export subsidies.",
    ],
)
def test_a_weak_verb_does_not_reach_a_measure_in_another_clause(extractor, text):
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type in ("impose", "lift")] == []


@pytest.mark.parametrize(
    "text, triggers",
    [
        ("China imposed tariffs on U.S. soybeans in retaliation for Washington's duties on steel.", ["imposed"]),
        ("Reagan said the U.S. would impose heavy tariffs on Japanese imports in retaliation for Tokyo's failure to honor the pact.",
         ["impose"]),
        ("In retaliation, Beijing targeted U.S. soybeans with a 25% tariff.", ["retaliation"]),
    ],
)
def test_in_retaliation_for_is_the_measure_itself(extractor, text, triggers):
    assert [e.trigger for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"] == triggers


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Beijing hit back this month with tariffs of 100% on Canadian canola oil and peas, on top of an anti-dumping probe "
         "into canola.", "tariff"),
        ("Reagan said he imposed the sanctions on Japanese computers because Japan did not honor an agreement to end dumping "
         "semiconductors.", "sanction"),
        ("The EU imposed anti-dumping duties on Chinese bicycles.", "anti_dumping"),
        ("India levied countervailing duties on Chinese steel wheels.", "countervailing"),
    ],
)
def test_a_remedy_named_elsewhere_in_the_sentence_does_not_qualify_the_measure(extractor, text, measure):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert [e.measure for e in events] == [measure]


def test_a_deal_passed_last_year_is_asserted(extractor):
    events = extractor.extract("He said that the U.S./Israel Free Trade agreement, passed last year and eliminating all duties "
                               "between the two nations by 1995, had worked well.", doc_id="t", published="1987-10-19")
    assert [(e.event_type, e.modality, e.actor) for e in events if e.event_type == "agree"] == [("agree", "asserted", ["ISR", "USA"])]


def test_a_complaint_by_the_retaliating_party_targets_the_other_side(extractor):
    text = ("Beijing hit back with tariffs on U.S. soybeans on Friday. China also said it would file a complaint "
            "with the World Trade Organization.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "dispute")
    assert (ev.actor, ev.target) == (["CHN"], ["USA"])


def test_the_owner_of_a_quota_is_its_target(extractor):
    ev = only(extractor.extract("Washington would slash China's textile quotas by 25 pct from Jan. 17.", doc_id="t", published=PUB),
              "impose")
    assert (ev.actor, ev.target, ev.measure) == (["USA"], ["CHN"], "quota")


@pytest.mark.parametrize(
    "text, event_type, measure",
    [
        ("China will continue to levy anti-dumping duties on optical fiber from Japan, the ministry said.", "impose", "anti_dumping"),
        ("Washington raised duties on Chinese goods on Friday, shortly after two days of negotiations in Washington broke up.",
         "negotiate", None),
        ("Japan and the Netherlands agreed with Washington to introduce similar restrictions on sales of chipmaking equipment to China.",
         "agree", "export_control"),
    ],
)
def test_the_measure_of_an_event_is_its_own(extractor, text, event_type, measure):
    assert only(extractor.extract(text, doc_id="t", published=PUB), event_type).measure == measure


def test_the_subject_of_a_subordinate_clause_does_not_act_in_the_main_one(extractor):
    text = ("China's commerce ministry said it had opened an anti-dumping investigation into imports of canola from Canada, "
            "days after Ottawa slapped a surtax on Chinese electric vehicles.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "investigate")
    assert (ev.actor, ev.target) == (["CHN"], ["CAN"])


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        ("The Trade Remedies Authority of Vietnam opened the anti-dumping investigation last August and is due to issue "
         "a final ruling by mid-year.", "investigate", ["VNM"]),
        ("Malaysia said it would appeal the WTO's final ruling on palm oil duties.", "dispute", ["MYS"]),
    ],
)
def test_final_rulings_and_institutions_of_a_country(extractor, text, event_type, actor):
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert {e.event_type for e in events} == {event_type}
    own = [e for e in events if e.actor != ["WTO"]]  # (the WTO's ruling, named as what is appealed, is the panel's own event)
    assert own and all(e.actor == actor for e in own)


@pytest.mark.parametrize(
    "text",
    [
        "Two rounds of consultations on the duties did not produce a mutually agreed solution, the ministry said.",
        "The Commission estimates that the tariff cuts will save EU exporters about 600 million euros a year in duties.",
        '"Suspending the duties on the day they are imposed sends a confusing signal," the poultry association said.',
        "In November, Washington suspended for a year a rule that extended Entity List restrictions to subsidiaries.",
        "The UAE's ambassador to the WTO said the complaint had no merit and that the states would defend their measures.",
        "The lapse compounds the pain from the \"reciprocal\" tariffs that President Donald Trump imposed in August, including "
        "a 30 percent levy on South African goods.",
    ],
)
def test_labels_and_effects_are_no_new_events(extractor, text):
    found = [(e.event_type, e.trigger) for e in extractor.extract(text, doc_id="t", published=PUB)]
    assert not [f for f in found if f[1] in ("agreed", "cuts", "Suspending", "rule that", "complaint", "lapse")], found


def test_a_panel_upholding_rules_is_a_ruling(extractor):
    text = "A World Trade Organization panel on Tuesday largely upheld European Union rules that phase out palm oil biofuels."
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "dispute")
    assert ev.actor == ["WTO"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asked about a priority for agriculture in the negotiations, Yeutter said one has to be realistic about GATT.", False),
        ("The European Union had raised the duties in talks with Pretoria, officials said.", True),
    ],
)
def test_talks_named_as_a_setting(extractor, text, expected):
    assert bool([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "negotiate"]) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Don Farrell raised the barley tariffs with Commerce Minister Wang Wentao in Beijing on Friday.",
        "Seoul's envoy raised the issue of the steel quotas with U.S. Trade Representative Katherine Tai on Tuesday.",
    ],
)
def test_raising_an_issue_with_a_party_is_talks(extractor, text):
    types = {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)}
    assert "negotiate" in types and "impose" not in types


def test_each_brief_of_a_roundup_is_at_home_under_its_own_dateline(extractor):
    text = ("South Asia trade briefs\n"
            "COLOMBO - The finance ministry will allow imports of cars from Feb. 1, ending a ban imposed in 2020.\n"
            "ISLAMABAD - The Cabinet's economic committee on Tuesday banned sugar exports until further notice.")
    by_trigger = {e.trigger: e.actor for e in extractor.extract(text, doc_id="t", published=PUB)}
    assert by_trigger["banned"] == ["PAK"]


def test_a_participle_of_retaliation_is_the_duty_itself(extractor):
    text = "Kenya on Thursday imposed a 25 percent duty on rice from Tanzania, retaliating against Dodoma's ban on Kenyan milk."
    imposes = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert [(e.trigger, e.retaliatory) for e in imposes] == [("imposed", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Kenyan ministry said the 25% duty would stay in place for 90 days.", ["impose"]),
        ("The customs service said it collected N1.3 trillion in import duties in the first quarter, up 45% from a year earlier.", []),
    ],
)
def test_measures_carried_by_staying_and_revenue_figures(extractor, text, expected):
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)] == expected


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        ("The Korea-Peru free trade agreement was signed in Lima in April and ratified by Peru's Congress last month.", "agree", ["PER"]),
        ("Japan will allow up to 50,000 tonnes of Australian wheat to enter free of duty each year under the pact.", "lift", ["JPN"]),
        ("Egypt to end car import ban, ministry says", "lift", ["EGY"]),
        ("Chile on Wednesday suspended its WTO case against Peruvian duties on apples while the two sides negotiate.", "dispute", ["CHL"]),
        ("The Chinese government may seek judicial review of the anti-dumping decision before the tribunal.", "dispute", ["CHN"]),
    ],
)
def test_more_ways_of_writing_actions(extractor, text, event_type, actor):
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type]
    assert ev and ev[-1].actor == actor, [(e.event_type, e.trigger, e.actor) for e in extractor.extract(text, doc_id="t", published=PUB)]


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department opened a probe last April that manufacturers had hoped would end without new duties.",
        "An appeals court revived a negligence suit against an importer of Chinese-made heaters subject to tariffs.",
    ],
)
def test_ending_without_object_and_appeals_courts_are_no_events(extractor, text):
    found = [(e.event_type, e.trigger) for e in extractor.extract(text, doc_id="t", published=PUB)]
    assert not [f for f in found if f[1].lower() in ("end", "appeals")], found


def test_a_participle_whose_agent_is_the_measure_labels_the_goods(extractor):
    text = "Steel rack makers hit by the duties say they will cut jobs, the association said."
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger == "hit"]


def test_a_determination_takes_the_remedy_of_its_sentence_and_rates_follow(extractor):
    text = ("Commerce's International Trade Administration on Tuesday issued affirmative final determinations in the "
            "anti-dumping investigations of fiberglass door panels from China and Mexico. "
            "Chinese respondent Zhejiang Door Co. received a margin of 118.42%, and the China-wide entity 243.1%.")
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert [(e.event_type, e.measure, e.actor) for e in events][:1] == [("investigate", "anti_dumping", ["USA"])]
    stated = [e for e in events if e.event_type == "impose"]
    assert [(e.measure, e.target, [r.value for r in e.rates]) for e in stated] == [("anti_dumping", ["CHN"], [118.42, 243.1])]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Australia's Anti-Dumping Commission on Monday terminated its investigation into PVC tiles from Malaysia.", "lift"),
        ("Japan on Wednesday suspended its WTO case against Thai anti-dumping duties on tinplate.", "lift"),
        ("Analysts estimated that the tariffs would add about 9 cents a pound to the cost of copper.", "impose"),
        ("The deal must still be approved by parliament, where the ruling coalition lacks a majority, trade officials said.", "dispute"),
        ("Shipping lines announced congestion surcharges of $150 per container on cargo to Rotterdam, citing port delays.", "impose"),
    ],
)
def test_objects_that_are_events_effects_and_look_alikes(extractor, text, absent):
    assert absent not in {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)}


def test_terminating_an_investigation_is_an_investigation_event(extractor):
    text = "Australia's Anti-Dumping Commission on Monday terminated its investigation into PVC tiles from Malaysia."
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)] == ["investigate"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan will allow 50,000 tonnes of U.S. wheat to enter free of duty under an agreement reached with Washington on Tuesday, "
         "in exchange for a reduction in U.S. tariffs on Japanese auto parts.", ["agree", "lift"]),
        ("The concession extends a deal struck last year that capped U.S. tariffs on Japanese cars at 15%.", ["agree", "lift"]),
    ],
)
def test_deal_content_in_trade_offs_and_caps(extractor, text, expected):
    types = sorted({e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)})
    assert types == expected


def test_all_countries_is_no_target_and_a_new_brief_starts_afresh(extractor):
    text = ("Peru to cut tariffs, Chile halts copper exports\n"
            "LIMA - Peru will cut tariffs on fertilizer from Jan. 1, the trade ministry said.\n"
            "SANTIAGO - The government halted exports of copper scrap on Monday.\n"
            "The ban will apply to shipments to all countries, including China and Japan.")
    events = extractor.extract(text, doc_id="t", published=PUB)
    body = [e for e in events if e.span[0] > text.index("\n")]
    assert [(e.actor, e.target) for e in body] == [(["PER"], []), (["CHL"], []), (["CHL"], [])]
    assert ("impose", ["CHL"]) in [(e.event_type, e.actor) for e in events if e.span[0] < text.index("\n")]  # the headline's ban


@pytest.mark.parametrize(
    "text",
    [
        "Exports of steel to the United States doubled last year despite the tariffs.",
        "Shipments to the Philippines have almost halved since the levy took effect.",
        "Imports of Chinese steel increased 20 percent last year despite the duties.",
        "Sales of U.S. soybeans to China dropped sharply after the tariffs.",
    ],
)
def test_a_trade_flow_that_moves_is_no_measure(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type in ("impose", "lift")]


@pytest.mark.parametrize(
    "text, lifts",
    [
        ("U.S. officials said Japan has not ended third country dumping of semiconductors.", 0),
        ("Japan ordered a cutback in chip production to end the dumping.", 0),
        ("Washington will end the anti-dumping duties on Japanese chips.", 1),
    ],
)
def test_ending_dumping_is_no_lift(extractor, text, lifts):
    """Dumping is the practice the duties answer: stopping it lifts no measure."""
    assert len([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]) == lifts


@pytest.mark.parametrize(
    "text, measure",
    [
        ("China to tighten import control, cut export costs", "other"),
        ("Taiwan will relax import controls on 400 items to cut its export surplus.", "other"),
        ("Japan tightened curbs on chip-material exports to South Korea.", "export_control"),
    ],
)
def test_import_controls_beside_an_export_word_stay_import_controls(extractor, text, measure):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type in ("impose", "lift")]
    assert [e.measure for e in events] == [measure]


@pytest.mark.parametrize(
    "text, products",
    [
        ("Indonesia banned overseas shipments of palm oil on April 28 to bring down soaring domestic prices of cooking oil.", ["palm oil"]),
        ("Nigeria suspended import duties on wheat and maize for 150 days to tame food prices.", ["wheat", "corn"]),
        ("Kenya cut duties on sugar to bring down the cost of rice and of food.", ["sugar"]),
    ],
)
def test_goods_named_for_their_price_are_not_the_goods_covered(extractor, text, products):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type in ("impose", "lift")]
    assert events and events[0].products == products


@pytest.mark.parametrize(
    "text",
    [
        "Kenya cut duties on sugar to curb the cost of rice.",
        "The central bank raised tariffs on electricity to curb inflation and limit borrowing.",
    ],
)
def test_curbing_costs_or_inflation_is_no_measure(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]


@pytest.mark.parametrize(
    "second",
    [
        "Commerce is expected to issue final determinations in the investigations next year.",
        "The authority is expected to publish a preliminary finding by next March.",
    ],
)
def test_a_step_of_the_story_case_is_an_investigation(extractor, second):
    """A preliminary or final finding in a story about a trade case continues that case, with its parties."""
    text = "The U.S. Commerce Department opened anti-dumping investigations into solar panels from Vietnam in May. " + second
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "investigate"]
    assert len(events) == 2 and events[1].actor == ["USA"] and events[1].modality == "planned"


@pytest.mark.parametrize(
    "text, target",
    [
        ("The EU imposed duties on Chinese electric vehicles. Chinese officials had earlier suggested that an anti-dumping probe "
         "into European pork could follow.", ["EU"]),
        ("Canada raised tariffs on steel, on top of an investigation into Chinese wire launched in May.", ["CHN"]),
    ],
)
def test_a_probe_that_may_follow_or_was_launched_on_a_date_is_reported(extractor, text, target):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "investigate"]
    assert [e.target for e in events] == [target]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington will cancel the scheduled 100 pct tariffs on Japanese electronic exports.", [("lift", "planned")]),
        ("Tokyo cancelled its trade talks with Washington on beef tariffs.", [("negotiate", "negated")]),
        ("The minister cancelled his visit to Tokyo, where tariffs on beef were to be discussed.", [("negotiate", "negated")]),
    ],
)
def test_cancelling_a_measure_lifts_it_and_cancelling_talks_calls_them_off(extractor, text, expected):
    assert [(e.event_type, e.modality) for e in extractor.extract(text, doc_id="t", published=PUB)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The deficit should be rectified not by reducing trade through import restrictions, the minister said.",
        "Seoul pledged to cut its trade surplus with the United States under the tariff deal.",
    ],
)
def test_shrinking_a_flow_lifts_no_measure(extractor, text):
    assert not [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Seoul suspended the duties for Japan and Taiwan.", "exempt"),
        ("Seoul cut tariffs on beef last week, in a boost for Australia.", "lift"),
        ("Goyal told exporters in Mumbai on Tuesday that New Delhi would not cut tariffs on dairy products under the deal, "
         "a long-standing red line for India.", "lift"),
    ],
)
def test_a_lift_is_an_exemption_only_when_it_is_for_named_countries(extractor, text, event_type):
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)] == [event_type]


def test_resuming_imports_in_a_trade_story_ends_its_ban(extractor):
    text = ("China banned imports of Australian beef from six plants in 2020. "
            "Trade Minister Don Farrell said he would keep pressing Beijing to resume imports of Australian rock lobster.")
    lifts = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]
    assert [(e.actor, e.target, e.products, e.modality) for e in lifts] == [(["CHN"], ["AUS"], ["rock lobster"], "requested")]


@pytest.mark.parametrize(
    "text, products",
    [
        ("China imposed tariffs on steel and raised duties on aluminum.", [["steel"], ["aluminum"]]),
        ("India banned wheat exports in May and halted shipments of rice from Chennai in July.", [["wheat"], ["rice"]]),
        ("China imposed tariffs on steel and aluminum.", [["steel", "aluminum"]]),
    ],
)
def test_two_actions_on_different_goods_are_two_events(extractor, text, products):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert [e.products for e in events] == products


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("Solar panels from the region are also subject to safeguard tariffs of 14.25 percent under Section 201, which Washington "
         "extended for four years in 2022.", "impose"),
        ("Brazil reinstated a levy on electric cars that had been cut to zero in 2015.", "lift"),
    ],
)
def test_a_weak_verb_in_a_relative_clause_acts_on_the_measure_it_refers_to(extractor, text, event_type):
    assert event_type in {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)}


def test_a_measure_that_also_applies_to_more_countries_is_reported_without_a_trigger_word(extractor):
    text = "Russia banned imports of food from the EU in 2014. It also applies to Australia, Canada, Norway and, since 2015, Ukraine."
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger == "applies"]
    assert [(e.event_type, e.actor, e.target) for e in events] == [("impose", ["RUS"], ["AUS", "CAN", "NOR", "UKR"])]


def test_the_story_measure_extended_in_scope_is_an_impose(extractor):
    text = ("Turkey doubled tariffs on some imports from the United States including cars, alcohol and tobacco on Wednesday. "
            "The increases also cover fruit, coal and cosmetics.")
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger == "increases"]
    assert [(e.event_type, e.actor, e.target, e.products) for e in events] == [("impose", ["TUR"], ["USA"], ["fruit", "coal", "cosmetic"])]


def test_a_flow_that_is_stopped_is_still_a_ban(extractor):
    events = extractor.extract("Exports of wheat were banned by India in May.", doc_id="t", published=PUB)
    assert [(e.event_type, e.actor) for e in events] == [("impose", ["IND"])]


def test_all_exporters_after_the_named_origin_does_not_erase_it(extractor):
    """ "tiles from Malaysia and Thailand …, margins below 2% for all exporters": the firms, not every country."""
    text = ("Australia's Anti-Dumping Commission on Monday terminated its investigation into PVC flooring tiles from Malaysia and "
            "Thailand after finding dumping margins below 2% for all exporters.")
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "investigate"]
    assert [e.target for e in events] == [["MYS", "THA"]]


@pytest.mark.parametrize(
    "text",
    [
        "Australia's Anti-Dumping Commission on Monday terminated its investigation into PVC tiles from Malaysia after finding "
        "dumping margins below 2% for all exporters.",
        "DG Trade terminated the parallel anti-subsidy investigation without measures, finding subsidy margins below 1%.",
        "Analysts warned that copper futures could trade at a premium for as long as the duties remained in place.",
    ],
)
def test_names_findings_and_side_clauses_carry_no_measure(extractor, text):
    assert "impose" not in {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)}


@pytest.mark.parametrize(
    "text, products",
    [
        ("Mexico raised tariffs on shoes from China.", ["shoe"]),
        ("Indonesia banned exports of cooking oil on Thursday.", ["cooking oil"]),
        ("Kenya raised duties on imported fabric and footwear.", ["fabric", "footwear"]),
        ("Colombia will remove tariffs on cut flowers from the UAE.", ["flower"]),
    ],
)
def test_everyday_goods_keep_their_own_name(extractor, text, products):
    assert extractor.extract(text, doc_id="t", published=PUB)[0].products == products


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Carney said countries should not introduce new import barriers not mandated by existing trade law.", set()),
        ("Japan suspended its WTO case while the two governments negotiate a settlement on the tinplate duties.", {"negotiate"}),
    ],
)
def test_a_principle_for_countries_in_general_is_no_event(extractor, text, expected):
    assert {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)} - {"dispute"} == expected


def test_the_investigation_named_before_keeps_its_target(extractor):
    text = ("Vietnam will levy anti-dumping duties on wind towers from China and Malaysia. "
            "The trade ministry said it opened the investigation last August at the request of domestic producers.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "investigate")
    assert ev.target == ["CHN", "MYS"]


def test_the_target_of_the_story_carries_over_sentences_without_events(extractor):
    """A paragraph of background between two actions of one actor does not make the second one lose its target."""
    text = ("MOFCOM opened an anti-dumping investigation into industrial lubricants from the United States on Friday. "
            "The petition was filed by three domestic producers. "
            "They account for most of the country's output. "
            "Imports rose by a third last year, the ministry said. "
            "MOFCOM said it could impose provisional duties within six months.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "impose")
    assert ev.actor == ["CHN"] and ev.target == ["USA"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India scraps anti-dumping duty on Japanese acrylic fibre, opens probe into Chinese glyphosate",
         [("lift", ["IND"], ["JPN"], ["acrylic fiber"]), ("investigate", ["IND"], ["CHN"], ["glyphosate"])]),
        ("Australia removed tariffs on British cars, while Britain eliminated its duties on Australian wine.",
         [("lift", ["AUS"], ["GBR"], ["car"]), ("lift", ["GBR"], ["AUS"], ["wine"])]),
        ("Brazil cut tariffs on Chinese steel, and Argentina raised duties on Japanese cars.",
         [("lift", ["BRA"], ["CHN"], ["steel"]), ("impose", ["ARG"], ["JPN"], ["car"])]),
        ("Russia lifts curbs on Iranian fruit, Kazakhstan extends fuel export ban",
         [("lift", ["RUS"], ["IRN"], ["fruit"]), ("impose", ["KAZ"], [], [])]),
    ],
)
def test_coordinated_clauses_keep_their_own_parties_and_goods(extractor, text, expected):
    """Two reports joined in one sentence: each event takes the countries and goods of its own clause."""
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert [(e.event_type, e.actor, e.target, e.products) for e in events] == expected


def test_a_second_trigger_of_one_report_lends_it_its_goods(extractor):
    """ "…has ended the curbs, it has not opened its market to U.S. beef": one lift, with the beef."""
    events = extractor.extract("Officials said that while Seoul has ended the curbs, it has not opened its market to U.S. beef.",
                               doc_id="t", published=PUB)
    assert [(e.event_type, e.products) for e in events] == [("lift", ["beef"])]


@pytest.mark.parametrize(
    "text, sides",
    [
        ("The European Union and the United States agreed on Tuesday to suspend tariffs on each other's goods for five years.",
         [(["EU"], ["USA"]), (["USA"], ["EU"])]),
        ("Japan and South Korea agreed to cut tariffs on steel.", [(["JPN"], ["KOR"]), (["KOR"], ["JPN"])]),
        ("Canada and Mexico will remove the duties between the two countries by 2028.", [(["CAN"], ["MEX"]), (["MEX"], ["CAN"])]),
        ("Germany and France restricted exports of face masks.", [(["DEU", "FRA"], [])]),
        ("The United States and Japan imposed sanctions on Russia.", [(["JPN", "USA"], ["RUS"])]),
        ("A free trade agreement between the European Union and South Korea took effect on Friday, scrapping most duties on goods "
         "traded between the two.", [(["EU"], ["KOR"]), (["KOR"], ["EU"])]),
        ("The European Union and Vietnam signed a free trade agreement on Sunday that will eliminate 99 percent of tariffs on goods "
         "traded between them.", [(["EU"], ["VNM"]), (["VNM"], ["EU"])]),
        ("The agreement between Chile and China will cut duties on copper to zero.", [(["CHL"], ["CHN"]), (["CHN"], ["CHL"])]),
        ("Peru and Mexico signed a pact to phase out tariffs on cars.", [(["MEX"], ["PER"]), (["PER"], ["MEX"])]),
        ("Britain's free trade agreement with Australia came into force on Wednesday, scrapping tariffs on about 99% of British "
         "exports to Australia.", [(["AUS"], ["GBR"])]),
    ],
)
def test_a_mutual_measure_is_one_event_per_side(extractor, text, sides):
    """Each of two parties lifts its own duties on the other; two who act together on a third stay one event."""
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type in ("impose", "lift")]
    assert [(e.actor, e.target) for e in events] == sides


@pytest.mark.parametrize(
    "text, rates",
    [
        ("The EU said imports above the quota will face a 25 percent tariff, while shipments within the quota will enter duty-free.", [25.0]),
        ("Brazil cut duties on Chinese steel, but Chinese cars will face a 35 percent tariff from July.", [35.0]),
    ],
)
def test_a_duty_goods_face_beside_another_event_is_its_own_impose(extractor, text, rates):
    imposed = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert [[r.value for r in e.rates] for e in imposed] == [rates]


@pytest.mark.parametrize(
    "text, owner",
    [
        ("The European Union imposed duties on Chinese bicycles in March. China's commerce ministry said it would consult the WTO. "
         "The duties take effect on Monday.", "EU"),
        ("Canada slapped a surtax on U.S. whiskey last week. Washington filed a complaint at the WTO. "
         "The surtax will rise to 50 percent in July.", "CAN"),
    ],
)
def test_a_measure_event_without_actor_belongs_to_the_owner_of_the_measure(extractor, text, owner):
    """The actor of the talks or the complaint in between is not the one whose duties take effect."""
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]
    assert len(events) == 2 and events[1].actor == [owner]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico will raise tariffs on clothing from China to 35 percent, the ministry said, in a decree that takes effect next month.",
        "India raised duties on Chinese steel to 20 percent, in a notification that comes into force on Monday.",
        "Turkey doubled tariffs on U.S. cars to 120 percent under a presidential decree which took effect on Wednesday.",
    ],
)
def test_a_text_taking_effect_dates_the_measure_of_its_sentence(extractor, text):
    text = "Beijing opened an investigation into pork from the European Union. " + text  # a measure earlier in the story
    assert len([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"]) == 1


def test_a_counted_group_outranks_the_target_of_the_story(extractor):
    text = ("Mexico raised tariffs on footwear from China. "
            "It had already set duties on steel from Indonesia and Vietnam. "
            "The new duties also apply to toys from the same countries.")
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if "toy" in e.products]
    assert events and events[0].target == ["IDN", "VNM"]


@pytest.mark.parametrize(
    "text, target",
    [
        ("India imposed a provisional safeguard duty of 12 percent on flat steel products, as the government seeks to stem "
         "a surge in cheap shipments mainly from China.", []),
        ("Thailand launched a safeguard inquiry into ceramic tiles, after imports, mostly from China and India, surged 38% last year.", []),
        ("The EU will impose safeguard measures on steel to stop a flood of metal diverted from the U.S. market.", []),
        ("Egypt opened a safeguard investigation after an influx of rebar from Turkey and Ukraine.", []),
        ("India imposed a provisional safeguard duty of 20 percent on hot-rolled flat steel in September 2015 to stem a surge of "
         "cheap shipments from China, South Korea, Japan and Russia.", []),
        ("Turkey imposed a safeguard duty on steel from China and Russia.", ["CHN", "RUS"]),
        ("India imposed anti-dumping duties on steel after a surge in imports from China.", ["CHN"]),
    ],
)
def test_the_source_of_a_surge_is_no_safeguard_target(extractor, text, target):
    ev = [e for e in events_of(extractor, text) if e.event_type in ("impose", "investigate")][0]
    assert ev.target == target


def test_a_safeguard_takes_no_target_from_the_story(extractor):
    """A safeguard hits imports from everywhere: the country of an earlier sentence is not its target."""
    text = ("CAIRO (TEN Wire) - Egypt lifted its ban on poultry from the European Union on Monday. "
            "Separately, the trade ministry imposed a safeguard duty of 16% on imports of rebar for three years.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "impose")
    assert ev.measure == "safeguard" and ev.target == []


def test_a_safeguard_keeps_a_named_origin_and_a_dispute_its_respondent(extractor):
    text = ("MANILA (TEN Wire) - The Philippines imposed a special safeguard duty on rice from Thailand. "
            "Thailand on Tuesday filed a complaint at the World Trade Organization over the safeguard.")
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert only(events, "impose").target == ["THA"]
    assert only(events, "dispute").target == ["PHL"]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Thai rice shipments to the Philippines have almost halved since the levy took effect.", False),
        ("Exports to South Africa had fallen by half since the sanctions were imposed.", False),
        ("Exports have fallen by half since Washington imposed the sanctions in March 2019.", True),  # its own date: a report
    ],
)
def test_a_since_clause_only_dates_another_statement(extractor, text, kept):
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert any(e.event_type == "impose" for e in events) is kept


@pytest.mark.parametrize(
    "text, hit_back",
    [
        ("U.S. tariffs on $34 billion of Chinese goods take effect; Beijing hits back\nWASHINGTON - The duties took effect on Friday.", True),
        ("Seoul slapped duties on Japanese steel. Some lawmakers urged Tokyo to hit back by restricting exports of chemicals to Korea.", False),
    ],
)
def test_hitting_back_at_the_story_measure(extractor, text, hit_back):
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert any(e.trigger.startswith("hit") and e.event_type == "impose" for e in events) is hit_back


def test_spans_are_filed_under_their_sentence():
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words="EU duties rise . China files a case . Talks end".split(),
               sent_starts=[True, False, False, False, True, False, False, False, False, True, False])
    doc.spans["trade_measures"] = [doc[1:2], doc[7:8], doc[9:10]]
    doc.spans["trade_actors"] = [doc[0:1], doc[4:5]]
    index = spans_by_sentence(doc, ("trade_measures", "trade_actors", "trade_dates"))
    sents = list(doc.sents)
    assert [[s.text for s in spans_in(index["trade_measures"].get(sent.start, []), sent)] for sent in sents] == [["duties"], ["case"], ["Talks"]]
    assert [s.text for s in index["trade_actors"][sents[1].start]] == ["China"]
    assert index["trade_dates"] == {}


@pytest.mark.parametrize(
    "text, event_type, actor, target, modality",
    [
        ("Tanzania banned Kenyan milk in May. Nairobi has asked Dodoma to lift the milk ban.", "lift", ["TZA"], ["KEN"], "requested"),
        ("Canada has urged Beijing to scrap its tariffs on Canadian canola.", "lift", ["CHN"], ["CAN"], "requested"),
        ("Dhaka asked New Delhi to exempt Bangladesh from the onion export duty.", "exempt", ["IND"], ["BGD"], "requested"),
        ("Steelmakers urged the European Commission to impose duties on Chinese steel.", "impose", ["EU"], ["CHN"], "requested"),
        ("Exporters in Japan and South Korea have asked New Delhi to exclude their high-grade steel from the safeguard duty.",
         "exempt", ["IND"], ["JPN", "KOR"], "requested"),
        ("Steel producers in South Korea, India and Turkey have asked Brussels to raise their quotas.", "lift", ["EU"], ["IND", "KOR", "TUR"],
         "requested"),
        ("Vietnam asked the WTO to set up a panel to examine duties that Mexico's economy ministry imposed on Vietnamese steel.",
         "dispute", ["VNM"], ["MEX"], "asserted"),
        ("The EU has asked the WTO Dispute Settlement Body to establish a panel on Chinese export curbs.", "dispute", ["EU"], ["CHN"], "asserted"),
        ("Farm groups urged Ottawa to take the dispute with Washington to the WTO.", "dispute", ["CAN"], ["USA"], "requested"),
        ("The United States demanded that Tokyo remove its quota on beef imports.", "lift", ["JPN"], ["USA"], "requested"),
        ("Washington is insisting that the EC comply with the GATT ruling and cut export subsidies on pasta.", "lift", ["EU"], ["USA"],
         "requested"),
        ("Seoul is choosing the items on which the U.S. wants it to cut import tariffs.", "lift", ["KOR"], ["USA"], "requested"),
        # the request shares its subject with another verb
        ("China's commerce ministry criticised the Vietnamese duties and urged Hanoi to scrap them.", "lift", ["VNM"], ["CHN"],
         "requested"),
        ("China's commerce ministry said it firmly opposes the Vietnamese duties and urged Hanoi to scrap them.", "lift", ["VNM"],
         ["CHN"], "requested"),
        # a passive request: someone else lifts
        ("Washington imposed sanctions on Japan in April. Tokyo will request that the sanctions be lifted soon.", "lift", ["USA"],
         ["JPN"], "requested"),
    ],
)
def test_who_asks_and_who_is_asked(extractor, text, event_type, actor, target, modality):
    ev = [e for e in events_of(extractor, text) if e.event_type == event_type]
    assert ev, [(e.event_type, e.trigger) for e in events_of(extractor, text)]
    assert (ev[-1].actor, ev[-1].target, ev[-1].modality) == (actor, target, modality)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Australia removed tariffs on British cars, while Britain eliminated its duties on Australian wine "
         "and will phase out levies on beef over 10 years.", ["GBR"]),
        ("Under the deal, Tokyo will open its rice market and Washington cut its tariff on Japanese cars and will scrap duties on trucks.",
         ["USA"]),
        ("Canada kept its surtax on Chinese steel but the United States lowered its duties on Mexican tomatoes "
         "and suspended the quota on sugar.", ["USA"]),
    ],
)
def test_a_verb_in_coordination_shares_its_subject(extractor, text, actor):
    assert events_of(extractor, text)[-1].actor == actor


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Seoul filed a complaint against duties that Mexico's Ministry of Economy imposed on Korean steel pipes.", ["MEX"], ["KOR"]),
        ("Beijing condemned the duties that India's finance ministry imposed on Chinese aluminium foil.", ["IND"], ["CHN"]),
    ],
)
def test_the_owner_of_the_subject_acts(extractor, text, actor, target):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert ev and (ev[0].actor, ev[0].target) == (actor, target), [(e.event_type, e.actor, e.target) for e in events_of(extractor, text)]


@pytest.mark.parametrize(
    "text, products",
    [
        ("Kenya imposed a 25 percent duty on rice from Tanzania, retaliating against Dodoma's ban on Kenyan milk.", ["rice"]),
        ("Ankara imposed tariffs on U.S. walnuts and almonds in response to the U.S. duties on steel.", ["almond", "walnut"]),
        ("China opened an anti-dumping probe into Canadian canola after Ottawa's surtax on electric vehicles.", ["canola"]),
        ("India raised duties on gold in retaliation for U.S. tariffs on shrimp.", ["gold"]),
    ],
)
def test_goods_of_a_measure_cited_as_the_cause_are_not_the_events(extractor, text, products):
    ev = [e for e in events_of(extractor, text) if e.event_type in ("impose", "investigate")]
    assert ev and sorted(ev[0].products) == products, [(e.event_type, e.products) for e in events_of(extractor, text)]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Tariffs on farm goods were discussed. A study of farm subsidies by the Paris-based Organisation for Economic Cooperation and "
         "Development was published on Tuesday.", "negotiate"),
    ],
)
def test_a_trigger_word_inside_a_capitalised_name_is_no_event(extractor, text, absent):
    assert absent not in [e.event_type for e in events_of(extractor, text)]


def test_a_named_agreement_still_reports_its_deal(extractor):
    text = ("The EU-Mexico Modernised Global Agreement, which cuts tariffs on cars, was concluded in January, "
            "the trade commissioner said.")
    assert "agree" in [e.event_type for e in events_of(extractor, text)]


@pytest.mark.parametrize(
    "text, products",
    [
        ("Washington imposed 300 mln dlrs worth of tariffs on Japanese computers and television sets on April 17.", ["computer", "television"]),
        ("The EC launched an investigation into allegations of dumping by Japanese semiconductor makers.", ["semiconductor"]),
    ],
)
def test_amounts_and_allegations_are_no_products(extractor, text, products):
    ev = events_of(extractor, text)[0]
    assert sorted(ev.products) == products


@pytest.mark.parametrize(
    "text, parties",
    [
        ("The Japanese trade minister will visit Washington next week for talks on semiconductor tariffs.", ["JPN", "USA"]),
        ("Washington imposed tariffs on Japanese chips last week. Prime Minister Nakasone said he hopes his visit to Washington "
         "next week will help resolve Japan's trade problems with the United States.", ["JPN", "USA"]),
        ("Washington imposed tariffs on Japanese chips last week. The U.S. Commerce Secretary will be making a two-day visit to Japan "
         "from Monday.", None),
    ],
)
def test_a_visit_tied_to_trade_is_talks(extractor, text, parties):
    talks = [e for e in events_of(extractor, text) if e.event_type == "negotiate"]
    assert ([talks[0].actor] if talks else [None]) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo said Japan might retaliate against U.S. products as a result of the semiconductor dispute.",
        "Washington threatened sanctions against Japan over its failure to honour the chip pact.",
    ],
)
def test_goods_that_only_name_a_conflict_are_no_products(extractor, text):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert ev and ev[0].products == []


def test_goods_of_the_measure_stay_beside_a_named_conflict(extractor):
    ev = events_of(extractor, "Amid the semiconductor dispute, Washington imposed tariffs on Japanese televisions.")[0]
    assert ev.products == ["television"]


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("Under the pact, Mercosur will phase out tariffs on 91% of EU exports.", "lift", ["ARG", "BRA", "PRY", "URY"], ["EU"]),
        ("The European Union and Mercosur signed a free trade agreement on Friday.", "agree", ["ARG", "BRA", "EU", "PRY", "URY"], []),
        ("Iran will cut tariffs on goods from the Eurasian Economic Union.", "lift", ["IRN"], ["ARM", "BLR", "KAZ", "KGZ", "RUS"]),
    ],
)
def test_a_bloc_acts_through_its_members(extractor, text, event_type, actor, target):
    ev = [e for e in events_of(extractor, text) if e.event_type == event_type]
    assert ev and (ev[0].actor, ev[0].target) == (actor, target), [(e.event_type, e.actor, e.target) for e in events_of(extractor, text)]


def test_adding_that_reports_speech(extractor):
    text = ("\"The weaker yen is finally doing its job,\" said an economist at a Tokyo brokerage, adding that tariffs and other "
            "barriers matter less for exporters than currency swings.")
    assert [e.event_type for e in events_of(extractor, text) if e.event_type == "impose"] == []


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("The White House said high U.S. tariffs on Japanese electronic goods would be imposed on April 17, despite an all-out effort "
         "by Japan to avoid them.", ["USA"], ["JPN"]),
        ("India imposed duties on Korean resin in 2022 following an investigation by India's Directorate General of Trade Remedies.",
         ["IND"], ["KOR"]),
        ("A move by Washington to raise tariffs on Chinese steel angered Beijing.", ["USA"], ["CHN"]),
    ],
)
def test_by_names_the_actor_only_of_the_measure_or_its_action(extractor, text, actor, target):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert ev and (ev[0].actor, ev[0].target) == (actor, target), [(e.event_type, e.actor, e.target) for e in events_of(extractor, text)]


def test_a_bare_retaliation_names_no_instrument(extractor):
    text = "Washington imposed tariffs on Japanese chips last week. Tokyo said it might retaliate against U.S. goods."
    ev = [e for e in events_of(extractor, text) if e.trigger.startswith("retaliat")]
    assert ev and ev[0].measure is None and ev[0].actor == ["JPN"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OTTAWA - Canada plans to monitor steel shipments flowing in and out of the country.", [("impose", "other", ["CAN"], "planned")]),
        ("The EU will monitor imports of Chinese steel from next month.", [("impose", "other", ["EU"], "planned")]),
        ("Tokyo said Japanese chipmakers are monitoring exports to third countries.", []),
    ],
)
def test_a_government_monitoring_trade_flows_is_a_measure(extractor, text, expected):
    got = [(e.event_type, e.measure, e.actor, e.modality) for e in events_of(extractor, text) if e.event_type == "impose"]
    assert got == expected


def test_a_date_naming_another_noun_is_not_the_events(extractor):
    text = ("Washington imposed tariffs on Japanese chips. U.S. and Japanese officials are to meet under the emergency provisions "
            "of a July 1986 semiconductor pact to discuss the tariffs.")
    talks = [e for e in events_of(extractor, text) if e.event_type == "negotiate"]
    assert talks and talks[0].date is None


@pytest.mark.parametrize(
    "text, target",
    [
        ("US sets duties on solar cells from four Southeast Asian nations\nThe Commerce Department set duties on solar cells from "
         "Cambodia, Malaysia, Thailand and Vietnam.", ["KHM", "MYS", "THA", "VNM"]),
        ("Mexico raised tariffs on clothing from China, Indonesia and Vietnam. The increase comes on top of duties on cars from the same "
         "countries that took effect earlier this year.", ["CHN", "IDN", "VNM"]),
    ],
)
def test_counted_countries_stand_for_the_list_named_in_the_story(extractor, text, target):
    events = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert events and all(e.target == target for e in events), [(e.trigger, e.target) for e in events]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Duties on solar cells from the four countries rose.", ["KHM", "MYS", "THA", "VNM"]),
        ("Duties on cars from the same countries took effect.", ["CAN", "USA"]),
        ("The pact will cut tariffs between the two countries.", []),  # the parties themselves
        ("Duties on cars from the three countries rose.", []),  # no list of three was named
        ("Talks among the four nations resumed.", []),
    ],
)
def test_counted_countries_resolve_only_to_a_list_of_that_size(sentence, expected):
    doc = spacy.blank("en")(sentence)
    groups = [["KHM", "MYS", "THA", "VNM"], ["CAN", "USA"]]
    assert EventBuilder._counted_group(doc[:], groups) == expected


@pytest.mark.parametrize(
    "text, products",
    [
        ("Washington imposed 100 pct tariffs on Japanese electronic goods.", ["electronic product"]),
        ("Washington imposed tariffs on Japanese consumer electronics.", ["electronics"]),
    ],
)
def test_goods_named_by_their_kind_are_products_of_that_kind(extractor, text, products):
    assert events_of(extractor, text)[0].products == products


@pytest.mark.parametrize(
    "text, event_type, products",
    [
        ("Manila banned rice imports. Vietnam, which supplies about four-fifths of the country's rice imports, said it would seek "
         "talks with Manila on the matter.", "negotiate", []),
        ("Beijing suspended sorghum imports last year. Washington has long pressed Nairobi to open its market to American corn, "
         "including during free trade talks launched in 2020.", "negotiate", []),
        ("Washington raised tariffs on Japanese goods. Tamura is due to visit Washington next month for trade talks with Commerce "
         "Secretary Malcolm Baldrige on semiconductors and auto parts.", "negotiate", ["semiconductor", "auto part"]),
        ("Washington cut its tariffs on Japanese cars. Under the trade deal, Japan also agreed to buy more American rice, corn and "
         "soybeans.", "agree", ["rice", "corn", "soybean"]),
    ],
)
def test_talks_and_deals_carry_only_the_goods_of_their_own_clause(extractor, text, event_type, products):
    events = [e for e in events_of(extractor, text) if e.event_type == event_type]
    assert events and events[-1].products == products, [(e.event_type, e.trigger, e.products) for e in events_of(extractor, text)]


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        ("The GATT panel ruled against the EC subsidies on pasta.", "dispute", ["WTO"]),
        ("Ministers prepared for the current round of GATT negotiations on farm subsidies, New Zealand's trade minister said.",
         "negotiate", ["NZL", "WTO"]),
    ],
)
def test_gatt_is_the_wto_of_old_copy(extractor, text, event_type, actor):
    ev = [e for e in events_of(extractor, text) if e.event_type == event_type]
    assert ev and ev[0].actor == actor, [(e.event_type, e.actor) for e in events_of(extractor, text)]


def test_the_uruguay_round_is_no_country(extractor):
    events = events_of(extractor, "Trade ministers met in Geneva to review the Uruguay Round talks on farm tariffs.")
    assert all("URY" not in e.actor for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "In coarse grains, Japan's subsidies reached 107.1 pct compared with 27.9 pct for the EC and 13.1 pct for the U.S.",
        "Japan's beef subsidy was 54.9 pct versus 52.7 pct for the EC, the OECD said.",
    ],
)
def test_measure_levels_compared_across_countries_are_statistics(extractor, text):
    assert [e for e in events_of(extractor, text) if e.event_type == "impose"] == []



@pytest.mark.parametrize(
    "text, actor",
    [
        ("Brussels said it would impose safeguard duties on steel to stop a flood of metal diverted after Washington's tariffs.", ["EU"]),
        ("Beijing suspended a broader set of export curbs in November in retaliation for Washington's tariffs.", ["CHN"]),
    ],
)
def test_the_owner_of_a_measure_cited_as_the_cause_does_not_act(extractor, text, actor):
    ev = [e for e in events_of(extractor, text) if e.event_type in ("impose", "lift")]
    assert ev and ev[0].actor == actor, [(e.event_type, e.actor, e.target) for e in events_of(extractor, text)]


@pytest.mark.parametrize(
    "text, actor, target, products",
    [
        ("Beijing opened an investigation into Canada's surtax on Chinese electric vehicles.", ["CHN"], ["CAN"], ["electric vehicle"]),
        ("China's commerce ministry said it had launched a trade barrier investigation into the Mexican tariffs.", ["CHN"], ["MEX"], []),
        ("The Commerce Department opened an anti-dumping investigation into imports of Chinese steel.", ["USA"], ["CHN"], ["steel"]),
    ],
)
def test_an_investigation_into_another_partys_measure_targets_it(extractor, text, actor, target, products):
    ev = only(events_of(extractor, text), "investigate")
    assert (ev.actor, ev.target, ev.products) == (actor, target, products)


@pytest.mark.parametrize(
    "text, actor, target, modality",
    [
        ("Japan agreed to open its rice market to U.S. growers.", ["JPN"], ["USA"], "planned"),
        ("Washington is pressing Taiwan to open its markets wider.", ["TWN"], ["USA"], "requested"),
        ("Japan has not opened its market to U.S. semiconductors.", ["JPN"], ["USA"], "negated"),
        ("South Korea will further open its market to help cut its trade surplus.", ["KOR"], [], "planned"),
        # the market named is its owner's; whoever presses for access gains
        ("The U.S. is pressing for greater access to the Japanese super computer market.", ["JPN"], ["USA"], "requested"),
    ],
)
def test_a_market_opening_is_a_lift_without_an_instrument(extractor, text, actor, target, modality):
    ev = only(events_of(extractor, text), "lift")
    assert (ev.actor, ev.target, ev.measure, ev.modality) == (actor, target, None, modality)


def test_an_open_market_committee_is_no_trade_event(extractor):
    assert events_of(extractor, "The Fed's open market committee met on Tuesday to discuss interest rates.") == []


@pytest.mark.parametrize(
    "text, published, date",
    [
        ("Sri Lanka will allow imports of cars from Feb. 1, ending a ban imposed in March 2020, the ministry said.", "2025-01-14", "2020-03"),
        ("The ministry said it would exempt two Japanese makers from anti-dumping duties imposed in March on phenol from Japan.",
         "2024-06-20", "2024-03"),
    ],
)
def test_a_participle_reports_its_own_past_action(extractor, text, published, date):
    ev = only(events_of(extractor, text, published), "impose")
    assert (ev.trigger, ev.date, ev.modality) == ("imposed", date, "asserted")


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Washington imposed tariffs on Japanese cars. Chrysler Canada Ltd said it signed a deal to import 100,000 Mitsubishi cars.", "CAN"),
        ("Washington imposed tariffs on steel imports, Korea Electric Power Corp said.", "KOR"),
    ],
)
def test_a_country_inside_a_company_name_is_no_actor(extractor, text, absent):
    events = events_of(extractor, text)
    assert events and absent not in {c for e in events for c in e.actor + e.target}


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("China's commerce ministry opened an anti-dumping investigation into Canadian canola on Tuesday, days after Ottawa "
         "slapped a 100% surtax on Chinese electric vehicles. The ministry also said it would launch an investigation into "
         "Canada's measures.", "investigate", ["CHN"], ["CAN"]),
        ("The U.S. Commerce Department imposed duties on Vietnamese tires on Monday, a week after Hanoi raised tariffs on U.S. pork. "
         "The department also said it would open a probe into Thai tires.", "investigate", ["USA"], ["THA"]),
        ("India's finance ministry raised import duties on gold on Friday, after Pakistan banned cotton exports to India. "
         "The ministry said the higher duties on gold would take effect on Monday.", "impose", ["IND"], []),
        # a bare capitalised "the Commission" in a story naming the EU is the European Commission …
        ("The EU imposed duties on Chinese solar panels on Tuesday, and Beijing's commerce ministry opened a probe into European "
         "wine on Wednesday. The Commission opened its anti-dumping investigation into the panels in September.",
         "investigate", ["EU"], []),
        # … until another commission is seen acting
        ("The EU imposed duties on Chinese steel. The U.S. International Trade Commission ruled on Monday that imports of "
         "Canadian lumber injured U.S. mills. The commission said it would open a probe into Mexican tomatoes.",
         "investigate", ["USA"], ["MEX"]),
    ],
)
def test_the_ministry_is_the_one_that_acted_before(extractor, text, event_type, actor, target):
    last = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type][-1]
    assert (last.actor, last.target) == (actor, target)


@pytest.mark.parametrize("qualifier, measure", [("an anti-discrimination", None), ("a trade barrier", "other"), ("a national security", None)])
def test_a_probe_of_another_kind_is_no_trade_remedy(extractor, qualifier, measure):
    text = (f"China opened an anti-dumping probe into Canadian canola. Beijing also said it would launch {qualifier} "
            "investigation into Canada's measures.")
    probes = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "investigate"]
    assert [(e.measure, e.target) for e in probes] == [("anti_dumping", ["CAN"]), (measure, ["CAN"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two triggers of one probe: one event, with the target either names
        ("The EU imposed duties on Chinese solar panels. The Commission is separately investigating whether Chinese makers of "
         "solar panels receive state subsidies, a probe that could lead to more duties.", [("investigate", "asserted", ["CHN"])]),
        # a measure characterised by a copula is no second action
        ("Japan imposed export controls on South Korea. Tokyo says it imposed the controls under GATT Article XXI and "
         "has denied that they are retaliation.", [("impose", "asserted", ["KOR"])]),
    ],
)
def test_one_sentence_one_event_per_action(extractor, text, expected):
    last = list(extractor.extract(text, doc_id="t", published=PUB))
    second = [e for e in last if e.span[0] > 0 and e.event_type == expected[0][0]]
    assert [(e.event_type, e.modality, e.target) for e in second] == expected


@pytest.mark.parametrize(
    "second, same",
    [
        ({"target": []}, True),  # a trigger that names no target adds nothing: the same probe
        ({"target": ["CHN"]}, True),
        ({"target": ["VNM"]}, False),  # another target, another event
    ],
)
def test_triggers_of_one_type_report_one_event_unless_they_differ(second, same):
    from extractor.events import EventBuilder
    from extractor.records import Event

    base = {"doc_id": "t", "event_type": "investigate", "sentence": "s", "span": (0, 1), "trigger": "probe", "actor": ["EU"]}
    first = Event(**base, target=["CHN"])
    other = Event(**{**base, "trigger": "investigating", **second})
    assert EventBuilder._same_event(other, first) is same
    assert EventBuilder._same_event(first, other) is same


def test_a_denied_trigger_with_its_own_target_is_another_event():
    from extractor.events import EventBuilder
    from extractor.records import Event

    base = {"doc_id": "t", "event_type": "exempt", "sentence": "s", "span": (0, 1), "trigger": "exempted", "actor": ["AUS"]}
    granted = Event(**base)
    refused = Event(**{**base, "trigger": "exemption", "modality": "negated", "target": ["CHN"]})
    assert not EventBuilder._same_event(refused, granted)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a government's boycott or blockade is a sanction …
        ("Qatar files WTO complaints against Saudi Arabia, UAE and Bahrain over trade boycott", [("dispute", "sanction")]),
        ("Qatar challenged at the WTO the trade blockade imposed by Saudi Arabia and Bahrain.", [("dispute", "sanction"), ("impose", "sanction")]),
        # … but a boycott of parliament, or people boycotting goods, is none
        ("Japan raised tariffs on U.S. beef. The budget has been delayed by an opposition boycott of parliament.", []),
        ("Tokyo imposed export curbs on South Korea. South Korean consumers started a boycott of Japanese beer.", []),
        ("Beijing imposed tariffs on Japanese cars. Chinese shoppers shunned Japanese goods and activists called for a boycott.", []),
    ],
)
def test_a_boycott_is_a_sanction_when_an_authority_imposes_it(extractor, text, expected):
    events = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.span[0] > 0 or ". " not in text]
    assert [(e.event_type, e.measure) for e in events] == expected


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [
        ("Japan strips Russia of most-favoured-nation trade status", "impose", ["JPN"], ["RUS"]),
        ("Japan's parliament on Wednesday approved legislation revoking Russia's most-favoured-nation trade status.",
         "impose", ["JPN"], ["RUS"]),
        ("The United States suspended Russia's normal trade relations status in April.", "impose", ["USA"], ["RUS"]),
        ("President Donald Trump ended duty-free access for $5.6 billion of Indian exports under the GSP.", "impose", ["USA"], ["IND"]),
        # granting or restoring a preference lowers the tariff
        ("Washington restored duty-free access for Ethiopian goods under AGOA.", "lift", ["USA"], ["ETH"]),
        ("The European Union on Friday restored Sri Lanka's access to its GSP+ trade scheme.", "lift", ["EU"], ["LKA"]),
        ("The European Commission proposed the restoration of Sri Lanka's GSP+ preferences in January.", "lift", ["EU"], ["LKA"]),
        ("Washington reinstated Ukraine's duty-free access under the GSP programme.", "lift", ["USA"], ["UKR"]),
        ("President Clinton today renewed China's most-favoured-nation trade status for another year.", "lift", ["USA"], ["CHN"]),
        ("Washington extended Ukraine's duty-free access under the GSP programme for three years.", "lift", ["USA"], ["UKR"]),
    ],
)
def test_taking_away_a_trade_preference_raises_the_tariff(extractor, text, event_type, actor, target):
    ev = only(events_of(extractor, text, "2022-04-21"), event_type)
    assert (ev.measure, ev.actor, ev.target) == ("tariff", actor, target)


@pytest.mark.parametrize(
    "remedy_sentence",
    [
        "The EU inserted a safeguard clause allowing it to reimpose tariffs if imports surge.",
        "\"We will not hesitate to use the safeguard if needed,\" the trade commissioner said.",
    ],
)
def test_a_remedy_that_is_only_a_clause_or_a_condition_gives_no_kind_to_other_duties(extractor, remedy_sentence):
    text = ("A free trade agreement between the EU and South Korea took effect on Friday. " + remedy_sentence
            + " Under the deal, the EU will phase out its 10 percent tariff on Korean cars over five years.")
    lifts = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "lift"]
    assert [e.measure for e in lifts] == ["tariff"]


@pytest.mark.parametrize(
    "text, event_type, actor, modality",
    [
        ("India raised import duties on U.S. almonds in retaliation for Washington's refusal to exempt it from levies on steel.",
         "exempt", ["USA"], "negated"),
        ("Canberra criticised Beijing's decision to impose duties on Australian barley.", "impose", ["CHN"], None),
        ("The EU condemned Washington's move to raise tariffs on European steel.", "impose", ["USA"], None),
    ],
)
def test_the_owner_of_a_decision_to_act_is_the_actor(extractor, text, event_type, actor, modality):
    ev = only(events_of(extractor, text), event_type)
    assert ev.actor == actor
    assert modality is None or ev.modality == modality


def test_a_refused_action_does_not_become_the_story_actor(extractor):
    text = ("India retaliates against U.S. with higher tariffs on almonds, walnuts\n"
            "NEW DELHI, June 16 (Wire) - India raised import duties on 28 U.S. products including almonds and walnuts from Sunday "
            "in retaliation for Washington's refusal to exempt it from higher levies on steel and aluminium.\n"
            "The duty on walnuts rises to 120 percent from 30 percent, according to a finance ministry notification.")
    last = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"][-1]
    assert last.actor == ["IND"]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("India hits back at U.S. with higher tariffs on almonds, apples, walnuts", ["IND"], ["USA"]),
        ("China struck back at Washington with tariffs on soybeans.", ["CHN"], ["USA"]),
    ],
)
def test_whom_a_counter_measure_hits_back_at_is_its_target(extractor, text, actor, target):
    ev = only(events_of(extractor, text), "impose")
    assert (ev.actor, ev.target, ev.retaliatory) == (actor, target, True)


def test_a_rate_hanging_on_the_trigger_counts_past_an_apposition(extractor):
    text = ("Beijing will lower the combined duties on Canadian canola seed, a trade worth about C$4 billion in 2024, "
            "to about 15 percent from roughly 85 percent by March 1.")
    ev = only(events_of(extractor, text, "2026-01-16"), "lift")
    assert sorted(r.value for r in ev.rates) == [15.0, 85.0]


@pytest.mark.parametrize(
    "text",
    [
        "China imposed an anti-dumping deposit of 75.8 percent on Canadian canola seed, a move Ottawa called retaliation for its levies.",
        "China imposed an anti-dumping deposit of 75.8 percent on Canadian canola seed, which Ottawa described as retaliation.",
    ],
)
def test_a_measure_named_as_retaliation_is_no_second_action(extractor, text):
    assert [e.event_type for e in events_of(extractor, text)] == ["impose"]


@pytest.mark.parametrize(
    "text, event_type, actor",
    [
        ("Beijing, in turn, will lower its duties on Canadian canola seed to 15 percent.", "lift", ["CHN"]),
        # "it" in a clause of its own is the subject named before
        ("Beijing, in turn, will lower its duties on Canadian canola seed to 15 percent by March 1, and will lift tariffs "
         "on lobsters and peas that it imposed last March in retaliation for the EV surtax.", "impose", ["CHN"]),
    ],
)
def test_the_subject_behind_an_aside_or_a_pronoun_acts(extractor, text, event_type, actor):
    assert [e.actor for e in events_of(extractor, text, "2026-01-16") if e.event_type == event_type] == [actor]


@pytest.mark.parametrize(
    "text, measure, modality",
    [
        ("The U.S. added 27 Chinese firms to its Entity List. Beijing said it firmly opposes the listings and would take "
         "\"necessary measures\" to protect Chinese companies.", None, "threatened"),
        ("The EU imposed duties on Chinese solar panels. Beijing has said it will take all necessary measures to defend its interests.",
         None, "threatened"),
        # an instrument named beside it is the instrument
        ("The EU imposed duties on Chinese electric vehicles. China said it would take all necessary measures, and state media "
         "reported that Beijing was weighing tariffs on European pork.", "tariff", "threatened"),
    ],
)
def test_a_veiled_counter_measure_is_a_threat_against_whoever_acted(extractor, text, measure, modality):
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"][-1]
    assert (ev.actor, ev.measure, ev.modality, ev.retaliatory) == (["CHN"], measure, modality, True)
    assert ev.target in (["USA"], ["EU"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Poland, Hungary, Slovakia impose own curbs on Ukrainian grain as EU ban expires",
         [("impose", ["HUN", "POL", "SVK"]), ("lift", ["EU"])]),
        ("The EU ban on Ukrainian grain expired on Friday.", [("lift", ["EU"])]),
    ],
)
def test_a_headline_list_acts_together_and_a_measure_lapses_by_itself(extractor, text, expected):
    assert [(e.event_type, e.actor) for e in events_of(extractor, text, "2023-09-16")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # one side agreeing to act is no deal, even beside another party's action
        ("Australia suspends WTO barley case as China agrees to review duties", {"dispute", "investigate"}),
        # two subjects agreeing, or one agreeing with the other, still make one
        ("Japan, Netherlands agree to join U.S. curbs on chipmaking equipment exports to China", {"agree"}),
    ],
)
def test_one_side_agreeing_beside_another_party_is_no_deal(extractor, text, expected):
    assert {e.event_type for e in events_of(extractor, text)} >= expected
    assert ("agree" in {e.event_type for e in events_of(extractor, text)}) == ("agree" in expected)


@pytest.mark.parametrize(
    "text",
    [
        "China agreed to review the duties on Australian barley within three months.",
        "Ottawa will review its tariffs on Chinese electric vehicles next year.",
    ],
)
def test_reviewing_a_measure_is_an_investigation(extractor, text):
    assert only(events_of(extractor, text), "investigate")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a flow that changed after a measure took effect only dates the flow
        ("Colombia imposed tariffs on Panamanian textiles in 2013. Colombian imports of textiles from Panama fell by roughly "
         "a third after the tariffs took effect, trade data show.", []),
        # producers lodging a complaint petition their own authority
        ("The U.S. imposed duties on biodiesel from Argentina. Separately, European biodiesel producers have lodged a complaint "
         "with the European Commission, which is expected to open an anti-dumping investigation.", [("investigate", ["EU"])]),
        # appealing to a government is a plea; appealing to the Appellate Body is a dispute
        ("Washington raised tariffs on Lesotho. Lesotho's trade minister appealed to Washington to help the textile industry.", []),
        ("The WTO ruled against Indian duties. India appealed to the Appellate Body in December.", [("dispute", ["IND"])]),
    ],
)
def test_clauses_that_date_plead_or_petition(extractor, text, expected):
    later = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.span[0] > 0]
    assert [(e.event_type, e.actor) for e in later] == expected


@pytest.mark.parametrize(
    "text, actor",
    [
        ("African exporters lose U.S. duty-free access as AGOA lapses", ["USA"]),
        ("Kenyan exporters lost their U.S. duty-free access last year.", ["USA"]),
    ],
)
def test_losing_a_trade_preference_is_a_tariff_imposed_on_the_loser(extractor, text, actor):
    ev = only(events_of(extractor, text, "2025-10-01"), "impose")
    assert (ev.measure, ev.actor, ev.products) == ("tariff", actor, [])



def test_to_safeguard_rights_names_no_safeguard(extractor):
    text = ("The U.S. added SMIC to the Entity List. China's Ministry of Commerce said it firmly opposed the additions and would "
            "take \"necessary measures\" to safeguard the rights of Chinese firms.")
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose"][-1]
    assert (ev.actor, ev.measure) == (["CHN"], None)


def test_the_ban_after_an_export_ban_is_that_export_ban(extractor):
    text = ("Zimbabwe has banned exports of raw lithium ore. The ban, contained in a statutory instrument gazetted on Tuesday, "
            "prohibits shipments of unprocessed lithium ore without a permit.")
    assert [e.measure for e in extractor.extract(text, doc_id="t", published=PUB)] == ["export_control", "export_control"]


@pytest.mark.parametrize(
    "text, event_type, target",
    [
        ("South Africa imposed a safeguard duty on steel. Developing countries that each account for less than 3 percent of "
         "imports, including Brazil and India, will be exempted from the duty.", "exempt", ["BRA", "IND"]),
        ("Seoul raised tariffs on steel. Shipments of flat steel from mills in Japan and Taiwan were also hit by the duties.",
         "impose", ["JPN", "TWN"]),
    ],
)
def test_a_country_inside_the_passive_subject_is_the_target(extractor, text, event_type, target):
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == event_type][-1]
    assert ev.target == target


@pytest.mark.parametrize(
    "text",
    [
        "CITT finds injury from Chinese aluminum extrusions",
        "The Canadian International Trade Tribunal on Tuesday found that the dumping of aluminum extrusions from China had "
        "caused injury to Canadian producers.",
        "The U.S. International Trade Commission determined that imports of Chinese aluminum extrusions injured U.S. producers.",
        "The Canada Border Services Agency concluded that aluminum extrusions from China had been dumped.",
        "Investigators concluded that Chinese aluminum extrusions benefit from unfair subsidies.",
    ],
)
def test_a_trade_authority_finding_injury_or_dumping_is_a_step_of_its_investigation(extractor, text):
    events = extractor.extract("Provisional duties on the goods took effect in November.\n" + text, doc_id="t", published=PUB)
    ev = only([e for e in events if e.span[0] > 0], "investigate")
    assert ev.target == ["CHN"] and ev.products == ["aluminum extrusion"]
    assert ev.measure != "subsidy"  # an investigation of subsidies is an anti-subsidy (countervailing) one


def test_a_court_finding_is_no_investigation(extractor):
    text = ("Washington imposed duties on Chinese aluminum extrusions. The Court of International Trade found that the "
            "Commerce Department had miscalculated the dumping margins.")
    assert "investigate" not in {e.event_type for e in extractor.extract(text, doc_id="t", published=PUB)}


@pytest.mark.parametrize(
    "second",
    [
        "Colombia's Trade Ministry said it respected the ruling and would decide how to comply once it had studied the report.",
        "Colombia's Trade Ministry said it was studying the findings of the panel on the textile tariffs.",
    ],
)
def test_a_reaction_to_a_ruling_is_no_new_ruling(extractor, second):
    text = "A WTO panel ruled against Colombian tariffs on Panamanian textiles. " + second
    assert [e.event_type for e in extractor.extract(text, doc_id="t", published=PUB) if e.span[0] > 0] == []


def test_a_ruling_targets_the_owner_of_the_measure_not_the_origin_of_the_goods(extractor):
    ev = only(events_of(extractor, "A WTO panel ruled against Colombian tariffs on Panamanian textiles."), "dispute")
    assert (ev.actor, ev.target) == (["WTO"], ["COL"])


@pytest.mark.parametrize("second", ["Canberra has not ruled out an appeal.", "Australia said it was studying the report and had not ruled out an appeal."])
def test_an_appeal_left_open_in_a_dispute_story_is_threatened(extractor, second):
    text = "A WTO panel faulted Australian duties on Indonesian paper. " + second
    ev = only([e for e in extractor.extract(text, doc_id="t", published=PUB) if e.span[0] > 0], "dispute")
    assert (ev.actor, ev.modality) == (["AUS"], "threatened")


def test_a_safeguard_probe_requested_by_home_producers_targets_no_one(extractor):
    text = ("Egypt has imposed provisional safeguard duties of 15 percent on imported steel billets. The ministry opened the "
            "safeguard investigation in October at the request of Egyptian steelmakers, who said cheap shipments from Turkey, "
            "Ukraine and China had depressed prices.")
    ev = only(extractor.extract(text, doc_id="t", published=PUB), "investigate")
    assert (ev.actor, ev.target) == (["EGY"], [])


def test_an_export_ban_takes_no_target_from_an_import_measure_before_it(extractor):
    text = ("Egypt imposed safeguard duties on steel billets from Turkey and Ukraine. Egypt also extended for another year a "
            "ban on exports of steel scrap, the ministry said.")
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.measure == "export_control"][-1]
    assert (ev.actor, ev.target) == (["EGY"], [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure restated in a relative clause with its own past date is its own event
        ("Egypt raised tariffs on steel. Egypt also extended for another year a ban on exports of steel scrap that it first "
         "introduced in 2017, the ministry said.", [("extended", None), ("introduced", "2017")]),
        ("The EU imposed duties on Chinese steel. The duties, which the Commission first applied on a provisional basis in "
         "January, are the bloc's largest trade action against China.", [("applied", "2019-01")]),
        ("Poland banned Ukrainian grain. The EU measure, introduced in May to placate farmers, expired on Friday.",
         [("introduced", "2019-05"), ("expired", "2019-05-17")]),  # (and its lapse is a lift)
        # applying a duty is imposing it, but not "as it applies to" another act's scope
        ("India currently applies duties of up to 150 percent on European wine.", [("applies", None)]),
        ("Canada imposed duties on Chinese doors. The tribunal rescinded the order as it applies to subsidized doors.",
         [("rescinded", None)]),
        ("The EC raised its cereals levy. A court case contests the legality of the regulation applying the levy to feed grain.", []),
        ("Washington exempted smartphones from its tariffs. The exclusion also applies to the 125 percent tariff on Chinese imports.",
         []),
    ],
)
def test_restated_measures_with_their_own_clause(extractor, text, expected):
    later = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.span[0] > 0 or ". " not in text]
    assert [(e.trigger, e.date) for e in later if e.event_type in ("impose", "lift")] == expected


@pytest.mark.parametrize(
    "text, products, target",
    [
        ("Egypt imposed a safeguard duty on rebar in 2017, and it expired last year.", ["rebar"], []),
        ("India introduced anti-dumping duties on Chinese glass in 2015; they lapsed in 2020.", ["glass"], ["CHN"]),
        ("Turkey levied extra duties on U.S. rice in 2018, but they expired in March.", ["rice"], ["USA"]),
    ],
)
def test_a_measure_that_lapses_as_it_is_its_own_lift_with_its_goods(extractor, text, products, target):
    """ "imposed a duty on rebar in 2017, and it expired last year": the pronoun is the measure, which lapses."""
    lifts = [e for e in events_of(extractor, text, "2019-06-01") if e.event_type == "lift"]
    assert [(e.products, e.target) for e in lifts] == [(products, target)]


@pytest.mark.parametrize(
    "text, actor, modality",
    [
        ("Russia raised import duties on used cars. Japan has asked Moscow to reconsider the increase.", ["RUS"], "requested"),
        ("Brazil raised tariffs on Chinese steel. China's commerce ministry urged Brasilia to reconsider the increases.",
         ["BRA"], "requested"),
        ("India doubled duties on U.S. almonds. Washington called on New Delhi to rethink the tariffs.", ["IND"], "requested"),
    ],
)
def test_asking_a_government_to_reconsider_its_measure_requests_a_lift(extractor, text, actor, modality):
    """ "asked Moscow to reconsider the increase": a request to take the measure back."""
    lifts = [e for e in events_of(extractor, text, "2019-06-01") if e.event_type == "lift"]
    assert [(e.actor, e.modality) for e in lifts] == [(actor, modality)]


def test_a_government_reconsidering_its_position_lifts_nothing(extractor):
    text = "China imposed tariffs on Australian wine. The ministry said it would reconsider its position on the talks."
    assert [e.event_type for e in events_of(extractor, text, "2019-06-01")] == ["impose"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("EU adopts 11th sanctions package against Russia", [("impose", "sanction", ["EU"], ["RUS"])]),
        ("European Union governments on Friday formally adopted an 11th package of sanctions against Russia.",
         [("impose", "sanction", ["EU"], ["RUS"])]),
        ("EU ambassadors agreed new sanctions on Belarus on Wednesday.", [("impose", "sanction", ["EU"], ["BLR"])]),
        ("The Australian parliament approved anti-dumping duties on Chinese steel.",
         [("impose", "anti_dumping", ["AUS"], ["CHN"])]),
        # what is agreed or approved must be a measure
        ("The two sides agreed a trade deal with Chile on Friday.", [("agree", None, ["CHL"], [])]),
        ("The Indonesian cabinet approved a new budget for 2024, the ministry said.", []),
    ],
)
def test_adopting_or_agreeing_a_measure_imposes_it(extractor, text, expected):
    """ "adopted an 11th package of sanctions", "ambassadors agreed new sanctions": a measure adopted, no deal."""
    events = events_of(extractor, text, "2023-06-23")
    assert [(e.event_type, e.measure, e.actor, e.target) for e in events][:len(expected) or None] == expected


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The UAE's trade deal with India, which Abu Dhabi signed in February, entered into force on May 1.", ["ARE", "IND"]),
        ("Nigeria closed its borders. The dispute has cast a shadow over the African Continental Free Trade Area, which Nigeria "
         "signed in July.", ["NGA"]),
    ],
)
def test_a_deal_signed_in_a_relative_clause_is_its_own_agreement(extractor, text, actor):
    signed = [e for e in events_of(extractor, text, "2023-06-23") if e.event_type == "agree" and e.trigger == "signed"]
    assert [e.actor[:len(actor)] if len(actor) > 1 else [c for c in e.actor if c in actor] for e in signed] == [actor]


@pytest.mark.parametrize(
    "text, target, measure",
    [
        ("The EU imposed sanctions on Russia. A Kremlin spokesman said Moscow would respond to the new measures.", ["EU"], None),
        ("Japan imposed sanctions on Russia. Moscow has said it will respond to Japan's sanctions.", ["JPN"], None),
        ("Russia banned food imports from the EU. The Commission said it reserved the right to respond.", ["RUS"], None),
        ("Washington raised tariffs on Chinese goods. Beijing vowed to respond.", ["USA"], None),
        ("Washington raised tariffs on Chinese goods. Beijing said it would respond with tariffs on U.S. soybeans.", ["USA"], "tariff"),
    ],
)
def test_a_government_that_will_respond_threatens_a_counter_measure(extractor, text, target, measure):
    """ "Moscow would respond to the new measures": a threatened, retaliatory impose against whoever acted."""
    ev = [e for e in events_of(extractor, text, "2023-06-23") if e.trigger.startswith("respond")]
    assert [(e.event_type, e.target, e.measure, e.modality, e.retaliatory) for e in ev] == [("impose", target, measure, "threatened", True)]


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions on Russia. The Russian foreign ministry did not respond to a request for comment.",
        "The EU imposed sanctions on Russia. The ministry did not immediately respond to requests for comment on Friday.",
        "Japan imposed sanctions on Russia. China's foreign ministry said it would respond to questions later.",
        "Japan imposed sanctions on Russia. Exporters were slow to respond.",
    ],
)
def test_responding_to_a_request_for_comment_is_no_counter_measure(extractor, text):
    assert not [e for e in events_of(extractor, text, "2023-06-23") if e.trigger.startswith("respond")]


def test_a_denied_measure_beside_a_threat_is_its_own_event(extractor):
    text = ("The EU imposed sanctions on Russia. A Kremlin spokesman said Moscow would respond to the new measures but had no "
            "plans to restrict exports of natural gas.")
    russian = [e for e in events_of(extractor, text, "2023-06-23") if e.actor == ["RUS"]]
    assert [(e.measure, e.modality) for e in russian] == [(None, "threatened"), ("export_control", "negated")]


@pytest.mark.parametrize(
    "text, lift_date, impose_date",
    [
        ("Trump Delays Tariffs on Chinese Cellphones, Laptops to Dec. 15", None, "2019-12-15"),
        ("The U.S. raised tariffs on China. Trump told reporters that he was delaying the duties so that they would not hurt "
         "shoppers.", None, None),
        ("India postponed retaliatory tariffs on U.S. almonds until Sept. 1, the finance ministry said on Friday.",
         "2019-08-09", "2019-09-01"),
    ],
)
def test_a_delayed_measure_is_a_planned_lift_and_a_planned_impose(extractor, text, lift_date, impose_date):
    """EVENT_SCHEMA: "A delay of a planned tariff is lift (planned) plus the original impose (planned)"."""
    events = [e for e in events_of(extractor, text, "2019-08-14") if e.event_type in ("lift", "impose") and e.modality == "planned"]
    assert sorted((e.event_type, e.date) for e in events) == [("impose", impose_date), ("lift", lift_date)]


def test_a_delayed_talk_is_no_measure(extractor):
    text = "China imposed tariffs on U.S. soybeans. The EU postponed the launch of talks with Chile."
    assert [e.event_type for e in events_of(extractor, text, "2019-08-14")] == ["impose"]


@pytest.mark.parametrize(
    "text, actor, measure",
    [
        ("Brazil chicken: China, EU halt imports after first commercial bird flu outbreak", ["CHN", "EU"], "import_ban"),
        ("Egypt lifts ban on ergot-tainted wheat after Russia halts citrus imports", ["RUS"], "import_ban"),
    ],
)
def test_a_headline_flow_stop_the_tagger_took_for_a_noun_is_a_ban(extractor, text, actor, measure):
    """ "China, EU halt imports": "halt" tagged as a noun is still the parties' ban."""
    bans = [e for e in events_of(extractor, text, "2016-09-23") if e.event_type == "impose"]
    assert [(e.actor, e.measure) for e in bans] == [(actor, measure)]


def test_restrictions_named_again_restate_the_storys_ban(extractor):
    text = ("Russia banned citrus imports from Egypt. The restrictions cover citrus shipments worth about 1.5 billion Egyptian "
            "pounds a year, according to Egypt's agriculture ministry.")
    events = events_of(extractor, text, "2016-09-23")
    assert [(e.event_type, e.measure, e.actor, e.target) for e in events] == [("impose", "import_ban", ["RUS"], ["EGY"])] * 2
    assert events[1].trade_value is not None and events[1].trade_value.currency == "EGP"


@pytest.mark.parametrize(
    "text, measure, products",
    [
        ("Argentina caps beef exports at half of 2020 levels.", "export_control", ["beef"]),
        ("Japan will limit imports of U.S. cars to 1.68 million units a year.", "quota", ["car"]),
        ("Kenya lifted its ban on GM food. Kenya had barred imports of genetically modified food since November 2012.",
         "import_ban", ["food"]),
        ("Japan restricted imports of U.S. cars.", "import_ban", ["car"]),
    ],
)
def test_capping_or_barring_a_flow_is_a_measure_on_it(extractor, text, measure, products):
    """ "caps beef exports" (export_control), "limit imports of U.S. cars" (a hard import cap: quota), "barred imports" (a ban)."""
    imposed = [e for e in events_of(extractor, text, "2021-06-22") if e.event_type == "impose"]
    assert [(e.measure, e.products) for e in imposed] == [(measure, products)]


def test_a_quota_limiting_shipments_is_no_second_measure(extractor):
    text = "South Korea was exempted from the steel tariff in exchange for a quota limiting its steel shipments to 70 percent."
    assert not [e for e in events_of(extractor, text, "2018-05-01") if e.trigger.startswith("limit")]


def test_a_measure_in_force_beside_another_clause_is_its_own_event(extractor):
    text = ("Poland, Hungary and Slovakia imposed curbs on Ukrainian grain. Warsaw's ban, which covers wheat and maize, applies "
            "indefinitely, the minister said, while Hungary barred imports of flour and honey.")
    second = [(e.actor, e.trigger) for e in events_of(extractor, text, "2023-09-16") if e.span[0] > 60]
    assert second == [(["POL"], "applies"), (["HUN"], "barred")]


@pytest.mark.parametrize(
    "text",
    [
        "The EU has imposed sanctions on more than 1,800 Russian individuals and entities since Moscow launched its invasion.",
        "Washington imposed sanctions on Turkey's justice and interior ministers over the pastor's detention.",
        "Britain imposed sanctions on Russian oligarchs and banks on Tuesday.",
    ],
)
def test_people_and_banks_under_sanctions_are_no_products(extractor, text):
    events = events_of(extractor, text, "2023-06-23")
    assert [(e.event_type, e.products) for e in events] == [("impose", [])]


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ("Ecuador will impose a 30% tariff on Colombian goods. Quito remained open to talks with Bogota before the tariff takes "
         "effect.", "takes effect", "planned"),
        ("The EU imposed duties on Chinese steel. The duties will apply until the investigation ends.", "duties", "planned"),
        ("The U.S. imposed tariffs on steel. Japan applied for an exemption from the tariffs.", "exemption", "requested"),
    ],
)
def test_a_measure_still_to_come_is_planned_and_applying_is_no_request(extractor, text, trigger, modality):
    """ "before the tariff takes effect": still to come; "the duties will apply until …" is not "applied for"."""
    ev = [e for e in events_of(extractor, text, "2026-01-22") if e.trigger == trigger]
    assert [e.modality for e in ev] == [modality]


def test_two_measures_in_clauses_joined_by_and_are_two_events(extractor):
    text = ("The EU has imposed sanctions on more than 1,800 Russian individuals and entities since Moscow launched its invasion in "
            "February 2022, and its embargo on Russian seaborne crude oil took effect on Dec. 5 that year.")
    events = [e for e in events_of(extractor, text, "2023-06-23") if e.event_type == "impose"]
    assert [(e.trigger, e.products) for e in events] == [("imposed", []), ("took effect", ["crude oil"])]


def test_a_deal_cutting_duties_cuts_tariffs_not_the_storys_trade_remedy(extractor):
    text = ("Australia-India trade pact takes effect, slashing duties on coal, wine\n"
            "Under the pact, India on Thursday cut its tariff on Australian wine to 100% from 150%.\n"
            "Australian winemakers lost their biggest market after China imposed anti-dumping duties of up to 218% on Australian wine in 2021.")
    events = events_of(extractor, text, "2022-12-29")
    assert [(e.event_type, e.measure) for e in events if e.actor == ["IND"]][:2] == [("lift", "tariff"), ("lift", "tariff")]
    assert ("impose", "anti_dumping") in [(e.event_type, e.measure) for e in events if e.actor == ["CHN"]]


@pytest.mark.parametrize(
    "text, actor, target, modality",
    [
        ("The U.S. imposed tariffs on Chinese tires. Beijing did not rule out further retaliation, the spokesman added.",
         ["CHN"], ["USA"], "threatened"),
        ("The U.S. imposed tariffs on Chinese goods. The move drew swift retaliation from Beijing.", ["CHN"], ["USA"], "asserted"),
    ],
)
def test_retaliation_named_as_a_noun_is_a_counter_measure(extractor, text, actor, target, modality):
    ev = [e for e in events_of(extractor, text, "2020-01-01") if e.trigger == "retaliation"]
    assert [(e.actor, e.target, e.modality, e.retaliatory) for e in ev] == [(actor, target, modality, True)]


def test_fear_of_retaliation_is_no_counter_measure(extractor):
    text = "The U.S. imposed tariffs on Chinese goods. Fears of retaliation weighed on markets."
    assert [e.trigger for e in events_of(extractor, text, "2020-01-01")] == ["imposed"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan cut tariffs on U.S. beef under the deal. Japan has also opened a U.S.-only quota for 120,000 tonnes of wheat.",
         ("lift", "quota", ["wheat"])),
        ("Canada announced counter-tariffs on U.S. goods. Ottawa said the first round, covering orange juice and wine, would be put "
         "on hold for 30 days.", ("lift", "tariff", ["orange juice", "wine"])),
        ("The U.S. imposed tariffs on Mexico. Trump put the tariffs on hold for a month.", ("lift", "tariff", [])),
    ],
)
def test_opening_a_quota_and_putting_a_measure_on_hold_are_lifts(extractor, text, expected):
    ev = events_of(extractor, text, "2025-02-04")[-1]
    assert (ev.event_type, ev.measure, ev.products) == expected


def test_a_phase_of_negotiations_is_talks(extractor):
    text = ("Japan cut tariffs on U.S. beef under the deal. The two governments have said they will start a second phase of "
            "negotiations, possibly covering services.")
    assert [(e.event_type, e.modality) for e in events_of(extractor, text, "2020-01-01")][-1] == ("negotiate", "planned")


@pytest.mark.parametrize(
    "text, actor, modality",
    [
        ("China imposed tariffs on U.S. soybeans. The agriculture secretary said the administration was preparing a new round of "
         "aid for American farmers.", ["USA"], "planned"),
        ("The U.S. imposed 50% tariffs on Brazil. President Lula on Wednesday unveiled a 30 billion reais ($5.5 billion) package "
         "of credit lines and tax deferrals for exporters hit by the tariffs.", ["BRA"], "asserted"),
        ("The U.S. imposed tariffs on South African goods. South Africa's government last month set up a support package "
         "offering cheap loans to exporters hit by the U.S. tariffs.", ["ZAF"], "asserted"),
    ],
)
def test_aid_for_trade_hit_producers_is_a_subsidy(extractor, text, actor, modality):
    """GUIDELINES 11: a government aid package for trade-hit sectors is impose/subsidy; its budget is no trade value."""
    aid = [e for e in events_of(extractor, text, "2025-08-14") if e.measure == "subsidy"]
    assert [(e.event_type, e.actor, e.target, e.modality, e.trade_value, e.rates) for e in aid] == [
        ("impose", actor, [], modality, None, [])]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. imposed tariffs on Turkey. Washington also announced $50 million in humanitarian aid for Turkey after the earthquake.",
        "The U.S. imposed tariffs on Turkey. The government unveiled a relief package for flood victims on Monday.",
    ],
)
def test_aid_for_others_is_no_subsidy(extractor, text):
    assert not [e for e in events_of(extractor, text, "2025-08-14") if e.measure == "subsidy"]


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("BANGKOK, Nov. 12 (TNA) - Thailand has requested consultations with the Philippines at the World Trade Organization over "
         "a rice levy that Manila imposed in September, the commerce ministry said on Tuesday.", "consultations", "2025-11-11"),
        ("Beijing imposed the duties on barley in May last year following an 18-month investigation.", "investigation", None),
    ],
)
def test_a_date_of_another_kind_of_event_in_its_own_clause_is_not_this_ones(extractor, text, trigger, date):
    """ "requested consultations over a levy that Manila imposed in September": September is the levy's date."""
    ev = [e for e in events_of(extractor, text, "2025-11-12") if e.trigger == trigger]
    assert [e.date for e in ev] == [date]


@pytest.mark.parametrize(
    "text, measure, target",
    [
        ("EU imposes definitive CVD on Indonesian stainless steel wire, opens circumvention probe into Vietnam route",
         "countervailing", ["IDN"]),
        ("Australia imposes dumping duties on Korean, Indonesian rod in coils", "anti_dumping", ["IDN", "KOR"]),
        ("The U.S. imposed AD duties on Chinese nails.", "anti_dumping", ["CHN"]),
        ("India imposed anti-dumping duties on Chinese glass. Exporters in Bahrain and Egypt were assigned duties of $396 and $745 "
         "per tonne respectively.", "anti_dumping", ["BHR", "EGY"]),
    ],
)
def test_trade_press_names_for_remedies_and_assigned_duties(extractor, text, measure, target):
    """ "CVD", "AD duties", "dumping duties"; "were assigned duties of $396": the remedy and whom it hits."""
    ev = [e for e in events_of(extractor, text, "2024-06-12") if e.event_type == "impose"][-1]
    assert (ev.measure, ev.target) == (measure, target)


def test_a_range_of_specific_duties_gives_both_ends_and_no_trade_value(extractor):
    text = ("India imposed duties on float glass. The duties, which range from $152 to $1,093 per tonne, were recommended in June "
            "by the Directorate General of Trade Remedies.")
    ev = events_of(extractor, text, "2020-08-01")[-1]
    assert [(r.value, r.unit) for r in ev.rates] == [(152.0, "USD/t"), (1093.0, "USD/t")] and ev.trade_value is None


def test_a_rate_assigned_beside_a_range_is_two_rate_statements(extractor):
    text = ("The U.S. imposed anti-dumping duties on solar cells. Rates for Thai exporters ranged from 77.85% to 154.68%, while "
            "most Malaysian producers were assigned rates of 81.24%.")
    second = [e for e in events_of(extractor, text, "2024-11-30") if e.span[0] > 0]
    assert [(e.target, [r.value for r in e.rates]) for e in second] == [(["THA"], [77.85, 154.68]), (["MYS"], [81.24])]


def test_a_headline_verb_tagged_as_a_noun_after_the_party_still_acts(extractor):
    ev = events_of(extractor, "EXPLAINER-China bans gallium, germanium exports to U.S.: what you need to know", "2024-12-04")
    assert [(e.event_type, e.measure, e.actor, e.products) for e in ev] == [
        ("impose", "export_control", ["CHN"], ["gallium", "germanium"])]


def test_a_plural_measure_noun_after_a_party_is_no_headline_verb(extractor):
    assert events_of(extractor, "China's bans on gallium exports worry chipmakers", "2024-12-04") == []


def test_ending_eligibility_for_trade_preferences_raises_the_tariff(extractor):
    text = ("The U.S. imposed tariffs on India. Trump's first administration ended India's eligibility for the Generalized "
            "System of Preferences in June 2019.")
    ev = events_of(extractor, text, "2025-08-28")[-1]
    assert (ev.event_type, ev.measure, ev.actor, ev.target, ev.date) == ("impose", "tariff", ["USA"], ["IND"], "2019-06")


def test_a_sentence_quotes_the_input_across_a_line_wrap(extractor):
    """ `sentence` is exactly `text[span]`, a wrapped line's break included."""
    text = ("Tariffs\nWashington on Friday imposed tariffs of 25 percent\non Chinese steel, officials said.")
    ev = events_of(extractor, text, "2024-06-01")[-1]
    assert ev.sentence == text[ev.span[0]:ev.span[1]] and "\n" in ev.sentence


def test_a_remedy_named_later_does_not_turn_earlier_tariffs_into_it(extractor):
    text = ("Washington raised tariffs on $200 billion of Chinese imports to 25 percent from 10 percent on Friday.\n"
            "Beijing, for its part, opened an anti-dumping investigation into U.S. sorghum in February last year.")
    ev = events_of(extractor, text, "2019-05-17")
    assert [(e.event_type, e.measure) for e in ev] == [("impose", "tariff"), ("investigate", "anti_dumping")]


def test_a_remedy_basis_in_the_sentence_names_the_remedy(extractor):
    text = ("Canada raised duties on U.S. books. President Reagan imposed the 35 pct tariff on Canadian shingles on May 22 under "
            "Section 201 of the 1974 Trade Act.")
    assert [e.measure for e in events_of(extractor, text, "1986-06-02")] == ["tariff", "safeguard"]


def test_hundreds_of_billions_of_goods_name_no_product(extractor):
    text = "The United States and China have slapped tariffs on hundreds of billions of dollars of each other's goods."
    assert {tuple(e.products) for e in events_of(extractor, text, "2019-05-17")} == {()}


def test_an_event_in_a_list_item_takes_the_items_date(extractor):
    text = ("FACTBOX-How the trade war escalated\n- Aug. 23, 2018: A second round of U.S. tariffs, on $16 billion of Chinese "
            "goods, took effect.\n- May 10, 2019: The increase to 25 percent took effect after talks stalled.")
    assert [(e.event_type, e.date) for e in events_of(extractor, text, "2019-05-17")] == [
        ("impose", "2018-08-23"), ("impose", "2019-05-10")]


@pytest.mark.parametrize(
    "text",
    [
        "India imposed anti-dumping duties on Chinese glass. The duties were recommended in June by the Directorate General of "
        "Trade Remedies after it found that dumped imports had injured local makers.",
        "Brazil imposed anti-dumping duties on Chinese PET resin. Decom found dumping margins of 21.4% to 58.9%.",
        "Seoul imposed duties on Chinese steel pipe. The Korea Trade Commission found that dumped imports had caused material injury.",
    ],
)
def test_a_trade_authority_finding_by_name_or_pronoun_is_a_step_of_its_investigation(extractor, text):
    found = [e for e in events_of(extractor, text, "2020-08-01") if e.trigger == "found"]
    assert [e.event_type for e in found] == ["investigate"]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Japan restricted exports of chip materials to South Korea. Officials in Seoul did not rule out retaliatory steps, a "
         "presidential aide said.", ["KOR"], ["JPN"]),
        ("Canada imposed a 100% surtax on Chinese EVs. China's commerce ministry said it would take \"all necessary measures\" to "
         "protect its companies.", ["CHN"], ["CAN"]),
    ],
)
def test_counter_measures_named_as_steps_are_threats_of_whoever_speaks(extractor, text, actor, target):
    ev = events_of(extractor, text, "2024-08-27")[-1]
    assert (ev.actor, ev.target, ev.measure, ev.modality, ev.retaliatory) == (actor, target, None, "threatened", True)


def test_officials_in_a_capital_act_for_it(extractor):
    text = "The U.S. imposed tariffs on Chinese tires. Negotiators from Beijing said they would cut tariffs on U.S. soybeans."
    assert [(e.event_type, e.actor) for e in events_of(extractor, text, "2024-08-27")][-1] == ("lift", ["CHN"])


def test_pushing_back_a_measure_is_a_delay(extractor):
    text = ("India raised duties on 19 items. New Delhi has also pushed back to Nov. 2 the start of retaliatory tariffs on 29 U.S. "
            "goods, including almonds and apples.")
    delayed = [(e.event_type, e.modality, e.date) for e in events_of(extractor, text, "2018-09-27") if e.trigger == "pushed back"]
    assert sorted(delayed, key=str) == [("impose", "planned", "2018-11-02"), ("lift", "planned", None)]


def test_pushing_back_against_a_plan_is_no_delay(extractor):
    text = "China imposed tariffs on U.S. goods. Farm groups pushed back against the plan."
    assert [e.trigger for e in events_of(extractor, text, "2018-09-27")] == ["imposed"]


def test_agreeing_to_keep_talking_is_talks(extractor):
    text = ("UK, EU agree to keep talking past Sunday deadline\nThe EU said tariffs would apply without a deal.")
    assert [(e.event_type, e.actor) for e in events_of(extractor, text, "2020-12-13")][0] == ("negotiate", ["EU", "GBR"])


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The U.S. cut tariffs on Swiss goods. Under the deal, Switzerland agreed to cut tariffs on some U.S. farm products.", "cut"),
        ("The U.S. opened a Section 301 case. China pledged to remove about 90 pct of its import licensing requirements.", "remove"),
        ("EU, Vietnam sign trade deal to scrap nearly all tariffs", "scrap"),
        ("Canada, China strike deal to ease EV and canola tariffs", "ease"),
    ],
)
def test_a_measure_a_party_agrees_to_or_a_deal_is_struck_for_is_planned(extractor, text, trigger):
    ev = [e for e in events_of(extractor, text, "2019-06-30") if e.trigger == trigger and e.actor != ["USA"]]
    assert ev and {e.modality for e in ev} == {"planned"}


def test_refusing_to_agree_to_a_cut_stays_negated(extractor):
    ev = events_of(extractor, "The U.S. raised tariffs on Japanese cars. Japan refused to agree to cut tariffs on rice.", "2019-06-30")
    assert [(e.trigger, e.modality) for e in ev][-1] == ("cut", "negated")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("China banned Brazilian chicken. The minister said he expects Beijing to lift its nationwide ban within weeks.", "lift"),
        ("India banned exports of white rice. Traders expect New Delhi to relax the curbs on white rice in October.", "relax"),
        ("Russia banned Egyptian citrus. \"If our inspectors are satisfied, the restrictions can be lifted quickly,\" a "
         "spokeswoman said.", "lifted"),
    ],
)
def test_a_relief_expected_or_possible_is_planned(extractor, text, trigger):
    ev = [e for e in events_of(extractor, text, "2025-05-19") if e.trigger == trigger]
    assert [e.modality for e in ev] == ["planned"]


def test_a_lower_rate_that_applies_is_a_lift(extractor):
    text = "Japan cut tariffs on British cheese. The lower rates will apply from April, negotiators said."
    assert [(e.event_type, e.trigger) for e in events_of(extractor, text, "2020-10-23")][-1] == ("lift", "apply")


@pytest.mark.parametrize("text", ["Mexico, Canada sign USMCA.", "Mexico and Canada signed the USMCA in November."])
def test_signing_a_named_trade_deal_is_an_agreement(extractor, text):
    assert [(e.event_type, e.actor) for e in events_of(extractor, text, "2020-11-15")] == [("agree", ["CAN", "MEX"])]


def test_signing_a_decree_is_no_agreement(extractor):
    text = "Mexico imposed tariffs on steel. The president signed a decree on Monday."
    assert [e.event_type for e in events_of(extractor, text, "2020-11-15")] == ["impose"]


@pytest.mark.parametrize(
    "text, modality",
    [("India set a minimum export price of $800 a tonne on onions on Friday.", "asserted"),
     ("India is set to impose a minimum export price on onions.", "planned")],
)
def test_a_minimum_export_price_is_an_export_control(extractor, text, modality):
    assert [(e.event_type, e.measure, e.modality) for e in events_of(extractor, text, "2024-09-28")] == [
        ("impose", "export_control", modality)]


def test_a_measure_due_to_expire_is_a_planned_lift(extractor):
    text = ("India imposed duties on glass fibre. Separately, the DGTR said on Tuesday it had initiated a sunset review of "
            "anti-dumping duties on float glass from China, which are due to expire in March next year.")
    lifts = [e for e in events_of(extractor, text, "2020-09-16") if e.event_type == "lift"]
    assert [(e.actor, e.products, e.modality, e.date) for e in lifts] == [(["IND"], ["float glass"], "planned", "2021-03")]


def test_an_offer_due_to_expire_is_no_lift(extractor):
    text = "Japan imposed tariffs on U.S. beef. Japan's offer is due to expire next week."
    assert [e.event_type for e in events_of(extractor, text, "2020-09-16")] == ["impose"]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Ottawa first imposed anti-dumping duties on Chinese wind towers in 2013 and extended them for five more years in 2018.",
         "2020-03-02", [("impose", "imposed", "2013"), ("impose", "extended", "2018")]),
        ("The restrictions, which Tokyo introduced in July 2019 and eased in March 2023, cover three chemicals used to make chips.",
         "2023-06-01", [("impose", "introduced", "2019-07"), ("lift", "eased", "2023-03")]),
        ("Kazakhstan banned wheat exports in April 2022 and has extended the ban twice since.",
         "2022-11-10", [("impose", "banned", "2022-04"), ("impose", "extended", None)]),
    ],
)
def test_a_second_verb_on_the_same_measure_is_a_second_action(extractor, text, published, expected):
    events = events_of(extractor, text, published)
    assert [(e.event_type, e.trigger, e.date) for e in events] == expected
    assert events[0].products == events[1].products and events[0].actor == events[1].actor


@pytest.mark.parametrize(
    "text",
    ["Seoul imposed safeguard duties on washing machines on Friday, and they apply to shipments from all origins.",
     "The EU imposed duties on Chinese bicycles in 1993 and Beijing extended its own curbs on steel in 2001.",
     "The levy takes effect on Monday and applies to hot-rolled coil from all origins."],
)
def test_a_joined_verb_with_its_own_measure_or_scope_is_no_second_action(extractor, text):
    events = events_of(extractor, "Seoul imposed tariffs on steel last year. " + text, "2019-05-17")
    assert not any(e.trigger in ("apply", "applies", "extended") and e.actor == ["EU"] or e.trigger in ("apply", "applies")
                   for e in events)


@pytest.mark.parametrize(
    "text, actor, target, rates",
    [
        ("Ottawa responded to a doubling of U.S. duties on Canadian lumber to 30% by imposing tariffs of 15% on U.S. pork.",
         ["CAN"], ["USA"], [15.0]),
        ("Mexico responded with tariffs on U.S. pork and cheese.", ["MEX"], ["USA"], []),
        ("Beijing hit back with duties on American soybeans.", ["CHN"], ["USA"], []),
    ],
)
def test_a_response_with_a_measure_is_retaliation_against_what_it_answers(extractor, text, actor, target, rates):
    events = [e for e in events_of(extractor, "Washington imposed tariffs on steel from several countries. " + text) if e.actor == actor]
    assert len(events) == 1, events
    ev = events[0]
    assert (ev.target, sorted(r.value for r in ev.rates), ev.retaliatory) == (target, rates, True)


@pytest.mark.parametrize("text", ["The company responded with price cuts.", "The ministry did not respond to a request for comment."])
def test_a_response_without_a_measure_is_no_event(extractor, text):
    assert [e.trigger for e in events_of(extractor, "Washington imposed tariffs on steel. " + text)] == ["imposed"]


def test_a_dateline_without_a_dash_gives_the_home_government(extractor):
    text = ("Govt bans export of wheat flour\nKOLKATA, Aug 4 (PTI) The government has prohibited the export of wheat flour "
            "with immediate effect, a notification said.")
    assert {tuple(e.actor) for e in events_of(extractor, text, "2022-08-04")} == {("IND",)}


def test_each_joined_clause_keeps_its_own_date(extractor):
    text = "Kazakhstan banned sugar exports in March 2022 and restricted wheat shipments from June 1 last year."
    assert [(e.products, e.date) for e in events_of(extractor, text, "2023-02-01")] == [(["sugar"], "2022-03"), (["wheat"], "2022-06-01")]


@pytest.mark.parametrize(
    "text",
    ["Vietnam will appeal a WTO ruling that found its duties on imported steel broke global rules, the ministry said on Friday.",
     "Vietnam to appeal WTO ruling against steel duties"],
)
def test_a_wto_ruling_named_as_what_is_appealed_is_the_panel_s_event(extractor, text):
    events = events_of(extractor, text, "2022-12-02")
    assert [(e.trigger, e.actor, e.modality) for e in events if e.event_type == "dispute"] == [
        ("appeal", ["VNM"], "planned"), ("ruling", ["WTO"], "asserted")]
    assert only(events, "dispute").date in (None, "2022-12-02")
    assert [e for e in events if e.trigger == "ruling"][0].target == ["VNM"] and [e for e in events if e.trigger == "ruling"][0].date is None


@pytest.mark.parametrize(
    "text, products",
    [("Under the deal, Beijing pledged to buy more U.S. soybeans and pork.", ["soybean", "pork"]),
     ("Tokyo has also committed to buy 100 aircraft from Boeing, the White House said.", ["aircraft"]),
     ("Seoul agreed to raise purchases of U.S. liquefied natural gas.", ["liquefied natural gas"])],
)
def test_a_commitment_to_buy_goods_is_an_agreement(extractor, text, products):
    events = [e for e in events_of(extractor, "Washington imposed tariffs on its partners this year. " + text) if e.event_type == "agree"]
    assert [e.products for e in events] == [products]


@pytest.mark.parametrize(
    "text",
    ["The central bank set a minimum exchange rate, pledging to buy foreign currency in unlimited quantities.",
     "The company has committed to buy back shares worth $2 billion."],
)
def test_a_commitment_to_buy_money_or_shares_is_no_agreement(extractor, text):
    assert not [e for e in events_of(extractor, "Washington imposed tariffs on steel. " + text) if e.event_type == "agree"]


def test_stopping_a_levy_lifts_it(extractor):
    text = ("Beijing said it would stop levying an extra 25 percent tariff on U.S. cars and auto parts for three months "
            "from Jan. 1.")
    ev = only(events_of(extractor, text, "2018-12-14"), "lift")
    assert (ev.actor, ev.target, ev.date, [r.value for r in ev.rates]) == (["CHN"], ["USA"], "2019-01-01", [25.0])


def test_a_levy_on_top_of_a_tariff_is_one_event_with_both_rates(extractor):
    text = "Manila added a levy of 6,000 pesos per tonne on top of the 15% tariff on milled rice from Sept. 1."
    events = [e for e in events_of(extractor, text, "2025-08-20") if e.event_type == "impose"]
    assert [(e.products, [r.value for r in e.rates]) for e in events] == [(["rice"], [6000.0, 15.0])]


@pytest.mark.parametrize("text, actor", [
    ("The Philippine Department of Agriculture banned imports of poultry from Brazil.", ["PHL"]),
    ("Japan's Agriculture Department banned imports of poultry from Brazil.", ["JPN"]),
    ("The U.S. Agriculture Department banned imports of poultry from Brazil.", ["USA"]),
])
def test_an_institution_qualified_by_a_country_is_that_country_s(extractor, text, actor):
    assert only(events_of(extractor, text), "impose").actor == actor


@pytest.mark.parametrize(
    "text, event_type, target",
    [("South Korea, which faces the same 25% rate, hopes to strike a similar deal.", "impose", ["KOR"]),
     ("Canada, which was granted an exemption from the steel tariffs, said it welcomed the move.", "exempt", ["CAN"])],
)
def test_who_faces_or_is_granted_a_measure_in_a_relative_clause_is_its_target(extractor, text, event_type, target):
    events = [e for e in events_of(extractor, "Washington imposed tariffs of 25% on steel from its partners. " + text)
              if e.event_type == event_type and e.sentence.startswith(text[:10])]
    assert [(e.actor, e.target) for e in events] == [(["USA"], target)]


@pytest.mark.parametrize(
    "text, measure, products",
    [("Vietnam halts new rice export contracts as virus stokes food-security fears", "export_control", ["rice"]),
     ("The ministry suspended import permits for Brazilian beef on Monday.", "import_ban", ["beef"])],
)
def test_stopping_export_contracts_or_import_permits_stops_the_flow(extractor, text, measure, products):
    ev = only(events_of(extractor, text, "2020-03-24"), "impose")
    assert (ev.measure, ev.products) == (measure, products)


def test_curbs_named_again_after_export_controls_are_export_controls(extractor):
    text = ("Beijing imposed licensing requirements on exports of seven rare earths in April and in November suspended "
            "a broader set of curbs it had announced in October.")
    assert only(events_of(extractor, text, "2025-12-01"), "lift").measure == "export_control"


@pytest.mark.parametrize(
    "text, actor, target, products",
    [("WASHINGTON, Aug 1 - The United States today offered to subsidize the sale of up to four mln tonnes of wheat to the "
      "Soviet Union under the Export Enhancement Program.", ["USA"], ["RUS"], ["wheat"]),
     ("BRUSSELS, Aug 1 - The EC Commission today granted export restitutions on 60,000 tonnes of white sugar at its weekly "
      "tender.", ["EU"], [], ["sugar"])],
)
def test_export_subsidies_are_imposed_subsidies_aimed_at_the_buyer(extractor, text, actor, target, products):
    ev = only(events_of(extractor, text, "1987-08-01"), "impose")
    assert (ev.measure, ev.actor, ev.target, ev.products) == ("subsidy", actor, target, products)


@pytest.mark.parametrize(
    "text",
    ["The Commerce Department is investigating whether Canadian softwood lumber is subsidised.",
     "The petition argued that state-subsidized uranium from Kazakhstan was flooding the market."],
)
def test_a_subsidy_under_investigation_is_no_imposed_subsidy(extractor, text):
    assert not [e for e in events_of(extractor, text, "2018-03-01") if e.event_type == "impose" and e.measure == "subsidy"]


def test_the_one_granted_an_exemption_is_its_target(extractor):
    ev = only(events_of(extractor, "Washington imposed tariffs on steel. The Commerce Department granted exemptions to "
                                   "Norway on Friday.", "2018-03-10"), "exempt")
    assert (ev.actor, ev.target) == (["USA"], ["NOR"])


@pytest.mark.parametrize(
    "text, event_type, target",
    [("Ghana closed its land borders to trade in March to curb rice smuggling.", "impose", []),
     ("Togo urged Accra to reopen the border.", "lift", []),
     ("The government ordered the closure of the frontier with Togo and Burkina Faso on Monday.", "impose", ["BFA", "TGO"]),
     ("The borders will remain closed until the neighbours comply with the ECOWAS protocol, the minister said.", "impose", [])],
)
def test_a_border_closed_to_trade_is_an_import_ban(extractor, text, event_type, target):
    events = events_of(extractor, "ACCRA, Nov 5 - Ghana has banned imports of frozen poultry. " + text, "2019-11-05")
    found = [e for e in events if e.event_type == event_type and any(w in e.trigger for w in ("border", "frontier"))]
    assert [(e.measure, e.actor) for e in found] == [("import_ban", ["GHA"])]
    assert not target or found[0].target == target


@pytest.mark.parametrize("text", ["The shop closed its doors on Monday.", "Markets closed higher on Friday across the region."])
def test_closing_shops_or_markets_is_no_border_closure(extractor, text):
    assert not [e for e in events_of(extractor, "Ghana banned rice imports last year. " + text, "2019-11-05") if e.trigger != "banned"]


@pytest.mark.parametrize(
    "text, modality",
    [("Twelve Pacific nations signed the regional trade pact on Friday. Fiji and Papua New Guinea declined to sign.", "negated"),
     ("Twelve Pacific nations signed the regional trade pact on Friday. Vanuatu said it would sign later this year.", "planned")],
)
def test_signing_the_deal_just_named_is_an_agreement(extractor, text, modality):
    events = [e for e in events_of(extractor, text, "2017-06-16") if e.trigger == "sign"]
    assert [e.modality for e in events] == [modality]


def test_signing_anything_else_is_no_agreement(extractor):
    text = "Washington imposed tariffs on steel. The president declined to sign the budget bill."
    assert not [e for e in events_of(extractor, text) if e.event_type == "agree"]


@pytest.mark.parametrize(
    "text, event_type, actor, target",
    [("Tokyo removed South Korea from its white list of trusted trading partners on Friday.", "impose", ["JPN"], ["KOR"]),
     ("Seoul hit back by dropping Japan from its own list of preferred trade partners.", "impose", ["KOR"], ["JPN"]),
     ("Seoul said it would restore Japan to its list of trusted trading partners.", "lift", ["KOR"], ["JPN"])],
)
def test_a_place_on_a_list_of_trusted_partners_is_an_export_control(extractor, text, event_type, actor, target):
    events = [e for e in events_of(extractor, "Japan tightened export controls on chip materials. " + text, "2019-08-02")
              if e.sentence.startswith(text[:12])]
    assert [(e.event_type, e.measure, e.actor, e.target) for e in events] == [(event_type, "export_control", actor, target)]


def test_removing_products_from_a_list_is_no_trusted_list_move(extractor):
    text = "Japan tightened export controls on chip materials. The ministry removed five products from the list of restricted items."
    assert [e.trigger for e in events_of(extractor, text, "2019-08-02")] == ["tightened"]


@pytest.mark.parametrize(
    "text",
    ["Washington imposed tariffs of 25 percent on steel under Section 232 of a 1962 trade law.",
     "Washington imposed tariffs on steel under Section 232 of the Trade Expansion Act of 1962.",
     "The White House threatened tariffs under the International Emergency Economic Powers Act, a 1977 law."],
)
def test_the_year_of_a_law_is_no_date_of_the_action(extractor, text):
    assert [e.date for e in events_of(extractor, text, "2018-03-10")] == [None]


def test_duties_a_measure_led_to_are_its_own_not_a_cited_cause(extractor):
    text = ("The tariffs, imposed under Section 232 of the Trade Expansion Act, led to additional duties of 25 percent on "
            "steel and 15 percent on copper.")
    events = [e for e in events_of(extractor, "Washington raised tariffs on metals. " + text) if e.sentence.startswith("The tariffs")]
    assert sorted((tuple(e.products), [r.value for r in e.rates]) for e in events) == [(("copper",), [15.0]), (("steel",), [25.0])]


def test_a_complainant_of_the_actors_country_leaves_the_story_target(extractor):
    """The domestic industry that complained ("after Australian Paper complained") is no target; the story's one is."""
    text = ("A WTO panel ruled that Australia wrongly calculated anti-dumping duties it imposed on copy paper from Indonesia. "
            "The panel report found that Australia had acted inconsistently with WTO rules. "
            "Canberra imposed the copy paper duties in April 2017 after Australian Paper complained of unfair competition.")
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.event_type == "impose" and e.date == "2017-04"]
    assert len(ev) == 1 and ev[0].actor == ["AUS"] and ev[0].target == ["IDN"]


def test_an_actor_keeps_its_own_adversary_after_another_partys_event(extractor):
    """A measure of the same kind by the same actor, after a sentence about another party, hits the same country."""
    text = ("Brazil imposed anti-dumping duties on ceramic tableware from China on Tuesday. "
            "China's commerce ministry said it would file a complaint against Brazil at the World Trade Organization. "
            "Brazil will also impose anti-dumping duties on glassware next month, officials said.")
    ev = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.products == ["glassware"]]
    assert len(ev) == 1 and ev[0].actor == ["BRA"] and ev[0].target == ["CHN"]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ('The minister called the U.S. move "extremely regrettable" and said Japan might take the matter to the '
         "General Agreement on Tariffs and Trade.", ["JPN"], ["USA"]),
        ("South Korea regretted Tokyo's decision and will take the matter to the World Trade Organization, the ministry said.",
         ["KOR"], ["JPN"]),
        ("Canada will challenge the decision by Washington at the World Trade Organization, Trade Minister Mary Ng said.",
         ["CAN"], ["USA"]),
    ],
)
def test_the_other_side_named_beside_a_complainant_is_the_respondent(extractor, text, actor, target):
    """A country named beside the one who takes a case to the WTO or the GATT (spelt out) is the respondent, and no deal is reported."""
    evs = [e for e in events_of(extractor, text)]
    assert [e.event_type for e in evs] == ["dispute"]
    assert evs[0].actor == actor and evs[0].target == target


def test_the_subject_of_a_coordinated_clause_is_not_the_actor(extractor):
    """ "X has not done this, and we are imposing tariffs": the speaker acts (here the story's owner), not X."""
    text = ("President Reagan on Friday ordered 100 percent tariffs on Japanese computers and television sets. "
            '"But the Japanese government has not enforced the agreement, and we are imposing these tariffs to see that it does."')
    evs = [e for e in extractor.extract(text, doc_id="t", published=PUB) if e.trigger == "imposing"]
    assert len(evs) == 1 and evs[0].actor == ["USA"] and evs[0].target == ["JPN"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("India raised the import duty on mobile phones to 20 per cent from 15 per cent, while that on chargers goes up to 15 per cent.",
         {("mobile phone",): {20.0, 15.0}, ("charger",): {15.0}}),
        ("Ecuador approved new import surcharges on Friday. Under the decree, capital goods will pay 5 percent, tyres, ceramics and dairy products will face 25 percent, and the top rate of "
         "45 percent will apply to motorcycles.",
         {("capital good",): {5.0}, ("tire", "ceramic", "dairy product"): {25.0}, ("motorcycle",): {45.0}}),
        ("Mexico will raise tariffs on imports from China. Most of the goods will face rates of between 10% and 35%, "
         "while cars will be charged 50%.", {(): {10.0, 35.0}, ("car",): {50.0}}),
        ("Russia will impose export duties on grain from March. "
         "Exporters will pay 25 euros per tonne on corn and 10 euros per tonne on barley, according to a draft resolution.", {("corn",): {25.0}, ("barley",): {10.0}}),
    ],
)
def test_a_joined_clause_giving_other_goods_their_rate_is_an_event(extractor, text, expected):
    """ "…, while that on chargers goes up to 15%": each group of goods with its own rate is an event of its own."""
    last = text.rindex(". ", 0, len(text) - 1) + 2 if ". " in text[:-1] else 0
    evs = [e for e in events_of(extractor, text) if e.event_type == "impose" and e.span[0] >= last]
    assert {tuple(e.products): {r.value for r in e.rates} for e in evs} == expected


def test_a_cause_clause_with_a_figure_is_no_rate_clause(extractor):
    text = ("Argentina's government imposed a 30-day suspension of beef exports on May 17 after cattle prices jumped "
            "more than 60 percent in a year.")
    evs = events_of(extractor, text)
    assert len(evs) == 1 and evs[0].rates == []


def test_two_verbs_with_objects_of_their_own_are_two_measures(extractor):
    """ "added firms to the Entity List and curbed sales of chips": two instruments, each with its own goods."""
    text = ("The Biden administration on Monday added 140 Chinese entities to the Entity List and curbed sales of "
            "high-bandwidth memory and chipmaking equipment to China.")
    evs = {e.measure: e.products for e in events_of(extractor, text) if e.event_type == "impose"}
    assert evs == {"sanction": [], "export_control": ["high-bandwidth memory", "chipmaking equipment"]}


def test_a_second_verb_on_the_same_measure_keeps_its_goods(extractor):
    text = ("Cairo banned rice exports in April 2008 to keep local prices down and has extended the ban several times since.")
    evs = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert len(evs) == 2 and all(e.products == ["rice"] for e in evs)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("EU ambassadors on Friday approved new sanctions against Russia. For the first time, the bloc also blacklisted "
         "an Indian refinery, as well as two Chinese banks accused of helping Moscow skirt sanctions.", ["EU"]),
        ("The European Community and Japan reached agreement today on limiting Japanese car exports to the Community. "
         "The Community will keep its 10 pct import duty on cars, officials said.", ["EU"]),
    ],
)
def test_the_bloc_named_before_acts_again(extractor, text, actor):
    """ "the bloc", "the Community": the bloc that acted in the story, not another country named in the sentence."""
    second = text.index(". ") + 2
    evs = [e for e in events_of(extractor, text) if e.span[0] >= second and e.event_type == "impose"]
    assert evs and all(e.actor == actor for e in evs)


def test_a_party_in_a_clause_on_the_object_is_no_actor(extractor):
    text = "Sanctions were tightened again on Friday, blacklisting two Chinese banks accused of helping Moscow skirt sanctions."
    assert all("RUS" not in e.actor for e in events_of(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "EU seals new Russia sanctions package after Slovakia lifts veto",
        "Trade Minister Rob Davies said South Africa had met most of its commitments under the tariff deal.",
        "The two sides also concluded a social security convention on trade in services, which will exempt posted workers from "
        "paying contributions.",
        "The WTO's Appellate Body has been unable to hear appeals since December, so the tariff rulings are unlikely to be enforced.",
    ],
)
def test_look_alikes_by_the_words_around_the_trigger(extractor, text):
    """A veto lifted, commitments met, workers exempted from contributions, appeals heard: no trade action."""
    triggers = {"lifts", "met", "exempt", "appeals"}
    assert not [e for e in events_of(extractor, text) if e.trigger.split()[0] in triggers]


def test_renegotiating_commitments_is_still_talks(extractor):
    text = "Brussels intends to renegotiate its tariff commitments with trading partners under WTO rules."
    assert [e.event_type for e in events_of(extractor, text)] == ["negotiate"]


def test_two_steps_of_a_case_in_one_sentence_are_two_events(extractor):
    """ "requested consultations … and asked for a panel …": a panel request in a WTO story is a step of its own."""
    text = ("Australia imposed anti-dumping duties on copy paper from Indonesia in April 2017, a case now at the World Trade "
            "Organization. Indonesia requested consultations in September 2017 and asked for a panel in March 2018, after talks in Geneva "
            "failed to settle the matter.")
    second = text.index("Indonesia requested")
    evs = [e for e in events_of(extractor, text) if e.event_type == "dispute" and e.span[0] >= second]
    assert sorted(e.date for e in evs) == ["2017-09", "2018-03"]
    assert all(e.actor == ["IDN"] and e.target == ["AUS"] for e in evs)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("The National Board of Revenue cut the customs duty on rice imports to 2 percent from 15 percent.", ["BGD"]),
        ("The FBR raised regulatory duties on imported cars and cosmetics.", ["PAK"]),
        ("The DGFT banned exports of onions with immediate effect.", ["IND"]),
        ("Rosselkhoznadzor banned imports of Turkish tomatoes from Jan. 1.", ["RUS"]),
    ],
)
def test_revenue_boards_and_trade_directorates_act_for_their_country(extractor, text, actor):
    evs = events_of(extractor, text)
    assert evs and all(e.actor == actor for e in evs)


def test_a_measure_on_the_targets_goods_is_the_story_side_against_it(extractor):
    """With no actor in the sentence, whoever hits the named target in this story acts (not the last actor named)."""
    text = ("Brazil on Monday published a list of U.S. products that will face retaliatory tariffs in the cotton dispute. "
            "Washington last year lifted its ban on Brazilian beef. "
            "Duties on some goods will more than triple, with the tariff on U.S. cotton rising to 100 percent from 10 percent.")
    third = text.index("Duties on some")
    evs = [e for e in events_of(extractor, text) if e.span[0] >= third and e.event_type == "impose"]
    assert evs and all(e.actor == ["BRA"] and e.target == ["USA"] for e in evs)


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Colombia imposed compound tariffs on textiles from Panama in 2013. A WTO panel sided with Panama in November.",
         ["PAN", "WTO"], ["COL"]),
        ("A World Trade Organization panel on Monday ruled in favour of the European Union in its case against India's import "
         "duties on mobile phones.", ["EU", "WTO"], ["IND"]),
    ],
)
def test_the_party_a_panel_sides_with_is_the_winning_complainant(extractor, text, actor, target):
    ev = [e for e in events_of(extractor, text) if e.event_type == "dispute" and "WTO" in e.actor]
    assert len(ev) == 1 and ev[0].actor == actor and ev[0].target == target


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("Seoul says the deal will spare it the 25 percent tariff announced by President Trump in April.", "announced", "2019-04"),
        ("The ruling applies to the 10 percent baseline tariff Trump placed on most imports in April.", "placed", "2019-04"),
        ("Beijing in November suspended a broader set of export curbs it had announced in October.", "announced", "2018-10"),
        ("The duties come on top of preliminary countervailing duties announced in March.", "announced", "2019-03"),
    ],
)
def test_a_clause_saying_who_set_a_measure_or_when_restates_it(extractor, text, trigger, date):
    """ "the tariff Trump placed on most imports in April": the measure's own imposition, at its own date."""
    context = "Washington imposed tariffs on steel imports last year.\n"
    ev = next((e for e in events_of(extractor, context + text) if e.trigger == trigger), None)
    assert ev is not None and ev.event_type == "impose" and ev.date == date


def test_a_measure_reported_taking_effect_is_not_restated(extractor):
    text = "Japan's restrictions on exports of chipmaking equipment, announced in May, take effect on July 23."
    evs = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert [e.trigger for e in evs] == ["take effect"]


def test_a_new_measure_announced_in_a_clause_of_its_own_is_its_own_event(extractor):
    """ "…, and Trump has authorized 25% tariffs on …": a second instrument beside the sentence's first measure."""
    text = ("Washington has sanctioned several Chinese refineries this year for buying Iranian oil, and Trump has authorized "
            "25% secondary tariffs on countries that import Venezuelan crude.")
    evs = [e for e in events_of(extractor, text) if e.event_type == "impose"]
    assert len(evs) == 2 and [r.value for r in evs[1].rates] == [25.0] and not evs[0].rates


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Japan has also frozen the assets of Russian President Vladimir Putin and several Russian banks.", ["JPN"], ["RUS"]),
        ("Ankara responded in kind by freezing any assets of the U.S. justice and interior secretaries in Turkey.", ["TUR"], ["USA"]),
        ("Britain on Thursday froze the assets of three Russian banks and two oligarchs.", ["GBR"], ["RUS"]),
    ],
)
def test_freezing_assets_is_a_sanction(extractor, text, actor, target):
    ev = only(events_of(extractor, text), "impose")
    assert (ev.measure, ev.actor, ev.target, ev.products) == ("sanction", actor, target, [])


def test_a_party_made_to_act_is_the_actor_of_the_clause_that_follows(extractor):
    """ "prompting Ankara to freeze the assets of two U.S. cabinet members": Ankara acts, against the U.S."""
    text = ("Earlier this month Washington imposed sanctions on Turkey's justice and interior ministers over a pastor's "
            "detention, prompting Ankara to freeze the assets of two U.S. cabinet members.")
    ev = next(e for e in events_of(extractor, text) if e.trigger.startswith("freeze"))
    assert (ev.actor, ev.target) == (["TUR"], ["USA"])


def test_a_ban_verb_parsed_as_an_adjective_after_and_is_still_a_ban(extractor):
    """ "has frozen the assets of banks and banned exports of chips": the tagger reads "banned exports" as a noun phrase."""
    text = ("Japan has already frozen the assets of Russian banks and officials and banned exports of semiconductors and "
            "other sensitive goods to dozens of Russian entities.")
    assert "semiconductor" in only(events_of(extractor, text), "impose").products


@pytest.mark.parametrize(
    "text, products",
    [
        ("China began requiring exporters of gallium and germanium to apply for licences in August last year.", ["gallium", "germanium"]),
        ("From Thursday, exporters of photoresists and hydrogen fluoride will have to apply for a licence for each shipment to "
         "South Korea.", ["photoresist", "hydrogen fluoride"]),
        ("The October rules require U.S. firms to obtain licences to sell advanced chips to Chinese buyers.", ["semiconductor"]),
    ],
)
def test_a_licence_exporters_must_apply_for_is_an_export_control(extractor, text, products):
    ev = only(events_of(extractor, text), "impose")
    assert ev.measure == "export_control" and ev.products == products


def test_shipping_without_seeking_licences_imposes_nothing(extractor):
    text = ("Washington agreed to let Samsung keep shipping American chipmaking equipment to its factories in China without "
            "seeking individual licenses.")
    assert not [e for e in events_of(extractor, text) if e.event_type == "impose"]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The Community is expected to make the printer duties definitive by July, diplomats said.", "planned"),
        ("EU governments voted on Tuesday to make the anti-dumping duties on Chinese tyres definitive for five years.", "asserted"),
    ],
)
def test_making_duties_definitive_imposes_them(extractor, text, modality):
    context = "The EU imposed provisional duties on printers from Japan last year.\n"
    ev = next(e for e in events_of(extractor, context + text) if e.trigger.startswith("make"))
    assert (ev.event_type, ev.modality) == ("impose", modality)


@pytest.mark.parametrize(
    "text, lifted, kept",
    [
        ("Japan will scrap duties on about 56% of farm imports from China but will keep tariffs on rice, wheat and sugar.",
         ["farm product"], ["rice", "wheat", "sugar"]),
        ("Indonesia lifted its palm oil export ban on Monday but kept a levy on crude palm oil shipments.", ["palm oil"], ["palm oil"]),
    ],
)
def test_a_measure_kept_beside_a_lift_is_its_own_event(extractor, text, lifted, kept):
    """ "will scrap duties on farm imports but will keep tariffs on rice": the kept tariffs stay in force, an impose."""
    evs = events_of(extractor, text)
    assert only(evs, "lift").products == lifted and only(evs, "impose").products == kept


@pytest.mark.parametrize(
    "text, target",
    [
        ("Japan imposed export curbs on three chemicals to South Korea in July.", ["KOR"]),
        ("The Commerce Department first restricted sales of advanced chips to China in October 2022.", ["CHN"]),
        ("Russia on Thursday extended its food embargo to Albania and Iceland.", ["ALB", "ISL"]),
    ],
)
def test_the_destination_an_export_curb_or_an_extension_reaches_is_the_target(extractor, text, target):
    ev = only(events_of(extractor, text), "impose")
    assert ev.target == target


@pytest.mark.parametrize(
    "text, measure, products",
    [
        ("U.S. imports of Chinese textiles and clothing have been subject to quotas since 1980.", "quota", ["textile", "clothing"]),
        ("Argentine soybean exports remain subject to a 33 percent levy.", "tariff", ["soybean"]),
    ],
)
def test_goods_subject_to_a_measure_bear_it(extractor, text, measure, products):
    ev = only(events_of(extractor, text), "impose")
    assert (ev.measure, ev.products) == (measure, products)


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The European Commission on Tuesday proposed deep quota cuts for steel imports from next year.", "planned"),
        ("U.S., CHINA SIGN TEXTILE PACT, AVERTING QUOTA CUTS", "negated"),
    ],
)
def test_quota_cuts_tighten_the_quota(extractor, text, modality):
    """A cut in a quota lets less in: an impose, like "slashed the quotas" (and "averting" them negates it)."""
    ev = only(events_of(extractor, text), "impose")
    assert (ev.measure, ev.modality) == ("quota", modality)
    assert not [e for e in events_of(extractor, text) if e.event_type == "lift"]


def test_goods_described_as_subject_to_tariffs_report_no_event(extractor):
    text = ('"If the tariffs remain in place it will mean the erosion of exports of goods subject to tariffs," the '
            'Japanese trade official said.')
    assert not [e for e in events_of(extractor, text) if e.trigger == "tariffs"]


def test_a_wto_case_against_a_list_of_members_is_one_dispute(extractor):
    text = "U.S. takes Canada, China, EU, Mexico and Turkey to WTO over retaliatory tariffs"
    ev = only(events_of(extractor, text), "dispute")
    assert (ev.actor, ev.target) == (["USA"], ["CAN", "CHN", "EU", "MEX", "TUR"])


def test_a_take_effect_clause_before_taking_a_matter_to_gatt_stays_apart(extractor):
    text = ("MITI officials said Japan would send a delegation to Washington before the tariffs take effect, and might take "
            "the matter to the General Agreement on Tariffs and Trade.")
    assert "take effect" not in only(events_of(extractor, text), "dispute").trigger


def test_dropping_counter_tariffs_is_a_lift_not_a_new_counter_measure(extractor):
    evs = events_of(extractor, "Carney drops most counter-tariffs on U.S. goods, keeps levies on steel, aluminum and autos")
    assert only(evs, "lift").trigger == "drops"
    assert [e.trigger for e in evs if e.event_type == "impose"] == ["levies"]


def test_a_measure_charged_beside_a_retaliation_is_its_own_event(extractor):
    text = ("The U.S. already charges 25% duties on $250 billion of Chinese products, and Beijing has retaliated with tariffs "
            "on $110 billion of U.S. goods.")
    evs = [(e.actor, e.target) for e in events_of(extractor, text) if e.event_type == "impose"]
    assert evs == [(["USA"], ["CHN"]), (["CHN"], ["USA"])]


@pytest.mark.parametrize(
    "text, lifted",
    [
        ("Beijing has called off retaliatory tariffs on U.S. cars and auto parts.", True),
        ("A seventh round of talks on tariff cuts pencilled in for October has been called off, Bangkok's negotiator said.", False),
        ("British cars will no longer face the 25 percent tariff from next month.", True),
    ],
)
def test_calling_off_a_measure_or_no_longer_facing_it_lifts_it(extractor, text, lifted):
    assert bool([e for e in events_of(extractor, text) if e.event_type == "lift"]) == lifted


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria suspends import duties on maize, wheat, rice and beans for 150 days to tame food prices",
        "The EU suspended all import duties and quotas on Ukrainian goods in June 2022 to support the country's economy.",
        "President Trump on Wednesday suspended for 90 days the steep import taxes on Chinese goods.",
    ],
)
def test_suspending_import_duties_lifts_them_and_stops_no_imports(extractor, text):
    evs = events_of(extractor, text)
    assert only(evs, "lift").measure == "tariff" and not [e for e in evs if e.event_type == "impose"]


@pytest.mark.parametrize(
    "text, events",
    [
        ("EU proposes to halve steel import quotas, double out-of-quota duty to 50%", {("impose", "quota")}),
        ("Brussels moves to double steel tariffs and halve quotas as safeguard expires", {("impose", "quota"), ("impose", "tariff")}),
        ("Under the EU plan, tariff-free quotas for steel would shrink by 47 percent to 18.3 million tonnes a year.", {("impose", "quota")}),
    ],
)
def test_halving_or_shrinking_a_quota_tightens_it(extractor, text, events):
    found = {(e.event_type, "tariff" if e.measure in ("safeguard", "tariff") else e.measure) for e in events_of(extractor, text)
             if e.event_type in ("impose", "lift")}
    assert events <= found and ("lift", "quota") not in found


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Canada retaliates against U.S. shingle tariff", "asserted"),
        ("The EU said it would retaliate against any U.S. duties immediately and in kind.", "threatened"),
        ("Mexico's government has so far refrained from retaliating against the U.S. levies.", "negated"),
    ],
)
def test_the_owner_of_the_measure_answered_is_the_target(extractor, text, modality):
    ev = only(events_of(extractor, text), "impose")
    assert (ev.target, ev.retaliatory, ev.modality) == (["USA"], True, modality)


def test_an_interview_is_no_product(extractor):
    text = ("Asked in a television interview what the chance was for Reagan to cancel the scheduled 100 pct tariffs on "
            "Japanese electronic exports, he said \"slim to none.\"")
    assert all("television interview" not in e.products for e in events_of(extractor, text))


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("Canada exempted from U.S. steel tariffs", ["USA"], ["CAN"]),
        ("Australia spared from new U.S. tariffs", ["USA"], ["AUS"]),
        ("Britain spared as Trump doubles steel tariffs to 50%", ["USA"], ["GBR"]),
        ("Washington exempted Canada from the steel tariffs.", ["USA"], ["CAN"]),
    ],
)
def test_a_headline_passive_relief_names_who_is_spared(extractor, text, actor, target):
    ev = only(events_of(extractor, text), "exempt")
    assert (ev.actor, ev.target) == (actor, target)


@pytest.mark.parametrize(
    "text, target",
    [
        ("China imposed levies on canola oil.\nThose levies were imposed in March last year in retaliation for Canada's EV surtax.",
         ["CAN"]),
        ("Beijing imposed duties on pork in response to U.S. tariffs on steel.", ["USA"]),
    ],
)
def test_the_owner_of_a_measure_answered_by_a_passive_impose_is_its_target(extractor, text, target):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"][-1]
    assert (ev.actor, ev.target) == (["CHN"], target)


def test_a_party_named_before_all_partners_keeps_its_role_when_named_again_after(extractor):
    text = ("Switzerland scrapped its tariffs on industrial products from all trading partners on Jan. 1, a step the Federal "
            "Council has said will save Swiss consumers about 860 million francs a year.")
    ev = only(events_of(extractor, text), "lift")
    assert (ev.actor, ev.target) == (["CHE"], [])


def test_goods_from_any_origin_have_no_story_target(extractor):
    text = ("Brazil raised tariffs on Chinese steel last year.\n"
            "Shipments of steel above the new quotas, from any origin, will pay 25%, the ministry said.")
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"][-1]
    assert ev.target == []


@pytest.mark.parametrize(
    "text, target",
    [
        ("Washington added a 25% penalty tariff on Indian goods over New Delhi's purchases of Russian oil.", ["IND"]),
        ("The EU banned imports of Russian oil from December.", ["RUS"]),
    ],
)
def test_the_seller_of_goods_a_named_buyer_purchases_is_no_target(extractor, text, target):
    ev = only(events_of(extractor, text), "impose")
    assert ev.target == target


def test_a_ruling_on_a_measure_targets_its_owner_not_the_origin_of_the_goods(extractor):
    text = ("The World Trade Organization ruled on Tuesday that tariffs imposed by the United States on more than $200 billion "
            "of Chinese goods violated international trade rules.")
    ev = only(events_of(extractor, text), "dispute")
    assert ev.target == ["USA"]


def test_a_measure_scheduled_for_a_date_makes_its_owner_the_one_answered(extractor):
    text = ("Japan's curbs on exports of three chemicals to South Korea will take effect on July 4, the trade ministry said.\n"
            "South Korea's trade ministry said it deeply regrets the decision and would take necessary countermeasures.")
    ev = [e for e in events_of(extractor, text, published="2019-07-01") if e.event_type == "impose"][-1]
    assert (ev.actor, ev.target) == (["KOR"], ["JPN"])


@pytest.mark.parametrize(
    "text, rates",
    [
        ("China's six per cent tariff on some Japanese car parts, for example, will be cut to zero.", [6.0, 0.0]),
        ("Britain will lower its ten percent tariff on Japanese cars in stages to zero by 2026.", [10.0, 0.0]),
    ],
)
def test_a_duty_cut_to_zero_keeps_its_old_and_new_rate_in_one_event(extractor, text, rates):
    evs = [e for e in events_of(extractor, text) if e.event_type == "lift"]
    assert len(evs) == 1 and [r.value for r in evs[0].rates] == rates


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Russia approves 17.5 mln tonne grain export quota, wheat duty to double from March 1", "export_control"),
        ("Ukraine said on Monday it was considering export quotas for grain.", "export_control"),
        ("Brazil set an import quota of 750,000 tonnes for ethanol.", "quota"),
    ],
)
def test_an_export_quota_is_an_export_control_and_an_import_quota_a_quota(extractor, text, measure):
    ev = only(events_of(extractor, text), "impose")
    assert ev.measure == measure


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Turkey's retaliatory duties on American rice, cars and coal went into force on Thursday, the government said.",
         "went into force"),
        ('"We remain ready to keep talking, but these duties are now in force," the EU trade commissioner told reporters.',
         "now in force"),
        ("U.S. sanctions against Belarusian potash producer Belaruskali came into full force on Wednesday.", "came into full force"),
        ("U.S. sanctions on Belaruskali take full effect as Minsk bans EU food imports", "take full effect"),
        ("The 25% US tariffs on steel, aluminum and cars remain in force, and Brussels is still preparing its response.",
         "remain in force"),
    ],
)
def test_a_measure_in_force_or_going_into_force_is_imposed(extractor, text, trigger):
    assert trigger in [e.trigger for e in events_of(extractor, text) if e.event_type == "impose"]


def test_an_anniversary_is_no_product(extractor):
    text = "Washington blacklisted the Belarusian company in August, on the first anniversary of the disputed election."
    assert only(events_of(extractor, text), "impose").products == []


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("The European Commission is separately investigating whether Chinese makers of solar panels receive subsidies, a probe "
         "that could lead to additional duties.", ["EU"], ["CHN"]),
        ("The Bush administration on Thursday branded Japan, Brazil and India as unfair traders under the Super 301 provision, "
         "a step that could eventually lead to retaliatory tariffs as high as 100 percent on their exports.", ["USA"],
         ["BRA", "IND", "JPN"]),
    ],
)
def test_duties_a_probe_could_lead_to_are_a_threat_of_the_prober(extractor, text, actor, target):
    ev = next(e for e in events_of(extractor, text) if e.event_type == "impose")
    assert (ev.modality, ev.actor, ev.target) == ("threatened", actor, target)


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Egypt's trade ministry imposed safeguard duties on steel billets.\nLocal steelmakers had asked for a duty of at least 25%, "
         "the Chamber of Metallurgical Industries said.", "safeguard"),
        ("Some lawmakers in the U.S. Congress have called for quotas on Japanese cars.", "quota"),
    ],
)
def test_a_measure_asked_for_is_a_requested_impose_not_by_the_asker(extractor, text, measure):
    ev = [e for e in events_of(extractor, text) if e.event_type == "impose"][-1]
    assert (ev.measure, ev.modality) == (measure, "requested")
    assert "Local steelmakers" not in ev.actor_text


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("The Philippines will lobby Washington for a higher sugar quota.", ["USA"], ["PHL"]),
        ("British officials pressed Tokyo for lower tariffs on whisky.", ["JPN"], ["GBR"]),
    ],
)
def test_pressing_a_party_for_a_looser_measure_requests_a_lift_from_it(extractor, text, actor, target):
    ev = only(events_of(extractor, text), "lift")
    assert (ev.actor, ev.target, ev.modality) == (actor, target, "requested")
    assert not [e for e in events_of(extractor, text) if e.event_type == "impose"]


def test_a_second_probe_object_of_an_elided_verb_is_its_own_investigation(extractor):
    text = ("China opened an anti-dumping investigation into pork from the EU in June and an anti-subsidy probe into European "
            "dairy products in August.")
    evs = [(e.measure, e.products, e.date) for e in events_of(extractor, text, published="2024-10-08") if e.event_type == "investigate"]
    assert evs == [("anti_dumping", ["pork"], "2024-06"), ("countervailing", ["dairy product"], "2024-08")]


@pytest.mark.parametrize(
    "text, modality",
    [
        ("The U.S. International Trade Commission on Wednesday voted 4-0 that imports of steel nails from Indonesia and Mexico "
         "were injuring American producers.", "asserted"),
        ("The U.S. International Trade Commission is scheduled to vote on May 1 on whether the imports materially injure the "
         "domestic industry.", "planned"),
    ],
)
def test_a_trade_authority_voting_on_injury_is_a_step_of_the_investigation(extractor, text, modality):
    context = "The Commerce Department set preliminary anti-dumping duties on steel nails in October.\n"
    ev = only(events_of(extractor, context + text, published="2012-03-08"), "investigate")
    assert (ev.actor, ev.modality) == (["USA"], modality)


@pytest.mark.parametrize(
    "text, products",
    [
        ("Beef, poultry and sugar from Mercosur will enter the EU under tariff-rate quotas, a concession that has angered farmers.",
         ["beef", "poultry", "sugar"]),
        ("Bern will let limited volumes of Indian basmati rice, mangoes and spices in duty free under tariff-rate quotas.",
         ["basmati rice", "mango", "spice"]),
        ("New Delhi will also let in up to 200 tonnes of gold a year from the UAE at a concessional duty of 6.5 percent.", ["gold"]),
    ],
)
def test_goods_let_in_under_a_quota_or_at_a_concessional_duty_are_a_lift(extractor, text, products):
    ev = only(events_of(extractor, text, published="2022-02-18"), "lift")
    assert ev.products == products and not [e for e in events_of(extractor, text) if e.event_type == "impose"]


def test_exports_within_a_quota_are_no_lift(extractor):
    text = "Russian exports of wheat within the quota will be subject to a duty of 25 euros per tonne from February 15."
    assert not [e for e in events_of(extractor, text, published="2021-01-15") if e.event_type == "lift"]


@pytest.mark.parametrize(
    "text, products",
    [
        ("India banned exports of non-basmati white rice.\nParboiled rice and basmati rice have been kept out of the ban.",
         ["rice", "basmati rice"]),
        ("Washington will impose 100 pct tariffs on Japanese electronics.\nChips themselves will be left off the list to avoid "
         "raising costs for U.S. computer makers.", ["semiconductor"]),
    ],
)
def test_goods_kept_out_of_a_ban_or_left_off_a_list_are_exempted(extractor, text, products):
    ev = only(events_of(extractor, text), "exempt")
    assert ev.products == products


def test_being_kept_out_of_a_meeting_exempts_nothing(extractor):
    text = "India banned exports of non-basmati white rice.\nThe minister said he was kept out of the meeting."
    assert not [e for e in events_of(extractor, text) if e.event_type == "exempt"]
