"""Who acts and who is targeted: roles of actor mentions relative to a trigger.

Reads the dependency parse and the prepositions around a mention: "X imposed … on
imports from Y" (X actor, Y target), "exports to the US" (the US acts), "European
steel" (Europe targeted), "talks with Japan" (Japan a party), "exempted Australia"
(Australia targeted). When the parse says nothing, position decides: before the
trigger acts, after it is targeted.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from extractor.cues import Cues

Role = Literal["actor", "target", "party", "none"]
PARTY_EVENTS = frozenset({"negotiate", "agree"})
PURCHASE_HEADS = frozenset({"purchases", "purchase", "imports", "buying", "purchasing", "consumption"})
RELIEF_PARTICIPLES = frozenset({"exempted", "spared", "excluded", "freed", "excused"})
ANSWER_STEMS = ("retaliat", "respond", "counter", "hit", "react", "answer")  # verbs that answer another party's measure
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod", "nummod"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OFFICIAL_HEADS = frozenset({"officials", "official", "authorities", "government", "ministers", "negotiators", "diplomats", "leaders",
                            "lawmakers", "regulators"})  # "officials in Seoul", "negotiators from Japan": that party
ACTION_NOUNS = frozenset({"investigation", "investigations", "probe", "probes", "inquiry", "review", "reviews", "ruling", "decision",
                          "move", "moves", "step", "steps", "action", "actions", "order", "orders", "decree", "notification",
                          "announcement", "imposition", "recommendation", "determination", "finding", "findings"})
LEAVING_VERBS = frozenset({"leave", "leaves", "left", "leaving", "quit", "quits", "quitting", "exit", "exits", "exited", "exiting"})
ASKED_EVENTS = frozenset({"impose", "lift", "exempt", "investigate"})  # the one asked acts; in a dispute, asking the forum is acting
BORDER_WORDS = frozenset({"border", "borders", "frontier", "frontiers"})
GRANT_VERBS = frozenset({"grant", "grants", "granted", "granting", "give", "gives", "gave", "given", "giving", "extend", "extends",
                         "extended", "extending", "offer", "offers", "offered", "offering"})


def subject_owned(token: Token) -> Token:
    """The subject a mention owns or names ("Switzerland's economy ministry called"), else the mention itself."""
    head = token.head
    if token.dep_ in ("poss", "compound") and head.dep_ in SUBJECT_DEPS and head.pos_ in ("NOUN", "PROPN"):
        return head
    return token


def _within_subject(token: Token) -> Token:
    """The subject whose phrase holds a mention ("exporters in Japan and South Korea have asked"), else the mention itself."""
    t = token
    for _ in range(6):
        if t.dep_ in SUBJECT_DEPS:
            return t
        if t.dep_ not in ("pobj", "prep", "poss", "compound", "conj", "appos", "amod") or t.head.i == t.i:
            break
        t = t.head
    return token


def governing(token: Token) -> Token:
    """Climb out of coordination and apposition: "Japan, a U.S. ally, and the EU" → "Japan"."""
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and seen < 10:
        token = token.head
        seen += 1
    return token


def is_product_or_trade_head(token: Token, product_tokens: set[int], cues: Cues) -> bool:
    """Whether `token` names traded goods ("steel", "imports", "goods")."""
    return token.i in product_tokens or token.lower_ in cues.target_heads


def role_of(
    mention: Span,
    trigger: Span,
    event_type: str,
    product_tokens: set[int],
    measure_tokens: set[int],
    cues: Cues,
    export_measure: bool = False,
) -> Role:
    """The role of an actor mention for the event evoked by `trigger`."""
    role = _role_of(mention, trigger, event_type, product_tokens, measure_tokens, cues, export_measure)
    if role == "actor" and mention.start > trigger.end and _in_clause_on_a_later_noun(mention.root, trigger.root):
        return "none"  # "blacklisted two Chinese banks accused of helping Moscow skirt sanctions": no actor of the blacklisting
    return role


def _in_clause_on_a_later_noun(token: Token, trig: Token) -> bool:
    """Whether a token sits in a relative or participle clause that qualifies a noun after the trigger."""
    for anc in token.ancestors:
        if anc.dep_ in ("relcl", "acl") and anc.head.i > trig.i and trig not in list(anc.subtree):
            return True
        if anc.i == trig.i:
            return False
    return False


def _role_of(
    mention: Span,
    trigger: Span,
    event_type: str,
    product_tokens: set[int],
    measure_tokens: set[int],
    cues: Cues,
    export_measure: bool = False,
) -> Role:
    """The role the parse gives a mention, before `role_of` checks the clause it sits in."""
    tok = governing(mention.root)
    head = tok.head
    trig = trigger.root
    party_event = event_type in PARTY_EVENTS
    in_clause = trig in list(head.subtree) or head in list(trig.subtree)
    if _made_in(mention, cues):
        return "none" if party_event else "target"  # "Chinese-made electric vehicles", "U.S.-built aircraft": the origin
    if not party_event and trig.pos_ == "VERB" and tok.dep_ != "nsubjpass" and any(
            c.dep_ == "nsubjpass" and c.i not in measure_tokens and mention.root.i in {t.i for t in c.subtree} for c in trig.children):
        return "target"  # "Developing countries …, including Brazil and India, will be exempted": inside the passive subject
        # (but "The EU sanctions … were imposed": the measure itself)
    if tok.dep_ == "dobj" and tok.head.lower_ in LEAVING_VERBS and tok.head.i != trig.i:
        return "none"  # "Britain, which left the EU in 2020, is negotiating a deal with Washington": the union it left
    if not party_event and _hit_by_measure(tok, trig, measure_tokens, cues):
        return "target"  # "the EU measures, which target Russia's banking sector": what the measure hits
    rel = next((c for c in mention.root.children if c.dep_ == "relcl" and trig in list(c.subtree)), None)
    if rel is not None and not party_event and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("which", "that", "who")
                                                   for s in rel.children) and (_undergoes(rel, trig, event_type, cues)
                                                                               or rel.i == trig.i and rel.lower_ in cues.undergoer_verbs):
        return "target"  # "South Korea, which faces the same 25% rate": the antecedent receives the measure
    if _other_conjuncts_subject(_within_subject(tok), trig):
        return "none"  # "Japan has not enforced the pact, and we are imposing these tariffs": the other clause's subject
    if mention.label_ == "DEMONYM" or tok.dep_ in MODIFIER_DEPS:
        if _bought_by_another(head):
            return "none"  # "a penalty over New Delhi's purchases of Russian oil": the buyer is hit, not the seller
        if is_product_or_trade_head(head, product_tokens, cues):
            if event_type == "dispute" and head.i not in measure_tokens and trig.lower_.startswith(("rul", "found", "find", "uph")):
                return "none"  # "ruled that U.S. tariffs on Chinese goods violated the rules": the respondent owns the measure
            if head.lower_ in cues.exporter_nouns and head.i == tok.i + 1 and party_event:
                return "party"
            return "party" if party_event else "target"
        if (head.i in measure_tokens and in_clause) or head.i in range(trigger.start, trigger.end):
            if mention.id_ in cues.body_codes and head.i in range(trigger.start, trigger.end):
                return "party" if event_type == "negotiate" else "none"  # "a WTO complaint": the forum (but "GATT negotiations")
            if event_type == "dispute" and (head.i in measure_tokens or trig.pos_ in ("VERB", "AUX") and tok.i > trig.i):
                return "target"  # "a complaint against U.S. lumber duties", "takes U.S. tariff fight to the WTO": the respondent
            if event_type == "investigate" and head.i in measure_tokens and head.dep_ == "pobj" and head.head.lower_ in ("into", "of"):
                return "target"  # "an investigation into Canada's surtax": the measure investigated is another's
            answer = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "with" else trig  # ("responded … with duties")
            if event_type == "impose" and head.i in measure_tokens and head.dep_ == "pobj" and head.head.lower_ in ("against", "to", "for") \
                    and head.head.head.i == answer.i and answer.lower_.startswith(ANSWER_STEMS):
                return "target"  # "Canada retaliates against U.S. shingle tariff": the owner of the measure answered
            return "party" if party_event else "actor"
    if _asked_to_act(tok, trig, cues):
        return "party" if party_event else "actor"
    if event_type in ASKED_EVENTS and _asks_another(_within_subject(tok), trig, cues):
        return "target" if event_type in ("lift", "exempt") else "none"  # "Nairobi asked Dodoma to lift the ban": the one who asks gains
    subject = _within_subject(tok)
    if tok.dep_ == "pobj" and head.lower_ in ("in", "from", "of") and subject.i != tok.i and subject.lower_ in OFFICIAL_HEADS \
            and trig in list(subject.head.subtree):
        return "party" if party_event else "actor"  # "officials in Seoul did not rule out retaliatory steps": Seoul's officials
    if tok.dep_ == "pobj" or (tok.dep_ == "dobj" and head.dep_ == "prep"):
        return _prepositional_role(tok, head, event_type, product_tokens, cues, export_measure, trig, measure_tokens)
    if tok.dep_ == "agent" or (head.dep_ == "agent"):
        return "party" if party_event else "actor"
    if tok.dep_ in SUBJECT_DEPS | {"nsubjpass"} and not party_event and _undergoes(head, trig, event_type, cues):
        return "target"  # "Ankara could face sanctions", "Canada was granted exemptions", "Switzerland secured a tariff cut"
    if event_type == "impose" and _asks_for(tok, trig, cues):
        return "none"  # "steelmakers had asked for a duty of 25%", "Italy had pushed for duties": who asks does not impose
    if tok.dep_ == "nsubj" and head.i == trig.i and event_type in ("exempt", "lift") and _relieved_in_headline(trig):
        return "target"  # "Canada exempted from U.S. steel tariffs", "Britain spared as Trump doubles tariffs": a passive, its auxiliary dropped
    if tok.dep_ in SUBJECT_DEPS:
        lo, hi = sorted((tok.i, trig.i))
        if any(t.text == ";" for t in tok.doc[lo:hi]):
            return "none"  # "U.S. tariffs take effect; Beijing hits back": another clause's subject
        governs = trig in list(head.subtree)
        if not governs and head.pos_ in ("VERB", "AUX") and head.lower_ not in cues.reporting_verbs:
            return "none"  # the subject of another verb in the sentence ("X took effect; Beijing hit back")
        return "party" if party_event else "actor"
    if tok.dep_ == "nsubjpass":
        if party_event:
            return "party"
        return "target" if event_type in ("impose", "exempt", "investigate", "dispute", "lift") and head.i == trig.i else "actor"
    if tok.dep_ in ("dobj", "dative", "attr", "oprd") and (head.i == trig.i or head.head.i == trig.i):
        return "party" if party_event else "target"
    return _positional_role(mention, trigger, party_event)


def _asks_for(tok: Token, trig: Token, cues: Cues) -> bool:
    """Whether a subject asks for the measure the trigger names ("had asked for a duty", "lobbied for a flat tariff")."""
    verb = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "for" else None
    return verb is not None and tok.dep_ in SUBJECT_DEPS and tok.head.i == verb.i \
        and verb.lower_ in cues.modality.get("requested", frozenset())


def _bought_by_another(goods: Token) -> bool:
    """Whether goods are named as what a named buyer purchases ("New Delhi's purchases of Russian oil", "imports of
    Iranian crude by Chinese refiners")."""
    if goods.dep_ != "pobj" or goods.head.lower_ != "of" or goods.head.head.lower_ not in PURCHASE_HEADS:
        return False
    flow = goods.head.head
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for c in flow.children)


