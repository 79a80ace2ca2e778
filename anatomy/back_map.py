"""A schematic map of the back, from the head to the pelvis, with one shape per founding muscle.

Coordinates are in a 300 x 400 box seen from behind; the spine runs down x = 150. Most muscles come
in pairs, so each is written once as its left half (as the viewer sees it) and mirrored. A muscle's
shape is one SVG path, whatever number of pieces it has. Shapes are keyed by the muscle's slug; a
muscle an editor adds later has no shape and is simply listed beside the map.
"""

import functools

WIDTH, HEIGHT = 300, 400
MIDDLE = WIDTH / 2


def _mirror(points):
    return [(WIDTH - x, y) for x, y in points]


def _path(*polygons):
    return "".join("M" + "L".join(f"{x:g} {y:g}" for x, y in polygon) + "Z" for polygon in polygons)


def _pair(points):
    """A left-side polygon and its mirror image."""
    return _path(points, _mirror(points))


def _across(left):
    """One polygon spanning the midline: the left edge, then its mirror back up the right."""
    return _path(left + _mirror(left)[::-1])


def _segments(rows, build):
    """A run of small repeated pieces down the spine (segmental muscles), both sides."""
    polygons = []
    for y in rows:
        piece = build(y)
        polygons += [piece, _mirror(piece)]
    return _path(*polygons)


# The slug of each founding muscle, the layer it belongs to, and its shape.
# fmt: off
SHAPES = {
    # --- Superficial
    "trapezius": (
        "superficial",
        _across(
            [(150, 66), (140, 70), (134, 96), (104, 108), (70, 116), (74, 124), (104, 128),
             (116, 150), (128, 190), (150, 258)]
        ),
    ),
    "latissimus-dorsi": (
        "superficial",
        _pair(
            [(150, 206), (150, 318), (120, 326), (96, 334), (86, 296), (80, 248), (74, 196),
             (70, 160), (82, 156), (100, 196), (122, 208)]
        ),
    ),
    "rhomboid-major": (
        "superficial",
        _pair([(148, 128), (148, 180), (122, 206), (114, 150)]),
    ),
    "rhomboid-minor": (
        "superficial",
        _pair([(148, 108), (148, 124), (114, 144), (113, 131)]),
    ),
    "levator-scapulae": (
        "superficial",
        _pair([(137, 74), (142, 78), (132, 104), (117, 130), (109, 126), (125, 100)]),
    ),
    # --- Intermediate
    "serratus-posterior-superior": (
        "intermediate",
        _pair([(148, 104), (148, 142), (104, 168), (100, 146)]),
    ),
    "serratus-posterior-inferior": (
        "intermediate",
        _pair([(148, 240), (148, 288), (100, 268), (98, 240)]),
    ),
    # --- Deep: the erector spinae's shared base, then its three columns, outermost first
    "erector-spinae": (
        "deep",
        _across([(150, 300), (128, 296), (120, 330), (128, 360), (150, 372)]),
    ),
    "iliocostalis": (
        "deep",
        _pair(
            [(123, 302), (117, 250), (110, 190), (111, 132), (118, 118), (120, 134),
             (119, 190), (125, 250), (130, 302)]
        ),
    ),
    "longissimus": (
        "deep",
        _pair(
            [(132, 302), (128, 250), (124, 190), (126, 130), (128, 90), (124, 74), (131, 74),
             (134, 92), (132, 130), (131, 190), (135, 250), (139, 302)]
        ),
    ),
    "spinalis": (
        "deep",
        _pair([(141, 262), (138, 190), (139, 120), (143, 112), (145, 120), (146, 190), (146, 262)]),
    ),
    # The splenius's shared origin on the upper spine, then its two parts at the neck
    "splenius": (
        "deep",
        _across([(150, 92), (145, 92), (144, 160), (150, 166)]),
    ),
    "splenius-capitis": (
        "deep",
        _pair([(144, 132), (143, 100), (132, 78), (118, 68), (114, 76), (128, 92), (138, 128)]),
    ),
    "splenius-cervicis": (
        "deep",
        _pair([(143, 160), (134, 130), (128, 100), (124, 88), (120, 92), (124, 126), (136, 162)]),
    ),
    # The suboccipital group under the skull, then its four small muscles
    "suboccipital-muscles": (
        "deep",
        _across([(150, 64), (126, 64), (120, 72), (128, 84), (150, 88)]),
    ),
    "rectus-capitis-posterior-major": (
        "deep",
        _pair([(148, 82), (146, 66), (136, 66), (139, 72)]),
    ),
    "rectus-capitis-posterior-minor": (
        "deep",
        _pair([(149, 76), (149, 65), (144, 65), (146, 72)]),
    ),
    "obliquus-capitis-superior": (
        "deep",
        _pair([(128, 80), (124, 70), (133, 65), (134, 70)]),
    ),
    "obliquus-capitis-inferior": (
        "deep",
        _pair([(147, 82), (129, 79), (127, 84), (146, 88)]),
    ),
    # --- Small deep: short pieces between neighbouring vertebrae, drawn at a few levels
    "interspinales": (
        "small-deep",
        _segments(
            (92, 100, 272, 286, 300, 314),
            lambda y: [(150, y), (147, y + 1), (147, y + 7), (150, y + 8)],
        ),
    ),
    "intertransversarii": (
        "small-deep",
        _segments(
            (90, 99, 270, 284, 298, 312),
            lambda y: [(139, y), (136, y), (136, y + 8), (139, y + 8)],
        ),
    ),
    "levatores-costarum": (
        "small-deep",
        _segments(
            (124, 144, 164, 184, 204, 224, 244),
            lambda y: [(139, y), (139, y + 5), (126, y + 15), (125, y + 10)],
        ),
    ),
    "rotatores": (
        "small-deep",
        _segments(
            (126, 146, 166, 186, 206, 226, 246),
            lambda y: [(147, y), (147, y + 4), (140, y + 12), (140, y + 7)],
        ),
    ),
}
# fmt: on


def _outline():
    """The back of a body seen from behind: head, neck, shoulders, upper arms, torso and pelvis."""
    # fmt: off
    left = [
        (150, 60), (132, 64), (129, 100), (96, 110), (66, 116), (50, 132), (44, 170), (44, 228),
        (62, 228), (66, 178), (72, 170), (82, 250), (86, 296), (80, 332), (88, 372),
        (110, 392), (150, 396),
    ]
    # fmt: on
    return _across(left)


def _ribs():
    return _segments(
        (130, 150, 170, 190, 210, 230, 250),
        lambda y: [(142, y), (100, y + 6), (90, y + 22), (92, y + 22), (102, y + 9), (142, y + 3)],
    )


def _vertebrae():
    pieces = [[(146, y), (154, y), (154, y + 9), (146, y + 9)] for y in range(70, 322, 12)]
    return _path(*pieces)


def _scapulae():
    return _pair([(112, 124), (118, 206), (74, 140), (72, 128)])


def _pelvis():
    return _pair([(150, 322), (100, 318), (88, 338), (104, 372), (150, 380)])


@functools.cache
def body_parts():
    """The drawing under the muscles: silhouette, head, ribs, spine, shoulder blades, pelvis."""
    return {
        "outline": _outline(),
        "ribs": _ribs(),
        "scapulae": _scapulae(),
        "pelvis": _pelvis(),
        "spine": _vertebrae(),
    }
