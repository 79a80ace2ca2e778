"""A jointed human body in three dimensions, posed with a few directions.

Units are centimetres of a person about 170 cm tall. The floor is y = 0 and y is up. A figure
standing upright faces +x, so its right side is +z, towards the viewer of a side view.

A pose is written as directions: where the torso points, which way its right side faces, and
where each bone of each limb points. `s(angle)` gives a direction in the side plane (0 is
forward, 90 up, -90 down, 180 back); `d(x, y, z)` any direction.
"""

import math
from dataclasses import dataclass, field

NECK = 8
HEAD_RADIUS = 11
TORSO = 52
SHOULDER_DROP = 4
SHOULDER_HALF = 17
HIP_HALF = 9
ARM = (29, 25, 9)  # upper arm, forearm, hand
LEG = (44, 42, 20)  # thigh, shin, foot (ankle to toes)

# Radii at each joint of a limb, from the body outwards.
ARM_RADII = (5.2, 4.0, 3.3, 2.6)
LEG_RADII = (8.0, 5.6, 3.9, 2.8)


def norm(v):
    length = math.sqrt(sum(c * c for c in v)) or 1.0
    return tuple(c / length for c in v)


def add(a, b, k=1.0):
    return tuple(x + k * y for x, y in zip(a, b, strict=True))


def cross(a, b):
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def s(angle, z=0.0):
    """A direction in the side plane, `angle` degrees up from forward, leaning `z` to the right."""
    rad = math.radians(angle)
    return norm((math.cos(rad), math.sin(rad), z))


def d(x, y, z):
    return norm((x, y, z))


@dataclass
class Body:
    """Joint positions, and the directions needed to draw the torso and face."""

    joints: dict = field(default_factory=dict)
    up: tuple = (0, 1, 0)  # pelvis towards neck
    hips_right: tuple = (0, 0, 1)
    shoulders_right: tuple = (0, 0, 1)
    bend: float = 0.0  # how far the middle of the back bows towards the front (negative: back)
    face: tuple = (1, 0, 0)


def limb(start, directions, lengths):
    points = [start]
    for direction, length in zip(directions, lengths, strict=True):
        points.append(add(points[-1], direction, length))
    return points


def pose(
    pelvis,
    up,
    right=(0, 0, 1),
    *,
    legs,
    arms,
    head=None,
    face=None,
    shoulders_right=None,
    bend=0.0,
):
    """Build a Body.

    `legs` and `arms` map "r" and "l" to three directions each (thigh, shin, foot; upper arm,
    forearm, hand). `head` is the direction from the neck to the head (defaults to `up`);
    `face` where the nose points. `shoulders_right` turns the shoulders against the hips (a
    twist). `bend` bows the back: positive rounds it, like a cat.
    """
    up = norm(up)
    right = norm(right)
    shoulders_right = norm(shoulders_right or right)
    front = norm(cross(up, right))
    neck = add(pelvis, up, TORSO)
    head_dir = norm(head or up)
    joints = {
        "pelvis": pelvis,
        "neck": neck,
        "head": add(neck, head_dir, NECK + HEAD_RADIUS * 0.8),
    }
    for side, sign in (("r", 1), ("l", -1)):
        hip = add(pelvis, right, sign * HIP_HALF)
        shoulder = add(add(neck, up, -SHOULDER_DROP), shoulders_right, sign * SHOULDER_HALF)
        joints[f"{side}_leg"] = limb(hip, legs[side], LEG)
        joints[f"{side}_arm"] = limb(shoulder, arms[side], ARM)
    return Body(
        joints=joints,
        up=up,
        hips_right=right,
        shoulders_right=shoulders_right,
        bend=bend,
        face=norm(face or front),
    )
