"""Assemble event records from a processed Doc: triggers → events with roles, slots, date and modality."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from extractor.cues import Cues
from extractor.dates import DateResolver, parse_published
from extractor.gazetteer import (HOME, dateline_places, eu_members, load_products, member_codes, official_index, product_forms,
                                 resolve_official)
from extractor.modality import RESPOND_VERBS, TEMPORAL_PREPS, UPCOMING_HEADS, asked_about, is_retaliatory, modality_of, rules_out
from extractor.quantities import decode_rates, decode_value
from extractor.product_phrases import compound_heads, full_name, product_phrases
from extractor.records import Document, Event, InputError, Rate, TradeValue
from extractor.resources import models_dir_or_default
from extractor.roles import BORDER_WORDS, PARTY_EVENTS, governing, is_strong, role_of
from extractor.rulers import UNLICENSED

MEASURE_EVENTS = frozenset({"impose", "lift", "exempt"})
CONTEXT_MEASURE_EVENTS = MEASURE_EVENTS | {"investigate", "dispute"}
PRODUCT_PHRASE_EVENTS = MEASURE_EVENTS | {"investigate"}
ANAPHORIC_DETS = frozenset({"the", "these", "those", "such", "this", "that", "its", "their"})
DEICTIC_DETS = frozenset({"the", "these", "those", "such", "this", "that"})
NO_QUANTITY_EVENTS = frozenset({"negotiate", "investigate", "dispute"})
LABEL_PREPS = frozenset({"at", "to", "under", "of", "despite", "amid", "because", "against", "about", "over", "from", "on", "for", "like", "than", "as"})
EVENTIVE_NOUN_PREPS = frozenset({"in", "at", "during", "after", "before", "since", "following"})
RATE_NOISE = frozenset({"rose", "fell", "grew", "jumped", "dropped", "slipped", "climbed", "declined", "increased", "decreased",
                        "share", "shares", "accounted", "accounting", "down", "up", "gain", "gains", "loss", "losses", "growth",
                        "inflation", "stake", "majority", "unemployment", "profit", "operating", "gross", "gdp", "surged", "plunged",
                        "slid", "tumbled"})  # but a dumping "margin" is a rate
GO_VERBS = frozenset({"go", "goes", "going", "went", "move", "moves", "moved", "moving"})
PERIOD_LEADS = frozenset({"until", "till", "through", "throughout", "for", "within", "over", "since"})
CONFLICT_NOUNS = frozenset({"dispute", "disputes", "row", "rows", "war", "wars", "feud", "fight", "conflict", "issue", "pact", "accord",
                            "agreement", "deal", "arrangement", "friction", "tensions", "spat", "quarrel"})
FUTURE_DATE = re.compile(r"\b(?:next|tomorrow|coming|later\s+this)\b", re.IGNORECASE)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                **{str(n): n for n in range(2, 30)}}
COUNTED_COUNTRIES = re.compile(r"\b(?:(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|the\s+same|those|these)"
                               r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:countries|nations|economies)\b")
LEVEL_VERBS = frozenset({"reach", "reached", "reaches", "total", "totalled", "totaled", "totals", "amount", "amounted", "amounts",
                         "average", "averaged", "averages", "stand", "stood", "stands", "exceed", "exceeded", "exceeds"})
COMPARISON_WORDS = frozenset({"compared", "versus", "vs", "vs.", "than", "against"})
CAUSE_PREPS = frozenset({"to", "for", "after", "following", "against", "despite", "amid", "than", "like"})
MODAL_AUXES = frozenset({"could", "might", "may", "can", "should", "must"})
DATE_LEADS = frozenset({"from", "effective", "starting", "beginning", "as", "by"})
TRADE_WORDS = frozenset({"trade", "import", "imports", "export", "exports", "wto", "customs"})
NEGOTIATE_VERBS = frozenset({"meet", "talk", "hold", "negotiate", "discuss", "continue", "resume", "consult", "work", "cooperate", "keep",
                             "relaunch", "restart"})
ANSWER_NOUN_STEMS = ("retaliat", "respons", "repris", "answer", "counter")  # "in retaliation for …", "in response to …"
MEETING_NOUNS = frozenset({"round", "rounds", "meeting", "meetings", "visit", "visits", "summit", "trip", "session", "sessions"})
NEGOTIATE_NOUNS = frozenset({"talks", "negotiations", "consultations", "dialogue", "discussions"})
DEAL_NOUNS = frozenset({"deal", "agreement", "pact", "accord", "treaty", "fta", "truce", "partnership", "arrangement",
                        "cepa", "ceca", "ecta", "tepa"})  # partnership agreements by their acronyms
LOWERED = frozenset({"lower", "lowered", "reduced", "smaller", "preferential", "concessional", "zero"})  # "the lower rate will
# apply", "enter at a concessional duty", "pressed for lower tariffs"
AID_NOUNS = frozenset({"aid", "package", "packages", "programme", "programmes", "program", "programs", "scheme", "schemes", "fund", "funds",
                       "line", "lines", "bailout", "bailouts"})  # the heads of the subsidy patterns that name government support
DEAL_NAME_WORDS = DEAL_NOUNS | {"area", "zone", "union", "cptpp", "rcep", "usmca", "nafta", "cusma", "afcfta", "ceta"}  # "Free Trade Area"
ANAPHORS = frozenset({"measures", "measure", "they", "it", "restrictions", "curbs", "rules", "increases", "increase", "rates", "rate", "changes", "decree", "move"})
BATCH_NOUNS = frozenset({"round", "rounds", "series", "wave", "waves", "package", "set", "batch", "spate", "raft", "slew", "list", "tranche",
                         "phase", "stage"})
PARTICIPATION_VERBS = frozenset(f"{stem}{end}" for stem in ("cooperat", "co-operat", "participat") for end in ("e", "es", "ed", "ing")) | \
    frozenset({"defend", "defends", "defended", "defending", "assist", "assists", "assisted", "assisting"})
BLOC_NOUNS = frozenset({"bloc", "union", "community"})  # "the bloc", "the Union", "the Community": the bloc that acted before
TIME_SPANS = frozenset({"hours", "days", "weeks", "months", "years"})
RAISE_VERBS = frozenset({"raise", "raised", "raises", "raising"})
PRICE_NOUNS = frozenset({"price", "prices", "cost", "costs", "inflation"})
PRACTICES = frozenset({"dumping", "subsidising", "subsidizing", "smuggling", "overcapacity"})
ALL_PARTIES = re.compile(r"\b(?:all|every|any)\s+(?:other\s+)?(?:countries|country|origins?|sources?|destinations?|trading\s+partners?|exporters?|nations?)\b",
                         re.IGNORECASE)
MANDATES = frozenset({"authority", "mandate", "power", "powers", "authorization", "authorisation"})
GENERIC_PARTIES = frozenset({"countries", "nations", "governments", "members", "states", "economies", "exporters", "importers"})
FINDING_NOUNS = frozenset({"margin", "margins"})
LARGER_WORDS = frozenset({"higher", "larger", "bigger", "increased", "expanded", "enlarged"})  # "a higher sugar quota"
MAKE_VERBS = frozenset({"make", "makes", "made", "making"})
DEFINITIVE_WORDS = frozenset({"definitive", "permanent", "final"})
CAP_VERBS = frozenset({"cap", "caps", "capped", "capping"})
TARIFF_LIKE = frozenset({"tariff", "anti_dumping", "countervailing", "safeguard"})
TRADE_OFFS = frozenset({"exchange", "return"})
PURCHASE_VERBS = frozenset({"buy", "purchase", "import"})
PURCHASE_NOUNS = frozenset({"purchases", "imports", "buying"})
STOP_VERBS = frozenset({"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit"})
BASE_RATE = re.compile(r"\b(?:on top of|in addition to)\b", re.IGNORECASE)
GOODS_WORDS = frozenset({"goods", "products", "exports", "imports", "commodities", "produce", "supplies"})
OFFER_VERBS = frozenset({"offer", "offers", "offered", "offering", "sell", "sells", "sold", "selling"})
EXPORT_AID_WORDS = frozenset({"export", "exports", "exporters", "sale", "sales", "restitution", "restitutions", "bonus", "bonuses"})
LAW_NOUNS = frozenset({"act", "law", "laws", "statute", "code", "amendment", "bill", "treaty"})
RESULT_VERBS = frozenset({"lead", "leads", "led", "leading", "result", "results", "resulted", "resulting", "amount", "amounts", "amounted"})
REMOVAL_VERBS = frozenset({"remove", "removes", "removed", "removing", "drop", "drops", "dropped", "dropping", "strike", "struck",
                           "exclude", "excluded", "excludes", "excluding", "delist", "delisted"})
RESTORING_VERBS = frozenset({"restore", "restores", "restored", "restoring", "reinstate", "reinstates", "reinstated", "reinstating",
                             "return", "returns", "returned", "returning", "readmit", "readmitted", "add", "adds", "added", "adding"})
TRUSTED_WORDS = frozenset({"white", "whitelist", "trusted", "preferred", "favoured", "favored", "group"})
WIDEN_VERBS = frozenset({"widen", "widens", "widened", "widening"})
PROSPECTIVE = frozenset({"possible", "potential", "proposed", "planned", "threatened", "mooted", "envisaged"})
CLAUSE_LINKS = frozenset({"advcl", "ccomp", "xcomp", "parataxis"})
END_VERBS = frozenset({"end", "ends", "ended", "ending"})
LAPSE_VERBS = frozenset({"expire", "expires", "expired", "expiring", "lapse", "lapses", "lapsed", "lapsing"})  # the measure is their subject
COURT_WORDS = frozenset({"court", "courts", "tribunal", "judge", "judges"})
RATIFY = ("ratif",)
SOURCE_VERBS = frozenset({"showed", "shows", "show", "said", "says", "stated", "states", "announced", "confirmed", "indicated"})
EXPORT_NOUNS = frozenset({"export", "exports", "exporting"})
EXPORT_FLOWS = EXPORT_NOUNS | frozenset({"sales", "sale", "sell", "selling", "transfers"})
EXPORT_WORDS = frozenset({"curbs", "restrict", "restricted", "restricts", "restricting", "curbed", "curbing"})
AGREE_VERBS = frozenset({"reach", "reached", "reaches", "reaching", "sign", "signed", "signs", "signing", "strike", "struck", "strikes",
                         "seal", "sealed", "seals", "conclude", "concluded", "concludes", "finalize", "finalized", "finalise",
                         "finalised", "agree", "agreed", "agrees", "ratify", "ratified", "clinch", "clinched", "announce", "announced",
                         "approve", "approved", "unveil", "unveiled", "take", "took", "taken", "takes", "enter", "entered", "ink", "inked",
                         "secure", "secured", "secures", "hammer", "hammered", "forge", "forged", "implement", "implemented", "renew", "renewed",
                         "says", "said", "under"})
DEAL_MAKING = frozenset({"reach", "reached", "reaches", "strike", "struck", "strikes", "seal", "sealed", "seals", "sign", "signed", "signs",
                         "clinch", "clinched", "ink", "inked", "conclude", "concluded", "concludes", "forge", "forged", "finalize",
                         "finalized", "finalise", "finalised", "hammer", "hammered", "secure", "secured", "announced", "unveiled", "ratified",
                         "passed", "approved", "adopted", "negotiated"})
STARTING_VERBS = frozenset({"take", "takes", "start", "starts", "begin", "begins", "kick", "kicks", "enter", "enters", "open", "opens",
                            "expire", "expires", "end", "ends", "resume", "resumes"})
APPLY_VERBS = frozenset({"apply", "applies", "applied", "applying"})
EFFECT_VERBS = frozenset({"take", "takes", "took", "taken", "taking", "enter", "enters", "entered", "entering", "come", "comes", "came",
                          "coming", "go", "goes", "went", "gone"})
PROVISIONS = frozenset({"clause", "clauses", "provision", "provisions", "mechanism", "mechanisms", "chapter", "rules"})
NAMING_VERBS = frozenset({"call", "calls", "called", "calling", "describe", "describes", "described", "describing", "brand", "brands",
                          "branded", "branding", "term", "termed", "label", "labelled", "labeled", "dub", "dubbed", "deem", "deemed"})
COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis"})
AGREE_DOBJ = frozenset({"deal", "deals", "agreement", "agreements", "pact", "accord", "treaty", "memorandum", "it", "fta", "truce"})


@dataclass
class Context:
    """What earlier sentences of the document established (the surrounding paragraph)."""

    actor: list[str] = field(default_factory=list)
    actor_text: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    target_text: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    measure: str | None = None
    owner: list[str] = field(default_factory=list)
    owner_text: list[str] = field(default_factory=list)
    owner_target: list[str] = field(default_factory=list)
    sentences_since: int = 99
    remedies: dict[str, set[str]] = field(default_factory=dict)
    remedy_subjects: set[str] = field(default_factory=set)  # the parties the story's remedy sentences have as subjects
    remedy_owners: set[str] = field(default_factory=set)
    groups: list[list[str]] = field(default_factory=list)
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)  # "ministry" → the country of the last ministry named
    sentence_actors: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # event type → actor named in this sentence
    dyads: dict[str, tuple[list[str], list[str], str | None]] = field(default_factory=dict)  # actor code → the last target it had in the story


@dataclass(frozen=True)
class SentenceSpans:
    """The trade spans of one sentence, by kind."""

    triggers: list[Span]
    measures: list[Span]
    actors: list[Span]
    products: list[Span]
    legal: list[Span]
    rates: list[Span]
    values: list[Span]
    dates: list[Span]
    foreign: frozenset[int] = frozenset()  # tokens of clauses that report other events


def spans_in(spans: list[Span], sent: Span) -> list[Span]:
    """The spans that lie inside `sent`."""
    return [s for s in spans if s.start >= sent.start and s.end <= sent.end]


SENTENCE_GROUPS = ("trade_triggers", "trade_measures", "trade_actors", "trade_products", "trade_legal",
                   "trade_rates", "trade_values", "trade_dates")


def spans_by_sentence(doc: Doc, keys: tuple[str, ...] = SENTENCE_GROUPS) -> dict[str, dict[int, list[Span]]]:
    """Each span group's spans filed under the start of the sentence they begin in, read once per document."""
    starts = [s.start for s in doc.sents]
    index: dict[str, dict[int, list[Span]]] = {}
    for key in keys:
        filed: dict[int, list[Span]] = {}
        for span in doc.spans.get(key, []):
            filed.setdefault(starts[bisect_right(starts, span.start) - 1], []).append(span)
        index[key] = filed
    return index


def nearest(spans: list[Span], anchor: Span) -> Span | None:
    """The span closest to `anchor` in tokens."""
    if not spans:
        return None
    return min(spans, key=lambda s: (min(abs(s.start - anchor.start), abs(s.end - anchor.end)), s.start))


def clause_verb(token: Token) -> Token | None:
    """The verb heading the clause a token sits in (None when the climb finds none)."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def date_verb(token: Token) -> Token | None:
    """The clause verb a date hangs from, seen through a subjectless "as" clause ("imposed as scheduled on April 17")."""
    verb = clause_verb(token)
    if verb is not None and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.head
    return verb


def own_clause(trigger: Span) -> set[int]:
    """Token indices of the trigger's clause, without the clauses inside it that have a subject of their own."""
    verb = clause_verb(trigger.root)
    if verb is None:
        return set()
    tokens = {t.i for t in verb.subtree}
    for t in verb.subtree:
        if t.i != verb.i and t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "conj", "ccomp", "relcl", "parataxis") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and trigger.root.i not in {x.i for x in t.subtree}:
            tokens -= {x.i for x in t.subtree}
    return tokens


