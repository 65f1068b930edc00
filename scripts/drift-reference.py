#!/usr/bin/env python3
"""Reference values for the drift statistics of packages/drift, computed with numpy and scipy.

Writes __tests__/unit/drift/fixtures/scipy-reference.json (and the titanic halves it compares) so the jest tests
compare the TypeScript port with scipy without needing Python. Re-run after changing the conventions:

    python3 scripts/drift-reference.py [/path/to/shared/fixtures/datasets]
    npx prettier --write __tests__/unit/drift/fixtures

Conventions (Azure ML's model monitoring, see the drift-conventions notes): types inferred on the baseline (text and
booleans categorical, decimals numerical, integers categorical when distinct/count < 0.05), rows with a null in any
compared feature dropped, Sturges' bin count on the smaller dataset with equal-width bins over the combined range,
Jensen-Shannon distance base 2, Laplace-smoothed PSI, Wasserstein / baseline std (ddof=1) floored at 0.001,
ks_2samp(method='auto') p-value, chisquare p-value with expected = baseline share x production count.
"""
import csv
import json
import math
import os
import re
import sys

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "__tests__", "unit", "drift", "fixtures")
SHARED = os.environ.get("AML_SHARED_DIR") or os.path.join(os.path.dirname(ROOT), "shared")
DATASETS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(SHARED, "fixtures", "datasets")

NA = {"", "NA", "N/A", "n/a", "NaN", "nan", "-NaN", "-nan", "NULL", "null", "None", "<NA>", "#N/A", "#N/A N/A",
      "#NA", "-1.#IND", "-1.#QNAN", "1.#IND", "1.#QNAN"}
NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
INTEGER = re.compile(r"^[+-]?\d+$")
BOOLEANS = {"true": "true", "True": "true", "TRUE": "true", "false": "false", "False": "false", "FALSE": "false"}


def cell(text):
    """(value, kind) as pandas.read_csv would type it."""
    if text in NA:
        return None, "null"
    if NUMBER.match(text):
        value = float(text)
        if not math.isfinite(value):
            return None, "null"
        return value, "integer" if INTEGER.match(text) else "number"
    if text in BOOLEANS:
        return BOOLEANS[text], "boolean"
    return text, "text"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.reader(handle) if row != []]
    header, body = rows[0], rows[1:]
    return {name: [cell(row[i]) for row in body] for i, name in enumerate(header)}, len(body)


def infer(column):
    kinds = {kind for _, kind in column if kind != "null"}
    if kinds & {"text", "boolean"}:
        return "categorical"
    if "number" in kinds:
        return "numerical"
    values = [v for v, kind in column if kind != "null"]
    return "categorical" if len(set(values)) / len(values) < 0.05 else "numerical"


def category(value):
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return value


def numeric_metrics(b, p):
    b = np.asarray(b, dtype=float)
    p = np.asarray(p, dtype=float)
    k = math.ceil(math.log2(min(len(b), len(p))) + 1)
    lo, hi = min(b.min(), p.min()), max(b.max(), p.max())
    if lo == hi:
        edges = np.array([lo, hi])
    else:
        width = (hi - lo) / k
        edges = np.array([lo + i * width for i in range(k + 1)])
        edges[-1] = hi
    hb = np.histogram(b, edges)[0].astype(float)
    hp = np.histogram(p, edges)[0].astype(float)
    ks = stats.ks_2samp(b, p, method="auto")
    return {
        "bins": len(edges) - 1,
        "jensen_shannon_distance": float(distance.jensenshannon(hb, hp, base=2)),
        "population_stability_index": psi(hb, hp),
        "normalized_wasserstein_distance": float(stats.wasserstein_distance(b, p) / max(np.std(b, ddof=1), 0.001)),
        "two_sample_kolmogorov_smirnov_test": float(ks.pvalue),
        "ks_statistic": float(ks.statistic),
    }


def psi(hb, hp):
    k = len(hb)
    b = (hb + 1) / (hb.sum() + k)
    p = (hp + 1) / (hp.sum() + k)
    return float(np.sum((p - b) * np.log(p / b)))


def categorical_metrics(b, p):
    categories = sorted(set(b) | set(p))
    hb = np.array([b.count(c) for c in categories], dtype=float)
    hp = np.array([p.count(c) for c in categories], dtype=float)
    expected = hb / hb.sum() * hp.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        chi = stats.chisquare(hp, expected) if len(categories) > 1 else None
    return {
        "categories": len(categories),
        "jensen_shannon_distance": float(distance.jensenshannon(hb, hp, base=2)),
        "population_stability_index": psi(hb, hp),
        "pearsons_chi_squared_test": 1.0 if chi is None else float(chi.pvalue),
    }


