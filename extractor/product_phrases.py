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

from typing import Callable

from spacy.tokens import Span, Token

from extractor.cues import Cues

PRODUCT_PREPS = frozenset({"on", "of", "into"})
OE_PLURALS = frozenset({"shoes", "toes", "hoes", "canoes", "oboes", "floes", "sloes"})  # plurals of nouns ending in "oe"
NOUN_ROLES = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "conj", "appos", "attr", "oprd", "dative", "ROOT"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
LIST_PREPS = frozenset({"including", "like", "as"})  # "such as" attaches as "as"


def singular(word: str, invariant: frozenset[str]) -> str:
    """A plural noun's singular by the regular English rules ("bellies" → "belly", "boxes" → "box")."""
    if word in invariant or len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word in OE_PLURALS:
        return word[:-1]  # "shoes" → "shoe" (not "sho")
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
        return us_spelling(name, cues) if modifiers else None  # "energy products" yes, "products" no
    adjectives = [t.lower_ for t in classifiers(modifiers[0] if modifiers else head, head, cues)]
    return us_spelling(" ".join(adjectives + [name]), cues)


def us_spelling(name: str, cues: Cues) -> str:
    """A product name with British spellings replaced by US ones ("optical fibre" → "optical fiber")."""
    return " ".join(cues.us_spellings.get(w, w) for w in name.split())


def run_before(first: Token, keep: Callable[[Token], bool]) -> list[Token]:
    """The unbroken run of tokens right before `first` that `keep` accepts; none when a hyphen precedes it
    ("large-engine cars", "high-purity copper": the hyphenated word belongs to another modifier)."""
    out: list[Token] = []
    doc = first.doc
    i = first.i - 1
    while i >= first.sent.start and keep(doc[i]):
        out.insert(0, doc[i])
        i -= 1
    if out and out[0].i > first.sent.start and doc[out[0].i - 1].text in ("-", "–"):
        return []
    return out


def classifiers(first: Token, head: Token, cues: Cues) -> list[Token]:
    """Lower-case adjectives right before `first` that classify the goods headed by `head`
    ("hydroiodic acid", "industrial chemicals"); qualifiers and evaluations are not kept."""
    return run_before(first, lambda t: t.pos_ == "ADJ" and t.is_alpha and t.text.islower() and t.dep_ in ("amod", "compound")
                      and first.i <= t.head.i <= head.i and t.lower_.endswith(cues.adjective_endings)
                      and t.lower_ not in cues.adjective_stops)


def compound_head(root: Token, end: int, cues: Cues, excluded: set[int]) -> Token | None:
    """The noun a known product modifies as a compound, when the whole compound names goods
    ("stainless steel fasteners" → fasteners); None when the head is a stop or generic word."""
    h = root.doc[end - 1] if root.doc[end - 1].dep_ == "compound" else root  # "galvanized steel coil": from the name's last word
    while h.dep_ == "compound" and h.head.i > h.i and h.head.pos_ == "NOUN":
        h = h.head
    doc = root.doc
    if h.i == root.i and root.dep_ in MODIFIER_DEPS:
        return noun_run_end(doc[end - 1], cues, excluded)  # "ceramic tableware", "nylon tyre cord fabric": the parse missed the head
    if h.i == root.i or h.i < end or not h.is_alpha or h.i in excluded or h.dep_ not in NOUN_ROLES:
        return None
    if any(t.pos_ != "NOUN" or not t.is_alpha for t in doc[end:h.i + 1]):
        return None
    if h.lower_ in cues.product_stop_heads or h.lower_ in cues.product_generic_heads or h.lower_ in cues.target_heads:
        return None
    return h


def noun_run_end(last: Token, cues: Cues, excluded: set[int]) -> Token | None:
    """The last of the lower-case nouns right after `last` that continue a product's name ("polyester textured yarn"),
    or None when none follows or the run goes on into a word that is no product's ("soybean farmers")."""
    doc, end = last.doc, last.sent.end
    found: Token | None = None
    i = last.i + 1
    while i < end and i not in excluded and doc[i].is_alpha and doc[i].text.islower():
        tok = doc[i]
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.lower_ in cues.product_stop_heads or tok.lower_ in cues.product_generic_heads or tok.lower_ in cues.target_heads:
                return found if tok.lower_ in cues.target_heads else None  # "ceramic tableware imports" yes, "… makers" no
            found = tok
        elif not (found is None and tok.dep_ == "amod" and tok.lower_.endswith("ed") and i + 1 < end and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            break  # only a participle inside the name ("textured") may come between nouns
        i += 1
    return found


def compound_heads(products: list[Span], cues: Cues, excluded: set[int]) -> set[int]:
    """The nouns known products modify as part of their name ("Chinese polyester staple fibre": "staple", "fibre")."""
    out: set[int] = set()
    for p in products:
        head = compound_head(p.root, p.end, cues, excluded)
        if head is not None:
            out.update(range(p.end, head.i + 1))
    return out


def full_name(first: Token, base: str, end: int, root: Token, cues: Cues, excluded: set[int],
              known: set[int] | frozenset[int] = frozenset()) -> tuple[str, range]:
    """A known product's name with the compound head it modifies and the classifying adjectives before it,
    and the token indices the whole name covers."""
    doc = first.doc
    hyphenated = first.i > first.sent.start and doc[first.i - 1].text in ("-", "–")  # "large-engine cars"
    head = None if hyphenated else compound_head(root, end, cues, excluded)
    words = [base]
    if head is not None:
        words += [t.lower_ for t in doc[end:head.i]] + [singular(head.lower_, cues.invariant_plurals)]
    nouns = [] if hyphenated or singular(us_spelling(doc[end - 1].lower_, cues), cues.invariant_plurals) != base.split()[-1] \
        else noun_modifiers(first, head or doc[end - 1], cues, excluded | set(known))  # "sheet glass", but not "tiles" read as "ceramic tile"
    start = nouns[0] if nouns else first
    adjectives = [t for t in classifiers(start, head or root, cues) if t.i not in excluded]
    name = us_spelling(" ".join([t.lower_ for t in adjectives] + [t.lower_ for t in nouns] + words), cues)
    return name, range(adjectives[0].i if adjectives else start.i, (head.i + 1) if head is not None else end)


def noun_modifiers(first: Token, head: Token, cues: Cues, excluded: set[int]) -> list[Token]:
    """Lower-case common nouns right before a known product that compound with its name ("sheet glass", "storm doors")."""
    return run_before(first, lambda t: t.pos_ == "NOUN" and t.is_alpha and t.text.islower() and t.dep_ == "compound"
                      and first.i <= t.head.i <= head.i and t.i not in excluded and t.lower_ not in cues.product_stop_heads
                      and t.lower_ not in cues.product_generic_heads and t.lower_ not in cues.target_heads)


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
        flows = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in cues.target_heads] \
            if anchor.pos_ == "VERB" and anchor in anchors else []  # "banned imports of Chinese guns", "will halt imports of pineapples"
        for obj in objects_of(anchor) + flows:
            heads.append(obj)
            if obj.lower_ in cues.target_heads:
                heads.extend(objects_of(obj))  # "imports of steel"
    items: list[Token] = []
    for head in heads + anchors + [a.head for a in anchors]:
        if head in heads:
            items.append(head)
        for prep in head.children:  # "goods, including bourbon and jeans", "products such as wine"
            if prep.dep_ == "prep" and prep.lower_ in LIST_PREPS and (prep.lower_ != "as" or prep.nbor(-1).lower_ == "such"):
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
