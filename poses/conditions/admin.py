"""The admin for the safety model, and the verdict matrix shown on every pose's admin page."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from backsite.addresses import OldAddressInline
from backsite.admin_base import ContentAdmin, OptionalInlineFormSet
from backsite.history import HistoryAdmin
from backsite.preview import MarkdownPreviewMixin
from backsite.review.admin import ReviewedAdminMixin

from .models import Condition, ConditionOldSlug, Movement, Source, Verdict
from .rules import publishing_gaps, publishing_message


class SourceInline(admin.TabularInline):
    model = Source
    fields = ("title", "url", "order")
    extra = 1


class ConditionOldAddressInline(OldAddressInline):
    model = ConditionOldSlug


@admin.register(Condition)
class ConditionAdmin(ReviewedAdminMixin, MarkdownPreviewMixin, HistoryAdmin, ContentAdmin):
    inlines = (SourceInline, ConditionOldAddressInline)
    list_display = ("name", "short_name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name", "short_name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "short_name", "slug", "description", "order")}),
        ("Advice", {"fields": ("helps", "careful", "red_flags")}),
    )


@admin.register(Movement)
class MovementAdmin(HistoryAdmin, ContentAdmin):
    """The movements are a fixed list that pages and checks rely on: they can be renamed only."""

    list_display = ("name", "slug", "order")
    fields = ("name", "slug", "order")
    readonly_fields = ("slug",)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class VerdictMatrixFormSet(OptionalInlineFormSet):
    """One row per condition: existing verdicts first, then a row for each condition still missing.

    Empty rows are not saved, so a condition left blank stays "not yet reviewed". Publishing is
    refused, with the missing parts named, until the pose has cautions and every verdict. Posted
    without the matrix, the verdicts already saved stay and still count.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reviewed = {verdict.condition_id for verdict in self.get_queryset()}
        self.initial_extra = [
            {"condition": condition.pk}
            for condition in Condition.objects.all()
            if condition.pk not in reviewed
        ]

    def clean(self):
        super().clean()
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or self._should_delete_form(form) or not data.get("condition"):
                continue
            condition = data["condition"]
            if condition.pk in seen:
                raise ValidationError(
                    "%(condition)s has two verdicts. Keep one of the two rows.",
                    code="duplicate_verdict",
                    params={"condition": condition},
                )
            seen.add(condition.pk)
        # Saved verdicts without a row in this POST still count.
        in_rows = {form.instance.pk for form in self.initial_forms}
        seen |= {
            verdict.condition_id for verdict in self.get_queryset() if verdict.pk not in in_rows
        }
        # The pose form's own fields arrive in the same POST, unprefixed.
        if self.data.get("is_published"):
            gaps = publishing_gaps(self.data.get("cautions", ""), seen)
            if gaps:
                raise ValidationError(publishing_message(gaps), code="cannot_publish")


class VerdictForm(forms.ModelForm):
    class Meta:
        model = Verdict
        fields = ("condition", "rating", "change", "gentler", "note")
        widgets = {"change": forms.Textarea(attrs={"rows": 2, "cols": 32})}


class VerdictInline(admin.TabularInline):
    model = Verdict
    fk_name = "pose"
    form = VerdictForm
    formset = VerdictMatrixFormSet
    autocomplete_fields = ("gentler",)
    verbose_name = "verdict"
    verbose_name_plural = "verdicts for each condition (empty rows stay “not yet reviewed”)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("condition", "gentler")

    def get_extra(self, request, obj=None, **kwargs):
        reviewed = set(obj.verdicts.values_list("condition", flat=True)) if obj else set()
        return Condition.objects.exclude(pk__in=reviewed).count()

    def get_max_num(self, request, obj=None, **kwargs):
        return Condition.objects.count()
