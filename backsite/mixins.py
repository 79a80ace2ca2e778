"""View helpers every app shares."""

from django.utils.cache import add_never_cache_headers, patch_cache_control


class PublishedOrPreviewMixin:
    """Visitors see published objects only; staff who may change the model may preview drafts.

    A draft preview is marked ``is_preview`` for the template and is never stored by a browser or a
    shared cache, so a draft cannot leak to visitors through the page cache.
    """

    is_preview = False

    def may_preview(self):
        user = self.request.user
        opts = self.model._meta
        return user.is_staff and user.has_perm(f"{opts.app_label}.change_{opts.model_name}")

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.may_preview():
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
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response
