"""The emulator's stand-in for azureml_inference_server_http.api.aml_response."""

from _azureml_emulator_bridge import AMLResponse

__all__ = ["AMLResponse"]
