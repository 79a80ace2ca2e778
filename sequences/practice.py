"""The guided practice player: `/sequences/<slug>/practice/`.

``player_context(schedule, ...)`` is the one entry point for anything that plays a practice. It
takes a ``Schedule`` from ``schedule.build_schedule`` (saved steps or unsaved ones, such as a
practice a visitor put together) and returns what ``sequences/includes/player.html`` renders: the
whole plan as an ordered list (the page without JavaScript) and the JSON the player's script reads.
"""

from __future__ import annotations

from django import forms
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.views.generic import DetailView

from backsite.mixins import PublishedOrPreviewMixin
from poses.conditions.selection import read_choice

from . import schedule as timing
from .models import Sequence
from .safety import practice_plan

CAUTION_WORDS = 24
OPTIONAL = "optional"  # ?optional=include plays a sequence's optional steps too
INCLUDE = "include"


def short_caution(pose) -> str:
    """The first sentence of a pose's cautions, short enough to read at a glance on the mat."""
    text = " ".join(strip_tags(pose.cautions_html).split())
    if not text:
        return ""
    first = text.split(". ")[0].rstrip(".") + "."
    return Truncator(first).words(CAUTION_WORDS, truncate="…")


def gentler_url(pose) -> str:
    """Where the gentler ways into a pose are: its "Gentler ways in" section, or its page."""
    url = pose.get_absolute_url()
    return f"{url}#modifications-title" if pose.modifications_html else url


class PracticeOptionsForm(forms.Form):
    """Pace, rounds, lead-in and rest from the query string (the page without script)."""

    rounds = forms.TypedChoiceField(
        label="Rounds",
        coerce=int,
        choices=[(n, str(n)) for n in range(1, timing.MAX_ROUNDS + 1)],
    )
    pace = forms.TypedChoiceField(
        label="Pace of each hold",
        coerce=float,
        choices=[(p, f"{p:g}×") for p in timing.PACES],
        initial=1.0,
    )
    lead_in = forms.TypedChoiceField(
        label="Time to get ready",
        coerce=int,
        choices=[(s, "None" if s == 0 else f"{s} seconds") for s in timing.LEAD_INS],
        initial=timing.LEAD_IN_SECONDS,
    )
    rest = forms.TypedChoiceField(
        label="Rest between rounds",
        coerce=int,
        choices=[(s, "None" if s == 0 else f"{s} seconds") for s in timing.RESTS],
        initial=timing.REST_SECONDS,
    )

    def __init__(self, data, *, rounds: int):
        self.default_rounds = min(max(rounds, 1), timing.MAX_ROUNDS)
        super().__init__(data or None, initial={"rounds": self.default_rounds})
        for field in self.fields.values():
            field.required = False

    def options(self) -> dict:
        """The chosen options; a value that is missing or not on offer keeps its default."""
        chosen = {name: field.initial for name, field in self.fields.items()}
        chosen["rounds"] = self.default_rounds
        if self.is_bound:
            self.is_valid()
            for name, value in getattr(self, "cleaned_data", {}).items():
                if value not in (None, "") and name not in self.errors:
                    chosen[name] = value
        return chosen


def player_context(
    schedule: timing.Schedule,
    *,
    title: str,
    back_url: str,
    back_label: str,
    options_form: PracticeOptionsForm | None = None,
    flags: list[list[str]] | None = None,
) -> dict:
    """Everything ``sequences/includes/player.html`` needs to show and play a schedule.

    ``flags`` gives each step a list of short warnings for the visitor (for example "Avoid with
    stenosis"), shown beside the pose while it is played.
    """
    steps = schedule.steps
    flags = flags or [[] for _ in steps]
    for step, step_flags in zip(steps, flags, strict=True):
        step.player_flags = step_flags  # for the plan list, beside each hold
    step_data = [
        {
            "name": step.pose.english_name,
            "sanskrit": step.pose.sanskrit_name,
            "caution": short_caution(step.pose),
            "gentler": gentler_url(step.pose),
            "repetitions": step.repetitions,
            "flags": step_flags,
        }
        for step, step_flags in zip(steps, flags, strict=True)
    ]
    return {
        "schedule": schedule,
        "player_steps": list(zip(steps, step_data, strict=True)),
        "player_title": title,
        "back_url": back_url,
        "back_label": back_label,
        "options_form": options_form,
        "player_data": {
            "title": title,
            "steps": step_data,
            "plan": [hold.as_json() for hold in schedule.plan],
            "rounds": schedule.rounds,
            "maxRounds": timing.MAX_ROUNDS,
            "pace": schedule.pace,
            "leadIn": schedule.lead_in,
            "rest": schedule.rest,
            "paces": list(timing.PACES),
            "sw": reverse("service_worker"),
        },
    }


class PracticeView(PublishedOrPreviewMixin, DetailView):
    choice = None
    avoided = ()  # poses left out because they are to avoid with the visitor's conditions
    include_optional = False
    optional_steps = ()

    model = Sequence
    template_name = "sequences/practice.html"
    context_object_name = "sequence"

    def get_queryset(self):
        return super().get_queryset().with_steps()

    def practice_steps(self, steps):
        """The steps to play, each one's flags for the visitor, and the names left out.

        Optional steps are left out unless ``?optional=include`` asks for them. A pose that is not
        public (being revised, or withdrawn) is left out, and the page says so.
        This is where a version adapted to the visitor's back (``?for=``) swaps or drops steps and
        flags them: it may return unsaved ``SequenceStep`` objects, which play like saved ones.
        """
        self.include_optional = self.request.GET.get(OPTIONAL) == INCLUDE
        self.optional_steps = [step for step in steps if step.optional]
        steps = timing.played_steps(steps, include_optional=self.include_optional)
        kept = [step for step in steps if step.pose.is_published]
        left_out = [step.pose.english_name for step in steps if not step.pose.is_published]
        self.choice = read_choice(self.request)
        if self.choice:
            # The visitor's back (?for=): the same swaps and drops as "Make it safer for me".
            played, flags, self.avoided = practice_plan(kept, self.choice)
            return played, flags, left_out
        return kept, [[] for _ in kept], left_out

    def get_context_data(self, **kwargs):
        sequence = self.object
        steps, flags, left_out = self.practice_steps(list(sequence.steps.all()))
        form = PracticeOptionsForm(self.request.GET, rounds=sequence.repeat_count)
        schedule = sequence.schedule(steps, **form.options())
        kwargs.update(
            player_context(
                schedule,
                title=sequence.title,
                back_url=sequence.get_absolute_url(),
                back_label=f"Back to {sequence.title}",
                options_form=form,
                flags=flags,
            ),
            left_out=left_out,
            my_back=self.choice,
            avoided=self.avoided,
            optional_steps=self.optional_steps,
            include_optional=self.include_optional,
        )
        return super().get_context_data(**kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.request.user.is_authenticated:
            # The service worker stores only public pages; anything a signed-in editor sees is not.
            patch_cache_control(response, private=True, no_store=True)
        return response