def _relieved_in_headline(verb: Token) -> bool:
    """A relief participle with no object and no auxiliary: the headline passive "Canada exempted from U.S. tariffs"."""
    return verb.lower_ in RELIEF_PARTICIPLES and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "dative") for c in verb.children)


def _other_conjuncts_subject(subject: Token, trig: Token) -> bool:
    """Whether a subject belongs to a clause coordinated with the trigger's, which has a subject of its own (not "it": the same party)."""
    own = trig if trig.pos_ in ("VERB", "AUX") else trig.head if trig.head.pos_ in ("VERB", "AUX") else None
    return subject.dep_ in SUBJECT_DEPS and own is not None and own.dep_ == "conj" and own.head.i == subject.head.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i and c.lower_ not in ("it", "they") for c in own.children)


def _hit_by_measure(tok: Token, trig: Token, measure_tokens: set[int], cues: Cues) -> bool:
    """Whether a mention is (or owns, or qualifies) the object of a hitting verb whose subject is a measure ("duties that hit Chinese producers").

    The measure is a measure span, or the noun the trigger imposes or lifts ("the EU measures, which target Russia's banks, were imposed").
    """
    t = tok
    for _ in range(5):
        if t.dep_ == "dobj":
            break
        if t.dep_ not in MODIFIER_DEPS | {"conj", "appos", "pobj", "prep"} or t.head.i == t.i:
            return False
        t = t.head
    verb = t.head
    if t.dep_ != "dobj" or verb.lower_ not in cues.hitting_verbs:
        return False
    if verb.dep_ in ("relcl", "acl"):
        noun = verb.head
        return noun.i in measure_tokens or noun.head.i == trig.i and noun.dep_ in ("nsubj", "nsubjpass", "dobj")
    return any(c.dep_ == "nsubj" and c.i in measure_tokens for c in verb.children)


