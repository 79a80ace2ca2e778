"""schemathesis generates requests from the API's own OpenAPI description and checks every answer.

For every operation it sends requests that fit the description and requests that do not, through
the real WSGI application and database, and fails on any 5xx, a response that breaks the described
schema, a status code or content type the description does not list, a valid request refused, or
an invalid one accepted.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.generation.modes import GenerationMode

from sequences.demo.loader import DemoLoader
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

DRAFTS = ("a-draft", "b-draft")


@pytest.fixture
def api_schema(db, settings):
    settings.API_RATE_LIMIT = "0/minute"  # the fuzzer sends far more than any client would
    DemoLoader().load()
    # Drafts beside the founding content: nothing generated may ever reach them.
    draft = PoseFactory(slug="a-draft", is_published=False)
    SequenceStepFactory(sequence=SequenceFactory(slug="b-draft", is_published=False), pose=draft)
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def real_slugs(client, operation):
    """For a detail endpoint, the slugs its list publishes, so generated cases reach real items."""
    if "{slug}" not in operation.path:
        return []
    listed = client.get(operation.path.replace("{slug}/", "")).json()
    items = listed if isinstance(listed, list) else listed["results"]
    return [item["slug"] for item in items]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_description_for_any_request(api_schema, mode, client):
    checked = []
    for operation in operations(api_schema):
        query = [p for p in operation.definition.raw.get("parameters", []) if p["in"] == "query"]
        if mode is GenerationMode.NEGATIVE and not query:
            # Any text is a valid slug to ask for (an unknown one is a 404, tested elsewhere).
            continue

        strategies = [operation.as_strategy(generation_mode=mode)]
        if mode is GenerationMode.POSITIVE:
            strategies += [
                operation.as_strategy(path_parameters={"slug": slug})
                for slug in real_slugs(client, operation)
            ]
        for strategy in strategies:

            @given(case=strategy)
            @hypothesis_settings(
                max_examples=30,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def check(case):
                response = case.call_and_validate()
                assert response.status_code < 500
                assert not any(draft in response.text for draft in DRAFTS)

            check()
        checked.append(operation.label)
    # Every endpoint was exercised, so a new one cannot slip past the fuzzer.
    assert len(checked) == (8 if mode is GenerationMode.POSITIVE else 3), checked
