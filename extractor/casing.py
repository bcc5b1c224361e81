"""All-caps headlines, read in the case the article itself uses.

Wire copy often opens with a headline in capitals ("CHINA TO TIGHTEN IMPORT CONTROL").
spaCy's small English model tags such a line as a string of proper nouns, so its verbs
and objects are lost. The line is given to the model in the case the body of the same
article writes each word ("China to tighten import control"): a word the body writes
in lower case is lowered, one it capitalises or writes in capitals keeps that form, an
unseen word is lowered, and the line starts with a capital. The case change keeps every
character offset, and the parsed document is rebuilt over the original text, so records
quote the article as written.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span

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
