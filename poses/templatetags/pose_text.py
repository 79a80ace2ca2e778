"""Pose facts in plain words: `{{ pose|hold_guidance }}`, `{{ seconds|duration }}`."""

from django import template

register = template.Library()

COMFORTABLE = "Hold only as long as is comfortable"


def _unit(count, singular):
    return f"{count} {singular}" if count == 1 else f"{count} {singular}s"


@register.filter
def duration(seconds):
    """45 -> '45 seconds', 60 -> '1 minute', 90 -> '1 minute 30 seconds', 180 -> '3 minutes'."""
    try:
        seconds = int(seconds)
    except (TypeError, ValueError):
        return ""
    if seconds < 0:
        return ""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return _unit(rest, "second")
    if not rest:
        return _unit(minutes, "minute")
    return f"{_unit(minutes, 'minute')} {_unit(rest, 'second')}"


def hold_in_words(shortest, longest):
    if shortest and longest:
        if shortest == longest:
            return f"Hold for {duration(longest)}"
        if shortest % 60 == 0 and longest % 60 == 0:
            return f"Hold for {shortest // 60} to {duration(longest)}"
        if longest < 60:
            return f"Hold for {shortest} to {duration(longest)}"
        return f"Hold for {duration(shortest)} to {duration(longest)}"
    if longest:
        return f"Hold for up to {duration(longest)}"
    if shortest:
        return f"Hold for at least {duration(shortest)}, if it stays comfortable"
    return COMFORTABLE


@register.filter
def hold_guidance(pose):
    """How long to hold a pose, in words, from its shortest and longest hold."""
    return hold_in_words(pose.hold_min_seconds, pose.hold_max_seconds)
