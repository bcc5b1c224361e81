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
OWN_AIMS = frozenset({"seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "hope", "hopes", "hoped", "hoping"})
AGREE_VERBS = frozenset({"agree", "agrees", "agreed", "agreeing"})
DEAL_HEADS = frozenset({"deal", "deals", "agreement", "pact", "accord", "treaty", "truce"})
EXPECTING_VERBS = frozenset({"expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated", "predict",
                             "predicts", "predicted", "forecast", "forecasts"})
PLEDGE_VERBS = frozenset({"pledge", "pledged", "pledges", "promise", "promised", "promises", "commit", "committed", "commits"})
NOT_DONE = frozenset({"proposed", "planned", "expected", "scheduled", "envisaged", "sought", "demanded", "requested", "threatened", "mooted"})
TEMPORAL_PREPS = frozenset({"after", "following", "before", "since", "during", "amid"})
RESPOND_VERBS = frozenset({"respond", "responds", "responded", "responding"})
WITHOUT_WHAT = frozenset({"agreement", "deal", "accord", "pact", "treaty", "settlement", "extension", "compromise"})  # "without a deal"


def clause_tokens(trigger: Token, max_steps: int = 6) -> list[Token]:
    """The trigger, the heads it hangs from inside its clause, and their auxiliaries and negations.

    The climb stops at a temporal preposition ("recommended after an investigation": the investigation
    is its own event), and a clause joined by "and" lends its auxiliaries but not its negation.
    """
    chain = [trigger]
    borrowed: set[int] = set()
    tok = trigger
    for _ in range(max_steps):
        if tok.dep_ not in CLIMB_DEPS or tok.head.i == tok.i:
            break
        if tok.dep_ == "pobj" and tok.head.lower_ in TEMPORAL_PREPS:
            break
        if tok.dep_ == "advcl" and tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_PREPS for c in tok.children):
            break  # "will retaliate after Washington imposed duties": a finite time clause reports a fact of its own
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            break  # "would exempt them from duties imposed in March": the participle reports a fact of its own
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") or tok.dep_ == "advcl" and tok.tag_ == "VBG" \
                and not any(c.dep_ in ("nsubj", "mark") for c in tok.children):
            borrowed.add(tok.head.i)  # ("rejected the recommendation to revoke the duties, extending them": the extension happened)
        tok = tok.head
        chain.append(tok)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ccomp", "ROOT", "relcl", "parataxis"):
            break
    found = [t for t in chain if t.i not in borrowed]  # the other clause's verb is not this one's cue ("not aimed … and is in talks")
    for t in chain:
        deps = ("aux", "auxpass", "det", "advmod", "amod") if t.i in borrowed else ("aux", "auxpass", "neg", "det", "advmod", "amod")
        found.extend(c for c in t.children if c.dep_ in deps and c not in found)
    return found


def _in_force(token: Token) -> bool:
    """ "The duties apply to imports", "will apply from March", "India applies duties of up to 150%": applying a
    measure or being in force, not applying for something."""
    if token.lower_ not in ("apply", "applies", "applied", "applying") or any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "from") or c.dep_ == "dobj" and c.lower_ != "pressure" for c in token.children)


