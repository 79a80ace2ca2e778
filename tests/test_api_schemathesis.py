"""schemathesis generates requests from the API's own OpenAPI description and checks every answer.

For every operation it sends requests that fit the description and requests that do not, through
the real WSGI application and database, and fails on any 5xx, a response that breaks the described
schema, a status code or content type the description does not list, a valid request refused, or
an invalid one accepted.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.generation.modes import GenerationMode

from anatomy.models import Muscle, MuscleGroup
from poses.conditions.models import Condition
from poses.models import Pose
from sequences.demo.loader import DemoLoader
from sequences.models import Sequence
from tests.factories import PoseFactory, SequenceFactory, SequenceStepFactory

DRAFTS = ("a-draft", "b-draft")


@pytest.fixture
def keep_the_test_connection():
    """schemathesis calls the plain WSGI handler, which closes the database connection after each
    request; Django's own test client keeps it, so the test's transaction survives. Do the same."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def api_schema(db, settings, keep_the_test_connection):
    settings.API_RATE_LIMIT = "0/minute"  # the fuzzer sends far more than any client would
    DemoLoader().load()
    # Drafts beside the founding content: nothing generated may ever reach them.
    draft = PoseFactory(slug="a-draft", is_published=False)
    SequenceStepFactory(sequence=SequenceFactory(slug="b-draft", is_published=False), pose=draft)
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


def operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def real_slugs(operation):
    """A detail endpoint's published slugs, so generated cases reach real items."""
    published = {
        "/api/v1/poses/{slug}/": Pose.objects.published(),
        "/api/v1/layers/{slug}/": MuscleGroup.objects.all(),
        "/api/v1/muscles/{slug}/": Muscle.objects.all(),
        "/api/v1/sequences/{slug}/": Sequence.objects.published(),
        "/api/v1/conditions/{slug}/": Condition.objects.all(),
    }
    if "{slug}" not in operation.path:
        return []
    return list(published[operation.path].values_list("slug", flat=True))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_the_api_keeps_its_description_for_any_request(api_schema, mode):
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
                for slug in real_slugs(operation)
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
    assert len(checked) == (10 if mode is GenerationMode.POSITIVE else 5), checked
