"""Line drawings of the founding poses, made by Backsite itself with Pillow.

Each drawing is a rounded-limb figure built from per-pose body points (see illustration_data.py)
on a calm background with a floor line and a mat. Drawings are attached to poses through the
same path as an editor's photo: validated, cleaned and turned into renditions when saved.
"""

import functools
import io
import math
from pathlib import Path

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

from .illustration_data import POSES
from .images import validate_pose_image

WIDTH, HEIGHT = 1600, 1200
SUPERSAMPLE = 2
FLOOR_Y = 0.84  # the floor line, as a fraction of the height
MARGIN = 80  # pixels kept clear around the figure
MAX_SCALE = 8.0  # pixels per body unit: lying poses are not drawn larger than standing ones

BACKGROUND = (245, 241, 233)
FLOOR = (205, 193, 172)
MAT = (214, 226, 217)
NEAR = (46, 94, 99)
FAR = (137, 172, 168)

# Thickness in body units (a standing figure is about 180 units tall).
TORSO = 10.5
LIMB = 6.4
FOOT = 5.0
HEAD_RADIUS = 9.5
NOSE_RADIUS = 2.4
# Tall poses are drawn smaller; their lines keep at least this weight (pixels per unit).
MIN_LINE_SCALE = 5.5

LIMB_CHAINS = {
    "arm": ("shoulder", "elbow", "hand"),
    "leg": ("hip", "knee", "foot", "toe"),
}


