"""Tests of extractor.evaluate: every figure below is worked out by hand in the comments."""

from __future__ import annotations

import itertools
import json
import os
import random
import sys
import types
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from extractor.evaluate import (
    SLOTS,
    Counts,
    _agreement,
    _event,
    _match,
    evaluate_command,
    load_gold,
    load_predictions,
    score,
)
from extractor.records import InputError

from conftest import ROOT

SENT = "The US imposed duties of 25 percent on steel and 10 percent on aluminum from Japan."
SPAN = [0, len(SENT)]


def ev(event_type: str = "impose", span: list[int] | None = None, **slots: Any) -> dict:
    """An event record with only the given slots."""
    return {"event_type": event_type, "span": list(span or SPAN), "trigger": "imposed", **slots}


def pred(doc_id: str, event_type: str = "impose", span: list[int] | None = None, **slots: Any) -> dict:
    """A predicted record."""
    return {"doc_id": doc_id, **ev(event_type, span, **slots)}


def doc(doc_id: str, *events: dict, text: str = SENT) -> dict:
    """A gold document."""
    return {"doc_id": doc_id, "text": text, "published": "2018-03-10", "events": list(events)}


def c(report_counts: Counts) -> tuple[int, int, int]:
    """(tp, fp, fn) of a Counts."""
    return (report_counts.tp, report_counts.fp, report_counts.fn)


STEEL = dict(actor=["USA"], target=["JPN"], products=["steel"], rates=[{"value": 25.0, "unit": "%"}],
             measure="tariff", date="2018-03", modality="asserted")
ALUM = dict(actor=["USA"], target=["JPN"], products=["aluminum"], rates=[{"value": 10.0, "unit": "%"}],
            measure="tariff", date="2018-03", modality="asserted")


# ------------------------------------------------------------------ events


def test_perfect_match():
    gold = [doc("d1", ev(**STEEL), ev(**ALUM))]
    rep = score(gold, [pred("d1", **STEEL), pred("d1", **ALUM)])
    # 2 pairs, nothing left over: P = R = F1 = 1
    assert c(rep.events) == (2, 0, 0)
    assert rep.events.f1 == 1.0
    # per event: actor 1, target 1, products 1, rates 1, measure 1, date 1, modality 1 = 7 items
    # legal_basis absent on both sides: no item. Two events: 14 TP in all.
    assert c(rep.slots_micro) == (14, 0, 0)
    assert c(rep.slots["legal_basis"]) == (0, 0, 0)
    assert rep.errors == []
    assert rep.confusion == {}


def test_missed_event():
    gold = [doc("d1", ev(**STEEL), ev(**ALUM))]
    rep = score(gold, [pred("d1", **STEEL)])
    # 1 pair, 1 gold unpaired: P = 1/1, R = 1/2, F1 = 2*1/(2*1+0+1) = 2/3
    assert c(rep.events) == (1, 0, 1)
    assert rep.events.precision == 1.0
    assert rep.events.recall == 0.5
    assert rep.events.f1 == pytest.approx(2 / 3)
    # the missed aluminum event's 7 items are all FN; the steel pair gives 7 TP
    assert c(rep.slots_micro) == (7, 0, 7)
    missed = rep.errors_of("missed")
    assert [(e.doc_id, e.trigger, e.sentence) for e in missed] == [("d1", "imposed", SENT)]
    assert missed[0].event_type == "impose" and missed[0].span == (0, len(SENT))


def test_spurious_event():
    gold = [doc("d1", ev(**STEEL))]
    rep = score(gold, [pred("d1", **STEEL), pred("d1", "negotiate", actor=["USA", "JPN"], modality="planned")])
    # 1 pair, 1 prediction unpaired: P = 1/2, R = 1/1, F1 = 2/(2+1+0) = 2/3
    assert c(rep.events) == (1, 1, 0)
    assert rep.events.f1 == pytest.approx(2 / 3)
    # spurious: actor 2 FP, modality 1 FP
    assert c(rep.slots["actor"]) == (1, 2, 0)
    assert c(rep.slots["modality"]) == (1, 1, 0)
    assert [e.event_type for e in rep.errors_of("spurious")] == ["negotiate"]
    # negotiate is a predicted type only: tp 0, fp 1, fn 0, support 0
    assert c(rep.types["negotiate"]) == (0, 1, 0)
    assert rep.types["negotiate"].support == 0


