from adminsortable2.admin import SortableAdminBase, SortableTabularInline
from django import VERSION as DJANGO_VERSION
from django.contrib import admin
from django.contrib.staticfiles import finders
from django.db.models import Count
from django.forms import Media
from django.template.loader import render_to_string

from backsite.admin_base import ContentAdmin, OptionalInlineFormSet
from backsite.history import HistoryAdmin
from backsite.preview import MarkdownPreviewMixin
from backsite.review.admin import ReviewedAdminMixin
from poses.admin import PoseAdmin
from poses.models import Pose

from .balance import sequence_balance
from .forms import SequenceStepForm, SequenceStepFormSet
from .models import FormerAddress, Sequence, SequenceStep, Tip
from .tip_inlines import PoseTipInline, SequenceTipInline

# adminsortable2 swaps Django's actions.js for a patched copy named after the Django version and
# ships none for versions newer than it knows; fall back to Django's own script then.
SORTABLE_ACTIONS_JS = "adminsortable2/js/actions-{}.{}.js".format(*DJANGO_VERSION[:2])


class SequenceStepInline(MarkdownPreviewMixin, SortableTabularInline):
    model = SequenceStep
    form = SequenceStepForm
    formset = SequenceStepFormSet
    ordering = ("position",)
    fields = ("pose", "side", "hold_seconds", "repetitions", "optional", "optional_reason", "notes")
    autocomplete_fields = ("pose",)
    extra = 1


class FormerAddressInline(admin.TabularInline):
    model = FormerAddress
    formset = OptionalInlineFormSet
    fields = ("slug",)
    extra = 0


@admin.register(Sequence)
class SequenceAdmin(
    ReviewedAdminMixin, SortableAdminBase, MarkdownPreviewMixin, HistoryAdmin, ContentAdmin
):
    inlines = (SequenceStepInline, SequenceTipInline, FormerAddressInline)
    list_display = ("title", "level", "step_count", "repeat_count", "order", "is_published")
    list_filter = ("level", "is_published")
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    fields = (
        "title", "slug", "summary", "introduction", "repeat_count", "level", "order",
        "is_published", "balance_check", "balance_note",
    )  # fmt: skip
    readonly_fields = ("balance_check",)

    @property
    def media(self):
        media = super().media
        if finders.find(SORTABLE_ACTIONS_JS):
            return media
        js = ["admin/js/actions.js" if p == SORTABLE_ACTIONS_JS else p for p in media._js]
        return Media(css=media._css, js=js)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(step_total=Count("steps"))

    @admin.display(description="balance check")
    def balance_check(self, sequence):
        """The same check as the sequence page, for the steps as last saved. Three queries."""
        if sequence.pk is None:
            return "Save the sequence with its steps to see its balance check."
        saved = Sequence.objects.with_movements().get(pk=sequence.pk)
        steps = list(saved.steps.all())
        if not steps:
            return "No steps yet."
        result = sequence_balance(saved, steps)
        return render_to_string(
            "sequences/includes/balance.html",
            {
                "balance": result.balance,
                "optional_warnings": result.with_optional,
                "optional_count": result.optional_count,
                "balance_id": "admin-balance",
            },
        )

    @admin.display(description="steps", ordering="step_total")
    def step_count(self, sequence):
        return sequence.step_total


@admin.register(Tip)
class TipAdmin(MarkdownPreviewMixin, HistoryAdmin, ContentAdmin):
    list_display = ("title", "kind", "is_featured", "order")
    list_filter = ("kind", "is_featured")
    list_editable = ("order",)
    search_fields = ("title", "body")
    autocomplete_fields = ("sequences", "poses")
    fields = ("title", "kind", "body", "is_featured", "order", "sequences", "poses")


class PoseWithTipsAdmin(PoseAdmin):
    """The pose admin with the pose's tips, added here because tips sit above poses."""

    inlines = (*PoseAdmin.inlines, PoseTipInline)


admin.site.unregister(Pose)
admin.site.register(Pose, PoseWithTipsAdmin)
