"""Tips edited from the page of the pose or sequence they belong to, as well as on their own.

A tip can belong to several poses and sequences, so each row here is the link: it either picks an
existing tip, or writes a new one, and its title, kind and text change the tip itself (everywhere
it is shown, which the row says). The pose admin lives below this app, so the tips inline is added
to it from here (sequences may import poses; poses never imports sequences).
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from backsite.admin_base import OptionalInlineFormSet
from backsite.admin_versions import stale_message
from backsite.preview import mark_for_preview

from .models import Tip

TEXT_FIELDS = ("title", "kind", "body")


class TipLinkForm(forms.ModelForm):
    # The version of the linked tip this row was opened at: a row whose tip someone else has saved
    # since is refused rather than writing its older words over theirs (backsite/admin_versions.py).
    tip_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    title = forms.CharField(max_length=150, required=False)
    kind = forms.ChoiceField(choices=Tip.Kind.choices, initial=Tip.Kind.TIP, required=False)
    body = forms.CharField(
        label="text (Markdown)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tip"].required = False
        self.fields["tip"].help_text = "An existing tip, or leave empty and write a new one."
        mark_for_preview(self.fields["body"].widget, Tip)
        tip = self.instance.tip if self.instance.pk else None
        if tip is not None:
            for name in TEXT_FIELDS:
                self.initial.setdefault(name, getattr(tip, name))
            self.initial.setdefault("tip_version", tip.version)

    def clean(self):
        cleaned = super().clean()
        tip = cleaned.get("tip")
        title = (cleaned.get("title") or "").strip()
        body = (cleaned.get("body") or "").strip()
        if tip is None and not (title or body):
            if self.has_changed():
                raise ValidationError(
                    "Choose an existing tip, or give the new tip a title and text."
                )
            return cleaned
        linked = self.instance.tip if self.instance.pk else None
        seen = cleaned.get("tip_version")
        if (
            tip is not None
            and tip == linked
            and seen is not None
            and seen != tip.version
            and any(cleaned.get(name) != getattr(tip, name) for name in TEXT_FIELDS)
        ):
            raise ValidationError(stale_message(tip), code="stale_version")
        if tip is not None and not (title or body):
            # Picked only: the tip keeps its words.
            cleaned.update(title=tip.title, body=tip.body, kind=tip.kind)
            return cleaned
        cleaned["kind"] = cleaned.get("kind") or Tip.Kind.TIP
        if not title:
            self.add_error("title", "A tip needs a title.")
        if not body:
            self.add_error("body", "A tip needs some text.")
        clash = Tip.objects.filter(title=title).exclude(pk=getattr(tip, "pk", None)).first()
        if title and clash is not None:
            self.add_error(
                "title",
                f"Another tip is called “{clash.title}”. Choose it in the tip box, "
                "or change the title.",
            )
        return cleaned

    def save(self, commit=True):
        data = self.cleaned_data
        tip = data.get("tip") or Tip()
        changed = any(getattr(tip, name) != data[name] for name in TEXT_FIELDS)
        if changed or tip.pk is None:
            for name in TEXT_FIELDS:
                setattr(tip, name, data[name])
            tip.full_clean(exclude=["version"])
            tip.save()
        self.instance.tip = tip
        return super().save(commit)


class TipLinkInline(admin.StackedInline):
    form = TipLinkForm
    formset = OptionalInlineFormSet
    fields = ("tip", "title", "kind", "body", "tip_version")
    autocomplete_fields = ("tip",)
    extra = 0
    verbose_name = "tip"
    verbose_name_plural = "tips (a change to a tip's words shows everywhere the tip is used)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("tip")


class PoseTipInline(TipLinkInline):
    model = Tip.poses.through


class SequenceTipInline(TipLinkInline):
    model = Tip.sequences.through
