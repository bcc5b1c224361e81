"""Modality and retaliation of an event, from cues in the trigger's own clause.

Like ConText (medspaCy), a cue scopes over the clause it governs: "refused to lift"
is negated, "urged Washington to exempt" requested, "threatened to impose" and
"could face tariffs" threatened, "will impose" planned; otherwise asserted.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.cues import Cues

CLIMB_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "compound", "amod", "nsubj", "nsubjpass", "attr", "conj",
                        "acomp", "auxpass", "aux", "oprd", "appos", "nmod", "acl", "advcl", "pcomp", "dep", "npadvmod"})
ORDER = ("negated", "requested", "threatened", "planned")


def clause_tokens(trigger: Token, max_steps: int = 6) -> list[Token]:
    """The trigger, the heads it hangs from inside its clause, and their auxiliaries and negations."""
    chain = [trigger]
    tok = trigger
    for _ in range(max_steps):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "ROOT", "relcl", "parataxis"):
            break
    found = list(chain)
    for t in chain:
        found.extend(c for c in t.children if c.dep_ in ("aux", "auxpass", "neg", "det", "advmod", "amod") and c not in found)
    return found


def modality_of(trigger: Span, cues: Cues) -> str:
    """asserted, planned, threatened, requested or negated."""
    tokens = clause_tokens(trigger.root)
    if trigger.root.dep_ in ("nsubj", "nsubjpass") and trigger.root.pos_ in ("NOUN", "PROPN"):
        tokens = [t for t in tokens if t.dep_ != "neg"]  # "talks had not produced concessions": the talks happened
    words = {t.lower_ for t in tokens}
    for t in tokens:
        if t.lower_.startswith("rul") and any(c.lower_ == "out" for c in t.children):
            return "negated"
    sent = trigger.sent
    prev = sent.doc[trigger.start - 1].lower_ if trigger.start > sent.start else ""
    if prev in ("no", "not", "without"):
        return "negated"
    for name in ORDER:
        if words & cues.modality.get(name, frozenset()):
            return name
    for t in sent:
        if t.lower_ in ("upcoming", "planned", "proposed", "possible", "potential") and t.head.i == trigger.root.i:
            return "planned" if t.lower_ in ("upcoming", "planned", "proposed") else "threatened"
    return "asserted"


def is_retaliatory(sentence: Span, cues: Cues) -> bool:
    """Whether the sentence presents the action as retaliation or a counter-measure."""
    text = sentence.text.lower()
    for cue in cues.retaliation:
        if " " in cue or "-" in cue:
            if cue in text:
                return True
    words = {t.lower_ for t in sentence}
    if "response" in words and "in" in words:
        return True
    return bool(words & (cues.retaliation - {"response", "responded", "reciprocal", "counter"}))
