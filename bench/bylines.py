"""Byline parser benchmark on the development corpus.

For every document whose truth has an author, every short line of each converter's scrape is
run through `parse_byline`; the best-scoring byline (earliest on ties) is compared with the gold
author string ("; ".join of names, case-insensitive). Lines parsed as bylines that share no name
with the gold are counted as wrong (false positives).

    python bench/bylines.py [--corpus DIR] [--raw] [--dump wrong|misses|all]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsparse.bylines import byline_confidence, parse_byline
from newsparse.model import Byline
from newsparse.pipeline import build_document

CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")
# The development corpus sits beside the checkout: ../shared/corpus/dev.
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"
MAX_CHARS = 300


def gold_author(row: dict[str, object]) -> str | None:
    author = row.get("author")
    if isinstance(author, list):
        return "; ".join(str(a).strip() for a in author) or None
    if isinstance(author, str) and author.strip():
        return author.strip()
    return None


def short_lines(text: str, raw: bool) -> list[tuple[int, str]]:
    """What the classifier hands to parse_byline: blocks under MAX_CHARS (or raw lines with --raw)."""
    if not raw:
        try:
            doc = build_document(text)
            return [(b.start_line, b.text) for b in doc.blocks if len(b.text) < MAX_CHARS]
        except Exception as exc:  # another stage under development broke: measure on raw lines
            print(f"build_document failed ({exc!r}); using raw lines", file=sys.stderr)
    lines = ((n, line.strip()) for n, line in enumerate(text.splitlines(), 1))
    return [(n, line) for n, line in lines if line and len(line) < MAX_CHARS]


def doc_bylines(text: str, raw: bool = False) -> list[tuple[float, Byline]]:
    found: list[tuple[float, Byline]] = []
    for number, line in short_lines(text, raw):
        b = parse_byline(line, number)
        if b is not None:
            found.append((byline_confidence(line), b))
    return found


def names_of(b: Byline) -> str:
    return "; ".join(a.name for a in b.authors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--raw", action="store_true", help="raw stripped lines instead of pipeline blocks")
    ap.add_argument("--dump", choices=("wrong", "misses", "all"), default=None)
    args = ap.parse_args()
    truth = args.corpus / "truth.jsonl"
    if not truth.exists():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1
    rows = [json.loads(line) for line in truth.open(encoding="utf-8")]
    stats: dict[str, Counter[str]] = {c: Counter() for c in CONVERTERS}
    t0, lines_seen = time.perf_counter(), 0
    for row in rows:
        gold = gold_author(row)
        for conv in CONVERTERS:
            path = args.corpus / conv / f"{row['id']}.txt"
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            lines_seen += text.count("\n") + 1
            found = doc_bylines(text, args.raw)
            s = stats[conv]
            s["docs"] += 1
            s["parsed_lines"] += len(found)
            if gold is None:
                s["parsed_lines_no_gold"] += len(found)
                if args.dump == "all":
                    for _, b in found:
                        print(f"[nogold {conv} {row['id']}:{b.line}] {b.text!r} -> {names_of(b)!r}")
                continue
            s["gold_docs"] += 1
            gold_names = {n.strip().casefold() for n in gold.split(";") if n.strip()}
            best = max(found, key=lambda f: f[0], default=None)  # max keeps the first on ties
            got = names_of(best[1]) if best else ""
            if got.casefold() == gold.casefold():
                s["exact"] += 1
            elif best is not None:
                s["best_wrong"] += 1
            for _, b in found:
                names = {a.name.casefold() for a in b.authors}
                if names and not names & gold_names:
                    s["wrong_lines"] += 1
                    if args.dump in ("wrong", "all"):
                        print(
                            f"[wrong {conv} {row['id']}:{b.line}] {b.text!r} -> {names_of(b)!r} gold={gold!r}"
                        )
            if args.dump == "misses" and got.casefold() != gold.casefold():
                print(f"[miss {conv} {row['id']}] gold={gold!r} got={got!r}")
    elapsed = time.perf_counter() - t0
    total: Counter[str] = Counter()
    print(f"{'converter':<11}{'gold docs':>10}{'exact':>8}{'rate':>8}{'best wrong':>12}{'wrong lines':>13}")
    for conv in CONVERTERS:
        s = stats[conv]
        total.update(s)
        rate = s["exact"] / s["gold_docs"] if s["gold_docs"] else 0.0
        print(
            f"{conv:<11}{s['gold_docs']:>10}{s['exact']:>8}{rate:>8.1%}{s['best_wrong']:>12}{s['wrong_lines']:>13}"
        )
    rate = total["exact"] / total["gold_docs"] if total["gold_docs"] else 0.0
    print(
        f"{'all':<11}{total['gold_docs']:>10}{total['exact']:>8}{rate:>8.1%}{total['best_wrong']:>12}"
        f"{total['wrong_lines']:>13}"
    )
    print(
        f"parsed lines in docs without gold author: {total['parsed_lines_no_gold']} "
        f"({total['docs'] - total['gold_docs']} docs); {lines_seen} lines in {elapsed:.2f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
