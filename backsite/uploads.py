"""Uploads served by Django itself: only in development and the local production trial."""

from django.conf import settings
from django.http import Http404
from django.views.static import serve


def serve_upload(request, path):
    """A file from MEDIA_ROOT. A name the filesystem refuses (too long, a NUL byte) is a 404."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError):
        raise Http404("No such file.") from None
