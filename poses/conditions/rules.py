"""What a pose needs before it can be published, said in one place."""

from collections.abc import Iterable

from django.utils.text import get_text_list

from .models import Condition


def publishing_gaps(cautions: str, reviewed: Iterable[int]) -> list[str]:
    """What is missing before a pose can be published: its cautions, and a verdict per condition.

    ``reviewed`` holds the primary keys of the conditions the pose has a verdict for.
    """
    gaps = []
    if not cautions.strip():
        gaps.append("cautions")
    reviewed = set(reviewed)
    missing = [c.name for c in Condition.objects.all() if c.pk not in reviewed]
    if missing:
        word = "a verdict" if len(missing) == 1 else "verdicts"
        gaps.append(f"{word} for {get_text_list(missing, 'and')}")
    return gaps


def publishing_message(gaps: list[str]) -> str:
    return (
        "A pose can be published only with cautions and a verdict for every condition. "
        f"Still missing: {'; '.join(gaps)}. Add them, or untick “published” to save a draft."
    )
