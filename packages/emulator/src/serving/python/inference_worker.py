"""One instance of an online deployment, as Azure ML's inference server runs it: load the scoring script, call init()
once, then run(raw_data) per request with the request body as a string, within the request timeout.

Usage: python3 inference_worker.py APP_ROOT ENTRY_SCRIPT
Protocol (newline-delimited JSON): requests arrive on fd 3, answers leave on fd 4. stdout and stderr are the
container's log, as in Azure ML (the script's prints and logging go there).
  in:  {"op": "run", "id": N, "body": str, "headers": {...}, "timeoutMs": N, "correlationId": str, "collect": [...]}
  out: {"op": "ready"} | {"op": "init-failed", "message": str, "missing": str|null}
       {"op": "result", "id": N, "status": N, "body": str, "headers": {...}, "ms": float}
       {"op": "collect", "collection": str, "rows": [...], "correlationId": str, "dataType": str, "time": float}
"""

import importlib.util
import inspect
import json
import logging
import os
import signal
import sys
import threading
import time
import traceback

import _azureml_emulator_bridge as bridge

logging.basicConfig(
    level=logging.INFO,
    stream=sys.stdout,
    format="%(asctime)s %(levelname).1s [%(process)d] %(name)s - %(message)s",
)
log = logging.getLogger("azmlinfsrv")

_out = os.fdopen(4, "wb", buffering=0)
_lock = threading.Lock()


def _json_default(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def send(message):
    line = json.dumps(message, default=_json_default).encode("utf-8") + b"\n"
    with _lock:
        _out.write(line)


bridge.emit = send


class ScoringTimeout(Exception):
    pass


def _on_alarm(_signum, _frame):
    raise ScoringTimeout()


def load_script(app_root, entry_script):
    sys.path.insert(0, app_root)
    os.chdir(app_root)
    location = os.path.join(app_root, entry_script.replace("/", os.sep))
    spec = importlib.util.spec_from_file_location("entry_module", location)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("init", "run"):
        if not hasattr(module, name):
            raise AttributeError(f"User script at {location} does not have a {name}() function defined.")
    return module


def run_caller(run):
    """How to call run(): the input as its first argument, request_headers too when it asks for them."""
    params = [p for p in inspect.signature(run).parameters.values()]
    if any(p.kind not in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) for p in params):
        raise TypeError("run() cannot accept positional-only arguments, *args, or **kwargs.")
    wants_headers = any(p.name == "request_headers" for p in params)
    inputs = [p for p in params if p.name != "request_headers"]
    if not inputs:
        raise TypeError("run() needs to accept an argument for input data.")
    name = inputs[0].name
    if wants_headers:
        return lambda body, headers: run(**{name: body, "request_headers": headers})
    return lambda body, _headers: run(**{name: body})


def error_result(request_id, status, message, started):
    return {
        "op": "result",
        "id": request_id,
        "status": status,
        "body": json.dumps({"message": message}),
        "headers": {"x-ms-run-function-failed": "True"},
        "ms": (time.perf_counter() - started) * 1000,
    }


def score(call, request):
    request_id = request["id"]
    started = time.perf_counter()
    bridge.current = {"correlationId": request["correlationId"], "collect": set(request.get("collect", []))}
    timeout_s = max(request["timeoutMs"], 1) / 1000
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        output = call(request["body"], request.get("headers", {}))
    except ScoringTimeout:
        log.error("Encountered Exception: Scoring timeout after %d ms", request["timeoutMs"])
        return error_result(request_id, 500, f"Scoring timeout after {request['timeoutMs']} ms", started)
    except Exception:  # noqa: BLE001 - the server answers any exception of run() with a 500
        signal.setitimer(signal.ITIMER_REAL, 0)
        log.error("Encountered Exception: %s", traceback.format_exc())
        return error_result(
            request_id, 500, "An unexpected error occurred in scoring script. Check the logs for more info.", started
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        bridge.current = None
    elapsed = (time.perf_counter() - started) * 1000
    if isinstance(output, bridge.AMLResponse):
        body = output.body
        if isinstance(body, (bytes, bytearray)):
            body = body.decode("utf-8", errors="replace")
        return {
            "op": "result",
            "id": request_id,
            "status": output.status_code,
            "body": body if isinstance(body, str) else json.dumps(body, default=_json_default),
            "headers": {str(k): str(v) for k, v in output.headers.items()},
            "ms": elapsed,
        }
    try:
        body = json.dumps(output)
    except (TypeError, ValueError):
        log.error("Encountered Exception: %s", traceback.format_exc())
        return error_result(
            request_id, 500, "An unexpected internal error occurred. Check the logs for more info.", started
        )
    return {"op": "result", "id": request_id, "status": 200, "body": body, "headers": {}, "ms": elapsed}


def main():
    app_root, entry_script = sys.argv[1], sys.argv[2]
    signal.signal(signal.SIGALRM, _on_alarm)
    log.info("Starting up the inference worker (AML_APP_ROOT=%s, entry script %s)", app_root, entry_script)
    try:
        module = load_script(app_root, entry_script)
        call = run_caller(module.run)
        log.info("Invoking user's init function")
        module.init()
    except BaseException as error:  # noqa: BLE001 - any failure of import or init() fails the container
        log.error("User's init function failed")
        log.error("Encountered Exception: %s", traceback.format_exc())
        missing = error.name if isinstance(error, ModuleNotFoundError) else None
        send({"op": "init-failed", "message": f"{type(error).__name__}: {error}", "missing": missing})
        sys.stdout.flush()
        sys.exit(1)
    log.info("Users's init has completed successfully")
    send({"op": "ready"})
    with os.fdopen(3, "rb") as requests:
        for line in requests:
            request = json.loads(line)
            result = score(call, request)
            log.info("POST /score %d %.3fms %d", result["status"], result["ms"], len(result["body"]))
            send(result)


if __name__ == "__main__":
    main()
