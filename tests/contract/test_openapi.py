"""The committed spec is what partners and both front ends build their clients from."""

from __future__ import annotations

import json
from pathlib import Path

from api.app import create_app
from api.settings import ROOT, Environment, Settings

SPEC = ROOT / "openapi" / "openapi.json"


def running_spec() -> dict[str, object]:
    return create_app(Settings(environment=Environment.TEST)).openapi()


def test_committed_spec_matches_the_running_app():
    committed = json.loads(SPEC.read_text(encoding="utf-8"))

    assert committed == running_spec(), "run `make openapi` and commit openapi/openapi.json"


def test_every_operation_is_documented_and_declares_its_errors():
    spec = running_spec()
    for path, operations in spec["paths"].items():  # type: ignore[attr-defined]
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("summary") and operation.get("description"), where
            assert "-" in operation["operationId"], where
            error_statuses = [s for s in operation["responses"] if s.startswith(("4", "5"))]
            assert error_statuses, f"{where} declares no error response"


def test_every_schema_field_has_a_description():
    schemas = running_spec()["components"]["schemas"]  # type: ignore[index]
    missing = [
        f"{name}.{field}"
        for name, schema in schemas.items()
        if not name.startswith(("HTTPValidationError", "ValidationError", "Body_"))
        for field, prop in schema.get("properties", {}).items()
        if "description" not in prop
    ]
    assert missing == []


def test_docs_are_served_at_api_docs():
    app = create_app(Settings(environment=Environment.TEST))

    assert app.docs_url == "/api/docs"
    assert Path(SPEC).is_file()
