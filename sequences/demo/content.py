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
            help your back to heal. A handful of simple poses, done properly and often, can make a
            real difference for some people.

            **Go slowly.** Enter each pose slowly, stretch only as far as feels good, and come out of
            any pose that hurts. Stretching too hard or too fast can make a back problem worse.

            - Learn the **poses** one by one, each with its cautions and gentler versions.
            - Follow a short **sequence**: the back-pain flow on the floor, or steady back and legs,
              from standing down to the floor.
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
                    Its name means "lifter of the shoulder blade". Many people feel tension here
                    after long hours looking down at a screen.
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
# "muscles" lists (muscle slug, role) pairs; roles are "stretches", "strengthens" or "stabilises".
# Hold times are in seconds; None means the pose is not held (a flow) or has no set guidance.
# "image_alt" describes the illustration that goes with the pose.

POSES = [
    {
        "slug": "cat-cow",
        "english_name": "Cat–cow flow",
        "sanskrit_name": "Mārjāryāsana–Bitilāsana",
        "summary": "On hands and knees, slowly round and then gently hollow the back in time with your breath.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": None,
        "hold_max_seconds": None,
        "tags": ["gentle", "low back", "warm-up"],
        "image_alt": "Line drawing of a figure on hands and knees, rounding the back up towards the ceiling like a stretching cat.",
        "steps": """
            1. Come onto your hands and knees, hands under your shoulders and knees under your hips.
               Start with a flat, relaxed back.
            2. **Cat:** as you breathe out, press the floor away, tuck your tailbone and round your
               back up towards the ceiling. Let your head hang.
            3. **Cow:** as you breathe in, let your belly sink a little and lift your chest and gaze
               forward. Keep the movement small in the lower back and the back of the neck long.
            4. Flow between the two with your breath, slowly, five to ten times. Finish with a flat
               back.
        """,
        "benefits": """
            - Moves the whole spine gently forward and back, a kind way to warm up a stiff back.
            - Rounding the back stretches the muscles along the spine and between the shoulder
              blades.
            - Linking movement to the breath helps you notice how your back feels today.
        """,
        "cautions": """
            - Move only within a range that feels comfortable; the movement can be very small.
            - In cow, do not sink hard into the lower back or throw the head back.
            - If bending forward or backward sends pain into a buttock or down a leg, keep to the
              direction that feels easy, or skip the pose and ask your physiotherapist.
            - Sore wrists or knees: see the modifications.
        """,
        "modifications": """
            - Put a folded blanket under your knees.
            - For sore wrists, come onto your fists or your forearms.
            - If kneeling is not possible, do the same movement sitting on a chair, hands on your
              knees.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("rhomboid-major", "stretches"),
            ("rhomboid-minor", "stretches"),
        ],
    },
    {
        "slug": "childs-pose",
        "english_name": "Child's pose",
        "sanskrit_name": "Bālāsana",
        "summary": "A resting pose: kneel, sit back towards your heels and fold forward over your thighs.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 180,
        "tags": ["gentle", "resting", "low back", "hips"],
        "image_alt": "Line drawing of a figure kneeling and folded forward, forehead on the floor and arms stretched out in front.",
        "steps": """
            1. Kneel with your big toes together and your knees as wide as is comfortable.
            2. Breathe out and sit back towards your heels, folding forward over your thighs.
            3. Rest your forehead on the floor or on a cushion. Reach your arms forward, or lay them
               beside your legs, palms up.
            4. Breathe slowly into your back. Stay for 30 seconds to a few minutes.
            5. To come out, walk your hands back towards your knees and come up slowly.
        """,
        "benefits": """
            - A restful position that many people find soothing for a tired back.
            - Gently stretches the muscles along the spine and, with the arms forward, the
              latissimus dorsi.
            - Gives a quiet stretch to the hips, thighs and ankles.
        """,
        "cautions": """
            - Do not force your hips down to your heels; support them instead (see the
              modifications).
            - Skip the pose or use a high support if folding forward increases your back pain or
              sends pain down a leg.
            - With knee problems, use padding, or rest lying on your back with knees bent instead.
            - In pregnancy, keep the knees wide so there is room for the belly.
        """,
        "modifications": """
            - Place a cushion or folded blanket between your thighs and calves, or under your hips.
            - Rest your chest on a bolster or a stack of pillows.
            - Widen your knees to give the belly and hips more room.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "cobra",
        "english_name": "Cobra pose",
        "sanskrit_name": "Bhujaṅgāsana",
        "summary": "Lying on your front, lift your chest a little way with the back muscles; keep it low and short.",
        "category": "prone",
        "level": "beginner",
        "hold_min_seconds": 5,
        "hold_max_seconds": 20,
        "tags": ["backbend", "low back", "strengthening"],
        "image_alt": "Line drawing of a figure lying on the front, hands under the shoulders, lifting the head and chest with the elbows bent.",
        "steps": """
            1. Lie on your front, legs hip-width apart, tops of the feet on the floor.
            2. Place your hands under your shoulders, elbows close to your sides.
            3. Breathe in and lift your head and chest a little way, mainly with the muscles of your
               back. Keep your elbows bent and your shoulders away from your ears.
            4. Stay low: lift only as high as feels easy in your lower back. Hold for a few breaths.
            5. Breathe out and lower slowly. Rest with your head turned to one side before you
               repeat.
        """,
        "benefits": """
            - Strengthens the muscles along the spine (erector spinae).
            - Gently bends the back the other way after forward bends such as child's pose.
            - Some people with low back pain find that gentle back-bending eases it. Others find it
              aggravates it: let your own back decide.
        """,
        "cautions": """
            - **Do not go too deep.** Cobra done too high, or by pushing up with straight arms, can
              irritate the lower back instead of helping it.
            - Stop if you feel pinching in the lower back or pain spreading into the buttocks or
              legs.
            - If you have been told you have spinal stenosis or spondylolisthesis, or backbends
              usually make your pain worse, ask your doctor or physiotherapist before trying it.
            - Avoid lying on your front in pregnancy.
            - Keep the back of the neck long; do not throw the head back.
        """,
        "modifications": """
            - **Sphinx:** rest on your forearms, elbows under your shoulders, for a gentler lift.
            - Lift the chest without pressing into the hands at all ("baby cobra").
            - Place a folded blanket under your hips if lying on your front is uncomfortable.
        """,
        "muscles": [
            ("erector-spinae", "strengthens"),
            ("trapezius", "stabilises"),
        ],
    },
    {
        "slug": "lying-spinal-twist",
        "english_name": "Lying spinal twist",
        "sanskrit_name": "Supta Matsyendrāsana",
        "summary": "Lying on your back, let a bent knee fall across your body for a gentle, resting twist.",
        "category": "supine",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 120,
        "tags": ["twist", "gentle", "low back"],
        "image_alt": "Line drawing of a figure lying on the back with one knee drawn across the body to the floor and the arms stretched out to the sides.",
        "steps": """
            1. Lie on your back with your knees bent and feet on the floor. Stretch your arms out
               to the sides at shoulder height.
            2. Draw your right knee towards your chest, then let it fall slowly across your body to
               the left. Your left hand can rest lightly on the knee.
            3. Keep both shoulders heavy on the floor. Turn your head to the right only if your neck
               is happy.
            4. Breathe slowly and let the twist soften for 30 seconds to 2 minutes.
            5. Come back to the middle and repeat on the other side. Stay a little longer on the
               side that feels tighter.
        """,
        "benefits": """
            - A soft twist that many people find eases stiffness in the back.
            - Gently stretches the muscles along the spine and the side of the back.
            - Lets you compare the two sides and give more time to the tighter one.
        """,
        "cautions": """
            - Twist gently: let gravity do the work and never push the knee down.
            - Keep both shoulders on the floor; if one lifts, place a cushion under the knee.
            - If twisting increases your back pain or sends pain down a leg, skip the pose.
            - After recent back surgery, or if you have osteoporosis, ask your doctor or
              physiotherapist about twists first.
        """,
        "modifications": """
            - Place a cushion or folded blanket under the knee so it has somewhere to rest.
            - Keep both knees bent and together and let them fall to one side together.
            - Put a small pillow under your head.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("rotatores", "stretches"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "balancing-table",
        "english_name": "Balancing table",
        "sanskrit_name": "Daṇḍāyamāna Bharmanāsana",
        "summary": "On hands and knees, reach one arm forward and the opposite leg back and keep the back steady.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 5,
        "hold_max_seconds": 30,
        "tags": ["balance", "strengthening", "core"],
        "image_alt": "Line drawing of a figure on hands and knees, reaching one arm forward and the opposite leg back, level with the floor.",
        "steps": """
            1. Come onto your hands and knees, hands under your shoulders and knees under your hips,
               with a flat back.
            2. Draw your belly gently in so your back stays level.
            3. Slide your right leg back and lift it to hip height, no higher.
            4. When you feel steady, reach your left arm forward to shoulder height.
            5. Hold for a few slow breaths, keeping the back level, then lower and change sides.
        """,
        "benefits": """
            - Asks the back and belly muscles to work together to keep the spine steady while the
              arms and legs move; exercises like this are widely used in back care.
            - Builds balance and coordination.
            - Loads the spine lightly compared with many strengthening exercises.
        """,
        "cautions": """
            - Keep the back level: do not let the lower back sag or arch as the leg lifts.
            - Lift the leg no higher than the hip.
            - Stop if you feel pain in the back; lower the arm and leg and rest in child's pose.
            - Sore wrists or knees: see the modifications.
        """,
        "modifications": """
            - Lift only the leg, or only the arm, until you feel steady.
            - Slide the leg back along the floor without lifting it.
            - Put a folded blanket under your knees; come onto your fists for sore wrists.
        """,
        "muscles": [
            ("erector-spinae", "strengthens"),
            ("trapezius", "stabilises"),
        ],
    },
    {
        "slug": "half-revolved-belly-pose",
        "english_name": "Half revolved belly pose",
        "sanskrit_name": "Ardha Jaṭhara Parivartanāsana",
        "summary": "Lying on your back with knees bent, lower both knees to one side and back again.",
        "category": "supine",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 60,
        "tags": ["twist", "low back", "core"],
        "image_alt": "Line drawing of a figure lying on the back with arms out to the sides and both bent knees lowered to one side.",
        "steps": """
            1. Lie on your back and stretch your arms out to the sides at shoulder height, palms
               down.
            2. Bring your knees up over your hips, bent at a right angle, knees and feet together.
            3. Breathe out and lower both knees slowly to the right, only as far as you can while
               both shoulders stay on the floor.
            4. Stay for a few breaths, or breathe in and bring the knees back to the middle.
            5. Repeat to the left. Stay a little longer on the side that feels tighter.
        """,
        "benefits": """
            - Gently twists the lower and middle back.
            - Lifting the knees back to the middle asks the belly muscles to work.
            - Stretches the side of the back and the latissimus dorsi.
        """,
        "cautions": """
            - Lower the knees only as far as you can control them; do not let them drop.
            - Keep both shoulders on the floor.
            - Start with the feet on the floor (see the modifications) if holding the knees up
              strains your lower back.
            - If twisting increases your back pain or sends pain down a leg, skip the pose.
            - After recent back surgery, or if you have osteoporosis, ask your doctor or
              physiotherapist about twists first.
        """,
        "modifications": """
            - Keep the feet on the floor and let the bent knees sway gently from side to side.
            - Rest the knees on a cushion at the side.
            - Hold a soft block or cushion between the knees to keep them together.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("rotatores", "stretches"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "handstand",
        "english_name": "Handstand",
        "sanskrit_name": "Adho Mukha Vṛkṣāsana",
        "summary": "An advanced inversion, balancing upside down on the hands; not for a sore back without a teacher.",
        "category": "inversion",
        "level": "advanced",
        "hold_min_seconds": 5,
        "hold_max_seconds": 30,
        "tags": ["strengthening", "shoulders"],
        "image_alt": "Line drawing of a figure balancing upside down on the hands, arms straight and legs reaching straight up.",
        "steps": """
            Learn the handstand only with a teacher, who can spot you and tell you when you are
            ready. The steps below are a reminder, not a way to teach yourself.

            1. Start in downward-facing dog with your hands about a hand's width from a wall,
               shoulder-width apart, fingers spread.
            2. Step one foot in, keep your arms straight and your shoulders over your wrists.
            3. With your teacher's help, swing the other leg up towards the wall and let the first
               leg follow. Your heels may rest on the wall.
            4. Press the floor away, draw your belly in and reach up through your legs. Hold for a
               few breaths.
            5. Come down one leg at a time and rest in child's pose.
        """,
        "benefits": """
            - Builds strength in the shoulders, arms and upper back.
            - Trains balance and body awareness.
        """,
        "cautions": """
            - **Not for people with back pain unless a teacher has cleared you.** Kicking up and
              landing can strain the lower back, and a fall can hurt you.
            - Avoid it with high blood pressure, heart problems, glaucoma or other eye conditions,
              or an injury of the neck, shoulders or wrists, and in pregnancy unless your doctor
              and teacher agree.
            - Never jump up with force, and do not practise it alone.
            - Come down at once if you feel pain, dizziness or pressure in the head.
        """,
        "modifications": """
            **Wall "L" preparation** (also with a teacher):

            1. Sit with your back against a wall, legs straight out, and mark where your heels are.
            2. Place your hands at that mark, facing away from the wall, in downward-facing dog.
            3. Walk your feet up the wall until your legs are level with the floor and your hips
               are over your shoulders, so your body makes an upside-down L.
            4. Hold for a few breaths and walk down slowly.

            Downward-facing dog on its own, or dolphin on the forearms, builds strength in the
            shoulders and arms with less risk.
        """,
        "muscles": [
            ("trapezius", "strengthens"),
            ("erector-spinae", "stabilises"),
        ],
    },
    {
        "slug": "triangle",
        "english_name": "Triangle pose",
        "sanskrit_name": "Utthita Trikoṇāsana",
        "summary": "Legs wide, reach sideways over the front leg and rest a hand where the back of the thigh allows.",
        "category": "standing",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 180,
        "tags": ["hamstrings", "hips"],
        "image_alt": "Line drawing of a figure in triangle pose, legs wide apart, leaning sideways over the front leg with one hand down and the other arm pointing up.",
        "steps": """
            1. Stand with your feet wide apart, about a leg's length. Turn your right foot out to
               face the short end of your mat and your left foot slightly in.
            2. Stretch your arms out to the sides at shoulder height.
            3. Breathe out and reach over your right leg, tilting from the hip rather than bending at
               the waist, so your body makes a triangle with your legs.
            4. Rest your right hand on your leg where the back of the thigh (the hamstrings) starts
               to resist: on the thigh, the shin or a block. It need not reach the floor.
            5. Reach your left arm up. Look forward or down if your neck prefers.
            6. Hold for up to 3 minutes, less when you begin, breathing slowly. Come up with a
               straight back and repeat on the other side. If one side is stiffer, stay longer there.
        """,
        "benefits": """
            - Stretches the hamstrings, the inner thighs and the side of the body.
            - Holding longer on the tighter side can help even out a difference between the two
              hamstrings.
            - Strengthens the legs and asks the back muscles to hold the spine long.
        """,
        "cautions": """
            - Find a spot for your hand that matches your flexibility. Reaching lower than your
              hamstrings allow rounds the back and strains it.
            - Do not lock the front knee; keep it softly straight.
            - Come up slowly with a long back, leading with the top arm, to protect your lower back.
            - Stop if you feel pain spreading down a leg or pinching in the back.
            - With a sore neck, look forward or down instead of up.
            - If you feel dizzy, come up slowly and rest.
        """,
        "modifications": """
            - Rest your hand high on the shin, on a block, or on the seat of a chair.
            - Shorten your stance.
            - Practise with your back against a wall for support.
            - Keep the top hand on your hip.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
            ("iliocostalis", "stretches"),
        ],
    },
    {
        "slug": "lunge",
        "english_name": "Low lunge",
        "sanskrit_name": "Añjaneyāsana",
        "summary": "A kneeling lunge with the back knee down; go about three quarters as deep as the drawing shows.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 60,
        "tags": ["hips", "legs", "balance"],
        "image_alt": "Line drawing of a figure in a deep low lunge, the back knee on the floor, the front knee bent and the arms reaching up.",
        "steps": """
            1. From your hands and knees, step your right foot forward between your hands, the knee
               above the ankle.
            2. Slide your left knee back a little, resting it on the floor.
            3. Come up to kneeling with your hands on your front thigh, then raise your arms if that
               feels good.
            4. Let your hips move forward only about three quarters as far as the drawing shows. You
               should feel a stretch at the front of the left hip, never in the lower back.
            5. Stay only as long as you are comfortable. For relief, slowly straighten and bend the
               front leg a few times.
            6. Step back and repeat with the left foot forward.
        """,
        "benefits": """
            - Stretches the front of the hip, which tightens with long hours of sitting.
            - Held steadily, it asks the deep back muscles to work evenly to keep you upright.
            - Strengthens the front leg and builds balance.
        """,
        "cautions": """
            - **Do not go as deep as the drawing**, which shows a pose for a healthy spine.
            - Keep the lower back long: draw your belly gently in rather than arching the back.
            - Stay only as long as it feels comfortable, and come out if your back aches.
            - Pad the back knee; skip the pose if kneeling hurts your knee.
            - Keep the front knee over the ankle, not falling in or out.
        """,
        "modifications": """
            - Keep your hands on your front thigh, on blocks, or on a chair beside you.
            - Make the lunge shorter and shallower.
            - Put a folded blanket under the back knee.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "fish",
        "english_name": "Fish pose",
        "sanskrit_name": "Matsyāsana",
        "summary": "Lying on your back, lift the chest on your forearms; the head barely rests on the floor.",
        "category": "supine",
        "level": "intermediate",
        "hold_min_seconds": 15,
        "hold_max_seconds": 60,
        "tags": ["backbend", "upper back", "chest"],
        "image_alt": "Line drawing of a figure lying on the back, propped on the forearms, chest lifted and the top of the head lightly on the floor.",
        "steps": """
            1. Lie on your back with your knees bent and feet flat on the mat.
            2. Slide your hands under your buttocks, palms down, and draw your elbows in.
            3. Press into your forearms and lift your chest, drawing your shoulder blades together.
               Feel the lift spread around the middle of your body, near the navel.
            4. Let your head tilt back only so far that it rests lightly on the floor, or keep it
               lifted; keep the weight in your forearms, never in your head.
            5. Stay with your feet flat, or lift your heels and press through the balls of your
               feet, whichever feels better. Hold for a few breaths.
            6. To come out, lift your head first, then lower your back to the floor.
        """,
        "benefits": """
            - Works the muscles of the upper and middle back that lift the chest.
            - Opens the chest and the fronts of the shoulders, a counter to sitting hunched.
            - Lifting around the navel, rather than bending sharply in the lower back, keeps
              pressure off the lower back.
        """,
        "cautions": """
            - **Protect your neck:** keep the weight in your forearms, not on your head. With any
              neck problem, keep the head on the floor and use the supported version.
            - Lift only as high as feels comfortable in your lower back; stop if it pinches.
            - If backbends usually make your pain worse, ask your physiotherapist first.
            - Avoid it with high or low blood pressure that is not under control, or if lifting the
              chest makes you dizzy.
        """,
        "modifications": """
            - **Supported fish:** lie back over a folded blanket or a low block placed under your
              shoulder blades, with your head resting on the floor or on a cushion. Arms rest at
              your sides.
            - Keep the knees bent and the feet flat for a steadier base.
        """,
        "muscles": [
            ("erector-spinae", "strengthens"),
            ("rhomboid-major", "strengthens"),
            ("rhomboid-minor", "strengthens"),
        ],
    },
    {
        "slug": "chair",
        "english_name": "Chair pose",
        "sanskrit_name": "Utkaṭāsana",
        "summary": "Bend your knees and sit back as if onto a chair, with a long back; build up to 1 to 2 minutes.",
        "category": "standing",
        "level": "beginner",
        "hold_min_seconds": 20,
        "hold_max_seconds": 120,
        "tags": ["strengthening", "legs"],
        "image_alt": "Line drawing of a figure in chair pose, knees bent and hips back as if sitting on an invisible chair, arms raised.",
        "steps": """
            1. Stand with your feet together or hip-width apart.
            2. Breathe out, bend your knees and sit your hips back as if onto a chair, leaning your
               upper body slightly forward with a long back.
            3. Keep your knees in line with your toes and your weight in your heels.
            4. Raise your arms alongside your ears, or keep your hands on your hips.
            5. Hold and breathe. Build up over time to 1 to 2 minutes.
            6. Come up slowly by pressing into your feet.
        """,
        "benefits": """
            - Strengthens the fronts of the thighs (quadriceps) and the buttocks evenly on both
              sides.
            - Practises bending the knees and hips with a long back, the way to bend when you lift
              something.
            - Asks the back muscles to hold the spine steady.
        """,
        "cautions": """
            - Sit back only as far as your knees and lower back stay comfortable.
            - Keep the lower back long; do not arch it to lift the arms.
            - With sore shoulders, keep your hands on your hips or together at your chest.
            - If your balance is unsteady, stand near a wall or hold the back of a chair.
            - Come out if your back starts to ache.
        """,
        "modifications": """
            - Make the bend in the knees smaller.
            - Stand with your back against a wall and slide a little way down it.
            - Keep your hands on your hips or thighs.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
            ("trapezius", "stabilises"),
        ],
    },
]

# --- Sequences
# Steps are listed in order; a pose may appear more than once. "side" is "both", "left", "right" or
# "each" (each side in turn). "hold_seconds" may be left out to use the pose's own guidance.

SEQUENCES = [
    {
        "slug": "back-pain-flow",
        "title": "Back-pain flow",
        "summary": "A short, gentle flow on the floor of forward bends, low backbends and twists, repeated a few times.",
        "level": "intermediate",
        "order": 1,
        "repeat_count": 3,
        "introduction": """
            **Before you start:** read the safety note and the cautions of each pose. Near the end
            comes the wall "L", a handstand preparation with your feet on a wall. It turns you
            upside down, so do it only if a teacher or physiotherapist has cleared you; otherwise
            rest in child's pose for those breaths. It is why this flow is marked intermediate. The
            handstand itself is an optional step for experienced practitioners only: the practice
            leaves it out unless you include it.

            This flow moves the spine gently forward, back and round, on the floor. Go through it
            slowly, then repeat it up to three times: light repetition, not effort, is what helps a
            stiff back become more flexible.

            - Move with your breath, and stay in a range that feels comfortable.
            - In the twists, go to each side in turn and stay a little longer on the tighter side.
            - Keep cobra low. It should never pinch.
        """,
        "steps": [
            {
                "pose": "cat-cow",
                "hold_seconds": 10,
                "side": "both",
                "repetitions": 5,
                "notes": "Five to ten slow rounds, moving with your breath, to warm up the spine.",
            },
            {
                "pose": "childs-pose",
                "hold_seconds": 30,
                "side": "both",
                "notes": "Rest for a few breaths, with a cushion under your hips if you like.",
            },
            {
                "pose": "cobra",
                "hold_seconds": 10,
                "side": "both",
                "notes": "Low and short: a few breaths, elbows bent. Not too deep.",
            },
            {
                "pose": "lying-spinal-twist",
                "hold_seconds": 30,
                "side": "each",
                "notes": "Each side in turn. Stay a little longer on the side that feels tighter.",
            },
            {
                "pose": "balancing-table",
                "hold_seconds": 15,
                "side": "each",
                "notes": "Each side in turn, keeping the back level. Lift only the leg if balancing is hard.",
            },
            {
                "pose": "cobra",
                "hold_seconds": 10,
                "side": "both",
                "notes": "Low again, or try sphinx on your forearms.",
            },
            {
                "pose": "half-revolved-belly-pose",
                "hold_seconds": 15,
                "side": "each",
                "notes": "Each side in turn, slowly. Keep the feet on the floor if lifting the knees strains your back.",
            },
            {
                "pose": "lying-spinal-twist",
                "hold_seconds": 30,
                "side": "each",
                "notes": "Each side in turn. Stay a little longer on the side that feels tighter.",
            },
            {
                "pose": "wall-l-handstand",
                "hold_seconds": 20,
                "side": "both",
                "notes": """
                    Only if a teacher or physiotherapist has cleared you: feet on the wall at hip
                    height, hips over your shoulders, a few breaths, then walk down and rest.
                    Otherwise rest in child's pose for these breaths.
                """,
            },
            {
                "pose": "handstand",
                "hold_seconds": 30,
                "side": "both",
                "optional": True,
                "optional_reason": "for experienced practitioners",
                "notes": """
                    Only for experienced practitioners whom a teacher has cleared for handstands,
                    after the wall "L". Come up with control and never kick up with force.
                    Everyone else leaves this step out.
                """,
            },
            {
                "pose": "cobra",
                "hold_seconds": 10,
                "side": "both",
                "notes": "A last low cobra: a few breaths.",
            },
            {
                "pose": "childs-pose",
                "hold_seconds": 30,
                "side": "both",
                "notes": "Rest for as long as you like before you repeat the flow or finish.",
            },
        ],
    },
    {
        "slug": "steady-back-and-legs",
        "title": "Steady back and legs",
        "former_addresses": ["standing-sequence"],
        "summary": "Four poses, triangle, lunge, fish and chair, to steady the muscles of the back and legs.",
        "level": "intermediate",
        "order": 2,
        "repeat_count": 1,
        "introduction": """
            **The drawings show deep versions of these poses, meant for a healthy spine.** If your
            back is sore, use the gentler versions given in each step: a block or a chair under
            your hand in triangle, a shorter, shallower lunge, fish with support under your back,
            and a smaller bend in chair.

            Standing poses ask the muscles of the back and legs to work evenly on both sides,
            which can help them steady and balance the spine.

            You can do each pose on both sides before moving on, or go through the whole sequence
            on one side and then on the other. Try both and keep the way your back likes best.
            Once through is enough to begin with; repeat it when it feels good.
        """,
        "steps": [
            {
                "pose": "triangle",
                "side": "each",
                "notes": """
                    Hold for up to 3 minutes on each side, less when you begin. Rest your hand on
                    your thigh, shin, a block or a chair, wherever your hamstrings allow without
                    straining. If one side is stiffer, stay longer on that side.
                """,
            },
            {
                "pose": "lunge",
                "side": "each",
                "notes": """
                    Go about three quarters as deep as the drawing shows, with the back knee down
                    and padded. Stay only as long as it is comfortable; for relief, slowly
                    straighten and bend the front leg a few times.
                """,
            },
            {
                "pose": "fish",
                "side": "both",
                "notes": """
                    With a sore back or neck, use supported fish: a folded blanket under your
                    shoulder blades and your head resting down. Keep your feet flat, or lift onto
                    the balls of your feet if that feels better.
                """,
            },
            {
                "pose": "chair",
                "side": "both",
                "notes": """
                    Build up to 1 to 2 minutes. Bend your knees only as far as your knees and lower
                    back stay comfortable, hands on your hips if your shoulders complain.
                """,
            },
        ],
    },
]

# --- Tips
# Kinds: "tip", "caution" or "modification". "is_featured" puts a tip on the home page, in "order".
# "sequences" and "poses" list the slugs of the sequences and poses a tip belongs to.

TIPS = [
    {
        "title": "Stretch slowly, enter poses slowly",
        "kind": "caution",
        "is_featured": True,
        "order": 1,
        "body": """
            A stretch done carefully can help your back; a stretch done too hard or too fast can
            aggravate it. Ease into each pose over a few breaths, stop at the first sense of strain,
            and come out just as slowly.
        """,
        "sequences": ["back-pain-flow", "steady-back-and-legs"],
        "poses": [],
    },
    {
        "title": "Listen to your body",
        "kind": "caution",
        "is_featured": True,
        "order": 2,
        "body": """
            Explore the poses with curiosity and notice how your spine responds. If a movement feels
            good, it usually is. Pain is your body telling you something is not right: back off,
            or come out of the pose. No pose should hurt.
        """,
        "sequences": ["back-pain-flow", "steady-back-and-legs"],
        "poses": [],
    },
    {
        "title": "Strengthen the belly and free the lower back",
        "kind": "tip",
        "is_featured": True,
        "order": 3,
        "body": """
            Choose exercises that strengthen the belly muscles and help the lower back move more
            freely, without aggravating your back problem. Balancing table and half revolved belly
            pose do both gently; cat–cow keeps the lower back moving.
        """,
        "sequences": ["back-pain-flow"],
        "poses": ["balancing-table", "half-revolved-belly-pose", "cat-cow"],
    },
    {
        "title": "Build a back with staying power",
        "kind": "tip",
        "is_featured": True,
        "order": 4,
        "body": """
            Exercises that strengthen the back and build its endurance can help it cope with the
            day.
            Short, low holds in cobra, steady balancing table and chair pose all ask the back
            muscles to work without straining them.
        """,
        "sequences": [],
        "poses": ["cobra", "balancing-table", "chair"],
    },
    {
        "title": "Free your hips and hamstrings",
        "kind": "tip",
        "is_featured": True,
        "order": 5,
        "body": """
            Tight hips and hamstrings can pull on the pelvis and add to the strain on the lower
            back. Stretching them gently, in triangle, the low lunge and child's pose, may ease
            some of that strain.
        """,
        "sequences": ["steady-back-and-legs"],
        "poses": ["triangle", "lunge", "childs-pose"],
    },
    {
        "title": "Twist gently, and stay longer on the tighter side",
        "kind": "tip",
        "is_featured": True,
        "order": 6,
        "body": """
            Soft, gentle twists may help balance the two sides of the spine and ease a stiff back.
            Twist to each side in turn, and hold a little longer on the side that feels tighter.
        """,
        "sequences": ["back-pain-flow"],
        "poses": ["lying-spinal-twist", "half-revolved-belly-pose"],
    },
    {
        "title": "Light repetition builds flexibility",
        "kind": "tip",
        "is_featured": True,
        "order": 7,
        "body": """
            Flexibility comes from gentle repetition, not from forcing a stretch. Repeat the
            back-pain flow a few times, easily, and let your spine loosen a little more each round.
        """,
        "sequences": ["back-pain-flow"],
        "poses": ["cat-cow"],
    },
    {
        "title": "Keep cobra low",
        "kind": "caution",
        "is_featured": False,
        "order": 8,
        "body": """
            Cobra can be kind to the lower back, but done too deep, or by pushing up with straight
            arms, it can do harm. Keep your elbows bent, lift only a little way with your back
            muscles, and come down if you feel any pinching.
        """,
        "sequences": ["back-pain-flow"],
        "poses": ["cobra"],
    },
    {
        "title": "Standing poses steady the back",
        "kind": "tip",
        "is_featured": False,
        "order": 9,
        "body": """
            Standing poses can help steady the muscles of the back and legs and balance the
            muscles on either side of the spine. Do each pose on both sides before moving on, or go through
            the sequence on one side and then the other: experiment to find what your spine likes.
        """,
        "sequences": ["steady-back-and-legs"],
        "poses": ["triangle", "lunge", "chair"],
    },
    {
        "title": "Make the standing poses smaller",
        "kind": "modification",
        "is_featured": False,
        "order": 10,
        "body": """
            The drawings for this sequence show deep poses, meant for a healthy spine. If
            your back is not at its best, use the gentler versions: a hand higher on the leg in
            triangle, a lunge about three quarters as deep, fish with support under the back, and a
            smaller bend in chair.
        """,
        "sequences": ["steady-back-and-legs"],
        "poses": ["triangle", "lunge", "fish", "chair"],
    },
]
