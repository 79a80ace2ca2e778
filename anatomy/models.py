import reversion
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse

from backsite.addresses import OldSlug, keep_old_addresses
from backsite.markdown import plain_text
from backsite.models import MarkdownModel, VersionedModel
from backsite.search.models import SearchableModel, SearchQuerySet


@reversion.register()
class MuscleGroup(VersionedModel, MarkdownModel):
    """One of the four layers of back muscles, numbered from the surface inward."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(unique=True)
    depth = models.PositiveSmallIntegerField(
        unique=True, help_text="1 is the layer nearest the skin; higher numbers lie deeper."
    )
    summary = models.CharField(
        max_length=250, blank=True, help_text="One line for cards and lists."
    )
    description = models.TextField(blank=True, help_text="Markdown.")
    description_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("description",)

    class Meta:
        ordering = ["depth"]
        verbose_name = "muscle group"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("anatomy:group", kwargs={"slug": self.slug})


@reversion.register()
class Muscle(VersionedModel, MarkdownModel, SearchableModel):
    name = models.CharField(max_length=100)
    aliases = models.TextField(
        blank=True, help_text="Other names people search for, one per line: lats, traps."
    )
    slug = models.SlugField(unique=True)
    group = models.ForeignKey(
        MuscleGroup, on_delete=models.PROTECT, related_name="muscles", verbose_name="layer"
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="parts",
        help_text="The muscle this one is part of, for example Erector spinae for Longissimus.",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Position within its layer.")
    location = models.TextField(blank=True, help_text="Where it lies, in plain words.")
    action = models.TextField(blank=True, help_text="What it does.")
    origin = models.CharField(max_length=250, blank=True)
    insertion = models.CharField(max_length=250, blank=True)
    innervation = models.CharField(max_length=250, blank=True)
    description = models.TextField(blank=True, help_text="Markdown.")
    description_html = models.TextField(editable=False, blank=True)

    markdown_fields = ("description",)
    search_name_fields = ("name",)
    search_alias_fields = ("aliases",)
    search_text_fields = (
        "location", "action", "origin", "insertion", "innervation", "description_html",
    )  # fmt: skip

    objects = SearchQuerySet.as_manager()

    class Meta:
        ordering = ["group__depth", "order", "name"]
        permissions = [("publish_muscle", "Can publish muscles and record their reviews")]
        constraints = [
            models.UniqueConstraint(fields=["group", "name"], name="muscle_unique_name_in_group"),
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("pk")), name="muscle_not_own_parent"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("anatomy:muscle", kwargs={"group": self.group.slug, "slug": self.slug})

    def structured_data(self, absolute):
        """The muscle as a schema.org Muscle."""
        data = {"@type": "Muscle", "name": self.name, "url": absolute(self.get_absolute_url())}
        names = [line.strip() for line in self.aliases.splitlines() if line.strip()]
        if names:
            data["alternateName"] = names
        if self.location:
            data["bodyLocation"] = self.location
        if self.action:
            data["muscleAction"] = self.action
        description = plain_text(self.description_html) or self.action or self.location
        if description:
            data["description"] = description
        return data

    def clean(self):
        if self.parent_id is None:
            return
        if self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": "A muscle cannot be part of itself."})
        if self.group_id and self.parent.group_id != self.group_id:
            raise ValidationError(
                {"parent": "A muscle and the muscle it is part of share a layer."}
            )
        if self.parent.parent_id is not None:
            raise ValidationError({"parent": "Choose a top-level muscle: parts nest one level."})
        if self.pk and self.parts.exists():
            message = (
                "This muscle has parts of its own, so it cannot be a part: parts nest one level."
            )
            raise ValidationError({"parent": message})


class MuscleOldSlug(OldSlug):
    """An address a muscle had before it was renamed or moved to another layer: "layer/muscle"."""

    slug = models.CharField("address", max_length=250, unique=True)
    target = models.ForeignKey(Muscle, on_delete=models.CASCADE, related_name="old_slugs")

    class Meta(OldSlug.Meta):
        verbose_name = "old muscle address"


keep_old_addresses(Muscle, MuscleOldSlug, parts=("group__slug", "slug"))
