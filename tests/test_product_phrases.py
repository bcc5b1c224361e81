"""Unknown products read from syntax: singular forms and the phrases a measure governs."""

from __future__ import annotations

import pytest

from extractor.product_phrases import singular

INVARIANT = frozenset({"jeans", "aircraft", "clothes"})


@pytest.mark.parametrize(
    "word, expected",
    [
        ("bellies", "belly"),
        ("boxes", "box"),
        ("tomatoes", "tomato"),
        ("shoes", "shoe"),
        ("canoes", "canoe"),
        ("cars", "car"),
        ("glass", "glass"),
        ("jeans", "jeans"),
        ("aircraft", "aircraft"),
        ("lawnmowers", "lawnmower"),
        ("peaches", "peach"),
        ("gas", "gas"),
    ],
)
def test_singular(word, expected):
    assert singular(word, INVARIANT) == expected


PUB = "2024-05-16"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The European Commission extended anti-dumping duties on stainless steel fasteners from China.",
         ["stainless steel fastener"]),
        ("Beijing extended anti-dumping duties on optical fibre preforms from Japan for five years.",
         ["optical fiber preform"]),
        ("MOFCOM terminated an anti-dumping investigation into hydroiodic acid from the United States.",
         ["hydroiodic acid"]),
        ("USTR denied requests to renew tariff exclusions for some industrial chemicals from China.",
         ["industrial chemical"]),
        ("China will exempt two Japanese chemical makers from anti-dumping duties on phenol.", ["phenol"]),
        ("Ankara raised tariffs on aluminium foil from China to 30%.", ["aluminum foil"]),
        ("Beijing said it would raise tariffs on large-engine cars imported from Europe.", ["car"]),
        ("Vietnam asked the WTO for a panel on Mexican anti-dumping duties on galvanized steel coil.", ["galvanized steel coil"]),
        ("Pakistan opened an anti-dumping investigation into imports of sheet glass from China.", ["sheet glass"]),
        ("Britain opened an anti-dumping investigation into galvanised fencing wire from Egypt.", ["galvanized fencing wire"]),
        ("Turkey extended anti-dumping duties on polyester staple fibre from China for five years.", ["polyester staple fiber"]),
        ("Canada imposed duties on aluminium storm doors from China.", ["aluminum storm door"]),
        ("Ankara launched a safeguard investigation into imports of polyester yarn.", ["polyester yarn"]),
        ("Washington will impose 50 percent tariffs on high-purity copper cathode from Chile.", ["copper cathode"]),
        # goods keep their own name, not a broader class
        ("Egypt imposed safeguard duties of 15 percent on imported steel billets.", ["steel billet"]),
        ("Zimbabwe has banned exports of raw lithium ore.", ["lithium ore"]),
        ("Egypt extended a ban on exports of steel scrap.", ["steel scrap"]),
        # the parser missed the compound's head: the run of lower-case nouns still names the goods
        ("Brazil will impose anti-dumping duties on ceramic tableware from China.", ["ceramic tableware"]),
        ("Ankara let lapse its anti-dumping duties on nylon tyre cord fabric from India.", ["nylon tire cord fabric"]),
        ("Turkey extended anti-dumping duties on polyester textured yarn from China.", ["polyester textured yarn"]),
        ("Brazil opened an anti-dumping probe into ceramic tableware imports from China.", ["ceramic tableware"]),
    ],
)
def test_product_names_span_the_whole_compound(extractor, text, expected):
    events = extractor.extract(text, doc_id="t", published=PUB)
    assert events and events[0].products == expected


def test_a_demonym_before_a_longer_product_name_is_the_target(extractor):
    """ "Chinese polyester staple fibre": the name runs past the gazetteer's "polyester", and China is still its origin."""
    events = extractor.extract("Ankara extended anti-dumping duties on Chinese polyester staple fibre.", doc_id="t", published=PUB)
    assert events and events[0].target == ["CHN"] and events[0].products == ["polyester staple fiber"]


def test_a_producer_head_is_a_product_only_when_nothing_else_is_named(extractor):
    """ "Chinese EV makers benefited from subsidies": the EV is what the sentence is about."""
    events = extractor.extract("Brussels imposed the duties after a probe found that Chinese EV makers got unfair subsidies.",
                               doc_id="t", published=PUB)
    assert any(e.products == ["electric vehicle"] for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo said Japan might retaliate against U.S. products as a result of the chip dispute.",
        "Washington insisted that the EC comply with the ruling and cut export subsidies on pasta.",
    ],
)
def test_abstract_nouns_are_no_products(extractor, text):
    products = {p for e in extractor.extract(text, doc_id="t", published="2019-05-17") for p in e.products}
    assert not products & {"result", "ruling", "chip dispute"}


@pytest.mark.parametrize(
    "text, products",
    [
        ("At the same time Clinton banned imports of Chinese guns and ammunition.", ["gun", "ammunition"]),
        ("Beijing will halt imports of pineapples from Taiwan from Monday, citing repeated discoveries of pests.", ["pineapple"]),
        ("Moscow did not rule out banning imports of cars, ships and aircraft from the West.", ["car", "ship", "aircraft"]),
    ],
)
def test_goods_of_the_trade_flow_a_verb_stops_are_products(extractor, text, products):
    ev = next(e for e in extractor.extract(text, doc_id="t", published="2021-02-26") if e.event_type == "impose")
    assert ev.products == products


@pytest.mark.parametrize(
    "text, products",
    [
        ("India, the world's largest rice exporter, had earlier banned wheat exports in May 2022 after a heatwave cut output.",
         ["wheat"]),
        ("Canada will phase out its 6.1 per cent duty on European cars over seven years, while the EU will eliminate its 10 per "
         "cent tariff on Canadian cars on the same schedule.", ["car"]),
    ],
)
def test_an_exporters_goods_and_a_schedule_are_not_the_measures_goods(extractor, text, products):
    events = [e for e in extractor.extract(text, doc_id="t", published="2023-07-21") if e.event_type in ("impose", "lift")]
    assert events and events[-1].products == products
