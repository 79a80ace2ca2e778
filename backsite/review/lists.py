"""The admin's lists: changes waiting for review, reviews, and pages due for review."""

from datetime import timedelta

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from ..admin_base import ContentAdmin
from .admin import ReviewedAdminMixin, review_max_age_days
from .models import PendingRevision, Review, ReviewSource


def change_url(model, pk):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])


def reviewed_admins(site):
    return [ma for ma in site._registry.values() if isinstance(ma, ReviewedAdminMixin)]


def due_for_review(site, today=None):
    """(model name, [(page, last reviewed or None, its admin page)]) for each reviewed kind of page.

    A public page is due when it has never been reviewed, or not within REVIEW_MAX_AGE_DAYS.
    """
    today = today or timezone.localdate()
    cutoff = today - timedelta(days=review_max_age_days())
    found = []
    for model_admin in reviewed_admins(site):
        model = model_admin.model
        pages = model._default_manager.all()
        if hasattr(pages, "published"):
            pages = pages.published()
        last = (
            Review.objects.filter(
                content_type=ContentType.objects.get_for_model(model), object_id=OuterRef("pk")
            )
            .order_by("-reviewed_on")
            .values("reviewed_on")[:1]
        )
        pages = pages.annotate(last_reviewed=Subquery(last))
        due = [
            (page, page.last_reviewed, change_url(model, page.pk))
            for page in pages
            if page.last_reviewed is None or page.last_reviewed < cutoff
        ]
        if due:
            found.append((model._meta.verbose_name_plural, due))
    return found


@admin.register(PendingRevision)
class PendingRevisionAdmin(ContentAdmin):
    list_display = (
        "object_repr", "kind", "author_name", "saved_at", "status", "decision_note", "open_review",
    )  # fmt: skip
    list_filter = ("status", "content_type")
    list_display_links = None
    search_fields = ("object_repr", "author_name")
    change_list_template = "admin/review/pendingrevision_change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("content_type")

    @admin.display(description="kind of page")
    def kind(self, revision):
        return revision.content_type.model_class()._meta.verbose_name

    @admin.display(description="")
    def open_review(self, revision):
        model = revision.content_type.model_class()
        opts = model._meta
        if revision.status != PendingRevision.Status.PENDING:
            return revision.decided_by and f"by {revision.decided_by}"
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[revision.object_id])
        return format_html('<a href="{}">Open the page</a>', url)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if "status" not in request.GET and "status__exact" not in request.GET and not request.GET:
            request.GET = request.GET.copy()
            request.GET["status__exact"] = PendingRevision.Status.PENDING
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        return [
            path(
                "due/",
                self.admin_site.admin_view(self.due_view),
                name="backsite_pendingrevision_due",
            ),
            *super().get_urls(),
        ]

    def due_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Pages due for review",
            "groups": due_for_review(self.admin_site),
            "max_age_days": review_max_age_days(),
        }
        return TemplateResponse(request, "admin/review/due.html", context)


class ReviewSourceInline(admin.TabularInline):
    model = ReviewSource
    fields = ("title", "url", "order")
    extra = 0


@admin.register(Review)
class ReviewAdmin(ContentAdmin):
    list_display = ("page_name", "reviewer_name", "reviewer_credentials", "reviewed_on")
    list_filter = ("content_type", "reviewed_on")
    search_fields = ("reviewer_name", "reviewer_credentials")
    inlines = (ReviewSourceInline,)
    fields = (
        "reviewer_name", "reviewer_credentials", "reviewer_kind", "reviewed_on", "note",
        "recorded_by",
    )  # fmt: skip
    readonly_fields = ("recorded_by",)

    @admin.display(description="page")
    def page_name(self, review):
        return str(review.page) if review.page is not None else "(deleted)"

    def has_add_permission(self, request):
        # A review is recorded from the page's own "Review" screen.
        return False
