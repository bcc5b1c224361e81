"""Rates and values as journalists write them (rule test on spacy.blank)."""

from __future__ import annotations

import pytest
import spacy

from extractor.quantities import QuantityTagger, Quantities, decode_rates, decode_value


@pytest.fixture(scope="module")
def tagger(models_dir):
    return QuantityTagger(Quantities.from_dir(models_dir))


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington imposed a 25 percent tariff on steel.", [[(25.0, "%")]]),
        ("duties of 25% on steel", [[(25.0, "%")]]),
        ("a levy of 10 per cent on cars", [[(10.0, "%")]]),
        ("SEOUL RAISES DUTY TO 25 PCT", [[(25.0, "%")]]),
        ("raised tariffs to 25 pct from 10 pct", [[(25.0, "%")], [(10.0, "%")]]),
        ("a twenty-five percent duty", [[(25.0, "%")]]),
        ("tariffs of up to 40 percent", [[(40.0, "%")]]),
        ("duties ranging from 17.4 to 38.1 percent", [[(17.4, "%"), (38.1, "%")]]),
        ("between 10 and 25 percent", [[(10.0, "%"), (25.0, "%")]]),
        ("a 10-25% surcharge", [[(10.0, "%"), (25.0, "%")]]),
        ("rates of 7.5 percent and 15 percent", [[(7.5, "%")], [(15.0, "%")]]),
        ("a duty of $50 per tonne on sugar", [[(50.0, "USD/t")]]),
        ("duties ranging from $152 to $1,093 per tonne", [[(152.0, "USD/t"), (1093.0, "USD/t")]]),
        ("between US$98 and US$212 per tonne", [[(98.0, "USD/t"), (212.0, "USD/t")]]),
        ("$619-$873 per tonne", [[(619.0, "USD/t"), (873.0, "USD/t")]]),
        ("an export tax of 25 euros per tonne on corn", [[(25.0, "EUR/t")]]),
        ("a levy of 3,000 rupees a tonne", [[(3000.0, "INR/t")]]),
        ("duties of 100 to 150 yuan per tonne", [[(100.0, "CNY/t"), (150.0, "CNY/t")]]),
        ("an anti-dumping duty of 120 euros a tonne", [[(120.0, "EUR/t")]]),
        ("a levy of €0.4 per kilogram", [[(0.4, "EUR/kg")]]),
        ("a ten percent tariff", [[(10.0, "%")]]),
        ("duties of 35.3% on BYD", [[(35.3, "%")]]),
        ("will be cut to zero", [[(0.0, "%")]]),
        ("raised the duty to 20 per cent from nil", [[(20.0, "%")], [(0.0, "%")]]),
        ("moved the goods to zero-rated status", []),
        ("It had 25 employees.", []),
    ],
)
def test_rates(nlp, tagger, text, expected):
    doc = tagger(nlp(text))
    got = [[(r.value, r.unit) for r in decode_rates(s.id_)] for s in doc.spans["trade_rates"]]
    assert got == expected


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("tariffs on $34 billion of Chinese goods", 34e9, "USD"),
        ("on US$200bn of imports", 200e9, "USD"),
        ("€2.8 billion of U.S. products", 2.8e9, "EUR"),
        ("5 billion yuan worth of goods", 5e9, "CNY"),
        ("C$16.6 billion in U.S. goods", 16.6e9, "CAD"),
        ("£1.2bn of whisky exports", 1.2e9, "GBP"),
        ("34 billion dollars of imports", 34e9, "USD"),
        ("$50 bln of goods", 50e9, "USD"),
        ("about 300 million euros of steel", 300e6, "EUR"),
        ("A$1.5 billion in barley", 1.5e9, "AUD"),
        ("Rs 10,000 crore of imports", 1e11, "INR"),
        ("2.4 trillion won of chips", 2.4e12, "KRW"),
        ("$1,250 million of goods", 1.25e9, "USD"),
        # a currency named with its country's adjective
        ("citrus shipments worth about 1.5 billion Egyptian pounds a year", 1.5e9, "EGP"),
        ("goods worth 2 billion Colombian pesos", 2e9, "COP"),
        ("seafood worth about 7 billion Norwegian crowns", 7e9, "NOK"),
        ("maize imports worth 12 billion Kenyan shillings", 12e9, "KES"),
        ("grain worth 400 million zloty", 400e6, "PLN"),
    ],
)
def test_values(nlp, tagger, text, amount, currency):
    doc = tagger(nlp(text))
    values = [decode_value(s.id_) for s in doc.spans["trade_values"]]
    assert values and values[0].currency == currency
    assert values[0].amount == pytest.approx(amount)


def test_per_unit_rate_is_not_also_a_value(nlp, tagger):
    doc = tagger(nlp("a duty of $50 per tonne"))
    assert len(doc.spans["trade_rates"]) == 1
    assert len(doc.spans["trade_values"]) == 0


def test_malformed_lexicon_names_the_file(tmp_path):
    from extractor.resources import ResourceFileError

    (tmp_path / "quantities.json").write_text('{"number_words": {}}', encoding="utf-8")
    with pytest.raises(ResourceFileError, match="quantities.json"):
        Quantities.from_dir(tmp_path)
