"""The JSON Schema of an event record, shipped with the package."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def event_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output record."""
    return json.loads(resources.files("extractor.schema").joinpath("event.schema.json").read_text(encoding="utf-8"))


def validate_event(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError if `record` breaks the schema."""
    import jsonschema

    jsonschema.validate(record, event_schema(), cls=jsonschema.Draft202012Validator)
