"""A small site built with the factories, for the page tests.

Every name and sentence a page test looks for is written here, not taken from the founding content:
a copy edit of the demo content breaks only `load_demo`'s own tests. The shape follows a real site
(four layers, a muscle with parts, poses with tags and muscles, two sequences, tips of each kind,
the site text) so that each kind of page has something to show.
"""

from types import SimpleNamespace

from backsite.models import Page
from poses.models import Category, Level, PoseMuscle
from sequences.models import SequenceStep, Tip
from tests.factories import (
    MuscleFactory,
    MuscleGroupFactory,
    PoseFactory,
    PoseMuscleFactory,
    SequenceFactory,
    SequenceStepFactory,
    TipFactory,
)

HOME_TITLE = "Kind yoga for an aching back"
SAFETY_TITLE = "Look after yourself"


def build_site(image=None):
    """Build the site; `image(name)` gives each pose a picture (a ContentFile) when passed."""

    def pose(slug, name, sanskrit, category, level=Level.BEGINNER, tags=(), **fields):
        if image:
            fields.update(image=image(f"{slug}.png"), image_alt=f"A drawing of {name.lower()}.")
        return PoseFactory(
            slug=slug,
            english_name=name,
            sanskrit_name=sanskrit,
            category=category,
            level=level,
            tags=list(tags),
            **fields,
        )

    layers = SimpleNamespace(
        superficial=MuscleGroupFactory(name="Superficial", slug="superficial", depth=1),
        intermediate=MuscleGroupFactory(name="Intermediate", slug="intermediate", depth=2),
        deep=MuscleGroupFactory(name="Deep muscles", slug="deep", depth=3),
        small_deep=MuscleGroupFactory(name="Small deep", slug="small-deep", depth=4),
    )
    MuscleFactory(name="Trapezius", slug="trapezius", group=layers.superficial)
    MuscleFactory(name="Serratus posterior", slug="serratus", group=layers.intermediate)
    erector = MuscleFactory(
        name="Erector spinae", slug="erector-spinae", group=layers.deep, order=1
    )
    parts = [
        MuscleFactory(name=name, slug=name.lower(), group=layers.deep, parent=erector, order=n)
        for n, name in enumerate(["Iliocostalis", "Longissimus", "Spinalis"], start=1)
    ]
    MuscleFactory(name="Splenius", slug="splenius", group=layers.deep, order=2)
    multifidus = MuscleFactory(name="Multifidus", slug="multifidus", group=layers.small_deep)

    poses = SimpleNamespace(
        triangle=pose(
            "triangle",
            "Triangle pose",
            "Utthita Trikoṇāsana",
            Category.STANDING,
            tags=["hamstrings", "hips"],
            hold_min_seconds=30,
            hold_max_seconds=180,
        ),
        cobra=pose(
            "cobra",
            "Cobra pose",
            "Bhujaṅgāsana",
            Category.PRONE,
            tags=["low-back", "gentle", "strengthening"],
            hold_min_seconds=5,
            hold_max_seconds=20,
            cautions="Lift only as high as the low back allows.",
            benefits="Can ease a stiff upper back.",
        ),
        child=pose("child", "Child's pose", "Bālāsana", Category.KNEELING, tags=["gentle"]),
        twist=pose(
            "lying-twist", "Lying spinal twist", "", Category.SUPINE, tags=["twist", "gentle"]
        ),
        belly=pose("belly-twist", "Half revolved belly pose", "", Category.SUPINE, tags=["twist"]),
        cat_cow=pose(
            "cat-cow", "Cat–cow flow", "Marjaryasana", Category.KNEELING, tags=["low-back"]
        ),
        table=pose(
            "balancing-table", "Balancing table", "", Category.KNEELING, tags=["strengthening"]
        ),
        handstand=pose(
            "handstand",
            "Handstand",
            "Adho Mukha Vṛkṣāsana",
            Category.INVERSION,
            level=Level.ADVANCED,
            tags=["strengthening"],
        ),
    )
    PoseFactory(slug="unfinished", english_name="Unfinished pose", is_published=False)
    PoseMuscleFactory(pose=poses.triangle, muscle=parts[0], role=PoseMuscle.Role.STRETCHES)
    PoseMuscleFactory(pose=poses.cobra, muscle=multifidus, role=PoseMuscle.Role.STRENGTHENS)

    flow = SequenceFactory(
        title="Morning flow", slug="morning-flow", repeat_count=3, summary="Five poses, slowly."
    )
    each = SequenceStep.Side.EACH
    for position, (step_pose, fields) in enumerate(
        [
            (poses.cat_cow, {"repetitions": 5}),
            (poses.child, {}),
            (poses.cobra, {"hold_seconds": 10, "notes": "Stay low and brief."}),
            (poses.twist, {"side": each}),
            (poses.table, {"side": each}),
        ],
        start=1,
    ):
        SequenceStepFactory(sequence=flow, pose=step_pose, position=position, **fields)
    standing = SequenceFactory(
        title="Standing practice", slug="standing-practice", summary="Two standing poses."
    )
    SequenceStepFactory(sequence=standing, pose=poses.triangle, position=1)
    SequenceStepFactory(sequence=standing, pose=poses.child, position=2)

    caution = TipFactory(title="Keep the backbend small", kind=Tip.Kind.CAUTION, order=1)
    caution.sequences.add(flow)
    caution.poses.add(poses.cobra)
    smaller = TipFactory(title="Take a shorter stance", kind=Tip.Kind.MODIFICATION)
    smaller.sequences.add(standing)
    hips = TipFactory(title="Soften the front knee", kind=Tip.Kind.TIP)
    hips.poses.add(poses.triangle)
    TipFactory(title="Little and often", is_featured=True)
    TipFactory(title="A tip kept for the pose pages")

    Page.objects.create(slug="home", title=HOME_TITLE, body="Short, gentle practices.")
    Page.objects.create(
        slug="safety", title=SAFETY_TITLE, body="Stop at once if you feel numbness or tingling."
    )
    return SimpleNamespace(layers=layers, poses=poses, sequences=[flow, standing])
