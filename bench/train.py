#!/usr/bin/env python3
"""Train the small linear models in newsparse/data/weights.json, and the boosted trees that refine
the title ranker in newsparse/data/boosted.json, from the development corpus.

    python bench/train.py            # train on ../shared/corpus/dev, write the weights
    python bench/train.py --cv       # also report 2-fold cross-validated block accuracy
    python bench/train.py --cv --cv-variants lynx-like md-setext   # and on shapes never trained on
    python bench/train.py --cv --only author   # refit one ranker, keep the other models as they are

Deterministic: fixed document order, closed-form Newton steps, no random state.
Needs numpy (pip install '.[train]'); the package itself only reads the JSON it writes.

Labels come from the corpus truth, per block:
- AEB pages carry the whole article body: a block is body when most of its word trigrams
  occur in it, not body when almost none do;
- trafilatura-eval pages carry snippets: a block holding a 'with' snippet is body, one that
  is (mostly) a 'without' snippet is not; other blocks stay unlabelled.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from boost import export as export_trees  # noqa: E402
from boost import fit_boosted, tree_scores  # noqa: E402
from quality import norm, people_of  # noqa: E402
from variants import VARIANTS  # noqa: E402

from newsparse import boosted, linear, select  # noqa: E402
from newsparse.classify import CONTEXT_PASSES, classify  # noqa: E402
from newsparse.features import BODY_FEATURES, CONTEXT_FEATURES, context_rows, page_marks  # noqa: E402
from newsparse.pipeline import build_document  # noqa: E402
from newsparse.select import AUTHOR_FEATURES, DATE_FEATURES, TITLE_FEATURES  # noqa: E402
from newsparse.timestamps import DateContext  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
CONVERTERS = ("w3m", "inscriptis", "html2text", "soup")
WEIGHTS = ROOT / "newsparse" / "data" / "weights.json"
BOOSTED = ROOT / "newsparse" / "data" / "boosted.json"
TOKEN = re.compile(r"\w+")
# Derived converter shapes (bench/variants.py) scored in cross-validation but never trained on,
# chosen with --cv-variants: how the rankers fare on a shape they have not seen, on pages they have
# not seen.
EVAL_ONLY: dict[str, tuple[str, Callable[[str], str]]] = {}


def trigrams(tokens: list[str]) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)]


def block_labels(texts: list[str], truth: dict) -> list[int | None]:
    labels: list[int | None] = []
    if truth["source"] == "aeb":
        gold = set(trigrams(TOKEN.findall(truth["body"].casefold())))
        gold_tokens = set(TOKEN.findall(truth["body"].casefold()))
        for text in texts:
            toks = TOKEN.findall(text.casefold())
            grams = trigrams(toks)
            if grams:
                share = sum(g in gold for g in grams) / len(grams)
                labels.append(1 if share >= 0.6 else 0 if share <= 0.2 else None)
            elif toks:
                labels.append(0 if not all(t in gold_tokens for t in toks) else None)
            else:
                labels.append(None)
        return labels
    with_ = [norm(s) for s in truth.get("with", []) if norm(s)]
    without = [norm(s) for s in truth.get("without", []) if norm(s)]
    for text in texts:
        nb = norm(text)
        pos = any(s in nb for s in with_) or (len(nb) >= 25 and any(nb in s for s in with_))
        neg = any(s in nb and len(s) >= 0.5 * len(nb) for s in without) or (
            len(nb) >= 8 and any(nb in s for s in without)
        )
        labels.append(1 if pos and not neg else 0 if neg and not pos else None)
    return labels


class Doc:
    """One corpus document's model inputs and labels."""

    def __init__(
        self, blocks: list, analysis, labels: list[int | None], fold: int, truth: dict, text: str, source: str
    ) -> None:
        self.source = source  # the converter, or the derived shape, the scrape comes in
        self.truth = truth
        self.text = text
        self.blocks = blocks
        self.analysis = analysis
        self.labels = labels
        self.fold = fold
        self.weights = [float(np.sqrt(1 + len(b.text.split()))) for b in blocks]


