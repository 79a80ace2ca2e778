"""Adds the founding content to the database without touching anything already there.

The rules, so a re-run is always safe:

- An object is looked up first (pages, muscle groups, muscles, poses and sequences by slug, with a
  fallback on the fields the database keeps unique; tips by title). If it exists, it is left exactly
  as it is, whatever an editor has changed.
- Everything the loader creates is published.
- Founding aliases (aliases.py) are given to a founding pose or muscle whose aliases are empty;
  aliases an editor has written are never changed.
- Links (a pose's muscles and tags, its easier and harder versions, a sequence's steps, a tip's
  poses and sequences) are added only when at least one end of the link was created in this run.
  A link between two objects that were already there is never re-added, so an editor's deliberate
  removal survives.
"""

from collections import Counter
from inspect import cleandoc

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from anatomy.models import Muscle, MuscleGroup
from backsite.models import Page, Review, ReviewSource
from poses.conditions.movements import ensure_movements
from poses.models import Condition, Pose, PoseMuscle, PoseVariation, Source, Verdict
from sequences.models import FormerAddress, Sequence, SequenceStep, Tip

from . import aliases, conditions, content, revisions, trust, variations

# Long texts in content.py are indented triple-quoted strings; cleandoc tidies these fields.
TEXT_FIELDS = {
    "body",
    "description",
    "location",
    "action",
    "steps",
    "benefits",
    "cautions",
    "modifications",
    "introduction",
    "notes",
    "helps",
    "careful",
    "red_flags",
}

# The order the summary lists things in, with singular and plural words.
LABELS = {
    "page": "pages",
    "muscle group": "muscle groups",
    "muscle": "muscles",
    "pose": "poses",
    "muscle link": "muscle links",
    "tag": "tags",
    "variation": "variations",
    "sequence": "sequences",
    "step": "steps",
    "former address": "former addresses",
    "update to older founding content": "updates to older founding content",
    "tip": "tips",
    "tip link": "tip links",
    "alias list": "alias lists",
    "condition": "conditions",
    "source": "sources",
    "movement link": "movement links",
    "verdict": "verdicts",
    "gentler link": "gentler links",
    "review": "reviews",
}


def tidy(fields):
    """The content's fields with long texts dedented and stripped."""
    return {
        name: cleandoc(value) if name in TEXT_FIELDS and isinstance(value, str) else value
        for name, value in fields.items()
    }


