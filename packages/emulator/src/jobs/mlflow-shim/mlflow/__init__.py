"""The tracking functions of mlflow, provided by the azureml-emulator to jobs on machines without mlflow.

On Azure ML a job's ``mlflow.log_metric`` calls go to the workspace's MLflow tracking server. Here they are
appended, one JSON object per line, to the file named by AZUREML_EMULATOR_MLFLOW_LOG; the emulator serves them
through the MLflow REST API (``/api/2.0/mlflow/runs/get``), as Azure ML does. Artifacts are copied to
AZUREML_EMULATOR_ARTIFACTS and uploaded to the job's artifact folder. Only the tracking API is here: flavors
such as ``mlflow.sklearn`` need the real package (``pip install mlflow``).
"""

import json
import os
import shutil
import sys
import time

__version__ = "0.0.0+azureml-emulator"
_LOG = os.environ.get("AZUREML_EMULATOR_MLFLOW_LOG")
_ARTIFACTS = os.environ.get("AZUREML_EMULATOR_ARTIFACTS")
_RUN_ID = os.environ.get("MLFLOW_RUN_ID", "local")


def _record(kind, **fields):
    if _LOG is None:
        return
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps({"kind": kind, **fields}) + "\n")


def _now_ms():
    return int(time.time() * 1000)


def log_metric(key, value, step=None, timestamp=None, **_ignored):
    _record("metric", key=str(key), value=float(value), step=int(step or 0), timestamp=int(timestamp or _now_ms()))


def log_metrics(metrics, step=None, timestamp=None, **_ignored):
    for key, value in metrics.items():
        log_metric(key, value, step=step, timestamp=timestamp)


def log_param(key, value, **_ignored):
    _record("param", key=str(key), value=str(value))
    return value


def log_params(params, **_ignored):
    for key, value in params.items():
        log_param(key, value)


def set_tag(key, value, **_ignored):
    _record("tag", key=str(key), value=str(value))


def set_tags(tags, **_ignored):
    for key, value in tags.items():
        set_tag(key, value)


def log_artifact(local_path, artifact_path=None, **_ignored):
    if _ARTIFACTS is None:
        return
    target = os.path.join(_ARTIFACTS, artifact_path or "")
    os.makedirs(target, exist_ok=True)
    shutil.copy2(local_path, target)


def log_artifacts(local_dir, artifact_path=None, **_ignored):
    if _ARTIFACTS is None:
        return
    shutil.copytree(local_dir, os.path.join(_ARTIFACTS, artifact_path or ""), dirs_exist_ok=True)


def log_text(text, artifact_file, **_ignored):
    if _ARTIFACTS is None:
        return
    target = os.path.join(_ARTIFACTS, artifact_file)
    os.makedirs(os.path.dirname(target) or _ARTIFACTS, exist_ok=True)
    with open(target, "w", encoding="utf-8") as out:
        out.write(text)


def log_dict(dictionary, artifact_file, **_ignored):
    log_text(json.dumps(dictionary, indent=2), artifact_file)


class _RunInfo:
    def __init__(self):
        self.run_id = _RUN_ID
        self.run_uuid = _RUN_ID
        self.status = "RUNNING"


class ActiveRun:
    """What ``start_run`` returns; usable as a context manager, like mlflow's."""

    def __init__(self):
        self.info = _RunInfo()

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        return False


_ACTIVE = ActiveRun()


def start_run(*_args, **_kwargs):
    return _ACTIVE


def end_run(*_args, **_kwargs):
    return None


def active_run():
    return _ACTIVE


def autolog(*_args, **_kwargs):
    print(
        "mlflow.autolog() does nothing here: mlflow is not installed, the azureml-emulator records only explicit "
        "log_metric/log_param calls",
        file=sys.stderr,
    )


def set_tracking_uri(*_args, **_kwargs):
    return None


def get_tracking_uri():
    return "azureml-emulator"


def set_experiment(*_args, **_kwargs):
    return None
