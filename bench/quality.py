#!/usr/bin/env python3
"""Quality benchmark: newsparse on the raw-scrape corpus, scored by ../shared/tools/score.py,
next to peers (jusText, trafilatura on the same text) measured in the same run.

    python bench/quality.py                    # newsparse only, all converters
    python bench/quality.py --peers            # also jusText and trafilatura (pip install '.[bench]')
    python bench/quality.py --update-baseline  # store the figures in bench/baseline.json
    python bench/quality.py --check            # exit 1 if a figure fell > 0.01 below the baseline

Predictions are written to bench/out/<system>-<converter>.jsonl.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")
METRICS = ("body_f1", "snip_p", "snip_r", "snip_f", "title_acc", "author_acc", "date_acc")
BASELINE = ROOT / "bench" / "baseline.json"
OUT = ROOT / "bench" / "out"
TOLERANCE = 0.01


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prediction(doc_id: str, article: dict) -> dict:
    """The scorer's format: body, title, author names, date (YYYY-MM-DD)."""
    byline = article.get("byline") or {}
    timestamp = article.get("timestamp") or {}
    return {
        "id": doc_id,
        "body": article.get("body") or "",
        "title": article.get("title"),
        "authors": [a["name"] for a in byline.get("authors", [])],
        "date": (timestamp.get("iso") or "")[:10] or None,
    }


def run_newsparse(converter: str, out: Path) -> float:
    """Parse every scrape of one converter; return docs/s (reading included, as peers.py measures)."""
    import newsparse

    files = sorted((CORPUS / converter).glob("*.txt"))
    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for path in files:
            article = newsparse.parse(path.read_text(encoding="utf-8"), source=str(path)).to_dict()
            f.write(json.dumps(prediction(path.stem, article), ensure_ascii=False) + "\n")
    return len(files) / (time.perf_counter() - start)


