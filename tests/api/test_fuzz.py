"""A fuzz run of the OpenAPI schema (schemathesis): valid and invalid requests to every operation
give no 5xx (but /extract's documented 504), and responses match the schema. Bounded: a few dozen
cases per operation and mode."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.generation import GenerationMode  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402

from rasd.api.app import create_app  # noqa: E402
from rasd.config import Settings  # noqa: E402
from tests.api.conftest import TOKEN  # noqa: E402

#: Cases per operation: enough to find unhandled input, few enough to keep the suite fast.
EXAMPLES = 30


def _no_server_error(case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    documented_timeout = case.path == "/extract" and response.status_code == 504
    assert response.status_code < 500 or documented_timeout, (
        f"{case.method} {case.formatted_path} {case.query} {case.body!r:.200} → {response.status_code}: "
        f"{response.text[:300]}"
    )
    case.validate_response(response, checks=[response_schema_conformance])


def test_the_openapi_schema_fuzzed_gives_no_server_error(api_store) -> None:
    app = create_app(api_store, Settings(api_token=TOKEN))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            check = settings(
                max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
            )(given(case=operation.as_strategy(generation_mode=mode))(_no_server_error))
            try:
                check()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing invalid to send (no parameters, any string)
