"""A variation: a pose linked to an easier or harder pose, with its support and what changes."""

from typing import NamedTuple

import reversion
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q


class Direction(models.TextChoices):
    EASIER = "easier", "Easier"
    HARDER = "harder", "Harder"


OPPOSITE = {Direction.EASIER: Direction.HARDER, Direction.HARDER: Direction.EASIER}


class Support(models.TextChoices):
    CHAIR = "chair", "On a chair"
    WALL = "wall", "At a wall"
    FLOOR = "floor", "In bed or on the floor"
    BLOCK = "block", "With a block"
    STRAP = "strap", "With a strap"
    CUSHION = "cushion", "With a cushion or folded blanket"
    BOLSTER = "bolster", "With a bolster"
    RANGE = "range", "A shorter range"


# How a harder version reads: it takes away the support the easier one has.
WITHOUT = {
    Support.CHAIR: "Without the chair",
    Support.WALL: "Away from the wall",
    Support.FLOOR: "Less support from the floor",
    Support.BLOCK: "Without the block",
    Support.STRAP: "Without the strap",
    Support.CUSHION: "Without the cushion or blanket",
    Support.BOLSTER: "Without the bolster",
    Support.RANGE: "A fuller range",
}


class Ladder(NamedTuple):
    harder: list  # the farthest first, so the nearest sits just above the pose
    easier: list  # the nearest first, just below the pose

    def __bool__(self):
        return bool(self.harder or self.easier)


class VariationQuerySet(models.QuerySet):
    def shown(self):
        """Variations a visitor may follow: the pose they lead to is published."""
        return self.filter(to_pose__is_published=True)

    def ladder(self):
        """A pose's shown variations as its ladder, in one query: `pose.variations.ladder()`."""
        links = list(self.shown().select_related("to_pose"))
        return Ladder(
            harder=[link for link in reversed(links) if link.direction == Direction.HARDER],
            easier=[link for link in links if link.direction == Direction.EASIER],
        )


@reversion.register()
class PoseVariation(models.Model):
    """From one pose, an easier or harder pose, and how the two differ.

    A link reads from its pose: "from cobra, sphinx is easier, resting on the forearms". The
    way back (from sphinx, cobra is harder) is a link of its own, with its own sentence.
    """

    from_pose = models.ForeignKey(
        "poses.Pose",
        on_delete=models.CASCADE,
        related_name="variations",
        verbose_name="pose",
    )
    to_pose = models.ForeignKey(
        "poses.Pose",
        on_delete=models.CASCADE,
        related_name="variation_of",
        verbose_name="variation",
        help_text="The easier or harder pose; it has its own page, picture, steps and cautions.",
    )
    direction = models.CharField(max_length=10, choices=Direction)
    support = models.CharField(
        "kind of support",
        max_length=10,
        choices=Support,
        help_text="What the easier of the two leans on, or a shorter range.",
    )
    what_changes = models.CharField(
        "what changes",
        max_length=200,
        help_text="One sentence, read on this pose's page: 'Rest on your forearms, so the lower "
        "back bends less.'",
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Smaller numbers sit nearer the pose on its ladder."
    )

    objects = VariationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "to_pose__english_name"]
        verbose_name = "variation"
        verbose_name_plural = "variations: easier and harder versions"
        constraints = [
            models.UniqueConstraint(
                fields=["from_pose", "to_pose"],
                name="posevariation_unique_pair",
                violation_error_message="This variation is already listed for the pose.",
            ),
            models.CheckConstraint(
                condition=~Q(from_pose=F("to_pose")),
                name="posevariation_not_itself",
                violation_error_message="A pose cannot be a variation of itself.",
            ),
        ]

    def __str__(self):
        return f"{self.to_pose} ({self.get_direction_display().lower()} than {self.from_pose})"

    @property
    def support_text(self):
        """The support in words for this direction: 'At a wall', or 'Away from the wall'."""
        if self.direction == Direction.HARDER:
            return WITHOUT[Support(self.support)]
        return Support(self.support).label

    def clean(self):
        super().clean()
        if self.from_pose_id and self.from_pose_id == self.to_pose_id:
            raise ValidationError(
                {"to_pose": "A pose cannot be a variation of itself. Choose another pose."}
            )
        if not (self.from_pose_id and self.to_pose_id and self.direction in OPPOSITE):
            return
        back = (
            PoseVariation.objects.filter(from_pose_id=self.to_pose_id, to_pose_id=self.from_pose_id)
            .exclude(direction=OPPOSITE[self.direction])
            .first()
        )
        if back is not None:
            raise ValidationError(
                {
                    "direction": (
                        f"{back.from_pose} lists {back.to_pose} as "
                        f"{back.get_direction_display().lower()}, so from {back.to_pose}, "
                        f"{back.from_pose} is {OPPOSITE[back.direction].label.lower()}. "
                        f"Choose '{OPPOSITE[back.direction].label}'."
                    )
                }
            )