def _has_condition(tokens: list[Token], cues: Cues) -> bool:
    """Whether the clause depends on a condition: "would reimpose the tariffs if companies were unable to compete"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in c.children) and not asked_about(c)
               for t in tokens if t.pos_ in ("VERB", "AUX") for c in t.children) or any(
        t.lower_ == "without" and any(o.dep_ == "pobj" and o.lower_ in WITHOUT_WHAT for o in t.children)
        and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "will", "might") for a in tokens)
        and not any(a.lower_ in WITHOUT_WHAT for a in t.ancestors) for t in (tokens[0].sent if tokens else []))
    # ("without an agreement, British cars would face tariffs of 10% from Jan. 1": the outcome if no deal is struck)


def _headline_infinitive(trigger: Token) -> bool:
    """ "EU to slap duties on Chinese cars", "Trade pact to take effect on Saturday": a headline's announced action.

    Headlines drop the finite verb, so the parser hangs the infinitive off the subject noun.
    """
    root = trigger.sent.root
    if root.pos_ in ("VERB", "AUX"):  # "China to scrap tariffs": the infinitive itself parsed as the root
        headline = not trigger.sent.text.rstrip().endswith((".", "!", "?", '"', "”"))
        reported = [v for v in root.children if v.dep_ == "ccomp" and headline]  # "BALDRIGE SAYS U.S. TO IMPOSE JAPANESE SANCTIONS"
        return any(any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(c.dep_ == "nsubj" for c in v.children)
                   and trigger.i in {t.i for t in v.subtree} for v in [root, *reported])
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    for verb in root.children:
        if verb.dep_ in ("acl", "relcl") and verb.pos_ in ("VERB", "AUX") and verb.i > root.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return trigger.i == root.i or trigger.i in {t.i for t in verb.subtree}
    return False


UPCOMING_HEADS = frozenset({"ahead", "eve"})  # "ahead of talks", "on the eve of a meeting": an event still to come
QUESTION_VERBS = frozenset({"ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "question", "questioned"})
THREAT_EVENTS = frozenset({"impose", "investigate", "dispute"})  # a condition makes these a threat; a conditional relief is a plan
PENDING_MARKS = frozenset({"before", "once", "until", "till"})  # a present tense after these is still to come
FORUM_WORDS = frozenset({"wto", "gatt", "body", "court", "tribunal", "panel", "organization", "organisation"})


def _be_to(root: Token) -> bool:
    """ "officials are to meet next week": be + to-infinitive sets a plan."""
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    head = verb.head
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and head.lemma_ == "be" and head.i != verb.i


def _asks_someone(verb: Token, trigger: Token) -> bool:
    """Whether a wish is addressed to another ("wants Tokyo to open talks"), not the subject's own aim ("seek talks")."""
    if any(c.dep_ in ("dobj", "dative") and trigger.i not in {t.i for t in c.subtree} for c in verb.children):
        return True
    step = next((c for c in verb.children if trigger.i in {t.i for t in c.subtree}), None)  # the clause leading to the trigger
    return step is not None and any(c.dep_ == "nsubj" and c.pos_ != "PRON" and trigger.i not in {t.i for t in c.subtree}
                                    and not any(p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children)  # "his visit will help"
                                    for c in step.children)  # "wants Tokyo to open talks"


def _asks_a_forum(verb: Token) -> bool:
    """Whether `verb` addresses its request to a dispute forum ("asked the WTO Dispute Settlement Body to …", "petitioned the court to …")."""
    return any(c.dep_ == "dobj" and any(t.lower_ in FORUM_WORDS for t in c.subtree) for c in verb.children)


