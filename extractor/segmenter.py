"""The `trade_segmenter` component: sentence starts from the layout of news copy.

Runs before the parser, which respects the starts it sets: a headline is a sentence
of its own, no sentence crosses a blank line, a line that ends a sentence ends it.
Boilerplate lines ("Font Size S M L Print", "Reporting by ...") and datelines
("BRUSSELS, Sept 13 (Reuters) -") are marked as spans so later stages can skip them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from extractor.resources import ResourceFileError, models_dir_or_default, read_jsonl

LINE = re.compile(r"[^\n]*(?:\n|$)")
SENTENCE_END = tuple('.!?"\'”’)]:')
LAYOUT_TEXT = "trade_layout_text"  # Doc.user_data key: the original text when the model reads line wraps as spaces
HEADLINE_CLAUSE = re.compile(r";\s+(?=\S)")  # a headline joins its stories with semicolons
# ... or with a comma before a second subject and its verb: "Sri Lanka to end car import ban, Pakistan halts sugar exports"
# (but not "Japan, Netherlands agree to …", one verb for both subjects).
HEADLINE_COMMA_CLAUSE = re.compile(r",\s+(?=(?:[A-Z][\w.'-]*\s+){1,3}(?:to\s+[a-z]+|[a-z]+[^s\W]s)\b)")
CLOSERS = frozenset('"\'”’)]')
BULLET = re.compile(r"\s*[-•*–—]\s+\S")  # a list item: "- Aug. 23, 2018: …", "• The EU …"
BULLET_BREAKS = frozenset({":", "-", "•", "*", "–", "—"})  # the marker and a lead's colon end no sentence in a list item
WRAP_WIDTH = 90  # the longest line of hard-wrapped copy; a text with longer lines has one paragraph or block per line
STOPS = frozenset(".!?")
# Capitalised words after "U.S." that continue the sentence (old wire copy capitalises the word after "U.S.").
CONTINUATIONS = frozenset({"and", "or", "to", "of", "is", "are", "was", "were", "will", "would", "has", "have", "had", "than"})
# Abbreviations after which old wire copy capitalises the next word even across a line wrap ("high U.S." / "Tariffs on …").
WIRE_CAPITALISED = frozenset({"U.S.", "U.K."})
# Words that usually open a sentence, so a wrapped line starting with one after "U.S." still starts one.
OPENERS = frozenset({"the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "its", "their", "his", "her",
                     "but", "in", "on", "at", "for", "by", "with", "from", "as", "after", "before", "when", "while", "if", "since",
                     "there", "some", "many", "most", "all"})


def _closes(doc: Doc, token: Token) -> bool:
    """Whether a quote or bracket token ends something: nothing, a space or a line break follows it."""
    return token.i + 1 == len(doc) or bool(token.whitespace_) or doc[token.i + 1].is_space


@dataclass(frozen=True)
class Layout:
    """Compiled layout rules: boilerplate line patterns and the dateline pattern."""

    boilerplate: tuple[re.Pattern[str], ...]
    dateline: re.Pattern[str]
    abbreviations: tuple[re.Pattern[str], ...] = ()

    @classmethod
    def from_dir(cls, models_dir: Path) -> "Layout":
        """Read `models/layout.jsonl`: rows {"kind": "boilerplate"|"dateline"|"abbreviation", "regex": ...}."""
        path = models_dir / "layout.jsonl"
        boiler: list[re.Pattern[str]] = []
        abbrevs: list[re.Pattern[str]] = []
        dateline: re.Pattern[str] | None = None
        for n, row in enumerate(read_jsonl(path), 1):
            try:
                rx = re.compile(row["regex"])
            except (KeyError, re.error) as err:
                raise ResourceFileError(f"{path} row {n}: bad or missing regex ({err})") from err
            if row.get("kind") == "boilerplate":
                boiler.append(rx)
            elif row.get("kind") == "dateline":
                dateline = rx
            elif row.get("kind") == "abbreviation":
                abbrevs.append(rx)
            else:
                raise ResourceFileError(f"{path} row {n}: kind must be boilerplate, dateline or abbreviation")
        if dateline is None:
            raise ResourceFileError(f"{path}: no dateline pattern")
        return cls(tuple(boiler), dateline, tuple(abbrevs))

    def is_abbreviation(self, word: str) -> bool:
        """Whether `word` is an abbreviation after which a sentence does not end."""
        return any(rx.fullmatch(word) for rx in self.abbreviations)


def layout_text(doc: Doc) -> str:
    """The original text of a Doc whose model text reads line wraps as spaces (same offsets), else its text."""
    text = doc.user_data.get(LAYOUT_TEXT)
    return text if isinstance(text, str) and len(text) == len(doc.text) else doc.text


def lines_of(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each line, without its newline."""
    out = []
    for m in LINE.finditer(text):
        if m.start() == len(text) and not m.group():
            break
        out.append((m.start(), m.start() + len(m.group().rstrip("\n"))))
    return out


def hard_wrapped(text: str, lines: list[tuple[int, int]] | None = None) -> bool:
    """Whether a text is wrapped at a fixed width (old wire copy, about 65 characters a line): no line after the headline
    is much longer than that. Only there can a line break fall inside a sentence."""
    lines = lines_of(text) if lines is None else lines
    return all(b - a <= WRAP_WIDTH for a, b in lines[1:])