def _made_in(mention: Span, cues: Cues) -> bool:
    """Whether a mention names where goods come from as a hyphenated modifier ("Chinese-made", "U.S.-built")."""
    doc = mention.doc
    return mention.end + 1 < len(doc) and doc[mention.end].text in ("-", "–") and doc[mention.end + 1].lower_ in cues.origin_words


def _undergoes(verb: Token, trig: Token, event_type: str, cues: Cues) -> bool:
    """Whether the subject of `verb` receives what the trigger names: "face tariffs", "was granted exemptions", "secured a tariff cut"."""
    if trig.i == verb.i:
        return False
    object_of_verb = trig.head.i == verb.i and trig.dep_ in ("dobj", "oprd", "attr", "dative")
    via_prep = trig.dep_ == "pobj" and trig.head.dep_ in ("prep", "agent") and trig.head.head.i == verb.i and trig.head.lower_ == "with"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    receives = verb.lower_ in cues.recipient_verbs and event_type in ("lift", "exempt")  # but "Brazil won a WTO case"
    asks_for = verb.lower_ in cues.seeking_verbs and event_type in ("lift", "exempt") and trig.dep_ == "pobj" \
        and trig.head.lower_ == "for" and trig.head.head.i == verb.i  # "Japan asked for an exemption"
    return (object_of_verb or via_prep) and (verb.lower_ in cues.undergoer_verbs or passive or receives) or asks_for


