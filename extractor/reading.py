"""The text the model reads: wire copy's layout undone without moving a character.

Two habits of wire copy defeat spaCy's small English model, and both are undone here
with every character offset kept:

- **Line wraps.** Old wire copy is wrapped at about 65 characters. A newline inside a
  sentence is a token of its own, so no multi-word pattern ("United States", "take
  effect", "Section 301") matches across it and the parser sees a break. A newline the
  segmenter would not end a sentence at is read as a space; the segmenter itself still
  reads the original layout (`LAYOUT_TEXT`), and records quote the sentence with the
  wrap as a space.
- **All-caps headlines** ("CHINA TO TIGHTEN IMPORT CONTROL") are tagged as strings of
  proper nouns. The line is given to the model in the case the body of the same article
  writes each word ("China to tighten import control"): a word the body writes in lower
  case is lowered, one it capitalises or writes in capitals keeps that form, an unseen
  word is lowered, and the line starts with a capital. The parsed document is rebuilt
  over the original case, so records quote the headline as written.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.segmenter import LAYOUT_TEXT, hard_wrapped, line_breaks_sentence, lines_of

WORD = re.compile(r"[A-Za-z][A-Za-z'.&-]*")
SENTENCE_END = re.compile(r"[.!?]\s+$")
COPIED = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID]


def is_caps_line(line: str) -> bool:
    """Whether a line is written in capitals (at least four letters, none lower-case)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def body_forms(body: str) -> dict[str, str]:
    """How the body writes each word inside a sentence, by its lower-case form: the most frequent form."""
    counts: dict[str, Counter[str]] = {}
    for m in WORD.finditer(body):
        before = body[max(0, m.start() - 3):m.start()]
        if m.start() == 0 or SENTENCE_END.search(before) or before.endswith("\n\n") or before.endswith('"'):
            continue  # a sentence's first word is capitalised whatever it is
        word = m.group()
        counts.setdefault(word.lower(), Counter())[word] += 1
    return {low: forms.most_common(1)[0][0] for low, forms in counts.items()}


def recase_line(line: str, forms: dict[str, str]) -> str:
    """A capitals line in the body's case, with a capital first letter; the same length as `line`."""
    def word(m: re.Match[str]) -> str:
        text = m.group()
        if "." in text.strip(".") or len(text) == 1:
            return text  # "U.S.", "A"
        form = forms.get(text.lower())
        if form is None or len(form) != len(text):
            return text.lower()
        return form

    out = WORD.sub(word, line)
    first = next((i for i, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out = out[:first] + out[first].upper() + out[first + 1:]
    return out if len(out) == len(line) else line


def headline_case(text: str) -> str | None:
    """The text with an all-caps first line in the body's case, or None when the first line is not in capitals."""
    end = text.find("\n")
    if end <= 0:
        return None
    line = text[:end]
    if not is_caps_line(line):
        return None
    recased = recase_line(line, body_forms(text[end:]))
    return None if recased == line else recased + text[end:]


def with_text(doc: Doc, text: str) -> Doc:
    """A copy of `doc` over another text of the same length (the original case), keeping its analyses and span groups."""
    words = [text[t.idx:t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.from_array(COPIED, doc.to_array(COPIED))
    for key, group in doc.spans.items():
        out.spans[key] = [Span(out, s.start, s.end, label=s.label, kb_id=s.kb_id, span_id=s.id) for s in group]
    return out


def joined_lines(text: str) -> str:
    """The text with each line wrap inside a sentence read as a space (the segmenter's own line rules decide)."""
    lines = lines_of(text)
    if not hard_wrapped(text, lines):
        return text  # every line is a paragraph, a headline, a deck or a byline
    chars = list(text)
    changed = False
    for i in range(1, len(lines)):
        prev_start, prev_end = lines[i - 1]
        start, end = lines[i]
        if start == end or prev_start == prev_end or start != prev_end + 1:
            continue  # a blank line, or not a single newline between the two
        if not line_breaks_sentence(text[prev_start:prev_end], i - 1):
            chars[prev_end] = " "
            changed = True
    return "".join(chars) if changed else text


def model_text(text: str) -> tuple[str, str]:
    """(what the model reads, what records quote): both with line wraps as spaces; the first with an all-caps headline recased."""
    quoted = joined_lines(text)
    return headline_case(quoted) or quoted, quoted


def read(nlp: Language, text: str) -> Doc:
    """Run a pipeline over an article as its model text, the segmenter reading the original layout."""
    return finish(nlp(prepare(nlp, text)), text)


def prepare(nlp: Language, text: str) -> Doc:
    """An unprocessed Doc of the model text, carrying the original layout for the segmenter."""
    seen, _quoted = model_text(text)
    doc = nlp.make_doc(seen)
    doc.user_data[LAYOUT_TEXT] = text
    return doc


def finish(doc: Doc, text: str) -> Doc:
    """The parsed Doc over the text records quote (the original case, line wraps as spaces), its subjects repaired."""
    _seen, quoted = model_text(text)
    out = doc if doc.text == quoted else with_text(doc, quoted)
    repair_subjects(out)
    return out


def repair_subjects(doc: Doc) -> None:
    """ "Beijing, in turn, will lower tariffs": a name set off by a comma before a verb that has no subject is its subject
    (so is a name that heads a list of subjects without "and": "Poland, Hungary, Slovakia impose curbs").

    The small model reads such a name as an adverbial noun (npadvmod) when an aside follows it.
    """
    for tok in doc:
        head = tok.head
        if tok.dep_ != "npadvmod" or tok.pos_ != "PROPN" or head.pos_ not in ("VERB", "AUX") or head.i < tok.i:
            continue
        after = max(t.i for t in tok.subtree) + 1
        if after + 1 >= len(doc) or doc[after].text != ",":
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
        listed = [c for c in subjects if c.pos_ == "PROPN" and min(t.i for t in c.subtree) == after + 1]
        if not subjects or listed and any(c.dep_ == "conj" for c in tok.children):  # (or heads a list that ends in the
            # subject: "Poland, Hungary, Slovakia impose curbs"; but not "Monday, Beijing cut tariffs")
            tok.dep_ = "nsubj"
