"""The `trade_quantities` component: tariff rates and trade values, normalised.

"25 percent", "25%", "10 per cent", "25 pct", "twenty-five percent", "10 to 25 percent",
"$50 per tonne" become rate spans in `doc.spans["trade_rates"]` (id "25|%", a range
"10|%;25|%"); "$34 billion", "US$200bn", "€2.8 billion", "5 billion yuan" become value
spans in `doc.spans["trade_values"]` (id "34000000000|USD"). The lexicon is
`models/quantities.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.records import Rate, TradeValue
from extractor.resources import ResourceFileError, load_json, models_dir_or_default

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _alternation(words: list[str]) -> str:
    """A regex alternation of `words`, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class Quantities:
    """Compiled patterns and lexicon for rates and values."""

    numbers: dict[str, float]
    scales: dict[str, float]
    prefixes: dict[str, str]
    suffixes: dict[str, str]
    per_units: dict[str, str]
    rate_rx: re.Pattern[str]
    per_unit_rx: re.Pattern[str]
    value_rx: re.Pattern[str]

    @classmethod
    def from_dir(cls, models_dir: Path) -> "Quantities":
        """Build the patterns from `models/quantities.json`."""
        path = models_dir / "quantities.json"
        lex = load_json(path)
        try:
            numbers = {k.lower(): float(v) for k, v in lex["number_words"].items()}
            scales = {k.lower(): float(v) for k, v in lex["scales"].items()}
            prefixes = {k.lower(): v for k, v in lex["currency_prefixes"].items()}
            suffixes = {k.lower(): v for k, v in lex["currency_suffixes"].items()}
            per_units = {k.lower(): v for k, v in lex["per_units"].items()}
            pct = [w.lower() for w in lex["percent_words"]]
        except (KeyError, AttributeError, TypeError, ValueError) as err:
            raise ResourceFileError(f"{path}: missing or malformed section ({err})") from err
        words = _alternation([w for w in numbers if " " not in w])
        num = rf"(?:{DIGITS}|(?:{words})(?:[- ](?:{words}))?)"
        pct_rx = _alternation(pct)
        rate = (
            rf"(?<![\w.$€£¥])(?P<a>{num})(?:(?:\s*(?:{pct_rx}))?\s+to|\s+and)\s+(?P<b>{num})\s*(?:{pct_rx})(?!\w)"
            rf"|(?<![\w.$€£¥])(?P<a2>{DIGITS})(?:\s*(?:{pct_rx}))?\s*[-–]\s*(?P<b2>{DIGITS})\s*(?:{pct_rx})(?!\w)"
            rf"|(?<![\w.$€£¥])(?P<c>{num})\s*-?\s*(?:{pct_rx})(?!\w)"
            rf"|(?:(?<=\bto\s)|(?<=\bfrom\s))(?P<z>zero|nil)(?![\w-])"  # "cut to zero", "to 20 per cent from nil": a 0% rate
        )
        scale = _alternation(list(scales))
        pre = _alternation(list(prefixes))
        suf = _alternation(list(suffixes))
        units = _alternation(list(per_units))
        per = (
            rf"(?P<cur>{pre})\s?(?P<num>{DIGITS})(?:\s*(?:to|and|-|–)\s*(?:{pre})?\s?(?P<num_b>{DIGITS}))?"
            rf"\s*(?:per|a|an|/)\s*(?P<unit>{units})(?!\w)"
            rf"|(?<![\w.])(?P<num2>{DIGITS})(?:\s*(?:to|and|-|–)\s*(?P<num2_b>{DIGITS}))?\s+(?P<cur2>{suf})"
            rf"\s*(?:per|a|an|/)\s*(?P<unit2>{units})(?!\w)"
        )  # "$873 per tonne", "from $152 to $1,093 per tonne", "25 euros per tonne"
        value = (
            rf"(?<![\w])(?P<cur>{pre})\s?(?P<num>{DIGITS})(?:\s*(?P<scale>{scale})(?!\w))?"
            rf"|(?<![\w.])(?P<num2>{DIGITS})\s*(?P<scale2>{scale})?\s+(?:(?:u\.s\.|us|american)\s+)?(?P<cur2>{suf})(?!\w)"
        )
        flags = re.IGNORECASE
        return cls(numbers, scales, prefixes, suffixes, per_units,
                   re.compile(rate, flags), re.compile(per, flags), re.compile(value, flags))

    def number(self, text: str) -> float | None:
        """A numeral or number words ("25", "2,500", "twenty-five") as a float."""
        t = text.lower().replace(",", "")
        try:
            return float(t)
        except ValueError:
            pass
        total = 0.0
        for part in re.split(r"[- ]", t):
            if part not in self.numbers:
                return None
            total += self.numbers[part]
        return total

    def rates(self, text: str) -> Iterator[tuple[int, int, list[Rate]]]:
        """(start, end, rates) for each rate expression in `text`."""
        for m in self.per_unit_rx.finditer(text):
            prefixed = m.group("cur") is not None
            numbers = (m.group("num"), m.group("num_b")) if prefixed else (m.group("num2"), m.group("num2_b"))
            values = [self.number(n) for n in numbers if n]
            currency = self.prefixes[m.group("cur").lower()] if prefixed else self.suffixes[m.group("cur2").lower()]
            if values and all(v is not None for v in values):
                unit = f"{currency}/{self.per_units[(m.group('unit') or m.group('unit2')).lower()]}"
                yield m.start(), m.end(), [Rate(v, unit) for v in values]
        for m in self.rate_rx.finditer(text):
            if m.group("a"):
                parts = [m.group("a"), m.group("b")]
            elif m.group("a2"):
                parts = [m.group("a2"), m.group("b2")]
            elif m.group("z"):
                parts = ["0"]
            else:
                parts = [m.group("c")]
            values = [self.number(p) for p in parts]
            if all(v is not None for v in values):
                yield m.start(), m.end(), [Rate(v, "%") for v in values]

    def values(self, text: str) -> Iterator[tuple[int, int, TradeValue]]:
        """(start, end, value) for each money amount in `text`."""
        for m in self.value_rx.finditer(text):
            if m.group("cur"):
                num, scale, cur = m.group("num"), m.group("scale"), self.prefixes[m.group("cur").lower()]
            else:
                num, scale, cur = m.group("num2"), m.group("scale2"), self.suffixes[m.group("cur2").lower()]
            amount = self.number(num)
            if amount is None:
                continue
            if scale:
                amount *= self.scales[scale.lower()]
            yield m.start(), m.end(), TradeValue(round(amount, 2), cur)


