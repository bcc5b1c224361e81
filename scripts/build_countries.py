"""Build models/countries.tsv from pycountry plus models/sources/country_overrides.tsv.

Usage: python scripts/build_countries.py [--check]

Without arguments the table is rewritten; with --check the script exits 1 when
the committed table differs from a fresh build (the test suite calls `render`).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "models" / "sources" / "country_overrides.tsv"
OUTPUT = ROOT / "models" / "countries.tsv"
OVERRIDE_COLUMNS = ("code", "name", "add_aliases", "drop_aliases", "demonyms")
HEADER = "code\tname\taliases\tdemonyms"
NON_ISO_CODES = ("EU", "WTO")


def read_overrides(path: Path) -> dict[str, dict[str, str]]:
    """Read the hand-curated overrides, keyed by code."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if tuple(lines[0].split("\t")) != OVERRIDE_COLUMNS:
        raise SystemExit(f"{path} line 1: header must be {OVERRIDE_COLUMNS}")
    rows: dict[str, dict[str, str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(OVERRIDE_COLUMNS) or fields[0] in rows:
            raise SystemExit(f"{path} line {number}: bad or duplicate row")
        rows[fields[0]] = dict(zip(OVERRIDE_COLUMNS, fields))
    return rows


def split_bar(value: str) -> list[str]:
    """Split a `|`-separated field, dropping empty items."""
    return [item for item in value.split("|") if item]


def pycountry_forms(country: object) -> list[str]:
    """Surface forms pycountry offers, minus inverted ("Korea, Republic of") forms."""
    forms = []
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if not value or "," in value:
            continue
        value = re.sub(r"^the ", "", value)
        forms.append(value)
        if "(" in value:
            forms.append(re.sub(r"\s*\([^)]*\)", "", value))
    return forms


def unique(items: list[str]) -> list[str]:
    """Deduplicate, keeping first occurrences."""
    return list(dict.fromkeys(items))


def build_rows(overrides: dict[str, dict[str, str]]) -> list[tuple[str, str, str, str]]:
    """One (code, name, aliases, demonyms) row per country, bloc and body."""
    import pycountry

    rows = []
    iso_codes = set()
    for country in pycountry.countries:
        code = country.alpha_3
        iso_codes.add(code)
        extra = overrides.get(code, dict.fromkeys(OVERRIDE_COLUMNS, ""))
        forms = pycountry_forms(country)
        name = extra["name"] or getattr(country, "common_name", None) or forms[0]
        dropped = set(split_bar(extra["drop_aliases"]))
        aliases = [a for a in unique([name, *forms, *split_bar(extra["add_aliases"])]) if a not in dropped]
        rows.append((code, name, "|".join(aliases), extra["demonyms"]))
    for code, extra in overrides.items():
        if code in iso_codes:
            continue
        if code not in NON_ISO_CODES or not extra["name"]:
            raise SystemExit(f"{OVERRIDES}: unknown code {code!r}")
        aliases = unique([extra["name"], *split_bar(extra["add_aliases"])])
        rows.append((code, extra["name"], "|".join(aliases), extra["demonyms"]))
    return sorted(rows)


def check_unique(rows: list[tuple[str, str, str, str]]) -> None:
    """Fail when an alias or demonym names two rows."""
    owner: dict[str, str] = {}
    for code, _name, aliases, demonyms in rows:
        for form in split_bar(aliases) + split_bar(demonyms):
            if owner.setdefault(form, code) != code:
                raise SystemExit(f"surface form {form!r} names both {owner[form]} and {code}")


def render(overrides_path: Path = OVERRIDES) -> str:
    """The full text of countries.tsv as built from its sources."""
    rows = build_rows(read_overrides(overrides_path))
    check_unique(rows)
    return "\n".join([HEADER, *("\t".join(row) for row in rows)]) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Rewrite or check models/countries.tsv."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run python scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