def collect() -> list[Doc]:
    truth = {}
    with (CORPUS / "truth.jsonl").open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            truth[t["id"]] = t
    shapes = [(c, c, _unchanged) for c in CONVERTERS]
    shapes += [(name, origin, rewrite) for name, (origin, rewrite) in EVAL_ONLY.items()]
    docs = []
    for name, converter, rewrite in shapes:
        for path in sorted((CORPUS / converter).glob("*.txt")):
            doc = build_document(rewrite(path.read_text(encoding="utf-8")))
            analysis = classify(doc, DateContext(languages=doc.languages))
            fold = hashlib.md5(path.stem.encode()).digest()[0] % 2
            labels = block_labels([b.text for b in doc.blocks], truth[path.stem])
            docs.append(Doc(doc.blocks, analysis, labels, fold, truth[path.stem], doc.text, name))
    return docs


def _unchanged(text: str) -> str:
    return text


def stack(docs: list[Doc], rows_of) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    x, y, w, folds = [], [], [], []
    for d in docs:
        for row, label, weight in zip(rows_of(d), d.labels, d.weights, strict=True):
            if label is not None:
                x.append(row)
                y.append(label)
                w.append(weight)
                folds.append(d.fold)
    return np.array(x, float), np.array(y, float), np.array(w, float), np.array(folds)


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray], rows: list[list[float]]) -> list[float]:
    if not rows:
        return []
    mean, scale, beta = model
    z = ((np.array(rows, float) - mean) / scale) @ beta[:-1] + beta[-1]
    return (1 / (1 + np.exp(-np.clip(z, -30, 30)))).tolist()


def second_pass_rows(docs: list[Doc], first, *context) -> None:
    """Context rows from the first model's probabilities, refined by any earlier context models."""
    for d in docs:
        probs = predict(first, d.analysis.body_rows)
        flags = {
            "date": set(d.analysis.dates),
            "byline": set(d.analysis.bylines),
            "legal": set(d.analysis.legal),
            "sidebar": {i for item in d.analysis.sidebar_items for i in item},
        }
        marks = page_marks(d.blocks, d.analysis.features, flags)
        for model in context:
            probs = predict(model, context_rows(d.blocks, d.analysis.features, probs, flags, marks))
        d.context = context_rows(d.blocks, d.analysis.features, probs, flags, marks)