def compare(name, baseline_path, production_path):
    base, nb = read_csv(baseline_path)
    prod, np_ = read_csv(production_path)
    features = [c for c in base if c in prod]
    types = {c: infer(base[c]) for c in features}

    def kept(table, n):
        return [r for r in range(n) if all(table[c][r][1] != "null" for c in features)]

    kb, kp = kept(base, nb), kept(prod, np_)
    result = {}
    for c in features:
        if types[c] == "numerical":
            metrics = numeric_metrics([base[c][r][0] for r in kb], [prod[c][r][0] for r in kp])
        else:
            metrics = categorical_metrics([category(base[c][r][0]) for r in kb], [category(prod[c][r][0]) for r in kp])
        result[c] = {"type": types[c], **metrics}
    return {
        "name": name,
        "baseline": os.path.relpath(baseline_path, DATASETS),
        "production": os.path.relpath(production_path, DATASETS),
        "rows": {"baseline": nb, "production": np_, "baselineUsed": len(kb), "productionUsed": len(kp)},
        "features": result,
    }


def split_titanic():
    """The first 500 passengers as baseline, the others as production (written beside the reference)."""
    with open(os.path.join(DATASETS, "titanic", "titanic.csv"), encoding="utf-8") as handle:
        lines = handle.read().splitlines(keepends=True)
    paths = []
    for part, body in (("a", lines[1:501]), ("b", lines[501:])):
        path = os.path.join(OUT, f"titanic-{part}.csv")
        with open(path, "w", encoding="utf-8") as handle:
            handle.writelines([lines[0], *body])
        paths.append(path)
    return paths


def ks_cases():
    rng = np.random.default_rng(7)
    cases = []
    for n1, n2, shift in ((20, 20, 0.0), (30, 30, 0.8), (40, 25, 0.5), (100, 73, 0.3), (7, 300, 1.0),
                          (1000, 999, 0.1), (2500, 1200, 0.05)):
        a = np.round(rng.normal(0, 1, n1), 2)
        b = np.round(rng.normal(shift, 1, n2), 2)
        r = stats.ks_2samp(a, b, method="auto")
        cases.append({"a": a.tolist(), "b": b.tolist(), "statistic": float(r.statistic), "pvalue": float(r.pvalue)})
    return cases


def kstwo_cases():
    cases = []
    for n in (50, 141, 500, 5000, 100000, 500000):
        for nd2 in (0.2, 0.5, 0.9, 1.5, 2.5, 4.0, 8.0, 20.0):
            d = math.sqrt(nd2 / n)
            cases.append({"n": n, "d": d, "sf": float(stats.kstwo.sf(d, n))})
    return cases


def chi2_cases():
    cases = []
    for df in (1, 2, 3, 5, 10, 30, 100, 1000):
        for x in (0.01, 0.5, 1.0, df * 0.5, df, df + 3 * math.sqrt(2 * df), df * 3 + 20, df * 10 + 200):
            cases.append({"x": x, "df": df, "sf": float(stats.chi2.sf(x, df))})
    return cases


def main():
    os.makedirs(OUT, exist_ok=True)
    titanic_a, titanic_b = split_titanic()
    bank = os.path.join(DATASETS, "bank-marketing")
    reference = {
        "generator": "scripts/drift-reference.py",
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "comparisons": [
            compare("bank-marketing train vs test", os.path.join(bank, "train.csv"), os.path.join(bank, "test.csv")),
            compare("bank-marketing train vs validation", os.path.join(bank, "train.csv"),
                    os.path.join(bank, "validation.csv")),
            compare("titanic first 500 vs the rest", titanic_a, titanic_b),
        ],
        "ks2samp": ks_cases(),
        "kstwo": kstwo_cases(),
        "chi2": chi2_cases(),
    }
    for comparison in reference["comparisons"]:
        for path_key in ("baseline", "production"):
            if comparison[path_key].startswith(".."):
                comparison[path_key] = os.path.relpath(os.path.join(DATASETS, comparison[path_key]), OUT)
                comparison[path_key] = "fixtures:" + comparison[path_key]
    with open(os.path.join(OUT, "scipy-reference.json"), "w", encoding="utf-8") as handle:
        json.dump(reference, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
