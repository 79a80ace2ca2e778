import reversion
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from taggit.managers import TaggableManager

from anatomy.models import Muscle
from backsite.addresses import OldSlug, keep_old_addresses
from backsite.markdown import plain_text
from backsite.models import MarkdownModel, PublishedQuerySet, VersionedModel
from backsite.review.structured import list_items
from backsite.search.models import SearchableModel, SearchQuerySet

from .images import PoseImageField


class Level(models.TextChoices):
    BEGINNER = "beginner", "Beginner"
    INTERMEDIATE = "intermediate", "Intermediate"
    ADVANCED = "advanced", "Advanced"


class Category(models.TextChoices):
    """How a pose is done: the position the body is in, so every pose can be found by it.

    What the spine does (bending backward, twisting) is a pose's movements, not its kind.
    """

    SUPINE = "supine", "Lying on the back"
    PRONE = "prone", "Lying on the front"
    KNEELING = "kneeling", "Kneeling or on all fours"
    SEATED = "seated", "Seated"
    STANDING = "standing", "Standing"
    INVERSION = "inversion", "Inversion"


class PoseQuerySet(PublishedQuerySet, SearchQuerySet):
    pass


# A version keeps the pose with its muscles, variations and verdicts (images keep their own files).
@reversion.register(follow=("muscle_links", "variations", "verdicts"))
class Pose(VersionedModel, MarkdownModel, SearchableModel):
    english_name = models.CharField(max_length=120)
    sanskrit_name = models.CharField(
        max_length=120, blank=True, help_text="With IAST diacritics if you like: Bhujaṅgāsana."
    )
    aliases = models.TextField(
        blank=True,
        help_text="Other names people search for, one per line: bird dog, cat cow.",
    )
    slug = models.SlugField(unique=True, help_text="The pose's address: /poses/<slug>/.")
    summary = models.CharField(max_length=250, help_text="One line shown on cards and in search.")
    steps = models.TextField("how to do it", blank=True, help_text="Markdown; a numbered list.")
    steps_html = models.TextField(editable=False, blank=True)
    benefits = models.TextField(
        blank=True, help_text="Markdown. Say only what you can stand behind."
    )
    benefits_html = models.TextField(editable=False, blank=True)
    cautions = models.TextField(
        blank=True, help_text="Markdown. Who should avoid or adapt the pose, and when to stop."
    )
    cautions_html = models.TextField(editable=False, blank=True)
    modifications = models.TextField(blank=True, help_text="Markdown. Gentler ways in.")
    modifications_html = models.TextField(editable=False, blank=True)
    hold_min_seconds = models.PositiveIntegerField("shortest hold (seconds)", null=True, blank=True)
    hold_max_seconds = models.PositiveIntegerField("longest hold (seconds)", null=True, blank=True)
    level = models.CharField(max_length=20, choices=Level, default=Level.BEGINNER)
    category = models.CharField(max_length=20, choices=Category)
    tags = TaggableManager(blank=True)
    image = PoseImageField(
        upload_to="poses/",
        blank=True,
        renditions_field="image_renditions",
        help_text="A JPEG, PNG, WebP or AVIF photo or drawing, at most 15 MB and 40 megapixels. "
        "It is turned upright and stored without its hidden details (such as GPS position).",
    )
    image_renditions = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="The smaller copies made of the image for web pages, filled in on save.",
    )
    image_alt = models.CharField(
        "image description",
        max_length=250,
        blank=True,
        help_text="What the image shows, for people who cannot see it. Required with an image.",
    )
    muscles = models.ManyToManyField(Muscle, through="PoseMuscle", related_name="poses", blank=True)
    movements = models.ManyToManyField(
        "poses.Movement",
        blank=True,
        related_name="poses",
        verbose_name="spinal movements and loads",
        help_text="Everything the pose asks of the spine; each condition's verdict builds on it.",
    )
    is_published = models.BooleanField("published", default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    markdown_fields = ("steps", "benefits", "cautions", "modifications")
    search_name_fields = ("english_name", "sanskrit_name")
    search_alias_fields = ("aliases",)
    search_text_fields = (
        "summary", "steps_html", "benefits_html", "cautions_html", "modifications_html",
    )  # fmt: skip

    objects = PoseQuerySet.as_manager()

    class Meta:
        ordering = ["english_name"]
        permissions = [("publish_pose", "Can publish poses and record their reviews")]
        indexes = [
            # Search checks each match is published; the index answers that without reading the row.
            models.Index(fields=["is_published"], name="pose_published_idx"),
            # The library's order, whole and filtered by kind or level: a page at any depth and
            # the count walk an index instead of sorting every pose (scripts/bench.py).
            models.Index(fields=["is_published", "english_name", "id"], name="pose_library_idx"),
            models.Index(
                fields=["is_published", "category", "english_name", "id"],
                name="pose_library_category_idx",
            ),
            models.Index(
                fields=["is_published", "level", "english_name", "id"],
                name="pose_library_level_idx",
            ),
            # The sitemap's order.
            models.Index(fields=["is_published", "slug"], name="pose_sitemap_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(hold_min_seconds__isnull=True)
                | Q(hold_max_seconds__isnull=True)
                | Q(hold_min_seconds__lte=models.F("hold_max_seconds")),
                name="pose_hold_min_not_above_max",
                violation_error_message="The shortest hold cannot be longer than the longest hold.",
            ),
            models.CheckConstraint(
                condition=Q(image="") | ~Q(image_alt=""),
                name="pose_image_has_alt_text",
                violation_error_message="Describe the image for people who cannot see it.",
            ),
        ]

    def __str__(self):
        return self.english_name

    def get_absolute_url(self):
        return reverse("poses:detail", kwargs={"slug": self.slug})

    def structured_data(self, absolute):
        """The pose as a schema.org HowTo: its numbered steps, each a HowToStep."""
        steps = list_items(self.steps_html) or ([plain_text(self.steps_html)] if self.steps else [])
        data = {
            "@type": "HowTo",
            "name": self.english_name,
            "description": self.summary,
            "url": absolute(self.get_absolute_url()),
            "step": [
                {"@type": "HowToStep", "position": n, "text": text}
                for n, text in enumerate(steps, start=1)
            ],
        }
        if self.sanskrit_name:
            data["alternateName"] = self.sanskrit_name
        return data

    def clean(self):
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": "Describe the image for people who cannot see it."})


@reversion.register()
class PoseMuscle(models.Model):
    class Role(models.TextChoices):
        STRETCHES = "stretches", "Stretches"
        STRENGTHENS = "strengthens", "Strengthens"
        STABILISES = "stabilises", "Stabilises"

    pose = models.ForeignKey(Pose, on_delete=models.CASCADE, related_name="muscle_links")
    muscle = models.ForeignKey(Muscle, on_delete=models.PROTECT, related_name="pose_links")
    role = models.CharField(max_length=20, choices=Role)

    class Meta:
        ordering = ["role", "muscle__group__depth", "muscle__order", "muscle__name"]
        verbose_name = "muscle worked"
        verbose_name_plural = "muscles worked"
        # From a muscle to its poses (its page, the library's muscle and layer filters).
        indexes = [models.Index(fields=["muscle", "pose"], name="posemuscle_muscle_pose_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["pose", "muscle", "role"], name="posemuscle_unique_role"
            )
        ]

    def __str__(self):
        return f"{self.pose} {self.get_role_display().lower()} {self.muscle}"

    @classmethod
    def by_role(cls, pairs):
        """(label, value, items) per role, in the roles' order, from (role, item) pairs.

        Roles with no items are left out.
        """
        grouped = {role: [] for role in cls.Role}
        for role, item in pairs:
            grouped[cls.Role(role)].append(item)
        return [(role.label, role.value, items) for role, items in grouped.items() if items]


class PoseImageQuerySet(models.QuerySet):
    def shown(self):
        """Further images that pages can show: not those whose upload is still being prepared."""
        return self.exclude(image="")


class PoseImage(models.Model):
    """A further picture of a pose: the other side, a modification, a prop."""

    pose = models.ForeignKey(Pose, on_delete=models.CASCADE, related_name="images")
    image = PoseImageField(
        upload_to="poses/more/",
        renditions_field="image_renditions",
        help_text="A JPEG, PNG, WebP or AVIF photo or drawing, at most 15 MB and 40 megapixels.",
    )
    alt = models.CharField(
        "image description",
        max_length=250,
        help_text="What the image shows, for people who cannot see it.",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Smaller numbers come first.")
    image_renditions = models.JSONField(default=dict, blank=True, editable=False)

    objects = PoseImageQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "further image"
        verbose_name_plural = "further images"
        constraints = [
            models.CheckConstraint(
                condition=~Q(alt=""),
                name="poseimage_has_alt_text",
                violation_error_message="Describe the image for people who cannot see it.",
            ),
        ]

    def __str__(self):
        return self.alt


# The safety model (movements, conditions, verdicts) and the variations live in their own modules.
from .conditions.models import Condition, Movement, Rating, Source, Verdict  # noqa: E402, F401
from .variations.models import Direction, PoseVariation, Support  # noqa: E402, F401


class PoseOldSlug(OldSlug):
    """An address a published pose had before it was renamed: /poses/<slug>/ redirects."""

    target = models.ForeignKey(Pose, on_delete=models.CASCADE, related_name="old_slugs")

    class Meta(OldSlug.Meta):
        verbose_name = "old pose address"


keep_old_addresses(Pose, PoseOldSlug, public_field="is_published")
