"""The emulator's stand-in for azureml.contrib.services.aml_response (the inference server's legacy import path)."""

from _azureml_emulator_bridge import AMLResponse

__all__ = ["AMLResponse"]