class DemoLoader:
    """Adds whatever part of the founding content is missing.

    After ``load()``, ``poses`` maps every founding pose's slug to its Pose (found or created), so
    work that follows each pose, such as attaching its illustration, is one call in a loop over it.
    """

    def __init__(self, log=None):
        self.log = log or (lambda message: None)
        self.added = Counter()
        self.kept = Counter()
        self.new = set()  # (model, pk) of every object created in this run
        self.groups = {}
        self.muscles = {}
        self.poses = {}
        self.sequences = {}
        self.conditions = {}

    # -- helpers -----------------------------------------------------------------------------

    def is_new(self, obj):
        return (type(obj), obj.pk) in self.new

    def find_or_create(self, model, label, lookups, fields):
        """The first object matching one of ``lookups``, or a new one built from ``fields``."""
        for lookup in lookups:
            found = model.objects.filter(**lookup).first()
            if found is not None:
                self.kept[label] += 1
                return found
        obj = model(**fields)
        self.save_new(obj, label)
        return obj

    def save_new(self, obj, label):
        try:
            obj.full_clean()
        except ValidationError as error:
            details = "; ".join(
                f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
            )
            raise CommandError(f"Could not add the {label} '{obj}': {details}") from error
        obj.save()
        self.new.add((type(obj), obj.pk))
        self.added[label] += 1
        self.log(f"Added {label}: {obj}")

    def lookup(self, table, slug, what):
        try:
            return table[slug]
        except KeyError:
            raise CommandError(f"The demo content names an unknown {what}: '{slug}'.") from None

    # -- the content -------------------------------------------------------------------------

    def load(self):
        updates = revisions.Revisions(self)
        updates.upgrade()  # older founding content, untouched by editors, becomes today's
        self.load_pages()
        self.load_anatomy()
        self.load_poses(content.POSES)
        # The gentler and harder versions come before anything that may use them (sequences,
        # tips, aliases, the verdicts' gentler poses).
        self.load_poses(variations.POSES)
        self.load_variations()
        self.load_sequences()
        self.load_tips()
        self.load_aliases()
        self.load_conditions()
        self.load_reviews()
        updates.finish()
        return self

    def load_pages(self):
        for data in [*content.PAGES, *conditions.PAGES, *trust.PAGES]:
            fields = tidy(data)
            self.find_or_create(Page, "page", [{"slug": fields["slug"]}], fields)

    def load_anatomy(self):
        for data in content.MUSCLE_GROUPS:
            fields = tidy(data)
            muscles = fields.pop("muscles")
            group = self.find_or_create(
                MuscleGroup,
                "muscle group",
                [{"slug": fields["slug"]}, {"depth": fields["depth"]}, {"name": fields["name"]}],
                fields,
            )
            self.groups[fields["slug"]] = group
            order = 0
            for muscle_data in muscles:
                order += 1
                parts = muscle_data.get("parts", [])
                parent = self.load_muscle(group, muscle_data, order, parent=None)
                for part_data in parts:
                    order += 1
                    self.load_muscle(group, part_data, order, parent=parent)

    def load_muscle(self, group, data, order, parent):
        fields = tidy(data)
        fields.pop("parts", None)
        fields.update(group=group, parent=parent, order=order)
        muscle = self.find_or_create(
            Muscle,
            "muscle",
            [{"slug": fields["slug"]}, {"group": group, "name": fields["name"]}],
            fields,
        )
        self.muscles[fields["slug"]] = muscle
        return muscle

    def load_poses(self, founding):
        for data in founding:
            fields = tidy(data)
            tags = fields.pop("tags")
            muscle_links = fields.pop("muscles")
            fields["is_published"] = True
            pose = self.find_or_create(Pose, "pose", [{"slug": fields["slug"]}], fields)
            self.poses[fields["slug"]] = pose
            if self.is_new(pose):
                pose.tags.add(*tags)
                self.added["tag"] += len(tags)
            for muscle_slug, role in muscle_links:
                muscle = self.lookup(self.muscles, muscle_slug, "muscle")
                if self.is_new(pose) or self.is_new(muscle):
                    link = PoseMuscle(pose=pose, muscle=muscle, role=role)
                    if not PoseMuscle.objects.filter(pose=pose, muscle=muscle, role=role).exists():
                        self.save_new(link, "muscle link")

    def load_variations(self):
        """Each founding pose's easier and harder versions, in the order they are listed."""
        orders = Counter()
        for from_slug, to_slug, direction, support, what_changes in variations.VARIATIONS:
            from_pose = self.lookup(self.poses, from_slug, "pose")
            to_pose = self.lookup(self.poses, to_slug, "pose")
            orders[from_slug] += 1
            if not (self.is_new(from_pose) or self.is_new(to_pose)):
                continue
            if PoseVariation.objects.filter(from_pose=from_pose, to_pose=to_pose).exists():
                continue
            link = PoseVariation(
                from_pose=from_pose,
                to_pose=to_pose,
                direction=direction,
                support=support,
                what_changes=what_changes,
                order=orders[from_slug],
            )
            self.save_new(link, "variation")

    def load_sequences(self):
        for data in content.SEQUENCES:
            fields = tidy(data)
            steps = fields.pop("steps")
            former = fields.pop("former_addresses", [])
            fields["is_published"] = True
            sequence = self.find_or_create(Sequence, "sequence", [{"slug": fields["slug"]}], fields)
            self.sequences[fields["slug"]] = sequence
            if not self.is_new(sequence):
                continue
            for slug in former:
                if not FormerAddress.objects.filter(slug=slug).exists():
                    self.save_new(FormerAddress(sequence=sequence, slug=slug), "former address")
            for position, step_data in enumerate(steps, start=1):
                step_fields = tidy(step_data)
                pose_slug = step_fields.pop("pose")
                pose = self.poses.get(pose_slug) or Pose.objects.filter(slug=pose_slug).first()
                if pose is None and pose_slug == revisions.WALL_L:
                    continue  # its module has not added it yet; revisions.finish() puts it in
                pose = pose or self.lookup(self.poses, pose_slug, "pose")
                step = SequenceStep(sequence=sequence, position=position, pose=pose, **step_fields)
                self.save_new(step, "step")

    def load_tips(self):
        for data in content.TIPS:
            fields = tidy(data)
            sequence_slugs = fields.pop("sequences", [])
            pose_slugs = fields.pop("poses", [])
            tip = self.find_or_create(Tip, "tip", [{"title": fields["title"]}], fields)
            for slug in sequence_slugs:
                sequence = self.lookup(self.sequences, slug, "sequence")
                if self.is_new(tip) or self.is_new(sequence):
                    self.link_tip(tip.sequences, sequence)
            for slug in pose_slugs:
                pose = self.lookup(self.poses, slug, "pose")
                if self.is_new(tip) or self.is_new(pose):
                    self.link_tip(tip.poses, pose)

    def load_aliases(self):
        for table, founding, what in (
            (self.poses, aliases.POSE_ALIASES, "pose"),
            (self.muscles, aliases.MUSCLE_ALIASES, "muscle"),
        ):
            for slug, names in founding.items():
                obj = self.lookup(table, slug, what)
                if obj.aliases.strip():
                    continue
                obj.aliases = "\n".join(names)
                obj.save(update_fields=["aliases"])
                self.added["alias list"] += 1
                self.log(f"Added aliases to {what}: {obj}")

    def load_conditions(self):
        """Conditions with their sources, then each founding pose's movements and verdicts.

        A pose gets its founding movements when it is new or has none yet. A verdict is added when
        the pair has none and its pose or its condition is new in this run (or the pose has no
        verdict at all); its gentler pose is linked when that pose exists, or later, in the run
        that creates it. Poses another founding module adds are filled in where they exist.
        """
        found = {}
        for data in conditions.CONDITIONS:
            fields = tidy(data)
            sources = fields.pop("sources")
            condition = self.find_or_create(
                Condition,
                "condition",
                [{"slug": fields["slug"]}, {"name": fields["name"]}],
                fields,
            )
            found[fields["slug"]] = condition
            self.conditions[fields["slug"]] = condition
            if self.is_new(condition):
                for order, (title, url) in enumerate(sources, start=1):
                    source = Source(condition=condition, title=title, url=url, order=order)
                    self.save_new(source, "source")

        # Poses of other founding modules (the gentler versions) get theirs where they exist.
        poses = {
            **{pose.slug: pose for pose in Pose.objects.filter(slug__in=conditions.MOVEMENTS)},
            **self.poses,
        }
        movements = ensure_movements()
        for slug, movement_slugs in conditions.MOVEMENTS.items():
            pose = poses.get(slug)
            if pose is None:
                continue
            if self.is_new(pose) or not pose.movements.exists():
                chosen = [self.lookup(movements, m, "movement") for m in movement_slugs]
                pose.movements.add(*chosen)
                self.added["movement link"] += len(chosen)

        gentler_slugs = {
            gentler
            for by_condition in conditions.VERDICTS.values()
            for _, _, gentler, _ in by_condition.values()
            if gentler
        }
        gentler_poses = {pose.slug: pose for pose in Pose.objects.filter(slug__in=gentler_slugs)}
        for pose_slug, by_condition in conditions.VERDICTS.items():
            pose = poses.get(pose_slug)
            if pose is None:
                continue
            existing = {verdict.condition_id: verdict for verdict in pose.verdicts.all()}
            for condition_slug, (rating, change, gentler_slug, note) in by_condition.items():
                condition = self.lookup(found, condition_slug, "condition")
                gentler = gentler_poses.get(gentler_slug)
                verdict = existing.get(condition.pk)
                if verdict is None:
                    if self.is_new(pose) or self.is_new(condition) or not existing:
                        verdict = Verdict(
                            pose=pose,
                            condition=condition,
                            rating=rating,
                            change=change,
                            gentler=gentler,
                            note=note,
                        )
                        self.save_new(verdict, "verdict")
                elif verdict.gentler_id is None and gentler and self.is_new(gentler):
                    verdict.gentler = gentler
                    verdict.save(update_fields=["gentler"])
                    self.added["gentler link"] += 1

    def load_reviews(self):
        """The founding review of each founding page created in this run, signed by the team.

        A page that was already there keeps its own reviews, or none: a review is never claimed
        for text an editor may have changed since.
        """
        for kind, pages in (
            ("pose", self.poses),
            ("sequence", self.sequences),
            ("muscle", self.muscles),
            ("condition", self.conditions),
        ):
            for page in pages.values():
                if not self.is_new(page) or Review.objects.for_object(page).exists():
                    continue
                review = Review(page=page, **trust.FOUNDING_REVIEWER)
                self.save_new(review, "review")
                ReviewSource.objects.bulk_create(
                    ReviewSource(review=review, title=title, url=url, order=order)
                    for order, (title, url) in enumerate(trust.FOUNDING_SOURCES[kind], start=1)
                )

    def link_tip(self, manager, target):
        if not manager.filter(pk=target.pk).exists():
            manager.add(target)
            self.added["tip link"] += 1

    # -- the report --------------------------------------------------------------------------

    def summary(self):
        """One sentence saying what was added and how much was already there."""
        added = [
            f"{self.added[label]} {label if self.added[label] == 1 else plural}"
            for label, plural in LABELS.items()
            if self.added[label]
        ]
        kept = sum(self.kept.values())
        if not added:
            return f"Nothing to add: all {kept} pieces of founding content are already here."
        text = "Added " + ", ".join(added) + "."
        if kept:
            text += f" Left {kept} existing pieces of content as they were."
        return text
