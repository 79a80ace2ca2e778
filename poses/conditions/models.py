"""The structured safety model: movements, conditions, sources and verdicts."""

import reversion
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse

from backsite.addresses import OldSlug, keep_old_addresses
from backsite.models import MarkdownModel, VersionedModel
from backsite.search.models import SearchableModel, SearchQuerySet

# Addresses under /my-back/ that are pages of their own, so no condition may take them.
RESERVED_SLUGS = frozenset({"see-a-doctor"})


def not_reserved(slug):
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            "'%(slug)s' is the address of another page. Choose a different slug.",
            code="reserved_slug",
            params={"slug": slug},
        )


@reversion.register()
class Movement(VersionedModel):
    """A spinal movement or load a pose involves. The set is fixed by a migration."""

    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80)
    order = models.PositiveSmallIntegerField(default=0)

    # A backup restores over these rows rather than counting them as existing content.
    made_by_migrations = True

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class ConditionQuerySet(SearchQuerySet):
    def with_sources(self):
        return self.prefetch_related("sources")


@reversion.register(follow=("sources",))
class Condition(VersionedModel, MarkdownModel, SearchableModel):
    """Something a visitor lives with that changes which poses suit them."""

    slug = models.SlugField(
        unique=True,
        validators=[not_reserved],
        help_text="Used in addresses: /my-back/<slug>/ and ?for=<slug>. Keep it short.",
    )
    name = models.CharField(max_length=100, help_text="As a visitor would say it.")
    short_name = models.CharField(
        max_length=40,
        help_text="For badges: 'Avoid with <short name>', for example 'stenosis'.",
    )
    description = models.CharField(
        "what it is",
        max_length=300,
        help_text="Two plain lines: what this is, without jargon.",
    )
    helps = models.TextField("what generally helps", blank=True, help_text="Markdown.")
    helps_html = models.TextField(editable=False, blank=True)
    careful = models.TextField("what to be careful with", blank=True, help_text="Markdown.")
    careful_html = models.TextField(editable=False, blank=True)
    red_flags = models.TextField(
        "red flags",
        blank=True,
        help_text="Markdown. Only the warning signs that differ from the general ones.",
    )
    red_flags_html = models.TextField(editable=False, blank=True)
    order = models.PositiveSmallIntegerField(default=0, help_text="Smaller numbers come first.")

    markdown_fields = ("helps", "careful", "red_flags")
    # The short name ("sciatica", "stenosis") is how people often type a condition: it ranks with
    # aliases, after the full name.
    search_name_fields = ("name",)
    search_alias_fields = ("short_name",)
    search_text_fields = ("description", "helps_html", "careful_html", "red_flags_html")

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        permissions = [("publish_condition", "Can publish conditions and record their reviews")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("my_back:condition", kwargs={"slug": self.slug})

    def structured_data(self, absolute):
        """The condition as a schema.org MedicalCondition."""
        return {
            "@type": "MedicalCondition",
            "name": self.name,
            "description": self.description,
            "url": absolute(self.get_absolute_url()),
        }


@reversion.register()
class Source(models.Model):
    """A public page a condition's advice is based on."""

    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=200, help_text="Who publishes it and what it is.")
    url = models.URLField("address", max_length=500)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["condition", "url"],
                name="source_unique_per_condition",
                violation_error_message="This source is already listed for the condition.",
            )
        ]

    def __str__(self):
        return self.title


class Rating(models.TextChoices):
    FINE = "fine", "Usually fine"
    ADAPT = "adapt", "Adapt"
    AVOID = "avoid", "Avoid"


# How cautious each rating is, for "the most cautious verdict" across conditions.
CAUTION = {Rating.FINE: 0, Rating.ADAPT: 1, Rating.AVOID: 2}


@reversion.register()
class Verdict(models.Model):
    """How one pose suits people with one condition."""

    pose = models.ForeignKey("poses.Pose", on_delete=models.CASCADE, related_name="verdicts")
    condition = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="verdicts")
    rating = models.CharField("verdict", max_length=10, choices=Rating)
    change = models.TextField(
        "what to change",
        blank=True,
        help_text="Plain words: what to do differently. Required for 'adapt'.",
    )
    gentler = models.ForeignKey(
        "poses.Pose",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="gentler_for",
        verbose_name="gentler pose",
        help_text="A pose to do instead, if there is one.",
    )
    note = models.CharField(max_length=300, blank=True, help_text="Optional: why, in one line.")

    class Meta:
        ordering = ["condition__order", "condition__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["pose", "condition"],
                name="verdict_unique_per_pose_and_condition",
                violation_error_message="This pose already has a verdict for this condition.",
            ),
            models.CheckConstraint(
                condition=~Q(rating="adapt") | ~Q(change=""),
                name="verdict_adapt_says_what_to_change",
                violation_error_message="Say what to change when the verdict is 'adapt'.",
            ),
            models.CheckConstraint(
                condition=Q(gentler__isnull=True) | ~Q(gentler=models.F("pose")),
                name="verdict_gentler_is_another_pose",
                violation_error_message="The gentler pose must be a different pose.",
            ),
        ]

    def __str__(self):
        return f"{self.pose} with {self.condition}: {self.get_rating_display().lower()}"

    @property
    def caution(self):
        return CAUTION[self.rating]

    @property
    def badge(self):
        """The short words on a pose card: 'Avoid with stenosis', 'Adapt: try sphinx'."""
        short = self.condition.short_name
        if self.rating == Rating.AVOID:
            return f"Avoid with {short}"
        if self.rating == Rating.ADAPT:
            if self.gentler_id and self.gentler.is_published:
                return f"Adapt for {short}: try {self.gentler.english_name.lower()}"
            return f"Adapt for {short}"
        return f"Usually fine with {short}"


class ConditionOldSlug(OldSlug):
    """An address a condition had before it was renamed: /my-back/<slug>/ redirects."""

    target = models.ForeignKey(Condition, on_delete=models.CASCADE, related_name="old_slugs")

    class Meta(OldSlug.Meta):
        verbose_name = "old condition address"


keep_old_addresses(Condition, ConditionOldSlug)
