"""A cheap, lossless prefilter: a document the rules cannot draw an event from skips the model.

The event builder needs two things of a document (see `EventBuilder._doc_is_trade`): a
trigger or measure word somewhere, and a licence: a measure mention ("tariffs",
"anti-dumping duties"), a legal basis ("Section 232"), the WTO, a verb that is a
measure in itself ("banned", "sanctioned"), or a trade-policy phrase ("trade talks"). The prefilter checks the same two things
with the pipeline's own rule sets, on the tokenised text only (no tagger, parser or
NER): first a word test against the first words of the trigger and measure patterns,
then the licence verbs and phrases, then the measure, legal and actor rulers on `nlp.make_doc(text)`.
The vocabularies come from the pipeline itself, so the prefilter and the rules cannot
drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from spacy.language import Language

from extractor.rulers import UNLICENSED, make_ruler

WORD = re.compile(r"[a-z]+")
RULERS = ("trade_triggers", "trade_measures")
LICENCE_RULERS = ("trade_measures", "trade_legal", "trade_actors")


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


def licence_vocabulary(patterns: Iterable[dict[str, Any]] | None) -> frozenset[str] | None:
    """The words the given patterns can start with, or None when one of them can start with any word (or none are given)."""
    if patterns is None:
        return None
    words: set[str] = set()
    for p in patterns:
        first = first_token_words(p["pattern"])
        if not first:
            return None
        words |= first
    return frozenset(words)


@dataclass(frozen=True)
class Prefilter:
    """Tell whether a text may hold an event."""

    vocabulary: frozenset[str]
    licence_words: frozenset[str] = frozenset()
    has_licence: Callable[[str], bool] | None = None
    licence_pattern: "re.Pattern[str] | None" = None
    licence_vocabulary: frozenset[str] | None = None  # the first words of the licensing rulers' patterns (None: any word may start one)

    @classmethod
    def from_patterns(cls, patterns: Iterable[dict[str, Any]], licence_words: Iterable[str] = (),
                      has_licence: Callable[[str], bool] | None = None,
                      licence_pattern: "re.Pattern[str] | None" = None, event_words: Iterable[str] = (),
                      licence_patterns: Iterable[dict[str, Any]] | None = None) -> "Prefilter":
        """Build from ruler patterns, ignoring blocking patterns (id `none`); `event_words` are further words that evoke events;
        `licence_patterns` are those `has_licence` matches (a text holding none of their first words needs no tokenising)."""
        vocab: set[str] = {w.lower() for w in event_words}
        for p in patterns:
            if p.get("id") != "none":
                vocab |= first_token_words(p["pattern"])
        return cls(frozenset(vocab), frozenset(licence_words), has_licence, licence_pattern, licence_vocabulary(licence_patterns))

    @classmethod
    def from_pipeline(cls, nlp: Language, licence_words: Iterable[str] = (), body_codes: Iterable[str] = (),
                      licence_pattern: "re.Pattern[str] | None" = None, event_words: Iterable[str] = ()) -> "Prefilter":
        """Build from the rulers of a pipeline; `body_codes` are actor ids that license a document (the WTO);
        `event_words` evoke events without a trigger pattern (flow stops such as "stopped", panel rulings such as "found")."""
        patterns: list[dict[str, Any]] = []
        for name in RULERS:
            if name in nlp.pipe_names:
                patterns.extend(nlp.get_pipe(name).patterns)
        bodies = frozenset(body_codes)
        needed = set(LICENCE_RULERS) if bodies else set(LICENCE_RULERS) - {"trade_actors"}
        if not needed <= set(nlp.pipe_names):
            return cls.from_patterns(patterns, licence_words, None, licence_pattern, event_words)  # a partial pipeline: let every text through
        rulers = [nlp.get_pipe("trade_measures"), nlp.get_pipe("trade_legal")]
        if bodies:  # only the WTO's names, not every actor: much faster
            body_patterns = [p for p in nlp.get_pipe("trade_actors").patterns if p.get("id") in bodies]
            rulers.append(make_ruler(nlp, "prefilter_bodies", "trade_actors", body_patterns, "ORTH"))

        def has_licence(text: str) -> bool:
            doc = nlp.make_doc(text)
            for ruler in rulers:
                doc = ruler(doc)
            return (any(s.id_ != "none" and s.label_ != UNLICENSED for key in ("trade_measures", "trade_legal") for s in doc.spans.get(key, []))
                    or any(s.id_ in bodies for s in doc.spans.get("trade_actors", [])))

        licensing = [p for ruler in rulers for p in ruler.patterns]
        return cls.from_patterns(patterns, licence_words, has_licence, licence_pattern, event_words, licensing)

    def __call__(self, text: str) -> bool:
        """True if the text may hold an event."""
        words = set(WORD.findall(text.lower()))
        if self.vocabulary.isdisjoint(words):
            return False
        if not self.licence_words.isdisjoint(words):
            return True
        if self.licence_pattern is not None and self.licence_pattern.search(text):
            return True
        if self.licence_vocabulary is not None and self.licence_vocabulary.isdisjoint(words):
            return False  # no licensing pattern can start here: the rulers would find nothing
        return self.has_licence(text) if self.has_licence else True