def foreign_tokens(trigger: Span, others: list[Span], reporting: frozenset[str]) -> set[int]:
    """Tokens of the clauses other triggers head ("India scraps duties on Japanese fibre, opens a probe into Chinese
    glyphosate": the probe's clause is foreign to the scrapping, and the reverse), keeping a subject they share."""
    verb = clause_verb(trigger.root)
    if verb is None:
        return set()
    own = {t.i for t in verb.subtree}
    out: set[int] = set()
    for other in others:
        v = clause_verb(other.root)
        if v is None or v.i == verb.i:
            continue
        if v.i in own:  # a clause right under ours: a coordinated one, or one with a subject of its own, is another report
            if v.head.i == verb.i and (v.dep_ == "conj" or v.dep_ in CLAUSE_DEPS and has_subject(v)):
                out |= {t.i for t in v.subtree}
            continue
        path = [verb, *verb.ancestors]
        if v not in path:  # a clause beside ours ("…, while Britain eliminated its duties on wine"), not a noun's complement
            if v.dep_ in ("ROOT", "conj") or v.dep_ in CLAUSE_DEPS and has_subject(v):
                out |= {t.i for t in v.subtree} - own
            continue
        branch = path[path.index(v) - 1]  # the child of their verb that leads down to ours
        if v.lower_ in reporting or not (branch.dep_ == "conj" or branch.dep_ in CLAUSE_DEPS and has_subject(branch)):
            continue  # "said it would cut", "agreed to cut": their clause frames ours
        shared = set() if any(has_subject(t) for t in path[:path.index(v)]) else \
            {t.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        out |= {t.i for t in v.subtree} - {t.i for t in branch.subtree} - shared - {v.i}
    return out


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def remedy_scope(measure: Span) -> set[int]:
    """Tokens a measure phrase covers: its own subtree and the objects of its verb ("imposed duties of 20% on steel")."""
    root = measure.root
    while root.dep_ in ("amod", "compound", "nmod", "npadvmod") and root.head.i != root.i:
        root = root.head  # "anti-dumping" -> "anti-dumping duties"
    scope = {t.i for t in root.subtree}
    head = root.head
    if head.i != root.i and head.pos_ in ("VERB", "AUX") and root.dep_ in ("dobj", "nsubjpass", "nsubj"):
        for child in head.children:
            if child.dep_ in ("prep", "dative", "dobj", "nsubjpass"):
                scope |= {t.i for t in child.subtree}
    return scope


def unique(items: list[str]) -> list[str]:
    """Items without repeats, in first-seen order."""
    return list(dict.fromkeys(i for i in items if i))


NON_HOME_TITLES = frozenset({"director-general", "director general"})  # the WTO's, not the story's country


class EventBuilder:
    """Turn the spans the pipeline tagged into `Event` records."""

    def __init__(self, dates: DateResolver, version: str, models_dir: str | Path | None = None) -> None:
        self.cues = Cues.from_dir(models_dir_or_default(models_dir))
        self.dates = dates
        self.version = version
        self.licence_words = frozenset(self.cues.inherent_measure)
        self.licence_pattern = self.cues.licence_pattern
        # words that evoke an event without a trigger pattern; an authority's finding needs a finding verb and a finding word
        # in its sentence, so the rarer finding words stand for it here (the prefilter's vocabulary) and the verbs below
        self.event_words = self.cues.flow_stop_verbs | self.cues.flow_stop_nouns | self.cues.ruling_verbs | self.cues.finding_words
        self.token_event_words = self.event_words | self.cues.finding_verbs
        self.eu_members = eu_members(models_dir_or_default(models_dir))
        self.product_names = {form: row["product"] for row in load_products(models_dir_or_default(models_dir)) for form in product_forms(row)}
        self.officials = official_index(models_dir_or_default(models_dir))
        self.places = dateline_places(models_dir_or_default(models_dir))

    def build(self, doc: Doc, document: Document) -> list[Event]:
        """All events of a document, in text order."""
        try:
            published = parse_published(document.published) if document.published else None
        except InputError:
            published = None
        skip = {t.i for key in ("trade_boilerplate", "trade_dateline") for s in doc.spans.get(key, []) for t in s}
        skip |= self._look_alike_anaphors(doc)
        self._add_short_forms(doc)
        doc_trade = self._doc_is_trade(doc)
        ctx = Context(remedies=self._doc_remedies(doc), groups=self._country_groups(doc), bodies=self._bloc_bodies(doc),
                      remedy_subjects=self._remedy_subjects(doc))
        homes = self._homes(doc)
        index = spans_by_sentence(doc)
        boiler = {t.i for s in doc.spans.get("trade_boilerplate", []) for t in s}
        briefs = [start for start, _ in homes[1:]]  # a roundup's later briefs start afresh
        events: list[Event] = []
        for sent in doc.sents:
            ctx.sentences_since += 1
            if briefs and sent.start >= briefs[0]:
                briefs.pop(0)
                ctx = Context(remedies=ctx.remedies, groups=ctx.groups, bodies=self._bloc_bodies(doc), remedy_subjects=ctx.remedy_subjects)
            if all(t.i in skip or t.is_space for t in sent):
                continue
            home = next((code for start, code in reversed(homes) if start <= sent.start), homes[0][1] if homes else None)
            spans = self._sentence_spans(doc, sent, skip, home, document.published, index, boiler)
            if not spans.triggers and not spans.measures and not spans.rates and not any(
                    t.lower_ in self.event_words or t.lower_ in APPLY_VERBS and ctx.measure for t in sent):  # "It also applies to Norway"
                self._remember_mentions(spans, ctx)
                continue
            found = self._sentence_events(sent, spans, document, published, doc_trade, ctx)
            self._note_bodies(spans, found, ctx)
            events.extend(found)
            if found:
                ctx.sentences_since = 0
        return events

    def _bloc_bodies(self, doc: Doc) -> dict[str, tuple[str, str]]:
        """ "The Commission" as the European Commission in a story that names the EU (a bloc's body by its bare name)."""
        named = {s.id_ for s in doc.spans.get("trade_actors", [])}
        return {name: (code, name) for name, code in self.cues.bloc_bodies.items() if code in named}

    @staticmethod
    def _look_alike_anaphors(doc: Doc) -> set[int]:
        """ "the tariff" after "electricity tariff": a bare definite measure noun refers to the look-alike the story named last."""
        named: dict[str, bool] = {}  # measure noun → whether its last qualified mention was a look-alike
        refs: set[int] = set()
        for m in sorted(doc.spans.get("trade_measures", []), key=lambda s: s.start):
            noun = m.root.lower_.rstrip("s")
            bare = len(m) == 1 and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in m.root.children) \
                and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in m.root.children)
            if bare and m.id_ != "none":
                if named.get(noun):
                    refs.add(m.start)
            else:
                named[noun] = m.id_ == "none"
        return refs | EventBuilder._look_alike_story(doc)

    @staticmethod
    def _look_alike_story(doc: Doc) -> set[int]:
        """Every mention of a measure noun the story only uses for a look-alike: "Eskom tariff hike" in a story about
        "electricity tariffs" that never ties a tariff to goods, trade or a foreign country."""
        measures = doc.spans.get("trade_measures", [])
        products = {t.i for p in doc.spans.get("trade_products", []) if p.id_ != "none" for t in p}
        actors = {t.i for a in doc.spans.get("trade_actors", []) for t in a}
        look_alike: set[str] = set()
        traded: set[str] = set()
        for m in measures:
            noun = m.root.lower_.rstrip("s")
            if m.id_ == "none":
                look_alike.add(noun)
                continue
            near = {t.i for t in m} | {t.i for c in m.root.children for t in c.subtree}
            words = {t.lower_ for t in m.sent}
            if near & (products | actors) or words & TRADE_WORDS or any(t.i in products for t in m.sent):
                traded.add(noun)
        return {t.i for m in measures if m.id_ != "none" and m.root.lower_.rstrip("s") in look_alike - traded for t in m}

    @staticmethod
    def _add_short_forms(doc: Doc) -> None:
        """'the Commission' after 'the European Commission': a later short form of a named institution stands for it."""
        actors = sorted(doc.spans.get("trade_actors", []), key=lambda a: a.start)
        covered = {t.i for a in actors for t in a}
        named: dict[str, tuple[str, int]] = {}
        for a in actors:
            if a.label_ == "METONYM" and len(a) > 1 and a[-1].is_title and a[-1].text not in named:
                named[a[-1].text] = (a.id_, a.end)
        if not named:
            return
        short = [Span(doc, t.i, t.i + 1, label="METONYM", span_id=named[t.text][0]) for t in doc
                 if t.text in named and t.i not in covered and t.i >= named[t.text][1] and t.i > 0 and doc[t.i - 1].lower_ == "the"
                 and (t.i + 1 == len(doc) or not doc[t.i + 1].is_title)]
        if short:
            doc.spans["trade_actors"] = actors + short

    def _doc_is_trade(self, doc: Doc) -> bool:
        """Whether the document is about trade policy: every event needs it (and the prefilter relies on it).

        It must name an instrument (a measure, a legal basis, a measure verb such as "banned"), the WTO,
        or trade policy in so many words ("trade talks", "free trade", "trade minister"); "trade",
        "exports" or "talks" alone are everywhere in economic news and license nothing.
        """
        if any(s.id_ != "none" and s.label_ != UNLICENSED for key in ("trade_measures", "trade_legal") for s in doc.spans.get(key, [])):
            return True
        if any(s.id_ in self.cues.body_codes for s in doc.spans.get("trade_actors", [])):
            return True
        counts = doc.count_by(LOWER)
        if any(doc.vocab.strings[word] in counts for word in self.cues.inherent_measure):
            return True
        return bool(self.licence_pattern.search(doc.text))

    def _doc_remedies(self, doc: Doc) -> dict[str, set[str]]:
        """The trade remedies a document names (anti-dumping, countervailing, safeguard) in order, each with the products it covers."""
        kinds = self.cues.measure_refinements.get("tariff", frozenset())
        mentions = [(s, s.id_) for s in doc.spans.get("trade_measures", []) if s.id_ in kinds and not (
            s.root.dep_ == "compound" and s.root.head.lower_ in PROVISIONS or self._hypothetical(s.root) or self._conditioned(s.root))]  # not "a safeguard
        # clause allowing it to reimpose tariffs", "will not hesitate to use the safeguard if needed": no remedy in place
        mentions += [(s, self.cues.remedy_bases[s.id_]) for s in doc.spans.get("trade_legal", []) if s.id_ in self.cues.remedy_bases]
        products = list(doc.spans.get("trade_products", []))
        remedies: dict[str, set[str]] = {}
        for span, kind in sorted(mentions, key=lambda m: m[0].start):
            scope = remedy_scope(span)
            remedies.setdefault(kind, set()).update(p.id_ for p in spans_in(products, span.sent) if p.id_ != "none" and p.root.i in scope)
        return remedies

    def _remedy_subjects(self, doc: Doc) -> set[str]:
        """The parties that are subjects of the sentences naming the story's trade remedies ("Beijing opened an anti-dumping probe")."""
        kinds = self.cues.measure_refinements.get("tariff", frozenset())
        sents = {s.sent.start: s.sent for s in doc.spans.get("trade_measures", []) if s.id_ in kinds}
        sents.update({s.sent.start: s.sent for s in doc.spans.get("trade_legal", []) if s.id_ in self.cues.remedy_bases})
        return {m.id_ for m in doc.spans.get("trade_actors", []) if m.id_ and m.id_ != HOME and m.sent.start in sents
                and m.root.dep_ in ("nsubj", "nsubjpass") and m.id_ not in self.cues.body_codes}

    def _remedy(self, products: list[str], ctx: Context, spans: SentenceSpans | None = None,
                actor: list[str] | None = None) -> str | None:
        """The remedy a generic duty of this document is: the one its sentence names ("under Section 201"), the one named for
        its products, else (once a party has one in force) the story's first one."""
        kinds = self.cues.measure_refinements.get("tariff", frozenset())
        named = [self.cues.remedy_bases[s.id_] for s in spans.legal if s.id_ in self.cues.remedy_bases] if spans else []
        named += [m.id_ for m in spans.measures if m.id_ in kinds] if spans else []
        if named:
            return named[0]
        matching = [kind for kind, goods in ctx.remedies.items() if goods & set(products)]
        if matching:
            return matching[0]
        if ctx.remedy_owners and not set(actor or []) & ctx.remedy_owners or not ctx.remedy_owners and ctx.remedy_subjects:
            return None  # "Washington raised tariffs …; Beijing opened an anti-dumping probe": a remedy not yet in force, or another's
        first, goods = next(iter(ctx.remedies.items()))
        return first if not products or (not goods and len(ctx.remedies) == 1) else None

    def _remedy_applies(self, source: Span | None, spans: SentenceSpans, retaliatory: bool) -> bool:
        """Whether a generic duty may be read as the document's remedy: not a general, reciprocal or counter tariff."""
        if retaliatory or any(s.id_ not in self.cues.remedy_bases for s in spans.legal):
            return False
        return source is None or not self._qualified(source)

    def _qualified(self, measure: Span) -> bool:
        """Whether a duty is qualified as another kind than a trade remedy ("the general import tariff", "reciprocal tariffs")."""
        words = {t.lower_ for t in measure} | {c.lower_ for c in measure.root.children if c.dep_ in ("amod", "compound", "advmod")}
        return bool(words & self.cues.remedy_blockers)

    def _homes(self, doc: Doc) -> list[tuple[int, str | None]]:
        """The home jurisdiction from each dateline on (a roundup's briefs each have their own: "COLOMBO - …", "ISLAMABAD - …")."""
        datelines = sorted(doc.spans.get("trade_dateline", []), key=lambda s: s.start)
        if not datelines:
            return [(0, self._home(doc))]
        out: list[tuple[int, str | None]] = []
        for span in datelines:
            place = re.split(r"[,(/:]|\s[-–—]", span.text.strip(), maxsplit=1)[0].strip().upper()
            out.append((span.start, self.places.get(place)))  # "HANOI/SEOUL --" → the first; a place we cannot place: no guess
        return out

    def _home(self, doc: Doc) -> str | None:
        """The home jurisdiction of a story without a dateline: the one it names most, if clearly."""
        counts = Counter(a.id_ for a in doc.spans.get("trade_actors", []) if a.id_ and a.id_ != HOME and a.id_ not in self.cues.body_codes)
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]  # no dateline: the jurisdiction the story names most ("FG suspends duties …; the Federal Government")
        return None

    def _actor_spans(self, spans: list[Span], home: str | None, published: str | None) -> list[Span]:
        """Actor mentions with codes: an official named by an ambiguous alias takes the one in office on the
        publication date; an unnamed national authority ("the finance ministry") is the home jurisdiction,
        and so is a title that names no country or person ("the trade minister"), unless a country qualifies
        either ("China's commerce ministry"), another party is named before it in the sentence ("Korean lawmakers
        urged the government") or the story has no home."""
        def homeless(a: Span) -> bool:
            if a.label_ == "TITLE" and not a.id_:  # "the trade minister", but not "Trade Minister Kim Hyun-chong"
                named = a.end < len(a.doc) and a.doc[a.end].pos_ == "PROPN"
                return not named and a.text.lower() not in NON_HOME_TITLES
            return a.id_ == HOME

        taken = {t.i for a in spans if not homeless(a) for t in a}
        first_named = min((a.start for a in spans if not homeless(a) and a.id_), default=None)
        owners = {t.i: a.id_ for a in spans if a.label_ in ("COUNTRY", "DEMONYM") for t in a}
        out: list[Span] = []
        for a in spans:
            if a.label_ == "METONYM" and self._owned_by_another(a, owners):
                continue  # "the Philippine Department of Agriculture", "Japan's Agriculture Department": not Washington's
            code = a.id_
            if a.label_ == "OFFICIAL" and not code:
                code = resolve_official(self.officials, a.text, published) or ""
            elif homeless(a):
                qualified = any(c.i in taken for t in a for c in t.children) or any(t.i in taken for t in a)
                after_party = first_named is not None and first_named < a.start  # "Korean lawmakers urged the government"
                code = home if home and not qualified and not after_party else ""
            if code:
                out.append(a if code == a.id_ else Span(a.doc, a.start, a.end, label=a.label_, span_id=code))
        return out

    @staticmethod
    def _buys_goods(trig: Span, spans: SentenceSpans) -> bool:
        """Whether a purchase commitment names goods ("pledged to buy more U.S. farm products", "Boeing aircraft")."""
        verb = next((t for t in trig if t.lower_ in PURCHASE_VERBS | PURCHASE_NOUNS), trig.root)
        reach = {t.i for t in verb.subtree} | {t.i for t in verb.head.subtree if t.i > verb.i}
        return any(p.root.i in reach for p in spans.products) or any(t.i in reach and t.lower_ in GOODS_WORDS for t in trig.sent)

    @staticmethod
    def _owned_by_another(mention: Span, owners: dict[int, str]) -> bool:
        """Whether another country's name or adjective qualifies an institution named without its country."""
        i = mention.start - 1
        if i >= 0 and mention.doc[i].lower_ in ("'s", "’s"):
            i -= 1
        return i >= 0 and owners.get(i) not in (None, mention.id_)

    def _sentence_spans(self, doc: Doc, sent: Span, skip: set[int], home: str | None, published: str | None,
                        index: dict[str, dict[int, list[Span]]], boiler: set[int]) -> SentenceSpans:
        """Collect the sentence's spans, dropping blocked readings and skipped tokens."""

        def within(key: str) -> list[Span]:
            return spans_in(index[key].get(sent.start, []), sent)

        def take(key: str) -> list[Span]:
            return [s for s in within(key) if s.id_ != "none" and s.start not in skip]

        legal_spans = take("trade_legal")
        legal = {t.i for s in legal_spans for t in s}
        dates = [e for e in within("trade_dates")
                 if e.start not in boiler and e.start not in legal and doc[max(e.start - 2, 0)].lower_ != "act"]
        mentions = [a for a in within("trade_actors") if a.start not in skip]
        starts = {a.start: a for a in mentions}
        mentions = [a for a in mentions if not (a.label_ == "METONYM" and a.end + 1 < len(doc) and doc[a.end].lower_ == "of"
                                                and a.end + 1 in starts and starts[a.end + 1].label_ == "COUNTRY")]  # "the Trade Remedies Authority of Vietnam"
        mentions = [a for a in mentions if not self._in_company_name(a)]
        actors = self._actor_spans(mentions, home, published)
        products = [p for p in take("trade_products") if not self._in_firm_name(p)]
        elided = self._elided(products)
        if elided:
            products = sorted([p for p in products if p.start not in elided] + list(elided.values()), key=lambda p: p.start)
        measures = take("trade_measures")
        measure_roots = {m.root.i for m in measures}
        measures = [m for m in measures if not (m.id_ == "safeguard" and m.root.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.i not in measure_roots for c in m.root.children))]  # "to safeguard its rights": a verb, no measure
        return SentenceSpans(take("trade_triggers"), measures, actors, products,
                             legal_spans, take("trade_rates"), take("trade_values"), dates)

    def _remember_mentions(self, spans: SentenceSpans, ctx: Context) -> None:
        """Keep the measure named in a sentence without events for the next ones."""
        if spans.measures:
            ctx.measure = self._refined(spans.measures[0], ctx)

    def _planned_measure(self, measure: Span) -> bool:
        """Whether a measure is described as still to come: "tariffs that were due to take effect", "tariffs it had planned to impose"."""
        clauses = [c for c in measure.root.children if c.dep_ in ("relcl", "acl")]
        return any(t.lower_ in self.cues.planned_measure_cues for c in clauses for t in c.subtree)

    def _note_bodies(self, spans: SentenceSpans, found: list[Event], ctx: Context) -> None:
        """Remember whose ministry, department or commission acted in a sentence ("China's commerce ministry opened a probe")."""
        acting = {c for ev in found for c in ev.actor}
        for mention in (m for m in spans.actors if m.id_ in acting):
            words = [t.lower_ for t in mention]
            if mention.root.dep_ in ("poss", "compound", "amod", "nmod") and mention.root.head.pos_ in ("NOUN", "PROPN"):
                words.append(mention.root.head.lower_)
            for word in words:
                if word in self.cues.authority_words:
                    ctx.bodies[word] = (mention.id_, mention.text)
            if mention.id_ == "EU" or " " in mention.id_:  # a bloc ("ARG BRA PRY URY" for Mercosur): "the bloc also blacklisted …"
                for word in BLOC_NOUNS:
                    ctx.bodies[word] = (mention.id_, mention.text)

    def _body_named_before(self, trigger: Span, ctx: Context, measure_tokens: set[int]) -> tuple[str, str] | None:
        """The country of "the ministry" (or department, commission …) that acts, when the subject names no country itself."""
        verb = trigger.root
        for _ in range(4):
            for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")):
                subj = next((c for c in subj.children if c.dep_ == "pobj"), subj) if subj.dep_ == "agent" else subj
                key = subj.lower_ if subj.lower_ in ctx.bodies else subj.text  # a bloc's body by its capitalised name
                if key in ctx.bodies and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
                        and not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ == "PROPN" for c in subj.children):
                    return ctx.bodies[key]
                if subj.pos_ != "PRON" and subj.i not in measure_tokens and subj.lower_ not in ANAPHORS:
                    return None  # (a pronoun or "the duties" lets the reporting verb's subject speak: "the ministry said the duties …")
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _pronoun_subject(self, trigger: Span) -> tuple[str, str] | None:
        """ "Beijing will lift tariffs that it imposed last March": "it" is the sentence's subject named before it."""
        verb = clause_verb(trigger.root)
        if verb is not None and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "which is expected to open an investigation"
        pronoun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they", "which", "that", "who")),
                       None) if verb is not None else None
        if pronoun is None or verb.lower_ in self.cues.undergoer_verbs:
            return None  # ("South Korea, which faces the same rate": the one hit)
        if pronoun.dep_ == "nsubjpass" and trigger.root.dep_ in ("dobj", "dative") and trigger.root.head.i == verb.i:
            return None  # ("Canada, which was granted an exemption": the one who receives it)
        if pronoun.lower_ in ("which", "that", "who"):  # "the European Commission, which is expected to open a probe"
            if verb.dep_ != "relcl":
                return None
            owner = next((m for m in spans_in(list(trigger.doc.spans.get("trade_actors", [])), trigger.sent)
                          if m.id_ and m.id_ != HOME and m.start <= verb.head.i < m.end), None)
            return (owner.id_, owner.text) if owner is not None else None
        named = [m for m in spans_in(list(trigger.doc.spans.get("trade_actors", [])), trigger.sent)  # (also another event's clause)
                 if m.id_ and m.id_ != HOME and m.end <= pronoun.i and m.root.dep_ == "nsubj" and m.root.head.i != verb.i]
        return (named[-1].id_, named[-1].text) if named else None

    @staticmethod
    def _anaphoric(measure: Span) -> bool:
        """Whether a measure is named as one already known: "the tariffs", "their duties", "these curbs"."""
        return any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS for c in measure.root.children)

    def _without_members(self, codes: list[str], published: str | None) -> list[str]:
        """The EU stands for its member states: "EU goods, including French wine" targets the EU, not France too."""
        if "EU" not in codes:
            return codes
        day = published or "9999"
        return [c for c in codes if c not in self.eu_members
                or not (self.eu_members[c][0] <= day and (self.eu_members[c][1] is None or day < self.eu_members[c][1]))]

    def _refined(self, measure: Span, ctx: Context) -> str:
        """'the duties' after 'countervailing duties': a generic measure named anaphorically keeps the specific one."""
        specific = self.cues.measure_refinements.get(measure.id_, frozenset())
        if ctx.measure in specific and self._anaphoric(measure) and not self._qualified(measure):
            return ctx.measure
        return measure.id_

    def _sentence_events(
        self, sent: Span, spans: SentenceSpans, document: Document, published: str | None, doc_trade: bool, ctx: Context
    ) -> list[Event]:
        """The events one sentence reports."""
        candidates = self._candidates(sent, spans, doc_trade, ctx.measure is not None, ctx.measure)
        events: list[Event] = []
        ctx.sentence_actors = {}
        heads: dict[int, int] = {}  # event id -> token index of the verb heading its trigger's clause
        roots: dict[int, Token] = {}  # event id -> its trigger's root
        for event_type, trigger in candidates:
            head = (clause_verb(trigger.root) or trigger.root).i
            foreign = foreign_tokens(trigger, [g for _, g in candidates if g.start != trigger.start], self.cues.reporting_verbs) \
                if event_type not in PARTY_EVENTS and self._deal_term(trigger) is None else set()  # (a deal's terms fill the clauses that follow it)
            own = replace(spans, foreign=frozenset(foreign),
                          **{k: [x for x in getattr(spans, k) if x.root.i not in foreign] for k in ("actors", "products", "rates")})
            for ev in self._make_events(event_type, trigger, sent, own, document, published, ctx):
                if self._rate_statement(trigger, spans) and self._merge_rates(ev, events):
                    continue  # "range from 3.9% to 265.1%, with all other Brazilian firms facing 127.3%": one target, one event
                past_clause = trigger.root.dep_ in ("relcl", "acl") and trigger.root.tag_ in ("VBD", "VBN") and ev.date is not None
                same = next((other for other in events if self._same_event(ev, other) and not (
                    heads[id(other)] != head and ev.products and other.products and not set(ev.products) & set(other.products))
                    and not (past_clause and ev.date != other.date)
                    and not (heads[id(other)] != head and ev.date and other.date and ev.date != other.date)
                    and not (ev.event_type in MEASURE_EVENTS and self._joined_clauses(sent.doc[heads[id(other)]], sent.doc[head]))
                    and not (ev.event_type in MEASURE_EVENTS and self._objects_differ(sent.doc[heads[id(other)]], sent.doc[head]))
                    and not (ev.event_type == "dispute" and self._coordinated(sent.doc[heads[id(other)]], sent.doc[head]))
                    and not (ev.event_type == "investigate" and self._elliptic_object(roots[id(other)], trigger.root))), None)
                # ("requested consultations in 2017 and asked for a panel the following year": two steps of a case)
                # ("extended a ban that it first introduced in 2017"; "has imposed sanctions since 2022, and its embargo took effect in December")
                if same is None:  # ("banned wheat exports in May and halted shipments of rice last month": two bans)
                    for other in events:  # "added 140 firms to the Entity List and curbed sales of memory chips": each its own goods
                        if ev.products and other.products == ev.products and ev.event_type in MEASURE_EVENTS \
                                and self._objects_differ(sent.doc[heads[id(other)]], sent.doc[head]):
                            mine, theirs = (self._clause_products(sent.doc[h], spans) for h in (head, heads[id(other)]))
                            ev.products, other.products = [p for p in ev.products if p in mine], [p for p in other.products if p in theirs]
                        if ev.products and other.products == ev.products and self._elliptic_object(roots[id(other)], trigger.root):
                            mine = {p.id_ for p in spans.products if p.root in trigger.root.subtree}  # "… and an anti-subsidy
                            # probe into European dairy products": the second object's own goods
                            ev.products, other.products = [p for p in ev.products if p in mine], [p for p in other.products if p not in mine]
                    events.append(ev)
                    if ev.actor:
                        ctx.sentence_actors.setdefault(ev.event_type, (ev.actor, ev.actor_text))
                    heads[id(ev)] = head
                    roots[id(ev)] = trigger.root
                    self._note_owner(ev, ctx)  # "U.S. tariffs take effect; Beijing hits back": the retaliation targets the U.S.
                if same is not None and same.measure is None and ev.measure is not None and same.event_type in MEASURE_EVENTS:
                    same.measure = ev.measure  # "would take all necessary measures …, weighing tariffs on pork": the instrument named
                if same is not None and not same.target and ev.target and ev.measure == same.measure:  # "is investigating whether
                    # Chinese makers …, a probe that …" (but a safeguard's target stays cleared)
                    same.target, same.target_text = ev.target, ev.target_text
                if same is not None and not same.products and ev.products:
                    same.products = ev.products  # "it has not ended dumping; nor has it opened its market to U.S. chips": one report
                    same.confidence = self._confidence(vars(same), same.products)
        for ev in self._complained_of(events, roots):
            self._note_owner(ev, ctx)
        self._pronoun_lapses(events, roots)
        events += self._delayed_measures(events, roots, spans, published)
        events += self._conjoined_actions(events, roots, spans, published)
        events += self._rate_clauses(events, roots, spans, published)
        self._shared_adversary(events, spans)
        self._relief_granter(events)
        self._outcome_parties(events, roots, spans)
        last: Event | None = None
        for ev in events:
            if ev.event_type not in PARTY_EVENTS and ev.actor and (ev.modality != "negated" or not ctx.actor or len(events) == 1):
                ctx.actor, ctx.actor_text = ev.actor, ev.actor_text  # (not "…, in retaliation for Washington's refusal to exempt it")
            if ev.event_type not in PARTY_EVENTS and ev.target and ev.modality != "requested":  # (not "urged Seoul to reconsider": the asker)
                if last is not None and (last.event_type, last.actor, last.measure) == (ev.event_type, ev.actor, ev.measure):
                    ctx.target = unique(ctx.target + ev.target)  # "Brazilian firms face 127.3%, while Argentine shipments attract 97.6%"
                    ctx.target_text = ctx.target_text + ev.target_text
                else:
                    ctx.target, ctx.target_text = ev.target, ev.target_text
                last = ev
                if ev.event_type in MEASURE_EVENTS and ev.modality != "requested" and len(ev.actor) == 1:
                    ctx.dyads[ev.actor[0]] = (ev.target, ev.target_text, ev.measure)
            if ev.event_type in PARTY_EVENTS and len(ev.actor) > 1:
                ctx.parties = ev.actor
            if ev.measure:
                ctx.measure = ev.measure
            if ev.measure in ctx.remedies and ev.event_type in MEASURE_EVENTS | {"investigate"}:
                ctx.remedy_owners.update(ev.actor)
        return events

    def _complained_of(self, events: list[Event], roots: dict[int, Token]) -> list[Event]:
        """ "asked the WTO to examine duties that India imposed on PET resin": the complaint targets the measure's owner, the measure hits the complainant."""
        filled = []
        for case in (e for e in events if e.event_type == "dispute" and e.actor):
            verb = clause_verb(roots[id(case)]) or roots[id(case)]
            for ev in events:
                root = roots[id(ev)]
                if ev.event_type not in MEASURE_EVENTS or ev.retaliatory or not ev.actor or set(ev.actor) >= set(case.actor) \
                        or root.dep_ not in ("relcl", "acl") or root.head not in verb.subtree or root.head.i == verb.i:
                    continue
                if set(ev.actor) & set(case.actor):  # "a complaint over duties imposed by India": India is the defendant
                    kept = [(c, t) for c, t in zip(case.actor, case.actor_text) if c not in ev.actor]
                    case.actor, case.actor_text = [c for c, _ in kept], [t for _, t in kept]
                complainants = [(c, t) for c, t in zip(case.actor, case.actor_text) if c not in self.cues.body_codes]
                if not ev.target and complainants and "safeguard" not in (ev.measure, case.measure):  # (a safeguard hits all origins)
                    ev.target, ev.target_text = member_codes(c for c, _ in complainants), [t for _, t in complainants]
                    filled.append(ev)
                if not case.target:
                    case.target, case.target_text = list(ev.actor), list(ev.actor_text)
        return filled

    def _delayed_measures(self, events: list[Event], roots: dict[int, Token], spans: SentenceSpans,
                          published: str | None) -> list[Event]:
        """ "postponed a 10% tariff … to Dec. 15": the delayed measure is still to come, an impose of its own (planned)."""
        out = []
        for ev in events:
            root = roots.get(id(ev))
            if root is None or ev.event_type != "lift" or ev.measure is None or root.lower_ not in self.cues.delay_verbs:
                continue
            if any(o.event_type == "impose" and o.measure == ev.measure and o.actor == ev.actor for o in events):
                continue  # the sentence reports the measure already
            due = [d for d in spans.dates if d.start > root.i and d.doc[d.start - 1].lower_ in ("to", "until", "till")]
            date = self.dates.resolve(due[0].text, published, True) if due else None
            fields = {**vars(ev), "event_type": "impose", "modality": "planned", "date": date,
                      "date_text": due[0].text if due else None}
            if due and ev.date == date:  # the lift takes the sentence's other date, if any
                ev.date, ev.date_text = None, None
            if ev.modality == "asserted":
                ev.modality = "planned"  # putting off a measure not yet in force
            out.append(Event(**fields))
        return out

    def _conjoined_actions(self, events: list[Event], roots: dict[int, Token], spans: SentenceSpans,
                           published: str | None) -> list[Event]:
        """ "imposed duties on rovings in 2011 and extended them in 2017", "curbs Washington imposed in 2022 and tightened in
        2023": a second verb on the first one's measure is a second action, on the same goods, at its own date."""
        out: list[Event] = []
        taken = {root.i for root in roots.values()}
        measure_tokens = {t.i for m in spans.measures for t in m}
        for ev in list(events):
            root = roots.get(id(ev))
            if root is None or ev.event_type not in MEASURE_EVENTS or root.pos_ != "VERB" or ev.measure is None:
                continue
            for verb in (c for c in root.conjuncts if c.i > root.i and c.i not in taken and c.pos_ == "VERB" and c.lower_ != root.lower_
                         and c.lower_ not in APPLY_VERBS):  # ("takes effect on Monday and applies to steel from all origins": its scope)
                trig = next((t for t in spans.triggers if t.root.i == verb.i and t.id_ in MEASURE_EVENTS), None)
                if trig is None or self._hypothetical(verb) or not self._continues(verb, measure_tokens):
                    continue
                modality = modality_of(trig, self.cues, trig.id_, bool(ev.target))
                date, date_text = self._date(trig, spans, published, modality, trig.id_)
                if modality == "asserted" and date and published and date > published[:len(date)]:
                    modality = "planned"
                rated = any(r.root.i in {t.i for t in verb.subtree} for r in spans.rates)
                rates = [r for _, rs in self._rates(trig.sent, spans, measure_tokens, trig) for r in rs] if rated else []
                out.append(Event(**{**vars(ev), "event_type": trig.id_, "trigger": trig.text, "date": date, "date_text": date_text,
                                    "modality": modality, "rates": rates}))
                taken.add(verb.i)
        return out

    def _rate_verb(self, verb: Token) -> bool:
        """Whether a clause verb gives a rate to its subject: "pay", "face", "goes up to", "rise", "are subject to"."""
        word = verb.lower_
        if word in self.cues.rate_clause_copulas:
            return any(c.dep_ == "acomp" and c.lower_ in self.cues.rate_clause_adjectives for c in verb.children)
        return word in self.cues.rate_statement_verbs or word in self.cues.rate_clause_verbs \
            or any(word in words for words in self.cues.rate_change_verbs.values())

    @staticmethod
    def _clause_family(head: Token) -> set[int]:
        """The verbs coordinated with (or adverbial to) a clause verb, a few links away: "X rises to 20%, while Y goes up to 15%"."""
        family, frontier = {head.i}, [head]
        for _ in range(3):
            nxt = []
            for verb in frontier:
                linked = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
                if verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
                    linked.append(verb.head)
                nxt += [v for v in linked if v.pos_ in ("VERB", "AUX") and v.i not in family]
                family |= {v.i for v in nxt}
            frontier = nxt
        return family

    def _rate_clauses(self, events: list[Event], roots: dict[int, Token], spans: SentenceSpans,
                      published: str | None) -> list[Event]:
        """ "The duty on phones rises to 20%, while that on chargers goes up to 15%", "capital goods will pay 5%, tyres will
        face 25% and …": a joined clause that gives other goods (or another party) a rate of their own is an event of its own,
        like the one it is joined to, with its own goods and rates."""
        out: list[Event] = []
        if not spans.rates or not events:
            return out
        doc = spans.rates[0].doc
        taken = {r.i for r in roots.values()} | {(clause_verb(r) or r).i for r in roots.values()}
        for ev in list(events):
            root = roots.get(id(ev))
            if root is None or ev.event_type not in ("impose", "lift") or ev.measure is None:
                continue
            head = clause_verb(root) or root
            for i in sorted(self._clause_family(head) - taken):
                verb = doc[i]
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                or c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("on", "for")), None)  # ("while that on chargers goes up")
                if subject is None or not self._rate_verb(verb) or self._hypothetical(verb) or verb.dep_ == "advcl" and any(
                        c.dep_ == "mark" and c.lower_ not in ("while", "whereas", "that", "those") for c in verb.children):
                    continue  # (not "after cattle prices jumped 60 percent": a cause)
                inside = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ in ("conj", "advcl")
                                                          and c.pos_ in ("VERB", "AUX") for t in c.subtree}
                own = [r for r in spans.rates if r.root.i in inside]
                if not own:
                    continue
                rates = [x for _, xs in self._rates(verb.sent, replace(spans, rates=own), set(), doc[i:i + 1], anchored=False) for x in xs]
                products = unique([p.id_ for p in spans.products if p.root.i in inside])
                named = {t.i for t in subject.subtree}
                parties = [m for m in spans.actors if m.root.i in named and m.id_ not in ev.actor]
                if not rates or not (products and not set(products) >= set(ev.products) or parties):
                    continue  # the same goods' other rate stays on the event ("to 25% from 10%")
                target = member_codes(m.id_ for m in parties) if parties else list(ev.target)
                if any(o.event_type == ev.event_type and o.products == products and set(o.rates) >= set(rates) for o in events + out):
                    continue
                outside = {x for r in spans.rates if r.root.i not in inside for x in decode_rates(r.id_)}
                ev.products = [p for p in ev.products if p not in products] or ev.products
                ev.rates = [r for r in ev.rates if r not in rates or r in outside] or ev.rates
                date, date_text = self._date(doc[i:i + 1], spans, published, ev.modality, ev.event_type)
                out.append(Event(**{**vars(ev), "trigger": verb.text, "products": products, "rates": rates, "target": target,
                                    "target_text": [m.text for m in parties] if parties else list(ev.target_text),
                                    "date": date or ev.date, "date_text": date_text if date else ev.date_text}))
                taken.add(i)
        return out

    @staticmethod
    def _continues(verb: Token, measure_tokens: set[int]) -> bool:
        """Whether a verb acts on the measure of the verb it is joined to: no subject or object of its own, or only pronouns
        and "the ban" (not "and Beijing extended its own curbs", "and raised quotas on rice")."""
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("it", "they") for c in verb.children):
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return all(o.lower_ in ("it", "them") or o.i in measure_tokens and any(c.dep_ == "det" and c.lower_ in ("the", "those", "these", "this")
                                                                                 for c in o.children)
                   and not any(c.dep_ in ("amod", "compound", "nmod", "prep", "poss") for c in o.children) for o in objects)

    @staticmethod
    def _story_side_against(target: list[str], ctx: Context) -> list[str]:
        """The one party of the story whose measures hit the named target (none when two do, or when the target hits back)."""
        sides = [actor for actor, (hit, _, _) in ctx.dyads.items() if set(target) <= set(hit) and actor not in target]
        return sides if len(sides) == 1 else []

    @staticmethod
    def _coordinated(one: Token, other: Token) -> bool:
        """Two different verbs joined by "and" ("requested consultations and asked for a panel")."""
        return one.i != other.i and one.pos_ == other.pos_ == "VERB" and (
            other.dep_ == "conj" and other.head.i == one.i or one.dep_ == "conj" and one.head.i == other.i)

    @staticmethod
    def _elliptic_object(one: Token, other: Token) -> bool:
        """A second object of an elided verb ("opened an anti-dumping investigation into pork and an anti-subsidy probe into
        dairy products": the parser joins the second noun to the verb)."""
        return one.i != other.i and one.pos_ == other.pos_ == "NOUN" and one.dep_ == "dobj" and other.dep_ == "conj" \
            and other.head.i == one.head.i and any(c.dep_ == "prep" for c in other.children)

    @staticmethod
    def _objects_differ(one: Token, other: Token) -> bool:
        """Two verbs joined by "and", each with an object of its own ("added 140 firms to the list and curbed sales of chips")."""
        if not EventBuilder._coordinated(one, other):
            return False

        def own_object(verb: Token) -> bool:  # (not "and has extended the ban", "and lifted it": the first verb's measure)
            return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.pos_ != "PRON" and not any(
                d.dep_ == "det" and d.lower_ in ("the", "this", "these", "those", "that") for d in c.children) for c in verb.children)
        return own_object(one) and own_object(other)

    @staticmethod
    def _clause_products(verb: Token, spans: SentenceSpans) -> set[str]:
        """The goods named in a verb's own clause (not in the clauses joined to it)."""
        inside = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                                  for t in c.subtree}
        return {p.id_ for p in spans.products if p.root.i in inside}

    @staticmethod
    def _joined_clauses(one: Token, other: Token) -> bool:
        """Two clauses joined by "and", each with a subject of its own ("the EU has imposed sanctions …, and its embargo took effect")."""
        if one.i == other.i or not (other.dep_ == "conj" and other.head.i == one.i or one.dep_ == "conj" and one.head.i == other.i):
            return False
        return all(any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) for verb in (one, other))

    @staticmethod
    def _lapsing_subject(verb: Token) -> Token | None:
        """What is due to lapse: the subject of "expire" or of the verb it completes ("are due to expire", "be allowed to
        expire"), a relative pronoun standing for the noun it follows."""
        tok = verb
        for _ in range(3):
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject
            if tok.dep_ not in ("xcomp", "acomp") or tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def _pronoun_lapses(self, events: list[Event], roots: dict[int, Token]) -> None:
        """ "imposed a duty on rebar in 2017, and it expired last year": the lapsed measure's goods and targets."""
        for ev in events:
            root = roots.get(id(ev))
            if root is None or root.lower_ not in LAPSE_VERBS:
                continue
            lapsing = self._lapsing_subject(root)
            if lapsing is None or lapsing.lower_ not in ("it", "they", "which", "that", "measure", "measures", "duties"):
                continue
            before = [o for o in events if o is not ev and id(o) in roots and roots[id(o)].i < root.i and o.measure == ev.measure
                      and o.event_type in MEASURE_EVENTS]
            if before and before[-1].actor and not any(t in root.sent.text for t in ev.actor_text):
                ev.actor, ev.actor_text = list(before[-1].actor), list(before[-1].actor_text)  # the lapsing measure's owner
            if before and not ev.products:
                ev.products = list(before[-1].products)
                ev.confidence = self._confidence(vars(ev), ev.products)
            if before and not ev.target:
                ev.target, ev.target_text = list(before[-1].target), list(before[-1].target_text)

    @staticmethod
    def _shared_adversary(events: list[Event], spans: SentenceSpans) -> None:
        """ "would slap duties on U.S. products and launch a legal case": a case that names no respondent is against whom the
        complainant's measure of the same sentence targets (not the owner of the story's earlier measure)."""
        named = {a.id_ for a in spans.actors}
        for case in (e for e in events if e.event_type == "dispute" and e.actor and not set(e.target) & named):
            hits = [e for e in events if e.event_type == "impose" and e.actor == case.actor and e.target and set(e.target) <= named]
            if hits:
                case.target, case.target_text = list(hits[0].target), list(hits[0].target_text)

    def _outcome_parties(self, events: list[Event], roots: dict[int, Token], spans: SentenceSpans) -> None:
        """ "branded Japan, Brazil and India as unfair traders, a step that could lead to retaliatory tariffs": the measure a
        step could bring is the stepping party's, against that step's targets."""
        outcomes = [e for e in events if id(e) in roots and self._possible_outcome(roots[id(e)])]
        steps = [e for e in events if e.actor and id(e) in roots and e not in outcomes]
        for ev in outcomes:
            if steps:
                step = steps[0]
                ev.actor, ev.actor_text = list(step.actor), list(step.actor_text)
                if step.target:
                    ev.target, ev.target_text = list(step.target), list(step.target_text)
                ev.target = [t for t in ev.target if t not in ev.actor]
                continue
            hit = {m.id_ for m in spans.actors if governing(m.root).dep_ in ("dobj", "dative")}  # no step found: its objects
            if hit and set(ev.actor) - hit:  # are whom it would hit
                ev.target = unique(ev.target + [c for c in ev.actor if c in hit])
                ev.actor = [c for c in ev.actor if c not in hit]

    @staticmethod
    def _relief_granter(events: list[Event]) -> None:
        """ "Britain spared as Trump doubles steel tariffs": an exemption that names only who is spared is granted by the one
        party whose measure the sentence reports."""
        owners = {tuple(e.actor): e for e in events if e.event_type == "impose" and e.actor}
        for ev in events:
            if ev.event_type == "exempt" and not ev.actor and ev.target and len(owners) == 1:
                owner = next(iter(owners.values()))
                if not set(owner.actor) & set(ev.target):
                    ev.actor, ev.actor_text = list(owner.actor), list(owner.actor_text)

    def _faced_measures(self, spans: SentenceSpans, chosen: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """ "imports above the quota will face a 25 percent tariff, while …": a duty goods face, in a clause no trigger holds."""
        if not chosen:
            return []  # (taken below, with the other measures a verb reports)
        taken = {(clause_verb(g.root) or g.root).i for _, g in chosen} | {t.i for _, g in chosen for t in g}
        out = []
        for m in spans.measures:
            verb = m.root.head
            if m.root.dep_ == "dobj" and verb.lower_ in self.cues.undergoer_verbs and verb.i not in taken and m.root.i not in taken \
                    and m.id_ in TARIFF_LIKE and not self._free_entry(m) and not self._hypothetical(verb) \
                    and not any(g.root in m.root.subtree for _, g in chosen):  # "face a surtax that Ottawa imposed": reported
                out.append(("impose", m))
        return out

    def _announced_measures(self, spans: SentenceSpans, chosen: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """ "sanctioned refineries …, and Trump has authorized 25% tariffs on …", "lifts export ban, keeps levy": a new measure
        that a joined verb announces or keeps, beside the sentence's other measure events (not "the duties", reported again)."""
        if not any(t in MEASURE_EVENTS for t, _ in chosen):
            return []  # (taken below, with the other measures a verb reports)
        taken = {(clause_verb(g.root) or g.root).i for _, g in chosen} | {t.i for _, g in chosen for t in g}
        out = []
        for m in spans.measures:
            verb = m.root.head
            if m.root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ not in self.cues.measure_verbs or verb.i in taken \
                    or m.id_ == "other" or not self._measure_is_reported(m) or self._hypothetical(verb) \
                    or any(c.dep_ == "det" and c.lower_ in DEICTIC_DETS for c in m.root.children) \
                    or not (verb.dep_ == "conj" or any(g.root.dep_ == "conj" and g.root.head.i == verb.i for _, g in chosen)):
                continue
            clause = {t.i for t in verb.subtree} - {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
            if any(g.root in m.root.subtree or g.root.i in clause for _, g in chosen):
                continue
            out.append(("impose", m))
        return out

    def _possible_outcomes(self, spans: SentenceSpans, taken: set[int]) -> list[tuple[str, Span]]:
        """ "a probe that could lead to additional duties", "an investigation that may result in tariffs": a measure an
        action could bring, threatened."""
        return [("impose", m) for m in spans.measures if m.start not in taken and self._possible_outcome(m.root)]

    @staticmethod
    def _possible_outcome(noun: Token) -> bool:
        """Whether a measure noun is what a modal "lead to" / "result in" says an action could bring."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "in"):
            return False
        verb = noun.head.head
        return verb.lower_ in RESULT_VERBS and any(c.dep_ == "aux" and c.lower_ in MODAL_AUXES | {"would", "will"} for c in verb.children)

    def _restated_measures(self, spans: SentenceSpans, taken: set[int], imposing: set[int]) -> list[tuple[str, Span]]:
        """ "the 10 percent tariff Trump placed on most imports in April", "a tariff announced by Trump in April": a clause on a
        measure noun that says who set it, or when, restates that measure as an event of its own (not "curbs, announced in
        May, take effect in July", where the sentence reports that measure's imposition itself)."""
        doc = spans.measures[0].doc if spans.measures else None
        out = []
        for m in spans.measures:
            if m.root.dep_ in ("nsubj", "nsubjpass", "dobj") and m.root.head.i in imposing:
                continue
            misparsed = m.root.dep_ == "compound" and m.root.head.pos_ == "PROPN" and m.root.head.i == m.root.i + 1  # ("the tariff
            # Trump placed …": the agent parsed as the noun's head)
            for verb in list(m.root.children) + (list(m.root.head.children) if misparsed else []):
                if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or verb.lower_ not in self.cues.restating_verbs \
                        or verb.i in taken or self._hypothetical(verb):
                    continue
                agent = misparsed and verb.head.i != m.root.i or any(
                    c.dep_ == "nsubj" and c.lower_ not in ("that", "which") or c.dep_ == "agent" for c in verb.children)
                timed = any(d.root in verb.subtree for d in spans.dates)
                if agent or timed:
                    out.append(("impose", doc[verb.i:verb.i + 1]))
                    taken.add(verb.i)
        return out

    @staticmethod
    def _may_follow(verb: Token) -> bool:
        """ "an anti-dumping probe into European pork could follow": a step that may come next, with no complement."""
        return verb.lower_ in ("follow", "come") and any(c.dep_ == "aux" and c.lower_ in MODAL_AUXES for c in verb.children) \
            and not any(c.dep_ in ("dobj", "prep", "npadvmod", "advcl") for c in verb.children)

    @staticmethod
    def _effect_of_a_text(verb: Token, measure_tokens: set[int]) -> bool:
        """ "a decree that takes effect next month", "it comes into force": an effect verb whose subject is no measure span."""
        if verb.lower_ not in EFFECT_VERBS:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = [verb.head if c.lower_ in ("that", "which") and verb.dep_ == "relcl" else c for c in subjects]
        return bool(subjects) and not any(c.i in measure_tokens for c in subjects)

    @staticmethod
    def _note_owner(ev: Event, ctx: Context) -> None:
        """Remember who owns the measure in question: whoever imposed it, or whoever lifts or exempts from it."""
        if not ev.actor:
            return
        if ev.event_type == "impose" and (ev.modality == "asserted" or ev.modality == "planned" and ev.date) \
                or ev.event_type in ("lift", "exempt") and not ctx.owner:  # (a measure scheduled for a date is decided)
            ctx.owner_target = ev.target or (ctx.owner_target if ev.actor == ctx.owner else [])
            ctx.owner, ctx.owner_text = ev.actor, ev.actor_text

    @staticmethod
    def _same_event(new: Event, old: Event) -> bool:
        """Two triggers of one type in a sentence report one event unless their parties or rates differ."""
        if new.event_type != old.event_type or new.measure != old.measure and "quota" in (new.measure, old.measure) and new.actor:
            return False  # "suspended the anti-dumping duties and opened a duty-free quota": two instruments, two events
        if new.rates != old.rates or new.products != old.products and new.rates:
            return False
        if (new.modality == "negated") != (old.modality == "negated") and new.event_type in MEASURE_EVENTS:
            return False  # "Moscow would respond to the new measures but had no plans to restrict gas exports": two
        return not new.actor or not old.actor or (new.actor == old.actor and (
            not new.target or new.target == old.target or not old.target and new.modality == old.modality))
        # (a target named by one trigger only: "is investigating whether Chinese makers …, a probe that …"; but "exempted
        # extrusions and refused an exemption for Chinese frames" are two)

    def _candidates(self, sent: Span, spans: SentenceSpans, doc_trade: bool, measure_named: bool = False,
                    context_measure: str | None = None) -> list[tuple[str, Span]]:
        """One trigger per event type that the sentence supports, in text order."""
        chosen: list[tuple[str, Span]] = []
        if not doc_trade:
            return chosen
        measure_tokens = {t.i for m in spans.measures for t in m}
        sentence_words = {t.lower_ for t in sent}
        has_trade_cue = bool(spans.measures or spans.products or spans.legal or sentence_words & TRADE_WORDS)
        doc = sent.doc
        phrase_measures = {t.i for m in spans.measures if len(m) > 1 for t in m}
        for trig in spans.triggers:
            etype = trig.id_
            if etype == "agree" and trig.root.lower_ in ("came", "come", "comes", "coming", "enter", "entered", "enters", "entering") \
                    and not sentence_words & DEAL_NOUNS:
                etype = "impose"  # "the duties came into force"
            if etype == "agree" and len(trig) > 1 and trig[-1].lower_ in NEGOTIATE_NOUNS and trig.root.tag_ not in ("VBD", "VBN"):
                etype = "negotiate"  # "concluded talks" is a deal; "aim to conclude talks" is still talking
            if etype == "impose" and trig.root.lower_ in CAP_VERBS and any(
                    c.dep_ in ("dobj", "nsubjpass") and any(m.root.i == c.i and m.id_ in TARIFF_LIKE for m in spans.measures) for c in trig.root.children):
                etype = "lift"  # "a deal that capped U.S. tariffs on Japanese cars at 15%": a ceiling on a duty lowers it
            if etype == "impose" and trig.root.lower_ in RAISE_VERBS and any(
                    c.dep_ == "prep" and c.lower_ == "with" and clause_verb(c) is not None and clause_verb(c).i == trig.root.i
                    and any(a.root.i in {t.i for t in c.subtree} for a in spans.actors) for c in trig.root.subtree):
                etype = "negotiate"  # "raised the issue with Ambassador Lighthizer": putting a concern to a party, not raising a duty
            if etype == "agree" and self._agrees_on_a_measure(trig.root, measure_tokens, measure_named):
                etype = "impose"  # "the package of sanctions, agreed by EU ambassadors on Wednesday": a measure adopted, no deal
            if etype == "impose" and trig.root.lower_ in EFFECT_VERBS and self._deal_subject(trig.root):
                etype = "agree"  # "the free trade agreement, which takes effect on Jan. 1"
            if etype == "impose" and trig.root.tag_ == "VBG" and trig.root.dep_ == "xcomp" and trig.root.head.lower_ in STOP_VERBS:
                etype = "lift"  # "would stop levying an extra 25 percent tariff on U.S. cars", "ceased charging duties"
            if self._hypothetical(trig.root):
                continue  # "if China retaliates", "if no deal is reached": a hypothesis, not an action
            moved = self._trusted_list_move(trig.root)
            if moved is not None:
                chosen.append((moved, trig))  # "removed South Korea from its white list": export checks tighten
                continue
            if etype == "impose" and trig.root.tag_ == "VBG" and trig.root.dep_ in ("advcl", "xcomp") and trig.root.lower_.startswith("retaliat") \
                    and any(t.root.i == trig.root.head.i for t in spans.triggers):
                continue  # "imposed a 25% duty on rice, retaliating against a ban": the retaliation is the duty itself
            if self._flow_stop(trig.root):
                continue  # taken below as a ban
            if etype in ("impose", "lift") and any(c.dep_ in ("dobj", "xcomp") and c.lower_ in PRACTICES and c.i not in phrase_measures
                                                   for c in trig.root.children):  # (but "imposes dumping duties", misparsed)
                continue  # "Japan has not ended third country dumping": a practice stops, no measure moves
            if etype == "lift" and trig.root.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ in self.cues.flow_change_subjects
                                                                     and c.i >= trig.end for c in trig.root.children):
                continue  # "reduce the trade surplus", "rectified by reducing trade": the flow shrinks, no measure is lifted
            if etype in ("impose", "lift") and self._flow_changes(trig.root):
                continue  # "shipments have almost halved since the levy took effect": the trade moved, nobody acted
            if self._since_clause(trig.root, spans):
                continue  # "shipments have halved since the levy took effect": a time reference, not a report
            if self._in_proper_name(trig) or any(a.start <= trig.start and trig.end <= a.end and a.id_ in self.cues.body_codes
                                                 for a in spans.actors):
                continue  # "the Organisation for Economic Cooperation and Development", "the General Agreement on Tariffs and
                # Trade": a name, not talks or a deal
            if not self._trigger_counts(trig, etype, spans, measure_tokens, has_trade_cue, doc_trade, measure_named):
                continue
            if etype == "investigate" and trig.root.lower_.startswith("ruling") and any(a.id_ in self.cues.body_codes for a in spans.actors):
                etype = "dispute"  # "the WTO's final ruling" (but a trade authority's final ruling closes its investigation)
            if etype == "dispute" and self._authority_ruling(trig.root, spans):
                etype = "investigate"  # "the U.S. International Trade Commission ruled that imports injured producers"
            if etype == "lift" and self._names_countries_for(trig, spans):
                etype = "exempt"
            if etype == "negotiate" and trig.root.lower_.startswith("consult") and self._requests_consultations(trig, spans):
                etype = "dispute"  # "requested consultations with the United States at the WTO": the first step of a dispute
            if etype == "impose" and trig.root.lower_ in self.cues.quota_loosening_verbs and self._governs_quota(trig.root, spans):
                etype = "lift"  # "asked Brussels to raise their quotas": more may enter below the tariff
            elif etype == "lift" and trig.root.lower_ in self.cues.quota_tightening_verbs and self._governs_quota(trig.root, spans):
                etype = "impose"  # "would slash China's textile quotas by 25 pct": less may enter
            if etype == "lift" and self._withdraws_a_preference(trig.root):
                etype = "impose"  # "revoked Russia's most-favoured-nation status": the tariff rises
            elif etype == "impose" and self._withdrawn_preferences(trig.root, self.cues.restoring_verbs):
                etype = "lift"  # "restored Sri Lanka's access to GSP+": the tariff falls again
            chosen.append((etype, trig))
        starts = {t.start for t in spans.triggers}
        for tok in sent:
            chosen += [("impose", doc[o.i:o.i + 1]) for o in self._lost_preferences(tok) if not self._hypothetical(tok)]
            if tok.pos_ == "VERB" and tok.i not in starts and self._withdrawn_preferences(tok, self.cues.restoring_verbs) \
                    and not self._hypothetical(tok):
                chosen.append(("lift", doc[tok.i:tok.i + 1]))  # "renewed China's most-favoured-nation trade status"
            if tok.lower_ not in self.token_event_words or self._hypothetical(tok):
                continue
            if self._flow_stop(tok) and not self._lifted(tok, spans):
                chosen.append(("impose", doc[tok.i:tok.i + 1]))  # "halted exports of face masks", "suspended imports of poultry"
            elif tok.lower_ in self.cues.finding_verbs and tok.pos_ == "VERB" and self._authority_ruling(tok, spans) \
                    and any(t.lower_ in self.cues.finding_words for t in sent):
                chosen.append(("investigate", doc[tok.i:tok.i + 1]))  # "the CITT found that the dumping … had caused injury"
            elif self._ruling(tok, spans):  # "the panel found that the ban could not be justified"
                subjects = {t.i for c in tok.children if c.dep_ == "nsubj" for t in c.subtree}
                chosen = [(t, g) for t, g in chosen if not (t == "dispute" and g.root.i in subjects)]
                chosen.append(("dispute", doc[tok.i:tok.i + 1]))
        chosen += [("impose", doc[t.i:t.i + 1]) for t in sent if self._made_definitive(t, measure_tokens) and not self._hypothetical(t)]
        clauses = {(clause_verb(g.root) or g.root).i for t, g in chosen if t in MEASURE_EVENTS}
        chosen += [("lift" if self._lowered_subject(t) else "impose", doc[t.i:t.i + 1]) for t in sent
                   if t.i not in clauses and self._measure_applies(t, measure_tokens, measure_named)
                   and not clauses & {a.i for a in t.ancestors}]  # ("Warsaw's ban applies indefinitely, while Hungary barred …")
        chosen += self._rate_changes(sent, spans, measure_tokens, measure_named, {g.start for _, g in chosen})
        if not spans.measures and not {t for t, _ in chosen} & MEASURE_EVENTS and context_measure in self.cues.rate_statement_measures:
            chosen += self._rate_statements(sent, spans)
        chosen = [(t, g) for t, g in chosen if not self._retaliation_of(g, chosen)]
        lifted = {c.i for t, g in chosen if t in ("lift", "exempt") for c in g.root.children if c.dep_ in ("dobj", "nsubjpass")}
        chosen = [(t, g) for t, g in chosen if not (t == "impose" and len(g) == 1 and self._measure_prefix(g.root, measure_tokens)
                                                    and {g.root.i, g.root.i + 2} & lifted)]  # "drops counter-tariffs": only a lift
        chosen = self._duty_free_entries(spans, chosen)
        chosen += self._faced_measures(spans, chosen)
        chosen += self._announced_measures(spans, chosen)
        chosen += self._possible_outcomes(spans, {g.start for _, g in chosen})
        chosen += self._restated_measures(spans, {t.start for t in spans.triggers} | {g.start for _, g in chosen},
                                          {g.root.i for t, g in chosen if t == "impose"})
        if sum(t in MEASURE_EVENTS for t, _ in chosen) > 1:  # "raise tariffs …, in a decree that takes effect next month": that rise's date
            chosen = [(t, g) for t, g in chosen if not (t == "impose" and self._effect_of_a_text(g.root, measure_tokens))]
        types = {t for t, _ in chosen}
        if "dispute" in types:
            chosen = [(t, g) for t, g in chosen if not (t == "negotiate" and g.root.lower_.startswith("consult"))]
        if not types & MEASURE_EVENTS:
            prospective = [m for m in spans.measures if m.id_ != "other" and not self._hypothetical(m.root)
                           and any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE for c in m.root.children)]
            other_events = {t.i for _, g in chosen for t in g}
            spans = replace(spans, measures=[m for m in spans.measures if self._may_carry(m, other_events, spans)])
            carried = [m for m in spans.measures if (m.id_ != "other" or measure_named and self._anaphoric(m)) and self._measure_is_reported(m)]
            unlabelled = [m for m in spans.measures if not (m.root.dep_ == "pobj" and m.root.head.lower_ in LABEL_PREPS)]
            rated = bool(unlabelled) and bool(self._rates(sent, spans, measure_tokens, unlabelled[0]))  # not "up 45%"
            if prospective:  # "a consultation on possible surtaxes", "the proposed duties": a measure announced as to come
                chosen = [(t, g) for t, g in chosen if not (t == "negotiate" and g.root.lower_.startswith("consult"))] + [("impose", prospective[0])]
            elif carried or (unlabelled and rated):
                reported = (carried or unlabelled)[0]  # but not "a complaint over the 50% tariffs"
                chosen.append(("lift" if self._no_longer(reported.root.head) or self._loosened(reported) else "impose", reported))
        chosen = [(t, g) for t, g in chosen if not self._private_action(g.root)]
        return sorted(chosen, key=lambda kv: kv[1].start)

    @staticmethod
    def _made_definitive(verb: Token, measure_tokens: set[int]) -> bool:
        """ "make the duties definitive", "made the safeguard permanent": provisional duties imposed for good."""
        if verb.lower_ not in MAKE_VERBS or verb.pos_ != "VERB":
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for state in (c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ in DEFINITIVE_WORDS):
            objects += [c for c in state.children if c.dep_ == "nsubj"]
            if any(o.i in measure_tokens or o.lower_ in ("them", "it") for o in objects):
                return True
        return False

    def _requests_consultations(self, trig: Span, spans: SentenceSpans) -> bool:
        """Whether consultations are formally requested, the first step of a dispute ("requested consultations", "a request for
        consultations", "ask for consultations under the GATT"), rather than sought or held ("would seek urgent consultations
        with Brussels", "the two sides must first hold consultations")."""
        head = trig.root.head
        verb = head.head if head.dep_ == "prep" else head
        if any(t.lower_.startswith("request") for t in (*trig, head, verb)):
            return True
        return verb.lower_ in ("ask", "asks", "asked", "asking") and any(a.id_ in self.cues.body_codes for a in spans.actors)

    @staticmethod
    def _lifted(noun: Token, spans: SentenceSpans) -> bool:
        """Whether a lifting trigger governs a noun ("lifted its suspension of exports", "the end of the export halt")."""
        if noun.pos_ != "NOUN":
            return False
        heads = {noun.head.i, noun.head.head.i if noun.head.dep_ == "prep" else noun.head.i}
        return any(t.id_ in ("lift", "exempt") and t.root.i in heads for t in spans.triggers)

    def _withdrawn_preferences(self, verb: Token, verbs: frozenset[str] | None = None) -> list[Token]:
        """The trade preferences a removal verb takes away ("strips Russia of MFN status", "ended duty-free access"),
        or that one of `verbs` acts on."""
        if verb.lower_ not in (self.cues.preference_verbs if verbs is None else verbs):
            return []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not objects and verb.lower_ in END_VERBS | LAPSE_VERBS:
            objects = [c for c in verb.children if c.dep_ == "nsubj"]  # "duty-free access … ended on Tuesday"
        return [o for o in objects if self._is_preference(o)]

    def _is_preference(self, noun: Token) -> bool:
        """Whether a noun names a trade preference ("MFN status", "duty-free access", "GSP benefits")."""
        return noun.lower_ in self.cues.preference_heads and any(  # ("India's eligibility for the Generalized System of Preferences")
            w in self.cues.preference_words for t in noun.subtree if t.i < noun.i or t.i <= noun.i + 6 and t.dep_ in ("pobj", "compound")
            for w in t.lower_.split("-"))

    def _withdrawn_preference(self, noun: Token) -> bool:
        """Whether a noun is a trade preference taken away ("Russia's MFN status" after "revoking")."""
        verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
        return noun in self._withdrawn_preferences(verb)

    def _restored_preference(self, noun: Token) -> bool:
        """Whether a noun is a trade preference granted, renewed or restored ("renewed China's MFN status")."""
        verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
        return noun in self._withdrawn_preferences(verb, self.cues.restoring_verbs)

    def _lost_preferences(self, verb: Token) -> list[Token]:
        """ "African exporters lose U.S. duty-free access": the preferences a subject loses (each an impose on it)."""
        if verb.lower_ not in self.cues.losing_verbs or verb.pos_ != "VERB":
            return []
        return [o for o in verb.children if o.dep_ == "dobj" and self._is_preference(o)]

    def _withdraws_a_preference(self, verb: Token) -> bool:
        """Whether a removal verb takes away a trade preference: the tariff rises."""
        return bool(self._withdrawn_preferences(verb))

    def _private_action(self, word: Token) -> bool:
        """ "Chinese consumers started a boycott of Japanese cars": people, not an authority, act."""
        verb = clause_verb(word) or word
        return any(c.dep_ == "nsubj" and c.lower_ in self.cues.private_subjects for c in verb.children)

    def _flow_changes(self, verb: Token) -> bool:
        """ "exports doubled", "imports increased 20 percent": a trade flow as the subject of an intransitive trigger verb."""
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
            return False
        return any(c.dep_ == "nsubj" and c.lower_ in self.cues.flow_change_subjects for c in verb.children)

    def _since_clause(self, verb: Token, spans: SentenceSpans) -> bool:
        """Whether a trigger verb only dates another statement ("since the tariffs were raised", "imports fell by a third after
        the tariffs took effect"), with no agent or date of its own."""
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "advcl":
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        flow = any(c.dep_ == "nsubj" and c.lower_ in self.cues.flow_change_subjects for c in verb.head.children)
        if not ("since" in marks or flow and marks & {"after", "once", "when", "as"}):
            return False
        own = {t.i for t in verb.subtree}
        return not any(d.start in own for d in spans.dates) and not any(c.dep_ == "agent" for c in verb.children)

    def _measure_applies(self, verb: Token, measure_tokens: set[int], measure_named: bool) -> bool:
        """ "The duties apply to imports from Vietnam", "a 50% surcharge will apply to used cars": a measure in force."""
        if verb.lower_ not in APPLY_VERBS or verb.pos_ != "VERB" or self._hypothetical(verb):
            return False
        if not any(c.dep_ == "prep" and c.lower_ in ("to", "from") or c.dep_ == "advmod" for c in verb.children):
            return False  # not "apply for an exemption", "apply pressure"
        return any(c.dep_ == "nsubj" and (c.i in measure_tokens or c.lower_ in ANAPHORS and measure_named) for c in verb.children)

    @staticmethod
    def _agrees_on_a_measure(verb: Token, measure_tokens: set[int], measure_named: bool) -> bool:
        """ "EU ambassadors agreed new sanctions", "the package, agreed on Wednesday": what is agreed is a measure."""
        if verb.pos_ != "VERB" or not verb.lower_.startswith("agree") or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return False
        agreed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            agreed.append(verb.head)
        return any(n.i in measure_tokens or n.lower_ in BATCH_NOUNS and (
            measure_named or any(t.i in measure_tokens for t in n.subtree)) for n in agreed)

    @staticmethod
    def _lowered_subject(verb: Token) -> bool:
        """ "The lower rates will apply from Jan. 1": what applies is a cut, a lift."""
        return any(c.dep_ == "nsubj" and any(m.dep_ == "amod" and m.lower_ in LOWERED for m in c.children) for c in verb.children)

    @staticmethod
    def _deal_subject(verb: Token) -> bool:
        """Whether a verb's subject is a deal ("the pact took effect"; in a relative clause, the noun it modifies)."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl":
            subjects.append(verb.head)
        return any(s.lower_ in DEAL_NOUNS or s.lower_.rstrip("s") in DEAL_NOUNS for s in subjects)

    def _flow_stop(self, verb: Token) -> str | None:
        """The ban a verb imposes by stopping a trade flow ("halted exports of masks" → export_control), else None."""
        if verb.pos_ == "NOUN" and verb.lower_ in self.cues.flow_stop_nouns:  # "its suspension of cobalt exports", "an export halt"
            flows = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "on") for g in p.children if g.dep_ == "pobj"]
            flows += [c for c in verb.children if c.dep_ in ("compound", "amod") and c.i < verb.i]
            found = next((self.cues.flow_measures[f.lower_] for f in flows if f.lower_ in self.cues.flow_measures), None)
            if found:
                return found
        if verb.lower_ not in self.cues.flow_stop_verbs:
            return None
        if verb.pos_ != "VERB":  # a headline verb the tagger took for a noun: "China, EU halt imports", "Russia halts citrus imports"
            flow = verb.head.lower_
            return self.cues.flow_measures[flow] if verb.dep_ == "compound" and flow in self.cues.flow_measures \
                and self._after_a_party_in_headline(verb) else None
        misparsed = verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.i > verb.sent.start \
            and verb.doc[verb.i - 1].dep_ == "cc"  # "has frozen the assets of banks and banned exports of chips": the verb
        # parsed as an adjective on its object
        for obj in [verb.head] if misparsed else verb.children:
            flow = obj.lower_ if obj.lower_ in self.cues.flow_measures else next(
                (c.lower_ for c in obj.children if c.dep_ == "compound" and c.lower_ in self.cues.flow_measures), None)
            if obj.dep_ not in ("dobj", "nsubjpass") and not misparsed or flow is None \
                    or any(m.start <= obj.i < m.end for m in obj.doc.spans.get("trade_measures", [])):  # ("suspended import duties": a lift)
                continue  # (an "export contracts", "import permits" stop the flow too)
            measure = self.cues.flow_measures[flow]
            if verb.lower_ in self.cues.flow_cap_verbs and verb.dep_ in ("acl", "amod"):
                return None  # "a quota limiting its steel shipments": the quota's own content
            if verb.lower_ in self.cues.flow_cap_verbs:  # "capped beef exports", "limits car imports" (but "restricted imports")
                return "quota" if measure == "import_ban" and verb.lower_.startswith(("cap", "limit")) else measure
            if measure == "export_control" and obj.lower_ not in EXPORT_NOUNS and any(
                    p.dep_ == "prep" and p.lower_ == "from" for p in obj.subtree):
                return "import_ban"  # "suspended shipments of poultry from France"
            return measure
        return None

    @staticmethod
    def _headline_subjects(word: Token, spans: SentenceSpans) -> list[str]:
        """The list of parties right before a headline verb ("China, EU halt", "Russia halts")."""
        by_end = {m.end: m for m in spans.actors if m.id_}
        chain, end = [], word.i
        while end in by_end:
            mention = by_end[end]
            chain.insert(0, mention.id_)
            before = mention.start - 1
            if before >= word.sent.start and word.doc[before].lower_ in (",", "and", "&"):
                end = before
            else:
                break
        return chain

    def _headline_verb(self, word: Token) -> bool:
        """A present-tense headline verb the tagger took for a noun, right after the parties ("China bans …", "EU, Japan curb …")."""
        return word.pos_ in ("NOUN", "PROPN") and word.lower_.endswith("s") and word.dep_ != "nsubj" \
            and self._after_a_party_in_headline(word) and not any(t.pos_ in ("VERB", "AUX") and t.i < word.i for t in word.sent)

    @staticmethod
    def _after_a_party_in_headline(word: Token) -> bool:
        """Whether a word follows a named party in a headline (a line with no closing stop)."""
        sent = word.sent
        if sent[-1].text in (".", "!", "?", '"', "'", ")") or word.i == sent.start:
            return False
        return any(m.id_ and m.end == word.i for m in word.doc.spans.get("trade_actors", []))

    def _ruling(self, verb: Token, spans: SentenceSpans) -> bool:
        """ "The panel found …", "the WTO authorised …": a ruling verb whose subject is a dispute body."""
        if verb.pos_ not in ("VERB", "ADJ") or verb.lower_ not in self.cues.ruling_verbs:  # the tagger may take "upheld" for an adjective
            return False
        wto = {t.i for a in spans.actors if a.id_ in self.cues.body_codes for t in a}
        for subj in verb.children:
            if subj.dep_ == "nsubj" and (subj.i in wto or any(t.lower_ in self.cues.ruling_bodies or t.i in wto for t in subj.subtree)):
                return True
        return False

    def _authority_ruling(self, word: Token, spans: SentenceSpans) -> bool:
        """Whether a ruling word's subject or possessor is a national trade authority (the ITC, MOFCOM), not a court or the WTO."""
        if word.lower_ not in self.cues.authority_ruling_verbs:
            return False
        deciders = {t.i for c in word.children if c.dep_ in ("nsubj", "poss", "agent") for t in c.subtree}
        if word.dep_ == "xcomp" and word.head.pos_ in ("VERB", "AUX", "ADJ"):  # "the ITC is scheduled to vote", "is due to decide"
            deciders |= {t.i for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        if any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in word.children):  # "recommended by the DGTR after it found"
            deciders |= {t.i for t in word.sent if t.i < word.i}
        verb = clause_verb(word)
        if word.pos_ == "NOUN" and verb is not None:  # "MOFCOM found in its final ruling that …"
            deciders |= {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
        if any(c.dep_ == "nsubj" and c.lower_ in self.cues.investigator_subjects for c in word.children):
            return True  # "Investigators concluded that Chinese EV makers benefit from unfair subsidies"
        for mention in spans.actors:
            text = mention.text.lower()
            if mention.root.i in deciders and mention.id_ not in self.cues.body_codes \
                    and set(text.replace(".", "").split()) & self.cues.authority_words \
                    and (any(n in text for n in self.cues.authority_names) or not any(w in text for w in self.cues.court_words)):
                return True
        return False

    def _hypothetical(self, tok: Token) -> bool:
        """Whether a token sits in an "if"/"unless" clause."""
        verb = clause_verb(tok)
        steps = 0
        while verb is not None and steps < 4:
            if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.cues.conditional_marks for c in verb.children):
                return not asked_about(verb)  # (but "asked if Japan would retaliate" is a question about it)
            if verb.dep_ in ("ROOT", "ccomp", "parataxis") or verb.head.i == verb.i:
                return False
            verb = clause_verb(verb.head)
            steps += 1
        return False

    def _conditioned(self, tok: Token) -> bool:
        """Whether a token's verb carries an "if"/"unless" clause ("will use the safeguard if needed")."""
        verb = clause_verb(tok)
        return verb is not None and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.cues.conditional_marks
                                                                  for m in c.children) for c in verb.children)

    @staticmethod
    def _governs_quota(verb: Token, spans: SentenceSpans) -> bool:
        """Whether a verb's object is a quota ("raise their quotas"), or a change noun names one ("quota cuts", "cuts in quotas")."""
        quota = {t.i for m in spans.measures if m.id_ == "quota" for t in m}
        if verb.pos_ == "NOUN":
            named = [c for c in verb.children if c.dep_ in ("compound", "amod")]
            named += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "to", "of") for g in p.children]
            return any(c.i in quota for c in named)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ in ("compound", "amod") and verb.i < verb.head.i:
            objects.append(verb.head)  # "… and halve quotas": the verb parsed as a modifier of its object
        return any(o.i in quota for o in objects)  # (the object itself: not "double steel tariffs and halve quotas")

    def _rate_changes(self, sent: Span, spans: SentenceSpans, measure_tokens: set[int], measure_named: bool,
                      taken: set[int]) -> list[tuple[str, Span]]:
        """'Levies will fall to 24.5 pct from 31 pct', 'those on corn will drop to 9.5 pct': a measure whose rate moves."""
        out: list[tuple[str, Span]] = []
        rate_tokens = {t.i for r in spans.rates for t in r}
        for tok in sent:
            etype = next((k for k, words in self.cues.rate_change_verbs.items() if tok.lower_ in words), None)
            if etype is None and tok.lower_ in GO_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
                etype = self._direction(tok, spans)  # "plug-in hybrids will go to 35% from 28%"
            if etype is None or tok.pos_ not in ("VERB", "AUX") or tok.i in taken:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            about_measure = any(s.i in measure_tokens or (s.lower_ in ANAPHORS | {"those", "these"} and (spans.measures or measure_named))
                                for s in subjects)
            compared = any(t.lower_ in ("compared", "versus", "vs", "vs.") for t in sent)  # "subsidies reached 107 pct compared with 28 pct for the EC"
            if about_measure and not compared and any(t.i in rate_tokens and (clause_verb(t) or t).i == tok.i for t in tok.subtree):
                if self._governs_quota(tok, spans):
                    etype = "impose" if etype == "lift" else "lift"  # "tariff-free quotas would shrink by 47 percent": less may enter
                out.append((etype, sent.doc[tok.i:tok.i + 1]))
        return out

    @staticmethod
    def _direction(verb: Token, spans: SentenceSpans) -> str:
        """Whether a rate that goes "to X% from Y%" rises (impose) or falls (lift); a rise without a "from"."""
        moved: dict[str, float] = {}
        for r in spans.rates:
            prep = r.root.head if r.root.head.dep_ == "prep" else r.root.head.head
            if prep.lower_ in ("to", "from") and prep.head.i == verb.i and decode_rates(r.id_):
                moved[prep.lower_] = decode_rates(r.id_)[0].value
        return "lift" if "to" in moved and "from" in moved and moved["to"] < moved["from"] else "impose"

    def _free_entry(self, measure: Span) -> bool:
        """'ship 35,000 tonnes tariff-free', 'duty-free imports', 'a zero-duty quota': goods let in free of duty (not duty-free shops)."""
        root = measure.root
        entry = root.head.head if root.dep_ == "pobj" else None
        if entry is not None and entry.lower_ in self.cues.duty_free_heads and not entry.lower_.startswith("export") and (
                measure.id_ == "quota" and root.head.lower_ in ("under", "within")  # "will enter the EU under tariff-rate quotas"
                or root.head.lower_ == "at" and any(c.lower_ in LOWERED for c in root.children)):  # "enter at reduced tariffs"
            return True
        after = measure.doc[measure.end] if measure.end < measure.sent.end else None
        if not any(t.lower_ in self.cues.duty_free_words for t in measure) and not (after is not None and after.lower_ == "free"):
            return False  # (but "let spices in duty free": the parser splits "duty free")
        if measure[-1].lower_ in self.cues.duty_free_heads:
            return True
        # the parse may hang "tariff-free" on a noun: "ship 35,000 tonnes into Britain tariff-free"
        return any(a.lower_ in self.cues.duty_free_heads for a in list(measure.root.ancestors)[:6])

    def _duty_free_entries(self, spans: SentenceSpans, chosen: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
        """Letting goods in free of duty is a lift: 'extended duty-free imports of lentils' lifts, it does not impose."""
        free = [m for m in spans.measures if self._free_entry(m) and not self._hypothetical(m.root)]
        if not free:
            return chosen
        heads = {m.root.head.i for m in free}
        out = [("lift" if t == "impose" and any(c.dep_ in ("dobj", "nsubjpass") and c.i in heads for c in g.root.children)
                and not self._withdraws_a_preference(g.root) else t, g) for t, g in chosen]  # (but "ended duty-free access")
        if not any(t in MEASURE_EVENTS for t, _ in out):  # but "reduced the duty-free quota" cuts it
            out.append(("lift", free[0]))
        else:  # "…, while Brussels will open a zero-duty quota for palm oil": a clause of its own
            taken = {(clause_verb(g.root) or g.root).i for _, g in out} | {t.i for _, g in out for t in g}
            out += [("lift", m) for m in free if m.root.i not in taken and (v := clause_verb(m.root)) is not None and v.i not in taken]
        return sorted(out, key=lambda kv: kv[1].start)

    @staticmethod
    def _country_groups(doc: Doc) -> list[list[str]]:
        """Lists of countries named together ("Cambodia, Malaysia, Thailand and Vietnam"), in text order."""
        groups: list[list[str]] = []
        by_head: dict[int, list[str]] = {}
        for a in sorted(doc.spans.get("trade_actors", []), key=lambda a: a.start):
            if a.label_ not in ("COUNTRY", "DEMONYM", "METONYM") or not a.id_ or a.id_ == HOME:
                continue
            tok = a.root
            while tok.dep_ == "conj" and tok.head.i != tok.i:
                tok = tok.head
            if tok.i != a.root.i or any(c.dep_ == "conj" for c in a.root.children):
                by_head.setdefault(tok.i, [])
                if a.id_ not in by_head[tok.i]:
                    by_head[tok.i].append(a.id_)
        for _, codes in sorted(by_head.items()):
            if len(codes) >= 2:
                groups.append(sorted(codes))
        return groups

    @staticmethod
    def _counted_group(sent: Span, groups: list[list[str]]) -> list[str]:
        """The countries "the four countries", "four Southeast Asian nations" or "the same countries" stand for."""
        m = COUNTED_COUNTRIES.search(sent.text)
        if not m or not groups or sent.text[:m.start()].rstrip().lower().endswith(("between", "among")):
            return []  # "tariffs between the two countries": the parties themselves
        count = NUMBER_WORDS.get(m.group(1).lower()) if m.group(1) else None
        if count is None:
            return groups[-1] if m.group(0).lower().startswith(("the same", "those", "these")) else []
        return next((g for g in groups if len(g) == count), [])

    @staticmethod
    def _names_the_round(mention: Span, trigger: Span) -> bool:
        """Whether a trade body names the talks themselves ("GATT negotiations", "a new round of GATT talks")."""
        head = mention.root.head
        return head.i in range(trigger.start, trigger.end) or head.lower_ in ("round", "rounds")

    @staticmethod
    def _in_proper_name(trig: Span) -> bool:
        """Whether a trigger word is part of a capitalised name inside a lower-case sentence ("Economic Cooperation and Development")."""
        root, sent = trig.root, trig.sent
        words = [t for t in sent if t.is_alpha]
        if root.lower_ in DEAL_NOUNS or root.i == sent.start or not root.is_title or sum(t.is_title or t.is_upper for t in words) > 0.6 * len(words):
            return False
        head = root.head.head if root.head.pos_ in ("ADP", "CCONJ") else root.head  # "Organisation for … Cooperation"
        near = [c for c in root.children if c.dep_ == "compound"] + ([head] if head.i != root.i else [])
        return root.pos_ == "PROPN" and any(t.is_title and t.pos_ == "PROPN" for t in near)

    @staticmethod
    def _may_carry(measure: Span, other_events: set[int], spans: SentenceSpans) -> bool:
        """Whether a measure noun may report an action of its own: not a name ("the Anti-Dumping Commission"), a label of
        another event ("the anti-subsidy investigation"), a finding ("dumping margins") or in a side clause ("as long as the
        duties remained in place")."""
        root = measure.root
        if root.head.i in other_events and root.dep_ in ("amod", "compound") or {root.lower_, root.head.lower_, *(c.lower_ for c in root.children)} & FINDING_NOUNS:
            return False
        if any(a.start <= measure.start and measure.end <= a.end for a in spans.actors):
            return False
        verb = clause_verb(root)
        if verb is not None and root.dep_ == "nsubj" and (verb.lemma_ == "be" or verb.lower_ in LEVEL_VERBS) \
                and any(t.lower_ in COMPARISON_WORDS for t in measure.sent):
            return False  # "Japan's subsidies reached 107 pct compared with 28 pct for the EC": a statistic
        return verb is None or verb.dep_ != "advcl"

    def _rate_statements(self, sent: Span, spans: SentenceSpans) -> list[tuple[str, Span]]:
        """'BYD received a rate of 17%', 'the rates range from 6.1% to 17.4%': clauses that give the rates of the story's duty."""
        out: list[tuple[str, Span]] = []
        for rate in spans.rates:
            verb = clause_verb(rate.root)
            if verb is None or any(g.root.i == verb.i for _, g in out) or self._hypothetical(verb):
                continue
            if self._rate_statement(sent.doc[verb.i:verb.i + 1], spans):
                out.append(("impose", sent.doc[verb.i:verb.i + 1]))
        return out

    def _rate_statement(self, trigger: Span, spans: SentenceSpans) -> bool:
        """Whether a trigger is a clause verb that states a rate without naming the measure ("were assigned rates of 81.24%")."""
        verb = trigger.root
        if spans.measures or len(trigger) != 1 or verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return verb.lower_ in self.cues.rate_statement_verbs or any(c.lower_ in self.cues.rate_nouns for c in subjects)

    def _rate_clause(self, rate: Span, trigger: Span, spans: SentenceSpans) -> bool:
        """Whether a rate belongs to a rate-statement trigger: its own clause, or no other rate statement's."""
        verb = clause_verb(rate.root)
        if verb is None or verb.i == trigger.root.i:
            return True
        return not self._rate_statement(rate.doc[verb.i:verb.i + 1], spans)

    @staticmethod
    def _merge_rates(new: Event, events: list[Event]) -> bool:
        """Add a rate statement's rates to an earlier event of the sentence with the same target; True when merged."""
        for i, old in enumerate(events):
            if new.products and not set(new.products) <= set(old.products):
                continue  # "most goods will face 10% to 35%, while cars will be charged 50%": other goods, another event
            if old.event_type == new.event_type and old.target == new.target and old.actor == new.actor and new.rates:
                events[i] = replace(old, rates=old.rates + [r for r in new.rates if r not in old.rates])
                return True
        return False

    def _measure_is_reported(self, measure: Span) -> bool:
        """'announced export controls', 'the duties will apply': a measure noun carried by a reporting-of-action verb."""
        root = measure.root
        if measure.id_ == "subsidy" and not self._aid_for_traders(measure):
            return False  # "announced aid for flood victims": no trade measure
        if root.dep_ == "compound" and root.head.i not in range(measure.start, measure.end):
            return False  # "U.S. tariff fight": the measure names the fight
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in BATCH_NOUNS:
            root = root.head.head  # "was preparing a new round of aid", "unveiled a package of credit lines"
        while root.dep_ in ("amod", "conj") and root.head.i != root.i:
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "on" and head.head.lower_.startswith("sign") \
                and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.head.children):
            return True  # "the finance ministry is expected to sign off on the duties"
        if root.dep_ == "pobj" and head.lower_ in ("with", "by") and (head.head.lower_ in RESPOND_VERBS or head.head.lower_ in (
                "hit", "hits", "struck", "strike", "strikes") and any(c.lower_ == "back" for c in head.head.children)):
            return True  # "Mexico responded with tariffs on U.S. pork", "Beijing hit back with duties on soybeans"
        if root.dep_ == "pobj" and head.lower_ == "with" and measure.id_ == "subsidy" and head.head.lower_ in OFFER_VERBS:
            return True  # "offered China one mln tonnes of wheat with export bonuses"
        if root.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" \
                and head.head.lower_ in self.cues.modality.get("requested", frozenset()):
            return True  # "steelmakers had asked for a duty of at least 25%", "lawmakers have called for quotas on Japanese cars"
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "subject" and head.head.dep_ in ("acomp", "oprd", "xcomp"):
            return True  # "imports have been subject to quotas since 1980", "remain subject to an export duty of 10 percent"
        if root.dep_ in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            ruled_out = root.dep_ == "dobj" and rules_out(head)
            return head.lower_ in self.cues.measure_verbs or ruled_out  # "Seoul ruled out retaliatory duties"
        return False

    def _aid_for_traders(self, measure: Span) -> bool:
        """Whether aid, a support package or a credit line goes to trade-hit producers ("aid for exporters hit by the tariffs")."""
        return measure.root.lower_ not in AID_NOUNS or any(t.lower_ in self.cues.aid_beneficiaries for t in measure.sent)

    @staticmethod
    def _names_a_deal(noun: Token) -> bool:
        """Whether a noun is a deal or the name of one ("the pact", "the African Continental Free Trade Area")."""
        if noun.lower_ in DEAL_NOUNS | AGREE_DOBJ - {"it"}:
            return True
        return noun.pos_ == "PROPN" and any(t.lower_ in DEAL_NAME_WORDS for t in noun.subtree if t.i <= noun.i and t.pos_ == "PROPN")

    @staticmethod
    def _trusted_list_move(verb: Token) -> str | None:
        """'impose' when a verb takes a country off a list of trusted trade partners ("removed South Korea from its white
        list"), 'lift' when it puts one back ("restore Japan to its white list"), else None."""
        if verb.pos_ != "VERB":
            return None
        moves = (("from", REMOVAL_VERBS, "impose"), ("to", RESTORING_VERBS, "lift"))
        for prep, verbs, kind in moves:
            if verb.lower_ not in verbs:
                continue
            lists = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children
                     if o.dep_ == "pobj" and o.lower_ in ("list", "whitelist")]
            if any(t.lower_ in TRUSTED_WORDS for o in lists for t in o.subtree):
                return kind
        return None

    @staticmethod
    def _deal_in_reach(trig: Span) -> bool:
        """Whether the sentence, or the one before it, names a deal ("… signed the pact. Fiji declined to sign.")."""
        sent = trig.sent
        before = trig.doc[sent.start - 1].sent if sent.start > 0 else None
        return any(t.lower_ in DEAL_NOUNS or t.lower_.rstrip("s") in DEAL_NOUNS for s in (sent, before) if s is not None for t in s)

    @staticmethod
    def _agree_counts(trig: Span) -> bool:
        """A deal noun counts when reached, signed or in force; 'agreed to' counts only for a deal, not another action."""
        root = trig.root
        if root.pos_ == "VERB":
            xcomps = [c for c in root.children if c.dep_ == "xcomp"]
            if xcomps:  # "agreed to hold talks" is negotiation; "agreed to suspend tariffs" is a deal plus its content
                return not any(c.lower_ in NEGOTIATE_VERBS or any(o.dep_ == "dobj" and o.lower_ in NEGOTIATE_NOUNS for o in c.children)
                               for c in xcomps)  # "agreed to relaunch negotiations", "agreed to start talks"
            if root.lower_.startswith("sign"):
                objects = [c for c in root.children if c.dep_ == "dobj"]
                if any(c.dep_ == "prt" and c.lower_ == "off" for c in root.children):  # "signed off on tariffs": an approval
                    objects = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
                    return any(o.lower_ in DEAL_NOUNS | AGREE_DOBJ for o in objects)
                if root.dep_ == "relcl" and objects and all(o.lower_ in ("which", "that") for o in objects):
                    antecedent = root.head  # "the trade deal with India, which Abu Dhabi signed in February": the deal
                    if antecedent.dep_ == "pobj" and antecedent.head.head.lower_ in DEAL_NOUNS:
                        antecedent = antecedent.head.head  # (the parser hangs the clause on "India")
                    objects = [antecedent]
                    if EventBuilder._names_a_deal(antecedent):
                        return True
                if objects and not any(o.lower_ in AGREE_DOBJ | DEAL_NOUNS or EventBuilder._names_a_deal(o) for o in objects):
                    return False  # "signed a decree", "signed a maintenance contract" (but "sign RCEP", "signed the USMCA")
                if not objects and root.dep_ in ("xcomp", "conj", "ccomp") and EventBuilder._deal_in_reach(trig):
                    return True  # "Fiji and Papua New Guinea declined to sign", "Vanuatu said it would sign later": the deal in question
                return any(c.dep_ == "dobj" and c.lower_ in AGREE_DOBJ for c in root.children) or root.dep_ == "ROOT" \
                    or (root.dep_ == "acl" and root.head.lower_ in DEAL_NOUNS | AGREE_DOBJ)  # "the deal, signed in 2021,"
            return True
        head = root.head
        while head.dep_ in ("prep", "pobj", "conj", "compound") and head.head.i != head.i:
            head = head.head
        if any(c.dep_ in ("acl", "relcl") and (c.lower_ in DEAL_MAKING or c.lower_ in EFFECT_VERBS and any(
                o.lower_ in ("effect", "force") for o in c.subtree)) for c in root.children):
            return True  # "a framework agreement announced on Friday", "the agreement, which takes effect on Jan. 1"
        before = trig.doc[max(trig.sent.start, trig.start - 3):trig.start]
        if any(t.lower_ in DEAL_MAKING for t in before):
            return True  # headlines: "EU, U.S. strike truce", "EU and Mercosur seal trade deal"
        return head.lower_ in AGREE_VERBS or root.dep_ == "ROOT" or root.i == trig.sent.start

    def _trigger_counts(
        self, trig: Span, etype: str, spans: SentenceSpans, measure_tokens: set[int], has_trade_cue: bool, doc_trade: bool,
        measure_named: bool = False,
    ) -> bool:
        """Whether a trigger reports an action here, rather than a look-alike or a bare label."""
        trigger_tokens = {t.i for s in spans.triggers for t in s}
        root = trig.root
        inherent = root.lower_ in self.cues.inherent_measure and root.pos_ == "VERB"
        if etype in MEASURE_EVENTS and self._headline_verb(root):
            return True  # "EXPLAINER-China bans gallium, germanium exports": a headline verb the tagger took for a noun
        if trig.start in measure_tokens and etype in MEASURE_EVENTS and root.pos_ != "VERB":
            return False
        if etype in ("impose", "lift") and self._withdrawn_preferences(root, self.cues.restoring_verbs):
            return True  # "proposed the restoration of Sri Lanka's GSP+ preferences": a preference is trade by itself
        if any(p.start <= trig.start < p.end for p in spans.products):
            return False
        stops = self.cues.non_event_objects.get("meet" if root.lower_ in ("meet", "meets", "met", "meeting") else etype, ())
        objects = [c for c in root.children if c.dep_ == "dobj"]
        objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]  # "met most of its commitments"
        after = next((t for t in trig.doc[trig.end:trig.sent.end] if t.dep_ not in ("det", "poss")), None)  # "Slovakia lifts veto"
        if any(o.lower_ in stops for o in objects) or after is not None and after.lower_ in stops \
                or root.dep_ == "dobj" and root.head.lower_ in self.cues.non_event_governors.get(etype, ()):
            return False  # "Slovakia lifts veto", "had met its commitments", "the Appellate Body cannot hear appeals"
        if etype == "agree" and not self._agree_counts(trig):
            return False
        if etype == "impose" and root.lower_.startswith("subsidi") and not (
                any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in EXPORT_AID_WORDS | {"shipments", "shipment"} for c in root.children)
                and root.dep_ not in ("ccomp", "advcl", "amod")):
            return False  # an export subsidy ("offered to subsidize the sale of wheat"), not a finding that producers are subsidised
        if etype == "agree" and any(t.lower_ in PURCHASE_VERBS | PURCHASE_NOUNS for t in trig) and not self._buys_goods(trig, spans):
            return False  # "pledging to buy foreign currency", "committed to buy back shares": no trade
        if root.pos_ in ("NOUN", "PROPN") and root.dep_ == "pobj" and root.head.lower_ in LABEL_PREPS:
            outer = root.head.head
            batch = root.head.lower_ == "of" and (outer.lower_ in BATCH_NOUNS  # "another round of deep tariff cuts"
                                                  or outer.lower_ in TIME_SPANS and outer.dep_ in ("nsubj", "nsubjpass")  # "two days of talks broke up"
                                                  or etype == "negotiate" and outer.lower_ in TIME_SPANS | {"year", "decade", "month", "week"}
                                                  and [t for t in trig.sent if not t.is_space][-1].text in (".", '"', "'"))
            # ("signed after seven months of negotiations": the talks that led to the deal; a headline names only the deal)
            sought = root.head.lower_ == "for" and root.head.head.lower_ in self.cues.modality.get("requested", frozenset()) | TRADE_OFFS
            reached = etype == "agree" and any(c.dep_ in ("acl", "relcl") and c.lower_ in DEAL_MAKING for c in root.children)
            date_tokens = {t.i for d in spans.dates for t in d}
            dated = etype == "investigate" and any(c.dep_ == "acl" and c.tag_ == "VBN" and any(t.i in date_tokens for t in c.subtree)
                                                   for c in root.children)  # "on top of an anti-dumping probe launched last September"
            upcoming = root.head.lower_ == "of" and outer.lower_ in UPCOMING_HEADS and (etype in PARTY_EVENTS or etype == "negotiate")
            between = etype == "negotiate" and any(c.dep_ == "prep" and c.lower_ == "between" for c in root.children)  # "the outcome
            # of trade talks between the U.S. and Japan": talks with their parties named are going on
            if not (etype in PARTY_EVENTS and root.head.lower_ in ("to", "on", "for")) and not batch and not sought and not reached \
                    and not dated and not upcoming and not between:  # ("ahead of talks with U.S. officials": the talks to come)
                return False  # but "press for the removal of", "in exchange for a reduction in tariffs", "under an agreement reached on Tuesday"
        if root.pos_ == "ADJ" and etype != "exempt":
            return False
        if root.dep_ == "attr" and root.head.lower_ in COPULAS and any(
                c.dep_ == "nsubj" and (c.lower_ in ANAPHORS or c.i in measure_tokens) for c in root.head.children):
            return False  # "denied that they are retaliation", "the tariffs are a response": the measure characterised
        namer = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
        if root.pos_ == "NOUN" and root.dep_ in ("oprd", "attr", "dobj", "pobj", "ccomp", "xcomp") and namer.lower_ in NAMING_VERBS \
                and root.i > namer.i:
            return False  # "a move Ottawa called retaliation", "described the duties as protectionism": a name for it
        if any(c.dep_ == "nsubj" and c.lower_ in GENERIC_PARTIES and not any(
                g.dep_ in ("poss", "compound", "amod", "nmod") and g.i in {t.i for a in spans.actors for t in a}
                or g.dep_ in ("det", "nummod", "predet") and g.lower_ not in ("all", "some", "many", "other", "most", "any") for g in c.children)
               for c in root.children):
            return False  # "countries should not introduce new import barriers": a principle, no identifiable party
        if (root.pos_ == "NOUN" and root.dep_ == "nsubj" or root.dep_ == "csubj") and root.head.lower_ in self.cues.label_subject_verbs \
                and not (root.lower_.startswith("visit") and any(c.dep_ == "npadvmod" for c in root.children)) \
                and not self._may_follow(root.head):  # "his visit next week will help"; "a probe into pork could follow" is announced
            return False  # "the waiver comes weeks after …", "the tariff cuts will save exporters …": reported elsewhere, or its effect
        if root.tag_ == "VBN" and root.dep_ in ("acl", "amod") and any(
                c.dep_ == "agent" and any(t.i in measure_tokens for t in c.subtree) for c in root.children):
            return False  # "producers hit by the duties": the measure acts, nothing new is imposed
        if root.dep_ == "amod" and root.tag_ in ("VBN", "VBD") \
                and not any(c.dep_ in ("agent", "prep", "advmod", "npadvmod") for c in root.children):
            return False  # "the list of prohibited items": a participle without its own agent or time labels the noun
        if root.lower_ in WIDEN_VERBS and not any(c.dep_ in ("dobj", "nsubjpass") and c.i in measure_tokens for c in root.children):
            return False  # "the trade gap is expected to widen", "widening trade deficits and barriers": only widening curbs imposes more
        if etype == "impose" and root.lower_.startswith("monitor"):  # "Canada plans to monitor steel imports" (not "makers monitor exports")
            actor_roots = {a.root.i for a in spans.actors}
            verbs = [root, root.head] if root.dep_ == "xcomp" else [root]
            headline = trig.sent.text.isupper() and any(a.start < trig.start for a in spans.actors)  # "CANADA TO MONITOR STEEL IMPORTS"
            return headline or any(c.dep_ == "nsubj" and c.i in actor_roots for v in verbs for c in v.children)
        if etype == "exempt" and len(trig) > 1 and trig[-1].lower_ == "of" and not any(
                c.dep_ == "pobj" and (c.i in measure_tokens or c.lower_ in ANAPHORS) for c in trig[-1].children):
            return False  # "kept out of the ban" exempts (but "was kept out of the meeting" does not)
        if etype == "lift" and root.lower_.startswith("call") and any(
                c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in NEGOTIATE_NOUNS | MEETING_NOUNS or c.i in trigger_tokens)
                for c in root.children):
            return False  # "a seventh round of talks has been called off": the talks stop, no measure is lifted
        if etype == "lift" and self._opens_a_market(trig):
            return True  # "urged Japan to open its markets to U.S. goods": an action with no instrument named
        if etype == "lift" and len(trig) > 1 and root.lower_.startswith(("resum", "reopen")) and doc_trade and (spans.products or spans.actors):
            return True  # "pressing Beijing to resume imports of Australian rock lobster": the story's ban ends
        if etype in MEASURE_EVENTS and root.pos_ == "VERB":
            if len(trig) > 1 and trig.end - 1 in measure_tokens and root.dep_ == "pcomp" and root.head.lower_ == "without":
                return False  # "keep shipping equipment to China without seeking individual licences": a waiver of the rule
            objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objects and root.lower_ in self.cues.reporting_verbs and any(c.dep_ == "ccomp" for c in root.children):
                return False  # "…will be eliminated permanently, Caputo added": a reporting verb
            if objects and all(o.i not in measure_tokens and o.lower_ not in ANAPHORS | BATCH_NOUNS for o in objects) \
                    and any(c.i in measure_tokens and c.dep_ == "compound" for o in objects for c in o.children):
                return False  # "easing an 18-month tariff war": the measure labels the object (but "a sanctions package")
        if etype == "impose" and root.lower_ in self.cues.respond_verbs:
            return doc_trade and self._responds(root)  # "Moscow would respond to the new measures"
        if etype == "impose" and self._counter_threat(trig):
            return True  # "will take all necessary measures to defend its interests": a veiled counter-measure
        if etype in MEASURE_EVENTS:
            if measure_named and root.pos_ == "NOUN" and not spans.measures and any(t.i in {r.root.i for r in spans.rates} for t in root.subtree):
                return True  # "Cuts of up to 50 pct on those items were made last year": the story's measure, with its rate
            if measure_named and root.pos_ == "NOUN" and root.lower_ in ANAPHORS and root.dep_ == "nsubj" \
                    and root.head.lower_ in self.cues.measure_verbs:
                return True  # "The increases also cover fruit, coal and cosmetics": the story's measure, extended in scope
            if measure_named and root.pos_ == "VERB" and root.dep_ in ("acl", "relcl") and root.head.lower_ in ANAPHORS \
                    and root.tag_ in ("VBN", "VBD") and any(c.dep_ in ("prep", "npadvmod", "agent") for c in root.children):
                return True  # "The EU measure, introduced in May to placate farmers, …": the story's measure, restated
            if root.lower_ in self.cues.rate_statement_verbs and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.cues.rate_nouns
                                                                    for c in root.children):
                return False  # "producers were assigned rates of 81.24%": a rate statement, taken below with the sentence's others
            if measure_named and root.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ANAPHORS | BATCH_NOUNS
                                                             for c in root.children):
                return True  # "demanded that Tokyo withdraw the measures", "the EU measures were first imposed in 2014", "the first
                # round would be put on hold"
            if etype == "impose" and root.pos_ == "NOUN" and self._counter_words(trig) and root.dep_ in ("dobj", "nsubj", "nsubjpass") \
                    and doc_trade:
                return True  # "did not rule out further retaliation", "vowed swift countermeasures"
            if root.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.i in trigger_tokens and c.i not in measure_tokens
                                           and not any(c.i in range(t.start, t.end) and t.id_ in MEASURE_EVENTS for t in spans.triggers)
                                           and not self._measure_prefix(c, measure_tokens) for c in root.children):
                return False  # "terminated its investigation", "suspended its case": the object is the event
            if measure_named and root.lower_ in ("hit", "hits", "hitting") and any(c.lower_ == "back" for c in root.children) \
                    and not any(c.dep_ == "prep" and c.lower_ == "by" for c in root.children):  # "hit back by restricting exports": the means
                return True  # "U.S. tariffs take effect; Beijing hits back": a counter-measure to the story's measure
            if root.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and self._flow_stop(c) for c in root.children):
                return True  # "lifted its suspension of cobalt exports", "extended the export halt": the stop is the measure
            if root.lower_ in self.cues.weak_triggers:
                if self._withdraws_a_preference(root) or self._withdrawn_preferences(root, self.cues.restoring_verbs):
                    return True  # "ended India's eligibility for the Generalized System of Preferences", "restored its GSP+ access"
                if root.lower_.startswith("appl") and trig.end - 1 not in measure_tokens and (
                        any(c.dep_ == "mark" for c in root.children) or root.dep_ == "acl"
                                                       or not any(c.dep_ in ("dobj", "nsubjpass") for c in root.children)):
                    return False  # "rescinded the order as it applies to subsidized doors", "the regulation applying the levy",
                    # "the exclusion also applies to the 125% tariff": the scope or content of another act (but "applies duties")
                if root.lower_ not in LAPSE_VERBS and any(c.dep_ == "nsubj" and c.i in measure_tokens for c in root.children) \
                        and not any(c.dep_ == "dobj" and c.i in measure_tokens for c in root.children):
                    return False  # "the tariffs would add 9 cents a pound to the cost": the measure's effect
                objects = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass")]
                if len(trig) == 1 and root.lower_ in END_VERBS and not objects and not self._withdraws_a_preference(root):
                    return False  # "hoped the probe would end without new duties": nothing is ended
                if any(o.i in trigger_tokens and o.i not in measure_tokens and not self._flow_stop(o)
                       and not self._measure_prefix(o, measure_tokens) for o in objects):
                    return False  # "extended exemptions", "ended talks": the object is the event (but "lifted its suspension of exports")
                near = set(range(trig.end, min(trig.end + 5, trig.sent.end)))
                if root.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in root.children):
                    antecedent = root.head  # "safeguard tariffs of 14.25 percent under Section 201, which Washington extended"
                    if antecedent.i in measure_tokens or any(a.i in measure_tokens for a in list(antecedent.ancestors)[:3]):
                        return True
                if root.lower_ in LAPSE_VERBS and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") for c in root.children) \
                        and any(m.end <= trig.start and m.id_ != "other" for m in spans.measures):
                    return True  # "imposed a safeguard duty on rebar in 2017, and it expired last year"
                lapsing = self._lapsing_subject(root) if root.lower_ in LAPSE_VERBS else None
                if lapsing is not None and lapsing.lower_ in ("which", "that"):  # the noun it follows (the parser may hang it on another)
                    lapsing = next((m.root for m in sorted(spans.measures, key=lambda m: -m.end)
                                    if m.end <= lapsing.i and lapsing.i - m.end <= 8), lapsing.head.head)
                if lapsing is not None and (lapsing.i in measure_tokens or lapsing.lower_ in ANAPHORS | {"duties", "measure"} and (
                        measure_named or any(m.end <= lapsing.i for m in spans.measures))):
                    return True  # "duties on float glass, which are due to expire in March", "the measure is due to expire"
                phrase = {t.i for c in root.children if c.dep_ not in CLAUSE_LINKS for t in c.subtree}  # not "…, to help protect it from an embargo"
                return bool(phrase & measure_tokens) or bool(near & measure_tokens)
            if not spans.measures and trig.root.lower_ in ("take", "takes", "took", "taken", "taking", "go", "goes", "went", "come", "came", "kick", "kicked", "kicks"):
                return any(t.lower_ in ANAPHORS for t in trig.sent)
            if etype == "exempt" and measure_named:
                return True  # "were granted exemptions", "asked Berlin to exempt the shipments": from the measure named before
            return bool(spans.measures) or inherent or "duty" in trig.text.lower() or any(t.lower_ in BORDER_WORDS for t in trig)
        if etype == "investigate" and root.dep_ == "pobj" and root.head.lower_ in ("with", "in") \
                and PARTICIPATION_VERBS & {root.head.head.lower_, root.head.head.head.lower_} \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return False  # "carmakers that cooperated with the investigation", "would defend their exporters in the investigation"
        if etype == "investigate":  # ("will issue its final injury finding by Jan. 5": a step of the story's case)
            return has_trade_cue or doc_trade and (bool(spans.actors) or measure_named and len(trig) > 1)
        if etype in ("dispute", "investigate") and root.pos_ == "NOUN" and root.dep_ in ("dobj", "nsubjpass") \
                and root.head.lower_ in self.cues.reaction_verbs:
            return False  # "said it respected the ruling", "was studying the findings": a reaction to it
        if etype == "dispute":
            if len(trig) == 1 and root.lower_ in ("dispute", "disputes") and root.dep_ in ("pobj", "compound", "conj"):
                return False  # "in their long-running dispute", "WTO dispute settlement": the conflict named, not a filing
            if len(trig) == 1 and root.lower_ in self.cues.complaint_nouns and not self._formal(root, spans):
                return False  # "Tokyo is striving to meet U.S. complaints about its trade practices"
            formal_case = len(trig) == 1 and root.lower_ in self.cues.complaint_nouns and doc_trade and bool(spans.actors)
            court = doc_trade and any(t.lower_ in COURT_WORDS for t in trig.sent)  # "may appeal the decision to the Court of Appeals"
            noun = root if root.lower_ in self.cues.complaint_nouns else next(
                (c for c in root.children if c.dep_ == "dobj" and c.lower_ in self.cues.complaint_nouns and c.i in range(trig.start, trig.end)), None)
            if noun is not None and self._industry_petition(noun, spans) \
                    and not court and not any(a.id_ in self.cues.body_codes for a in spans.actors):
                return False  # "the probe was triggered by a complaint lodged by Eurofer", "producers lodged a complaint": a petition
            countries = {t.i for a in spans.actors if a.id_ not in self.cues.body_codes for t in a}
            if root.lower_.startswith("appeal") and root.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in root.children) \
                    and any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "to" and any(g.i in countries for g in c.children))
                            for c in root.children) and not court:
                return False  # "appealed to Washington to spare its industry", "appealed for calm": a plea, not a legal appeal
            appeal = (root.lower_.startswith("appeal") or "panel" in trig.text.lower()) and doc_trade and any(
                # "Canberra has not ruled out an appeal", "asked for a panel the following year" in a WTO story
                a.id_ in self.cues.body_codes for a in trig.doc.spans.get("trade_actors", []) if a.start < trig.start)
            return has_trade_cue or formal_case or court or appeal or any(a.id_ == "WTO" for a in spans.actors)  # "a parallel case brought by Indonesia"
        if etype == "negotiate" and root.dep_ in ("acl", "relcl") and root.pos_ == "VERB" and (
                root.head.lower_ in DEAL_NOUNS or root.head.lower_.rstrip("s") in DEAL_NOUNS):
            return False  # "the pact, negotiated in 1996", "the first agreement Britain has negotiated from scratch": the deal
        if etype == "negotiate" and root.dep_ == "acl" and root.head.lower_ in MANDATES:
            return False  # "extends Reagan's authority to negotiate trade agreements": a mandate, not talks
        if etype == "negotiate" and root.dep_ == "pobj" and root.head.lower_ == "in" and any(c.dep_ == "det" for c in root.children) \
                and not any(c.dep_ in ("prep", "amod", "compound", "nmod", "poss") for c in root.children):
            return False  # "asked about a priority for agriculture in the negotiations": the talks named, not reported
        if etype in PARTY_EVENTS or etype == "negotiate":
            actor_tokens = {t.i for a in spans.actors for t in a}
            if root.lower_ in ("meet", "meets", "met", "meeting") and root.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in actor_tokens for c in root.children):
                return False  # "to meet its fiscal targets": not a meeting
        if etype in PARTY_EVENTS:
            if root.lower_.startswith("visit") or root.lower_ == "cooperation":
                return has_trade_cue  # "his visit to Washington will help resolve the trade row" (but not any trip, nor "defense cooperation")
            if root.lower_ in ("meet", "meets", "met", "meeting", "meetings", "discuss", "discussed", "discussion",
                               "discussions", "summit", "sign", "signed", "signs", "commit", "committed",
                               "pledge", "pledged", "settle", "settled", "settlement", "decision"):
                if root.lower_.startswith("meet") or root.lower_ == "met":  # "met President Mubarak and Egyptian envoys": one side's meeting
                    return self._meets_another(root, spans) or has_trade_cue and bool(spans.measures or spans.products) \
                        or bool(self.cues.both_parties_pattern.search(trig.sent.text))  # (but "officials of the two countries met")
                return has_trade_cue or (doc_trade and len(spans.actors) >= 1 and root.lower_ not in ("decision",)) \
                    or any(c.dep_ == "dobj" and self._names_a_deal(c) and c.lower_ not in AGREE_DOBJ for c in root.children)
            return doc_trade
        return True

    @staticmethod
    def _loosened(measure: Span) -> bool:
        """ "lobby the U.S. for a higher sugar quota", "pressed for lower tariffs": a measure named as loosened."""
        grades = {c.lower_ for c in measure.root.children if c.dep_ in ("amod", "compound")} | {t.lower_ for t in measure}
        return bool(grades & (LARGER_WORDS if measure.id_ == "quota" else LOWERED))

    @staticmethod
    def _no_longer(verb: Token) -> bool:
        """ "will no longer face these tariffs", "no longer pay the duty": the measure stops applying."""
        return verb.pos_ in ("VERB", "AUX") and any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                                                     for c in verb.children if c.dep_ == "advmod")

    @staticmethod
    def _measure_prefix(token: Token, measure_tokens: set[int]) -> bool:
        """Whether a word is the hyphenated prefix of a measure's name ("counter" in "counter-tariffs")."""
        doc = token.doc
        return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and token.i + 2 in measure_tokens

    @staticmethod
    def _meets_another(root: Token, spans: SentenceSpans) -> bool:
        """Whether a meeting names two sides, or only the one met ("will meet Finance Secretary Ongpin", "my meeting with Nakasone")."""
        if len({a.id_ for a in spans.actors}) >= 2:
            return True
        met = [c for c in root.children if c.dep_ == "dobj"] + [
            p for c in root.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        sides = [governing(a.root) for a in spans.actors]
        sides = [t for t in sides if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "at"))]  # (not where they meet)
        if not sides:
            return any(m.pos_ == "PROPN" for m in met)  # "will meet Finance Secretary Jaime Ongpin"
        return all(t.i in {m.i for m in met} for t in sides)

    def _opens_a_market(self, trig: Span) -> bool:
        """Whether a lift trigger opens a market ("open its home market", "greater access to the Japanese market")."""
        return len(trig) > 2 and trig[-1].lower_ in self.cues.market_heads

    def _market_owner(self, trigger: Span, spans: SentenceSpans, codes: list[str], texts: list[str]
                      ) -> tuple[list[str], list[str], list[str], list[str]] | None:
        """ "The U.S. is pressing for greater access to the Japanese market": whose market it names opens it, the others gain
        (None when the phrase names no owner)."""
        owners = [m for m in spans.actors if trigger.start <= m.start and m.end <= trigger.end and m.id_ not in self.cues.body_codes]
        if not owners:
            return None
        actor = unique([m.id_ for m in owners])
        others = [(c, t) for c, t in zip(codes, texts) if c not in actor]
        target = unique([c for c, _ in others])
        return actor, target, [m.text for m in owners], [t for c, t in others]

    def _formal(self, noun: Token, spans: SentenceSpans) -> bool:
        """Whether a complaint is a formal one: filed, named formal, or before a dispute body or under a legal basis."""
        if spans.legal or any(a.id_ in self.cues.body_codes for a in spans.actors):
            return True
        weak = self.cues.not_for_disputes if noun.lower_.startswith("dispute") else frozenset()
        if any(c.lower_ in self.cues.complaint_modifiers - weak for c in noun.children if c.dep_ in ("amod", "compound")):
            return True
        actor_tokens = {t.i for a in spans.actors for t in a}
        if any(c.dep_ in ("acl", "relcl") and c.lower_ in self.cues.filing_verbs and any(t.i in actor_tokens for t in c.subtree)
               for c in noun.children):
            return True  # "a case brought by Indonesia" (but "a complaint filed by domestic producers" is an industry petition)
        head = noun.head
        while head.dep_ in ("conj", "appos", "prep", "pobj") and head.head.i != head.i and head.pos_ != "VERB":
            head = head.head
        return head.pos_ == "VERB" and head.lower_ in self.cues.filing_verbs - weak

    def _industry_petition(self, noun: Token, spans: SentenceSpans) -> bool:
        """Whether a complaint is brought by an industry ("a complaint filed by U.S. shrimp processors", "producers lodged
        a case", "a complaint lodged by Eurofer, the European steel association"): its petition to its own authority."""
        verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
        if noun.dep_ in ("nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
            verbs.append(noun.head)
        parties = [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if noun.dep_ == "dobj":
            parties += [c for c in noun.head.children if c.dep_ == "nsubj"]
        heads = self.cues.producer_heads | self.cues.petitioner_heads
        actor_tokens = {t.i for a in spans.actors for t in a}
        return any(p.i not in actor_tokens and any(h.lower_ in heads or h.lower_.endswith(("makers", "producers"))
                                                   for h in (p, *[c for c in p.children if c.dep_ == "appos"]))
                   for p in parties)  # (not "Indonesia, the largest producer")

    @staticmethod
    def _for_the_measure(prep: Token, trig: Span, spans: SentenceSpans) -> bool:
        """Whether a "for" phrase hangs on the trigger or its measure ("suspended the duties for Japan"), not on a side
        remark ("…, a long-standing red line for India")."""
        measure_tokens = {t.i for m in spans.measures for t in m}
        head = prep.head
        return head.i in range(trig.start, trig.end) or head.i in measure_tokens or head.head.i == trig.root.i and head.dep_ == "dobj"

    def _names_countries_for(self, trig: Span, spans: SentenceSpans) -> bool:
        """'suspended … for Japan and Korea': a lift for named countries is an exemption."""
        for a in spans.actors:
            tok = a.root
            if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.i > trig.start and a.label_ in ("COUNTRY", "DEMONYM") \
                    and self._for_the_measure(tok.head, trig, spans):
                return True
        return False

    def _make_events(
        self, event_type: str, trigger: Span, sent: Span, spans: SentenceSpans, document: Document,
        published: str | None, ctx: Context,
    ) -> list[Event]:
        """One event for a trigger, or several when rates go with different products."""
        measure_tokens = {t.i for m in spans.measures for t in m}
        product_tokens = {t.i for p in spans.products for t in p} | compound_heads(
            spans.products, self.cues, measure_tokens | {t.i for a in spans.actors for t in a})
        measure, measure_span = self._measure(event_type, trigger, sent, spans, ctx)
        cited = self._cited_measures(trigger, spans, measure_span) if event_type in MEASURE_EVENTS else set()
        if trigger.root.lower_ in self.cues.respond_verbs:  # "would respond to Japan's sanctions": answers them, with no instrument named
            cited |= {t.i for p in trigger.root.children if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree}
            means = {t.i for p in trigger.root.children if p.dep_ == "prep" and p.lower_ == "with" for t in p.subtree}
            if measure_span is not None and measure_span.root.i not in means:
                measure, measure_span = None, None
        export_aid = measure == "subsidy" and any(t.lower_ in EXPORT_AID_WORDS for t in sent)  # an export subsidy: to its buyer
        actor, target, actor_text, target_text = self._roles(event_type, trigger, spans, product_tokens, measure_tokens,
                                                             measure == "export_control" or export_aid, cited)
        if event_type == "impose" and not target and cited:  # "were imposed in retaliation for Canada's EV surtax": Canada
            answered = [m for m in self._answered_owners(cited, spans) if m.id_ not in actor]
            target, target_text = unique([m.id_ for m in answered]), [m.text for m in answered]
        if event_type == "impose" and trigger.root.pos_ == "NOUN" and self._counter_words(trigger):
            heads = [trigger.root] + ([trigger.root.head] if trigger.root.dep_ in ("dobj", "nsubjpass") else [])
            source = {t.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from" for t in p.subtree}
            givers = [m for m in spans.actors if m.root.i in source]
            if givers:  # "the move drew swift retaliation from Beijing": Beijing retaliates against the mover
                target = unique([c for c in actor + target if c not in {m.id_ for m in givers}])
                target_text = []
                actor, actor_text = unique([m.id_ for m in givers]), [m.text for m in givers]
        chain = self._headline_subjects(trigger.root, spans) if trigger.root.pos_ != "VERB" and event_type in MEASURE_EVENTS and (
            self._flow_stop(trigger.root) or self._headline_verb(trigger.root)) else []
        if chain:  # "China, EU halt imports after …": the parties just before the verb the tagger took for a noun
            kept = [(c, t) for c, t in zip(target, target_text) if c not in chain]
            target, target_text = [c for c, _ in kept], [t for _, t in kept]
            actor, actor_text = unique(chain), [m.text for m in spans.actors if m.id_ in chain]
        parties = self._deal_parties(trigger, spans) if event_type in ("impose", "lift") else []
        if len({m.id_ for m in parties}) == 2:  # "the agreement between the EU and Korea took effect, scrapping duties"
            hit = {m.id_ for m in spans.actors if m.root.i in {t.i for t in trigger.root.subtree}
                   and not (m.root.dep_ == "pobj" and m.root.head.lower_ in ("to", "into"))} & {m.id_ for m in parties}
            if len(hit) == 1:  # "Britain's pact with Australia came into force, scrapping tariffs on British exports": Australia's
                actor, actor_text = [m.id_ for m in parties if m.id_ not in hit][:1], [m.text for m in parties if m.id_ not in hit][:1]
                target, target_text = [m.id_ for m in parties if m.id_ in hit][:1], [m.text for m in parties if m.id_ in hit][:1]
            elif not target:
                actor, actor_text = unique([m.id_ for m in parties]), [m.text for m in parties]
        named_target = list(target)  # before any fallback to the story
        between = [m for c in trigger.root.children if c.dep_ == "prep" and c.lower_ == "between"
                   for m in spans.actors if m.root.i in {t.i for t in c.subtree}] if event_type in PARTY_EVENTS else []
        if len({m.id_ for m in between}) >= 2:  # "talks between the U.S. and Japan": those two, not who awaits the outcome
            actor, actor_text = unique([m.id_ for m in between]), [m.text for m in between]
        everyone = ALL_PARTIES.search(sent.text) if event_type not in PARTY_EVENTS else None
        if everyone:  # "shipments to all countries, including China and Japan": the examples are neither actor nor target
            cut = sent.start_char + everyone.start()
            named = {m.id_ for m in spans.actors if m.start_char >= cut} - {m.id_ for m in spans.actors if m.start_char < cut}
            # (but "Switzerland scrapped tariffs … from all trading partners, … will save Swiss consumers": named before)
            kept = [(c, t) for c, t in zip(actor, actor_text) if c not in named]
            actor, actor_text = [c for c, _ in kept], [t for _, t in kept]
            kept = [(c, t) for c, t in zip(target, target_text) if c not in named]  # (but "tiles from Malaysia …, margins below 2% for all exporters")
            target, target_text = [c for c, _ in kept], [t for _, t in kept]
        if self._rate_statement(trigger, spans):  # "BYD received a rate of 17%": whoever gets a rate is hit by the story's duty
            clause = own_clause(trigger) | ({trigger.root.head.i} if trigger.root.dep_ == "relcl" else set())  # ("South Korea,
            # which faces the same 25% rate")
            hit = [m for m in spans.actors if m.root.i in clause and m.id_ not in self.cues.body_codes]
            target, target_text = unique([m.id_ for m in hit]), [m.text for m in hit]
            actor, actor_text = [], []
        body = None if actor else self._body_named_before(trigger, ctx, measure_tokens) or self._pronoun_subject(trigger)
        if body is not None:  # "China's commerce ministry said …; the ministry also said it would launch an investigation"
            actor, actor_text = [body[0]], [body[1]]
            kept = [(c, t) for c, t in zip(target, target_text) if c != body[0]]
            target, target_text = [c for c, _ in kept], [t for _, t in kept]
        elif not actor and event_type in ctx.sentence_actors and not set(ctx.sentence_actors[event_type][0]) & set(target):
            actor, actor_text = map(list, ctx.sentence_actors[event_type])  # "is investigating whether …, a probe that …": one probe
        elif not actor and event_type in MEASURE_EVENTS and ctx.owner and ctx.sentences_since <= 3 and not set(ctx.owner) & set(target):
            actor, actor_text = list(ctx.owner), list(ctx.owner_text)  # "the duties take effect next month": whoever imposed the measure in question
        elif not actor and event_type in MEASURE_EVENTS and target and (side := self._story_side_against(target, ctx)):
            actor = side  # "with the tariff on U.S. cotton rising to 100%": whoever hits the U.S. here
            actor_text = []
        elif not actor and event_type not in PARTY_EVENTS and ctx.actor and ctx.sentences_since <= 3 and (
                event_type == "dispute" or not set(ctx.actor) <= self.cues.body_codes):  # (a WTO panel imposes and lifts nothing)
            actor, actor_text = list(ctx.actor), list(ctx.actor_text)
        if event_type in PARTY_EVENTS and len(actor) < 2 and self.cues.both_parties_pattern.search(sent.text):
            pair = ctx.parties or (sorted(set(ctx.owner) | set(ctx.owner_target)) if ctx.owner and ctx.owner_target else [])
            if pair and set(actor) <= set(pair):
                actor = list(pair)  # "the two sides": the parties of the story
        ratifying = trigger.root.lower_.startswith(RATIFY) and bool(actor)  # "ratified by Colombia's Congress": only the ratifying party
        if ratifying:
            doers = {t.i for c in trigger.root.children if c.dep_ in ("agent", "nsubj") for t in c.subtree}
            own = [m for m in spans.actors if m.root.i in doers]
            if own:
                actor, actor_text = unique([m.id_ for m in own]), [m.text for m in own]
        if event_type in PARTY_EVENTS and len(actor) < 2 and ctx.parties and ctx.sentences_since <= 4 and not ratifying:
            extra = [c for c in ctx.parties if c not in actor]
            if not actor or set(actor) <= set(ctx.parties):
                actor = sorted(set(actor) | set(extra))
        if event_type in PARTY_EVENTS and len(actor) == 1 and not ratifying:
            counterpart = [c for c in ctx.owner + ctx.actor + ctx.owner_target + ctx.target if c not in actor and c not in self.cues.body_codes]
            if counterpart:  # "Free trade talks with Thailand have stalled" in a story about the EU: talks need two sides
                actor = sorted(actor + counterpart[:1])
        if set(target) & set(actor):  # China does not target itself (and falls back below)
            target_text = [t for c, t in zip(target, target_text) if c not in actor] if len(target_text) == len(target) else []
            target = [c for c in target if c not in actor]
        if not target and event_type not in PARTY_EVENTS:
            target = [c for c in self._counted_group(sent, ctx.groups) if c not in actor]  # "solar cells from four Southeast Asian nations"
        other_flow = measure == "export_control" and ctx.measure not in (None, "export_control")  # an export ban hits no importer's goods
        if not target and event_type not in PARTY_EVENTS and ctx.target and ctx.sentences_since <= 6 and set(actor) <= set(ctx.actor) \
                and not other_flow:
            target, target_text = list(ctx.target), list(ctx.target_text)
        elif not target and event_type == "investigate" and ctx.target and set(actor) <= set(ctx.actor) and self._anaphoric(trigger):
            target, target_text = list(ctx.target), list(ctx.target_text)  # "opened the investigation last August": the one named before
        elif not target and event_type in MEASURE_EVENTS and len(actor) == 1 and actor[0] in ctx.dyads and ctx.dyads[actor[0]][2] == measure \
                and not other_flow:
            target, target_text = map(list, ctx.dyads[actor[0]][:2])  # the story's other side for this actor
        retaliatory = event_type in MEASURE_EVENTS and (is_retaliatory(sent, self.cues, trigger.root) or self._counter_threat(trigger))
        target = [t for t in target if t not in actor and t not in self.cues.body_codes]  # China does not target itself; the WTO is a forum
        if not target and (event_type == "dispute" or retaliatory and event_type in ("impose", "lift")) and not set(ctx.owner) & set(actor):
            target = list(ctx.owner)  # a complaint or a counter-measure targets whoever imposed the measure in question
        if not target and event_type == "dispute" and set(ctx.owner) & set(actor):
            target = [c for c in ctx.owner_target if c not in actor]  # "Beijing hit back …; it would also file a WTO complaint": against the U.S.
        if not target and event_type in MEASURE_EVENTS and measure_span is not None and self._anaphoric(measure_span) \
                and not any(c.dep_ in ("compound", "amod", "nmod") and c.i not in range(measure_span.start, measure_span.end)
                            for c in measure_span.root.children) and set(actor) <= set(ctx.owner):
            target = list(ctx.owner_target)  # "urged Mexico to scrap the tariffs": whom those tariffs hit
        target = self._without_members(target, published)
        target = [t for t in target if t not in actor and t not in self.cues.body_codes]
        if everyone:
            target = [c for c in target if c in named_target]  # and no fallback names one
        if not actor and not target:
            return []
        if event_type == "agree" and self._one_side_decides(trigger, spans, actor):
            return []  # "Brussels agreed to delay the law": a decision, not a deal
        refine = (measure == "tariff" or measure is None and event_type == "investigate") and ctx.remedies \
            and not any(t.lower_ in DEAL_NOUNS for t in sent) \
            and (not actor or not ctx.remedy_owners or bool(set(actor) & ctx.remedy_owners)) \
            and self._remedy_applies(trigger if measure_span is None and event_type == "investigate" else measure_span, spans, retaliatory)
        modality = modality_of(trigger, self.cues, event_type, bool(target))
        if modality == "asserted" and event_type == "lift" and measure_span is not None and self._planned_measure(measure_span):
            modality = "planned"  # "suspended tariffs it had planned to impose": the delay of a planned tariff
        products = self._products(event_type, trigger, spans, product_tokens, measure_tokens, measure_span)
        legal = spans.legal[0].id_ if spans.legal else None
        date, date_text = self._date(trigger, spans, published, modality, event_type)
        if modality == "asserted" and date and published and (date > published[:len(date)] or event_type in PARTY_EVENTS and FUTURE_DATE.search(date_text or "")):
            modality = "planned"  # "the levies, which take effect on Jan. 1", "talks next week": not yet happened when reported
        if event_type == "impose" and self._possible_outcome(trigger.root):
            modality = "threatened"  # "a probe that could lead to duties": what the probe may bring
        if modality == "planned" and event_type == "impose" and date is None and self._counter_words(trigger):
            modality = "threatened"  # "Beijing would take resolute countermeasures": a warning (but "will retaliate from Jan. 1" a plan)
        if event_type == "dispute" and trigger.root.dep_ in ("dobj", "pobj") and self._ruling_owner(trigger, spans):
            modality = "asserted"  # "will appeal a WTO ruling": the ruling is given; the appeal's mood and date are the appeal's
            inside = {t.i for t in trigger.root.subtree}
            if not any(d.start in inside and d.text == date_text for d in spans.dates):
                date, date_text = None, None
        stated = self._rate_statement(trigger, spans)
        rated = replace(spans, rates=[r for r in spans.rates if r.root.i not in cited]) if cited else spans  # not the cited duty's rate
        rates = [] if event_type in NO_QUANTITY_EVENTS else self._rates(sent, rated, measure_tokens, trigger, anchored=not stated)
        if stated:  # the rates of this clause, and elided ones ("…, and the China-wide entity 243.1%")
            rates = [(r, values) for r, values in rates if self._rate_clause(r, trigger, spans)]
        value = None if event_type in NO_QUANTITY_EVENTS else self._value(spans)
        base = dict(
            doc_id=document.doc_id, event_type=event_type, sentence=self._quoted(sent, document.text), trigger=trigger.text,
            span=self._char_span(sent), measure=measure, actor=member_codes(actor), target=member_codes(target),
            legal_basis=legal, date=date, date_text=date_text, modality=modality, retaliatory=retaliatory,
            actor_text=actor_text, target_text=target_text, trade_value=value, published=document.published,
            title=document.title, url=document.url, source=document.source, extractor_version=self.version,
        )
        if trigger.root.pos_ == "NOUN" and self._counter_words(trigger) and measure_span is None:
            measure, refine = None, False  # "did not rule out retaliation": no instrument named
            base.update(measure=None)
        if self._counter_threat(trigger):  # an instrument only if the sentence names one; a threat unless denied or done
            if measure_span is None:
                measure, refine = None, False
            base.update(measure=measure, modality="threatened" if modality in ("planned", "asserted") and not
                        self._reported_done(trigger) else modality)
        if measure == "subsidy" and measure_span is not None and measure_span.root.lower_ in AID_NOUNS:
            rates = []  # government aid for trade-hit producers: no target, its budget no trade value (GUIDELINES 11)
            base.update(target=[], target_text=[], trade_value=None)
        groups = self._split_by_rate(spans, rates) if event_type in MEASURE_EVENTS else None
        if not groups:
            groups = [(products, [r for _, rs in rates for r in rs])]
        events = []
        for prods, rs in groups:
            kind = (self._remedy(prods, ctx, spans, base["actor"]) if refine else None) or measure
            fields = {**base, "measure": kind}
            if kind == "safeguard" and event_type != "dispute" and base["target"] \
                    and not set(named_target) & set(base["target"]) - self._surge_sources(spans):
                fields.update(target=[], target_text=[])  # a safeguard hits imports from everywhere: only a named origin is its target
            events.append(Event(**fields, products=prods, rates=rs, confidence=self._confidence(fields, prods)))
        if event_type in ("impose", "lift") and len(base["actor"]) == 2 and not base["target"] and self._mutual(trigger, sent):
            return [self._one_side(ev, side) for ev in events for side in (0, 1)]  # "both sides suspended their tariffs": one lift each
        return events

    def _counter_threat(self, trigger: Span) -> bool:
        """ "take all necessary measures", "adopt firm steps", "would respond": a phrase that veils a counter-measure."""
        if trigger.root.lower_ in self.cues.respond_verbs:
            return True
        return len(trigger) > 1 and trigger[0].lower_ in self.cues.counter_verbs and trigger[-1].lower_ in self.cues.counter_heads

    def _responds(self, verb: Token) -> bool:
        """ "Moscow would respond to the new measures", "reserved the right to respond": a government's warning
        (not "did not respond to a request for comment")."""
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            return False
        answered = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        if any(o.lower_ not in self.cues.respond_objects for o in answered):
            return False
        licences = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if verb.dep_ in ("xcomp", "acl"):
            licences |= {verb.head.lower_} | {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
        return bool(licences & self.cues.respond_licences)

    @staticmethod
    def _reported_done(trigger: Span) -> bool:
        """ "had taken necessary measures": a past action reported, no threat."""
        verb = trigger[0]
        return verb.tag_ in ("VBD", "VBN") and not any(c.lower_ in ("will", "would", "to") for c in verb.children)

    def _surge_sources(self, spans: SentenceSpans) -> set[str]:
        """Codes named only as where a surge of imports comes from ("to stem a surge in shipments mainly from China")."""
        sources = set()
        for mention in spans.actors:  # (by distance: the parse often hangs "from China" on another verb)
            sent = mention.sent
            near = mention.doc[max(sent.start, mention.start - 8):min(sent.end, mention.end + 4)]
            if any(t.lower_ in self.cues.surge_words for t in near):
                sources.add(mention.id_)
        listed = {m.root.i for m in spans.actors if m.id_ in sources}
        for mention in spans.actors:  # "a surge of shipments from China, South Korea, Japan and Russia": the whole list
            head = mention.root
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
                if head.i in listed:
                    sources.add(mention.id_)
                    break
        return sources

    @staticmethod
    def _one_side_decides(trigger: Span, spans: SentenceSpans, actor: list[str]) -> bool:
        """ "EU leaders agreed to roll over sanctions against Russia": one side agrees to act (but "agreed to buy U.S. goods": a commitment)."""
        actions = [c for c in trigger.root.children if c.dep_ == "xcomp"]
        if not actions:
            return False
        if any(a.lower_ in PURCHASE_VERBS or any(o.dep_ == "dobj" and o.lower_ in PURCHASE_NOUNS for o in a.children) for a in actions):
            return False  # ("agreed to raise purchases of U.S. rice")
        if len(actor) < 2:
            return True
        subject = {t.i for c in trigger.root.children if c.dep_ == "nsubj" or c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < trigger.start
                   for t in c.subtree}  # ("Japan, Netherlands agree to …": a headline's list)
        subjects = {m.id_ for m in spans.actors if m.root.i in subject}
        if subjects and not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.root.children):
            return len(subjects) == 1  # "Australia suspends its case as China agrees to review duties": China alone agrees
        inside = {t.i for a in actions for t in a.subtree}
        return len({m.id_ for m in spans.actors if m.root.i not in inside}) == 1  # the one subject; the others are what it acts on

    @staticmethod
    def _retaliation_of(trigger: Span, chosen: list[tuple[str, Span]]) -> bool:
        """ "imposed tariffs … in retaliation for U.S. duties": the retaliation is that measure, not another event."""
        root = trigger.root
        if not (root.lower_.startswith("retaliat") and root.dep_ == "pobj" and root.head.lower_ in ("in", "as")):
            return False
        return any(t in MEASURE_EVENTS and g.root.i != root.i and root.i in {x.i for x in g.root.subtree} for t, g in chosen)

    @staticmethod
    def _counter_words(trigger: Span) -> bool:
        """Whether a trigger names a counter-measure as such ("retaliate", "countermeasures", "strike back", "retaliatory steps")."""
        root = trigger.root.lower_
        qualified = root in ("steps", "measures", "action", "actions") and any(
            c.dep_ in ("amod", "compound") and c.lower_.startswith(("retaliat", "counter")) for c in trigger.root.children)
        return root.startswith(("retaliat", "counter")) or qualified or len(trigger) > 1 and trigger[-1].lower_ == "back" \
            or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in trigger.root.children)  # ("vows to hit back")

    def _mutual(self, trigger: Span, sent: Span) -> bool:
        """ "both sides suspended their tariffs", "the EU and the U.S. agreed to suspend tariffs": each party acts on the other."""
        if self.cues.both_parties_pattern.search(sent.text) or self._deal_term(trigger) is not None:
            return True
        head = trigger.root.head if trigger.root.dep_ == "xcomp" else None
        return head is not None and head.lower_.startswith("agree") and any(
            c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in head.children)

    @staticmethod
    def _deal_term(trigger: Span) -> Token | None:
        """The deal whose term a trigger states: "a deal to scrap tariffs", "an agreement that will eliminate duties",
        "the pact took effect, scrapping duties"."""
        tok = trigger.root
        deal = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in DEAL_NOUNS), None)
        if deal is not None:  # "the agreement cuts duties on copper"
            return deal
        for _ in range(3):
            if tok.dep_ not in ("relcl", "acl", "advcl", "xcomp") or tok.head.i == tok.i:
                return None
            tok = tok.head
            if tok.lower_ in DEAL_NOUNS:
                return tok
            deal = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in DEAL_NOUNS), None)
            if deal is not None:
                return deal
        return None

    @staticmethod
    def _deal_parties(trigger: Span, spans: SentenceSpans) -> list[Span]:
        """The parties a deal names ("the agreement between the EU and South Korea", "Britain's pact with Australia")."""
        deal = EventBuilder._deal_term(trigger)
        if deal is None:
            return []
        inside = {t.i for t in deal.subtree}
        return [m for m in spans.actors if m.root.i in inside]

    def _one_side(self, ev: Event, side: int) -> Event:
        """The part one of two parties plays in a mutual measure: its own, on the other."""
        fields = {**vars(ev), "actor": [ev.actor[side]], "target": [ev.actor[1 - side]],
                  "actor_text": [], "target_text": []}
        fields["confidence"] = self._confidence(fields, ev.products)
        return Event(**fields)

    def _products(self, event_type: str, trigger: Span, spans: SentenceSpans, product_tokens: set[int],
                  measure_tokens: set[int], measure_span: Span | None = None) -> list[str]:
        """Gazetteer products of the sentence, plus the unknown ones a measure or trigger governs ("tariffs on maple syrup")."""
        named = [p for p in spans.products if not (p.root.dep_ == "appos" and any(  # "gallium and germanium, two metals used in chipmaking"
            c.dep_ in ("det", "nummod", "poss") for c in p.root.children))]  # (but "U.S. cars, alcohol": a list the parser took for apposition)
        cited = self._cited_measures(trigger, spans, measure_span) if event_type in PRODUCT_PHRASE_EVENTS else set()
        if cited:  # "in response to the metals duties", "after the EV surtax": another measure's goods
            named = [p for p in named if p.root.i not in cited]
            measure_tokens = measure_tokens - cited
        if event_type in PRODUCT_PHRASE_EVENTS:  # "retaliate as a result of the semiconductor dispute": the conflict's name
            named = [p for p in named if not self._names_a_conflict(p, trigger)]
        named = [p for p in named if not self._priced(p)]  # "to bring down prices of cooking oil": the motive, not the goods
        clause = own_clause(trigger)
        if clause and any(p.root.i in clause for p in named):
            named = [p for p in named if p.root.i in clause]  # "…, while Britain eliminated its duties on wine"
        elif clause and event_type in PARTY_EVENTS:  # "Vietnam, which supplies most of the rice, said it would seek talks": not about rice
            named = []
        makers = {p.start for p in named if p.root.dep_ in ("compound", "amod") and p.root.head.lower_ in self.cues.producer_heads}
        named = [p for p in named if not self._hyphen_modifier(p)]  # "large-engine cars": cars, not engines
        excluded = measure_tokens | {t.i for a in spans.actors for t in a} | {trigger.root.i}
        full = {p.start: (p.id_, range(p.start, p.end)) if p.id_ == "none" else full_name(p[0], p.id_, p.end, p.root, self.cues, excluded, product_tokens)
                for p in named}
        found = [(p.start, full[p.start][0]) for p in named
                 if not any(o.start != p.start and p.start in full[o.start][1] for o in named)]  # "stainless steel fasteners": not also "fastener"
        product_tokens = product_tokens | {i for _, extent in full.values() for i in extent}
        if event_type in PRODUCT_PHRASE_EVENTS:
            doc = trigger.doc
            anchors = [doc[i] for i in sorted((measure_tokens - spans.foreign) | {trigger.root.i})]
            actor_tokens = {t.i for a in spans.actors for t in a}
            quantity_tokens = {t.i for q in spans.rates + spans.values + spans.dates for t in q}
            named_measures = {t.i for m in spans.measures for t in m}  # "a probe into Canada's surtax": a measure, not goods
            phrases = product_phrases(trigger.sent, anchors, product_tokens | quantity_tokens | named_measures | spans.foreign,
                                      actor_tokens, self.cues)
            heads = {i for i, _ in phrases}  # "ceramic tableware": the goods, not also "ceramic"
            modifiers = {p.start for p in named if p.root.dep_ == "amod" and p.root.head.i in heads and len(p) == 1}
            found = [(start, name) for start, name in found if start not in modifiers] + phrases
        if any(start not in makers for start, _ in found):
            found = [(start, name) for start, name in found if start not in makers]  # "exempt two chemical makers from duties on phenol": phenol only
        return unique([name for _, name in sorted(found)])

    @staticmethod
    def _priced(product: Span) -> bool:
        """ "food prices", "prices of cooking oil", "the cost of steel": a product named only for what it costs."""
        root = product.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("compound", "amod", "nmod"):
            return root.head.lower_ in PRICE_NOUNS
        prep = root.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:  # "the cost of sugar and of food"
            prep = prep.head
        return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in PRICE_NOUNS

    @staticmethod
    def _names_a_conflict(product: Span, trigger: Span) -> bool:
        """Whether a product only names a dispute, a row or a pact ("the semiconductor dispute", "the chip pact", "the row over beef")."""
        root = product.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.dep_ in ("compound", "amod", "nmod"):
            head = root.head
        elif root.dep_ == "pobj" and root.head.lower_ in ("over", "on") and root.head.head.i != root.head.i:
            head = root.head.head
        else:
            return False
        return head.lower_ in CONFLICT_NOUNS and head.i not in range(trigger.start, trigger.end)

    @staticmethod
    def _cited_measures(trigger: Span, spans: SentenceSpans, measure_span: Span | None) -> set[int]:
        """The tokens of other measures the sentence cites as a cause or a comparison ("in retaliation for U.S. tariffs on steel")."""
        own = set(range(trigger.start, trigger.end)) | (set(range(measure_span.start, measure_span.end)) if measure_span is not None else set())
        cited: set[int] = set()
        for m in spans.measures:
            root = m.root
            if root.i in own or trigger.root.i in {t.i for t in root.subtree}:
                continue
            if root.dep_ == "pobj" and root.head.lower_ in CAUSE_PREPS and not (
                    root.head.lower_ == "to" and root.head.head.lower_ in RESULT_VERBS):  # (but "led to duties of 25% on steel")
                cited |= {t.i for t in root.subtree}
        means = trigger.root.head if trigger.root.dep_ in ("pcomp", "pobj") and trigger.root.head.lower_ in ("by", "with") else None
        if means is not None and means.head.pos_ == "VERB":  # "responded to a doubling of U.S. duties by imposing tariffs on …":
            cited |= {t.i for p in means.head.children if p.dep_ == "prep" and p.lower_ in ("to", "against") for t in p.subtree}
        return cited

    @staticmethod
    def _answered_owners(cited: set[int], spans: SentenceSpans) -> list[Span]:
        """The owners of a measure cited as what an action answers ("in retaliation for Canada's surtax", "in response to U.S.
        tariffs"), not of one cited as a comparison or a cause of another kind."""
        owners = []
        for m in spans.measures:
            root = m.root
            if root.i not in cited or root.dep_ != "pobj" or not root.head.head.lower_.startswith(ANSWER_NOUN_STEMS):
                continue
            owners += [a for a in spans.actors if a.root.dep_ in ("poss", "compound", "amod") and a.root.head.i == root.i]
        return owners

    @staticmethod
    def _hyphen_modifier(product: Span) -> bool:
        """ "large-engine cars": a known word ending a hyphenated modifier of another noun ("palm oil-based biofuels" keeps palm oil)."""
        doc, sent = product.doc, product.sent
        before = product.start > sent.start and doc[product.start - 1].text in ("-", "–")
        return before and product.root.dep_ in ("compound", "amod", "npadvmod", "nmod") and product.root.head.i > product.root.i

    def _in_company_name(self, mention: Span) -> bool:
        """ "Chrysler Canada Ltd", "Korea Electric Power Corp": a country named inside a company's name, which ends in a suffix."""
        doc = mention.doc
        for t in doc[mention.end:min(mention.end + 4, mention.sent.end)]:
            if t.lower_.rstrip(".") in self.cues.firm_suffixes and t.text[:1].isupper():
                return t.i > mention.end or mention.start > mention.sent.start and doc[mention.start - 1].text[:1].isupper()
            if not (t.text[:1].isupper() or t.text == "&"):
                return False
        return False

    @staticmethod
    def _in_firm_name(product: Span) -> bool:
        """ "Samsung Electronics", "U.S. Steel": a capitalised product word after a proper noun names a company."""
        doc = product.doc
        sent = product.sent
        words = [t for t in sent if t.is_alpha]
        if words and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words):
            return False  # a Title Case headline capitalises every word
        prev = doc[product.start - 1] if product.start > sent.start else None
        return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and all(t.text[:1].isupper() for t in product)

    def _elided(self, products: list[Span]) -> dict[int, Span]:
        """ "solar cells and panels" → solar panel, "soybean meal and oil" → soybean oil: a conjunct that shares the modifiers."""
        out: dict[int, Span] = {}
        for p in products:
            if len(p) < 2 or p.root.i != p.end - 1:
                continue
            prefix = " ".join(t.lower_ for t in p[:-1])
            for conj in p.root.children:
                if conj.dep_ != "conj" or conj.pos_ != "NOUN" or any(c.dep_ in ("compound", "amod") for c in conj.children):
                    continue
                name = self.product_names.get(f"{prefix} {conj.lower_}")
                if name:
                    out[conj.i] = Span(p.doc, conj.i, conj.i + 1, label=p.label_, span_id=name)
        return out

    @staticmethod
    def _quoted(sent: Span, text: str) -> str:
        """The sentence as the input has it (a line wrap inside it stays a line break): `text[span]`."""
        start, end = EventBuilder._char_span(sent)
        return text[start:end] if len(text) == len(sent.doc.text) else sent.text.strip()

    @staticmethod
    def _char_span(sent: Span) -> tuple[int, int]:
        """Character offsets of the sentence without surrounding whitespace."""
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        return start, start + len(text.strip())

    def _roles(
        self, event_type: str, trigger: Span, spans: SentenceSpans, product_tokens: set[int], measure_tokens: set[int],
        export_measure: bool = False, cited: set[int] | None = None,
    ) -> tuple[list[str], list[str], list[str], list[str]]:
        """Actor and target codes (and their surface forms) for one event (not the owners of measures cited as its cause)."""
        actor: list[str] = []
        target: list[str] = []
        actor_text: list[str] = []
        target_text: list[str] = []
        quota_heads = {m.root.i for m in spans.measures if m.id_ == "quota"}
        strong = [m for m in spans.actors if is_strong(m, trigger, self.cues, event_type) and m.id_ not in self.cues.body_codes
                  and not (m.root.dep_ == "poss" and m.root.head.i in quota_heads)]
        strong_ids = {m.id_ for m in strong}
        export_measure = export_measure or any(m.id_ == "export_control" for m in spans.measures) or trigger.root.lower_ in EXPORT_WORDS
        for mention in spans.actors:
            if mention.id_ in self.cues.body_codes and event_type != "dispute" and not (
                    event_type == "negotiate" and self._names_the_round(mention, trigger)):
                continue  # (but "the Uruguay Round talks", "GATT negotiations": multilateral talks under the WTO)
            if cited and mention.root.i in cited:
                continue  # "to stop a flood of steel diverted after Washington's tariffs": that measure's owner
            role = role_of(mention, trigger, event_type, product_tokens, measure_tokens, self.cues, export_measure)
            if role == "actor" and mention.root.dep_ == "poss" and (mention.root.head.i in quota_heads or event_type == "impose"
                                                                    and self._withdrawn_preference(mention.root.head)
                                                                    or event_type == "lift" and self._restored_preference(mention.root.head)):
                role = "target"  # "slash China's textile quotas", "revoked Russia's MFN status": whose quota, whose preference
            if role == "actor" and strong and mention.id_ not in strong_ids and event_type in MEASURE_EVENTS \
                    and self._qualifies_the_object(mention, trigger, measure_tokens):
                role = "target"  # "U.S. TO IMPOSE JAPANESE SANCTIONS": the subject's measure on Japanese goods
            elif role == "actor" and strong and mention.id_ not in strong_ids:
                role = "target" if event_type == "dispute" and mention.id_ not in self.cues.body_codes else "none"
                # the trigger's own subject outranks speakers and loose mentions (in a dispute, the other side is the respondent)
            if role in ("actor", "party") and mention.id_ not in actor:
                actor.append(mention.id_)
                actor_text.append(mention.text)
            elif role == "target" and mention.id_ not in target:
                target.append(mention.id_)
                target_text.append(mention.text)
        if event_type in PARTY_EVENTS:
            return actor, [], actor_text, []
        if event_type == "dispute":  # "ruled against Colombian tariffs on Panamanian textiles": the measure's owner, not the goods' origin
            owners = {m.id_ for m in spans.actors if m.root.dep_ in ("amod", "compound", "nmod", "poss") and m.root.head.i in measure_tokens}
            if owners & set(target):
                kept = [(c, t) for c, t in zip(target, target_text) if c in owners]
                target, target_text = [c for c, _ in kept], [t for _, t in kept]
        if event_type == "lift" and self._opens_a_market(trigger):
            return self._market_owner(trigger, spans, actor + target, actor_text + target_text) or (actor, target, actor_text, target_text)
        body = self._ruling_panel(trigger, spans) or self._ruling_owner(trigger, spans) if event_type == "dispute" else None
        if body:  # "WTO panels rule against U.S. steel tariffs": the body rules, the others are its parties
            kept = [(c, t) for c, t in zip(actor + target, actor_text + target_text) if c != body]
            return [body], unique([c for c, _ in kept]), [body], [t for _, t in kept]
        winners = self._ruled_for(trigger, spans) if event_type == "dispute" else []
        if winners:  # "a WTO panel sided with Panama", "ruled in favour of Indonesia": the complainant wins, with the WTO
            kept = [(c, t) for c, t in zip(actor + target, actor_text + target_text) if c not in winners and c != "WTO"]
            return ["WTO"] + winners, unique([c for c, _ in kept]), ["WTO"] + winners, [t for _, t in kept]
        if event_type == "dispute" and trigger.root.lower_ in self.cues.ruling_verbs:  # "the panel found that the EU had failed"
            others = [c for c in actor + target if c != "WTO"]
            texts = [t for c, t in zip(actor + target, actor_text + target_text) if c != "WTO"]
            return ["WTO"], list(dict.fromkeys(others)), ["WTO"], texts
        if event_type == "dispute" and "WTO" in actor and len(actor) > 1:
            if trigger.root.lower_.startswith("rul"):
                return ["WTO"], target, ["WTO"], target_text
            kept = [(c, t) for c, t in zip(actor, actor_text) if c not in self.cues.body_codes]  # "asked the WTO to set up a panel": the forum
            return [c for c, _ in kept], target, [t for _, t in kept], target_text
        return actor, target, actor_text, target_text

    @staticmethod
    def _ruled_for(trigger: Span, spans: SentenceSpans) -> list[str]:
        """The parties a panel "sided with" or ruled "in favour of" (the complainants who won)."""
        root = trigger.root
        preps = [c for c in root.children if c.dep_ == "prep" and (root.lower_.startswith("side") and c.lower_ == "with"
                                                                   or c.lower_ == "in" and any(g.lower_ in ("favour", "favor") for g in c.children))]
        inside = {t.i for p in preps for t in p.subtree}
        return unique([m.id_ for m in spans.actors if m.root.i in inside and m.id_ != "WTO"])

    @staticmethod
    def _qualifies_the_object(mention: Span, trigger: Span, measure_tokens: set[int]) -> bool:
        """Whether a country adjective or noun qualifies the measure the trigger takes as its object ("impose Japanese sanctions")."""
        tok = mention.root
        return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i in measure_tokens and tok.head.dep_ == "dobj" \
            and tok.head.head.i == trigger.root.i

    def _ruling_owner(self, trigger: Span, spans: SentenceSpans) -> str | None:
        """The body a ruling noun belongs to ("will appeal a WTO ruling", "the World Trade Organization's ruling against …")."""
        root = trigger.root
        if root.pos_ != "NOUN" or root.lower_ not in ("ruling", "rulings", "verdict"):
            return None
        owner = {t.i for c in root.children if c.dep_ in ("compound", "poss", "nmod", "amod") or c.dep_ == "prep" and c.lower_ in ("by", "of")
                 for t in c.subtree}
        return next((m.id_ for m in spans.actors if m.id_ in self.cues.body_codes and m.root.i in owner), None)

    def _ruling_panel(self, trigger: Span, spans: SentenceSpans) -> str | None:
        """The code of the body whose panel is the trigger and the subject of a ruling verb ("a WTO panel ruled against …")."""
        root = next((t for t in reversed(trigger) if t.lower_ in self.cues.ruling_bodies), trigger.root)
        headline_noun = root.dep_ == "compound" and root.head.i == root.i + 1 and root.head.dep_ == "ROOT" \
            and any(c.dep_ == "prep" and c.lower_ in ("against", "with", "for", "in") for c in root.head.children)  # "WTO panel rules against …" parsed as a noun
        if root.lower_ not in self.cues.ruling_bodies or not (root.dep_ == "nsubj" or headline_noun) \
                or root.head.lower_ not in self.cues.ruling_verbs | {"rule", "rules", "ruled"}:
            return None
        own = {t.i for t in root.subtree} | set(range(trigger.start, trigger.end))
        return next((m.id_ for m in spans.actors if m.id_ in self.cues.body_codes and m.root.i in own), None)

    def _measure(self, event_type: str, trigger: Span, sent: Span, spans: SentenceSpans, ctx: Context) -> tuple[str | None, Span | None]:
        """The instrument and the span naming it: inside the trigger's phrase first, then the sentence, then (for measures) the context."""
        text = trigger.text.lower()
        if "duty" in text and "free" in text:
            return "quota", None
        flow = self._flow_stop(trigger.root) or next(
            (f for t in trigger.root.subtree if t.dep_ == "pcomp" and t.head.lower_ == "by" for f in [self._flow_stop(t)] if f), None) \
            or next((f for c in trigger.root.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                     for f in [self._flow_stop(c)] if f), None)  # "lifted its suspension of cobalt exports"
        if flow:
            return flow, None  # "halted exports of masks", "retaliate by suspending imports of U.S. wheat"
        if event_type in MEASURE_EVENTS and self._trusted_list_move(trigger.root) is not None:
            return "export_control", None  # a country's place on a list of trusted export destinations
        if event_type in MEASURE_EVENTS and any(t.lower_ in BORDER_WORDS for t in trigger):
            return "import_ban", None  # "closed its land borders to trade", "the borders would reopen"
        subtree = {t.i for t in trigger.root.subtree} | {trigger.root.head.i}
        inside = [m for m in spans.measures if m.root.i in subtree]
        specific = self.cues.measure_refinements.get("tariff", frozenset())
        if event_type in PARTY_EVENTS:
            pool = inside  # talks and deals take only a measure of their own phrase
        elif event_type == "investigate":
            pool = inside or [m for m in spans.measures if m.id_ in specific]  # "determinations in the anti-dumping investigations"
        else:
            pool = inside or spans.measures
        generic = [g for g in pool if g.id_ not in specific]
        if not generic or any(m.id_ in specific and any(g.start <= m.root.head.i < g.end or m.end == g.start or m.start <= g.root.head.i < m.end
                                                        for g in generic) for m in pool):
            pool = sorted(pool, key=lambda m: m.id_ not in specific)  # "levy anti-dumping duties": the remedy, not the trigger word
            # (but "tariffs of 100% on canola, on top of an anti-dumping probe": the remedy qualifies no duty of the event)
        source = pool[0] if pool else None
        if source is not None:
            measure = self._refined(source, ctx)
        elif self._withdrawn_preferences(trigger.root) or self._withdrawn_preferences(trigger.root, self.cues.restoring_verbs):
            measure = "tariff"  # "restored Sri Lanka's access to GSP+": preferential tariffs
        elif trigger.root.lower_.startswith("retaliat") or self._opens_a_market(trigger):
            return None, None  # "Japan might retaliate", "open its markets": no instrument named
        elif trigger.root.lower_ in self.cues.inherent_measure:
            measure = self.cues.inherent_measure[trigger.root.lower_]
        elif event_type == "investigate":  # (but "an anti-discrimination investigation" is no remedy probe)
            measure = None if self._qualified(trigger) else ctx.measure if ctx.measure in ctx.remedies or ctx.measure in self.cues.measure_refinements.get("tariff", ()) else None
        elif event_type in CONTEXT_MEASURE_EVENTS:
            measure = ctx.measure
        else:
            return None, None
        if measure == "subsidy" and event_type == "investigate" and not any(t.lower_.startswith("dump") for t in sent) \
                and "below cost" not in sent.text.lower():
            return "countervailing", source  # "investigators concluded that Chinese EV makers benefit from unfair subsidies"
            # (but "sold below cost with the help of government subsidies": dumping first)
        if measure == "tariff" and source is not None and self._free_entry(source) and any(t.lower_ in self.cues.volume_words for t in sent):
            return "quota", source  # "may ship 35,000 tonnes a year tariff-free": a duty-free volume
        if measure == "import_ban" and (any(t.lower_ in EXPORT_NOUNS for t in sent)
                                        or source is not None and self._anaphoric(source) and ctx.measure == "export_control"):
            return "export_control", source  # (and "the ban" after "banned exports of lithium ore")
        if measure == "other" and source is not None and not any(t.lower_ in ("import", "imports") for t in source) and any(t.lower_ in EXPORT_FLOWS for t in [*source.root.subtree, *trigger.root.subtree]):
            return "export_control", source  # "curbs on chip-material exports", "restrictions on sales of chipmaking equipment"
        if measure == "other" and source is not None and (ctx.measure == "export_control" and self._anaphoric(source) or any(
                t.lower_ in EXPORT_NOUNS for t in sent) and not any(t.lower_.startswith("import") for t in sent)):
            return "export_control", source  # "relax the curbs on white rice" after an export ban; "tightening controls on … exports"
        return measure, source

    def _rates(self, sent: Span, spans: SentenceSpans, measure_tokens: set[int], trigger: Span,
               anchored: bool = True) -> list[tuple[Span, list[Rate]]]:
        """Tariff rates of the sentence: near a measure or trigger (unless not `anchored`), not shares or growth figures."""
        trigger_tokens = set(range(trigger.start, trigger.end))
        anchors = set(measure_tokens) | trigger_tokens
        out: list[tuple[Span, list[Rate]]] = []
        for r in sorted(spans.rates, key=lambda s: s.start):
            window = sent.doc[max(sent.start, r.start - 3):min(sent.end, r.end + 2)]
            if r.end < sent.end and sent.doc[r.end].lower_ == "of":
                continue  # "91% of EU exports": a share of trade, not a rate
            if any(t.lower_ in RATE_NOISE and not (t.lower_ == "up" and t.nbor(1).lower_ == "to") and t.i not in trigger_tokens
                   and not self._previous_rate(t) for t in window):
                continue  # growth and shares, not rates ("up to 25%" is a rate, "will reach 35%, up from 30%" two)
            chained = bool(out) and r.start - out[-1][0].end <= 5  # "to 25 percent from 10 percent", "…, 20 percent on cars and 10 percent"
            attached = self._hangs_on(r.root, anchors)  # "lower the duties on X, a trade worth …, to 15%"
            if anchored and not chained and not attached and (not anchors or min(abs(a - r.start) for a in anchors) > 12):
                continue
            out.append((r, decode_rates(r.id_)))
        return out

    @staticmethod
    def _hangs_on(token: Token, anchors: set[int]) -> bool:
        """Whether a token hangs on one of the anchors within three steps, without passing another verb."""
        for head in list(token.ancestors)[:3]:
            if head.i in anchors:
                return True
            if head.pos_ in ("VERB", "AUX"):
                return False
        return False

    @staticmethod
    def _previous_rate(token: Token) -> bool:
        """ "35%, up from 30%": "up"/"down" after a comma that introduces the rate before the change."""
        doc = token.doc
        return token.lower_ in ("up", "down") and 0 < token.i < len(doc) - 1 and doc[token.i - 1].text == "," \
            and doc[token.i + 1].lower_ == "from"

    @staticmethod
    def _value(spans: SentenceSpans) -> TradeValue | None:
        """The first value of trade named in the sentence."""
        return decode_value(spans.values[0].id_) if spans.values else None

    @staticmethod
    def _split_by_rate(spans: SentenceSpans, rates: list[tuple[Span, list[Rate]]]) -> list[tuple[list[str], list[Rate]]] | None:
        """'25 percent on steel and 10 percent on aluminum': one event per rate with the products that go with it.

        Rates next to each other ("to 25% from 10%", "from $619 to $873") stay together; a product or an
        "on …" phrase between two rates separates them. Products follow their rate ("25% on steel") or lead
        it ("on cars to 120 percent"), whichever the sentence starts with; "respectively" pairs them in order.
        """
        if len(rates) < 2:
            return None
        ordered = sorted(rates, key=lambda r: r[0].start)
        doc = ordered[0][0].doc
        sent = ordered[0][0].sent
        product_starts = sorted(p.start for p in spans.products)
        groups: list[list[tuple[Span, list[Rate]]]] = [[ordered[0]]]
        duty_starts = {m.start for m in spans.measures}
        for prev, cur in zip(ordered, ordered[1:]):
            between = doc[prev[0].end:cur[0].start]
            joined = any(t.lower_ in ("and", ",", "while", "but", ";") for t in between)
            lead = doc[cur[0].start - 1]
            subject_rate = lead.lower_ in ("to", "from") and lead.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and prev[0].root.i in {t.i for t in c.subtree} for c in lead.head.children)
            # ("China's six per cent tariff on car parts, for example, will be cut to zero": the subject duty's new rate)
            if doc[cur[0].start - 1].lower_ in ("to", "from") and (not joined or subject_rate) or BASE_RATE.search(between.text):
                groups[-1].append(cur)  # "its 38.5% tariff on beef to 19.5%": the same duty's new rate; "a levy of 6,000 pesos
                # per tonne on top of the 15% tariff": an additional and a base rate
            elif any(p.start >= prev[0].end and p.end <= cur[0].start for p in spans.products) or any(t.lower_ in ("on", "for") for t in between) \
                    or joined and cur[0].end in duty_starts:  # "…, and its 10% tariff on wine": another duty
                groups.append([cur])
            else:
                groups[-1].append(cur)
        products = sorted(spans.products, key=lambda p: p.start)
        if "respectively" in {t.lower_ for t in sent} and len(ordered) == len(products) and products[-1].end <= ordered[0][0].start:
            return [([p.id_], values) for p, (_, values) in zip(products, ordered)]
        if len(groups) < 2:
            return None
        bounds = [(g[0][0].start, g[-1][0].end) for g in groups]
        after = not product_starts or product_starts[0] >= bounds[0][0]
        out: list[tuple[list[str], list[Rate]]] = []
        for i, (lo, hi) in enumerate(bounds):
            if after:
                limit = bounds[i + 1][0] if i + 1 < len(bounds) else sent.end
                prods = unique([p.id_ for p in products if lo <= p.start < limit])
            else:
                floor = bounds[i - 1][1] if i else sent.start
                prods = unique([p.id_ for p in products if floor <= p.start and p.end <= lo])
            out.append((prods, [r for _, values in groups[i] for r in values]))
        return out

    def _date(self, trigger: Span, spans: SentenceSpans, published: str | None, modality: str,
              event_type: str | None = None) -> tuple[str | None, str | None]:
        """The date the sentence attaches to the action: an effective date first, else the nearest date (not one of a clause
        that reports another kind of event with a subject of its own)."""
        if not spans.dates:
            return None, None
        future = modality in ("planned", "threatened", "requested")
        anchors = {t.i for s in spans.measures for t in s} | set(range(trigger.start, trigger.end))

        def lead(e: Span) -> bool:
            doc = e.doc
            return e.start > 0 and doc[e.start - 1].lower_ in DATE_LEADS

        dateline = {t.i for s in trigger.doc.spans.get("trade_dateline", []) for t in s}
        own = clause_verb(trigger.root)

        def own_date(e: Span) -> bool:  # "ending a ban imposed in March 2020": the participle's (or second verb's) own date first
            if trigger.root.dep_ == "conj" and trigger.root.pos_ == "NOUN" and e.root in trigger.root.subtree:
                return True  # "… in June and an anti-subsidy probe into dairy products in August": the second object's date
            verb = date_verb(e.root)
            if verb is not None and verb.dep_ == "acl" and verb.head.i == trigger.root.i:
                return True  # "the agreement, passed last year and eliminating duties by 1995": the deal's own participle
            return own is not None and own.dep_ in ("acl", "conj") and verb is not None and verb.i == own.i
            # ("imposed duties in 2011 and extended them in 2017": the second verb's own date)

        dated_clause = own is not None and any((date_verb(e.root) or e.root).i == own.i for e in spans.dates)

        def joined_clause(e: Span) -> bool:  # "banned wheat in May 2022 and restricted sugar from June 1": not June for the ban
            verb = date_verb(e.root)
            return dated_clause and verb is not None and own is not None and verb.i != own.i and (
                verb.dep_ == "conj" and verb.head.i == own.i or own.dep_ == "conj" and own.head.i == verb.i)

        own_dated = own is not None and any(date_verb(e.root) is not None and date_verb(e.root).i == own.i for e in spans.dates)

        def reported(e: Span) -> bool:  # "said Thursday it will impose duties … on Dec. 5": the action's own date first
            verb = date_verb(e.root)
            return own_dated and verb is not None and verb.i != own.i and verb.lower_ in self.cues.reporting_verbs \
                and own.i in {t.i for t in verb.subtree}

        ordered = sorted(spans.dates, key=lambda e: (e.start in dateline, not own_date(e), joined_clause(e), reported(e), not lead(e),
                                                     min(abs(e.start - trigger.start), abs(e.end - trigger.end))))
        root = trigger.root
        upcoming = root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in UPCOMING_HEADS  # "arrived on Tuesday ahead of talks"
        if root.dep_ == "pobj" and root.head.lower_ in TEMPORAL_PREPS or upcoming:  # "imposed in August following an investigation"
            inside = {t.i for t in root.subtree}
            ordered = [e for e in ordered if e.start in inside]
        others = {v.i for t in spans.triggers if not (t.start <= trigger.root.i < t.end) and t.id_ not in (event_type, "none")
                  for v in [clause_verb(t.root) or t.root] if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)}
        others.discard(own.i if own is not None else -1)
        for ent in ordered:
            if ent.start in dateline:
                continue
            verb = date_verb(ent.root)
            if verb is not None and verb.i in others and not (own is not None and verb.i in {a.i for a in own.ancestors}):
                continue  # "Brazil's dispute with the U.S., which last August imposed duties": that clause's date
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERIOD_LEADS:
                continue  # "until end-2018", "for two years": a period, not the event's date
            if not self._attaches(ent, trigger, dateline, anchors):
                continue  # "Britain, which left the EU in January 2020, is negotiating": another clause's date
            if ent.root.dep_ in ("compound", "nmod", "amod", "nummod") and ent.root.head.pos_ in ("NOUN", "PROPN") \
                    and ent.root.head.i not in anchors:
                continue  # "meet under a July 1986 semiconductor pact", "a 1977 law": the pact's or the law's date
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in LAW_NOUNS:
                continue  # "Section 232 of the Trade Expansion Act of 1962"
            tense = self._tense(ent)
            side = {"future": True, "past": False, "modal": future}.get(tense) if tense else None  # None: the nearest
            if lead(ent) and tense != "future" and ent.root.head.pos_ != "VERB":
                side = None  # "threatened with a tariff from August 1": the measure's start, nearest to publication
            resolved = self.dates.resolve(ent.text, published, side) or self._anchored(ent, spans, published)
            if resolved:
                return resolved, ent.text
        return None, None

    def _anchored(self, ent: Span, spans: SentenceSpans, published: str | None) -> str | None:
        """ "requested consultations in September 2017 and asked for a panel the following year": the year after the
        sentence's earlier date."""
        for earlier in sorted((e for e in spans.dates if e.end <= ent.start), key=lambda e: -e.start):
            anchor = self.dates.resolve(earlier.text, published, False)
            if anchor:
                return self.dates.relative_to(ent.text, anchor)
        return None

    @staticmethod
    def _attaches(ent: Span, trigger: Span, dateline: set[int], anchors: set[int]) -> bool:
        """Whether a date belongs to the trigger's clause (or a clause above it, like "said on Friday")."""
        if ent.start in dateline:
            return True
        verb = date_verb(ent.root)
        own = clause_verb(trigger.root)
        if verb is not None and verb.lower_ in DATE_LEADS and verb.head.i != verb.i and (
                verb.i == ent.start - 1 or verb.i == ent.start - 2 and ent.doc[ent.start - 1].lower_ == "on"):
            verb = clause_verb(verb.head)  # "will levy duties … starting (on) March 20": the lead word is no clause of its own
        if verb is None or own is None or verb.i == own.i:
            return True
        if own.dep_ == "conj" and own.head.i == verb.i and any(c.dep_ in ("aux", "auxpass") for c in own.children) \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return False  # "banned rice exports in April 2008 and has extended the ban several times since": not that date
        if verb.i in {t.i for t in own.ancestors}:
            subordinate = own.dep_ == "advcl" and own.head.i == verb.i and any(c.dep_ == "mark" for c in own.children)
            return not subordinate  # "… in August last year after Canberra suspended a case" (but "…, with the U.S. allowing")
        if verb.dep_ in ("relcl", "acl"):  # "an investigation that Brussels launched in October", "duties announced in May"
            host, gov = verb.head, verb.head.head
            source = host.dep_ == "nsubj" and gov.lower_ in SOURCE_VERBS and own.i in {t.i for t in gov.subtree} \
                or host.dep_ == "pobj" and gov.lower_ == "to" and gov.head.lower_ == "according"
            subject_of_own = verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.i == own.i
            other_action = own.i == trigger.root.i and own.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") and not (subject_of_own and c.lower_ in ("which", "that")) for c in verb.children)
            # ("the embargo, which takes effect on Feb 1, bars U.S. exports": the measure's own date)
            return verb.head.i in anchors and not other_action or source  # "a notification issued on Tuesday showed",
            # "according to a gazette published on Friday" (but "removed the tariffs it had imposed in 2018": the imposition's date)
        return verb.dep_ != "advcl" and verb.i in {t.i for t in own.subtree}

    def _tense(self, ent: Span) -> str | None:
        """Which side of publication a date lies on, from the verb it attaches to.

        "said on Friday", "was imposed in March" → past; "will take effect on July 1" → future;
        "modal" when the verb follows the event's modality (an infinitive); None when the parse says nothing.
        """
        verb = date_verb(ent.root)
        if verb is None:
            return None
        doc = ent.doc
        lead = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].lower_ == "on" else doc[ent.start - 1] if ent.start else None
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if verb.tag_ == "VBG" and verb.lower_ in DATE_LEADS and verb.i in (ent.start - 1, ent.start - 2):
            return "modal"  # "will impose duties for five years starting on Wednesday": the start of what is reported
        if (lead is not None and lead.lower_ in self.cues.reporting_verbs) or (
                verb.lower_ in self.cues.reporting_verbs and not auxes & (MODAL_AUXES | {"will", "'ll", "shall", "would", "to"})):
            return "past"  # "said on Friday", "said Friday": the announcement (but "could be announced around July")
        if auxes & {"will", "'ll", "shall", "would"} or (verb.dep_ == "xcomp" and verb.head.lower_ in ("set", "due", "scheduled", "expected")):
            return "future"
        if "to" in auxes or auxes & MODAL_AUXES:
            return "modal"  # "could be announced around July": the event's own modality decides
        if verb.tag_ in ("VBP", "VBZ") and verb.lower_ in STARTING_VERBS and not auxes:
            return "future"  # "the duties take effect on Friday", "the quota opens on Monday": a scheduled start
        if verb.tag_ in ("VBD", "VBN") or auxes & {"has", "have", "had", "was", "were"}:
            return "past"
        return None

    @staticmethod
    def _confidence(base: dict, products: list[str]) -> float:
        """A simple evidence score: filled slots raise it."""
        score = 0.4
        score += 0.15 if base["actor"] else 0.0
        score += 0.1 if base["measure"] else 0.0
        score += 0.1 if base["target"] else 0.0
        score += 0.1 if products else 0.0
        score += 0.05 if base["date"] else 0.0
        return min(score, 0.95)
