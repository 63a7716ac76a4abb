#!/usr/bin/env python3
"""Cost on oversized pages: one page made of 160 corpus scrapes, one of 20,000 byline-shaped lines.

    python bench/stress.py

Parsing time must grow with the page, not with its square.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev" / "w3m"


def timed(text: str) -> float:
    import newsparse

    start = time.perf_counter()
    newsparse.parse(text)
    return time.perf_counter() - start


def main() -> int:
    files = sorted(CORPUS.glob("*.txt"))[:160]
    if not files:
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    big = "\n\n".join(path.read_text(encoding="utf-8") for path in files)
    names = "\n\n".join(f"By Jane{k} Roe{k}" for k in range(20_000))
    print(f"{len(big.encode()) / 1e6:.1f} MB page of {len(files)} scrapes: {timed(big):.1f} s")
    print(f"20,000 byline-shaped lines: {timed(names):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
