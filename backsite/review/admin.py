"""The review workflow in the admin, as a mixin each reviewed page's ModelAdmin adds.

- Editors save; a change to a public page is held as a PendingRevision (the change is saved in a
  savepoint, read back with its inlines, then rolled back), so visitors keep the approved version.
- Reviewers (the ``<app>.publish_<model>`` permission) publish, approve or reject held changes and
  record reviews on the page's "Review" screen.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, router, transaction
from django.forms.models import _get_foreign_key
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from . import snapshots
from .models import (
    WEB_ADDRESS_MESSAGE,
    PendingRevision,
    Review,
    ReviewerProfile,
    ReviewSource,
    validate_web_address,
)


class _HoldForReview(Exception):
    """Rolls back an editor's save once it has been read into a snapshot."""


def publish_permission(model):
    opts = model._meta
    return f"{opts.app_label}.publish_{opts.model_name}"


def review_url(model, object_id):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_review", args=[object_id])


def pending_for(obj):
    return (
        PendingRevision.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            status=PendingRevision.Status.PENDING,
        )
        .order_by("-saved_at")
        .first()
    )


def last_rejected(obj, user):
    """The user's own latest change to ``obj``, if a reviewer rejected it: they should know why."""
    latest = (
        PendingRevision.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        )
        .order_by("-saved_at")
        .first()
    )
    if latest and latest.status == PendingRevision.Status.REJECTED and latest.author_id == user.pk:
        return latest
    return None


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        fields = ("reviewer_name", "reviewer_credentials", "reviewer_kind", "reviewed_on", "note")
        widgets = {
            # The browser's date picker reads and writes ISO dates only.
            "reviewed_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
        }

    def clean_reviewed_on(self):
        day = self.cleaned_data["reviewed_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("A review cannot be dated in the future.")
        return day


class WebAddressField(forms.URLField):
    # Only http and https: Django's default also takes ftp addresses.
    default_validators = [validate_web_address]


class SourceForm(forms.Form):
    """One source: both a title and an address, or neither (an empty row is left out)."""

    title = forms.CharField(max_length=200, required=False)
    url = WebAddressField(
        label="Address",
        max_length=500,
        required=False,
        error_messages={"invalid": WEB_ADDRESS_MESSAGE},
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("title", "").strip()) != bool(data.get("url")) and not self.errors:
            raise forms.ValidationError("Give both the title and the address, or clear both.")
        return data


SourceFormSet = forms.formset_factory(SourceForm, extra=2)


class ReviewedAdminMixin:
    """Holds editors' changes to public pages for review and adds the reviewer's screen."""

    # Fields a held change never touches (a pose's pictures, which the image worker manages).
    review_frozen_fields: tuple[str, ...] = ()
    # Inline models left out of a held change (editors cannot change them on a public page).
    review_skip_inlines: tuple = ()
    change_form_template = "admin/review/change_form.html"

    # -- who may do what ---------------------------------------------------------------------

    def can_publish(self, request):
        return request.user.has_perm(publish_permission(self.model))

    def is_public(self, obj):
        return obj is not None and getattr(obj, "is_published", True)

    def holds_changes(self, request, obj):
        """True when this user's save of ``obj`` waits for a reviewer."""
        return self.is_public(obj) and not self.can_publish(request)

    def publish_problems(self, obj):
        """What stops ``obj`` being public as it is; a pose says what it is missing."""
        return []

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        has_flag = any(f.name == "is_published" for f in self.model._meta.fields)
        if has_flag and not self.can_publish(request) and "is_published" not in fields:
            fields.append("is_published")
        return fields

    def has_add_permission(self, request):
        # A page with no draft state (a muscle, a condition) is public once added: publishing.
        has_flag = any(f.name == "is_published" for f in self.model._meta.fields)
        if not has_flag and not self.can_publish(request):
            return False
        return super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        # Deleting a public page takes it from visitors: a reviewer's decision, like unpublishing.
        if obj is not None and self.is_public(obj) and not self.can_publish(request):
            return False
        return super().has_delete_permission(request, obj)

    # -- holding an editor's change ------------------------------------------------------------

    def review_parts(self, request, obj):
        parts = []
        for inline in self.get_inline_instances(request, obj):
            if inline.model in self.review_skip_inlines:
                continue
            try:
                fk = _get_foreign_key(self.model, inline.model, fk_name=inline.fk_name)
            except ValueError:
                continue
            parts.append(snapshots.Part(inline.model, fk.name))
        return parts

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if (
            request.method != "POST"
            or object_id is None
            or "_saveasnew" in request.POST
            or hasattr(request, "_review_capture")  # a restore, already being held (below)
        ):
            return super().changeform_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.holds_changes(request, obj):
            return super().changeform_view(request, object_id, form_url, extra_context)
        return self._held(
            request,
            obj,
            lambda: super(ReviewedAdminMixin, self).changeform_view(
                request, object_id, form_url, extra_context
            ),
        )

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """Restoring or recovering a version is a change like any other: held, or refused."""
        view = super()._reversion_revisionform_view
        if request.method != "POST" or self.can_publish(request):
            return view(request, version, template_name, extra_context)
        obj = self.model._default_manager.filter(pk=version.object_id).first()
        if obj is None:
            # Recovering a deleted page: only a draft, since a public one would skip review.
            if version.field_dict.get("is_published", True):
                opts = self.model._meta
                messages.error(
                    request,
                    "Recovering a deleted page that visitors could see makes it public again, "
                    "so a reviewer does it. Ask a reviewer, or recover it as a draft.",
                )
                return redirect(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            return view(request, version, template_name, extra_context)
        if not self.holds_changes(request, obj):
            return view(request, version, template_name, extra_context)
        return self._held(
            request, obj, lambda: view(request, version, template_name, extra_context)
        )

    def _held(self, request, obj, save):
        """Run the admin's ``save`` (a POST view), keep what it saved as a held change, undo it."""
        parts = self.review_parts(request, obj)
        base = snapshots.take(obj, parts)
        captured = {}
        request._review_capture = (parts, captured)
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                response = save()
                if "draft" not in captured:  # the form had errors: nothing was saved
                    return response
                raise _HoldForReview
        except _HoldForReview:
            pass
        finally:
            del request._review_capture
        obj.refresh_from_db()

        if captured["draft"] == base:
            messages.info(request, "Nothing was changed, so nothing waits for review.")
            return response
        replaced = self.hold(request, obj, base, captured["draft"])
        text = (
            "Your change to “{}” is saved and waits for a reviewer. Visitors keep seeing the "
            "published version until a reviewer approves it."
        )
        if replaced:
            text += " It replaces the change saved earlier by {}."
            messages.warning(request, format_html(text, obj, replaced))
        else:
            messages.success(request, format_html(text, obj))
        return response

    def hold(self, request, obj, base, draft):
        """Keep ``draft`` for review; returns who saved the change it replaces, if any."""
        earlier = pending_for(obj)
        fields = {
            "object_repr": str(obj)[:200],
            "base": base,
            "draft": draft,
            "author": request.user,
            "author_name": request.user.get_username(),
            "saved_at": timezone.now(),
        }
        if earlier is None:
            PendingRevision.objects.create(
                content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, **fields
            )
            return None
        replaced = earlier.author_name
        for name, value in fields.items():
            setattr(earlier, name, value)
        earlier.save()
        return replaced

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        capture = getattr(request, "_review_capture", None)
        if capture is not None:
            parts, captured = capture
            captured["draft"] = snapshots.take(form.instance, parts)

    def message_user(self, request, message, *args, **kwargs):
        # A held change was not saved, whatever the admin's own message says.
        capture = getattr(request, "_review_capture", None)
        if capture is not None and "draft" in capture[1]:
            return
        return super().message_user(request, message, *args, **kwargs)

    def log_change(self, request, obj, message):
        capture = getattr(request, "_review_capture", None)
        if capture is not None and "draft" in capture[1]:
            return None
        return super().log_change(request, obj, message)

    # -- the change page -----------------------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        context = dict(extra_context or {})
        if obj is not None:
            pending = pending_for(obj)
            context.update(
                review_pending=pending,
                review_rejected=None if pending else last_rejected(obj, request.user),
                review_holds=self.holds_changes(request, obj),
                review_can_publish=self.can_publish(request),
                review_url=review_url(self.model, obj.pk),
                review_latest=Review.objects.latest_for(obj),
                review_changes=(
                    snapshots.changes(self.model, pending.base, pending.draft) if pending else None
                ),
            )
        return super().change_view(request, object_id, form_url, context)

    # -- the reviewer's screen -----------------------------------------------------------------

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/review/",
                self.admin_site.admin_view(self.review_view),
                name=f"{opts.app_label}_{opts.model_name}_review",
            ),
            *super().get_urls(),
        ]

    def review_initial(self, request, latest):
        profile = ReviewerProfile.objects.filter(user=request.user).first()
        initial = {"reviewed_on": timezone.localdate()}
        if profile:
            initial.update(
                reviewer_name=profile.display_name, reviewer_credentials=profile.credentials
            )
        elif latest and latest.recorded_by == request.user.get_username():
            initial.update(
                reviewer_name=latest.reviewer_name,
                reviewer_credentials=latest.reviewer_credentials,
                reviewer_kind=latest.reviewer_kind,
            )
        else:
            initial["reviewer_name"] = request.user.get_full_name()
        return initial

    def review_view(self, request, object_id):
        if not self.can_publish(request):
            raise PermissionDenied
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("No such page.")
        pending = pending_for(obj)
        latest = Review.objects.latest_for(obj)
        source_initial = (
            [{"title": s.title, "url": s.url} for s in latest.sources.all()] if latest else []
        )
        decision = request.POST.get("decision") if request.method == "POST" else None
        data = request.POST if decision and decision != "reject" else None
        form = ReviewForm(data, initial=self.review_initial(request, latest))
        sources = SourceFormSet(data, prefix="sources", initial=source_initial)
        conflict = (
            bool(pending)
            and snapshots.take(
                obj, [snapshots.Part.from_key(k) for k in pending.base.get("parts", {})]
            )
            != pending.base
        )
        problems = []
        allowed = self.review_decisions(obj, pending)

        if decision and decision not in allowed:
            messages.error(request, "That decision does not apply to this page now. Choose again.")
            return redirect(request.path)
        if decision == "reject":
            pending.status = PendingRevision.Status.REJECTED
            pending.decided_by = request.user.get_username()
            pending.decided_at = timezone.now()
            pending.decision_note = request.POST.get("decision_note", "")[:2000]
            pending.save()
            self.log_change(request, obj, f"Rejected the change saved by {pending.author_name}.")
            messages.success(
                request,
                format_html(
                    "The change to “{}” by {} is rejected; visitors keep the published version.",
                    obj,
                    pending.author_name,
                ),
            )
            return redirect(
                reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])
            )
        if decision and form.is_valid() and sources.is_valid():
            if decision == "approve" and conflict and not request.POST.get("overwrite"):
                form.add_error(
                    None,
                    "The page has changed since this change was saved: approving it would undo "
                    "those later changes. Tick the box to approve it all the same.",
                )
            else:
                try:
                    with transaction.atomic(using=router.db_for_write(self.model)):
                        problems = self.decide(request, obj, decision, pending, form, sources)
                        if problems:
                            raise _HoldForReview
                except _HoldForReview:
                    obj = self.get_object(request, unquote(object_id))
                except IntegrityError:
                    problems = [
                        "The change refers to something that has since been deleted or changed "
                        "(a pose, muscle or condition). Reject it and ask the editor to make it "
                        "again."
                    ]
                if not problems:
                    return redirect(
                        reverse(
                            f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change",
                            args=[obj.pk],
                        )
                    )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": f"Review {obj}",
            "subtitle": None,
            "object": obj,
            "pending": pending,
            "changes": snapshots.changes(self.model, pending.base, pending.draft)
            if pending
            else None,
            "conflict": conflict,
            "latest": latest,
            "form": form,
            "sources": sources,
            "problems": problems,
            "decisions": allowed,
            "is_public": self.is_public(obj),
            "public_url": obj.get_absolute_url() if hasattr(obj, "get_absolute_url") else None,
            "max_age_days": review_max_age_days(),
        }
        return TemplateResponse(request, "admin/review/review.html", context)

    def review_decisions(self, obj, pending):
        """The buttons the reviewer's screen offers, as (value, label)."""
        if pending:
            return {
                "approve": "Approve the change and record the review",
                "reject": "Reject the change",
            }
        if not self.is_public(obj):
            return {"publish": "Publish and record the review"}
        return {"review": "Record the review"}

    def decide(self, request, obj, decision, pending, form, sources):
        """Carry out an approval, a publication or a review; returns problems (then rolled back)."""
        actions = []
        if decision == "approve":
            snapshots.apply(obj, pending.draft, frozen=self.review_frozen_fields)
            pending.status = PendingRevision.Status.APPROVED
            pending.decided_by = request.user.get_username()
            pending.decided_at = timezone.now()
            pending.save()
            actions.append(f"approved the change saved by {pending.author_name}")
        if decision == "publish":
            obj.is_published = True
            obj.save()
            actions.append("published it")
        obj.refresh_from_db()
        problems = self.publish_problems(obj) if self.is_public(obj) else []
        if problems:
            return problems
        review = form.save(commit=False)
        review.content_type = ContentType.objects.get_for_model(obj)
        review.object_id = obj.pk
        review.recorded_by = request.user.get_username()
        review.save()
        rows = [f.cleaned_data for f in sources.forms if f.cleaned_data.get("url")]
        ReviewSource.objects.bulk_create(
            ReviewSource(review=review, title=row["title"].strip(), url=row["url"], order=order)
            for order, row in enumerate(rows, start=1)
        )
        ReviewerProfile.objects.update_or_create(
            user=request.user,
            defaults={
                "display_name": review.reviewer_name,
                "credentials": review.reviewer_credentials,
            },
        )
        actions.append(f"recorded a review by {review.reviewer_name}")
        summary = "; ".join(actions)
        self.log_change(request, obj, summary[:1].upper() + summary[1:] + ".")
        messages.success(request, format_html("“{}”: {}.", obj, summary))
        return []


def review_max_age_days():
    return getattr(settings, "REVIEW_MAX_AGE_DAYS", 365)
