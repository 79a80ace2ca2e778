from functools import cached_property

import reversion
from django.db import models
from django.urls import reverse

from backsite.addresses import keep_old_addresses
from backsite.markdown import plain_text
from backsite.models import MarkdownModel, PublishedQuerySet, VersionedModel
from backsite.review.structured import iso_duration
from backsite.search.models import SearchableModel, SearchQuerySet
from poses.models import Level, Pose

from . import schedule as timing


class SequenceQuerySet(PublishedQuerySet, SearchQuerySet):
    def with_steps(self):
        """Each sequence's steps with their poses, in two more queries whatever the count."""
        return self.prefetch_related(
            models.Prefetch("steps", queryset=SequenceStep.objects.select_related("pose"))
        )

    def with_movements(self):
        """Steps, poses and the poses' spinal movements, for the balance check: three queries."""
        return self.with_steps().prefetch_related("steps__pose__movements")


@reversion.register(follow=("steps", "former_addresses"))
class Sequence(VersionedModel, MarkdownModel, SearchableModel):
    title = models.CharField(max_length=150)
    slug = models.SlugField(unique=True, help_text="The sequence's address: /sequences/<slug>/.")
    summary = models.CharField(max_length=250, help_text="One line shown on cards.")
    introduction = models.TextField(blank=True, help_text="Markdown.")
    introduction_html = models.TextField(editable=False, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        "times to repeat", default=1, help_text="How many times to go through the whole sequence."
    )
    level = models.CharField(max_length=20, choices=Level, default=Level.BEGINNER)
    order = models.PositiveSmallIntegerField(default=0, help_text="Position in lists.")
    balance_note = models.TextField(
        "why it does not pass the balance check",
        blank=True,
        help_text="Markdown. When a warning of the balance check is deliberate, say why in plain "
        "words; visitors read it under the check.",
    )
    balance_note_html = models.TextField(editable=False, blank=True)
    is_published = models.BooleanField("published", default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # The poses the steps use, so a pose can ask for its sequences: `pose.sequences.published()`.
    poses = models.ManyToManyField(Pose, through="SequenceStep", related_name="sequences")

    markdown_fields = ("introduction", "balance_note")
    search_name_fields = ("title",)
    search_text_fields = ("summary", "introduction_html")

    objects = SequenceQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        permissions = [("publish_sequence", "Can publish sequences and record their reviews")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(repeat_count__gte=1),
                name="sequence_repeat_at_least_once",
                violation_error_message="A sequence is done at least once.",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sequences:detail", kwargs={"slug": self.slug})

    def get_practice_url(self):
        return reverse("sequences:practice", kwargs={"slug": self.slug})

    def structured_data(self, absolute):
        """The sequence as a schema.org HowTo: a step per pose, and the estimated time."""
        steps = []
        for n, step in enumerate(self.steps.all(), start=1):
            item = {"@type": "HowToStep", "position": n, "name": step.pose.english_name}
            text = plain_text(step.notes_html)
            item["text"] = text or f"{step.pose.english_name}: {step.get_side_display().lower()}."
            if step.pose.is_published:
                item["url"] = absolute(step.pose.get_absolute_url())
            steps.append(item)
        return {
            "@type": "HowTo",
            "name": self.title,
            "description": self.summary,
            "url": absolute(self.get_absolute_url()),
            # The estimate visitors read, in whole minutes.
            "totalTime": iso_duration(self.estimated_minutes * 60),
            "step": steps,
        }

    def schedule(self, steps=None, rounds=None, **options) -> timing.Schedule:
        """The timed plan of this sequence (``steps`` defaults to its own without the optional
        ones, prefetched or not)."""
        steps = timing.played_steps(self.steps.all()) if steps is None else steps
        return timing.build_schedule(steps, rounds or self.repeat_count, **options)

    @cached_property
    def step_count(self) -> int:
        return len(self.steps.all())

    def figure_poses(self, limit=4) -> list[Pose]:
        """The first few different published poses of the steps, in order: a card's strip."""
        poses = []
        for step in self.steps.all():
            if step.pose.is_published and step.pose not in poses:
                poses.append(step.pose)
        return poses[:limit]

    @cached_property
    def estimated_seconds(self) -> int:
        return self.schedule().total_seconds

    @property
    def estimated_minutes(self) -> int:
        return timing.estimate_minutes(self.estimated_seconds)

    @cached_property
    def optional_steps(self) -> list:
        return [step for step in self.steps.all() if step.optional]

    @property
    def estimated_minutes_with_optional(self) -> int:
        return timing.estimate_minutes(self.schedule(list(self.steps.all())).total_seconds)


@reversion.register()
class SequenceStep(MarkdownModel):
    class Side(models.TextChoices):
        BOTH = "both", "Both sides together"
        LEFT = "left", "Left side"
        RIGHT = "right", "Right side"
        EACH = "each", "Each side in turn"

    sequence = models.ForeignKey(Sequence, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField()
    # PROTECT: a pose that a sequence uses cannot be deleted out from under it.
    pose = models.ForeignKey(Pose, on_delete=models.PROTECT, related_name="sequence_steps")
    side = models.CharField(max_length=10, choices=Side, default=Side.BOTH)
    hold_seconds = models.PositiveIntegerField(
        "hold (seconds)",
        null=True,
        blank=True,
        help_text="Leave empty to use the pose's own hold guidance.",
    )
    repetitions = models.PositiveSmallIntegerField(default=1)
    optional = models.BooleanField(
        default=False,
        help_text="Left out of the practice and the estimated time unless the visitor includes it.",
    )
    optional_reason = models.CharField(
        "optional: for whom",
        max_length=120,
        blank=True,
        help_text="A few words shown with an optional step: 'for experienced practitioners'.",
    )
    notes = models.TextField(blank=True, help_text="Markdown.")
    notes_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("notes",)

    class Meta:
        ordering = ["sequence", "position"]
        verbose_name = "step"
        constraints = [
            models.UniqueConstraint(
                fields=["sequence", "position"],
                name="step_unique_position",
                violation_error_message="Two steps cannot share a position in one sequence.",
            ),
            models.CheckConstraint(
                condition=models.Q(repetitions__gte=1),
                name="step_repetitions_at_least_one",
                violation_error_message="A step is done at least once.",
            ),
        ]

    def __str__(self):
        return f"{self.sequence}, step {self.position}: {self.pose}"

    @property
    def hold(self) -> int:
        """Seconds of one hold: the step's own time, else the pose's guidance (see schedule.py)."""
        return timing.hold_seconds(self)


@reversion.register()
class FormerAddress(models.Model):
    """An address a sequence used to have, so old links and bookmarks still find it."""

    sequence = models.ForeignKey(
        Sequence, on_delete=models.CASCADE, related_name="former_addresses"
    )
    slug = models.SlugField(
        unique=True,
        help_text="The old slug: /sequences/<slug>/ and its practice pages lead to the sequence.",
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = "former address"
        verbose_name_plural = "former addresses"

    def __str__(self):
        return self.slug


class TipQuerySet(SearchQuerySet):
    def featured(self):
        return self.filter(is_featured=True)

    def cautions_first(self):
        """Cautions before the other tips, each kind in its editors' order."""
        caution = models.When(kind=Tip.Kind.CAUTION, then=0)
        rank = models.Case(caution, default=1, output_field=models.IntegerField())
        return self.order_by(rank, "order", "title")

    def visible(self):
        """Tips a visitor can read: on the home page, or on a published pose or sequence."""
        # EXISTS from each tip: a handful of links to check, however many poses there are
        # (an IN list made SQLite walk every published pose).
        through = self.model.poses.through.objects
        on_poses = through.filter(tip=models.OuterRef("pk"), pose__is_published=True)
        on_sequences = self.model.sequences.through.objects.filter(
            tip=models.OuterRef("pk"), sequence__is_published=True
        )
        return self.filter(
            models.Q(is_featured=True) | models.Exists(on_poses) | models.Exists(on_sequences)
        )


@reversion.register()
class Tip(VersionedModel, MarkdownModel, SearchableModel):
    class Kind(models.TextChoices):
        TIP = "tip", "Tip"
        CAUTION = "caution", "Caution"
        MODIFICATION = "modification", "Modification"

    title = models.CharField(max_length=150, unique=True)
    body = models.TextField(help_text="Markdown.")
    body_html = models.TextField(editable=False, blank=True)
    kind = models.CharField(max_length=20, choices=Kind, default=Kind.TIP)
    sequences = models.ManyToManyField(Sequence, related_name="tips", blank=True)
    poses = models.ManyToManyField(Pose, related_name="tips", blank=True)
    is_featured = models.BooleanField(
        "on the home page", default=False, help_text="Show among the general tips on the home page."
    )
    order = models.PositiveSmallIntegerField(default=0)

    markdown_fields = ("body",)
    search_name_fields = ("title",)
    search_text_fields = ("body_html",)

    objects = TipQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]

    def __str__(self):
        return self.title


# Renaming a published sequence keeps its old slug as a former address (sequences/redirects.py).
keep_old_addresses(Sequence, FormerAddress, public_field="is_published")