def test_type_mismatch_same_span_goes_to_confusion():
    gold = [doc("d1", ev("impose", **STEEL), ev("negotiate", [200, 300], actor=["USA"]))]
    preds = [pred("d1", "lift", **STEEL), pred("d1", "exempt", **STEEL), pred("d1", "agree", [200, 300])]
    rep = score(gold, preds)
    # no type agrees: 0 pairs, 3 FP, 2 FN
    assert c(rep.events) == (0, 3, 2)
    # impose (span SPAN) overlaps the unpaired lift and exempt; negotiate [200,300) overlaps agree
    assert rep.confusion == {"impose": {"lift": 1, "exempt": 1}, "negotiate": {"agree": 1}}
    assert list(rep.confusion["impose"]) == ["lift", "exempt"]  # contract order of types
    # identical slots do not help across types: STEEL's 7 items once FN, twice FP; negotiate's actor FN
    assert c(rep.slots_micro) == (0, 14, 8)


@pytest.mark.parametrize(
    "gold_span, pred_span, paired",
    [
        ([0, 10], [10, 20], False),  # touching half-open intervals do not overlap
        ([10, 20], [0, 10], False),
        ([0, 10], [9, 20], True),  # one shared character
        ([5, 6], [0, 100], True),  # containment
        ([0, 100], [40, 60], True),
        ([0, 10], [30, 40], False),
        ([5, 5], [0, 10], True),  # the contract's formula taken literally: 5 < 10 and 0 < 5
        ([10, 10], [0, 10], False),  # 10 < 10 fails
    ],
)
def test_span_overlap(gold_span, pred_span, paired):
    rep = score([doc("d1", ev(span=gold_span))], [pred("d1", span=pred_span)])
    assert c(rep.events) == ((1, 0, 0) if paired else (0, 1, 1))


def test_optimal_pairing_beats_file_order():
    # gold in order steel 25% / aluminum 10%, predictions in swapped order.
    # Pairing in file order (gold 1 - pred 1) would agree on actor, target, measure, date, modality
    # (5 + 5 = 10 items); the optimal pairing adds products and rates on both (7 + 7 = 14).
    gold = [doc("d1", ev(**STEEL), ev(**ALUM))]
    rep = score(gold, [pred("d1", **ALUM), pred("d1", **STEEL)])
    assert c(rep.events) == (2, 0, 0)
    assert c(rep.slots_micro) == (14, 0, 0)
    assert rep.errors_of("wrong_slot") == []


def test_more_pairs_beat_better_agreement():
    # gold A [0,50) overlaps preds p1 [0,100) and p2 [40,60); gold B [60,100) overlaps p1 only.
    # p1 agrees with A on 3 items, p2 on 1: greedy A-p1 leaves B and p2 unpaired (1 pair),
    # the optimal assignment is A-p2, B-p1 (2 pairs), as the contract pairs every event it can.
    gold = [doc("d1", ev(span=[0, 50], actor=["USA"], products=["steel"], measure="tariff"),
                ev(span=[60, 100], actor=["CHN"]))]
    preds = [pred("d1", span=[0, 100], actor=["USA"], products=["steel"], measure="tariff"),
             pred("d1", span=[40, 60], actor=["USA"])]
    rep = score(gold, preds)
    assert c(rep.events) == (2, 0, 0)
    # A-p2: actor USA TP, products steel FN, measure FN; B-p1: actor CHN FN / USA FP, steel FP, tariff FP
    assert c(rep.slots["actor"]) == (1, 1, 1)
    assert c(rep.slots["products"]) == (0, 1, 1)
    assert c(rep.slots["measure"]) == (0, 1, 1)


def test_ties_go_to_the_earliest_prediction():
    # two identical predictions for one gold event: the first one in the file pairs
    gold = [doc("d1", ev(actor=["USA"]))]
    preds = [{**pred("d1", actor=["USA"]), "trigger": "first"}, {**pred("d1", actor=["USA"]), "trigger": "second"}]
    rep = score(gold, preds)
    assert [e.trigger for e in rep.errors_of("spurious")] == ["second"]


def _brute_force(golds, preds):
    """Best (pairs, agreement) over every partial matching."""
    best = (0, 0)
    for k in range(min(len(golds), len(preds)) + 1):
        for gi in itertools.combinations(range(len(golds)), k):
            for pj in itertools.permutations(range(len(preds)), k):
                if all(golds[i].span[0] < preds[j].span[1] and preds[j].span[0] < golds[i].span[1]
                       for i, j in zip(gi, pj)):
                    best = max(best, (k, sum(_agreement(golds[i], preds[j]) for i, j in zip(gi, pj))))
    return best


