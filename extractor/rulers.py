"""spaCy components that tag trade vocabulary from the rule files in `models/`.

Each factory wraps spaCy's `SpanRuler`: patterns come from `models/`, spans go to
`doc.spans[spans_key]` with the normalised value in `span.id_`, overlaps resolve to
the longest match, and `to_disk`/`from_disk` save the rules with the pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Span
from spacy.util import filter_spans

from extractor import gazetteer
from extractor.records import EVENT_TYPES, MEASURES
from extractor.resources import load_patterns, models_dir_or_default

TRIGGER_IDS = set(EVENT_TYPES) | {"none"}
MEASURE_IDS = set(MEASURES) | {"none"}
UNLICENSED = "SUPPORT"  # the label of measure patterns that do not make a document a trade story


def longest_first(new: Iterable[Span], existing: Iterable[Span]) -> list[Span]:
    """Keep the longest non-overlapping spans, earlier ones first on ties."""
    return filter_spans(list(existing) + list(new))


MAX_EXPANSION = 400


def token_choices(token: Any, attr: str) -> list[str] | None:
    """The strings one exact pattern token allows for `attr` ("" when it is optional), or None if it tests anything else."""
    if not isinstance(token, dict):
        return None
    optional = token.get("OP") == "?"
    tests = {k: v for k, v in token.items() if k != "OP"}
    if set(token) - {"OP"} != {attr} and not (set(tests) == {"ORTH"} and attr == "LOWER" and _caseless(tests["ORTH"])):
        return None
    if "OP" in token and not optional:
        return None
    value = next(iter(tests.values()))
    if isinstance(value, str):
        options = [value]
    elif isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        options = list(value["IN"])
    else:
        return None
    return options + [""] if optional else options


def _caseless(value: Any) -> bool:
    """Whether an ORTH value reads the same in lower case (punctuation, digits), so LOWER can test it."""
    return isinstance(value, str) and value == value.lower()


def as_phrases(pattern: Any, attr: str) -> list[str] | None:
    """The phrases an exact token pattern stands for (each token fixes only `attr`, as a string or an IN list, and may be optional)."""
    if not isinstance(pattern, list) or not pattern:
        return None
    phrases = [""]
    for token in pattern:
        options = token_choices(token, attr)
        if options is None:
            return None
        phrases = list(dict.fromkeys(f"{p} {o}".strip() for p in phrases for o in options))
        if len(phrases) > MAX_EXPANSION:
            return None
    return [p for p in phrases if p]


def compile_phrases(patterns: list[dict[str, Any]], attr: str | None) -> list[dict[str, Any]]:
    """Turn exact `attr` token patterns into phrase patterns (PhraseMatcher is much faster); keep the others."""
    if attr is None:
        return patterns
    out = []
    for p in patterns:
        phrases = as_phrases(p["pattern"], attr)
        if phrases is None:
            out.append(p)
        else:
            out.extend({**p, "pattern": phrase} for phrase in phrases)
    return out


def make_ruler(nlp: Language, name: str, spans_key: str, patterns: list[dict[str, Any]], phrase_attr: str | None = None) -> SpanRuler:
    """A SpanRuler writing longest matches to `spans_key`, loaded with `patterns` (exact ones via a PhraseMatcher on `phrase_attr`)."""
    ruler = SpanRuler(nlp, name, spans_key=spans_key, spans_filter=longest_first, overwrite=True, validate=True,
                      phrase_matcher_attr=phrase_attr)
    with nlp.select_pipes(enable=[]):  # phrase patterns need only the tokenizer
        ruler.add_patterns(compile_phrases(patterns, phrase_attr))
    return ruler


def _factory(name: str, spans_key: str, loader: Callable[[Path], list[dict[str, Any]]], phrase_attr: str | None = None) -> None:
    """Register a ruler factory `name` whose patterns come from `loader(models_dir)`."""

    @Language.factory(name, default_config={"spans_key": spans_key, "models_dir": None, "phrase_attr": phrase_attr})
    def create(nlp: Language, name: str, spans_key: str, models_dir: str | None, phrase_attr: str | None) -> SpanRuler:
        return make_ruler(nlp, name, spans_key, loader(models_dir_or_default(models_dir)), phrase_attr)


def trigger_patterns(models_dir: Path) -> list[dict[str, Any]]:
    """Event trigger patterns: label TRIGGER, id = event type (or `none` to block a reading)."""
    return load_patterns(models_dir / "triggers.jsonl", labels={"TRIGGER"}, ids=TRIGGER_IDS)


def measure_patterns(models_dir: Path) -> list[dict[str, Any]]:
    """Measure patterns: label MEASURE, id = measure (or `none` for look-alikes such as feed-in tariffs); label SUPPORT for
    government support ("aid", "credit lines"), a measure only in a story that is about trade on other grounds."""
    return load_patterns(models_dir / "measures.jsonl", labels={"MEASURE", UNLICENSED}, ids=MEASURE_IDS)


def date_patterns(models_dir: Path) -> list[dict[str, Any]]:
    """Date expression patterns: label DATE, id = the kind of expression (resolved later by `dates.DateResolver`)."""
    return load_patterns(models_dir / "dates.jsonl", labels={"DATE"})


_factory("trade_triggers", "trade_triggers", trigger_patterns, "LOWER")
_factory("trade_measures", "trade_measures", measure_patterns, "LOWER")
_factory("trade_actors", "trade_actors", gazetteer.actor_patterns, "ORTH")
_factory("trade_products", "trade_products", gazetteer.product_patterns, "LOWER")
_factory("trade_legal", "trade_legal", gazetteer.legal_patterns, "LOWER")
_factory("trade_dates", "trade_dates", date_patterns)
