# ruff: noqa: E501  (prose reads better unwrapped than split at an arbitrary column)
"""Backsite's founding content, as plain Python data.

Editing guide:
- Each entry is a dictionary whose keys are the fields of the model it becomes (see the models in
  backsite/, anatomy/, poses/ and sequences/). Long texts are Markdown in triple quotes; their
  indentation is removed when they are loaded.
- Slugs are how `load_demo` recognises content that is already in the database: an entry whose slug
  exists is skipped, so changing a text here does not change a site that has already loaded it
  (change it in the admin instead).
- This is health content for people with back pain. Say only what we can stand behind, never promise
  a cure, and put cautions on every pose.
"""

# --- Site pages

PAGES = [
    {
        "slug": "home",
        "title": "Gentle yoga for a sore back",
        "body": """
            If back pain keeps coming back, the best place to start is an exercise programme guided
            by people who specialise in backs: your doctor, a physiotherapist, or a yoga teacher
            experienced with back problems. Backsite helps you practise safely between those visits.

            Gentle yoga and careful stretching may ease back pain for many people, and we hope they
            help your back to heal. Often a handful of simple poses, done properly, is all it takes
            to feel a difference.

            **Go slowly.** Enter each pose slowly, stretch only as far as feels good, and come out of
            any pose that hurts. Stretching too hard or too fast can make a back problem worse.

            - Learn the **poses** one by one, each with its cautions and gentler versions.
            - Follow a short **sequence**: the back-pain flow on the floor, or the standing sequence.
            - Read the **tips** and the **safety note** before you begin.
            - Meet the **muscles of the back**, layer by layer, from the skin inward.
        """,
    },
    {
        "slug": "safety",
        "title": "Practise safely",
        "body": """
            Backsite offers general guidance for gentle practice. It is not a diagnosis or a
            treatment plan, and it cannot know your back.

            **See a doctor or physiotherapist first** if your back pain is chronic, severe or new, if
            it began with a fall or an injury, or if you are unsure whether yoga suits you.

            **Stop, and ask for advice before you go on,** if during or after practice:

            - pain sharpens, or spreads into a buttock, an arm or down a leg;
            - numbness, tingling or weakness appears anywhere.

            **Get medical help straight away** if back pain comes with loss of bladder or bowel
            control, numbness around the genitals or buttocks, weakness in both legs, or a fever.

            No pose should hurt. A mild, even stretch is fine; sharp, pinching or burning pain is
            not. Move slowly, keep breathing, and ease off or come out of a pose whenever something
            feels wrong. Every pose lists its cautions and gentler versions: read them before you
            try it.
        """,
    },
]

# --- Anatomy: the four layers of back muscles, from the skin inward
# Each group lists its muscles in order; "parts" nests the parts of a muscle under it.

