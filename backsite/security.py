"""Login protection: the django-axes backend and the client address it counts failures against."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth import get_user_model


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login that arrives over HTTP.

    A login with no request (a management command, a test's ``client.login()``) cannot be a
    brute-force attempt from the internet, so it is left to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def client_ip(request):
    """The visitor's address: the connection's, or the one our trusted proxies recorded.

    With TRUSTED_PROXY_COUNT = n, each of the n proxies appended the address it saw to
    X-Forwarded-For, so the n-th entry from the right is the visitor; anything further left was sent
    by the visitor and cannot be trusted.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")


def client_username(request, credentials=None):
    """The username a sign-in attempt is recorded under, cut to the longest a real account has.

    A visitor can type anything; the lockout's record must still fit its column (255 characters on
    PostgreSQL) and hold no NUL character, and no real account has a longer name than ours allow.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    name = credentials.get(field) if credentials else request.POST.get(field)
    if name is None:
        return None
    user_model = get_user_model()
    longest = user_model._meta.get_field(user_model.USERNAME_FIELD).max_length or 150
    return str(name).replace("\x00", "")[:longest]
