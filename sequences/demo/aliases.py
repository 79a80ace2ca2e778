"""Founding aliases: the other names people type for founding poses and muscles.

Keys are slugs from content.py and variations.py. `load_demo` gives a pose or muscle these aliases
only while its aliases are empty, so an editor's own list is never changed. Aliases are names, not
descriptions: a gentler variation (sphinx for cobra) is a pose of its own, linked as a variation.
"""

POSE_ALIASES = {
    "cat-cow": ["cat cow", "cat camel", "cat and cow"],
    "childs-pose": ["child pose", "resting pose"],
    "cobra": ["low cobra", "baby cobra"],
    "lying-spinal-twist": ["supine twist", "reclined twist"],
    "balancing-table": ["bird dog", "opposite arm and leg raise", "samabhasana"],
    "half-revolved-belly-pose": ["revolved abdomen pose"],
    "triangle": ["extended triangle"],
    "lunge": ["crescent moon pose", "kneeling lunge"],
    "chair": ["fierce pose", "awkward pose"],
    # The gentler and harder versions (variations.py)
    "sphinx": ["supported cobra"],
    "supported-childs-pose": ["supported child pose", "restorative child's pose"],
    "chair-cat-cow": ["seated cat cow", "chair cat camel"],
    "chair-twist": ["seated twist", "chair bharadvaja"],
    "bent-knee-lying-twist": ["double knee twist", "bent knee supine twist"],
    "knee-sways": ["windscreen wipers", "windshield wipers", "knee rocks"],
    "table-leg-slide": ["tabletop leg slide", "leg slides"],
    "wall-l-handstand": ["half handstand", "L handstand", "wall handstand prep"],
    "triangle-with-chair": ["chair triangle"],
    "supported-low-lunge": ["lunge with blocks"],
    "high-lunge": ["crescent lunge"],
    "supported-fish": ["restorative fish", "chest opener"],
    "wall-chair": ["wall sit", "wall squat"],
}

MUSCLE_ALIASES = {
    "trapezius": ["traps"],
    "latissimus-dorsi": ["lats"],
    "rhomboid-major": ["rhomboids"],
    "rhomboid-minor": ["rhomboids"],
    "erector-spinae": ["spinal erectors", "back extensors"],
    "levator-scapulae": ["levator"],
    "suboccipital-muscles": ["suboccipitals"],
}