MUSCLE_GROUPS = [
    {
        "slug": "superficial",
        "name": "Superficial muscles",
        "depth": 1,
        "summary": "The outer layer, just under the skin, that moves the shoulder blades and arms.",
        "description": """
            The superficial muscles lie just beneath the skin. They run from the spine to the
            shoulder blades and the upper arm bones, so most of their work is moving the shoulders
            and arms rather than the spine itself. Because they tie the trunk to the arms,
            anatomists also call them the *extrinsic* back muscles.

            The trapezius and latissimus dorsi are broad, flat sheets you can see in a muscular
            back; the rhomboids and levator scapulae lie underneath them.
        """,
        "muscles": [
            {
                "name": "Trapezius",
                "slug": "trapezius",
                "location": (
                    "A large, flat, diamond-shaped muscle covering the back of the neck and the "
                    "upper back, from the skull to the middle of the back and out to the shoulders."
                ),
                "action": (
                    "Moves and steadies the shoulder blades: the upper fibres shrug them up, the "
                    "middle fibres draw them together, the lower fibres draw them down. It also "
                    "helps turn the shoulder blade upward when you raise your arm overhead."
                ),
                "origin": (
                    "Base of the skull (external occipital protuberance and superior nuchal line), "
                    "ligamentum nuchae, spinous processes of C7 to T12"
                ),
                "insertion": "Outer third of the collarbone, acromion and spine of the shoulder blade",
                "innervation": "Accessory nerve (cranial nerve XI), with branches from C3 and C4",
                "description": """
                    The trapezius is the muscle people often mean when they say their shoulders
                    are tense. Poses that draw the shoulder blades gently down and together, such
                    as cobra, ask its middle and lower fibres to work.
                """,
            },
            {
                "name": "Latissimus dorsi",
                "slug": "latissimus-dorsi",
                "location": (
                    "The broadest muscle of the back, fanning out over the lower and middle back and "
                    "up under the armpit to the upper arm."
                ),
                "action": (
                    "Pulls the arm down and back towards the body and turns it inward, as in "
                    "climbing or pulling. Reaching the arms overhead stretches it."
                ),
                "origin": (
                    "Spinous processes of T7 to T12, thoracolumbar fascia, iliac crest and the "
                    "lower three or four ribs"
                ),
                "insertion": "Floor of the intertubercular groove of the humerus",
                "innervation": "Thoracodorsal nerve (C6 to C8)",
                "description": """
                    Through the thoracolumbar fascia, a sheet of connective tissue over the lower
                    back, the latissimus dorsi links the arms to the lower back and pelvis. Child's
                    pose with the arms reaching forward gives it a gentle stretch.
                """,
            },
            {
                "name": "Rhomboid major",
                "slug": "rhomboid-major",
                "location": (
                    "Between the spine and the shoulder blade in the upper back, under the trapezius."
                ),
                "action": (
                    "Draws the shoulder blade towards the spine and holds it against the ribs."
                ),
                "origin": "Spinous processes of T2 to T5",
                "insertion": "Inner (medial) border of the shoulder blade, below its spine",
                "innervation": "Dorsal scapular nerve (C4 and C5)",
                "description": """
                    The larger of the two rhomboids. Squeezing the shoulder blades together works
                    it; rounding the upper back, as in the cat part of cat–cow, stretches it.
                """,
            },
            {
                "name": "Rhomboid minor",
                "slug": "rhomboid-minor",
                "location": (
                    "A narrow band just above the rhomboid major, between the base of the neck and "
                    "the top of the shoulder blade."
                ),
                "action": "Works with the rhomboid major to draw the shoulder blade towards the spine.",
                "origin": "Ligamentum nuchae and spinous processes of C7 and T1",
                "insertion": "Inner (medial) border of the shoulder blade, level with its spine",
                "innervation": "Dorsal scapular nerve (C4 and C5)",
                "description": """
                    The smaller rhomboid sits just above its larger partner and the two usually work
                    together.
                """,
            },
            {
                "name": "Levator scapulae",
                "slug": "levator-scapulae",
                "location": (
                    "At the side and back of the neck, running from the top of the neck down to the "
                    "upper corner of the shoulder blade."
                ),
                "action": (
                    "Lifts the shoulder blade, as in a shrug, and helps bend the neck to the side."
                ),
                "origin": "Transverse processes of C1 to C4",
                "insertion": (
                    "Inner border of the shoulder blade, from its upper corner to the root of its spine"
                ),
                "innervation": "Dorsal scapular nerve (C5) and branches of C3 and C4",
                "description": """
                    Its name means "lifter of the shoulder blade". It is often tight in people who
                    spend long hours looking down at a screen.
                """,
            },
        ],
    },
    {
        "slug": "intermediate",
        "name": "Intermediate muscles",
        "depth": 2,
        "summary": "Two thin, flat muscles that run from the spine to the ribs.",
        "description": """
            The intermediate layer is made of two thin sheets, the serratus posterior superior and
            the serratus posterior inferior. They run from the spine to the ribs, the upper one
            under the rhomboids and the lower one under the latissimus dorsi.

            They are usually described as helping with breathing, the upper one lifting ribs and the
            lower one drawing ribs down. How much they really do is still debated, and some
            researchers think their main job is to sense the position of the ribs.
        """,
        "muscles": [
            {
                "name": "Serratus posterior superior",
                "slug": "serratus-posterior-superior",
                "location": (
                    "A thin sheet in the upper back, under the rhomboids, running down and out from "
                    "the spine to the upper ribs."
                ),
                "action": "Thought to lift the upper ribs, helping breathing in.",
                "origin": "Ligamentum nuchae and spinous processes of C7 to T3",
                "insertion": "Upper borders of ribs 2 to 5",
                "innervation": "Intercostal nerves T2 to T5",
                "description": """
                    "Serratus" means saw-toothed, after its jagged attachments to the ribs.
                """,
            },
            {
                "name": "Serratus posterior inferior",
                "slug": "serratus-posterior-inferior",
                "location": (
                    "A thin sheet at the junction of the middle and lower back, under the "
                    "latissimus dorsi, running up and out from the spine to the lowest ribs."
                ),
                "action": "Thought to draw the lowest ribs down and back.",
                "origin": "Spinous processes of T11 to L2",
                "insertion": "Lower borders of ribs 9 to 12",
                "innervation": "Anterior rami of T9 to T12",
                "description": """
                    The lower of the two serratus posterior muscles, attached to the last four ribs.
                """,
            },
        ],
    },
    {
        "slug": "deep",
        "name": "Deep muscles",
        "depth": 3,
        "summary": (
            "The muscles that hold the spine upright and move it: the erector spinae, the splenius "
            "and the small muscles under the skull."
        ),
        "description": """
            The deep muscles are the back's own muscles (anatomists call them *intrinsic*): they lie
            in the grooves on either side of the spine and move and steady the spine and the head.
            They are supplied by the posterior branches of the spinal nerves.

            - The **erector spinae** runs the length of the back in three columns, iliocostalis,
              longissimus and spinalis. It keeps you upright and straightens the back from a
              forward bend.
            - The **splenius** wraps the back of the neck and turns and tilts the head.
            - The **suboccipital muscles** are four small muscles just under the skull that
              fine-tune the position of the head.

            Many of the poses on Backsite gently stretch or strengthen this layer.
        """,
        "muscles": [
            {
                "name": "Erector spinae",
                "slug": "erector-spinae",
                "location": (
                    "Three long columns of muscle on each side of the spine, from the pelvis and "
                    "sacrum up to the ribs, the neck and the skull."
                ),
                "action": (
                    "Straightens and arches the back, bends it to the side, and holds the spine "
                    "upright against gravity when you stand, sit or lean forward."
                ),
                "origin": (
                    "A broad common tendon on the back of the iliac crest, the sacrum and the "
                    "spinous processes of the lumbar vertebrae"
                ),
                "insertion": "Ribs, vertebrae along the back and neck, and the base of the skull",
                "innervation": "Posterior rami of the spinal nerves",
                "description": """
                    The erector spinae is the muscle you feel as two firm ridges either side of the
                    lower spine. It has three parts, from the outside in: **iliocostalis**,
                    **longissimus** and **spinalis**. Backbends such as cobra ask it to work;
                    forward bends such as child's pose stretch it.
                """,
                "parts": [
                    {
                        "name": "Iliocostalis",
                        "slug": "iliocostalis",
                        "location": (
                            "The outer column of the erector spinae, running from the pelvis to "
                            "the ribs and up into the neck."
                        ),
                        "action": (
                            "Straightens the back and, working on one side, bends it to that side."
                        ),
                        "origin": "Common tendon of the erector spinae, and the ribs",
                        "insertion": (
                            "Angles of the ribs and transverse processes of the lower neck vertebrae"
                        ),
                        "innervation": "Posterior rami of the spinal nerves",
                        "description": """
                            Its name joins the hip bone (*ilium*) and the ribs (*costae*), the two
                            places it links.
                        """,
                    },
                    {
                        "name": "Longissimus",
                        "slug": "longissimus",
                        "location": (
                            "The middle column of the erector spinae and its longest part, from "
                            "the pelvis up to the skull behind the ear."
                        ),
                        "action": (
                            "Straightens the back and neck, bends them to the side, and helps "
                            "turn the head."
                        ),
                        "origin": (
                            "Common tendon of the erector spinae and transverse processes of the "
                            "thoracic and lower neck vertebrae"
                        ),
                        "insertion": (
                            "Transverse processes of the thoracic and neck vertebrae, the ribs, and "
                            "the mastoid process of the skull"
                        ),
                        "innervation": "Posterior rami of the spinal nerves",
                        "description": """
                            *Longissimus* means "the longest": it is the longest muscle of the back.
                        """,
                    },
                    {
                        "name": "Spinalis",
                        "slug": "spinalis",
                        "location": (
                            "The inner column of the erector spinae, lying against the spinous "
                            "processes, mostly in the middle back."
                        ),
                        "action": "Straightens the back.",
                        "origin": "Spinous processes of the upper lumbar and lowest thoracic vertebrae",
                        "insertion": "Spinous processes of the upper thoracic vertebrae",
                        "innervation": "Posterior rami of the spinal nerves",
                        "description": """
                            The smallest of the three columns, running from one spinous process to
                            another.
                        """,
                    },
                ],
            },
            {
                "name": "Splenius",
                "slug": "splenius",
                "location": (
                    "A broad strap wrapping the back and sides of the neck, over the deeper neck "
                    "muscles."
                ),
                "action": (
                    "Tilts the head and neck back; working on one side, it turns and tilts the head "
                    "to that side."
                ),
                "origin": "Ligamentum nuchae and spinous processes of C7 to T6",
                "insertion": "Base of the skull and transverse processes of the upper neck vertebrae",
                "innervation": "Posterior rami of the cervical spinal nerves",
                "description": """
                    *Splenius* comes from the Greek for a bandage, which is how it wraps the neck.
                    It has two parts: **splenius capitis**, going to the head, and **splenius
                    cervicis**, going to the neck.
                """,
                "parts": [
                    {
                        "name": "Splenius capitis",
                        "slug": "splenius-capitis",
                        "location": (
                            "The upper part of the splenius, from the base of the neck and upper "
                            "back to the skull behind the ear."
                        ),
                        "action": "Tilts the head back, and turns it to the same side.",
                        "origin": "Lower half of the ligamentum nuchae and spinous processes of C7 to T3",
                        "insertion": (
                            "Mastoid process and the outer part of the superior nuchal line of the "
                            "skull"
                        ),
                        "innervation": "Posterior rami of the middle cervical spinal nerves",
                        "description": """
                            *Capitis* means "of the head": this part moves the head.
                        """,
                    },
                    {
                        "name": "Splenius cervicis",
                        "slug": "splenius-cervicis",
                        "location": (
                            "The lower part of the splenius, from the upper back to the top of the "
                            "neck."
                        ),
                        "action": "Tilts the neck back, and turns it to the same side.",
                        "origin": "Spinous processes of T3 to T6",
                        "insertion": "Transverse processes of C1 to C3",
                        "innervation": "Posterior rami of the lower cervical spinal nerves",
                        "description": """
                            *Cervicis* means "of the neck": this part moves the neck.
                        """,
                    },
                ],
            },
            {
                "name": "Suboccipital muscles",
                "slug": "suboccipital-muscles",
                "location": (
                    "Four small muscles on each side just below the base of the skull, between the "
                    "skull and the top two neck vertebrae."
                ),
                "action": (
                    "Make small, precise movements of the head, nodding it back and turning it, and "
                    "help keep the head balanced on the spine."
                ),
                "origin": "",
                "insertion": "",
                "innervation": "Suboccipital nerve (posterior ramus of C1)",
                "description": """
                    The suboccipital group is made of **rectus capitis posterior major** and
                    **minor** and **obliquus capitis superior** and **inferior** (the superior and
                    inferior oblique). Together they are thought to play a large part in sensing
                    the position of the head. Tension here is often felt at the base of the skull.
                """,
                "parts": [
                    {
                        "name": "Rectus capitis posterior major",
                        "slug": "rectus-capitis-posterior-major",
                        "location": (
                            "Below the base of the skull, running up and out from the second neck "
                            "vertebra."
                        ),
                        "action": "Tilts the head back and turns it to the same side.",
                        "origin": "Spinous process of the axis (C2)",
                        "insertion": "Outer part of the inferior nuchal line of the skull",
                        "innervation": "Suboccipital nerve (posterior ramus of C1)",
                        "description": """
                            The larger of the two straight (*rectus*) muscles at the back of the
                            head.
                        """,
                    },
                    {
                        "name": "Rectus capitis posterior minor",
                        "slug": "rectus-capitis-posterior-minor",
                        "location": (
                            "Below the base of the skull, close to the midline, running up from "
                            "the first neck vertebra."
                        ),
                        "action": "Tilts the head back.",
                        "origin": "Posterior tubercle of the atlas (C1)",
                        "insertion": "Inner part of the inferior nuchal line of the skull",
                        "innervation": "Suboccipital nerve (posterior ramus of C1)",
                        "description": """
                            The smaller straight muscle, lying nearer the midline than the major.
                        """,
                    },
                    {
                        "name": "Obliquus capitis superior",
                        "slug": "obliquus-capitis-superior",
                        "location": (
                            "Below the base of the skull, running up and back from the side of the "
                            "first neck vertebra."
                        ),
                        "action": "Tilts the head back and to the side.",
                        "origin": "Transverse process of the atlas (C1)",
                        "insertion": (
                            "Occipital bone, between the superior and inferior nuchal lines"
                        ),
                        "innervation": "Suboccipital nerve (posterior ramus of C1)",
                        "description": """
                            Also called the superior oblique of the head.
                        """,
                    },
                    {
                        "name": "Obliquus capitis inferior",
                        "slug": "obliquus-capitis-inferior",
                        "location": (
                            "Between the first two neck vertebrae, the only suboccipital muscle "
                            "that does not reach the skull."
                        ),
                        "action": "Turns the head to the same side.",
                        "origin": "Spinous process of the axis (C2)",
                        "insertion": "Transverse process of the atlas (C1)",
                        "innervation": "Suboccipital nerve (posterior ramus of C1)",
                        "description": """
                            Also called the inferior oblique of the head. Despite its name "of the
                            head", it attaches only to the two top vertebrae.
                        """,
                    },
                ],
            },
        ],
    },
    {
        "slug": "small-deep",
        "name": "Small deep muscles",
        "depth": 4,
        "summary": "Short muscles between neighbouring vertebrae and ribs that steady the spine.",
        "description": """
            The deepest layer is made of short muscles that span just one or two vertebrae, or join
            a vertebra to the rib below. Their everyday names describe where they lie: between the
            spinous processes (**interspinous**), between the transverse processes
            (**intertransverse**), lifting the ribs (**levator costalis**), and turning the spine
            (**rotators**).

            They are too small to move the spine much on their own. They are thought to steady each
            segment of the spine and to tell the brain where it is. They are supplied by branches
            of the spinal nerves.
        """,
        "muscles": [
            {
                "name": "Interspinales",
                "slug": "interspinales",
                "location": (
                    "Short muscles joining the spinous processes of neighbouring vertebrae, mostly "
                    "in the neck and lower back."
                ),
                "action": "Help straighten the spine and steady one vertebra on the next.",
                "origin": "Spinous process of one vertebra",
                "insertion": "Spinous process of the vertebra above",
                "innervation": "Posterior rami of the spinal nerves",
                "description": """
                    Sometimes called the interspinous muscles: they sit between (*inter*) the
                    spinous processes.
                """,
            },
            {
                "name": "Intertransversarii",
                "slug": "intertransversarii",
                "location": (
                    "Short muscles joining the transverse processes of neighbouring vertebrae, "
                    "mostly in the neck and lower back."
                ),
                "action": "Help bend the spine to the side and steady it.",
                "origin": "Transverse process of one vertebra",
                "insertion": "Transverse process of the vertebra above",
                "innervation": "Anterior and posterior rami of the spinal nerves",
                "description": """
                    Sometimes called the intertransverse muscles: they sit between the transverse
                    processes.
                """,
            },
            {
                "name": "Levatores costarum",
                "slug": "levatores-costarum",
                "location": (
                    "Twelve small muscles on each side, from the tips of the transverse processes "
                    "of the thoracic vertebrae down to the rib below."
                ),
                "action": "Lift the ribs, and may help bend and turn the spine.",
                "origin": "Transverse processes of C7 to T11",
                "insertion": "The rib below, between its tubercle and its angle",
                "innervation": "Posterior rami of C8 to T11",
                "description": """
                    Each one is a levator costalis, "lifter of a rib".
                """,
            },
            {
                "name": "Rotatores",
                "slug": "rotatores",
                "location": (
                    "The smallest and deepest muscles of the back, joining each vertebra to the one "
                    "or two above it; best developed in the middle back."
                ),
                "action": (
                    "Thought mainly to steady the spine and sense its position; they may also help "
                    "turn it."
                ),
                "origin": "Transverse process of one vertebra",
                "insertion": "Lamina and spinous process of the vertebra one or two levels above",
                "innervation": "Posterior rami of the spinal nerves",
                "description": """
                    Also called the rotators. Gentle twists, such as the lying spinal twist, turn
                    the spine through the range they work in.
                """,
            },
        ],
    },
]

# --- Poses

POSES = []

# --- Sequences

SEQUENCES = []

# --- Tips

TIPS = []
