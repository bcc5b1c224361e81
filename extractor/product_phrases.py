"""Products the gazetteer does not know, read from the syntax of trade copy.

"tariffs on pork bellies and maple syrup", "a ban on exports of nickel ore", "duties on
U.S. goods including bourbon and jeans": the noun phrases a measure or trigger governs
through "on", "of", "into" (directly or through "imports"/"exports"), and the items
listed after "including" or "such as". Each phrase is normalised as the contract asks:
lower case, singular head, qualifiers dropped (only noun modifiers are kept: "energy
products" → "energy product", "certain flat steel" → "steel"). Generic heads ("goods",
"products" alone), quantities, actors and places give nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.cues import Cues

PRODUCT_PREPS = frozenset({"on", "of", "into"})
LIST_PREPS = frozenset({"including", "like", "as"})  # "such as" attaches as "as"


def singular(word: str, invariant: frozenset[str]) -> str:
    """A plural noun's singular by the regular English rules ("bellies" → "belly", "boxes" → "box")."""
    if word in invariant or len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1]


def phrase_of(head: Token, cues: Cues) -> str | None:
    """The normalised product phrase headed by `head`, or None for generic, numeric or named heads."""
    word = head.lower_
    if head.pos_ not in ("NOUN",) or not word.isalpha() or word in cues.product_stop_heads:
        return None
    modifiers = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN" and c.lower_.isalpha()
                 and c.lower_ not in cues.product_stop_heads]
    first = modifiers[0].i if modifiers else head.i
    if any(t.pos_ != "NOUN" for t in head.doc[first:head.i]):
        modifiers = []  # keep only an unbroken run of nouns before the head
    name = " ".join([m.lower_ for m in modifiers] + [singular(word, cues.invariant_plurals)])
    if word in cues.product_generic_heads:
        return name if modifiers else None  # "energy products" yes, "products" no
    return name


def listed(token: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("cars, alcohol and tobacco")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            out.extend(listed(child))
    return out


def objects_of(token: Token) -> list[Token]:
    """Nouns governed by `token` through "on", "of" or "into", and through trade heads ("on imports of X")."""
    found: list[Token] = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in PRODUCT_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found.extend(listed(obj))
    return found


def product_phrases(sent: Span, anchors: list[Token], covered: set[int], actor_tokens: set[int], cues: Cues) -> list[tuple[int, str]]:
    """(token index, product name) of the products the anchors (measures, triggers) govern, outside `covered`."""
    heads: list[Token] = []
    for anchor in anchors + [a.head for a in anchors]:  # "including" may hang on the verb
        for obj in objects_of(anchor):
            heads.append(obj)
            if obj.lower_ in cues.target_heads:
                heads.extend(objects_of(obj))  # "imports of steel"
    items: list[Token] = []
    for head in heads + anchors + [a.head for a in anchors]:
        if head in heads:
            items.append(head)
        for prep in head.children:  # "goods, including bourbon and jeans", "products such as wine"
            if prep.dep_ == "prep" and prep.lower_ in LIST_PREPS:
                items.extend(o2 for obj in prep.children if obj.dep_ == "pobj" for o2 in listed(obj))
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    for tok in items:
        if tok.i in seen or tok.i in covered or tok.i in actor_tokens or not (sent.start <= tok.i < sent.end):
            continue
        seen.add(tok.i)
        name = phrase_of(tok, cues)
        if name:
            out.append((tok.i, name))
    return out
