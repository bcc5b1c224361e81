"""Load the gazetteer tables in models/ and turn them into spaCy ruler patterns.

Everything here is a plain function of a models folder: nothing is cached at
module level, so a caller that needs the patterns more than once keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from extractor.resources import ResourceFileError, read_jsonl_lines

COUNTRY_COLUMNS = ("code", "name", "aliases", "demonyms")
METONYM_COLUMNS = ("code", "name", "kind")
OFFICIAL_COLUMNS = ("name", "code", "office", "valid_from", "valid_to", "aliases")
TITLE_COLUMNS = ("title", "code")
PRODUCT_COLUMNS = ("product", "synonyms", "hs_chapters")
EU_COLUMNS = ("code", "joined", "left")
LEGAL_KEYS = frozenset({"label", "pattern", "id"})
METONYM_LABELS = {"capital": "METONYM", "institution": "METONYM", "firm": "FIRM", "bloc": "METONYM"}
BODY_CODES = frozenset({"WTO"})
# All-caps forms that are ordinary words in a headline, so never matched in caps.
CAPS_STOPLIST = frozenset({"TURKEY", "JORDAN", "CHAD", "GEORGIA", "GUINEA", "POLISH", "DANISH"})
# Place names that contain a country alias or demonym but name no actor
# ("Latin America", "New Mexico"); matched as REGION with id "" so that a
# longest-span filter drops the shorter, wrong country match inside them.
REGION_BLOCKERS = (
    "North America", "South America", "Latin America", "Central America",
    "North American", "South American", "Latin American", "Central American",
    "Pan-American", "Gulf of America", "Gulf of Mexico", "New Mexico", "New Guinea",
    "Korean Peninsula", "Indian Ocean", "Washington state", "Washington State", "Niger Delta",
    "Punta del Este",
)  # (the GATT rounds named for places, "the Uruguay Round", are the WTO's: metonyms.tsv)
TOKEN_ATTRS = frozenset({"ORTH", "TEXT", "LOWER"})
_CODE = re.compile(r"^(?:[A-Z]{3}|EU)$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_HS = re.compile(r"^\d{2}$")

Check = Callable[[dict[str, str]], "str | None"]


ResourceError = ResourceFileError  # a malformed gazetteer file; the message names the file and line


def split_bar(value: str) -> list[str]:
    """Split a `|`-separated field into its non-empty items."""
    return [item.strip() for item in value.split("|") if item.strip()]


def load_tsv(
    path: Path | str, columns: Iterable[str], *, key: str | None = None, check: Check | None = None
) -> list[dict[str, str]]:
    """Read a tab-separated table with a fixed header, unique keys and per-row checks."""
    path = Path(path)
    columns = tuple(columns)
    key = key or columns[0]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise ResourceError(f"{path}: cannot read ({error.strerror})") from error
    if not lines or tuple(lines[0].split("\t")) != columns:
        raise ResourceError(f"{path} line 1: header must be {'<TAB>'.join(columns)}")
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise ResourceError(f"{path} line {number}: {len(fields)} fields, expected {len(columns)}")
        row = dict(zip(columns, (field.strip() for field in fields)))
        problem = f"empty {key}" if not row[key] else None
        problem = problem or (f"duplicate {key} {row[key]!r}" if row[key] in seen else None)
        problem = problem or (check(row) if check else None)
        if problem:
            raise ResourceError(f"{path} line {number}: {problem}")
        seen.add(row[key])
        rows.append(row)
    return rows


def _bad_code(code: str, *, allow_empty: bool = False) -> str | None:
    """Why a jurisdiction code is invalid, or None."""
    if allow_empty and not code:
        return None
    if _CODE.match(code) or code in BODY_CODES:
        return None
    return f"bad code {code!r}"


def _bad_dates(*dates: str) -> str | None:
    """Why one of some optional ISO dates is invalid, or None."""
    bad = [date for date in dates if date and not _DATE.match(date)]
    return f"bad date {bad[0]!r}" if bad else None


def _check_country(row: dict[str, str]) -> str | None:
    """Validate a countries.tsv row."""
    return _bad_code(row["code"]) or (None if split_bar(row["aliases"]) else "no aliases")


def _check_metonym(row: dict[str, str]) -> str | None:
    """Validate a metonyms.tsv row."""
    if row["kind"] not in METONYM_LABELS:
        return f"kind must be one of {sorted(METONYM_LABELS)}"
    if row["kind"] == "bloc":  # a bloc stands for its members: "ARG BRA PRY URY"
        members = row["code"].split()
        return "a bloc needs two or more member codes" if len(members) < 2 else next(filter(None, map(_bad_code, members)), None)
    return _bad_code(row["code"])


def member_codes(codes: Iterable[str]) -> list[str]:
    """Codes with each bloc ("ARG BRA PRY URY") replaced by its members, sorted and unique."""
    return sorted({member for code in codes for member in code.split()})


def _check_official(row: dict[str, str]) -> str | None:
    """Validate an officials.tsv row."""
    if not row["valid_from"]:
        return "empty valid_from"
    if row["valid_to"] and row["valid_to"] < row["valid_from"]:
        return "valid_to before valid_from"
    return _bad_code(row["code"]) or _bad_dates(row["valid_from"], row["valid_to"])


def _check_title(row: dict[str, str]) -> str | None:
    """Validate a titles.tsv row."""
    return _bad_code(row["code"], allow_empty=True)


def _check_product(row: dict[str, str]) -> str | None:
    """Validate a products.tsv row."""
    forms = [row["product"], *split_bar(row["synonyms"])]
    if any(form != form.lower() for form in forms):
        return "products and synonyms must be lower case"
    bad = [chapter for chapter in split_bar(row["hs_chapters"]) if not _HS.match(chapter)]
    return f"bad HS chapter {bad[0]!r}" if bad else None


def _check_member(row: dict[str, str]) -> str | None:
    """Validate an eu_members.tsv row."""
    if not row["joined"]:
        return "empty joined"
    return _bad_code(row["code"]) or _bad_dates(row["joined"], row["left"])


def _tokenizer() -> Callable[[str], list[str]]:
    """A function splitting text the way spacy.blank("en") does."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    return lambda text: [token.text for token in tokenizer(text)]