def line_breaks_sentence(prev_line: str, index: int) -> bool:
    """Whether a single line break after `prev_line` (the `index`-th line) ends a sentence."""
    stripped = prev_line.rstrip()
    if not stripped:
        return True
    if index == 0:
        return True  # the headline
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        return True  # an all-caps headline or label
    if " | " in stripped:
        return True  # page furniture: "Harcourt Lane Lawyers | Trade Remedies Bulletin | 5 June 2015"
    return stripped.endswith(SENTENCE_END)


class Segmenter:
    """Set sentence starts at layout boundaries and mark boilerplate and datelines."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout

    def __call__(self, doc: Doc) -> Doc:
        text = layout_text(doc)
        starts: set[int] = set()
        boiler: list[tuple[int, int]] = []
        datelines: list[tuple[int, int]] = []
        lines = lines_of(text)
        wrapped = hard_wrapped(text, lines)
        for i, (start, end) in enumerate(lines):
            line = text[start:end]
            if i == 0 or not wrapped or line_breaks_sentence(text[lines[i - 1][0]:lines[i - 1][1]], i - 1):
                starts.add(start)
            if i == 0 and not line.rstrip().endswith(SENTENCE_END):
                starts.update(start + m.end() for m in HEADLINE_CLAUSE.finditer(line))  # "EU sets duties on heat pumps; Beijing hits back"
                starts.update(start + m.end() for m in HEADLINE_COMMA_CLAUSE.finditer(line)
                              if len(line[:m.start()].split()) >= 3)  # (not "Trump, Xi discuss": a list of subjects)
            if any(rx.search(line) for rx in self.layout.boilerplate):
                boiler.append((start, end))
                if i + 1 < len(lines):
                    starts.add(lines[i + 1][0])
            m = self.layout.dateline.match(line)
            if m and (i == 0 or not text[lines[i - 1][0]:lines[i - 1][1]].strip() or start in starts):
                datelines.append((start + m.start(1), start + m.end()))
        self._set_starts(doc, starts)
        self._keep_together(doc, {a for a, _ in lines})
        self._keep_bullets_together(doc, [(a, b) for a, b in lines if BULLET.match(text[a:b])])
        for a, b in datelines:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                for token in doc[span.start + 1:min(span.end + 1, len(doc))]:
                    if not token.is_space:
                        token.is_sent_start = False
        doc.spans["trade_boilerplate"] = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in boiler) if s]
        doc.spans["trade_dateline"] = [s for s in (doc.char_span(a, b, alignment_mode="expand") for a, b in datelines) if s]
        return doc

    @staticmethod
    def _keep_bullets_together(doc: Doc, bullets: list[tuple[int, int]]) -> None:
        """A list item is one sentence through its marker and its lead ("- Aug. 23, 2018: A second round … took effect.")."""
        if not bullets:
            return
        for token in doc[1:]:
            if any(a < token.idx < b for a, b in bullets) and doc[token.i - 1].text in BULLET_BREAKS and not token.is_space:
                token.is_sent_start = False

    def _keep_together(self, doc: Doc, line_starts: set[int]) -> None:
        """No sentence starts after an abbreviation before a content word ("U.S. Trade Representative")
        or at a closing quote or bracket right after a stop ('... sure."'); layout starts stay."""
        for token in doc[1:]:
            prev = doc[token.i - 1]
            if token.idx in line_starts and self._wrapped_after_abbreviation(doc, token):
                token.is_sent_start = False  # "said high U.S." / "Tariffs on Japanese goods …" (old copy capitalises after "U.S.")
                continue
            if token.is_space or token.idx in line_starts or token.is_sent_start:
                continue
            glued = not prev.whitespace_
            if glued and token.text in CLOSERS and prev.text in STOPS and _closes(doc, token):
                token.is_sent_start = False
            elif not glued and self.layout.is_abbreviation(prev.text) and not token.is_punct \
                    and (not token.is_stop or token.lower_ in CONTINUATIONS):
                token.is_sent_start = False  # "U.S. Trade Representative", and old copy's "U.S. And Japanese officials"

    def _wrapped_after_abbreviation(self, doc: Doc, token: Token) -> bool:
        """Whether a line starts with a common word continuing a previous line that ended in "U.S." or "U.K." (not "Inc." or "Jan.")."""
        prev = doc[token.i - 1]
        if prev.is_space and prev.text.count("\n") == 1 and token.i > 1:
            prev = doc[token.i - 2]
        if prev.text not in WIRE_CAPITALISED or not token.is_alpha or not token.is_title:
            return False
        if token.lower_ in CONTINUATIONS:
            return True
        return token.tag_ not in ("NNP", "NNPS") and token.lower_ not in OPENERS and not token.is_stop

    @staticmethod
    def _set_starts(doc: Doc, starts: set[int]) -> None:
        """Mark the first non-space token at or after each offset, and after each blank line, as a sentence start."""
        ordered = sorted(starts)
        text = layout_text(doc)
        j = 0
        for token in doc:
            if token.is_space or token.i == 0:
                continue
            prev = doc[token.i - 1]
            gap_start = prev.idx if prev.is_space else prev.idx + len(prev.text)
            while j < len(ordered) and ordered[j] < gap_start:
                j += 1
            if (j < len(ordered) and ordered[j] <= token.idx) or "\n\n" in text[gap_start:token.idx]:
                token.is_sent_start = True


@Language.factory("trade_segmenter", default_config={"models_dir": None})
def make_segmenter(nlp: Language, name: str, models_dir: str | None) -> Segmenter:
    """Create the segmenter from `models/layout.jsonl`."""
    return Segmenter(Layout.from_dir(models_dir_or_default(models_dir)))
