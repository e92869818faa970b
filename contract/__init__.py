"""The contract-check job: schemathesis checks openapi.yaml against the emulator or a live API."""
