"""What the routes share: the JSON writer."""

from __future__ import annotations

import json

from fastapi.responses import JSONResponse

from rasd.api.deps import FastJSON


def test_fast_json_writes_the_same_values_as_the_standard_writer() -> None:
    content = {
        "events": [
            {"id": 7, "actor1": "قوات النظام", "latitude": 36.20212, "fatalities": None, "weapons": []},
            {"id": 8, "confidence": 0.85, "longitude": -0.1, "reviewed": True, "spans": [{"start": 0}]},
        ],
        "next": None,
    }
    fast = FastJSON(content).body
    assert json.loads(fast) == json.loads(JSONResponse(content).body) == content
    assert "قوات النظام".encode() in fast  # UTF-8, not \u escapes, as JSONResponse writes it
