"""Draw a posed Body and its props as a small, sharp SVG.

The body is projected with a simple camera (turned round the figure, and raised to look down a
little) and drawn far to near. Each limb and the torso is one filled shape with a pale outline
(`paint-order: stroke`), so a limb in front of the body stays readable. The figure's right limbs
are always the darker ones, so the side a pose starts on can be seen.
"""

import math
from dataclasses import dataclass
from html import escape

from .body import ARM_RADII, HEAD_RADIUS, LEG_RADII, add, cross, norm

WIDTH, HEIGHT = 480, 360
MARGIN = 16
MAX_SCALE = 3.0  # small poses fill the frame, but not beyond this

BACKGROUND = "#f6f2ea"
FLOOR = "#ebe4d6"
MAT = "#c9dccf"
MAT_EDGE = "#a9c4b2"
OUTLINE = "#f6f2ea"
RIGHT = "#2c5a60"  # the figure's right limbs
TORSO = "#3b7176"
LEFT = "#86aca7"  # the figure's left limbs
SHADOW = "#ddd4c2"
ARROW = "#b4683f"  # a hint of movement

PROP_COLOURS = {
    "wood": ("#c99a66", "#b38452", "#9c7044"),
    "block": ("#b9a4d0", "#a28bbd", "#8c74a8"),
    "bolster": ("#d99a78", "#c8845f", "#b37049"),
    "blanket": ("#e3c77f", "#d2b46a", "#bfa056"),
    "wall": ("#e4ddd0", "#d9d0c0", "#cfc5b3"),
}


@dataclass
class Camera:
    """Turned `azimuth` degrees from the figure's right side towards its front, and raised."""

    azimuth: float = 0.0
    elevation: float = 8.0

    def view(self, p):
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        x, y, z = p
        cx = x * math.cos(a) - z * math.sin(a)
        cz = x * math.sin(a) + z * math.cos(a)
        up = y * math.cos(e) - cz * math.sin(e)
        depth = cz * math.cos(e) + y * math.sin(e)
        return cx, up, depth

    def toward(self):
        """The direction from the scene towards the camera."""
        a, e = math.radians(self.azimuth), math.radians(self.elevation)
        return (math.sin(a) * math.cos(e), math.sin(e), math.cos(a) * math.cos(e))


@dataclass
class Shape:
    depth: float
    points: list  # 2D camera points, for framing
    draw: object  # function(to_px) -> svg text


def _fmt(v):
    text = f"{v:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _hull(points):
    """Convex hull, counter-clockwise in SVG coordinates (y down) for a consistent winding."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def turn(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _polygon(points):
    return "M" + "L".join(f"{_fmt(x)} {_fmt(y)}" for x, y in points) + "Z"


def _capsule(a, ra, b, rb):
    """Outline of two circles and the tangents between them (a tapered limb piece)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    dist = math.hypot(dx, dy)
    if dist <= abs(ra - rb) + 0.01:
        big, r = (a, ra) if ra >= rb else (b, rb)
        return _circle(big, r)
    ang = math.atan2(dy, dx)
    off = math.acos((ra - rb) / dist)
    a1 = (a[0] + ra * math.cos(ang + off), a[1] + ra * math.sin(ang + off))
    a2 = (a[0] + ra * math.cos(ang - off), a[1] + ra * math.sin(ang - off))
    b1 = (b[0] + rb * math.cos(ang + off), b[1] + rb * math.sin(ang + off))
    b2 = (b[0] + rb * math.cos(ang - off), b[1] + rb * math.sin(ang - off))
    f = _fmt
    return (
        f"M{f(a2[0])} {f(a2[1])}L{f(b2[0])} {f(b2[1])}"
        f"A{f(rb)} {f(rb)} 0 0 1 {f(b1[0])} {f(b1[1])}"
        f"L{f(a1[0])} {f(a1[1])}"
        f"A{f(ra)} {f(ra)} 0 1 1 {f(a2[0])} {f(a2[1])}Z"
    )


