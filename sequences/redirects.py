"""Old sequence addresses lead to the sequence's new one (a permanent redirect, query kept)."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse

from .models import FormerAddress


class FormerAddressMixin:
    """On a sequence page whose slug is unknown, follow a former address before giving up."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            target = (
                FormerAddress.objects.filter(slug=kwargs.get("slug"))
                .exclude(sequence__slug=kwargs.get("slug"))
                .values_list("sequence__slug", flat=True)
                .first()
            )
            if target is None:
                raise
            url = reverse(request.resolver_match.view_name, kwargs={**kwargs, "slug": target})
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def following_former_addresses(view_class):
    """The view, answering a former address of its sequence with a redirect to the new one."""
    return type(view_class.__name__, (FormerAddressMixin, view_class), {})
