"""Scoring script of an Azure ML online deployment of the bank-marketing model (init/run contract).

Request: {"data": [{"age": 41, "job": "admin.", ...}, ...]} (or "input_data"); response: {"probabilities": [...],
"predictions": ["yes"|"no", ...]}.

The rows scored and the answers are collected as `model_inputs` and `model_outputs` (Azure ML's model data collector,
azureml-ai-monitoring) when the deployment's data_collector enables them: what the drift check compares with the
training data. A collection that is not enabled collects nothing.
"""

import json
import logging
import os

from azureml.ai.monitoring import Collector

import bank_model

try:
    import pandas
except ImportError:  # the collector then gets the rows as a list of dicts
    pandas = None

MODEL = None
INPUTS = None
OUTPUTS = None


def _collection_failed(error):
    logging.warning("data collection failed: %s", error)


def init():
    global MODEL, INPUTS, OUTPUTS
    MODEL = bank_model.load(os.environ.get("AZUREML_MODEL_DIR", "."))
    INPUTS = Collector(name="model_inputs", on_error=_collection_failed)
    OUTPUTS = Collector(name="model_outputs", on_error=_collection_failed)


def _table(rows):
    return pandas.DataFrame(rows) if pandas is not None else rows


def run(raw_data):
    request = json.loads(raw_data) if isinstance(raw_data, (str, bytes)) else raw_data
    rows = request.get("data", request.get("input_data"))
    if not isinstance(rows, list) or not rows:
        return {"error": 'expected {"data": [ {column: value, ...}, ... ]}'}
    context = INPUTS.collect(_table(rows))
    coef, intercept, prep = MODEL
    scores = bank_model.predict_proba(bank_model.features(rows, prep), coef, intercept)
    answer = {
        "probabilities": [round(float(s), 6) for s in scores],
        "predictions": ["yes" if s >= 0.5 else "no" for s in scores],
    }
    OUTPUTS.collect(
        _table([{"probability": p, "prediction": c} for p, c in zip(answer["probabilities"], answer["predictions"])]),
        context,
    )
    return answer