def run_peer(system: str, converter: str, out: Path) -> float | None:
    proc = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "peers.py"), str(CORPUS), converter, system, str(out)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        print(f"{system} failed on {converter}: {proc.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    # "justext w3m: 581 docs in 12.3s = 47.2 docs/s"
    return float(proc.stdout.strip().split("=")[-1].split()[0])


def authors_without_gold(converter: str, predictions: Path) -> tuple[int, int, int]:
    """(pages where newsparse names an author, of those where the first name opens with no given name
    or initial, pages) among those whose gold has no author: an upper bound on made-up bylines, since
    the gold lacks authors it did not know as well as absent ones; the second count, outlets, handles
    and words taken for a name, is where the made-up ones are."""
    from newsparse.select import opens_with_given_name

    truth = {}
    with (CORPUS / "truth.jsonl").open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            if (
                t["source"] != "aeb"
                and not t.get("author")
                and (CORPUS / converter / f"{t['id']}.txt").exists()
            ):
                truth[t["id"]] = t
    named = unlike = 0
    with predictions.open(encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            if p["id"] in truth and p.get("authors"):
                named += 1
                unlike += not opens_with_given_name(p["authors"][0])
    return named, unlike, len(truth)


# How the corpus's gold joins several authors in one string: "X und Y", "X, Y", "X / Y".
GOLD_NAME_JOINS = re.compile(r"\s*(?:;|,|/|&|\band\b|\bund\b|\bet\b|\by\b)\s*", re.IGNORECASE)


def norm(text: str) -> str:
    """Whitespace and case folded, as score.py compares strings."""
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def people_of(author: str | list[str] | None) -> frozenset[str]:
    """The people an author field names: a list's entries, or a string split where it joins names."""
    parts = author if isinstance(author, list) else GOLD_NAME_JOINS.split(author or "")
    return frozenset(norm(p) for p in parts if p.strip())


def authors_by_people(scorer: ModuleType, converter: str, predictions: Path) -> tuple[int, int]:
    """(pages whose predicted names are the gold's string or its people, pages) over the pages
    author_acc counts. score.py compares joined strings, so "Jane Roe; John Doe" fails against the
    gold "Jane Roe und John Doe": this also counts the people named, however the gold joins them."""
    preds = {}
    with predictions.open(encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            preds[p["id"]] = p
    right = pages = 0
    with (CORPUS / "truth.jsonl").open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            path = CORPUS / converter / f"{t['id']}.txt"
            if t["source"] == "aeb" or not t.get("author") or not path.exists():
                continue
            gold = t["author"] if isinstance(t["author"], str) else "; ".join(t["author"])
            text = scorer.norm(path.read_text(encoding="utf-8"))
            if not all(scorer.norm(a) in text for a in gold.split(";")):
                continue  # not extractable: score.py leaves it out too
            pages += 1
            got = preds.get(t["id"], {}).get("authors") or []
            right += scorer.norm("; ".join(got)) == scorer.norm(gold) or people_of(got) == people_of(
                t["author"]
            )
    return right, pages


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--peers", action="store_true", help="also run jusText and trafilatura")
    parser.add_argument("--converters", nargs="*", default=list(CONVERTERS))
    parser.add_argument("--update-baseline", action="store_true")
    parser.add_argument("--check", action="store_true", help="fail when a figure drops below the baseline")
    parser.add_argument("--json", action="store_true", help="print the results as JSON too")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    scorer = load_scorer()
    OUT.mkdir(parents=True, exist_ok=True)
    systems = ["newsparse"] + (["justext", "trafilatura"] if args.peers else [])
    results: dict[str, dict[str, dict]] = {}
    for converter in args.converters:
        for system in systems:
            out = OUT / f"{system}-{converter}.jsonl"
            speed = (
                run_newsparse(converter, out) if system == "newsparse" else run_peer(system, converter, out)
            )
            if speed is None:
                continue
            scores = scorer.score(str(CORPUS), converter, str(out))
            scores["docs_per_s"] = speed
            results.setdefault(converter, {})[system] = scores
    header = f"{'converter':<11} {'system':<12}" + "".join(f"{m:>11}" for m in METRICS) + f"{'docs/s':>9}"
    print(header)
    print("-" * len(header))
    for converter, by_system in results.items():
        for system, s in by_system.items():
            print(
                f"{converter:<11} {system:<12}"
                + "".join(f"{fmt(s.get(m)):>11}" for m in METRICS)
                + f"{s['docs_per_s']:9.1f}"
            )
    print("\nauthors named where the gold names none (trafilatura-eval pages; the gold may just not know):")
    for converter in results:
        named, unlike, pages = authors_without_gold(converter, OUT / f"newsparse-{converter}.jsonl")
        print(
            f"  {converter:<11} {named} of {pages} pages ({unlike} not opening with a given name or initial)"
        )
    print("\nauthor_acc counting the people named, however the gold joins them (not the issue's metric):")
    for converter in results:
        right, pages = authors_by_people(scorer, converter, OUT / f"newsparse-{converter}.jsonl")
        print(f"  {converter:<11} {right / max(1, pages):.3f} ({right} of {pages} pages)")
    if args.peers:
        print("\nratios newsparse / best peer (body_f1, snip_f, date_acc; docs/s):")
        for converter, by_system in results.items():
            ours = by_system["newsparse"]
            peers = [s for name, s in by_system.items() if name != "newsparse"]
            parts = []
            for m in ("body_f1", "snip_f", "date_acc", "docs_per_s"):
                best = max((p.get(m) or 0.0 for p in peers), default=0.0)
                parts.append(f"{m} x{(ours.get(m) or 0.0) / best:.2f}" if best else f"{m} -")
            print(f"  {converter:<11} " + "  ".join(parts))
    if args.json:
        print(json.dumps(results, indent=1))
    figures = {
        c: {m: round(s["newsparse"][m], 4) for m in METRICS if s["newsparse"].get(m) is not None}
        for c, s in results.items()
        if "newsparse" in s
    }
    if args.update_baseline:
        BASELINE.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"baseline written to {BASELINE.relative_to(ROOT)}")
    if args.check:
        baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
        drops = [
            f"{c}.{m}: {figures[c].get(m, 0.0):.4f} < baseline {v:.4f}"
            for c, metrics in baseline.items()
            if c in figures
            for m, v in metrics.items()
            if figures[c].get(m, 0.0) < v - TOLERANCE
        ]
        if drops:
            print("quality dropped below the baseline:\n  " + "\n  ".join(drops))
            return 1
        print("quality check: no figure below the baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