@pytest.mark.parametrize("seed", range(8))
def test_matching_is_optimal_against_brute_force(seed):
    rng = random.Random(seed)

    def rand_event(i: int) -> Any:
        start = rng.randrange(0, 60)
        raw = ev(span=[start, start + rng.randrange(1, 40)],
                 actor=rng.sample(["USA", "CHN", "EU", "JPN"], rng.randrange(0, 3)),
                 products=rng.sample(["steel", "aluminum", "car"], rng.randrange(0, 3)),
                 measure=rng.choice([None, "tariff", "quota"]))
        return _event(raw, i, "d", None)

    golds = [rand_event(i) for i in range(rng.randrange(1, 5))]
    preds = [rand_event(i) for i in range(rng.randrange(1, 5))]
    pairs = _match(golds, preds)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    got = (len(pairs), sum(_agreement(golds[i], preds[j]) for i, j in pairs))
    assert got == _brute_force(golds, preds)


# ------------------------------------------------------------------ slots


@pytest.mark.parametrize(
    "gold_date, pred_date, expected",
    [
        ("2018-03", "2018-03-09", (1, 0, 0)),  # longer prediction cut to the month equals gold
        ("2018", "2018-03-09", (1, 0, 0)),
        ("2018-03-09", "2018-03-09", (1, 0, 0)),
        ("2018-03-09", "2018-03", (0, 1, 1)),  # shorter than gold: mismatch
        ("2018-03", "2018-04-01", (0, 1, 1)),
        ("2018", "2019", (0, 1, 1)),
        (None, "2019", (0, 1, 0)),  # gold null: FP only
        ("2018", None, (0, 0, 1)),  # prediction null: FN only
        (None, None, (0, 0, 0)),
    ],
)
def test_date_precision(gold_date, pred_date, expected):
    rep = score([doc("d1", ev(date=gold_date))], [pred("d1", date=pred_date)])
    assert c(rep.events) == (1, 0, 0)
    assert c(rep.slots["date"]) == expected


@pytest.mark.parametrize(
    "gold_rates, pred_rates, expected",
    [
        ([{"value": 25, "unit": "%"}], [{"value": 25.0000005, "unit": "%"}], (1, 0, 0)),  # within 1e-6
        ([{"value": 25, "unit": "%"}], [{"value": 25.00001, "unit": "%"}], (0, 1, 1)),  # beyond 1e-6
        ([{"value": 25, "unit": "%"}], [{"value": 25, "unit": "USD/t"}], (0, 1, 1)),  # unit differs
        ([{"value": 25, "unit": "%"}, {"value": 25, "unit": "%"}], [{"value": 25, "unit": "%"}], (1, 0, 1)),
        ([{"value": 10, "unit": "%"}, {"value": 25, "unit": "%"}],
         [{"value": 25, "unit": "%"}, {"value": 7.5, "unit": "%"}, {"value": 10, "unit": "%"}], (2, 1, 0)),
        ([], [{"value": 5, "unit": "%"}], (0, 1, 0)),
    ],
)
def test_rates_tolerance_and_multisets(gold_rates, pred_rates, expected):
    rep = score([doc("d1", ev(rates=gold_rates))], [pred("d1", rates=pred_rates)])
    assert c(rep.slots["rates"]) == expected


def test_list_slots_are_multisets():
    # actor gold [USA, USA] vs pred [USA]: 1 TP, 1 FN; target gold [] vs pred [CHN, EU]: 2 FP
    rep = score([doc("d1", ev(actor=["USA", "USA"], target=[]))],
                [pred("d1", actor=["USA"], target=["CHN", "EU"])])
    assert c(rep.slots["actor"]) == (1, 0, 1)
    assert c(rep.slots["target"]) == (0, 2, 0)


@pytest.mark.parametrize(
    "gold_value, pred_value, expected",
    [
        ("tariff", "tariff", (1, 0, 0)),
        ("tariff", "quota", (0, 1, 1)),
        (None, "tariff", (0, 1, 0)),
        ("tariff", None, (0, 0, 1)),
    ],
)
def test_scalar_slot(gold_value, pred_value, expected):
    rep = score([doc("d1", ev(measure=gold_value))], [pred("d1", measure=pred_value)])
    assert c(rep.slots["measure"]) == expected