def encode_rates(rates: list[Rate]) -> str:
    """Span id for rates: "10|%;25|%"."""
    return ";".join(f"{r.value:g}|{r.unit}" for r in rates)


def decode_rates(span_id: str) -> list[Rate]:
    """Rates from a span id."""
    out = []
    for part in span_id.split(";"):
        value, unit = part.split("|", 1)
        out.append(Rate(float(value), unit))
    return out


def decode_value(span_id: str) -> TradeValue:
    """A trade value from a span id."""
    amount, currency = span_id.split("|", 1)
    return TradeValue(float(amount), currency)


class QuantityTagger:
    """Tag rate and value spans on a Doc."""

    def __init__(self, quantities: Quantities) -> None:
        self.q = quantities

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        rates: list[Span] = []
        taken: list[tuple[int, int]] = []
        for start, end, found in self.q.rates(text):
            if any(start < b and a < end for a, b in taken):
                continue
            span = doc.char_span(start, end, label="RATE", span_id=encode_rates(found), alignment_mode="expand")
            if span is not None:
                rates.append(span)
                taken.append((start, end))
        values = []
        for start, end, value in self.q.values(text):
            if any(start < b and a < end for a, b in taken):
                continue
            span = doc.char_span(start, end, label="VALUE", span_id=f"{value.amount:.2f}|{value.currency}", alignment_mode="expand")
            if span is not None:
                values.append(span)
        doc.spans["trade_rates"] = sorted(rates, key=lambda s: s.start)
        doc.spans["trade_values"] = values
        return doc


@Language.factory("trade_quantities", default_config={"models_dir": None})
def make_quantity_tagger(nlp: Language, name: str, models_dir: str | None) -> QuantityTagger:
    """Create the rate and value tagger from `models/quantities.json`."""
    return QuantityTagger(Quantities.from_dir(models_dir_or_default(models_dir)))