def _denied_belief(clause: Token, cues: Cues) -> bool:
    """ "He did not think Japan would retaliate": a denied belief denies the clause it governs."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.i != clause.i and head.lower_ in cues.neg_raising \
        and any(c.dep_ == "neg" for c in head.children)


def modality_of(trigger: Span, cues: Cues, event_type: str = "impose", has_target: bool = False) -> str:
    """asserted, planned, threatened, requested or negated."""
    tokens = clause_tokens(trigger.root)
    if any(_litotes(t, cues) for t in tokens if not trigger.start <= t.i < trigger.end) or asked_about(trigger.root) \
            or _whether(trigger.root):
        return "threatened" if event_type in THREAT_EVENTS else "planned"  # "did not rule out retaliation", "asked whether Japan would retaliate": left open
    if trigger.root.dep_ == "pobj" and trigger.root.head.lower_ == "of" and trigger.root.head.head.lower_ in UPCOMING_HEADS:
        return "planned"  # "ahead of talks with U.S. officials", "on the eve of a meeting of trade ministers"
    subject = trigger.root
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.dep_ in ("nsubj", "nsubjpass"):
        subject = subject.head.head  # "two rounds of talks broke down"
    if subject.dep_ in ("nsubj", "nsubjpass"):  # (the tagger may take "talks" for a verb)
        outcome = subject.head.i  # "talks had not produced concessions", "talks broke down": the talks happened
        tokens = [t for t in tokens if t.dep_ != "neg" and not (t.i == outcome and t.lower_ in cues.modality.get("negated", frozenset()))]
    if event_type == "dispute":  # "requested consultations", "asked for a panel": the request is the complaint itself
        own = set(range(trigger.start, trigger.end)) | ({trigger.root.head.i} if trigger.root.dep_ in ("dobj", "pobj") else set())
        if trigger.root.dep_ == "pobj":
            own.add(trigger.root.head.head.i)
        if trigger.root.dep_ == "xcomp" and _asks_a_forum(trigger.root.head):
            own.add(trigger.root.head.i)  # "asked the WTO to establish a panel": the request to the forum is the filing
        tokens = [t for t in tokens if t.i not in own]
    words = {t.lower_ for t in tokens if not trigger.start <= t.i < trigger.end  # "held a video call": the trigger is no cue
             and not _in_force(t)}
    words -= {t.lower_ for t in tokens if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lower_ in cues.adopting_verbs}
    words -= {t.lower_ for t in tokens if t.lower_.startswith("fail") and (event_type == "negotiate" or t.dep_ == "relcl" or not any(
        c.dep_ in ("xcomp", "acl") and trigger.root in c.subtree for c in t.children))}
    # ("failed to open its market", "Japan's failure to honor the pact": the action did not happen; but talks that failed were held,
    # and "countries that fail to stop re-exports" names a condition)
    words -= {t.lower_ for t in tokens if t.lower_ == "set" and (t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.dep_ == "prt" for c in t.children))}
    # ("set a minimum export price on Friday", "set up a support package last month": done; "is set to" plans)
    words -= {t.lower_ for t in tokens if t.lower_.startswith("appl") and not any(
        c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "dobj" and c.lower_ == "pressure" for c in t.children)}
    # ("the duties will apply until …" is no application; "applied for an exemption", "applied pressure" are requests)
    # ("accepted the commission's recommendation to continue the duties": the recommendation was carried out)
    own_aim, aims = False, set()
    if event_type in ("negotiate", "agree"):  # "Canada would seek talks with Beijing", "he hopes his visit will help": its own plan
        above = list(trigger.root.ancestors)[:4]
        aims = {t.lower_ for t in above if t.lower_ in OWN_AIMS and not _asks_someone(t, trigger.root)}
        own_aim = bool(aims)
        words -= aims
    top = tokens[0] if tokens else trigger.root
    for t in tokens:
        if t.dep_ == "ccomp" and t.pos_ in ("VERB", "AUX"):
            top = t
    if top.dep_ == "conj" and top.head.dep_ == "ccomp":
        top = top.head  # "insisting that the EC comply with the ruling and cut its subsidies"
    if top.dep_ == "ccomp" and top.head.lower_ not in aims and any(
            top.head.lower_ in cues.modality.get(name, frozenset()) for name in ("negated", "requested", "threatened")):
        words.add(top.head.lower_)  # "demanded that Tokyo withdraw", "warned that Ankara could face"
    for t in tokens:
        if rules_out(t):
            return "negated"
    if _denied_belief(top, cues):
        return "negated"
    sent = trigger.sent
    prev = sent.doc[trigger.start - 1].lower_ if trigger.start > sent.start else ""
    if prev in ("no", "not", "without"):
        return "negated"
    if trigger.root.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in PENDING_MARKS for c in trigger.root.children):
        return "planned"  # "talks before the tariff takes effect", "once the deal enters into force": still to come
    if _reported_done(trigger.root) and not words & cues.modality.get("negated", frozenset()):
        return "asserted"  # "under an agreement reached with Washington on Tuesday, Japan will allow…": the deal is done
    if event_type == "agree" and words & cues.modality.get("requested", frozenset()) and not words & cues.modality.get("negated", frozenset()) \
            and any(t.lower_ in cues.adopting_verbs or t.lower_.startswith("ratif") for t in tokens if t.i != trigger.root.i):
        return "planned"  # "the deal must still be approved by parliament", "will be asked to ratify the pact": a step still to come
    if event_type == "negotiate" and _agreed_to(trigger.root):
        return "planned"  # "agreed on Monday to hold talks", "had agreed to meet again": talks to come
    if event_type in ("impose", "lift", "exempt") and (_committed_to(trigger.root) or _deal_purpose(trigger.root)) \
            and not words & cues.modality.get("negated", frozenset()):
        return "planned"  # "under the deal, Switzerland agreed to cut tariffs", "strike deal to ease EV tariffs": still to carry out
    for name in ORDER:
        if name == "threatened" and event_type in THREAT_EVENTS and (_has_condition(tokens, cues) or words & cues.possibility and has_target):
            return name
        if words & cues.modality.get(name, frozenset()):
            return name
    if words & cues.possibility:
        return "planned"  # "Indonesia is considering an export tax": a possible step of its own, not a threat to anyone
    for t in sent:
        if t.lower_ in ("upcoming", "planned", "proposed", "possible", "potential") and t.head.i == trigger.root.i:
            return "planned" if t.lower_ in ("upcoming", "planned", "proposed") else "threatened"
    if _headline_infinitive(trigger.root) or own_aim or _be_to(trigger.root):
        return "planned"
    if trigger.root.dep_ in ("xcomp", "ccomp") and trigger.root.head.lower_ in EXPECTING_VERBS:
        return "planned"  # "he expects Beijing to lift its ban within weeks", "traders expect New Delhi to relax the curbs"
    return "asserted"


def _agreed_to(token: Token) -> bool:
    """Whether a token sits in the infinitive an "agree" verb governs ("agreed to hold talks", "agreed to meet again")."""
    child = token
    for head in list(token.ancestors)[:4]:
        if head.lower_ in AGREE_VERBS and child.dep_ == "xcomp":
            return True
        child = head
    return False


def _committed_to(token: Token) -> bool:
    """Whether a token is the infinitive of a pledge ("China pledged to remove licensing requirements"), or of a party's
    agreement under a deal ("Under the deal, Washington agreed to cut tariffs"; but "EU leaders agreed to roll over
    sanctions" is a decision taken)."""
    if token.dep_ == "conj" and token.head.dep_ == "xcomp":
        token = token.head  # "agreed to cut tariffs and (to) drop levies on steel"
    head = token.head
    if token.dep_ != "xcomp" or head.i == token.i:
        return False
    if head.lower_ in PLEDGE_VERBS:
        return True
    if head.lower_ not in AGREE_VERBS:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lower_ in DEAL_HEADS for g in c.children) for c in head.children) \
        or bool(subjects) and all(s.pos_ == "PROPN" or s.lower_ in ("both", "which", "who") for s in subjects)
    # ("South Korea and Taiwan agreed to cut tariffs": a concession to carry out; but "EU leaders agreed to roll over
    # sanctions", "member states agreed to suspend duties": a decision taken)