def _asked_to_act(tok: Token, trig: Token, cues: Cues) -> bool:
    """'urged Washington to lift', 'called on Tokyo to withdraw', 'prompting Ankara to freeze': the one asked (or made) to act
    acts in the clause that follows."""
    if tok.dep_ == "dobj":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "on":
        verb = tok.head.head
    else:
        return False
    asked = trig.head.i == verb.i and trig.dep_ in ("xcomp", "advcl", "ccomp") and any(c.lower_ == "to" for c in trig.children) \
        or trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.i == verb.i  # "pressed Tokyo for lower tariffs"
    return asked and (verb.lower_ in cues.modality.get("requested", frozenset()) or verb.lower_ in cues.causative_verbs)


def _own_verbs(verb: Token) -> list[Token]:
    """The verb and those sharing its subject: "criticised the duties and urged Hanoi", "said it opposes … and urged"."""
    verbs = [verb]
    for clause in [verb, *(c for c in verb.children if c.dep_ == "ccomp" and any(
            s.dep_ == "nsubj" and s.pos_ == "PRON" for s in c.children))]:  # "said it opposes the duties and urged …"
        if clause.i != verb.i:
            verbs.append(clause)
        verbs.extend(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(s.dep_ in SUBJECT_DEPS | {"nsubjpass"} for s in c.children))
    return verbs