def _curve(start, control, end, steps=24):
    """Points along a quadratic Bézier curve from start to end, pulled towards control."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        points.append(
            (
                a * start[0] + b * control[0] + c * end[0],
                a * start[1] + b * control[1] + c * end[1],
            )
        )
    return points


def _points_of(figure):
    return {key: value for key, value in figure.items() if isinstance(value, tuple)}


class _Canvas:
    def __init__(self, figure):
        self.figure = figure
        self.view = figure.get("view", "side")
        points = _points_of(figure)
        xs = [p[0] for p in points.values()]
        ys = [p[1] for p in points.values()]
        pad = HEAD_RADIUS + TORSO
        left, right = min(xs) - pad, max(xs) + pad
        bottom, top = min(ys) - pad, max(ys) + pad
        if self.view == "top":
            usable_w, usable_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
        else:
            bottom = min(0, bottom)
            usable_w, usable_h = WIDTH - 2 * MARGIN, HEIGHT * FLOOR_Y - MARGIN / 2
        self.scale = min(MAX_SCALE, usable_w / (right - left), usable_h / (top - bottom))
        self.offset_x = (WIDTH - (right - left) * self.scale) / 2 - left * self.scale
        if self.view == "top":
            self.offset_y = (HEIGHT + (top - bottom) * self.scale) / 2 + bottom * self.scale
        else:
            self.offset_y = HEIGHT * FLOOR_Y
        self.bounds = (left, right, bottom, top)
        self.image = Image.new("RGB", (WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE), BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, point):
        x = (self.offset_x + point[0] * self.scale) * SUPERSAMPLE
        y = (self.offset_y - point[1] * self.scale) * SUPERSAMPLE
        return x, y

    def units(self, value):
        return value * self.scale * SUPERSAMPLE

    def weight(self, value):
        """A line thickness or dot radius in pixels: body-relative, with a floor for tall poses."""
        return value * max(self.scale, MIN_LINE_SCALE) * SUPERSAMPLE

    def dot(self, point, radius, colour):
        x, y = self.px(point)
        r = self.weight(radius)
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)

    def line(self, points, thickness, colour):
        """A smooth stroke with round ends through the points, drawn as one filled outline."""
        pixels = [self.px(p) for p in points]
        half = self.weight(thickness) / 2
        left, right = [], []
        for i, (x, y) in enumerate(pixels):
            before = pixels[max(i - 1, 0)]
            after = pixels[min(i + 1, len(pixels) - 1)]
            dx, dy = after[0] - before[0], after[1] - before[1]
            length = math.hypot(dx, dy) or 1
            nx, ny = -dy / length * half, dx / length * half
            left.append((x + nx, y + ny))
            right.append((x - nx, y - ny))
        self.draw.polygon(left + right[::-1], fill=colour)
        for point in (points[0], points[-1]):
            self.dot(point, thickness / 2, colour)

    def ground(self):
        left, right, _bottom, _top = self.bounds
        s = SUPERSAMPLE
        if self.view == "top":
            # Seen from above: the mat alone, under the whole body.
            x0, y0 = self.px((left, self.bounds[3]))
            x1, y1 = self.px((right, self.bounds[2]))
            self.draw.rounded_rectangle((x0, y0, x1, y1), radius=18 * s, fill=MAT)
            return
        floor = HEIGHT * FLOOR_Y * s
        self.draw.line((70 * s, floor, (WIDTH - 70) * s, floor), fill=FLOOR, width=6 * s)
        mat_left, _ = self.px((left - 4, 0))
        mat_right, _ = self.px((right + 4, 0))
        self.draw.rounded_rectangle(
            (mat_left, floor - 12 * s, mat_right, floor - 1 * s), radius=6 * s, fill=MAT
        )

    def limb(self, side, chain, colour):
        names = [f"{side}_{joint}" for joint in LIMB_CHAINS[chain]]
        points = [self.figure[name] for name in names if name in self.figure]
        has_toe = chain == "leg" and f"{side}_toe" in self.figure
        # One straight piece per bone, so elbows and knees stay full width.
        for index, bone in enumerate(zip(points, points[1:], strict=False)):
            last = index == len(points) - 2
            self.line(list(bone), FOOT if has_toe and last else LIMB, colour)

    def torso(self):
        hip, neck = self.figure["hip"], self.figure["neck"]
        spine = self.figure.get("spine")
        points = _curve(hip, spine, neck) if spine else [hip, neck]
        self.line(points, TORSO, NEAR)
        # Seen from above, the shoulders and hips have width.
        for joint in ("shoulder", "hip"):
            near, far = self.figure.get(f"n_{joint}"), self.figure.get(f"f_{joint}")
            if near and far and near != far:
                self.line([near, far], TORSO * 0.9, NEAR)
        head = self.figure["head"]
        self.line([neck, head], LIMB, NEAR)
        self.dot(head, HEAD_RADIUS, NEAR)
        if self.view == "side":
            # A small nose shows which way the face looks: to the front of the neck-to-head line.
            dx, dy = head[0] - neck[0], head[1] - neck[1]
            length = math.hypot(dx, dy) or 1
            face = (dy / length, -dx / length)
            reach = HEAD_RADIUS * max(self.scale, MIN_LINE_SCALE) / self.scale
            nose = (head[0] + face[0] * reach, head[1] + face[1] * reach)
            self.dot(nose, NOSE_RADIUS, NEAR)

    def render(self):
        self.ground()
        far = FAR if self.figure.get("far_tint", self.view != "front") else NEAR
        self.limb("f", "leg", far)
        self.limb("f", "arm", far)
        self.torso()
        self.limb("n", "leg", NEAR)
        self.limb("n", "arm", NEAR)
        return self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def draw_figure(figure):
    """Draw one figure (a dict of body points, see illustration_data.py) as a Pillow image."""
    return _Canvas(figure).render()


@functools.cache
def illustration_png(slug):
    """The drawing for a founding pose as PNG bytes, or None when there is no drawing for it.

    Drawn once per process: the points do not change while it runs.
    """
    figure = POSES.get(slug)
    if figure is None:
        return None
    out = io.BytesIO()
    draw_figure(figure).save(out, format="PNG", optimize=True)
    return out.getvalue()


def illustration_alt(pose):
    """The drawing's description: the pose's own image description, led by the pose's name."""
    described = pose.image_alt.strip()
    if not described:
        return f"Line drawing of a figure in {pose.english_name}."
    if pose.english_name.lower() in described.lower():
        return described
    alt = f"{pose.english_name}: {described}"
    if len(alt) > 250:
        alt = alt[:249].rsplit(" ", 1)[0] + "…"
    return alt


def attach_illustration(pose, replace=False):
    """Give a pose its drawing as its main image, through the same checks as an editor's upload.

    A pose that already has an image keeps it unless `replace` is true; a pose with no drawing in
    illustration_data.py is left alone. Returns True when a drawing was attached.
    """
    if pose.image and not replace:
        return False
    data = illustration_png(pose.slug)
    if data is None:
        return False
    upload = ContentFile(data, name=f"{pose.slug}.png")
    validate_pose_image(upload)
    pose.image = upload
    pose.image_alt = illustration_alt(pose)
    pose.save()
    return True


def save_drawings(directory):
    """Write every drawing as <slug>.png into a folder, to look at them while editing the points.

    In `manage.py shell`: from poses.illustrations import save_drawings; save_drawings("/tmp/d")
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    for slug in POSES:
        (folder / f"{slug}.png").write_bytes(illustration_png(slug))
    return sorted(folder.glob("*.png"))
