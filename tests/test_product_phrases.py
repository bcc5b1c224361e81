"""Unknown products read from syntax: singular forms and the phrases a measure governs."""

from __future__ import annotations

import pytest

from extractor.product_phrases import singular

INVARIANT = frozenset({"jeans", "aircraft", "clothes"})


@pytest.mark.parametrize(
    "word, expected",
    [
        ("bellies", "belly"),
        ("boxes", "box"),
        ("tomatoes", "tomato"),
        ("cars", "car"),
        ("glass", "glass"),
        ("jeans", "jeans"),
        ("aircraft", "aircraft"),
        ("lawnmowers", "lawnmower"),
        ("peaches", "peach"),
        ("gas", "gas"),
    ],
)
def test_singular(word, expected):
    assert singular(word, INVARIANT) == expected
