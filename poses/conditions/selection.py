"""The conditions a visitor chose, read from ``?for=`` in the address.

The choice lives only in the address (and, with JavaScript, in the visitor's own browser), so a page
is the same for everyone with the same URL: it can be cached, shared and printed. Bad input is
bounded and reported, never an error: unknown slugs are listed back, repeats are merged, and an
absurdly long value is cut.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from backsite.cache import remember

from .models import Condition, Rating, Verdict

PARAMETER = "for"
SHOW_AVOIDED = "avoided"  # ?avoided=show turns off the library's default hiding
MAX_VALUES = 20  # repeated for= parameters read
MAX_LENGTH = 300  # characters of the joined value read
MAX_UNKNOWN_SHOWN = 5
MAX_UNKNOWN_LENGTH = 40


@dataclass
class Choice:
    conditions: list = field(default_factory=list)  # chosen, in the site's order
    everything: list = field(default_factory=list)  # every condition, for the controls
    unknown: list = field(default_factory=list)  # what was not recognised, shortened
    more_unknown: int = 0  # unknown values beyond those listed
    cut: bool = False  # the value was too long and was cut
    given: bool = False  # for= was in the address, even empty (an explicit "none")

    def __bool__(self):
        return bool(self.conditions)

    @property
    def slugs(self):
        return [condition.slug for condition in self.conditions]

    @property
    def value(self):
        """The canonical for= value: known slugs, comma-separated, in the site's order."""
        return ",".join(self.slugs)

    @property
    def query(self):
        """``for=...`` ready to append to an address, or "" with nothing chosen."""
        return urlencode({PARAMETER: self.value}, safe=",") if self.conditions else ""

    @property
    def ids(self):
        return [condition.pk for condition in self.conditions]

    @property
    def chosen_slugs(self):
        return set(self.slugs)

    @property
    def names(self):
        return [condition.name for condition in self.conditions]

    def entries(self, verdicts):
        """(condition, verdict or None) for each chosen condition, from one pose's verdicts."""
        by_condition = {verdict.condition_id: verdict for verdict in verdicts}
        return [(condition, by_condition.get(condition.pk)) for condition in self.conditions]


def read_choice(request) -> Choice:
    """The visitor's choice for this request, read once and kept on the request (the list of
    conditions is one query, kept per content generation)."""
    cached = getattr(request, "_my_back_choice", None)
    if cached is not None:
        return cached
    values = request.GET.getlist(PARAMETER)
    joined = ",".join(values[:MAX_VALUES])
    choice = Choice(given=bool(values), cut=len(values) > MAX_VALUES or len(joined) > MAX_LENGTH)
    choice.everything = remember("my-back:conditions", lambda: list(Condition.objects.all()))
    by_slug = {condition.slug: condition for condition in choice.everything}
    wanted, unknown = set(), []
    for token in joined[:MAX_LENGTH].split(","):
        slug = token.strip().lower()
        if not slug:
            continue
        if slug in by_slug:
            wanted.add(slug)
        elif slug not in unknown:
            unknown.append(slug)
    choice.conditions = [c for c in choice.everything if c.slug in wanted]
    choice.unknown = [_shorten(value) for value in unknown[:MAX_UNKNOWN_SHOWN]]
    choice.more_unknown = max(0, len(unknown) - MAX_UNKNOWN_SHOWN)
    request._my_back_choice = choice
    return choice


def _shorten(value):
    printable = "".join(ch if ch.isprintable() else "?" for ch in value)
    if len(printable) > MAX_UNKNOWN_LENGTH:
        return printable[: MAX_UNKNOWN_LENGTH - 1] + "…"
    return printable


def avoided_poses(choice):
    """A subquery of the poses rated "avoid" for any chosen condition."""
    return Verdict.objects.filter(condition__in=choice.ids, rating=Rating.AVOID).values("pose")


def verdicts_for(poses, choice):
    """Every verdict of these poses for the chosen conditions, in one query, by pose id."""
    by_pose = {}
    if not choice or not poses:
        return by_pose
    verdicts = Verdict.objects.filter(
        pose__in=[pose.pk for pose in poses], condition__in=choice.ids
    ).select_related("condition", "gentler")
    for verdict in verdicts:
        by_pose.setdefault(verdict.pose_id, []).append(verdict)
    return by_pose
