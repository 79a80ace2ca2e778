"""Backsite's own drawings of its poses: SVG figures with a body, generated from pose descriptions.

`python manage.py draw_figures` writes one file per figure into static/img/figures/; a test keeps
the committed files equal to what this code draws. A pose with no uploaded image shows its
figure (see `figure_for`).
"""

import re
from pathlib import Path

from .catalogue import ALIASES, FIGURES
from .render import Scene

ROOT = Path(__file__).resolve().parent.parent.parent
FOLDER = ROOT / "static" / "img" / "figures"
# Beside the drawings, so the project keeps its top-level layout.
CONTACT_SHEET = FOLDER / "README.md"
STATIC_PREFIX = "img/figures/"
SIDED = re.compile(r"\bright\b", re.IGNORECASE)  # a pose done on the right side first


def figure_key(slug):
    """The drawing a pose address uses, or None."""
    key = ALIASES.get(slug, slug)
    return key if key in FIGURES else None


def draw(key):
    """One figure as SVG text."""
    figure = FIGURES[key]
    scene = Scene(figure.camera)
    body = figure.body
    xs = [
        p[0] for name, chain in body.joints.items() if name.endswith(("leg", "arm")) for p in chain
    ]
    xs += [body.joints["head"][0], body.joints["pelvis"][0]]
    x0, x1, z0, z1 = figure.mat or (min(xs) - 14, max(xs) + 14, -32, 32)
    for prop in figure.props:
        if prop[0] == "wall":
            at = prop[1]
            scene.box(
                (at, at + 8) if at > 0 else (at - 8, at),
                (0, 400),
                (-200, 200),
                "wall",
                background=True,
                frame=False,
            )
    scene.floor_and_mat(x0, x1, z0, z1)
    for prop in figure.props:
        if prop[0] == "box":
            scene.box(*prop[1:])
        elif prop[0] == "roll":
            scene.roll(*prop[1:])
    scene.add_body(body)
    for arrow in figure.arrows:
        scene.arrow(arrow[:3], both=len(arrow) > 3 and arrow[3] == "both")
    # A pose done on one side first gets the key to its colours.
    return scene.svg(figure.title, figure.desc, key=bool(SIDED.search(figure.desc)))


def write_all(folder=FOLDER):
    """Write every figure as <key>.svg; returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key in FIGURES:
        path = folder / f"{key}.svg"
        path.write_text(draw(key), encoding="utf-8")
        paths.append(path)
    return paths


def write_contact_sheet(path=CONTACT_SHEET):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(contact_sheet(), encoding="utf-8")
    return path


def contact_sheet():
    """A Markdown page showing every figure with its title and description, for people to review."""
    lines = [
        "# Pose figures",
        "",
        "Every drawing Backsite shows for a pose without a photo, written by "
        "`python manage.py draw_figures` from `poses/figures/catalogue.py`. The figure's right "
        "limbs are the darker ones.",
        "",
        "| | figure | what it shows |",
        "| --- | --- | --- |",
    ]
    for key, figure in FIGURES.items():
        aliases = [alias for alias, target in ALIASES.items() if target == key]
        names = ", ".join(f"`{name}`" for name in [key, *aliases])
        lines.append(
            f"| ![{figure.title}]({key}.svg) | {names} | **{figure.title}.** {figure.desc} |"
        )
    return "\n".join(lines) + "\n"
