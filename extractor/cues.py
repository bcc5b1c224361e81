"""Word lists for modality, retaliation and roles, read from `models/cues.json`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from extractor.records import MEASURES, MODALITIES
from extractor.resources import ResourceFileError, load_json


@dataclass(frozen=True)
class Cues:
    """Validated cue lists."""

    modality: dict[str, frozenset[str]]
    retaliation: frozenset[str]
    target_heads: frozenset[str]
    exporter_nouns: frozenset[str]
    target_preps: frozenset[str]
    origin_words: frozenset[str]
    party_preps: frozenset[str]
    agent_preps: frozenset[str]
    inherent_measure: dict[str, str]
    reporting_verbs: frozenset[str]
    weak_triggers: frozenset[str]
    body_codes: frozenset[str]
    measure_verbs: frozenset[str]
    measure_refinements: dict[str, frozenset[str]]
    rate_change_verbs: dict[str, frozenset[str]]
    licence_phrases: tuple[str, ...]
    product_generic_heads: frozenset[str]
    product_stop_heads: frozenset[str]
    invariant_plurals: frozenset[str]
    remedy_bases: dict[str, str]
    remedy_blockers: frozenset[str]
    undergoer_verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    both_parties: tuple[str, ...]
    possibility: frozenset[str]
    conditional_marks: frozenset[str]
    neg_raising: frozenset[str]
    litotes: frozenset[str]
    adopting_verbs: frozenset[str]
    restating_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    flow_change_subjects: frozenset[str]
    market_heads: frozenset[str]
    market_licence: str
    firm_suffixes: frozenset[str]
    planned_measure_cues: frozenset[str]
    flow_stop_verbs: frozenset[str]
    flow_cap_verbs: frozenset[str]
    flow_stop_nouns: frozenset[str]
    flow_measures: dict[str, str]
    ruling_verbs: frozenset[str]
    ruling_bodies: frozenset[str]
    quota_loosening_verbs: frozenset[str]
    quota_tightening_verbs: frozenset[str]
    complaint_nouns: frozenset[str]
    filing_verbs: frozenset[str]
    complaint_modifiers: frozenset[str]
    not_for_disputes: frozenset[str]
    petitioner_heads: frozenset[str]
    adjective_endings: tuple[str, ...]
    adjective_stops: frozenset[str]
    producer_heads: frozenset[str]
    us_spellings: dict[str, str]
    rate_statement_verbs: frozenset[str]
    rate_nouns: frozenset[str]
    rate_statement_measures: frozenset[str]
    rate_clause_verbs: frozenset[str]
    rate_clause_copulas: frozenset[str]
    rate_clause_adjectives: frozenset[str]
    duty_free_words: frozenset[str]
    duty_free_heads: frozenset[str]
    volume_words: frozenset[str]
    authority_ruling_verbs: frozenset[str]
    authority_words: frozenset[str]
    investigator_subjects: frozenset[str]
    court_words: tuple[str, ...]
    finding_verbs: frozenset[str]
    finding_words: frozenset[str]
    authority_names: tuple[str, ...]
    label_subject_verbs: frozenset[str]
    hitting_verbs: frozenset[str]
    surge_words: frozenset[str]
    seeking_verbs: frozenset[str]
    bloc_bodies: dict[str, str]
    reaction_verbs: frozenset[str]
    private_subjects: frozenset[str]
    preference_verbs: frozenset[str]
    counter_verbs: frozenset[str]
    counter_heads: frozenset[str]
    respond_verbs: frozenset[str]
    delay_verbs: frozenset[str]
    aid_beneficiaries: frozenset[str]
    respond_objects: frozenset[str]
    respond_licences: frozenset[str]
    preference_heads: frozenset[str]
    preference_words: frozenset[str]
    losing_verbs: frozenset[str]
    restoring_verbs: frozenset[str]
    non_event_objects: dict[str, frozenset[str]]
    non_event_governors: dict[str, frozenset[str]]

    @cached_property
    def licence_pattern(self) -> "re.Pattern[str]":
        """A regex for the licence phrases ("trade talks", "free trade"), spaces or hyphens between words."""
        alternatives = sorted((r"[\s-]+".join(map(re.escape, p.split())) for p in self.licence_phrases), key=len, reverse=True)
        if self.flow_stop_verbs and self.flow_measures:  # "halted all exports of", "suspended imports": a ban in so many words
            verbs = "|".join(sorted(map(re.escape, self.flow_stop_verbs | self.flow_stop_nouns), key=len, reverse=True))
            flows = "|".join(sorted(map(re.escape, self.flow_measures), key=len, reverse=True))
            alternatives.append(r"(?:%s)\W+(?:[\w'-]+\W+){0,3}?(?:%s)" % (verbs, flows))
            if self.flow_stop_nouns:  # "an export halt"
                alternatives.append(r"(?:%s)\W+(?:%s)" % (flows, "|".join(sorted(map(re.escape, self.flow_stop_nouns), key=len, reverse=True))))
        if self.market_licence:  # "open its markets to U.S. goods": a market opening
            alternatives.append(self.market_licence)
        return re.compile(r"\b(?:%s)\b" % "|".join(alternatives) if alternatives else r"(?!)", re.IGNORECASE)

    @cached_property
    def both_parties_pattern(self) -> "re.Pattern[str]":
        """A regex for phrases that name both parties of a story at once ("the two sides")."""
        alternatives = sorted((r"\s+".join(map(re.escape, p.split())) for p in self.both_parties), key=len, reverse=True)
        return re.compile(r"\b(?:%s)\b" % "|".join(alternatives) if alternatives else r"(?!)", re.IGNORECASE)

    @classmethod
    def from_dir(cls, models_dir: Path) -> "Cues":
        """Read and check `models/cues.json`."""
        path = models_dir / "cues.json"
        raw = load_json(path)
        try:
            modality = {k: frozenset(v) for k, v in raw["modality"].items()}
            inherent = dict(raw["inherent_measure"])
            lists = {k: frozenset(w.lower() for w in raw[k]) for k in
                     ("retaliation", "target_heads", "exporter_nouns", "target_preps", "origin_words", "party_preps", "agent_preps", "reporting_verbs",
                      "weak_triggers", "measure_verbs", "product_generic_heads", "product_stop_heads", "invariant_plurals", "remedy_blockers",
                      "undergoer_verbs", "recipient_verbs", "conditional_marks", "planned_measure_cues",
                      "ruling_verbs", "ruling_bodies", "quota_loosening_verbs", "quota_tightening_verbs")}
            lists["flow_cap_verbs"] = frozenset(w.lower() for w in raw["flow_stops"]["cap_verbs"])
            lists["flow_stop_verbs"] = frozenset(w.lower() for w in raw["flow_stops"]["verbs"]) | lists["flow_cap_verbs"]
            lists["flow_stop_nouns"] = frozenset(w.lower() for w in raw["flow_stops"]["nouns"])
            flows = {k.lower(): str(v) for k, v in raw["flow_stops"]["flows"].items()}
            formal = raw["formal_complaint"]
            lists["complaint_nouns"] = frozenset(w.lower() for w in formal["nouns"])
            lists["filing_verbs"] = frozenset(w.lower() for w in formal["verbs"])
            lists["complaint_modifiers"] = frozenset(w.lower() for w in formal["modifiers"])
            lists["not_for_disputes"] = frozenset(w.lower() for w in formal["not_for_disputes"])
            lists["petitioner_heads"] = frozenset(w.lower() for w in formal["petitioner_heads"])
            lists["possibility"] = frozenset(w.lower() for w in raw["possibility"]["words"])
            lists["neg_raising"] = frozenset(w.lower() for w in raw["neg_raising"]["words"])
            lists["litotes"] = frozenset(w.lower() for w in raw["litotes"]["words"])
            lists["adopting_verbs"] = frozenset(w.lower() for w in raw["adopting_verbs"]["words"])
            lists["restating_verbs"] = frozenset(w.lower() for w in raw["restating_verbs"]["words"])
            lists["causative_verbs"] = frozenset(w.lower() for w in raw["causative_verbs"]["words"])
            lists["flow_change_subjects"] = frozenset(w.lower() for w in raw["flow_changes"]["subjects"])
            lists["market_heads"] = frozenset(w.lower() for w in raw["market_opening"]["heads"])
            lists["market_licence"] = str(raw["market_opening"]["licence"])
            lists["firm_suffixes"] = frozenset(w.lower() for w in raw["firm_suffixes"]["words"])
            re.compile(lists["market_licence"])
            lists["body_codes"] = frozenset(raw["body_codes"])
            refinements = {k: frozenset(v) for k, v in raw["measure_refinements"].items() if not k.startswith("_")}
            phrases = tuple(str(p).lower() for p in raw["licence_phrases"])
            both = tuple(str(p).lower() for p in raw["both_parties"])
            remedy_bases = {k: str(v) for k, v in raw["remedy_bases"].items() if not k.startswith("_")}
            compounds = raw["product_compounds"]
            lists["adjective_endings"] = tuple(str(e).lower() for e in compounds["adjective_endings"])
            lists["adjective_stops"] = frozenset(w.lower() for w in compounds["adjective_stops"])
            lists["producer_heads"] = frozenset(w.lower() for w in compounds["producer_heads"])
            lists["us_spellings"] = {str(k).lower(): str(v).lower() for k, v in raw["us_spellings"].items() if not k.startswith("_")}
            statements = raw["rate_statements"]
            lists["rate_statement_verbs"] = frozenset(w.lower() for w in statements["verbs"])
            lists["rate_nouns"] = frozenset(w.lower() for w in statements["nouns"])
            lists["rate_statement_measures"] = frozenset(statements["measures"])
            lists["rate_clause_verbs"] = frozenset(w.lower() for w in statements["clause_verbs"])
            lists["rate_clause_copulas"] = frozenset(w.lower() for w in statements["clause_copulas"])
            lists["rate_clause_adjectives"] = frozenset(w.lower() for w in statements["clause_adjectives"])
            free = raw["duty_free"]
            lists["duty_free_words"] = frozenset(w.lower() for w in free["words"])
            lists["duty_free_heads"] = frozenset(w.lower() for w in free["heads"])
            lists["volume_words"] = frozenset(w.lower() for w in free["volume_words"])
            rulings = raw["authority_rulings"]
            lists["authority_ruling_verbs"] = frozenset(w.lower() for w in rulings["verbs"])
            lists["authority_words"] = frozenset(w.lower() for w in rulings["authority_words"])
            lists["investigator_subjects"] = frozenset(w.lower() for w in rulings["investigator_subjects"])
            lists["court_words"] = tuple(w.lower() for w in rulings["court_words"])
            lists["finding_verbs"] = frozenset(w.lower() for w in rulings["finding_verbs"])
            lists["finding_words"] = frozenset(w.lower() for w in rulings["finding_words"])
            lists["authority_names"] = tuple(w.lower() for w in rulings["authority_names"])
            lists["label_subject_verbs"] = frozenset(w.lower() for w in raw["label_subject_verbs"]["verbs"])
            lists["hitting_verbs"] = frozenset(w.lower() for w in raw["hitting_verbs"]["verbs"])
            lists["surge_words"] = frozenset(w.lower() for w in raw["surge_words"]["words"])
            lists["seeking_verbs"] = frozenset(w.lower() for w in raw["seeking_verbs"]["verbs"])
            lists["counter_verbs"] = frozenset(w.lower() for w in raw["counter_threats"]["verbs"])
            lists["counter_heads"] = frozenset(w.lower() for w in raw["counter_threats"]["heads"])
            lists["delay_verbs"] = frozenset(w.lower() for w in raw["delays"]["verbs"])
            lists["aid_beneficiaries"] = frozenset(w.lower() for w in raw["aid_beneficiaries"]["words"])
            for key in ("respond_verbs", "respond_objects", "respond_licences"):
                lists[key] = frozenset(w.lower() for w in raw["counter_threats"][key])
            withdrawn = raw["withdrawn_preferences"]
            lists["preference_verbs"] = frozenset(w.lower() for w in withdrawn["verbs"])
            lists["preference_heads"] = frozenset(w.lower() for w in withdrawn["heads"])
            lists["preference_words"] = frozenset(w.lower() for w in withdrawn["words"])
            lists["losing_verbs"] = frozenset(w.lower() for w in withdrawn["losing_verbs"])
            lists["restoring_verbs"] = frozenset(w.lower() for w in withdrawn["restoring_verbs"])
            lists["private_subjects"] = frozenset(w.lower() for w in raw["private_subjects"]["words"])
            lists["reaction_verbs"] = frozenset(w.lower() for w in raw["reaction_verbs"]["verbs"])
            lists["non_event_objects"] = {k: frozenset(w.lower() for w in v) for k, v in raw["non_events"]["objects"].items()}
            lists["non_event_governors"] = {k: frozenset(w.lower() for w in v) for k, v in raw["non_events"]["governors"].items()}
            lists["bloc_bodies"] = {str(k): str(v) for k, v in raw["bloc_bodies"].items() if not k.startswith("_")}
            rate_change = {k: frozenset(w.lower() for w in v) for k, v in raw["rate_change_verbs"].items() if not k.startswith("_")}
        except (KeyError, TypeError, AttributeError, re.error) as err:
            raise ResourceFileError(f"{path}: missing or malformed section ({err})") from err
        if set(modality) - set(MODALITIES):
            raise ResourceFileError(f"{path}: unknown modality {sorted(set(modality) - set(MODALITIES))}")
        bad = {m for m in [*inherent.values(), *flows.values()] if m not in MEASURES}
        bad |= {m for k, v in refinements.items() for m in {k, *v} if m not in MEASURES}
        bad |= {m for m in lists["rate_statement_measures"] if m not in MEASURES}
        if bad:
            raise ResourceFileError(f"{path}: unknown measures {sorted(bad)}")
        if set(remedy_bases.values()) - refinements.get("tariff", frozenset()):
            raise ResourceFileError(f"{path}: remedy_bases must map to a specific kind of tariff listed in measure_refinements.tariff")
        if set(rate_change) - {"impose", "lift"}:
            raise ResourceFileError(f"{path}: rate_change_verbs takes only 'impose' and 'lift'")
        return cls(modality=modality, inherent_measure=inherent, measure_refinements=refinements, rate_change_verbs=rate_change, licence_phrases=phrases,
                   remedy_bases=remedy_bases, both_parties=both, flow_measures=flows, **lists)
