from django.contrib import admin

from backsite.addresses import OldAddressInline
from backsite.admin_base import ContentAdmin
from backsite.history import HistoryAdmin
from backsite.preview import MarkdownPreviewMixin
from backsite.review.admin import ReviewedAdminMixin

from .models import Muscle, MuscleGroup, MuscleOldSlug


@admin.register(MuscleGroup)
class MuscleGroupAdmin(MarkdownPreviewMixin, HistoryAdmin, ContentAdmin):
    list_display = ("name", "depth", "summary")
    search_fields = ("name", "summary")
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug", "depth", "summary", "description")


class MuscleOldAddressInline(OldAddressInline):
    model = MuscleOldSlug


@admin.register(Muscle)
class MuscleAdmin(ReviewedAdminMixin, MarkdownPreviewMixin, HistoryAdmin, ContentAdmin):
    list_display = ("name", "group", "parent", "order")
    list_filter = ("group",)
    list_select_related = ("group", "parent")
    search_fields = ("name", "aliases", "location", "action")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent",)
    inlines = (MuscleOldAddressInline,)
    fieldsets = (
        (None, {"fields": ("name", "aliases", "slug", "group", "parent", "order")}),
        ("What it is and does", {"fields": ("location", "action", "description")}),
        ("Anatomy facts (optional)", {"fields": ("origin", "insertion", "innervation")}),
    )
