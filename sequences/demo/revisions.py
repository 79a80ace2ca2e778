"""Brings a site set up by an older Backsite up to today's founding content, once, and only where
an editor has left the older founding content exactly as it was.

Each change below names the older founding state it expects. When the database still holds that
state, the change is made; when an editor has changed it (a text, a level, a step), it is left
alone. Once made, the older state no longer matches, so running `load_demo` again changes nothing.

The changes (issue "balance check"): the handstand in the back-pain flow becomes an optional step
for experienced practitioners, with the wall "L" preparation before it as the default; sequence
levels match their poses; the "standing sequence", which also kneels and lies down, is renamed
"Steady back and legs", and its old address leads to it.
"""

from inspect import cleandoc

from backsite.models import Page
from poses.models import Pose
from sequences.models import FormerAddress, Sequence, SequenceStep, Tip

from . import content

FLOW = "back-pain-flow"
WALL_L = "wall-l-handstand"
HANDSTAND = "handstand"
OLD_STANDING = ("standing-sequence", "Standing sequence")


def same(a: str, b: str) -> bool:
    """Texts equal but for line breaks and indentation."""
    return " ".join(a.split()) == " ".join(b.split())


def founding(slug: str) -> dict:
    return next(data for data in content.SEQUENCES if data["slug"] == slug)


def founding_step(slug: str, pose: str) -> dict:
    return next(step for step in founding(slug)["steps"] if step["pose"] == pose)


OLD_FLOW_POSES = [
    "cat-cow", "childs-pose", "cobra", "lying-spinal-twist", "balancing-table", "cobra",
    "half-revolved-belly-pose", "lying-spinal-twist", HANDSTAND, "cobra", "childs-pose",
]  # fmt: skip
OLD_FLOW_INTRO_START = """
    **Before you start:** read the safety note and the cautions of each pose. Step 9 is a
    handstand, an advanced inversion that is not for people with back pain unless a teacher
    has cleared them. Skip it and rest in child's pose instead.
"""
OLD_HANDSTAND_NOTES = """
    **Skip this step** unless a teacher has cleared you for handstands: rest in
    child's pose instead. With your teacher's go-ahead, you may practise the
    wall-supported "L" preparation here. Never kick up with force.
"""
# (model, lookup, field, older founding text, today's founding text)
TEXTS = [
    (
        Page,
        {"slug": "home"},
        "body",
        "- Follow a short **sequence**: the back-pain flow on the floor, or the standing sequence.",
        "- Follow a short **sequence**: the back-pain flow on the floor, or steady back and legs,\n"
        "  from standing down to the floor.",
    ),
    (
        Tip,
        {"title": "Make the standing poses smaller"},
        "body",
        "The drawings for the standing sequence show deep poses",
        "The drawings for this sequence show deep poses",
    ),
]


class Revisions:
    """Runs before the loader adds what is missing (``upgrade``) and after it (``finish``)."""

    def __init__(self, loader):
        self.loader = loader
        self.flow_upgraded = False

    def done(self, what):
        self.loader.added["update to older founding content"] += 1
        self.loader.log(f"Updated founding content: {what}")

    def upgrade(self):
        self.texts()
        self.rename_standing()
        self.optional_handstand()

    def finish(self):
        self.wall_l_before_handstand()

    # -- the changes -----------------------------------------------------------------------

    def texts(self):
        for model, lookup, field, old, new in TEXTS:
            obj = model.objects.filter(**lookup).first()
            if obj is None:
                continue
            text = getattr(obj, field)
            if old in text and new not in text:
                setattr(obj, field, text.replace(old, new))
                obj.save()
                self.done(f"{model._meta.verbose_name} '{obj}'")

    def rename_standing(self):
        """The standing sequence as founded: new name and address, level of its fish pose."""
        old_slug, old_title = OLD_STANDING
        today = founding("steady-back-and-legs")
        sequence = Sequence.objects.filter(slug=old_slug, title=old_title).first()
        if sequence is None or Sequence.objects.filter(slug=today["slug"]).exists():
            return
        sequence.slug, sequence.title = today["slug"], today["title"]
        if sequence.level == "beginner":
            sequence.level = today["level"]
        sequence.save()
        FormerAddress.objects.get_or_create(slug=old_slug, defaults={"sequence": sequence})
        self.done(f"'{old_title}' is now '{sequence.title}' at /sequences/{sequence.slug}/")

    def optional_handstand(self):
        """The flow's handstand, as founded, becomes optional with today's note."""
        flow = Sequence.objects.filter(slug=FLOW).first()
        if flow is None:
            return
        steps = list(flow.steps.select_related("pose").order_by("position"))
        if [step.pose.slug for step in steps] != OLD_FLOW_POSES:
            return
        handstand = next(step for step in steps if step.pose.slug == HANDSTAND)
        if handstand.optional or not same(handstand.notes, OLD_HANDSTAND_NOTES):
            return
        today = founding_step(FLOW, HANDSTAND)
        handstand.optional = True
        handstand.optional_reason = today["optional_reason"]
        handstand.notes = cleandoc(today["notes"])
        handstand.save()
        self.flow_upgraded = True
        self.done("the back-pain flow's handstand is optional, for experienced practitioners")

    def wall_l_before_handstand(self):
        """The wall "L" before the optional handstand, once that pose exists.

        Only in the run that makes the handstand optional, creates the flow, or creates the wall
        "L" pose, so a wall "L" step an editor takes out later stays out.
        """
        flow = Sequence.objects.filter(slug=FLOW).first()
        wall = Pose.objects.filter(slug=WALL_L).first()
        if flow is None or wall is None:
            return
        if not (self.flow_upgraded or self.loader.is_new(flow) or self.loader.is_new(wall)):
            return
        steps = list(flow.steps.select_related("pose").order_by("position"))
        if any(step.pose_id == wall.pk for step in steps):
            return
        handstand = next(
            (s for s in steps if s.pose.slug == HANDSTAND and s.optional),
            None,
        )
        if handstand is None or not same(handstand.notes, founding_step(FLOW, HANDSTAND)["notes"]):
            return
        taken = {s.position for s in steps}
        if handstand.position == 1 or handstand.position - 1 in taken:
            # No free position just before the handstand: move it and what follows up by one.
            for step in reversed([s for s in steps if s.position >= handstand.position]):
                step.position += 1
                step.save(update_fields=["position"])
        today = founding_step(FLOW, WALL_L)
        step = SequenceStep(
            sequence=flow,
            position=handstand.position - 1,
            pose=wall,
            side=today["side"],
            hold_seconds=today["hold_seconds"],
            notes=cleandoc(today["notes"]),
        )
        self.loader.save_new(step, "step")
        data = founding(FLOW)
        intro_start = cleandoc(OLD_FLOW_INTRO_START)
        if " ".join(flow.introduction.split()).startswith(" ".join(intro_start.split())):
            rest = flow.introduction.split("\n\n", 1)[1] if "\n\n" in flow.introduction else ""
            today_start = cleandoc(data["introduction"]).split("\n\n", 1)[0]
            flow.introduction = f"{today_start}\n\n{rest}".strip()
        if flow.level == "beginner":
            flow.level = data["level"]
        flow.save()
        self.done("the wall “L” comes before the optional handstand in the back-pain flow")
