"""Score predicted event records against gold annotations (the contract's "How a prediction is scored").

Pairing: per document and event type, a predicted and a gold event may pair when their
half-open spans [start, end) overlap. The pairing maximises first the number of pairs, then
the number of agreeing slot items; remaining ties go to the pairing that gives each gold event,
in file order, the earliest possible prediction (in file order). It is computed exactly with
the Hungarian algorithm on integer weights that encode this lexicographic order.
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from extractor.records import EVENT_TYPES, Document, InputError

LIST_SLOTS = ("actor", "target", "products")
SCALAR_SLOTS = ("measure", "legal_basis", "date", "modality")
SLOTS = ("actor", "target", "products", "rates", "measure", "legal_basis", "date", "modality")
RATE_TOLERANCE = 1e-6
ERROR_KINDS = ("missed", "spurious", "wrong_slot")
FRAME_COLUMNS = ("tp", "fp", "fn", "precision", "recall", "f1")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 (0.0 on an empty denominator)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        """Element-wise sum."""
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 2tp / (2tp + fp + fn)."""
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 0.0

    @property
    def support(self) -> int:
        """Number of gold items, tp + fn."""
        return self.tp + self.fn

    def to_dict(self) -> dict[str, Any]:
        """JSON form, floats rounded to 4 places."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class SlotDiff:
    """One slot on which a paired gold and predicted event disagree."""

    slot: str
    gold: Any
    pred: Any

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"slot": self.slot, "gold": self.gold, "pred": self.pred}


@dataclass(frozen=True)
class EventError:
    """A missed, spurious or wrong-slot event (sentence and trigger of the gold event, or of the prediction when spurious)."""

    kind: str
    doc_id: str
    event_type: str
    span: tuple[int, int]
    sentence: str
    trigger: str
    pred_trigger: str | None = None
    diffs: tuple[SlotDiff, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "span": [self.span[0], self.span[1]],
            "sentence": self.sentence,
            "trigger": self.trigger,
        }
        if self.kind == "wrong_slot":
            out["pred_trigger"] = self.pred_trigger
            out["diffs"] = [d.to_dict() for d in self.diffs]
        return out


@dataclass
class Report:
    """Everything `score` measures."""

    events: Counts
    slots: dict[str, Counts]
    types: dict[str, Counts]
    documents: Counts
    confusion: dict[str, dict[str, int]]
    errors: list[EventError]
    n_gold_docs: int = 0
    n_gold_events: int = 0
    n_pred_events: int = 0
    ignored_predictions: int = 0
    ignored_doc_ids: tuple[str, ...] = ()

    @property
    def slots_micro(self) -> Counts:
        """Slot counts summed over all slots."""
        total = Counts()
        for name in SLOTS:
            total = total + self.slots.get(name, Counts())
        return total

    def errors_of(self, kind: str) -> list[EventError]:
        """The errors of one kind (`missed`, `spurious`, `wrong_slot`), in file order."""
        return [e for e in self.errors if e.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with a fixed key order and floats rounded to 4 places."""
        return {
            "summary": {
                "gold_documents": self.n_gold_docs,
                "gold_events": self.n_gold_events,
                "predicted_events": self.n_pred_events,
                "ignored_predictions": self.ignored_predictions,
                "ignored_doc_ids": list(self.ignored_doc_ids),
            },
            "events": self.events.to_dict(),
            "slots": {name: self.slots[name].to_dict() for name in SLOTS},
            "slots_micro": self.slots_micro.to_dict(),
            "documents": self.documents.to_dict(),
            "types": {t: {**c.to_dict(), "support": c.support} for t, c in self.types.items()},
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
            "errors": {kind: [e.to_dict() for e in self.errors_of(kind)] for kind in ERROR_KINDS},
        }

    def rows(self) -> list[tuple[str, Counts]]:
        """The table rows: events, each slot, micro slots, documents, then each event type."""
        out: list[tuple[str, Counts]] = [("events", self.events)]
        out += [(name, self.slots[name]) for name in SLOTS]
        out.append(("slots (micro)", self.slots_micro))
        out.append(("documents", self.documents))
        out += [(f"type:{t}", c) for t, c in self.types.items()]
        return out

    def to_frame(self) -> "Any":
        """A pandas DataFrame indexed by row name with columns tp, fp, fn, precision, recall, f1."""
        import pandas as pd

        rows = self.rows()
        data = [[c.tp, c.fp, c.fn, c.precision, c.recall, c.f1] for _, c in rows]
        frame = pd.DataFrame(data, index=[name for name, _ in rows], columns=list(FRAME_COLUMNS))
        frame.index.name = "metric"
        return frame

    def format_table(self, errors: int = 0) -> str:
        """An aligned terminal table; ends with the event and micro slot F1, then up to `errors` errors per kind."""
        rows = self.rows()
        width = max(len(name) for name, _ in rows) + 2
        head = f"{'':<{width}}{'tp':>6}{'fp':>6}{'fn':>6}{'prec':>8}{'rec':>8}{'f1':>8}{'support':>9}"
        lines = [
            f"gold: {self.n_gold_docs} documents, {self.n_gold_events} events; "
            f"predicted: {self.n_pred_events} events",
        ]
        if self.ignored_predictions:
            lines.append(f"ignored: {self.ignored_predictions} predictions for "
                         f"{len(self.ignored_doc_ids)} doc_ids not in gold")
        lines += ["", head, "-" * len(head)]
        group = ""
        for name, c in rows:
            kind = _row_group(name)
            if kind != group and group:
                lines.append("")
            group = kind
            lines.append(f"{name:<{width}}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
                         f"{c.precision:>8.4f}{c.recall:>8.4f}{c.f1:>8.4f}{c.support:>9}")
        if self.confusion:
            lines += ["", "confusion (unpaired gold type -> overlapping unpaired predicted type):"]
            for g, row in self.confusion.items():
                lines += [f"  {g:<12} -> {p:<12} {n:>4}" for p, n in row.items()]
        ev, sl = self.events, self.slots_micro
        lines += [
            "",
            f"event F1         {ev.f1:.4f}  (P {ev.precision:.4f}, R {ev.recall:.4f})",
            f"slot F1 (micro)  {sl.f1:.4f}  (P {sl.precision:.4f}, R {sl.recall:.4f})",
        ]
        if errors > 0:
            lines += _format_errors(self, errors)
        return "\n".join(lines)


