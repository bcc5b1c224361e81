"""Tests for extractor.rulers: exact token patterns become phrase patterns without changing what they match."""

import json

import pytest
import spacy

from extractor.resources import models_dir_or_default
from extractor.rulers import as_phrases, compile_phrases, make_ruler, measure_patterns, trigger_patterns


@pytest.mark.parametrize("pattern, phrases", [
    ([{"LOWER": "tariff"}], ["tariff"]),
    ([{"LOWER": {"IN": ["lift", "lifted"]}}, {"LOWER": "curbs"}], ["lift curbs", "lifted curbs"]),
    ([{"LOWER": {"IN": ["file", "filed"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "complaint"}],
     ["file a complaint", "file the complaint", "file complaint", "filed a complaint", "filed the complaint", "filed complaint"]),
    ([{"LOWER": "anti"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "dumping"}], ["anti - dumping", "anti dumping"]),
    ([{"LOWER": "the", "OP": "?"}, {"LOWER": "quota"}], ["the quota", "quota"]),
])
def test_exact_patterns_expand_to_phrases(pattern, phrases):
    assert as_phrases(pattern, "LOWER") == phrases


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "rule", "POS": "VERB"}],  # a part of speech needs the Matcher
    [{"LOWER": "review"}, {"OP": "?"}, {"LOWER": "duties"}],  # a wildcard
    [{"LOWER": "talks"}, {"LOWER": "round", "OP": "*"}],  # a repeat
    [{"ORTH": "EU"}, {"LOWER": "duties"}],  # ORTH with letters is case-sensitive, LOWER is not
    [{"LOWER": {"REGEX": "^tariffs?$"}}],
    [],
])
def test_other_patterns_stay_token_patterns(pattern):
    assert as_phrases(pattern, "LOWER") is None


def test_expansion_is_capped():
    many = {"LOWER": {"IN": [f"w{i}" for i in range(30)]}}
    assert as_phrases([many, many], "LOWER") is None
    assert compile_phrases([{"label": "X", "pattern": [many, many]}], "LOWER")[0]["pattern"] == [many, many]


@pytest.mark.parametrize("text, found", [
    ("Beijing filed a complaint at the WTO.", "filed a complaint"),
    ("Beijing filed complaint papers.", "filed complaint"),
    ("They Filed The Complaint on Monday.", "Filed The Complaint"),
    ("Beijing filed papers.", None),
])
def test_a_compiled_ruler_matches_what_the_token_pattern_matched(text, found):
    nlp = spacy.blank("en")
    pattern = [{"LOWER": {"IN": ["file", "filed"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "complaint"}]
    ruler = make_ruler(nlp, "r", "r", [{"label": "TRIGGER", "pattern": pattern, "id": "dispute"}], "LOWER")
    assert all(isinstance(p["pattern"], str) for p in ruler.patterns)
    doc = ruler(nlp(text))
    spans = doc.spans["r"]
    assert [s.text for s in spans] == ([found] if found else [])
    assert all(s.id_ == "dispute" for s in spans)


@pytest.mark.parametrize("text, found", [
    ("Japan agreed to open its rice market to U.S. growers.", "open its rice market"),
    ("Washington urged Seoul to open up its beef and citrus markets.", "open up its beef and citrus markets"),
    ("Tokyo pledged to open Japan's market to foreign chips.", "open Japan's market"),
    ("Talks focused on the opening of South Korea's insurance market.", "opening of South Korea's insurance market"),
    ("The U.S. is pressing for greater access to the Japanese market.", "greater access to the Japanese market"),
    ("The Fed's open market committee met on Tuesday.", None),
    ("Stocks opened higher on the Tokyo market.", None),
    ("The bank opened the door to the bond market.", None),
])
def test_market_openings_are_lift_triggers(text, found):
    nlp = spacy.blank("en")
    patterns = [p for p in trigger_patterns(models_dir_or_default(None)) if "POS" not in json.dumps(p)]  # no tagger here
    ruler = make_ruler(nlp, "t", "trade_triggers", patterns, "LOWER")
    doc = ruler(nlp(text))
    spans = [s for s in doc.spans["trade_triggers"] if s.id_ == "lift"]
    assert [s.text for s in spans] == ([found] if found else [])


@pytest.mark.parametrize("text, found", [
    ("China to tighten import control, cut export costs", ("import control", "other")),
    ("Taiwan will relax import controls on some 400 foreign items.", ("import controls", "other")),
    ("Seoul agreed to ease trade restrictions on beef.", ("trade restrictions", "other")),
])
def test_import_controls_are_a_measure(text, found):
    nlp = spacy.blank("en")
    ruler = make_ruler(nlp, "m", "trade_measures", measure_patterns(models_dir_or_default(None)), "LOWER")
    doc = ruler(nlp(text))
    spans = [(s.text, s.id_) for s in doc.spans["trade_measures"] if s.id_ != "none"]
    assert spans[:1] == [found]