def _pattern(label: str, words: list[str], code: str, attr: str = "ORTH") -> dict:
    """One ruler pattern matching `words` on `attr`."""
    value = (lambda word: word.lower()) if attr == "LOWER" else (lambda word: word)
    return {"label": label, "pattern": [{attr: value(word)} for word in words], "id": code}


def _with_caps(form: str) -> list[str]:
    """A surface form plus its all-caps headline form where that is safe."""
    caps = form.upper()
    if caps == form or caps in CAPS_STOPLIST or len(form.replace(".", "")) < 2:
        return [form]
    return [form, caps]


def country_patterns(models_dir: Path, split: Callable[[str], list[str]]) -> list[dict]:
    """COUNTRY, ORG and DEMONYM patterns from countries.tsv."""
    patterns = []
    for row in load_tsv(models_dir / "countries.tsv", COUNTRY_COLUMNS, check=_check_country):
        label = "ORG" if row["code"] in BODY_CODES else "COUNTRY"
        for form in split_bar(row["aliases"]):
            patterns += [_pattern(label, split(text), row["code"]) for text in _with_caps(form)]
        for form in split_bar(row["demonyms"]):
            patterns += [_pattern("DEMONYM", split(text), row["code"]) for text in _with_caps(form)]
    return patterns


def metonym_patterns(models_dir: Path, split: Callable[[str], list[str]]) -> list[dict]:
    """METONYM (capitals, institutions) and FIRM patterns from metonyms.tsv."""
    rows = load_tsv(models_dir / "metonyms.tsv", METONYM_COLUMNS, key="name", check=_check_metonym)
    return [_pattern(METONYM_LABELS[row["kind"]], split(row["name"]), row["code"]) for row in rows]


def official_patterns(models_dir: Path, split: Callable[[str], list[str]]) -> list[dict]:
    """OFFICIAL patterns; the id is the code, or "" when an alias names rows of several codes."""
    patterns = []
    for alias, rows in sorted(official_index(models_dir).items()):
        codes = {row["code"] for row in rows}
        patterns.append(_pattern("OFFICIAL", split(alias), codes.pop() if len(codes) == 1 else ""))
    return patterns


def title_patterns(models_dir: Path, split: Callable[[str], list[str]]) -> list[dict]:
    """TITLE patterns: one-token titles as written, longer ones case-insensitively."""
    patterns = []
    for row in load_tsv(models_dir / "titles.tsv", TITLE_COLUMNS, check=_check_title):
        words = split(row["title"])
        patterns.append(_pattern("TITLE", words, row["code"], "ORTH" if len(words) == 1 else "LOWER"))
    return patterns


def region_patterns(split: Callable[[str], list[str]]) -> list[dict]:
    """REGION patterns (id "") that shadow country names inside place names."""
    return [_pattern("REGION", split(name), "") for name in REGION_BLOCKERS]


HOME = "HOME"  # the id of an unnamed national authority ("the finance ministry"): the story's home jurisdiction
HOME_COLUMNS = ("phrase",)
DATELINE_COLUMNS = ("city", "code")


def home_patterns(models_dir: Path, split: Callable[[str], list[str]]) -> list[dict]:
    """HOME patterns from home_authorities.tsv (exact forms, plus a capitalised first letter for sentence starts)."""
    patterns = []
    for row in load_tsv(models_dir / "home_authorities.tsv", HOME_COLUMNS):
        form = row["phrase"]
        for text in dict.fromkeys([form, form[:1].upper() + form[1:]]):
            patterns.append(_pattern(HOME, split(text), HOME))
    return patterns


def dateline_places(models_dir: Path) -> dict[str, str]:
    """Upper-case dateline place → jurisdiction code: the capitals of metonyms.tsv plus dateline_cities.tsv."""
    places = {row["name"].upper(): row["code"] for row in load_tsv(models_dir / "metonyms.tsv", METONYM_COLUMNS, key="name", check=_check_metonym)
              if row["kind"] == "capital"}
    for row in load_tsv(models_dir / "dateline_cities.tsv", DATELINE_COLUMNS, check=lambda r: _bad_code(r["code"])):
        places[row["city"].upper()] = row["code"]
    return places


