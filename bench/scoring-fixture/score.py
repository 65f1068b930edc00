"""The trivial scoring script of bench/scoring.ts: parse the input, answer its size."""

import json


def init():
    pass


def run(raw_data):
    return {"rows": len(json.loads(raw_data)["data"])}
