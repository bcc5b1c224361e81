"""A cheap, lossless prefilter: a document without any trigger or measure word cannot hold an event.

The vocabulary is read from the pipeline's own trigger and measure rulers, so the
prefilter and the rules cannot drift apart: every event needs a trigger or measure
match, whose first token is one of these words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

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
    """Tell whether a text has any word that can start a trigger or measure match."""

    vocabulary: frozenset[str]

    @classmethod
    def from_patterns(cls, patterns: Iterable[dict[str, Any]]) -> "Prefilter":
        """Build from ruler patterns, ignoring blocking patterns (id `none`)."""
        vocab: set[str] = set()
        for p in patterns:
            if p.get("id") != "none":
                vocab |= first_token_words(p["pattern"])
        return cls(frozenset(vocab))

    @classmethod
    def from_pipeline(cls, nlp: Language) -> "Prefilter":
        """Build from the trigger and measure rulers of a pipeline."""
        patterns: list[dict[str, Any]] = []
        for name in RULERS:
            if name in nlp.pipe_names:
                patterns.extend(nlp.get_pipe(name).patterns)
        return cls.from_patterns(patterns)

    def __call__(self, text: str) -> bool:
        """True if the text may hold an event."""
        return not self.vocabulary.isdisjoint(WORD.findall(text.lower()))