def test_missing_gold_slot_keys_count_as_null():
    # gold gives no modality/legal_basis keys at all; the prediction's are FP only
    rep = score([doc("d1", ev())], [pred("d1", modality="asserted", legal_basis="Section 232")])
    assert c(rep.slots["modality"]) == (0, 1, 0)
    assert c(rep.slots["legal_basis"]) == (0, 1, 0)


def test_unpaired_prediction_slots_are_fp():
    # the gold event is [0,10); the prediction [50,90) does not overlap: both unpaired
    gold = [doc("d1", ev(span=[0, 10], actor=["USA"]))]
    p = pred("d1", span=[50, 90], actor=["USA", "CHN"], products=["steel", "aluminum"],
             rates=[{"value": 25, "unit": "%"}], measure="tariff", legal_basis="Section 232",
             date="2018-03-08", modality="asserted")
    rep = score(gold, [p])
    # prediction: actor 2, products 2, rates 1, measure 1, legal_basis 1, date 1, modality 1 = 9 FP
    # gold: actor 1 FN (the same "USA" does not count, the events are not paired)
    expected = {"actor": (0, 2, 1), "target": (0, 0, 0), "products": (0, 2, 0), "rates": (0, 1, 0),
                "measure": (0, 1, 0), "legal_basis": (0, 1, 0), "date": (0, 1, 0), "modality": (0, 1, 0)}
    assert {name: c(rep.slots[name]) for name in SLOTS} == expected
    assert c(rep.slots_micro) == (0, 9, 1)


def test_micro_average():
    gold = [doc("d1", ev(actor=["USA"], products=["steel", "aluminum"], measure="tariff", date="2018-03"))]
    p = pred("d1", actor=["USA", "CHN"], products=["steel"], measure="quota", date="2018-03-08")
    rep = score(gold, [p])
    # actor 1/1/0, products 1/0/1, measure 0/1/1, date 1/0/0 → micro TP 3, FP 2, FN 2
    assert c(rep.slots_micro) == (3, 2, 2)
    # P = 3/5 = 0.6, R = 3/5 = 0.6, F1 = 6/(6+2+2) = 0.6
    assert rep.slots_micro.precision == pytest.approx(0.6)
    assert rep.slots_micro.recall == pytest.approx(0.6)
    assert rep.slots_micro.f1 == pytest.approx(0.6)
    # not the macro average of per-slot F1 (1 + 2/3... would differ): actor F1 = 2/3, products 2/3
    assert rep.slots["actor"].f1 == pytest.approx(2 / 3)


def test_wrong_slot_errors_list_the_differing_slots():
    gold = [doc("d1", ev(actor=["USA"], products=["steel"], rates=[{"value": 25, "unit": "%"}], date="2018-03"))]
    rep = score(gold, [{**pred("d1", actor=["USA"], products=["aluminum"],
                               rates=[{"value": 25, "unit": "%"}], date="2018-03-02"), "trigger": "slapped"}])
    (err,) = rep.errors_of("wrong_slot")
    assert (err.doc_id, err.sentence, err.trigger, err.pred_trigger) == ("d1", SENT, "imposed", "slapped")
    assert [(d.slot, d.gold, d.pred) for d in err.diffs] == [("products", ["steel"], ["aluminum"])]


def test_gold_sentence_falls_back_to_text_span():
    text = "First sentence. Tariffs were imposed on steel."
    gold = [doc("d1", {"event_type": "impose", "span": [16, len(text)]}, text=text)]
    rep = score(gold, [])
    assert rep.errors_of("missed")[0].sentence == "Tariffs were imposed on steel."


# ------------------------------------------------------------------ documents and report


def test_document_relevance_and_ignored_predictions():
    gold = [doc("d1", ev()), doc("d2", ev()), doc("d3"), doc("d4")]
    preds = [pred("d1"), pred("d3", "negotiate"), pred("x9"), pred("x9"), pred("x8")]
    rep = score(gold, preds)
    # d1 relevant & predicted → TP; d2 relevant, no prediction → FN; d3 not relevant but predicted → FP;
    # d4 neither → nothing. P = 1/2, R = 1/2
    assert c(rep.documents) == (1, 1, 1)
    assert rep.documents.precision == 0.5 and rep.documents.recall == 0.5
    # x9 (2) and x8 (1) are not in gold: 3 ignored, not scored
    assert rep.ignored_predictions == 3
    assert rep.ignored_doc_ids == ("x8", "x9")
    assert rep.n_pred_events == 2
    assert c(rep.events) == (1, 1, 1)


