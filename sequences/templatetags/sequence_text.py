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


@register.filter
def short_time(seconds):
    """Seconds in short words for tables: 0 -> 'none', 45 -> '45 s', 330 -> '5 min 30 s'."""
    try:
        seconds = max(0, int(seconds))
    except (TypeError, ValueError):
        return ""
    if not seconds:
        return "none"
    minutes, rest = divmod(seconds, 60)
    parts = [f"{minutes} min"] if minutes else []
    if rest:
        parts.append(f"{rest} s")
    return " ".join(parts)
