"""Throughput of `newsparse batch`: documents per second on the dev corpus, by converter and
worker count, median of several runs, printed as a table.

    python bench/batch.py                      # every converter, --workers 1 and 2, 3 runs each
    python bench/batch.py --converter w3m      # one converter
    python bench/batch.py --workers 1 2 4 --runs 5

Each run goes through the same code as the command (`newsparse.batch.run`): discovery, reading,
parsing in worker processes, ordered JSON Lines output into a temporary folder. Process start-up
is not counted. Skips (exit status 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsparse.batch import BatchOptions, run

# The development corpus sits beside the checkout: ../shared/corpus/dev.
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")


def measure(folder: Path, workers: int, runs: int) -> tuple[int, list[float]]:
    rates: list[float] = []
    documents = 0
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            summary = run(BatchOptions(inputs=[str(folder)], output=f"{tmp}/out.jsonl", workers=workers))
            seconds = time.perf_counter() - start
            documents = summary.documents
            rates.append(documents / seconds)
    return documents, rates


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding one folder per converter"
    )
    ap.add_argument(
        "--converter", action="append", choices=CONVERTERS, help="only this converter (repeatable)"
    )
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    ap.add_argument("--runs", type=int, default=3, help="runs per cell; the median is reported")
    args = ap.parse_args(argv)

    folders = [args.corpus / c for c in (args.converter or CONVERTERS) if (args.corpus / c).is_dir()]
    if not folders:
        print(f"bench/batch.py: no corpus at {args.corpus}; skipping", file=sys.stderr)
        return 0

    header = ["converter", "docs"] + [f"w={w} docs/s" for w in args.workers]
    if len(args.workers) > 1:
        header.append(f"speed-up w={args.workers[-1]}")
    rows: list[list[str]] = []
    for folder in folders:
        medians: list[float] = []
        docs = 0
        for w in args.workers:
            docs, rates = measure(folder, w, args.runs)
            medians.append(statistics.median(rates))
            spread = ", ".join(f"{r:.1f}" for r in rates)
            print(f"  {folder.name} workers={w}: {spread} docs/s", file=sys.stderr)
        row = [folder.name, str(docs)] + [f"{m:.1f}" for m in medians]
        if len(medians) > 1:
            row.append(f"{medians[-1] / medians[0]:.2f}x")
        rows.append(row)

    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(
            " | ".join(
                c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    print(f"\nmedian of {args.runs} runs; output JSON Lines to a temporary folder", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