def _circle(c, r):
    f = _fmt
    return (
        f"M{f(c[0] - r)} {f(c[1])}a{f(r)} {f(r)} 0 1 1 {f(2 * r)} 0"
        f"a{f(r)} {f(r)} 0 1 1 {f(-2 * r)} 0Z"
    )


class Scene:
    def __init__(self, camera):
        self.camera = camera
        self.mat_top = None
        self.shapes = []
        self.background = []  # (points, draw) drawn before everything, in order

    # -- the body --------------------------------------------------------------------------

    def add_body(self, body):
        j = body.joints
        for side, colour in (("r", RIGHT), ("l", LEFT)):
            for name, radii in (("leg", LEG_RADII), ("arm", ARM_RADII)):
                chain = j[f"{side}_{name}"]
                self._tube(chain, radii, colour)
        self._torso(body)
        self._head(body)

    def _tube(self, chain, radii, colour, stretch=1.0):
        view = self.camera.view
        pts = [view(p) for p in chain]
        depth = sum(p[2] for p in pts) / len(pts)

        def draw(px, pts=pts, radii=radii, colour=colour):
            scale = px.scale
            parts = [
                _capsule(px(a), ra * scale, px(b), rb * scale)
                for a, b, ra, rb in zip(pts, pts[1:], radii, radii[1:], strict=False)
            ]
            return _part("".join(parts), colour, scale)

        self.shapes.append(Shape(depth, [p[:2] for p in pts], draw))

    def _torso(self, body):
        view = self.camera.view
        j = body.joints
        pelvis, neck = j["pelvis"], j["neck"]
        front_h = norm(cross(body.up, body.hips_right))
        mid = add(add(pelvis, neck, 1.0), (0, 0, 0), 1.0)
        mid = tuple(c / 2 for c in mid)
        control = add(mid, front_h, -body.bend)
        # (t, half width, half depth) along the back, pelvis to shoulders.
        sections = [
            (0.0, 16, 11),
            (0.3, 13.5, 9.5),
            (0.55, 15, 10.5),
            (0.8, 17, 11.5),
            (1.0, 15, 8),
        ]
        rings = []
        for t, half_w, half_d in sections:
            a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t * t
            centre = tuple(
                a * p + b * q + c * r for p, q, r in zip(pelvis, control, neck, strict=True)
            )
            right = norm(
                add(tuple(c2 * (1 - t) for c2 in body.hips_right), body.shoulders_right, t)
            )
            tangent = norm(
                tuple(
                    2 * (1 - t) * (q - p) + 2 * t * (r - q)
                    for p, q, r in zip(pelvis, control, neck, strict=True)
                )
            )
            front = norm(cross(tangent, right))
            ring = []
            for k in range(16):
                ang = 2 * math.pi * k / 16
                point = add(
                    add(centre, right, half_w * math.cos(ang)), front, half_d * math.sin(ang)
                )
                ring.append(view(point))
            rings.append(ring)
        depth = sum(view(p)[2] for p in (pelvis, control, neck)) / 3
        flat = [p[:2] for ring in rings for p in ring]

        def draw(px, rings=rings):
            hulls = [
                _polygon(_hull([px(p) for p in ring_a + ring_b]))
                for ring_a, ring_b in zip(rings, rings[1:], strict=False)
            ]
            return _part("".join(hulls), TORSO, px.scale)

        self.shapes.append(Shape(depth, flat, draw))

    def _head(self, body):
        view = self.camera.view
        j = body.joints
        head, neck = view(j["head"]), view(j["neck"])
        nose = view(add(j["head"], body.face, HEAD_RADIUS))
        depth = max(head[2], neck[2]) + 1

        def draw(px, head=head, neck=neck, nose=nose):
            sc = px.scale
            h = px(head)
            shapes = _capsule(px(neck), 5 * sc, h, 5 * sc) + _circle(h, HEAD_RADIUS * sc)
            # The nose sits behind the head's outline: only its tip shows, where the face looks.
            return _part(_circle(px(nose), 3.2 * sc), TORSO, sc) + _part(shapes, TORSO, sc)

        self.shapes.append(Shape(depth, [head[:2], neck[:2], nose[:2]], draw))

    # -- things around the body ------------------------------------------------------------

    def floor_and_mat(self, x0, x1, z0=-32, z1=32):
        view = self.camera.view
        top = [view(p) for p in ((x0, 0.8, z0), (x1, 0.8, z0), (x1, 0.8, z1), (x0, 0.8, z1))]
        edge = [view(p) for p in ((x0, 0.8, z1), (x1, 0.8, z1), (x1, 0, z1), (x0, 0, z1))]

        def draw(px, top=top, edge=edge):
            return (
                f'<path fill="{MAT_EDGE}" d="{_polygon([px(p) for p in edge])}"/>'
                f'<path fill="{MAT}" d="{_polygon([px(p) for p in top])}"/>'
            )

        self.background.append(([p[:2] for p in top], draw))
        self.mat_top = top

    def shadow(self, x0, x1, z0=-20, z1=20):
        view = self.camera.view
        pts = []
        for k in range(20):
            ang = 2 * math.pi * k / 20
            x = (x0 + x1) / 2 + (x1 - x0) / 2 * math.cos(ang)
            z = (z0 + z1) / 2 + (z1 - z0) / 2 * math.sin(ang)
            pts.append(view((x, 1, z)))
        self.background.append(
            (
                [],
                lambda px, pts=pts: (
                    f'<path fill="{SHADOW}" d="{_polygon(_hull([px(p) for p in pts]))}"/>'
                ),
            )
        )

    def box(self, x, y, z, kind, background=False, depth_bias=0.0, frame=True):
        """An axis-aligned box between (x0, x1), (y0, y1), (z0, z1), showing its visible faces."""
        view = self.camera.view
        toward = self.camera.toward()
        (x0, x1), (y0, y1), (z0, z1) = x, y, z
        light, mid, dark = PROP_COLOURS[kind]
        faces = [
            ((0, 1, 0), [(x0, y1, z0), (x1, y1, z0), (x1, y1, z1), (x0, y1, z1)], light),
            ((0, -1, 0), [(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)], dark),
            ((0, 0, 1), [(x0, y0, z1), (x1, y0, z1), (x1, y1, z1), (x0, y1, z1)], mid),
            ((0, 0, -1), [(x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)], mid),
            ((1, 0, 0), [(x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0)], dark),
            ((-1, 0, 0), [(x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0)], dark),
        ]
        visible = [
            ([view(p) for p in corners], colour)
            for normal, corners, colour in faces
            if sum(a * b for a, b in zip(normal, toward, strict=True)) > 0.02
        ]
        centre = view(((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2))
        flat = [p[:2] for pts, _ in visible for p in pts]

        def draw(px, visible=visible):
            return "".join(
                f'<path fill="{colour}" d="{_polygon([px(p) for p in pts])}"/>'
                for pts, colour in visible
            )

        if background:
            self.background.append((flat if frame else [], draw))
        else:
            self.shapes.append(Shape(centre[2] + depth_bias, flat, draw))

    def roll(self, a, b, radius, kind, depth_bias=0.0):
        """A bolster or rolled blanket: a rounded cylinder from a to b."""
        view = self.camera.view
        pa, pb = view(a), view(b)
        light, mid, _dark = PROP_COLOURS[kind]

        def draw(px, pa=pa, pb=pb):
            outer, inner = radius * px.scale, radius * 0.55 * px.scale
            return (
                f'<path fill="{mid}" d="{_capsule(px(pa), outer, px(pb), outer)}"/>'
                f'<path fill="{light}" d="{_capsule(px(pa), inner, px(pb), inner)}"/>'
            )

        r = radius
        self.shapes.append(
            Shape(
                (pa[2] + pb[2]) / 2 + depth_bias,
                [
                    (pa[0] - r, pa[1] - r),
                    (pb[0] + r, pb[1] + r),
                    (pa[0] + r, pa[1] + r),
                    (pb[0] - r, pb[1] - r),
                ],
                draw,
            )
        )

    def arrow(self, points, both=False):
        """A curved hint of movement through three 3D points, with a head at the end (or both)."""
        view = self.camera.view
        pts = [view(p) for p in points]

        def draw(px, pts=pts):
            a, c, b = (px(p) for p in pts)
            sc = px.scale

            def head(tip, towards):
                ang = math.atan2(tip[1] - towards[1], tip[0] - towards[0])
                return _polygon(
                    [
                        (tip[0] + 6 * sc * math.cos(ang), tip[1] + 6 * sc * math.sin(ang)),
                        (
                            tip[0] + 5 * sc * math.cos(ang + 2.3),
                            tip[1] + 5 * sc * math.sin(ang + 2.3),
                        ),
                        (
                            tip[0] + 5 * sc * math.cos(ang - 2.3),
                            tip[1] + 5 * sc * math.sin(ang - 2.3),
                        ),
                    ]
                )

            heads = head(b, c) + (head(a, c) if both else "")
            f = _fmt
            return (
                f'<path fill="none" stroke="{ARROW}" stroke-width="{f(2.2 * sc)}" '
                f'stroke-linecap="round" d="M{f(a[0])} {f(a[1])}'
                f'Q{f(c[0])} {f(c[1])} {f(b[0])} {f(b[1])}"/>'
                f'<path fill="{ARROW}" d="{heads}"/>'
            )

        self.shapes.append(Shape(1e6, [p[:2] for p in pts], draw))

    # -- output ----------------------------------------------------------------------------

    def svg(self, title, desc, key=False):
        """The drawing; with `key`, a key in the corner names the darker limbs as the right."""
        points = [p for shape in self.shapes for p in shape.points]
        points += [p for pts, _ in self.background for p in pts]
        pad = 12
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        left, right = min(xs) - pad, max(xs) + pad
        bottom, top = min(ys) - pad, max(ys) + pad
        scale = min(
            MAX_SCALE, (WIDTH - 2 * MARGIN) / (right - left), (HEIGHT - 2 * MARGIN) / (top - bottom)
        )
        off_x = WIDTH / 2 - (left + right) / 2 * scale
        off_y = HEIGHT / 2 + (top + bottom) / 2 * scale

        def px(p):
            return (off_x + p[0] * scale, off_y - p[1] * scale)

        px.scale = scale
        body = []
        if self.mat_top:
            horizon = max(0, min(px(p)[1] for p in self.mat_top) - 16 * scale)
            body.append(
                f'<rect fill="{FLOOR}" y="{_fmt(horizon)}" width="{WIDTH}" '
                f'height="{_fmt(HEIGHT - horizon)}"/>'
            )
        body += [draw(px) for _, draw in self.background]
        body += [shape.draw(px) for shape in sorted(self.shapes, key=lambda s: s.depth)]
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="t d">'
            f'<title id="t">{escape(title)}</title><desc id="d">{escape(desc)}</desc>'
            f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{BACKGROUND}"/>'
            + "".join(body)
            + (SIDE_KEY if key else "")
            + "</svg>\n"
        )


SIDE_KEY = (
    '<g font-family="system-ui,sans-serif" font-size="16" fill="#33464a">'
    f'<rect x="8" y="8" width="126" height="28" rx="14" fill="{BACKGROUND}" fill-opacity=".85"/>'
    f'<path fill="{RIGHT}" d="{_circle((24, 22), 7)}"/><text x="35" y="27">right</text>'
    f'<path fill="{LEFT}" d="{_circle((84, 22), 7)}"/><text x="95" y="27">left</text></g>'
)


def _part(d, colour, scale):
    return (
        f'<path fill="{colour}" stroke="{OUTLINE}" stroke-width="{_fmt(2.2 * scale)}" '
        f'stroke-linejoin="round" paint-order="stroke" d="{d}"/>'
    )
