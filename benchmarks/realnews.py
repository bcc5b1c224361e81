"""Accuracy on real news: score the extractor on annotated Reuters-21578 articles.

The gold (`benchmarks/realnews/reuters.gold.jsonl`) holds only doc ids, publication dates and events
(spans point into the archive's text); the article texts come from the archive at run time, so no
archive text is committed. 28 articles drawn at random (seed 2026): 22 on the `trade` topic, 6
look-alikes that mention tariffs, duties, quotas or embargoes; annotated to `corpus/GUIDELINES.md`
without running the extractor.

Usage: python benchmarks/realnews.py [--reuters DIR] [--json REPORT] [--errors N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from pathlib import Path

from extractor import Extractor
from extractor.evaluate import load_gold, score
from extractor.records import Document

GOLD = Path(__file__).resolve().parent / "realnews" / "reuters.gold.jsonl"


def with_texts(gold: list[dict], archive: Path) -> list[dict]:
    """The gold documents with their text and title from the archive (an error if one is missing)."""
    wanted = {d["doc_id"] for d in gold}
    texts: dict[str, dict] = {}
    with gzip.open(archive, "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["doc_id"] in wanted:
                texts[doc["doc_id"]] = doc
    missing = sorted(wanted - set(texts))
    if missing:
        sys.exit(f"error: {len(missing)} gold documents not in {archive}: {missing[:5]}")
    return [{**d, "text": texts[d["doc_id"]]["text"], "title": texts[d["doc_id"]].get("title")} for d in gold]


def main() -> None:
    """Print the score table of the extractor on the real-news gold."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", default=os.environ.get("TRADE_EVENTS_REUTERS", "../shared/data/reuters21578"))
    parser.add_argument("--gold", default=str(GOLD), help="gold file (default: the development set, reuters.gold.jsonl)")
    parser.add_argument("--json", dest="json_path")
    parser.add_argument("--errors", type=int, default=0)
    args = parser.parse_args()
    archive = Path(args.reuters) / "reuters21578.jsonl.gz"
    if not archive.exists():
        sys.exit(f"error: {archive} not found (give --reuters DIR)")
    gold_path = Path(args.gold)
    gold = with_texts(load_gold(gold_path), archive)  # load_gold checks every event's span and slots
    for doc in gold:
        for ev in doc["events"]:
            start, end = ev["span"]
            if not doc["text"][start:end].strip():
                sys.exit(f"error: {doc['doc_id']}: span {ev['span']} is empty in the archive text")
    extractor = Extractor()
    documents = (Document.from_dict({k: v for k, v in d.items() if k != "events"}) for d in gold)
    predicted = [e.to_dict() for _doc, events in extractor.extract_many(documents) for e in events]
    report = score(gold, predicted)
    print(f"real news ({gold_path.name}): {len(gold)} Reuters-21578 articles, {sum(len(d['events']) for d in gold)} gold events")
    print(report.format_table(errors=args.errors))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