def _asks_another(tok: Token, trig: Token, cues: Cues) -> bool:
    """'Nairobi asked Dodoma to lift the ban', 'China urged Hanoi to scrap them': the subject of the request does not act."""
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    requests = cues.modality.get("requested", frozenset())
    return any(_requests_another(verb, trig, cues) for verb in _own_verbs(tok.head) if verb.lower_ in requests)


def _requests_another(verb: Token, trig: Token, cues: Cues) -> bool:
    """Whether the request verb `verb` asks someone else to carry out the trigger."""
    clause = trig.head if trig.dep_ == "conj" else trig  # "insisting that the EC comply … and cut export subsidies"
    if clause.dep_ == "ccomp" and clause.head.i == verb.i:
        return any(c.dep_ == "nsubj" and c.lower_ not in ("i", "we") or c.dep_ == "nsubjpass"  # "demanded that Tokyo remove", "wants it to cut"
                   for c in clause.children)  # "will request that the sanctions be lifted": someone else lifts them
    if trig.head.i != verb.i and not (trig.dep_ == "pobj" and trig.head.lower_ == "for" and trig.head.head.i == verb.i):
        return False  # (but "pressed Tokyo for lower tariffs": the measure asked for)
    asked = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on")]
    return bool(asked) and any(_asked_to_act(a if a.dep_ == "dobj" else next(iter(a.children), a), trig, cues) for a in asked)


def _agent_of_another(word: Token, trig: Token, measure_tokens: set[int] | frozenset[int]) -> bool:
    """Whether "by X" belongs to a word other than the trigger or a measure, one that does not lead to the trigger ("a move by X to …")."""
    if word.i == trig.i or word.i in measure_tokens or word.lower_ in ACTION_NOUNS:
        return False  # "imposed following an investigation by India's DGTR": the same authority acts
    if word.pos_ == "VERB":  # "a flood of steel diverted by U.S. tariffs" (but "a ban ordered by the ministry", "was decided by X to impose")
        labels = word.dep_ in ("acl", "relcl", "amod") and (word.head.i in measure_tokens or word.head.i == trig.i)
        return not labels and word.i not in {t.i for t in trig.ancestors} and trig.i not in {t.i for t in word.subtree}
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.dep_ in ("acl", "relcl", "prep") and trig.i in {t.i for t in c.subtree} for c in word.children)


