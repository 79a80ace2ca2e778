"""The practice builder (`/practice/build/`) and its player (`/practice/build/play/`).

Everything is a GET: the practice lives in ``p`` (see ``code``), so nothing is stored and every
state has an address. A button sends the form with ``do`` (``add:<slug>``, ``up:<n>``,
``down:<n>``, ``remove:<n>``, ``order:<n>,<n>,...``, ``clear``, ``update``) and the step fields;
the server applies them and redirects to the practice's own address. The script in
``static/js/builder.js`` does the same requests and swaps in the page it gets back, so the server
stays the one source of truth for the time, the balance check and the flags.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.views.generic import TemplateView

from poses.conditions.selection import SHOW_AVOIDED, avoided_poses, read_choice, verdicts_for
from poses.filters import PoseFilterForm
from poses.models import Pose

from .. import schedule as timing
from ..balance import ROTATION, SIDE_BEND, check, movements
from ..practice import PracticeOptionsForm, player_context, short_caution
from ..safety import flag_steps, flag_words, practice_plan
from . import code
from .practice import BuiltPractice, read, resolve, step_for

PICKER_LIMIT = 30
PICKER_FILTERS = ("q", "category", "level")
# Why an action did nothing, carried through the redirect as ?said=<key>.
SAID = {
    "full": f"A practice holds at most {code.MAX_STEPS} steps, so no more can be added.",
    "unknown": "That pose is not in the library, so it could not be added.",
    "value": (
        "A hold or a number of times was not a whole number in range "
        f"(hold 1 to {code.MAX_HOLD} seconds, 1 to {code.MAX_REPETITIONS} times), so it was "
        "left as it was."
    ),
    "order": "The new order did not match the practice, so the order is unchanged.",
}
SIDE_CHOICES = [
    ("both", "Both sides together"),
    ("left", "Left side"),
    ("right", "Right side"),
    ("each", "Each side in turn"),
]


def query_string(query: dict) -> str:
    """A query string that keeps the practice readable: commas and colons stay as they are."""
    return urlencode(query, safe=",:")


def builder_url(query: dict) -> str:
    url = reverse("practice:build")
    return f"{url}?{query_string(query)}" if query else url


def default_side(pose) -> str:
    """Twists and side-bends go each side in turn unless the visitor says otherwise."""
    return "each" if movements(pose) & {ROTATION, SIDE_BEND} else "both"


def apply_edits(practice: BuiltPractice, params) -> set[str]:
    """The step fields of the form (side-1, hold-1, reps-1, ...) applied to the steps."""
    said = set()
    for number, step in enumerate(practice.steps, start=1):
        side = params.get(f"side-{number}")
        if side in code.CODES:
            step.side = side
        hold = params.get(f"hold-{number}")
        if hold is not None:
            hold = hold.strip()
            value = code.whole_number(hold, 1, code.MAX_HOLD) if hold else None
            if hold and value is None:
                said.add("value")
            else:
                step.hold_seconds = value
        reps = params.get(f"reps-{number}")
        if reps is not None and reps.strip():
            value = code.whole_number(reps.strip(), 1, code.MAX_REPETITIONS)
            if value is None:
                said.add("value")
            else:
                step.repetitions = value
    if "rounds" in params:
        value = code.whole_number(params["rounds"].strip(), 1, timing.MAX_ROUNDS)
        if value is not None:
            practice.rounds = value
    return said


def apply_action(practice: BuiltPractice, action: str, poses: dict) -> tuple[str | None, str]:
    """Do ``action``; return why it did nothing (a SAID key) and the anchor to land on."""
    steps = practice.steps
    verb, _, argument = action.partition(":")
    if verb == "add":
        pose = poses.get(argument)
        if pose is None or not pose.is_published:
            return "unknown", "picker-title"
        if len(steps) >= code.MAX_STEPS:
            return "full", "practice-title"
        steps.append(step_for(pose, code.Step(pose.slug, default_side(pose)), len(steps) + 1))
        return None, f"step-{len(steps)}"
    if verb == "clear":
        steps.clear()
        return None, "practice-title"
    if verb == "order":
        numbers = [code.whole_number(n, 1, len(steps)) for n in argument.split(",")]
        if sorted(n or 0 for n in numbers) != list(range(1, len(steps) + 1)):
            return "order", "practice-title"
        steps[:] = [steps[n - 1] for n in numbers]
        return None, "practice-title"
    number = code.whole_number(argument, 1, len(steps)) if steps else None
    if verb not in ("up", "down", "remove") or number is None:
        return None, "practice-title"
    index = number - 1
    if verb == "remove":
        del steps[index]
        return None, f"step-{min(number, len(steps))}" if steps else "practice-title"
    other = index - 1 if verb == "up" else index + 1
    if 0 <= other < len(steps):
        steps[index], steps[other] = steps[other], steps[index]
        return None, f"step-{other + 1}"
    return None, f"step-{number}"


def cautions(steps) -> list[tuple]:
    """Each pose of the practice once, with the first sentence of its cautions."""
    seen, shown = set(), []
    for step in steps:
        if step.pose.pk not in seen:
            seen.add(step.pose.pk)
            shown.append((step.pose, short_caution(step.pose)))
    return shown


class BuilderView(TemplateView):
    template_name = "sequences/builder/build.html"

    def get(self, request, *args, **kwargs):
        params = request.GET
        action = params.get("do", "")
        if action:
            return self.act(params, action)
        return super().get(request, *args, **kwargs)

    def act(self, params, action):
        reading = code.decode(params.get("p"), params.get("rounds"))
        verb, _, argument = action.partition(":")
        extra = [argument] if verb == "add" and code.SLUG.fullmatch(argument[:60]) else []
        practice, poses = resolve(reading, extra_slugs=extra)
        said = apply_edits(practice, params)
        why, anchor = apply_action(practice, action, poses)
        if why:
            said.add(why)
        query = practice.query
        for name in (*PICKER_FILTERS, "for", SHOW_AVOIDED):
            if params.get(name):
                query[name] = params[name][:300]
        if said:
            query["said"] = ",".join(sorted(said))
        return HttpResponseRedirect(f"{builder_url(query)}#{anchor}")

    def picker(self, choice):
        form = PoseFilterForm(self.request.GET)
        form.keep_recognised()
        poses = form.apply(Pose.objects.published())
        hidden = 0
        hiding = bool(choice) and self.request.GET.get(SHOW_AVOIDED) != "show"
        if hiding:
            avoided = avoided_poses(choice)
            hidden = poses.filter(pk__in=avoided).count()
            poses = poses.exclude(pk__in=avoided)
        found = list(poses[: PICKER_LIMIT + 1])
        verdicts = verdicts_for(found, choice)
        for pose in found:
            pose.my_back = choice.entries(verdicts.get(pose.pk, [])) if choice else []
        return {
            "filter_form": form,
            "found": found[:PICKER_LIMIT],
            "more_found": len(found) > PICKER_LIMIT,
            "hiding_avoided": hiding,
            "hidden_count": hidden,
            "searched": bool(form.filters()),
        }

    def get_context_data(self, **kwargs):
        request = self.request
        practice, _ = read(request.GET)
        choice = read_choice(request)
        steps = practice.steps
        if choice and steps:
            flag_steps(steps, choice)
            for step in steps:
                step.flags = flag_words(step.my_back)
        schedule = timing.build_schedule(steps, practice.rounds)
        said = [SAID[key] for key in request.GET.get("said", "").split(",") if key in SAID]
        share_url = request.build_absolute_uri(builder_url(practice.query))
        play_query = {**practice.query, **({"for": choice.value} if choice else {})}
        kwargs.update(
            self.picker(choice),
            practice=practice,
            steps=steps,
            p=practice.p,
            practice_qs=query_string(practice.query),
            cautions=cautions(steps),
            schedule=schedule,
            balance=check(steps, rounds=practice.rounds),
            problems=practice.problems + said,
            my_back=choice,
            share_url=share_url,
            play_url=f"{reverse('practice:play')}?{query_string(play_query)}",
            side_choices=SIDE_CHOICES,
            round_choices=range(1, timing.MAX_ROUNDS + 1),
            max_steps=code.MAX_STEPS,
            max_hold=code.MAX_HOLD,
            max_repetitions=code.MAX_REPETITIONS,
        )
        return super().get_context_data(**kwargs)


class BuiltPracticeView(TemplateView):
    """The practice player, playing a practice from its address."""

    template_name = "sequences/builder/play.html"

    def get_context_data(self, **kwargs):
        practice, _ = read(self.request.GET)
        choice = read_choice(self.request)
        steps, flags, avoided = practice.steps, [[] for _ in practice.steps], []
        if choice and steps:
            steps, flags, avoided = practice_plan(steps, choice)
        form = PracticeOptionsForm(self.request.GET, rounds=practice.rounds)
        schedule = timing.build_schedule(steps, **form.options())
        back_url = builder_url(practice.query)
        kwargs.update(
            player_context(
                schedule,
                title="Your practice",
                back_url=back_url,
                back_label="Back to your practice",
                options_form=form,
                flags=flags,
            ),
            practice=practice,
            problems=practice.problems,
            my_back=choice,
            avoided=avoided,
            builder_url=back_url,
            player_hidden=[("p", practice.p)],
        )
        return super().get_context_data(**kwargs)
