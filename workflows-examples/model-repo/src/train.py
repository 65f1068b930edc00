"""Train the bank-marketing model: logistic regression by gradient descent (numpy), evaluated on validation data.

Reads train.csv and validation.csv from --training-data, writes the model folder to --model-output, and logs
accuracy, AUC and log loss with MLflow (on Azure ML they appear on the job; run-job returns them as `metrics`).
"""

import argparse
import csv
import json
import os

import numpy as np

import bank_model

try:
    import mlflow
except ImportError:  # running outside Azure ML without mlflow: metrics are printed and written to metrics.json
    mlflow = None


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as data:
        return list(csv.DictReader(data))


def auc(labels, scores):
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return 0.5
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--training-data", required=True, help="folder with train.csv and validation.csv")
    parser.add_argument("--model-output", required=True)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--learning-rate", type=float, default=0.5)
    parser.add_argument("--l2", type=float, default=0.001)
    args = parser.parse_args()

    train = read_rows(os.path.join(args.training_data, "train.csv"))
    validation = read_rows(os.path.join(args.training_data, "validation.csv"))
    prep = bank_model.fit_preprocessing(train)
    x = bank_model.features(train, prep)
    y = np.array([1.0 if row[bank_model.LABEL] == "yes" else 0.0 for row in train])
    print(f"training on {len(train)} rows, {x.shape[1]} features, {args.epochs} epochs")

    coef = np.zeros(x.shape[1])
    intercept = 0.0
    for epoch in range(args.epochs):
        error = bank_model.predict_proba(x, coef, intercept) - y
        coef -= args.learning_rate * (x.T @ error / len(y) + args.l2 * coef)
        intercept -= args.learning_rate * float(error.mean())
        if (epoch + 1) % max(1, args.epochs // 5) == 0:
            print(f"epoch {epoch + 1}: train log loss {log_loss(y, bank_model.predict_proba(x, coef, intercept)):.4f}")

    xv = bank_model.features(validation, prep)
    yv = np.array([1.0 if row[bank_model.LABEL] == "yes" else 0.0 for row in validation])
    scores = bank_model.predict_proba(xv, coef, intercept)
    metrics = {
        "accuracy": float(((scores >= 0.5) == (yv == 1)).mean()),
        "auc": auc(yv, scores),
        "log_loss": log_loss(yv, scores),
    }
    print(f"validation metrics: {json.dumps(metrics)}")
    bank_model.save(args.model_output, coef, intercept, prep)
    with open(os.path.join(args.model_output, "metrics.json"), "w", encoding="utf-8") as out:
        json.dump(metrics, out, indent=2)
    if mlflow is not None:
        mlflow.log_params({"epochs": args.epochs, "learning_rate": args.learning_rate, "l2": args.l2})
        mlflow.log_metrics(metrics)


def log_loss(labels, scores):
    clipped = np.clip(scores, 1e-12, 1 - 1e-12)
    return float(-(labels * np.log(clipped) + (1 - labels) * np.log(1 - clipped)).mean())


if __name__ == "__main__":
    main()
