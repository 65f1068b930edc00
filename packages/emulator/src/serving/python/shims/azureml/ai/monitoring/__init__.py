"""The emulator's stand-in for azureml-ai-monitoring: Collector(name).collect(data) sends the rows to the emulator,
which writes them where Azure ML's model data collector does (modelDataCollector/... JSON Lines in the workspace's
default datastore), honouring the deployment's collections and sampling rate.
"""

import time
import uuid

import _azureml_emulator_bridge as bridge

__all__ = ["Collector", "BasicCorrelationContext"]


class BasicCorrelationContext:
    def __init__(self, id=None, headers=None):
        self.id = id or str(uuid.uuid4())
        self.headers = headers or {}

    def get_id(self):
        return self.id

    def get_headers(self):
        return self.headers


def _type_name(data):
    kind = type(data)
    return f"{kind.__module__}.{kind.__qualname__}"


def _rows(data):
    if _type_name(data) == "pandas.core.frame.DataFrame":
        return data.to_dict(orient="records")
    if isinstance(data, dict):
        columns = list(data.values())
        if columns and all(isinstance(c, (list, tuple)) for c in columns):
            lengths = {len(c) for c in columns}
            if len(lengths) == 1:
                names = list(data.keys())
                return [dict(zip(names, values)) for values in zip(*columns)]
        return [data]
    if isinstance(data, (list, tuple)) and all(isinstance(row, dict) for row in data):
        return list(data)
    raise TypeError(
        f"Collector.collect() takes a pandas DataFrame, a list of dicts (rows) or a dict; got {_type_name(data)}."
    )


class Collector:
    def __init__(self, *, name, on_error=None, **_ignored):
        self.name = name
        self.on_error = on_error

    def collect(self, data, correlation_context=None):
        request = bridge.current
        context = correlation_context or BasicCorrelationContext(
            request["correlationId"] if request else None
        )
        if self.name not in bridge.enabled:
            return context
        if request is not None and self.name not in request["collect"]:
            return context
        try:
            rows = _rows(data)
            bridge.emit(
                {
                    "op": "collect",
                    "collection": self.name,
                    "rows": rows,
                    "correlationId": context.get_id(),
                    "dataType": _type_name(data),
                    "time": time.time(),
                }
            )
        except Exception as error:  # noqa: BLE001 - the package reports collection errors through on_error
            if self.on_error is None:
                raise
            self.on_error(error)
        return context
