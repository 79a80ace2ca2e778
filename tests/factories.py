"""Small factories so each test builds the content it reads."""

import io

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from PIL import Image

from anatomy.models import Muscle, MuscleGroup
from poses.models import (
    Category,
    Condition,
    Direction,
    Pose,
    PoseMuscle,
    PoseVariation,
    Rating,
    Source,
    Support,
    Verdict,
)
from sequences.models import Sequence, SequenceStep, Tip


class MuscleGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MuscleGroup

    name = factory.Sequence(lambda n: f"Layer {n}")
    slug = factory.Sequence(lambda n: f"layer-{n}")
    depth = factory.Sequence(lambda n: n + 1)
    summary = "A layer of back muscles."


class MuscleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Muscle

    name = factory.Sequence(lambda n: f"Muscle {n}")
    slug = factory.Sequence(lambda n: f"muscle-{n}")
    group = factory.SubFactory(MuscleGroupFactory)
    location = "Along the spine."
    action = "Extends the spine."


class PoseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pose
        skip_postgeneration_save = True

    english_name = factory.Sequence(lambda n: f"Pose {n}")
    sanskrit_name = factory.Sequence(lambda n: f"Āsana {n}")
    slug = factory.Sequence(lambda n: f"pose-{n}")
    summary = "A gentle pose."
    steps = "1. Breathe.\n2. Move slowly."
    cautions = "Stop if pain sharpens."
    category = Category.SUPINE
    is_published = True

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


class PoseMuscleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PoseMuscle

    pose = factory.SubFactory(PoseFactory)
    muscle = factory.SubFactory(MuscleFactory)
    role = PoseMuscle.Role.STRETCHES


class ConditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Condition

    name = factory.Sequence(lambda n: f"Condition {n}")
    short_name = factory.Sequence(lambda n: f"condition {n}")
    slug = factory.Sequence(lambda n: f"condition-{n}")
    description = "A condition, in plain words."
    helps = "Gentle movement."
    careful = "Deep bends."
    order = factory.Sequence(lambda n: n)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    condition = factory.SubFactory(ConditionFactory)
    title = "NHS: Back pain"
    url = factory.Sequence(lambda n: f"https://www.nhs.uk/conditions/back-pain/{n}")


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    pose = factory.SubFactory(PoseFactory)
    condition = factory.SubFactory(ConditionFactory)
    rating = Rating.FINE


class PoseVariationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PoseVariation

    from_pose = factory.SubFactory(PoseFactory)
    to_pose = factory.SubFactory(PoseFactory)
    direction = Direction.EASIER
    support = Support.CHAIR
    what_changes = "Sit on a chair, so the back takes less weight."


class SequenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sequence

    title = factory.Sequence(lambda n: f"Sequence {n}")
    slug = factory.Sequence(lambda n: f"sequence-{n}")
    summary = "A short sequence."
    introduction = "Move slowly."
    is_published = True


class SequenceStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SequenceStep

    sequence = factory.SubFactory(SequenceFactory)
    position = factory.Sequence(lambda n: n + 1)
    pose = factory.SubFactory(PoseFactory)


class TipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tip

    title = factory.Sequence(lambda n: f"Tip {n}")
    body = "Listen to your body."


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("a long test password")


def make_editor(**kwargs):
    """A staff account in the Editors group, as `create_editor` makes one."""
    user = UserFactory(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def make_reviewer(**kwargs):
    """An editor who is also a reviewer, as `create_editor --reviewer` makes one."""
    user = make_editor(**kwargs)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return user


def png(name, size=(800, 600)):
    """A small PNG upload for an image field."""
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name)