def _deal_purpose(token: Token) -> bool:
    """Whether a token is the infinitive a deal noun governs ("a deal to scrap nearly all tariffs")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.dep_ in ("acl", "relcl"):
        return token.head.lower_ in DEAL_HEADS
    return token.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" and c.lower_ in DEAL_HEADS for c in token.head.children)
    # ("EU, Vietnam sign trade deal to scrap tariffs": the headline parser hangs the infinitive on the verb)


def asked_about(token: Token) -> bool:
    """ "asked whether Japan would retaliate", "asked if Japan was expected to retaliate": an indirect question, not a condition or a request."""
    t = token
    for _ in range(6):  # up to the verb of the token's own clause
        if t.dep_ in ("ccomp", "advcl", "relcl", "parataxis", "ROOT") or t.head.i == t.i:
            break
        t = t.head
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children) and t.head.lower_ in QUESTION_VERBS


def _whether(token: Token) -> bool:
    """ "would decide whether to launch an investigation", "on whether to impose a duty": an open question about the action."""
    t = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.dep_ not in ("dobj", "xcomp", "pcomp", "nsubjpass", "pobj", "prep", "compound", "amod") or t.head.i == t.i:
            return False  # (but "investigating whether makers receive subsidies, a probe that …": the probe's subject matter)
        t = t.head
    return False


def rules_out(token: Token) -> bool:
    """ "ruled out", "rule out": a verb of ruling with the particle "out"."""
    return token.lower_.startswith("rul") and any(c.lower_ == "out" for c in token.children)


def _litotes(token: Token, cues: Cues) -> bool:
    """ "did not rule out", "would not hesitate to", "has not excluded": a negated verb that leaves its action open."""
    if token.lower_ not in cues.litotes or not any(c.dep_ == "neg" for c in token.children):
        return False
    return not token.lower_.startswith("rul") or rules_out(token)


def _reported_done(noun: Token) -> bool:
    """ "an agreement reached on Tuesday", "the accord signed last July": a participle that reports the noun's event as done."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.lower_ not in NOT_DONE and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
        for c in noun.children)


