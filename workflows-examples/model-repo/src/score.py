"""Scoring script of an Azure ML online deployment of the bank-marketing model (init/run contract).

Request: {"data": [{"age": 41, "job": "admin.", ...}, ...]} (or "input_data"); response: {"probabilities": [...],
"predictions": ["yes"|"no", ...]}.
"""

import json
import os

import bank_model

MODEL = None


def init():
    global MODEL
    MODEL = bank_model.load(os.environ.get("AZUREML_MODEL_DIR", "."))


def run(raw_data):
    request = json.loads(raw_data) if isinstance(raw_data, (str, bytes)) else raw_data
    rows = request.get("data", request.get("input_data"))
    if not isinstance(rows, list) or not rows:
        return {"error": 'expected {"data": [ {column: value, ...}, ... ]}'}
    coef, intercept, prep = MODEL
    scores = bank_model.predict_proba(bank_model.features(rows, prep), coef, intercept)
    return {
        "probabilities": [round(float(s), 6) for s in scores],
        "predictions": ["yes" if s >= 0.5 else "no" for s in scores],
    }