def _mixed_report():
    gold = [doc("d1", ev(**STEEL), ev(**ALUM)), doc("d2", ev("negotiate", actor=["USA", "JPN"]))]
    preds = [pred("d1", **STEEL), pred("d1", "lift", **ALUM), pred("d2", "negotiate", actor=["USA"]),
             pred("zz")]
    return score(gold, preds)


def test_dataframe_shape_and_values():
    frame = _mixed_report().to_frame()
    assert list(frame.columns) == ["tp", "fp", "fn", "precision", "recall", "f1"]
    # events, 8 slots, slots (micro), documents, then types in contract order: impose, lift, negotiate
    assert list(frame.index) == ["events", *SLOTS, "slots (micro)", "documents",
                                 "type:impose", "type:lift", "type:negotiate"]
    assert frame.shape == (14, 6)
    # events: pairs d1 steel and d2 negotiate = 2 TP; lift FP; aluminum impose FN
    # P = 2/3, R = 2/3, F1 = 4/(4+1+1) = 2/3
    assert frame.loc["events", ["tp", "fp", "fn"]].tolist() == [2, 1, 1]
    assert frame.loc["events", "f1"] == pytest.approx(2 / 3)
    # actor: steel pair USA TP; negotiate pair USA TP, JPN FN; lift USA FP; aluminum USA FN → 2/1/2
    assert frame.loc["actor", ["tp", "fp", "fn"]].tolist() == [2, 1, 2]
    # micro: steel pair 7 TP; negotiate 1 TP + 1 FN; lift 7 FP; aluminum 7 FN → 8/7/8
    assert frame.loc["slots (micro)", ["tp", "fp", "fn"]].tolist() == [8, 7, 8]
    assert frame.loc["type:lift", ["tp", "fp", "fn", "precision"]].tolist() == [0, 1, 0, 0.0]
    assert frame.loc["documents", ["tp", "fp", "fn"]].tolist() == [2, 0, 0]


def test_to_dict_is_json_ready_and_rounded():
    rep = _mixed_report()
    data = rep.to_dict()
    assert list(data) == ["summary", "events", "slots", "slots_micro", "documents", "types", "confusion", "errors"]
    assert list(data["slots"]) == list(SLOTS)
    assert data["events"] == {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    # slots micro: P = 8/15 = 0.53333, R = 8/16 = 0.5, F1 = 16/(16+7+8) = 16/31 = 0.516129
    assert data["slots_micro"] == {"tp": 8, "fp": 7, "fn": 8, "precision": 0.5333, "recall": 0.5, "f1": 0.5161}
    assert data["types"]["impose"]["support"] == 2
    assert data["confusion"] == {"impose": {"lift": 1}}
    assert data["summary"]["ignored_predictions"] == 1
    assert [len(data["errors"][k]) for k in ("missed", "spurious", "wrong_slot")] == [1, 1, 1]
    assert json.loads(json.dumps(data)) == data
    assert json.dumps(rep.to_dict()) == json.dumps(data)  # deterministic


def test_format_table_ends_with_f1_lines_then_errors():
    rep = _mixed_report()
    lines = rep.format_table().splitlines()
    assert lines[-2].startswith("event F1") and "0.6667" in lines[-2]
    assert lines[-1].startswith("slot F1 (micro)") and "0.5161" in lines[-1]
    text = rep.format_table(errors=1)
    head, _, tail = text.partition("slot F1 (micro)")
    assert "event F1" in head
    assert "missed (1)" in tail and "spurious (1)" in tail and "wrong-slot (1)" in tail
    assert 'd2 [0,' in tail and "actor" in tail


def test_format_table_limits_errors_per_kind():
    gold = [doc("d1", *[ev(span=[i * 10, i * 10 + 5]) for i in range(5)])]
    text = score(gold, []).format_table(errors=2)
    assert "missed (5, first 2)" in text
    assert text.count("d1 [") == 2


# ------------------------------------------------------------------ loading


def test_load_gold_accepts_aliases(tmp_path):
    path = tmp_path / "eval_gold.jsonl"
    path.write_text(json.dumps({"id": 7, "body": "Text.", "date": "2018-01-02", "events": [ev()]}) + "\n\n"
                    + json.dumps({"doc_id": "b", "text": "Other."}) + "\n")
    docs = load_gold(path)
    assert [(d["doc_id"], d["text"], d["published"]) for d in docs] == [("7", "Text.", "2018-01-02"),
                                                                        ("b", "Other.", None)]
    assert docs[1]["events"] == []


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"doc_id": "a", "text": "x"', "not valid JSON"),
        ('{"text": "no id"}', "no doc_id"),
        ('[1, 2]', "not a JSON object"),
        ('{"doc_id": "a", "events": [{"span": [0, 1]}]}', "no event_type"),
        ('{"doc_id": "a", "events": [{"event_type": "impose", "span": [5, 1]}]}', "ends before"),
        ('{"doc_id": "a", "events": [{"event_type": "impose", "span": [0, 1], "rates": [{"value": "x"}]}]}',
         "rate"),
    ],
)
def test_load_gold_errors_name_file_and_line(tmp_path, line, message):
    path = tmp_path / "eval_bad.jsonl"
    path.write_text(json.dumps(doc("ok")) + "\n" + line + "\n")
    with pytest.raises(InputError) as info:
        load_gold(path)
    assert f"{path}:2" in str(info.value)
    assert message in str(info.value)


