from django.contrib import admin

from .admin_base import ContentAdmin
from .history import HistoryAdmin
from .models import Page
from .preview import MarkdownPreviewMixin
from .review import lists  # noqa: F401  (changes waiting for review, reviews, pages due)


@admin.register(Page)
class PageAdmin(MarkdownPreviewMixin, HistoryAdmin, ContentAdmin):
    list_display = ("title", "slug", "updated")
    search_fields = ("title", "slug", "body")
    prepopulated_fields = {"slug": ("title",)}
    fields = ("title", "slug", "body")