def _clause_head(token: Token) -> Token:
    """The verb heading the clause of `token` (the token itself when it is one, else the sentence root)."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" or t.head.i == t.i:
            return t
        t = t.head
    return t


def _dominates(head: Token, token: Token) -> bool:
    """Whether `head` is `token` or one of its ancestors."""
    return head.i == token.i or head.is_ancestor(token)


def retaliation_cues(sentence: Span, cues: Cues) -> list[Token]:
    """The tokens of the sentence that present an action as retaliation (the first token of a phrase)."""
    text = sentence.text.lower()
    found: list[Token] = []
    for cue in cues.retaliation:
        if " " in cue or "-" in cue:
            at = text.find(cue)
            if at >= 0:
                token = sentence.char_span(at, at + len(cue), alignment_mode="expand")
                if token is not None and len(token):
                    found.append(token[0])
    weak = {"response", "responded", "reciprocal", "counter"}
    words = {t.lower_ for t in sentence}
    for t in sentence:
        if t.lower_ in cues.retaliation and (t.lower_ not in weak or t.lower_ == "response" and "in" in words):
            found.append(t)
        elif _responds_by(t):
            found.append(t)  # "responded to the U.S. duties by imposing tariffs on pork": the means of a response
    return found


def _responds_by(token: Token) -> bool:
    """A response verb with its means ("by …", "with …"): "responded to the U.S. duties by imposing tariffs", "responded with tariffs"."""
    return token.lower_ in RESPOND_VERBS and any(c.dep_ == "prep" and c.lower_ in ("by", "with") for c in token.children)


def _answered(cue: Token, trigger: Token) -> bool:
    """Whether the trigger lies in what a response answers ("responded to a doubling of U.S. duties by …")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and _dominates(c, trigger) for c in cue.children)


def is_retaliatory(sentence: Span, cues: Cues, trigger: Token | None = None) -> bool:
    """Whether the sentence presents the action as retaliation; with a trigger, only a cue in its own
    clause, or in a clause above or below it, counts ("Tokyo said it would not retaliate" does not make
    the EC's duties in the same sentence retaliatory)."""
    found = retaliation_cues(sentence, cues)
    if trigger is None or not found:
        return bool(found)
    own = _clause_head(trigger)
    for cue in found:
        if _answered(cue, trigger):
            continue
        other = _clause_head(cue)
        if _dominates(other, own) or (_dominates(own, other) and not _another_subject(other, own)):
            return True
    return False


def _another_subject(low: Token, high: Token) -> bool:
    """Whether a clause from `low` up to (not including) `high` has a subject of its own, not a pronoun:
    "..., while Tokyo said it would not retaliate" speaks of Tokyo, not of the main clause's actor."""
    t = low
    while t.i != high.i and t.head.i != t.i:
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in t.children):
            return True
        t = t.head
    return False
