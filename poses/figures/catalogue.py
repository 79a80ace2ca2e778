"""Every figure: how the body is posed, what is around it, where the camera stands, and its words.

Side views face right with the figure's right side towards the viewer; the right limbs are drawn
darker, so the side a pose starts on (the right, as the pose texts say) is the dark one.
"""

from dataclasses import dataclass, field

from .body import d, pose, s
from .render import Camera

SUPINE_UP = (-1, 0, 0)  # lying on the back, head to the left of the picture, right side near


@dataclass
class Figure:
    title: str
    desc: str
    body: object
    camera: Camera = field(default_factory=lambda: Camera(18, 10))
    mat: tuple | None = None  # (x0, x1, z0, z1); None: fitted to the body along x
    props: list = field(default_factory=list)  # ("box", x, y, z, kind) / ("roll", a, b, r, kind)
    arrows: list = field(default_factory=list)


def straight(direction, hand=None):
    return (direction, direction, hand or direction)


def on_all_fours(*, right_leg=None, left_arm=None, bend=0.0, head=None, face=None):
    kneel = (s(-90), s(180), s(180))
    support = (s(-90), s(-90), s(0))
    return pose(
        (0, 50, 0),
        s(6),
        bend=bend,
        head=head or s(12),
        face=face or s(-55),
        legs={"r": right_leg or kneel, "l": kneel},
        arms={"r": support, "l": left_arm or support},
    )


def seated_on_chair(*, up=None, bend=0.0, head=None, face=None, arms, shoulders_right=None):
    return pose(
        (10, 50, 0),
        up or s(90),
        bend=bend,
        head=head,
        face=face,
        shoulders_right=shoulders_right,
        legs={"r": (s(0), s(-90), s(-8)), "l": (s(0), s(-90), s(-8))},
        arms=arms,
    )


CHAIR = [
    ("box", (-6, 40), (36, 40), (-22, 22), "wood"),
    ("box", (-6, -1), (0, 92), (-22, -17), "wood"),
    ("box", (-6, -1), (0, 92), (17, 22), "wood"),
    ("box", (-6, -1), (64, 90), (-22, 22), "wood"),
    ("box", (35, 40), (0, 36), (-22, -17), "wood"),
    ("box", (35, 40), (0, 36), (17, 22), "wood"),
]


def supine(
    *,
    hips_right=(0, 0, 1),
    legs,
    arms=None,
    head=None,
    face=(0, 1, 0),
    up=SUPINE_UP,
    pelvis=(0, 11, 0),
    bend=0.0,
    shoulders_right=(0, 0, 1),
):
    out_to_sides = {"r": straight(d(0.15, -0.06, 1)), "l": straight(d(0.15, -0.06, -1))}
    return pose(
        pelvis,
        up,
        hips_right,
        shoulders_right=shoulders_right,
        bend=bend,
        head=head or up,
        face=face,
        legs=legs,
        arms=arms or out_to_sides,
    )


def knees_bent_over(angle_degrees, spread=0.0):
    """Both knees bent with the feet down, dropped `angle_degrees` to the right at the hips."""
    import math

    a = math.radians(angle_degrees)

    def turn(v):
        x, y, z = v
        return d(x, y * math.cos(a) - z * math.sin(a), y * math.sin(a) + z * math.cos(a))

    leg_r = (turn((0.62, 0.78, spread)), turn((0.55, -0.83, -spread)), turn((1, 0.15, 0)))
    leg_l = (turn((0.62, 0.78, -spread)), turn((0.55, -0.83, spread)), turn((1, 0.15, 0)))
    return {"r": leg_r, "l": leg_l}


