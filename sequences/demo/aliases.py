"""Founding aliases: the other names people type for founding poses and muscles.

Keys are slugs from content.py. `load_demo` gives a pose or muscle these aliases only while its
aliases are empty, so an editor's own list is never changed. Aliases are names, not descriptions:
a gentler variation (sphinx for cobra) belongs in the pose's text, where search finds it too.
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
