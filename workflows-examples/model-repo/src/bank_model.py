"""Features and predictions of the bank-marketing model, shared by training (train.py) and scoring (score.py).

The model is a logistic regression written with numpy only. A saved model is a folder with:
  weights.npz         coef, intercept, and the mean/std used to standardise numeric features
  preprocessing.json  the numeric columns, the categories of each categorical column, the label
"""

import json
import os

import numpy as np

LABEL = "y"
NUMERIC = [
    "age", "duration", "campaign", "pdays", "previous", "emp.var.rate",
    "cons.price.idx", "cons.conf.idx", "euribor3m", "nr.employed",
]
CATEGORICAL = [
    "job", "marital", "education", "default", "housing", "loan", "contact", "month", "day_of_week", "poutcome",
]


def fit_preprocessing(rows):
    """Category lists and numeric mean/std from the training rows."""
    categories = {name: sorted({row[name] for row in rows}) for name in CATEGORICAL}
    numeric = np.array([[float(row[name]) for name in NUMERIC] for row in rows])
    return {
        "numeric": NUMERIC,
        "categorical": categories,
        "label": LABEL,
        "mean": numeric.mean(axis=0).tolist(),
        "std": (numeric.std(axis=0) + 1e-9).tolist(),
    }


def features(rows, prep):
    """The design matrix: standardised numeric columns, then one-hot categories (unknown ones are all zero)."""
    numeric = np.array([[float(row[name]) for name in prep["numeric"]] for row in rows])
    numeric = (numeric - np.array(prep["mean"])) / np.array(prep["std"])
    blocks = [numeric]
    for name, values in prep["categorical"].items():
        index = {value: i for i, value in enumerate(values)}
        onehot = np.zeros((len(rows), len(values)))
        for r, row in enumerate(rows):
            position = index.get(row.get(name))
            if position is not None:
                onehot[r, position] = 1.0
        blocks.append(onehot)
    return np.hstack(blocks)


def predict_proba(x, coef, intercept):
    return 1.0 / (1.0 + np.exp(-(x @ coef + intercept)))


def save(folder, coef, intercept, prep):
    os.makedirs(folder, exist_ok=True)
    np.savez(os.path.join(folder, "weights.npz"), coef=coef, intercept=np.array([intercept]))
    with open(os.path.join(folder, "preprocessing.json"), "w", encoding="utf-8") as out:
        json.dump(prep, out, indent=2)


def load(folder):
    """Loads a saved model from `folder` or the first folder below it that holds weights.npz."""
    for root, _dirs, files in os.walk(folder):
        if "weights.npz" in files:
            weights = np.load(os.path.join(root, "weights.npz"))
            with open(os.path.join(root, "preprocessing.json"), encoding="utf-8") as prep:
                return weights["coef"], float(weights["intercept"][0]), json.load(prep)
    raise FileNotFoundError(f"no weights.npz below {folder}")