def actor_patterns(models_dir: Path) -> list[dict]:
    """All actor patterns: COUNTRY, ORG, DEMONYM, METONYM, FIRM, OFFICIAL, TITLE, HOME and REGION."""
    models_dir = Path(models_dir)
    split = _tokenizer()
    return [
        *country_patterns(models_dir, split),
        *metonym_patterns(models_dir, split),
        *official_patterns(models_dir, split),
        *title_patterns(models_dir, split),
        *home_patterns(models_dir, split),
        *region_patterns(split),
    ]


def official_index(models_dir: Path) -> dict[str, list[dict[str, str]]]:
    """Map each official's alias (and name) to the rows it may name."""
    rows = load_tsv(Path(models_dir) / "officials.tsv", OFFICIAL_COLUMNS, check=_check_official)
    index: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        entry = {key: row[key] for key in ("name", "code", "office", "valid_from", "valid_to")}
        for alias in dict.fromkeys([row["name"], *split_bar(row["aliases"])]):
            index.setdefault(alias, []).append(entry)
    return index


def covers(row: dict[str, str], date: str) -> bool:
    """Whether an official's validity (dates of any ISO precision) includes `date`."""
    start, end = row["valid_from"], row["valid_to"]
    return date[: len(start)] >= start and (not end or date[: len(end)] <= end)


def pick_official(index: dict[str, list[dict[str, str]]], alias: str, date: str | None) -> dict | None:
    """The row an alias names on `date`: in office then, else the only one, else the latest."""
    rows = index.get(alias, [])
    current = [row for row in rows if date and covers(row, date)]
    if current:
        return max(current, key=lambda row: row["valid_from"])
    if len(rows) == 1:
        return rows[0]
    return max(rows, key=lambda row: row["valid_from"], default=None)


def resolve_official(index: dict[str, list[dict[str, str]]], alias: str, date: str | None) -> str | None:
    """The jurisdiction code an official's alias stands for on an ISO date (or None)."""
    row = pick_official(index, alias, date)
    return row["code"] if row else None


def plural(word: str) -> str | None:
    """Regular English plural of a lower-case noun, None when it already ends in -s."""
    if word.endswith(("ss", "us", "as")) or word.endswith(("sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("s"):
        return None
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def product_forms(row: dict[str, str]) -> list[str]:
    """A product's surface forms: canonical name, synonyms and their regular plurals."""
    forms = []
    for form in [row["product"], *split_bar(row["synonyms"])]:
        head, _, last = form.rpartition(" ")
        forms.append(form)
        if plural(last):
            forms.append(f"{head} {plural(last)}".strip())
    return list(dict.fromkeys(forms))


def load_products(models_dir: Path) -> list[dict[str, str]]:
    """The validated rows of products.tsv."""
    return load_tsv(Path(models_dir) / "products.tsv", PRODUCT_COLUMNS, check=_check_product)


def product_patterns(models_dir: Path) -> list[dict]:
    """PRODUCT patterns (LOWER) whose id is the canonical product name."""
    split = _tokenizer()
    return [
        _pattern("PRODUCT", split(form), row["product"], "LOWER")
        for row in load_products(models_dir)
        for form in product_forms(row)
    ]


def product_hs(models_dir: Path) -> dict[str, list[str]]:
    """Map each canonical product to its two-digit HS chapters."""
    return {row["product"]: split_bar(row["hs_chapters"]) for row in load_products(models_dir)}


def _bad_legal(entry: object) -> str | None:
    """Why a legal_bases.jsonl entry is invalid, or None."""
    if not isinstance(entry, dict) or set(entry) != LEGAL_KEYS:
        return f"keys must be {sorted(LEGAL_KEYS)}"
    if entry["label"] != "LEGAL_BASIS" or not isinstance(entry["id"], str) or not entry["id"]:
        return "label must be LEGAL_BASIS and id a non-empty string"
    pattern = entry["pattern"]
    if not isinstance(pattern, list) or not pattern:
        return "pattern must be a non-empty token list"
    if any(not isinstance(token, dict) or not set(token) <= TOKEN_ATTRS for token in pattern):
        return f"token attributes must be among {sorted(TOKEN_ATTRS)}"
    return None


def legal_patterns(models_dir: Path) -> list[dict]:
    """LEGAL_BASIS patterns from legal_bases.jsonl (blank and `//` lines skipped), validated."""
    path = Path(models_dir) / "legal_bases.jsonl"
    patterns = []
    for number, entry in read_jsonl_lines(path):
        problem = _bad_legal(entry)
        if problem:
            raise ResourceError(f"{path} line {number}: {problem}")
        patterns.append(entry)
    return patterns


def eu_members(models_dir: Path) -> dict[str, tuple[str, str | None]]:
    """Map each EU member state ever to (joined, left or None)."""
    rows = load_tsv(Path(models_dir) / "eu_members.tsv", EU_COLUMNS, check=_check_member)
    return {row["code"]: (row["joined"], row["left"] or None) for row in rows}