def _row_group(name: str) -> str:
    """Which block of the table a row belongs to (a blank line separates blocks)."""
    if name in SLOTS:
        return "slots"
    return "types" if name.startswith("type:") else name


def _format_errors(report: Report, limit: int) -> list[str]:
    """Error listing lines, at most `limit` per kind."""
    lines: list[str] = []
    for kind in ERROR_KINDS:
        found = report.errors_of(kind)
        lines += ["", f"{kind.replace('_', '-')} ({len(found)}{', first ' + str(limit) if len(found) > limit else ''}):"]
        for err in found[:limit]:
            trig = err.trigger if err.pred_trigger in (None, err.trigger) else f"{err.trigger} / {err.pred_trigger}"
            lines.append(f"  {err.doc_id} [{err.span[0]},{err.span[1]}) {err.event_type} \"{trig}\": {_shorten(err.sentence)}")
            for d in err.diffs:
                lines.append(f"      {d.slot}: gold {_show(d.gold)}  pred {_show(d.pred)}")
    return lines


def _shorten(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _show(value: Any) -> str:
    """Compact display of a slot value."""
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- loading


def _read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed JSON) for each non-blank line; errors name the file and line."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    try:
        with opener(p, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{p}:{lineno}: not valid JSON ({exc.msg})") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text ({exc.reason})") from None
    except (OSError, EOFError) as exc:
        raise InputError(f"{p}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None


def _check_event(event: Any, where: str) -> None:
    """Raise InputError unless `event` is an object with an event_type and a valid span."""
    if not isinstance(event, Mapping):
        raise InputError(f"{where}: event is not a JSON object")
    if not isinstance(event.get("event_type"), str) or not event["event_type"]:
        raise InputError(f"{where}: event has no event_type")
    try:
        _span(event)
        _slot_values(event)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None


def load_gold(path: str | Path) -> list[dict]:
    """Read gold JSONL (input fields plus `events`); accepts `id`, `body` and `date` aliases."""
    docs: list[dict] = []
    seen: dict[str, int] = {}
    for lineno, obj in _read_jsonl(path):
        where = f"{path}:{lineno}"
        if not isinstance(obj, Mapping):
            raise InputError(f"{where}: line is not a JSON object")
        doc_id = obj.get("doc_id", obj.get("id"))
        if doc_id is None or isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or not str(doc_id).strip():
            raise InputError(f"{where}: no doc_id (or id)")
        doc_id = str(doc_id)
        if doc_id in seen:
            raise InputError(f"{where}: doc_id {doc_id!r} already on line {seen[doc_id]}")
        seen[doc_id] = lineno
        events = obj.get("events", [])
        if events is None:
            events = []
        if not isinstance(events, list):
            raise InputError(f"{where}: events is not a list")
        for i, ev in enumerate(events):
            _check_event(ev, f"{where}: event {i}")
        doc = dict(obj)
        doc["doc_id"] = doc_id
        doc["text"] = obj.get("text", obj.get("body"))
        doc["published"] = obj.get("published", obj.get("date"))
        doc["events"] = [dict(ev) for ev in events]
        docs.append(doc)
    return docs


def load_predictions(path: str | Path) -> list[dict]:
    """Read predicted event records (JSONL, each with doc_id, event_type, span and slots)."""
    preds: list[dict] = []
    for lineno, obj in _read_jsonl(path):
        where = f"{path}:{lineno}"
        if not isinstance(obj, Mapping):
            raise InputError(f"{where}: line is not a JSON object")
        doc_id = obj.get("doc_id")
        if doc_id is None or isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
            raise InputError(f"{where}: no doc_id")
        _check_event(obj, where)
        rec = dict(obj)
        rec["doc_id"] = str(doc_id)
        preds.append(rec)
    return preds


# ---------------------------------------------------------------- normalisation


@dataclass(frozen=True)
class _Ev:
    """An event reduced to what scoring needs."""

    index: int
    doc_id: str
    event_type: str
    span: tuple[int, int]
    slots: dict[str, Any] = field(hash=False, compare=False)
    sentence: str = ""
    trigger: str = ""


def _span(event: Mapping[str, Any]) -> tuple[int, int]:
    """The event's [start, end) span as two ints; ValueError if malformed."""
    span = event.get("span")
    if not isinstance(span, (list, tuple)) or len(span) != 2:
        raise ValueError("span is not [start, end]")
    out = []
    for x in span:
        if isinstance(x, bool) or not isinstance(x, (int, float)) or int(x) != x:
            raise ValueError(f"span {list(span)} does not hold two integers")
        out.append(int(x))
    if out[0] > out[1]:
        raise ValueError(f"span {list(span)} ends before it starts")
    return out[0], out[1]


def _as_list(value: Any) -> list[Any]:
    """None → [], a scalar → [scalar], a list stays a list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [v for v in value if v is not None]
    return [value]


def _rate(value: Any) -> tuple[float, str]:
    """A rate as (value, unit); accepts {value, unit} or a bare number (unit %)."""
    if isinstance(value, Mapping):
        raw, unit = value.get("value"), value.get("unit") or "%"
    else:
        raw, unit = value, "%"
    if isinstance(raw, bool):
        raise ValueError(f"rate {value!r} has no numeric value")
    try:
        number = float(raw)
    except (TypeError, ValueError):
        raise ValueError(f"rate {value!r} has no numeric value") from None
    if math.isnan(number):
        raise ValueError(f"rate {value!r} is NaN")
    return number, str(unit).strip()


def _scalar(value: Any) -> str | None:
    """None or blank → None, else the value as a stripped string."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _slot_values(event: Mapping[str, Any]) -> dict[str, Any]:
    """The eight scored slots, normalised: lists of strings, a list of (value, unit) rates, scalars or None."""
    out: dict[str, Any] = {}
    for name in LIST_SLOTS:
        out[name] = [str(v) for v in _as_list(event.get(name))]
    out["rates"] = [_rate(r) for r in _as_list(event.get("rates"))]
    for name in SCALAR_SLOTS:
        out[name] = _scalar(event.get(name))
    return out


def _event(raw: Any, index: int, doc_id: str, text: str | None) -> _Ev:
    """Normalise one gold or predicted event record."""
    if hasattr(raw, "to_dict") and not isinstance(raw, Mapping):
        raw = raw.to_dict()
    _check_event(raw, f"doc {doc_id}, event {index}")
    span = _span(raw)
    sentence = raw.get("sentence")
    if not isinstance(sentence, str):
        sentence = text[span[0]:span[1]] if isinstance(text, str) else ""
    return _Ev(
        index=index,
        doc_id=doc_id,
        event_type=str(raw["event_type"]),
        span=span,
        slots=_slot_values(raw),
        sentence=sentence,
        trigger=str(raw.get("trigger") or ""),
    )


# ---------------------------------------------------------------- slot comparison


def _date_match(gold: str, pred: str) -> bool:
    """True when `pred` cut to the precision of `gold` (year, month, day) equals `gold`."""
    gold_parts = gold[:10].split("-")
    pred_parts = pred[:10].split("-")
    return len(pred_parts) >= len(gold_parts) and pred_parts[: len(gold_parts)] == gold_parts


def _rate_tp(gold: Sequence[tuple[float, str]], pred: Sequence[tuple[float, str]]) -> int:
    """Size of a maximum matching of rates with equal unit and values within RATE_TOLERANCE."""
    matched = 0
    for unit in {u for _, u in gold} & {u for _, u in pred}:
        g = sorted(v for v, u in gold if u == unit)
        p = sorted(v for v, u in pred if u == unit)
        i = j = 0
        while i < len(g) and j < len(p):  # two-pointer greedy is optimal for 1-D tolerance matching
            if abs(g[i] - p[j]) <= RATE_TOLERANCE:
                matched, i, j = matched + 1, i + 1, j + 1
            elif g[i] < p[j]:
                i += 1
            else:
                j += 1
    return matched


def _slot_counts(name: str, gold: Any, pred: Any) -> Counts:
    """TP/FP/FN of one slot between a gold value and a predicted value (None/[] when the event is absent)."""
    if name in LIST_SLOTS:
        tp = sum((Counter(gold) & Counter(pred)).values())
        return Counts(tp, len(pred) - tp, len(gold) - tp)
    if name == "rates":
        tp = _rate_tp(gold, pred)
        return Counts(tp, len(pred) - tp, len(gold) - tp)
    if gold is None or pred is None:
        return Counts(0, int(pred is not None), int(gold is not None))
    same = _date_match(gold, pred) if name == "date" else gold == pred
    return Counts(1, 0, 0) if same else Counts(0, 1, 1)


def _pair_counts(gold: _Ev | None, pred: _Ev | None) -> dict[str, Counts]:
    """Per-slot counts of a pair, or of an unpaired gold (all FN) or predicted (all FP) event."""
    empty = {n: ([] if n in LIST_SLOTS or n == "rates" else None) for n in SLOTS}
    g = gold.slots if gold is not None else empty
    p = pred.slots if pred is not None else empty
    return {name: _slot_counts(name, g[name], p[name]) for name in SLOTS}


def _agreement(gold: _Ev, pred: _Ev) -> int:
    """Number of agreeing slot items (slot TPs) of a candidate pair."""
    return sum(c.tp for c in _pair_counts(gold, pred).values())


def _display(name: str, value: Any) -> Any:
    """A normalised slot value in JSON form."""
    if name == "rates":
        return [{"value": v, "unit": u} for v, u in value]
    return value


# ---------------------------------------------------------------- matching


def _hungarian_max(weights: list[list[int]]) -> list[int]:
    """Maximum-weight assignment of rows to columns (rows <= columns); returns the column of each row."""
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv: list[Any] = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    assignment = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            assignment[p[j] - 1] = j - 1
    return assignment


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Half-open intervals [start, end) overlap."""
    return a[0] < b[1] and b[0] < a[1]


def _match(golds: Sequence[_Ev], preds: Sequence[_Ev]) -> list[tuple[int, int]]:
    """Optimal (gold position, pred position) pairs among events of one document and type."""
    if not golds or not preds:
        return []
    agree = {
        (i, j): _agreement(g, p)
        for i, g in enumerate(golds)
        for j, p in enumerate(preds)
        if _overlap(g.span, p.span)
    }
    if not agree:
        return []
    ng, np_ = len(golds), len(preds)
    base = np_ + 1
    tie_scale = base ** ng  # the tie-break term, a base-(np+1) number with one digit per gold, stays below this
    max_agree = sum(max((a for (i, _), a in agree.items() if i == gi), default=0) for gi in range(ng))
    pair_scale = tie_scale * (max_agree + 1)
    size = max(ng, np_)
    weights = [[0] * size for _ in range(size)]
    for (i, j), a in agree.items():
        weights[i][j] = pair_scale + a * tie_scale + (np_ - j) * base ** (ng - 1 - i)
    assignment = _hungarian_max(weights)
    return [(i, j) for i, j in enumerate(assignment[:ng]) if (i, j) in agree]


# ---------------------------------------------------------------- scoring


def _type_key(event_type: str) -> tuple[int, str]:
    """Sort key: the contract's type order, unknown types after, alphabetically."""
    return (EVENT_TYPES.index(event_type) if event_type in EVENT_TYPES else len(EVENT_TYPES), event_type)


def _wrong_slot(gold: _Ev, pred: _Ev, counts: Mapping[str, Counts]) -> EventError | None:
    """The wrong-slot error of a pair, or None when all slots agree."""
    diffs = tuple(
        SlotDiff(name, _display(name, gold.slots[name]), _display(name, pred.slots[name]))
        for name in SLOTS
        if counts[name].fp or counts[name].fn
    )
    if not diffs:
        return None
    return EventError("wrong_slot", gold.doc_id, gold.event_type, gold.span, gold.sentence,
                      gold.trigger, pred.trigger, diffs)


def _unpaired_error(kind: str, ev: _Ev) -> EventError:
    """A missed or spurious error."""
    return EventError(kind, ev.doc_id, ev.event_type, ev.span, ev.sentence, ev.trigger)


def _gold_events(gold_docs: Iterable[Mapping[str, Any]]) -> tuple[list[str], dict[str, list[_Ev]]]:
    """Gold doc ids in order and their normalised events."""
    order: list[str] = []
    events: dict[str, list[_Ev]] = {}
    for doc in gold_docs:
        doc_id = doc.get("doc_id", doc.get("id"))
        if doc_id is None:
            raise InputError("gold document without doc_id")
        doc_id = str(doc_id)
        if doc_id in events:
            raise InputError(f"gold doc_id {doc_id!r} appears twice")
        text = doc.get("text", doc.get("body"))
        order.append(doc_id)
        events[doc_id] = [_event(ev, i, doc_id, text) for i, ev in enumerate(doc.get("events") or [])]
    return order, events


def score(gold_docs: Sequence[Mapping[str, Any]], pred_events: Sequence[Any]) -> Report:
    """Score predicted event records against gold documents by the contract's rules."""
    order, gold_by_doc = _gold_events(gold_docs)
    pred_by_doc: dict[str, list[_Ev]] = {d: [] for d in order}
    ignored: Counter[str] = Counter()
    for index, raw in enumerate(pred_events):
        rec = raw.to_dict() if hasattr(raw, "to_dict") and not isinstance(raw, Mapping) else raw
        if not isinstance(rec, Mapping):
            raise InputError(f"prediction {index} is not an object")
        doc_id = str(rec.get("doc_id"))
        if doc_id not in pred_by_doc:
            ignored[doc_id] += 1
            continue
        pred_by_doc[doc_id].append(_event(rec, index, doc_id, None))

    slot_totals = {name: Counts() for name in SLOTS}
    type_totals: dict[str, Counts] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    errors: list[EventError] = []
    events_total = docs_total = Counts()

    for doc_id in order:
        golds, preds = gold_by_doc[doc_id], pred_by_doc[doc_id]
        docs_total = docs_total + Counts(int(bool(golds) and bool(preds)), int(bool(preds) and not golds),
                                         int(bool(golds) and not preds))
        pairs: list[tuple[_Ev, _Ev]] = []
        for etype in sorted({e.event_type for e in golds + preds}, key=_type_key):
            g_t = [e for e in golds if e.event_type == etype]
            p_t = [e for e in preds if e.event_type == etype]
            matched = [(g_t[i], p_t[j]) for i, j in _match(g_t, p_t)]
            pairs += matched
            type_totals[etype] = type_totals.get(etype, Counts()) + Counts(
                len(matched), len(p_t) - len(matched), len(g_t) - len(matched))
        paired_gold = {id(g) for g, _ in pairs}
        paired_pred = {id(p) for _, p in pairs}
        miss = [g for g in golds if id(g) not in paired_gold]
        spur = [p for p in preds if id(p) not in paired_pred]
        events_total = events_total + Counts(len(pairs), len(spur), len(miss))

        pairs.sort(key=lambda gp: gp[0].index)
        for g, p in pairs:
            counts = _pair_counts(g, p)
            for name in SLOTS:
                slot_totals[name] = slot_totals[name] + counts[name]
            err = _wrong_slot(g, p, counts)
            if err:
                errors.append(err)
        for g in miss:
            for name, c in _pair_counts(g, None).items():
                slot_totals[name] = slot_totals[name] + c
            errors.append(_unpaired_error("missed", g))
            for p in spur:
                if _overlap(g.span, p.span):
                    confusion[(g.event_type, p.event_type)] += 1
        for p in spur:
            for name, c in _pair_counts(None, p).items():
                slot_totals[name] = slot_totals[name] + c
            errors.append(_unpaired_error("spurious", p))

    confusion_table: dict[str, dict[str, int]] = {}
    for (g_type, p_type) in sorted(confusion, key=lambda k: (_type_key(k[0]), _type_key(k[1]))):
        confusion_table.setdefault(g_type, {})[p_type] = confusion[(g_type, p_type)]
    kind_rank = {k: i for i, k in enumerate(ERROR_KINDS)}
    doc_rank = {d: i for i, d in enumerate(order)}
    errors.sort(key=lambda e: (kind_rank[e.kind], doc_rank[e.doc_id]))  # stable: file order within a document

    return Report(
        events=events_total,
        slots=slot_totals,
        types={t: type_totals[t] for t in sorted(type_totals, key=_type_key)},
        documents=docs_total,
        confusion=confusion_table,
        errors=errors,
        n_gold_docs=len(order),
        n_gold_events=sum(len(v) for v in gold_by_doc.values()),
        n_pred_events=sum(len(v) for v in pred_by_doc.values()),
        ignored_predictions=sum(ignored.values()),
        ignored_doc_ids=tuple(sorted(ignored)),
    )


# ---------------------------------------------------------------- command


def _predict(gold_docs: Sequence[Mapping[str, Any]], gold_path: str, model: str | None) -> list[dict]:
    """Run the extractor on the gold documents and return its event records."""
    docs = []
    for d in gold_docs:
        try:
            docs.append(Document.from_dict({k: v for k, v in d.items() if k != "events"}))
        except InputError as exc:
            raise InputError(f"{gold_path}: document {d.get('doc_id')!r}: {exc}") from None
    try:
        from extractor.api import Extractor
    except ImportError as exc:
        raise InputError(f"cannot run the extractor: {exc}") from None
    try:
        ex = Extractor(model=model)
    except OSError as exc:
        raise InputError(f"cannot load the model {model or '(default)'}: {exc}") from None
    out: list[dict] = []
    for _doc, events in ex.extract_many(docs):
        out.extend(e.to_dict() for e in events)
    return out


def evaluate_command(args: Any) -> int:
    """`trade-events evaluate`: print the score table, optionally write JSON; 2 on bad input."""
    prog = "trade-events evaluate"
    try:
        gold = load_gold(args.gold)
        pred_path = getattr(args, "pred", None)
        if pred_path is None:
            preds = _predict(gold, str(args.gold), getattr(args, "model", None))
        else:
            preds = load_predictions(pred_path)
        report = score(gold, preds)
    except InputError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    if report.ignored_predictions:
        shown = ", ".join(report.ignored_doc_ids[:5]) + (", …" if len(report.ignored_doc_ids) > 5 else "")
        print(f"{prog}: warning: ignored {report.ignored_predictions} predictions for "
              f"{len(report.ignored_doc_ids)} doc_ids not in gold ({shown})", file=sys.stderr)
    print(report.format_table(errors=max(0, int(getattr(args, "errors", 0) or 0))))
    json_path = getattr(args, "json_path", None)
    if json_path:
        try:
            Path(json_path).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
        except OSError as exc:
            print(f"{prog}: {json_path}: cannot write ({exc.strerror or exc})", file=sys.stderr)
            return 2
    return 0