def fit(
    x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Weighted L2 logistic regression by Newton steps on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return mean, scale, beta


def accuracy(
    model: tuple[np.ndarray, np.ndarray, np.ndarray], x: np.ndarray, y: np.ndarray, w: np.ndarray
) -> float:
    mean, scale, beta = model
    z = ((x - mean) / scale) @ beta[:-1] + beta[-1]
    return float((w * ((z > 0) == (y > 0.5))).sum() / w.sum())


def export(model: tuple[np.ndarray, np.ndarray, np.ndarray], names: tuple[str, ...]) -> dict:
    mean, scale, beta = model
    return {
        "names": list(names),
        "mean": [round(v, 6) for v in mean.tolist()],
        "scale": [round(v, 6) for v in scale.tolist()],
        "weights": [round(v, 6) for v in beta[:-1].tolist()],
        "bias": round(float(beta[-1]), 6),
        "threshold": 0.5,
    }


def gold_value(task: str, d: Doc) -> str | None:
    t = d.truth
    if task == "title":
        return norm(t["title"]) if t.get("title") else None
    if task == "date":
        return t.get("date") or None
    author = t.get("author")
    if not author:
        return None
    gold = author if isinstance(author, str) else "; ".join(author)
    text = norm(d.text)
    # Only authors a reader could see in the scrape count, as in score.py.
    return norm(gold) if all(norm(a) in text for a in gold.split(";")) else None


def _names(c) -> str:
    return norm("; ".join(a.name for a in c.byline.authors))


def gold_people(d: Doc) -> frozenset[str]:
    """The people the gold author names, however it joins them (bench/quality.py's `people_of`)."""
    return people_of(d.truth.get("author"))


# What converters flatten: html2text prints "&ndash;", "&auml;" and "&rsquo;" as "-", "a" and "'".
_FLATTENED = str.maketrans({"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "„": '"'})


def flattened(text: str) -> str:
    """The text as a converter that prints ASCII for typography and accents would give it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FLATTENED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_right(task: str, c, gold: str, d: Doc, label_of) -> bool:
    """A candidate's label. A byline is right when it names the gold's people, however the gold joins
    them: trained on the joined string alone, the ranker learnt that naming two people is wrong. A
    headline is right as the converter printed it ("Graz 2015 - Politcamp" for "Graz 2015 – Politcamp"):
    the page's other copies give its characters back after the choice (newsparse/typography.py)."""
    value = label_of(c)
    if value == gold:
        return True
    if task == "title":
        return flattened(value) == flattened(gold)
    return task == "author" and frozenset(norm(a.name) for a in c.byline.authors) == gold_people(d)


# (task, features, candidates, value, listwise, abstains, gold_says_none): listwise where it beat
# pointwise on the corpus. A news page always has a headline, so the title ranker names its best
# candidate (threshold 0; it beat every tuned threshold on all four converters); a date or byline may
# be absent, and a wrong one costs users more than none, so those rankers abstain below a tuned
# threshold. `gold_says_none(truth)`: a page whose gold names no value, where naming one counts
# against the threshold (only the trafilatura-eval gold says "no author"; elsewhere absence is unknown).
RANKERS = [
    ("title", TITLE_FEATURES, lambda a: a.title_candidates, lambda c: norm(c.text), True, False, None),
    (
        "date",
        DATE_FEATURES,
        lambda a: a.date_candidates,
        lambda c: c.match.timestamp.iso[:10],
        True,
        True,
        None,
    ),
    (
        "author",
        AUTHOR_FEATURES,
        lambda a: a.byline_candidates,
        _names,
        True,
        True,
        lambda t: t["source"] != "aeb" and not t.get("author"),
    ),
]


def choose(model, groups, threshold: float) -> tuple[int, int, int]:
    """(correct, wrong, none) over documents when the top candidate above threshold is taken."""
    right, wrong = outcomes(
        [(predict(model, rows) if rows else [], labels) for _, rows, labels, _ in groups], threshold
    )
    return right, wrong, len(groups) - right - wrong


THRESHOLDS = np.arange(0.02, 0.9, 0.02)
SILENT_COST = 0.25  # a value named on a page whose gold names none, against a right answer's 1
THRESHOLD_TOLERANCE = 0.01  # share of the best score: thresholds this close count as equally good


def outcomes(scored: list[tuple[list[float], list[bool]]], threshold: float) -> tuple[int, int]:
    """(right, wrong) when each page's best-scored candidate is taken at or above threshold."""
    right = wrong = 0
    for probs, labels in scored:
        if probs and max(probs) >= threshold:
            if labels[int(np.argmax(probs))]:
                right += 1
            else:
                wrong += 1
    return right, wrong


def fit_listwise(groups, l2: float = 3.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Conditional logit over each document's candidates plus a "none of them" option of score 0:
    the model learns to rank candidates against each other and when to abstain, which a pointwise
    fit (every candidate alone against its label) cannot. Newton steps, deterministic."""
    rows = np.array([r for _, rs, _, _ in groups for r in rs], float)
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-9] = 1.0
    data = []
    for _, rs, ls, _ in groups:
        if not rs:
            continue
        z = np.hstack([(np.array(rs, float) - mean) / scale, np.ones((len(rs), 1))])
        data.append((z, np.array(ls, bool)))
    dim = rows.shape[1] + 1
    beta = np.zeros(dim)
    reg = np.full(dim, l2)
    reg[-1] = 0.0

    def loss(b: np.ndarray) -> float:
        total = 0.5 * float(b @ (reg * b))
        for z, gold in data:
            s = z @ b
            top = max(0.0, float(s.max()))
            norm_ = top + np.log(np.exp(-top) + np.exp(s - top).sum())
            hit = top + np.log(np.exp(s[gold] - top).sum()) if gold.any() else 0.0
            total += float(norm_ - hit)
        return total

    current = loss(beta)
    for _ in range(50):
        grad = reg * beta
        hess = np.diag(reg)
        for z, gold in data:
            s = z @ beta
            top = max(0.0, float(s.max()))
            e = np.exp(s - top)
            p = e / (np.exp(-top) + e.sum())  # the none option has score 0
            if gold.any():
                q = np.where(gold, p, 0.0)
                q /= q.sum()
            else:
                q = np.zeros_like(p)
            grad += z.T @ (p - q)
            pz = p @ z
            hess += (z * p[:, None]).T @ z - np.outer(pz, pz)
        step = np.linalg.solve(hess, grad)
        # Backtracking: the Hessian above ignores the spread of several gold candidates.
        rate = 1.0
        while rate > 1e-4:
            trial = beta - rate * step
            value = loss(trial)
            if value <= current:
                break
            rate /= 2
        else:
            break
        beta, current = trial, value
        if np.abs(rate * step).max() < 1e-6:
            break
    return mean, scale, beta


def fit_pointwise(groups, l2: float = 3.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every candidate alone against its label."""
    rows = [r for _, rs, _, _ in groups for r in rs]
    labels = [float(x) for _, _, ls, _ in groups for x in ls]
    return fit(np.array(rows, float), np.array(labels, float), np.ones(len(labels)), l2=l2)


# Ridge strength per ranker, chosen by 2-fold CV: the byline ranker's few, sparse signals (labels,
# names' echoes) overfit with less. For the byline, held out as score.py counts (fold 0 / fold 1, at
# a095094): 3 gave 0.657/0.696, 10 0.651/0.710, 30 0.672/0.712, 60 0.671/0.714, 100 0.671/0.702.
RANKER_L2 = {"title": 3.0, "date": 3.0, "author": 30.0}


def two_folds(groups: list) -> Iterator[tuple[int, list, list]]:
    """(fold, training groups, held-out groups) for each of the corpus's two folds."""
    for k in (0, 1):
        yield k, [g for g in corpus_groups(groups) if g[0] != k], [g for g in groups if g[0] == k]


def corpus_groups(groups: list) -> list:
    """The groups from the corpus's own converters: the only ones any model is trained on."""
    return [g for g in groups if g[3] not in EVAL_ONLY]


def source_report(label: str, folds: list[dict[str, float]]) -> str:
    """One line per converter or derived shape: its held-out accuracy in each fold."""
    sources = sorted({src for fold in folds for src in fold})
    return "".join(
        f"\n   cv {label} {src:<14} " + " ".join(f"{fold[src]:.3f}" for fold in folds if src in fold)
        for src in sources
    )


def per_source(held_out: list, accuracy: Callable[[list], float]) -> dict[str, float]:
    return {src: accuracy([g for g in held_out if g[3] == src]) for src in {g[3] for g in held_out}}


def fit_ranker(
    groups,
    task_label: str,
    *,
    cv: bool,
    listwise: bool,
    abstains: bool = True,
    l2: float = 3.0,
    silent: list | None = None,
    as_scored: list | None = None,
):
    """`silent`: groups of pages whose gold names no value (a byline on a page without an author):
    never trained on, but a value named there counts against a threshold. `as_scored`: the same groups
    labelled as score.py compares (the gold string itself), where training labels differ from it:
    the held-out accuracy is reported both ways."""
    silent = silent or []

    def train(gs):
        return fit_listwise(gs, l2=l2) if listwise else fit_pointwise(gs, l2=l2)

    def pick_threshold(gs, quiet) -> float:
        """The threshold that does best on scores the model gave pages it was not trained on: on
        its own training pages it is too sure of itself, and a threshold chosen there wanders."""
        if not abstains:
            return 0.0
        scored, unnamed = [], []
        for part in (0, 1):
            m = train([g for n, g in enumerate(gs) if n % 2 != part])
            scored += [(predict(m, rs), ls) for n, (_, rs, ls, _) in enumerate(gs) if n % 2 == part]
            unnamed += [predict(m, rs) for n, (_, rs, _, _) in enumerate(quiet) if n % 2 == part]
        # A wrong field costs users more than a missing one: count it half against. A value named where
        # the gold has none counts half of that: the gold may just not know it. The score is flat
        # over a wide band of thresholds, where the best one wanders with any change to the pages; of
        # those within THRESHOLD_TOLERANCE of the best, the lowest (the one that answers most) is taken.
        value = {
            float(t): right - 0.5 * wrong - SILENT_COST * sum(1 for p in unnamed if p and max(p) >= t)
            for t in THRESHOLDS
            for right, wrong in [outcomes(scored, t)]
        }
        best = max(value.values())
        return min(t for t, v in value.items() if v >= best - THRESHOLD_TOLERANCE * abs(best))

    report = sources = ""
    if cv:
        parts, folds = [], []
        scored_folds = {k: corpus_groups(te) for k, _, te in two_folds(as_scored)} if as_scored else {}
        for k, tr, te in two_folds(groups):
            m = train(tr)
            t = pick_threshold(tr, [g for g in corpus_groups(silent) if g[0] != k])
            corpus_te = corpus_groups(te)
            right, wrong, none = choose(m, corpus_te, t)
            parts.append(
                f"fold {k} held-out acc {right / max(1, len(corpus_te)):.3f} (wrong {wrong}, none {none})"
            )
            if k in scored_folds:
                as_score = choose(m, scored_folds[k], t)[0] / max(1, len(scored_folds[k]))
                parts[-1] += f", {as_score:.3f} as score.py counts"
            folds.append(per_source(te, lambda gs, m=m, t=t: choose(m, gs, t)[0] / max(1, len(gs))))
        report = "; ".join(parts) + "; "
        sources = source_report(task_label, folds)
    groups = corpus_groups(groups)
    model = train(groups)
    threshold = round(float(pick_threshold(groups, corpus_groups(silent))), 2)
    right, wrong, none = choose(model, groups, threshold)
    reachable = sum(1 for g in groups if any(g[2]))
    report += (
        f"{len(groups)} docs, gold among candidates in {reachable}; train acc {right / max(1, len(groups)):.3f}"
        f" (wrong {wrong}, none {none}) at threshold {threshold}"
    ) + sources
    return model, threshold, report


# Rankers refined by boosted trees, with their settings. Chosen by 2-fold CV on the title
# ranker: 100 depth-3 trees at rate 0.1 gave held-out 0.700 against 0.665 for the linear ranker
# alone; deeper or more trees, or trees alone from zero, did no better. The date and byline
# rankers lost accuracy with trees, so they stay linear.
BOOST = {"title": {"rounds": 100, "depth": 3, "rate": 0.1}}
# How many of the linear ranker's best candidates the trees re-score at run time.
BOOST_TOP = 12


def linear_logits(spec: dict, rows: list[list[float]]) -> np.ndarray:
    """The exported (rounded) linear model's scores, as newsparse computes them at run time."""
    x = (np.array(rows, float) - np.array(spec["mean"])) / np.array(spec["scale"])
    return x @ np.array(spec["weights"]) + spec["bias"]


def boosted_pick(spec: dict, trees: list[dict], rate: float, rows: list[list[float]]) -> int:
    """The candidate newsparse picks: the linear best few, re-scored by the trees."""
    scores = linear_logits(spec, rows)
    x = np.array(rows, float)
    top = sorted(((s, k) for k, s in enumerate(scores.tolist())), reverse=True)[:BOOST_TOP]
    for _, k in top:
        scores[k] += rate * sum(float(tree_scores(t, x[k : k + 1])[0]) for t in trees)
    return max((s, k) for k, s in enumerate(scores.tolist()))[1]


def fit_trees(groups, spec: dict, settings: dict) -> list[dict]:
    data = [(np.array(rs, float), np.array(ls, bool)) for _, rs, ls, _ in groups if rs]
    base = [linear_logits(spec, rs) for _, rs, _, _ in groups if rs]
    return fit_boosted(data, base, **settings)


def boost_ranker(
    groups, task_label: str, names, l2: float, settings: dict, *, cv: bool, as_scored: list | None = None
) -> tuple[list[dict], str]:
    def accuracy(spec, trees, gs) -> float:
        right = sum(1 for _, rs, ls, _ in gs if rs and ls[boosted_pick(spec, trees, settings["rate"], rs)])
        return right / max(1, len(gs))

    report = sources = ""
    if cv:
        parts, folds = [], []
        scored_folds = {k: corpus_groups(te) for k, _, te in two_folds(as_scored)} if as_scored else {}
        for k, tr, te in two_folds(groups):
            spec = export(fit_listwise(tr, l2=l2), names)
            trees = fit_trees(tr, spec, settings)
            parts.append(f"fold {k} held-out acc {accuracy(spec, trees, corpus_groups(te)):.3f}")
            if k in scored_folds:
                parts[-1] += f", {accuracy(spec, trees, scored_folds[k]):.3f} as score.py counts"
            folds.append(per_source(te, lambda gs, spec=spec, trees=trees: accuracy(spec, trees, gs)))
        report = "; ".join(parts) + "; "
        sources = source_report(task_label, folds)
    groups = corpus_groups(groups)
    spec = export(fit_listwise(groups, l2=l2), names)
    trees = fit_trees(groups, spec, settings)
    return trees, report + f"train acc {accuracy(spec, trees, groups):.3f}" + sources


@contextmanager
def boosters_off() -> Iterator[None]:
    saved = select.load_boosters
    select.load_boosters = dict  # type: ignore[assignment]
    try:
        yield
    finally:
        select.load_boosters = saved


def refit_rankers(tasks: set[str], *, cv: bool) -> int:
    """Refit some rankers on candidates as the committed models find them, keeping every other model:
    a ranker's features change without the body or title models having to move with it."""
    existing = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    boosters = json.loads(BOOSTED.read_text(encoding="utf-8")) if BOOSTED.exists() else {}
    if "title" in tasks:
        docs = collect()
    else:
        # As a full training does: the date and byline rankers learn from the linear title pick.
        with boosters_off():
            docs = collect()
    fit_rankers(docs, tasks, existing, boosters, cv=cv)
    return 0


def fit_rankers(docs: list[Doc], tasks: set[str], existing: dict, boosters: dict, *, cv: bool) -> None:
    """Fit the rankers named in `tasks`, in RANKERS' order, into `existing` (the weights file's models)
    and `boosters` (the trees file's), writing both."""
    for task, names, candidates_of, label_of, listwise, abstains, gold_says_none in RANKERS:
        if task not in tasks:
            continue
        groups, silent, as_scored = ranker_groups(docs, task, candidates_of, label_of, gold_says_none)
        model, threshold, report = fit_ranker(
            groups,
            task,
            cv=cv,
            listwise=listwise,
            abstains=abstains,
            l2=RANKER_L2[task],
            silent=silent,
            as_scored=as_scored if task in ("author", "title") else None,
        )
        existing[task] = export(model, names) | {"threshold": threshold}
        print(f"{task}: {report}")
        if task in BOOST:
            trees, report = boost_ranker(
                groups, f"{task}+trees", names, RANKER_L2[task], BOOST[task], cv=cv, as_scored=as_scored
            )
            boosters[task] = export_trees(trees, names, BOOST[task]["rate"], BOOST_TOP)
            BOOSTED.write_text(json.dumps(boosters, separators=(",", ":")) + "\n", encoding="utf-8")
            boosted.load_boosters.cache_clear()
            print(f"{task} with trees: {report}")
        if task == "title" and tasks - {"title"}:
            # The date and author rankers measure distances from the title: from the one the
            # new title model picks, as at run time, not from the fallback heuristic's. From the
            # linear pick, though: the trees' picks on their own training pages are right more
            # often (0.77) than on unseen ones (0.69 in CV), and rankers trained on them lean on
            # the title too much (date_acc -0.006, soup author_acc -0.016 on the corpus).
            WEIGHTS.write_text(json.dumps(existing, indent=1) + "\n", encoding="utf-8")
            linear.load_models.cache_clear()
            with boosters_off():
                docs = collect()
    WEIGHTS.write_text(json.dumps(existing, indent=1) + "\n", encoding="utf-8")
    linear.load_models.cache_clear()
    print(f"ranker weights written to {WEIGHTS.relative_to(ROOT)}")


def ranker_groups(
    docs: list[Doc], task: str, candidates_of, label_of, gold_says_none
) -> tuple[list, list, list]:
    """Each page's candidate rows and labels (groups), the candidates of pages whose gold says there is
    no value (silent), and the groups labelled as score.py compares (the gold string itself)."""
    groups, silent, as_scored = [], [], []
    for d in docs:
        gold = gold_value(task, d)
        cands = candidates_of(d.analysis)
        if gold is None:
            if gold_says_none is not None and gold_says_none(d.truth) and cands:
                silent.append((d.fold, [c.row for c in cands], [False] * len(cands), d.source))
            continue
        rows = [c.row for c in cands]
        groups.append((d.fold, rows, [is_right(task, c, gold, d, label_of) for c in cands], d.source))
        as_scored.append((d.fold, rows, [label_of(c) == gold for c in cands], d.source))
    return groups, silent, as_scored


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cv", action="store_true", help="report 2-fold cross-validated weighted accuracy")
    parser.add_argument(
        "--cv-variants",
        nargs="*",
        default=[],
        choices=sorted(VARIANTS),
        metavar="SHAPE",
        help=f"also score these derived shapes in CV, without training on them ({', '.join(sorted(VARIANTS))})",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=[task for task, *_ in RANKERS],
        metavar="RANKER",
        help="refit only these rankers (title, date, author) on the committed body and title models; "
        "every other model in the weights files is kept as it is",
    )
    args = parser.parse_args()
    EVAL_ONLY.update({name: VARIANTS[name] for name in args.cv_variants})
    if not CORPUS.exists():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.only:
        return refit_rankers(set(args.only), cv=args.cv)
    docs = [d for d in collect() if d.source not in EVAL_ONLY]
    x, y, w, folds = stack(docs, lambda d: d.analysis.body_rows)
    print(f"{len(y)} labelled blocks, {int(y.sum())} body")
    if args.cv:
        for k in (0, 1):
            train = [d for d in docs if d.fold != k]
            test = [d for d in docs if d.fold == k]
            xt, yt, wt, _ = stack(train, lambda d: d.analysis.body_rows)
            first = fit(xt, yt, wt)
            xs, ys, ws, _ = stack(test, lambda d: d.analysis.body_rows)
            report = f"fold {k}: held-out acc first pass {accuracy(first, xs, ys, ws):.4f}"
            context: list = []
            for name in CONTEXT_PASSES:
                second_pass_rows(docs, first, *context)
                x2, y2, w2, _ = stack(train, lambda d: d.context)
                context.append(fit(x2, y2, w2))
                xs2, ys2, ws2, _ = stack(test, lambda d: d.context)
                report += f"  {name} {accuracy(context[-1], xs2, ys2, ws2):.4f}"
            print(report)
    first = fit(x, y, w)
    print(f"first pass: acc {accuracy(first, x, y, w):.4f}")
    spec = {"body": export(first, BODY_FEATURES)}
    context = []
    for name in CONTEXT_PASSES:
        second_pass_rows(docs, first, *context)
        x2, y2, w2, _ = stack(docs, lambda d: d.context)
        second = fit(x2, y2, w2)
        print(f"{name}: acc {accuracy(second, x2, y2, w2):.4f}")
        context.append(second)
        spec[name] = export(second, CONTEXT_FEATURES)
    existing = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
    existing.update(spec)
    WEIGHTS.write_text(json.dumps(existing, indent=1) + "\n", encoding="utf-8")
    linear.load_models.cache_clear()
    print(f"body weights written to {WEIGHTS.relative_to(ROOT)}")
    # The rankers measure distances from the body the new weights find: collect afresh.
    docs = collect()
    fit_rankers(docs, {task for task, *_ in RANKERS}, existing, {}, cv=args.cv)
    for name, weight in sorted(zip(CONTEXT_FEATURES, second[2][:-1], strict=True), key=lambda p: -abs(p[1]))[
        :8
    ]:
        print(f"  {name:<14} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
