"""Version 1 of the public, read-only JSON API, assembled from each app's own ``api.py``.

Like ``backsite/urls.py`` this module sits above every app: only the root URLconf imports it.
"""

from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError
from ninja.openapi.docs import Swagger

from anatomy.api import router as anatomy_router
from poses.api import router as poses_router
from poses.conditions.api import router as conditions_router
from sequences.api import router as sequences_router

from .api_protocol import json_error
from .apikit import NAMESPACE

api = NinjaAPI(
    title="Backsite API",
    version="1",
    description=(
        "Read-only access to Backsite's published poses, back muscles, sequences and the "
        "conditions visitors choose on My back, with each pose's verdict for each condition. "
        "Texts are sanitised HTML. Every response carries an ETag; send it back in "
        "If-None-Match to get a 304 when nothing changed. Requests are limited per client "
        "address: a 429 says how long to wait in Retry-After."
    ),
    urls_namespace=NAMESPACE,
    docs=Swagger(settings={"validatorUrl": None, "tryItOutEnabled": True}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
api.add_router("/poses", poses_router)
api.add_router("", anatomy_router)
api.add_router("", sequences_router)
api.add_router("", conditions_router)


@api.exception_handler(ValidationError)
def bad_parameter(request, exc):
    """400 naming the first parameter that is wrong, for example "Query parameter 'page'"."""
    first = exc.errors[0] if exc.errors else {}
    where = [str(part) for part in first.get("loc", ()) if part not in ("query", "path")]
    name = where[-1] if where else "request"
    return json_error(400, f"Query parameter '{name}': {first.get('msg', 'is not valid')}.")


@api.exception_handler(HttpError)
def http_error(request, exc):
    return json_error(exc.status_code, str(exc))


@api.exception_handler(Http404)
def not_found(request, exc):
    return json_error(404, str(exc) or "Nothing is published at this address.")
