"""View helpers every app shares."""

from django.utils.cache import patch_cache_control


class PublishedOrPreviewMixin:
    """Visitors see published objects only; staff may preview drafts.

    A draft preview is marked ``is_preview`` for the template and is never stored by a browser or a
    shared cache, so a draft cannot leak to visitors through the page cache.
    """

    is_preview = False

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.request.user.is_staff:
            return queryset
        return queryset.published()

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        self.is_preview = not obj.is_published
        return obj

    def get_context_data(self, **kwargs):
        kwargs.setdefault("is_preview", self.is_preview)
        return super().get_context_data(**kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.is_preview:
            patch_cache_control(response, private=True, no_cache=True, no_store=True, max_age=0)
        return response
