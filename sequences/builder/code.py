"""The practice address: a whole practice in one query parameter, readable and bounded.

    ?p=v1,cat-cow:b:10:5,cobra:b:10,lying-spinal-twist:e&rounds=2

``p`` starts with the format's version (``v1``), then one item per step, in order, separated by
commas. Each step is ``slug[:side[:hold[:repetitions]]]``:

- ``slug``: the pose's address (lowercase letters, digits and hyphens);
- ``side``: ``b`` both sides together (the default), ``l`` left, ``r`` right, ``e`` each side in
  turn;
- ``hold``: seconds of one hold, 1 to 600; empty for the pose's own guidance;
- ``repetitions``: 1 to 20, 1 by default.

Trailing defaults are left out (``cobra`` is ``cobra:b::1``). ``rounds`` (1 to 10, default 1) is
how many times the whole practice is done. At most 30 steps and 1,500 characters are read.

Reading never fails: whatever cannot be read is left out and named in a plain sentence, so a
tampered, cut or outdated address still gives a page that says what was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import schedule as timing

VERSION = "v1"
MAX_STEPS = 30
MAX_LENGTH = 1500
MAX_HOLD = 600
MAX_REPETITIONS = 20
MAX_SLUG = 60
SIDES = {"b": "both", "l": "left", "r": "right", "e": "each"}
CODES = {value: key for key, value in SIDES.items()}
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
SHOWN = 30  # characters of a bad value quoted back


@dataclass(frozen=True)
class Step:
    slug: str
    side: str = "both"  # a SequenceStep.Side value
    hold: int | None = None  # seconds; None: the pose's own guidance
    repetitions: int = 1

    def code(self) -> str:
        """``slug:side:hold:times`` with the defaults at the end left out."""
        parts = [
            self.slug,
            CODES[self.side],
            str(self.hold) if self.hold else "",
            str(self.repetitions) if self.repetitions != 1 else "",
        ]
        defaults = ["", "b", "", ""]
        while len(parts) > 1 and parts[-1] == defaults[len(parts) - 1]:
            parts.pop()
        return ":".join(parts)


@dataclass
class Reading:
    steps: list[Step] = field(default_factory=list)
    rounds: int = 1
    problems: list[str] = field(default_factory=list)


def quote(value: str) -> str:
    """A bad value, safe and short enough to name in a message."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in value)
    return f"“{shown[: SHOWN - 1]}…”" if len(shown) > SHOWN else f"“{shown}”"


def encode(steps: list[Step]) -> str:
    return ",".join([VERSION, *(step.code() for step in steps)])


def whole_number(text: str, low: int, high: int) -> int | None:
    """``text`` as a whole number from ``low`` to ``high``, or None."""
    if not text.isascii() or not text.isdigit() or len(text) > 6:
        return None
    value = int(text)
    return value if low <= value <= high else None


def read_rounds(text: str | None, reading: Reading) -> int:
    if text in (None, ""):
        return 1
    value = whole_number(text.strip(), 1, timing.MAX_ROUNDS)
    if value is None:
        reading.problems.append(
            f"Rounds {quote(text)} is not a whole number from 1 to {timing.MAX_ROUNDS}, "
            "so the practice is done once."
        )
        return 1
    return value


def read_step(number: int, item: str, problems: list[str]) -> Step | None:
    parts = item.split(":")
    if len(parts) > 4:
        problems.append(f"Step {number}, {quote(item)}, has more parts than slug:side:hold:times.")
        return None
    slug = parts[0].strip().lower()
    if not slug or len(slug) > MAX_SLUG or not SLUG.fullmatch(slug):
        problems.append(f"Step {number}: {quote(parts[0])} is not a pose's address.")
        return None
    side_code = parts[1] if len(parts) > 1 else "b"
    side = SIDES.get(side_code or "b")
    if side is None:
        problems.append(
            f"Step {number} ({slug}): side {quote(side_code)} is not b, l, r or e; "
            "both sides together are used."
        )
        side = "both"
    hold = None
    if len(parts) > 2 and parts[2] != "":
        hold = whole_number(parts[2], 1, MAX_HOLD)
        if hold is None:
            problems.append(
                f"Step {number} ({slug}): hold {quote(parts[2])} is not a whole number of seconds "
                f"from 1 to {MAX_HOLD}; the pose's own hold is used."
            )
    repetitions = 1
    if len(parts) > 3 and parts[3] != "":
        value = whole_number(parts[3], 1, MAX_REPETITIONS)
        if value is None:
            problems.append(
                f"Step {number} ({slug}): {quote(parts[3])} is not a number of times from 1 to "
                f"{MAX_REPETITIONS}; it is done once."
            )
        else:
            repetitions = value
    return Step(slug, side, hold, repetitions)


def decode(text: str | None, rounds: str | None = None) -> Reading:
    """Read ``p`` (and ``rounds``). Never raises; every problem is a sentence in ``problems``."""
    reading = Reading()
    reading.rounds = read_rounds(rounds, reading)
    if text is None or not text.strip():
        return reading
    if len(text) > MAX_LENGTH:
        reading.problems.append(
            f"The practice address is longer than {MAX_LENGTH:,} characters; "
            "only the start is read."
        )
        text = text[:MAX_LENGTH]
    items = text.strip().split(",")
    version = items[0].strip()
    if version != VERSION:
        if re.fullmatch(r"v\d{1,4}", version):
            reading.problems.append(
                f"This practice address is in format {quote(version)}, which this version of "
                f"Backsite does not read (it reads {VERSION}). Build the practice again below."
            )
        else:
            reading.problems.append(
                "This is not a practice address Backsite can read: it should start with "
                f"“{VERSION},”. Build the practice again below."
            )
        return reading
    items = [item.strip() for item in items[1:]]
    if any(not item for item in items):
        reading.problems.append("Empty steps in the address (two commas in a row) are left out.")
        items = [item for item in items if item]
    if len(items) > MAX_STEPS:
        reading.problems.append(
            f"A practice holds at most {MAX_STEPS} steps; this address has {len(items)}, so only "
            f"the first {MAX_STEPS} are kept."
        )
        items = items[:MAX_STEPS]
    for number, item in enumerate(items, start=1):
        step = read_step(number, item, reading.problems)
        if step is not None:
            reading.steps.append(step)
    return reading
