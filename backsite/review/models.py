"""Reviews of public pages, their sources, reviewers' profiles and changes waiting for review."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

# Sources are public web pages: an address a visitor can open, never javascript: or data:.
WEB_ADDRESS_MESSAGE = "Give a web address that starts with http:// or https://."
validate_web_address = URLValidator(
    schemes=["http", "https"], message=WEB_ADDRESS_MESSAGE, code="not_web_address"
)


class ReviewQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=obj.pk,
        )

    def latest_for(self, obj):
        """The page's most recent review with its sources, or None (two queries)."""
        return (
            self.for_object(obj).order_by("-reviewed_on", "-pk").prefetch_related("sources").first()
        )


class Review(models.Model):
    """A reviewer's sign-off of a public page: who, with what standing, when, and on what basis."""

    class Kind(models.TextChoices):
        PERSON = "person", "A person"
        ORGANISATION = "organisation", "A team or organisation"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    page = GenericForeignKey("content_type", "object_id")
    reviewed_on = models.DateField("reviewed on", default=timezone.localdate)
    reviewer_name = models.CharField(
        "reviewer's name", max_length=120, help_text="As visitors will read it: 'Sam Patel'."
    )
    reviewer_credentials = models.CharField(
        "credentials",
        max_length=200,
        blank=True,
        help_text="Profession and registration, for example 'Physiotherapist, MCSP'. "
        "Leave empty rather than overstate.",
    )
    reviewer_kind = models.CharField(
        "the reviewer is", max_length=20, choices=Kind, default=Kind.PERSON
    )
    note = models.TextField(
        blank=True, help_text="For editors only: what was checked or changed. Not shown publicly."
    )
    # The account that recorded it, by name: a review outlives accounts and backups carry none.
    recorded_by = models.CharField(max_length=150, blank=True, editable=False)
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        ordering = ["-reviewed_on", "-pk"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "reviewed_on"], name="review_page_date_idx"
            )
        ]

    def __str__(self):
        return f"Review by {self.reviewer_name} on {self.reviewed_on:%d %b %Y}"


class ReviewSource(models.Model):
    """A public page a review relied on, listed under 'Sources' on the reviewed page."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=200, help_text="Who publishes it and what it is.")
    url = models.URLField("address", max_length=500, validators=[validate_web_address])
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "source"
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="https://") | Q(url__startswith="http://"),
                name="reviewsource_web_address",
                violation_error_message="Give a web address that starts with http:// or https://.",
            )
        ]

    def __str__(self):
        return self.title


class ReviewerProfile(models.Model):
    """How a reviewer signs their reviews; the review form starts from it and keeps it current."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile"
    )
    display_name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=200, blank=True)

    # Tied to accounts, which backups leave out (export_content).
    in_backups = False

    def __str__(self):
        return self.display_name


class PendingRevision(models.Model):
    """An editor's change to a public page, held until a reviewer approves or rejects it.

    ``base`` is the page as it was when the editor opened it, ``draft`` as the editor left it
    (backsite.review.snapshots); visitors see neither until a reviewer approves.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    page = GenericForeignKey("content_type", "object_id")
    object_repr = models.CharField("page", max_length=200)
    base = models.JSONField()
    draft = models.JSONField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    author_name = models.CharField("saved by", max_length=150)
    saved_at = models.DateTimeField("saved", default=timezone.now)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    decided_by = models.CharField(max_length=150, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(
        "message to the editor", blank=True, help_text="Why it was rejected, or what to change."
    )

    in_backups = False

    class Meta:
        ordering = ["saved_at"]
        verbose_name = "change waiting for review"
        verbose_name_plural = "changes waiting for review"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(status="pending"),
                name="pendingrevision_one_pending_per_page",
            )
        ]

    def __str__(self):
        return f"Change to {self.object_repr} by {self.author_name}"