FIGURES = {
    "cat-cow": Figure(
        "Cat–cow flow, shown in cat",
        "A figure on hands and knees, hands under the shoulders and knees under the hips, "
        "rounding the back up towards the ceiling with the head hanging: the cat half of the "
        "flow. In cow the back gently hollows instead.",
        on_all_fours(bend=11, head=s(-55), face=s(-125)),
    ),
    "childs-pose": Figure(
        "Child's pose",
        "A figure kneeling and sitting back towards the heels, folded forward over the thighs, "
        "forehead resting on the mat and the arms resting beside the legs, palms up.",
        pose(
            (0, 25, 0),
            s(-3),
            bend=4,
            head=s(-40),
            face=s(-110),
            legs={"r": (s(-25), s(180), s(182)), "l": (s(-25), s(180), s(182))},
            arms={"r": (s(-158), s(-172), s(180)), "l": (s(-158), s(-172), s(180))},
        ),
        camera=Camera(12, 16),
    ),
    "cobra": Figure(
        "Low cobra pose",
        "A figure lying on the front, legs long, hands under the shoulders and elbows bent close "
        "to the sides, lifting the head and chest only a little way: low, as the pose asks.",
        pose(
            (0, 11, 0),
            s(22),
            bend=-4,
            head=s(32),
            face=s(-5),
            legs={"r": (s(186), s(180), s(178)), "l": (s(186), s(180), s(178))},
            arms={"r": (s(-140), s(-16), s(0)), "l": (s(-140), s(-16), s(0))},
        ),
    ),
    "sphinx": Figure(
        "Sphinx pose",
        "A figure lying on the front, propped on the forearms with the elbows under the "
        "shoulders, chest gently lifted and gaze forward: a gentler way into cobra.",
        pose(
            (0, 11, 0),
            s(26),
            bend=-3,
            head=s(55),
            face=s(-5),
            legs={"r": (s(186), s(180), s(178)), "l": (s(186), s(180), s(178))},
            arms={"r": (s(-92), s(0), s(0)), "l": (s(-92), s(0), s(0))},
        ),
    ),
    "lying-spinal-twist": Figure(
        "Lying spinal twist, right knee across to the left",
        "A figure lying on the back with the arms stretched out to the sides and the left leg "
        "long. The right knee is bent and has fallen across the body to the left, resting "
        "towards the floor, while both shoulders stay down.",
        supine(
            hips_right=d(0, 0.75, 0.66),
            face=d(0, 0.75, 0.65),
            legs={
                "r": (d(0.25, 0.1, -1), d(1, -0.1, 0.35), d(0.4, -0.1, 0.9)),
                "l": (s(-1), s(0), d(0.35, 1, 0)),
            },
        ),
        camera=Camera(165, 36),
    ),
    "bent-knee-lying-twist": Figure(
        "Lying twist with both knees bent",
        "A figure lying on the back, arms out to the sides, both knees bent and together, "
        "lowered gently to the right to rest on a cushion, shoulders staying on the floor.",
        supine(hips_right=d(0, -0.7, 0.7), legs=knees_bent_over(70)),
        camera=Camera(160, 45),
        props=[("box", (4, 50), (0, 15), (18, 56), "bolster")],
    ),
    "knee-sways": Figure(
        "Knee sways",
        "A figure lying on the back with the knees bent and the feet flat on the floor, "
        "swaying both knees a little way from side to side; an arrow shows the small movement.",
        supine(hips_right=d(0, -0.2, 1), legs=knees_bent_over(20, spread=0.12)),
        camera=Camera(160, 40),
        arrows=[((40, 52, 26), (46, 62, 0), (40, 52, -26), "both")],
    ),
    "half-revolved-belly-pose": Figure(
        "Half revolved belly pose, knees lowered to the right",
        "A figure lying on the back with the arms out to the sides, both knees bent at a right "
        "angle over the hips and lowered together part way to the right, shoulders on the floor.",
        supine(
            hips_right=d(0, -0.45, 0.9),
            legs={
                "r": (d(0, 0.55, 0.84), s(0), s(10)),
                "l": (d(0, 0.55, 0.84), s(0), s(10)),
            },
        ),
        camera=Camera(160, 35),
    ),
    "balancing-table": Figure(
        "Balancing table: right leg back, left arm forward",
        "A figure on hands and knees with a level back, the right leg stretched straight back at "
        "hip height and the left arm reaching forward at shoulder height.",
        on_all_fours(
            right_leg=(s(180), s(180), s(186)),
            left_arm=straight(s(0)),
            head=s(8),
            face=s(-45),
        ),
    ),
    "table-leg-slide": Figure(
        "Table with one leg slid back",
        "A figure on hands and knees with a level back, the right leg slid straight back along "
        "the floor with the toes touching the mat; nothing is lifted.",
        on_all_fours(right_leg=(s(206), s(206), s(222)), head=s(8), face=s(-45)),
        arrows=[((-40, 26, 20), (-65, 24, 20), (-90, 22, 20))],
    ),
    "handstand": Figure(
        "Handstand at a wall",
        "A figure balancing upside down on straight arms, hands on the mat a hand's width from a "
        "wall, body and legs in one straight line and the heels resting on the wall. Only with a "
        "teacher.",
        pose(
            (0, 106, 0),
            (0, -1, 0),
            face=d(-0.5, -1, 0),
            legs={"r": (s(90), s(90), s(90)), "l": (s(90), s(90), s(90))},
            arms={"r": (s(-90), s(-90), s(180)), "l": (s(-90), s(-90), s(180))},
        ),
        props=[("wall", 11)],
        camera=Camera(-22, 8),
        mat=(-40, 11, -32, 32),
    ),
    "wall-l-handstand": Figure(
        "Wall “L” handstand preparation",
        "A figure with the hands on the mat and straight arms, hips over the shoulders and the "
        "legs level with the floor, the soles of the feet pressing on a wall behind, so the body "
        "makes an upside-down L.",
        pose(
            (0, 106, 0),
            (0, -1, 0),
            face=d(-0.6, -1, 0),
            legs={"r": (s(180), s(180), s(90)), "l": (s(180), s(180), s(90))},
            arms={"r": (s(-90), s(-90), s(0)), "l": (s(-90), s(-90), s(0))},
        ),
        props=[("wall", -91)],
        camera=Camera(22, 8),
        mat=(-91, 30, -32, 32),
    ),
    "triangle": Figure(
        "Triangle pose to the right",
        "A figure seen from the front, feet wide apart with the right foot turned out, tilting "
        "sideways over the right leg with the right hand resting on the shin and the left arm "
        "reaching straight up.",
        pose(
            (0, 84, 0),
            d(0, 0.62, 0.78),
            d(0, -0.42, 0.9),
            shoulders_right=d(0, -0.78, 0.62),
            face=d(1, 0.1, 0),
            legs={
                "r": (d(0, -75.6, 41), d(0, -75.6, 41), d(0.1, -0.3, 1)),
                "l": (d(0, -75.6, -41), d(0, -75.6, -41), d(1, -0.3, -0.3)),
            },
            arms={"r": straight(d(0.05, -1, -0.16)), "l": straight(d(0, 1, 0.12))},
        ),
        camera=Camera(90, 8),
        mat=(-30, 30, -75, 75),
    ),
    "triangle-with-chair": Figure(
        "Triangle pose with a chair",
        "A figure seen from the front in triangle pose over the right leg, the right hand "
        "resting on the seat of a chair placed by the right foot and the left arm reaching up; "
        "the tilt is small.",
        pose(
            (0, 88, 0),
            d(0, 0.78, 0.62),
            d(0, -0.3, 0.95),
            shoulders_right=d(0, -0.62, 0.78),
            face=d(1, 0.1, 0),
            legs={
                "r": (d(0, -78, 38), d(0, -78, 38), d(0.1, -0.3, 1)),
                "l": (d(0, -78, -38), d(0, -78, -38), d(1, -0.3, -0.3)),
            },
            arms={"r": straight(d(0.05, -1, 0.08)), "l": straight(d(0, 1, -0.05))},
        ),
        camera=Camera(90, 8),
        mat=(-30, 30, -75, 75),
        props=[
            ("box", (-20, 20), (42, 46), (46, 84), "wood"),
            ("box", (-20, 20), (0, 42), (80, 84), "wood"),
            ("box", (-20, 20), (46, 88), (80, 84), "wood"),
            ("box", (-20, 20), (0, 42), (46, 50), "wood"),
        ],
    ),
    "lunge": Figure(
        "Low lunge, right foot forward, about three quarters deep",
        "A figure with the right foot forward and its knee above the ankle, the left knee down on "
        "the mat behind, hips only part way forward, back upright and arms reaching up.",
        pose(
            (0, 46, 0),
            s(88),
            face=s(2),
            legs={"r": (s(5), s(-90), s(-8)), "l": (s(-114.6), s(180), s(181))},
            arms={"r": straight(s(84)), "l": straight(s(84))},
        ),
    ),
    "high-lunge": Figure(
        "High lunge, right foot forward",
        "A figure with the right foot forward and its knee bent over the ankle, the left leg "
        "long behind with the heel lifted and the toes on the mat, the chest upright over the "
        "hips and the hands on the hips.",
        pose(
            (0, 72, 0),
            s(88),
            face=s(2),
            legs={"r": (s(-30), s(-90), s(-8)), "l": (s(-137.6), s(-137.6), s(-140))},
            arms={
                "r": (d(-0.3, -0.8, 0.5), d(0.28, -0.71, -0.65), d(1, -0.3, -0.3)),
                "l": (d(-0.3, -0.8, -0.5), d(0.28, -0.71, 0.65), d(1, -0.3, 0.3)),
            },
        ),
    ),
    "supported-low-lunge": Figure(
        "Supported low lunge",
        "A figure in a short low lunge with the right foot forward, hands resting on blocks either "
        "side of the front foot and a folded blanket under the left knee.",
        pose(
            (0, 50, 0),
            s(42),
            face=s(10),
            head=s(30),
            legs={"r": (s(2), s(-92), s(-8)), "l": (s(-122), s(182), s(181))},
            arms={"r": straight(d(0.04, -1, 0.18), s(0)), "l": straight(d(0.04, -1, -0.18), s(0))},
        ),
        props=[
            ("box", (-48, 0), (0, 4), (-22, 10), "blanket"),
            ("box", (40, 56), (0, 18), (20, 34), "block"),
            ("box", (40, 56), (0, 18), (-34, -20), "block"),
        ],
    ),
    "fish": Figure(
        "Fish pose, weight in the forearms",
        "A figure lying on the back with the knees bent and feet flat, propped on the forearms "
        "with the chest lifted; the head tilts back only so far that it rests lightly on the mat.",
        supine(
            up=d(-1, 0.5, 0),
            head=d(-0.05, -1, 0),
            face=d(-1, 0.25, 0),
            legs={"r": (s(44), s(-53), s(-5)), "l": (s(44), s(-53), s(-5))},
            arms={"r": (d(0.45, -0.9, -0.3), s(0), s(0)), "l": (d(0.45, -0.9, 0.3), s(0), s(0))},
            bend=-6,
        ),
    ),
    "supported-fish": Figure(
        "Supported fish",
        "A figure lying back over a folded blanket placed across the mat under the shoulder "
        "blades, the head resting on the mat, arms resting at the sides and knees bent with the "
        "feet flat.",
        supine(
            up=d(-1, 0.2, 0),
            head=d(-0.6, -0.7, 0),
            face=d(-0.3, 1, 0),
            legs={"r": (s(44), s(-53), s(-5)), "l": (s(44), s(-53), s(-5))},
            arms={"r": straight(d(1, -0.25, 0.15)), "l": straight(d(1, -0.25, -0.15))},
        ),
        props=[("box", (-46, -24), (0, 9), (-34, 34), "blanket")],
    ),
    "chair": Figure(
        "Chair pose",
        "A figure standing with the knees bent and the hips sitting back as if onto a chair, the "
        "upper body leaning a little forward with a long back and the arms raised beside the ears.",
        pose(
            (-16, 72, 0),
            s(66),
            face=s(5),
            legs={"r": (s(-33), s(-113), s(-6)), "l": (s(-33), s(-113), s(-6))},
            arms={"r": straight(s(72)), "l": straight(s(72))},
        ),
    ),
    "wall-chair": Figure(
        "Wall chair",
        "A figure standing with the back flat against a wall, slid a little way down it with the "
        "knees slightly bent, the feet a step away from the wall and the hands resting on the "
        "thighs.",
        pose(
            (0, 88, 0),
            s(90),
            face=s(0),
            legs={"r": (s(-62), s(-100), s(-6)), "l": (s(-62), s(-100), s(-6))},
            arms={"r": (s(-96), s(-40), s(-40)), "l": (s(-96), s(-40), s(-40))},
        ),
        props=[("wall", -11)],
        camera=Camera(22, 8),
        mat=(-11, 70, -32, 32),
    ),
    "chair-cat-cow": Figure(
        "Cat–cow on a chair, shown in cat",
        "A figure sitting on a chair with the feet flat and the hands on the knees, rounding the "
        "back and letting the head drop forward: the cat half of the movement.",
        seated_on_chair(
            up=s(80),
            bend=10,
            head=d(1, 0.1, 0),
            face=s(-70),
            arms={"r": straight(s(-55)), "l": straight(s(-55))},
        ),
        props=CHAIR,
    ),
    "chair-twist": Figure(
        "Seated twist on a chair, turning to the right",
        "A figure sitting sideways on a chair with the feet flat and the knees facing forward, "
        "the back of the chair at the right side. The chest and head turn to the right and both "
        "hands hold the top of the chair back.",
        pose(
            (14, 50, -2),
            s(90),
            shoulders_right=d(-0.87, 0, 0.5),
            face=d(0.2, 0, 1),
            legs={"r": (s(0), s(-90), s(-8)), "l": (s(0), s(-90), s(-8))},
            arms={
                "r": (d(-0.3, -0.8, 0.55), d(0.55, 0.35, 0.35), d(0.5, 0, 0.5)),
                "l": (d(0.1, -0.6, 0.8), d(-0.6, 0.05, 0.8), d(-0.3, 0, 0.9)),
            },
        ),
        props=[
            ("box", (-6, 40), (36, 40), (-22, 26), "wood"),
            ("box", (-6, 40), (66, 88), (22, 26), "wood"),
            ("box", (-6, -1), (0, 88), (22, 26), "wood"),
            ("box", (35, 40), (0, 88), (22, 26), "wood"),
            ("box", (-6, -1), (0, 36), (-22, -17), "wood"),
            ("box", (35, 40), (0, 36), (-22, -17), "wood"),
        ],
        camera=Camera(95, 10),
    ),
    "supported-childs-pose": Figure(
        "Supported child's pose",
        "A figure kneeling with the knees apart, sitting back towards the heels and resting the "
        "chest and one cheek on a bolster placed lengthways between the knees, arms resting on "
        "the floor.",
        pose(
            (0, 28, 0),
            s(4),
            bend=2,
            head=s(-8),
            face=d(0, -0.3, 1),
            legs={"r": (s(-27, 0.3), s(180), s(182)), "l": (s(-27, -0.3), s(180), s(182))},
            arms={"r": (s(-40, 0.9), s(-8, 0.2), s(-4)), "l": (s(-40, -0.9), s(-8, -0.2), s(-4))},
        ),
        props=[("roll", (8, 11, 0), (82, 11, 0), 11, "bolster")],
    ),
}

# Pose addresses that may change keep their drawing.
ALIASES = {"samabhasana": "balancing-table"}  # its address until it took its English name
