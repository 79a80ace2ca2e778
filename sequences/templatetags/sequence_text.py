"""Sequence steps in plain words: `{{ step|step_hold }}`, `{{ seconds|clock }}`."""

from django import template

from poses.templatetags.pose_text import duration, hold_guidance

register = template.Library()


@register.filter
def step_hold(step):
    """A sequence step's hold: the step's own time, or else the pose's guidance."""
    if step.hold_seconds:
        return f"Hold for {duration(step.hold_seconds)}"
    return hold_guidance(step.pose)


@register.filter
def clock(seconds):
    """Seconds as a clock reading: 75 -> '1:15', 3725 -> '1:02:05'."""
    try:
        seconds = max(0, int(seconds))
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"
