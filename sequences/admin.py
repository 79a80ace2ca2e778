from adminsortable2.admin import SortableAdminBase, SortableTabularInline
from django import VERSION as DJANGO_VERSION
from django.contrib import admin
from django.contrib.staticfiles import finders
from django.db.models import Count
from django.forms import Media

from backsite.admin_base import ContentAdmin

from .forms import SequenceStepForm, SequenceStepFormSet
from .models import Sequence, SequenceStep, Tip

# adminsortable2 swaps Django's actions.js for a patched copy named after the Django version and
# ships none for versions newer than it knows; fall back to Django's own script then.
SORTABLE_ACTIONS_JS = "adminsortable2/js/actions-{}.{}.js".format(*DJANGO_VERSION[:2])


class SequenceStepInline(SortableTabularInline):
    model = SequenceStep
    form = SequenceStepForm
    formset = SequenceStepFormSet
    ordering = ("position",)
    fields = ("pose", "side", "hold_seconds", "repetitions", "notes")
    autocomplete_fields = ("pose",)
    extra = 1


@admin.register(Sequence)
class SequenceAdmin(SortableAdminBase, ContentAdmin):
    inlines = (SequenceStepInline,)
    list_display = ("title", "level", "step_count", "repeat_count", "order", "is_published")
    list_filter = ("level", "is_published")
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    fields = (
        "title", "slug", "summary", "introduction", "repeat_count", "level", "order",
        "is_published",
    )  # fmt: skip

    @property
    def media(self):
        media = super().media
        if finders.find(SORTABLE_ACTIONS_JS):
            return media
        js = ["admin/js/actions.js" if p == SORTABLE_ACTIONS_JS else p for p in media._js]
        return Media(css=media._css, js=js)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(step_total=Count("steps"))

    @admin.display(description="steps", ordering="step_total")
    def step_count(self, sequence):
        return sequence.step_total


@admin.register(Tip)
class TipAdmin(ContentAdmin):
    list_display = ("title", "kind", "is_featured", "order")
    list_filter = ("kind", "is_featured")
    list_editable = ("order",)
    search_fields = ("title", "body")
    autocomplete_fields = ("sequences", "poses")
    fields = ("title", "kind", "body", "is_featured", "order", "sequences", "poses")