def test_load_gold_rejects_duplicate_doc_ids(tmp_path):
    path = tmp_path / "eval_dup.jsonl"
    path.write_text(json.dumps(doc("a")) + "\n" + json.dumps(doc("a")) + "\n")
    with pytest.raises(InputError, match=r":2: doc_id 'a' already on line 1"):
        load_gold(path)


def test_load_predictions(tmp_path):
    path = tmp_path / "eval_pred.jsonl"
    path.write_text(json.dumps(pred("a", **STEEL)) + "\n" + json.dumps({"event_type": "impose", "span": [0, 1]}) + "\n")
    with pytest.raises(InputError, match=rf"{path}:2: no doc_id"):
        load_predictions(path)
    path.write_text(json.dumps(pred("a", **STEEL)) + "\n")
    (rec,) = load_predictions(path)
    assert rec["doc_id"] == "a" and rec["products"] == ["steel"]


# ------------------------------------------------------------------ command


def _args(gold: Path, pred_path: Path | None, **kw: Any) -> SimpleNamespace:
    """Arguments as the CLI's evaluate parser builds them."""
    return SimpleNamespace(gold=str(gold), pred=None if pred_path is None else str(pred_path),
                           json_path=kw.get("json_path"), errors=kw.get("errors", 0), model=kw.get("model"))


