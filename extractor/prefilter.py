"""A cheap, lossless prefilter: a document the rules cannot draw an event from skips spaCy.

Every event needs a trigger (or measure) word, and the document must be about trade:
hold a measure mention, a trade word ("trade", "imports", "WTO") or a verb that is a
measure in itself ("banned", "sanctioned"). The vocabularies are read from the
pipeline's own rulers and cue lists, so the prefilter and the rules cannot drift apart.
A document passes when it has a trigger word and a trade word; failing the latter, the
measure ruler runs on the tokenised text (no model) to look for a measure mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from spacy.language import Language

WORD = re.compile(r"[a-z]+")
RULERS = ("trade_triggers", "trade_measures")


def first_token_words(pattern: Any) -> set[str]:
    """The lower-cased words a pattern's first token can match (empty if it can match anything)."""
    if isinstance(pattern, str):
        return set(WORD.findall(pattern.lower())[:1])
    first = pattern[0] if pattern else {}
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = first.get(key)
        if isinstance(value, str):
            return set(WORD.findall(value.lower())[:1])
        if isinstance(value, dict) and "IN" in value:
            return {w for v in value["IN"] for w in WORD.findall(v.lower())[:1]}
    return set()


@dataclass(frozen=True)
class Prefilter:
    """Tell whether a text may hold an event."""

    vocabulary: frozenset[str]
    trade_words: frozenset[str] = frozenset()
    has_measure: Callable[[str], bool] | None = None

    @classmethod
    def from_patterns(cls, patterns: Iterable[dict[str, Any]], trade_words: Iterable[str] = (),
                      has_measure: Callable[[str], bool] | None = None) -> "Prefilter":
        """Build from ruler patterns, ignoring blocking patterns (id `none`)."""
        vocab: set[str] = set()
        for p in patterns:
            if p.get("id") != "none":
                vocab |= first_token_words(p["pattern"])
        return cls(frozenset(vocab), frozenset(trade_words), has_measure)

    @classmethod
    def from_pipeline(cls, nlp: Language, trade_words: Iterable[str] = ()) -> "Prefilter":
        """Build from the trigger and measure rulers of a pipeline."""
        patterns: list[dict[str, Any]] = []
        for name in RULERS:
            if name in nlp.pipe_names:
                patterns.extend(nlp.get_pipe(name).patterns)
        measures = nlp.get_pipe("trade_measures") if "trade_measures" in nlp.pipe_names else None

        def has_measure(text: str) -> bool:
            if measures is None:
                return True
            doc = measures(nlp.make_doc(text))
            return any(s.id_ != "none" for s in doc.spans.get("trade_measures", []))

        return cls.from_patterns(patterns, trade_words, has_measure)

    def __call__(self, text: str) -> bool:
        """True if the text may hold an event."""
        words = set(WORD.findall(text.lower()))
        if self.vocabulary.isdisjoint(words):
            return False
        if not self.trade_words or not self.trade_words.isdisjoint(words):
            return True
        return self.has_measure(text) if self.has_measure else True
