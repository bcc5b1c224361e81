"""A quick losslessness check of the prefilter: run the full pipeline on a random sample of the documents it rejects.

Usage: python benchmarks/prefilter_sample.py [--reuters DIR] [--sample N]
(the full check over every document is part of `make bench`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
from pathlib import Path

from extractor import Extractor
from extractor.records import Document


def main() -> None:
    """Print the prefilter's pass rate and how many sampled rejected documents still yield events (should be 0)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", default=os.environ.get("TRADE_EVENTS_REUTERS", "../shared/data/reuters21578"))
    parser.add_argument("--sample", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    path = Path(args.reuters) / "reuters21578.jsonl.gz"
    if not path.exists():
        sys.exit(f"error: {path} not found (give --reuters DIR)")
    extractor = Extractor()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    rejected = [d for d in docs if not extractor.could_have_events(d["text"])]
    print(f"prefilter: {len(docs) - len(rejected)}/{len(docs)} documents pass")
    sample = random.Random(args.seed).sample(rejected, min(args.sample, len(rejected)))
    lost = [d.doc_id for d, events in extractor.extract_many(Document.from_dict(x) for x in sample) if events]
    print(f"rejected documents checked: {len(sample)}; with events: {len(lost)} {lost[:10]}")
    sys.exit(1 if lost else 0)


if __name__ == "__main__":
    main()