def _prepositional_role(
    tok: Token, prep: Token, event_type: str, product_tokens: set[int], cues: Cues, export_measure: bool = False,
    trig: Token | None = None, measure_tokens: set[int] | frozenset[int] = frozenset(),
) -> Role:
    """Role from the preposition that governs the mention ("from", "on", "with", "to", "by")."""
    word = prep.lower_
    attach = prep.head
    party_event = event_type in PARTY_EVENTS
    if word in cues.agent_preps:
        if trig is not None and _agent_of_another(attach, trig, measure_tokens):
            return "none"  # "despite an all-out effort by Japan to avoid them": Japan makes the effort, not the tariffs
        return "party" if party_event else "actor"
    if word in cues.party_preps:
        if attach.lower_ in BORDER_WORDS and not party_event:
            return "target"  # "closed its border with Benin": the neighbour shut out
        if event_type == "dispute":
            return "target"  # "consultations with the United States", "a dispute with Malaysia": the respondent
        return "party" if party_event else "none"
    if word == "of" and attach.dep_ == "pobj" and attach.head.lower_ == "from" and attach.i not in product_tokens:
        return _prepositional_role(attach, attach.head, event_type, product_tokens, cues, export_measure, trig, measure_tokens)  # "from parts of France"
    if word in ("as", "like", "including") and attach.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and attach.head.i != attach.i:
        outer = governing(attach)
        if outer.dep_ == "pobj":
            return _prepositional_role(outer, outer.head, event_type, product_tokens, cues, export_measure, trig, measure_tokens)
    if word in ("to", "into"):
        if event_type in ("exempt", "lift") and attach.lower_ in GRANT_VERBS and trig is not None and any(
                c.dep_ == "dobj" and c.i == trig.i for c in attach.children):
            return "target"  # "granted exemptions to Norway": the one who gets the relief
        verb = attach.head if attach.dep_ == "dobj" and attach.i in measure_tokens else attach  # ("extended its embargo to …")
        if not party_event and event_type != "dispute" and trig is not None and verb.i == trig.i and verb.pos_ == "VERB" \
                and (export_measure or verb.lower_.startswith("exten")):
            return "target"  # "imposed export curbs on three chemicals to South Korea", "extended the ban to Belarus"
        if attach.lower_ in cues.exporter_nouns or attach.i in product_tokens:
            if party_event:
                return "none" if export_measure else "party"  # "agree to join curbs on chip exports to China"
            return "target" if export_measure else "actor"  # export curbs hit the destination; tariffs are its own
        return "party" if party_event else "none"
    if word == "in" and attach.lower_ in cues.origin_words and not party_event:
        return "target"  # "tiles originating in China", "cars made in Mexico": the exporting country
    if word == "at" and not party_event and (attach.lower_ in cues.retaliation or attach.lower_ in ("back", "out") or any(
            c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in attach.children)):
        return "target"  # "India hits back at U.S. with tariffs", "lashed out at Washington": whom the counter-measure answers
    if word in ("in", "at", "during", "after", "before", "since", "under", "like", "as", "than", "despite", "amid"):
        return "none"
    if word in cues.target_preps:
        if word == "of" and attach.lower_ not in cues.target_heads and attach.i not in product_tokens:
            return "party" if party_event else "actor"
        return "party" if party_event else "target"
    return "party" if party_event else "none"


def is_strong(mention: Span, trigger: Span, cues: Cues | None = None, event_type: str = "impose") -> bool:
    """Whether a mention is the trigger's own subject, agent, possessor or the one asked to act (then weaker candidates are dropped)."""
    tok = governing(mention.root)
    trig = trigger.root
    head = tok.head
    if cues is not None and _asked_to_act(tok, trig, cues):
        return True
    tok = subject_owned(tok)  # "Mexico's Ministry of Economy imposed": the subject's owner
    head = tok.head
    if cues is not None and event_type in ASKED_EVENTS and _asks_another(tok, trig, cues):
        return False
    if cues is not None and event_type not in PARTY_EVENTS and _undergoes(head, trig, event_type, cues):
        return False  # "Ankara could face sanctions": the subject receives the measure
    if event_type in ("exempt", "lift") and tok.dep_ == "nsubj" and head.i == trig.i and _relieved_in_headline(trig):
        return False  # "Canada exempted from U.S. steel tariffs": the subject is relieved, not the one relieving
    if cues is not None and event_type == "impose" and _asks_for(tok, trig, cues):
        return False  # "steelmakers had asked for a duty": the asker does not impose it
    if tok.dep_ in SUBJECT_DEPS and (head.i == trig.i or (trig.dep_ in ("dobj", "xcomp", "nsubjpass") and trig.head.i == head.i)):
        return True
    if tok.dep_ in SUBJECT_DEPS and trig.dep_ == "conj" and trig.head.i == head.i and trig.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in trig.children):
        return True  # "Britain eliminated its duties on wine and will phase out levies on beef": the shared subject
    if tok.dep_ == "poss" and head.i == trig.i:
        return True
    if tok.dep_ == "poss" and trig.dep_ in ("acl", "xcomp") and trig.head.i == head.i and head.pos_ == "NOUN":
        return True  # "Washington's refusal to exempt it", "Beijing's decision to impose duties": the noun's owner acts
    return tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.i == trig.i


def _positional_role(mention: Span, trigger: Span, party_event: bool) -> Role:
    """Fallback: parties for talks and deals, otherwise actor before the trigger and target after it."""
    if party_event:
        return "party"
    return "actor" if mention.start < trigger.start else "target"
