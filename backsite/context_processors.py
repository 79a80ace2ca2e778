"""Values every page's template uses. Nothing here touches the database."""

from django.conf import settings


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME,
        # The page's address without its query string: filtered and paginated lists share one.
        "canonical_url": request.build_absolute_uri(request.path),
        # The site section the navigation marks as current; the 404 page sets it to "" itself.
        "nav_section": match.namespace if (match := request.resolver_match) else "",
    }
