"""Shared state between the emulator's inference worker and the shims a scoring script imports.

The worker sets `emit` (sends a message to the emulator) and `current` (the request being scored); the shims
(azureml.ai.monitoring.Collector, AMLResponse) read them.
"""

import json
import os

# Sends one protocol message (a dict) to the emulator; set by the worker.
emit = None

# The request being scored: {"correlationId": str, "collect": [collection names sampled in]}, or None.
current = None

# Collections enabled on the deployment (data_collector.collections with dataCollectionMode Enabled).
enabled = set(json.loads(os.environ.get("AZUREML_EMULATOR_COLLECTIONS", "[]")))


class AMLResponse:
    """What run() returns to choose the HTTP answer: body, status code and headers (as the inference server's)."""

    def __init__(self, message, status_code=200, response_headers=None, json_str=False, run_function_failed=False):
        self.body = json.dumps(message) if json_str else message
        self.status_code = int(status_code)
        self.headers = dict(response_headers or {})
        self.run_function_failed = run_function_failed
