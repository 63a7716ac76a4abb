"""Benchmark and recall check for the timestamp field parser.

Collects candidate blocks (the pipeline's blocks shorter than 300 characters, containing a
digit, i.e. what `find_dates` is really called on) from the development corpus in all four
converter folders, times `find_dates` over them (median of several runs, the
dateparser cache cleared before each run so the fallback is paid for every time), and reports how
many dates the fast path and the dateparser fallback found. Then, for corpus documents whose truth
has a "date", reports how often the gold date is among the dates found in the document's lines.

    python3 bench/timestamps.py [--corpus DIR] [--runs N]

Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from newsparse import timestamps
from newsparse.pipeline import build_document
from newsparse.timestamps import DateContext, document_context, find_dates

CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")
# The development corpus sits beside the checkout: ../shared/corpus/dev.
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
MAX_CHARS = 300  # the pipeline calls find_dates on blocks shorter than this


def load_docs(corpus: Path, now: datetime | None = None) -> list[tuple[str, str, DateContext, list[str]]]:
    """(converter, doc id, context, short blocks) for every document in the corpus."""
    docs = []
    for conv in CONVERTERS:
        folder = corpus / conv
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            doc = build_document(text)
            short = [b.text for b in doc.blocks if len(b.text) < MAX_CHARS]
            ctx = document_context(short, languages=doc.languages, now=now)
            docs.append((conv, path.stem, ctx, short))
    return docs


def run_once(candidates: list[tuple[str, DateContext]]) -> tuple[float, Counter[str]]:
    timestamps._dateparser_search.cache_clear()
    sources: Counter[str] = Counter()
    t0 = time.perf_counter()
    for text, ctx in candidates:
        for m in find_dates(text, 1, ctx):
            sources[m.source] += 1
    return time.perf_counter() - t0, sources


def recall(corpus: Path, docs: list[tuple[str, str, DateContext, list[str]]]) -> None:
    truth_path = corpus / "truth.jsonl"
    if not truth_path.exists():
        print("no truth.jsonl: recall skipped")
        return
    gold: dict[str, str] = {}
    with truth_path.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row.get("date"):
                gold[row["id"]] = row["date"][:10]
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for conv, doc_id, ctx, lines in docs:
        if doc_id not in gold:
            continue
        totals[conv] += 1
        found = [m.timestamp.iso[:10] for ln in lines for m in find_dates(ln, 1, ctx)]
        if gold[doc_id] in found:
            hits[conv] += 1
        if found and found[0] == gold[doc_id]:
            first[conv] += 1
    print("\nrecall: gold date among the dates found in the document's short blocks")
    for conv in CONVERTERS:
        if totals[conv]:
            print(
                f"  {conv:<11} {hits[conv]:>4}/{totals[conv]:<4} = {hits[conv] / totals[conv]:.3f}"
                f"   (first date is gold: {first[conv] / totals[conv]:.3f})"
            )
    n, h = sum(totals.values()), sum(hits.values())
    if n:
        print(f"  {'all':<11} {h:>4}/{n:<4} = {h / n:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--now", help="reference time (ISO) so relative dates resolve, e.g. 2024-01-01T00:00")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: skipped")
        return 0
    docs = load_docs(args.corpus, datetime.fromisoformat(args.now) if args.now else None)
    candidates = [(ln, ctx) for _, _, ctx, lines in docs for ln in lines if any(c.isdigit() for c in ln)]
    all_blocks = sum(len(lines) for *_, lines in docs)
    print(f"{len(docs)} documents, {all_blocks} short blocks, {len(candidates)} candidates (with a digit)")
    times, sources = [], Counter[str]()
    for _ in range(args.runs):
        elapsed, sources = run_once(candidates)
        times.append(elapsed)
    med = statistics.median(times)
    found = sum(sources.values())
    print(f"find_dates over candidates: median {med * 1000:.0f} ms of {args.runs} runs")
    print(f"  {len(candidates) / med:,.0f} candidates/second")
    print(f"  {found / med:,.0f} timestamps/second ({found} timestamps per run)")
    print(f"  fast path: {sources['fast']}, dateparser fallback: {sources['dateparser']}")
    if args.now:
        relative = sum(
            1 for text, ctx in candidates for m in find_dates(text, 1, ctx) if m.timestamp.relative
        )
        print(f"  relative dates among them: {relative}")
    # Every short line, digits or not, as the pipeline calls it: shows the pre-check's worth.
    every = [(ln, ctx) for _, _, ctx, lines in docs for ln in lines]
    t0 = time.perf_counter()
    for text, ctx in every:
        find_dates(text, 1, ctx)
    print(
        f"  all short blocks: {len(every) / (time.perf_counter() - t0):,.0f} blocks/second (dateparser cache warm)"
    )
    recall(args.corpus, docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
