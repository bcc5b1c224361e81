"""Data classes for input documents and output event records (see docs/EVENT_SCHEMA.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Mapping

EVENT_TYPES = ("impose", "lift", "exempt", "investigate", "negotiate", "agree", "dispute")
MEASURES = (
    "tariff",
    "quota",
    "anti_dumping",
    "countervailing",
    "safeguard",
    "export_control",
    "import_ban",
    "sanction",
    "subsidy",
    "other",
)
MODALITIES = ("asserted", "planned", "threatened", "requested", "negated")
PROVENANCE = ("title", "url", "source")


class InputError(ValueError):
    """A document that cannot be processed; the message says why."""


@dataclass(frozen=True)
class Document:
    """One input article."""

    doc_id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Document":
        """Build a document from a JSON object, accepting the contract's aliases."""
        if not isinstance(data, Mapping):
            raise InputError("line is not a JSON object")
        doc_id = data.get("doc_id", data.get("id"))
        text = data.get("text", data.get("body"))
        published = data.get("published", data.get("date"))
        if doc_id is None or (isinstance(doc_id, str) and not doc_id.strip()):
            raise InputError("no doc_id (or id)")
        if not isinstance(doc_id, (str, int)):
            raise InputError(f"doc_id is a {type(doc_id).__name__}, not a string")
        if text is None:
            raise InputError("no text (or body)")
        if not isinstance(text, str):
            raise InputError(f"text is a {type(text).__name__}, not a string")
        if published is not None and not isinstance(published, str):
            raise InputError(f"published is a {type(published).__name__}, not a string")
        extra = {k: data.get(k) for k in PROVENANCE if isinstance(data.get(k), str)}
        return cls(doc_id=str(doc_id), text=text, published=published or None, **extra)


@dataclass(frozen=True)
class Rate:
    """A tariff rate: `value` in `unit` (`%` for ad valorem)."""

    value: float
    unit: str = "%"

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"value": float(self.value), "unit": self.unit}


@dataclass(frozen=True)
class TradeValue:
    """The value of trade a measure covers."""

    amount: float
    currency: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"amount": float(self.amount), "currency": self.currency}


@dataclass
class Event:
    """One trade-policy event, as written to the output JSONL."""

    doc_id: str
    event_type: str
    sentence: str
    span: tuple[int, int]
    trigger: str
    measure: str | None = None
    actor: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    rates: list[Rate] = field(default_factory=list)
    trade_value: TradeValue | None = None
    legal_basis: str | None = None
    date: str | None = None
    modality: str = "asserted"
    retaliatory: bool = False
    actor_text: list[str] = field(default_factory=list)
    target_text: list[str] = field(default_factory=list)
    date_text: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    confidence: float = 0.5
    extractor_version: str = ""

    @property
    def event_id(self) -> str:
        """Stable id: a hash of doc_id, span, type and trigger (plus products and rates to tell apart split events)."""
        key = json.dumps(
            [self.doc_id, list(self.span), self.event_type, self.trigger, self.products,
             [r.to_dict() for r in self.rates], self.target],
            ensure_ascii=False,
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The record in the contract's field order."""
        return {
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "measure": self.measure,
            "actor": list(self.actor),
            "target": list(self.target),
            "products": list(self.products),
            "rates": [r.to_dict() for r in self.rates],
            "trade_value": self.trade_value.to_dict() if self.trade_value else None,
            "legal_basis": self.legal_basis,
            "date": self.date,
            "modality": self.modality,
            "retaliatory": self.retaliatory,
            "trigger": self.trigger,
            "sentence": self.sentence,
            "span": [int(self.span[0]), int(self.span[1])],
            "actor_text": list(self.actor_text),
            "target_text": list(self.target_text),
            "date_text": self.date_text,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "confidence": round(float(self.confidence), 3),
            "extractor_version": self.extractor_version,
        }
