"""Values every page's template uses. Nothing here touches the database."""

from django.conf import settings


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        # The page's address without its query string: filtered and paginated lists share one.
        "canonical_url": request.build_absolute_uri(request.path),
    }
