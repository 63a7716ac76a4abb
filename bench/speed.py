"""Single-process parsing speed of `newsparse.parse` on the dev corpus, by converter.

    python bench/speed.py                       # every converter, 3 runs each
    python bench/speed.py --converter w3m --runs 5
    python bench/speed.py --limit 100           # first 100 files per converter

Files are read into memory first, so only `parse` is timed. Each run times every document;
the table shows docs/s of the median run and the per-document median and p95 (ms) pooled
over runs. Skips (exit status 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from newsparse import parse

# The development corpus sits beside the checkout: ../shared/corpus/dev.
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")


def load(folder: Path, limit: int | None) -> list[tuple[str, str]]:
    files = sorted(folder.glob("*.txt"))[:limit]
    return [(f.name, f.read_text(encoding="utf-8", errors="replace")) for f in files]


def run_once(docs: list[tuple[str, str]]) -> tuple[float, list[float]]:
    times: list[float] = []
    start = time.perf_counter()
    for name, text in docs:
        t0 = time.perf_counter()
        parse(text, source=name)
        times.append(time.perf_counter() - t0)
    return time.perf_counter() - start, times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--converter", action="append", choices=CONVERTERS)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: skipping", file=sys.stderr)
        return 0
    converters = args.converter or list(CONVERTERS)
    print(
        f"{'converter':<11} {'docs':>5} {'docs/s':>8} {'ms/doc med':>11} {'ms/doc p95':>11}   runs (docs/s)"
    )
    total_docs, total_seconds = 0, 0.0
    for conv in converters:
        folder = args.corpus / conv
        if not folder.is_dir():
            print(f"{conv:<11} (missing)")
            continue
        docs = load(folder, args.limit)
        if not docs:
            continue
        parse(docs[0][1])  # warm-up: weights, lazy imports
        walls: list[float] = []
        pooled: list[float] = []
        for _ in range(args.runs):
            wall, times = run_once(docs)
            walls.append(wall)
            pooled.extend(times)
        wall = statistics.median(walls)
        total_docs += len(docs)
        total_seconds += wall
        rates = " ".join(f"{len(docs) / w:.1f}" for w in walls)
        print(
            f"{conv:<11} {len(docs):>5} {len(docs) / wall:>8.1f} {statistics.median(pooled) * 1000:>11.1f}"
            f" {percentile(pooled, 0.95) * 1000:>11.1f}   {rates}"
        )
    if total_seconds:
        print(f"{'all':<11} {total_docs:>5} {total_docs / total_seconds:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
