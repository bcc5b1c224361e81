"""trade-events: extract trade-policy events from news articles as structured records.

    >>> from extractor import Extractor
    >>> ex = Extractor()
    >>> events = ex.extract("Washington slapped 25% tariffs on Chinese steel on Friday.",
    ...                     doc_id="a1", published="2018-03-10")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("trade-events")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+src"

from extractor.records import Document, Event, InputError, Rate, TradeValue  # noqa: E402

__all__ = ["Extractor", "Document", "Event", "InputError", "Rate", "TradeValue", "__version__"]


def __getattr__(name: str):
    """Import the Extractor lazily so that `import extractor` does not load spaCy."""
    if name == "Extractor":
        from extractor.api import Extractor

        return Extractor
    raise AttributeError(name)