def _write(path: Path, rows: list[dict]) -> Path:
    """Write JSONL."""
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_cli_scores_files_and_writes_json(tmp_path, capsys):
    gold = _write(tmp_path / "eval_gold.jsonl", [doc("d1", ev(**STEEL), ev(**ALUM))])
    preds = _write(tmp_path / "eval_pred.jsonl", [pred("d1", **ALUM), pred("other", **STEEL)])
    out = tmp_path / "report.json"
    from extractor.cli import main

    rc = main(["evaluate", str(gold), str(preds), "--json", str(out), "--errors", "3"])
    captured = capsys.readouterr()
    assert rc == 0
    assert "event F1" in captured.out and "missed (1)" in captured.out
    assert "ignored 1 predictions" in captured.err and "other" in captured.err
    data = json.loads(out.read_text())
    # 1 pair (aluminum), 1 missed: P = 1, R = 0.5, F1 = 2/3
    assert data["events"] == {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert data["slots_micro"]["tp"] == 7 and data["slots_micro"]["fn"] == 7
    assert data["summary"]["ignored_doc_ids"] == ["other"]


@pytest.mark.parametrize("which", ["gold", "pred"])
def test_cli_malformed_line_exits_2(tmp_path, capsys, which):
    good_gold = [doc("d1", ev())]
    gold = _write(tmp_path / "eval_gold.jsonl", good_gold)
    preds = _write(tmp_path / "eval_pred.jsonl", [pred("d1")])
    bad = gold if which == "gold" else preds
    bad.write_text(bad.read_text() + '{"doc_id": "d2", oops\n')
    rc = evaluate_command(_args(gold, preds))
    captured = capsys.readouterr()
    assert rc == 2
    assert f"{bad}:2" in captured.err
    assert "Traceback" not in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert captured.out == ""


def test_cli_missing_file_exits_2(tmp_path, capsys):
    rc = evaluate_command(_args(tmp_path / "eval_nope.jsonl", None))
    assert rc == 2
    assert "eval_nope.jsonl" in capsys.readouterr().err


class _FakeEvent:
    """Stands in for extractor.records.Event."""

    def __init__(self, record: dict) -> None:
        self.record = record

    def to_dict(self) -> dict:
        """The record."""
        return dict(self.record)


class _FakeExtractor:
    """Stands in for extractor.api.Extractor: predicts STEEL for every document."""

    seen: list = []

    def __init__(self, model: str | None = None) -> None:
        _FakeExtractor.seen.append(("model", model))

    def extract_many(self, docs):
        """Yield (doc, events) pairs."""
        for d in docs:
            _FakeExtractor.seen.append(("doc", d.doc_id, d.published))
            yield d, [_FakeEvent(pred(d.doc_id, **STEEL))]


def test_cli_without_predictions_runs_the_extractor(tmp_path, capsys, monkeypatch):
    fake = types.ModuleType("extractor.api")
    fake.Extractor = _FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "extractor.api", fake)
    _FakeExtractor.seen = []
    gold = _write(tmp_path / "eval_gold.jsonl", [doc("d1", ev(**STEEL), ev(**ALUM)), doc("d2")])
    out = tmp_path / "r.json"
    rc = evaluate_command(_args(gold, None, json_path=str(out), model="my_model"))
    assert rc == 0, capsys.readouterr().err
    assert _FakeExtractor.seen == [("model", "my_model"), ("doc", "d1", "2018-03-10"), ("doc", "d2", "2018-03-10")]
    data = json.loads(out.read_text())
    # d1: steel pairs, aluminum missed; d2: one spurious → events 1/1/1; documents d1 TP, d2 FP
    assert [data["events"][k] for k in ("tp", "fp", "fn")] == [1, 1, 1]
    assert [data["documents"][k] for k in ("tp", "fp", "fn")] == [1, 1, 0]


@pytest.mark.slow
def test_cli_with_the_real_extractor(tmp_path, capsys):
    pytest.importorskip("extractor.api")
    gold = _write(tmp_path / "eval_gold.jsonl",
                  [doc("d1", ev(span=[0, 58], actor=["USA"], target=["CHN"], products=["steel"],
                                rates=[{"value": 25, "unit": "%"}], measure="tariff"),
                       text="Washington slapped 25% tariffs on Chinese steel on Friday.")])
    out = tmp_path / "r.json"
    rc = evaluate_command(_args(gold, None, json_path=str(out)))
    assert rc == 0, capsys.readouterr().err
    assert json.loads(out.read_text())["summary"]["gold_events"] == 1


@pytest.mark.shared
@pytest.mark.skipif(not os.environ.get("TRADE_EVENTS_SHARED"), reason="set TRADE_EVENTS_SHARED=1 to read ../shared")
def test_seed_gold_scores_perfectly_against_itself():
    path = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "seeds.gold.jsonl"
    gold = load_gold(path)
    preds = [{**e, "doc_id": d["doc_id"]} for d in gold for e in d["events"]]
    rep = score(gold, list(reversed(preds)))
    assert rep.events.f1 == 1.0 and rep.slots_micro.f1 == 1.0


@pytest.mark.parametrize("name", ["reuters.gold.jsonl", "reuters-dev2.gold.jsonl", "reuters-dev3.gold.jsonl", "reuters-dev4.gold.jsonl",
                                  "reuters-test.gold.jsonl", "reuters-test2.gold.jsonl"])
def test_real_news_gold_files_follow_the_contract(name):
    """The committed real-news gold (no archive text) loads and uses only the contract's values."""
    from extractor.records import EVENT_TYPES, MEASURES, MODALITIES

    docs = load_gold(ROOT / "benchmarks" / "realnews" / name)
    assert len(docs) >= 15 and all(d["text"] is None for d in docs)
    events = [e for d in docs for e in d["events"]]
    assert events
    for e in events:
        assert e["event_type"] in EVENT_TYPES and e["modality"] in MODALITIES
        assert e["measure"] is None or e["measure"] in MEASURES
        assert e["actor"] == sorted(e["actor"]) and e["target"] == sorted(e["target"])
        assert e["span"][0] < e["span"][1]
