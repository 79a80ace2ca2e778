"""Response headers Django does not send by itself, or not on every response."""

from django.conf import settings


class SecurityHeadersMiddleware:
    """Permissions-Policy and framing denied on every response, static and cached ones included.

    It sits outside WhiteNoise and the page cache, so files and cached pages get the same headers
    as freshly rendered pages.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if not getattr(response, "xframe_options_exempt", False):
            response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response
