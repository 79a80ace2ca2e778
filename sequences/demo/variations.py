# ruff: noqa: E501  (prose reads better unwrapped than split at an arbitrary column)
"""Backsite's founding variations: the gentler (and a few harder) versions of the founding poses.

Editing guide:
- POSES has the same form as content.POSES. Each is a real pose with its own page, steps, cautions
  and drawing (poses/figures/catalogue.py, under the same slug); its movements and verdicts are in
  conditions.py, beside the founding poses'.
- VARIATIONS lists the links, as (from pose, to pose, direction, kind of support, what changes). A
  link reads from its first pose: "from cobra, sphinx is easier, a shorter range". The way back is
  a link of its own, so each page reads naturally; the order of a pose's links is its order here.
- Kinds of support: chair, wall, floor (in bed or on the floor), block, strap, cushion (or folded
  blanket), bolster, range (a shorter range). For a harder version, the support it takes away.
- Like the rest of the founding content, `load_demo` adds what is missing and never changes what is
  already there. A link is added only when one of its two poses is new in that run, so a link an
  editor removed stays removed.
"""

POSES = [
    {
        "slug": "sphinx",
        "english_name": "Sphinx pose",
        "sanskrit_name": "Sālamba Bhujaṅgāsana",
        "summary": "Lying on your front, rest on your forearms and let the chest lift a little: a gentler cobra.",
        "category": "prone",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 60,
        "tags": ["backbend", "gentle", "low back"],
        "image_alt": "Line drawing of a figure lying on the front, propped on the forearms with the elbows under the shoulders and the chest gently lifted.",
        "steps": """
            1. Lie on your front, legs hip-width apart, tops of the feet on the floor.
            2. Place your elbows under your shoulders with your forearms flat on the floor, parallel,
               palms down.
            3. Breathe in and let your chest rise as you rest your weight on your forearms. Draw your
               shoulders away from your ears and keep the back of your neck long.
            4. Let your belly and hips stay heavy. If your lower back complains, slide your elbows a
               little further forward so the lift is lower.
            5. Breathe slowly for 15 seconds to a minute, then lower your chest and rest with your
               head turned to one side.
        """,
        "benefits": """
            - A gentle way to bend the back the other way after sitting or forward bends.
            - Asks the muscles along the spine to work lightly to hold the chest up.
            - Some people with low back pain find it eases; others do not. Let your back decide.
        """,
        "cautions": """
            - Stop if you feel pinching in the lower back or pain spreading into a buttock or leg.
            - If backbends usually make your pain worse, or you have been told you have spinal
              stenosis, ask your doctor or physiotherapist before trying it.
            - Avoid lying on your front in pregnancy.
            - Keep your neck long: look at the floor a little ahead rather than up.
        """,
        "modifications": """
            - Slide the elbows further forward for a lower, smaller lift.
            - Place a folded blanket under your hips if lying on your front is uncomfortable.
            - Rest your forehead on your stacked hands instead of lifting at all.
        """,
        "muscles": [
            ("erector-spinae", "strengthens"),
            ("trapezius", "stabilises"),
        ],
    },
    {
        "slug": "supported-childs-pose",
        "english_name": "Supported child's pose",
        "sanskrit_name": "Sālamba Bālāsana",
        "summary": "Kneel with the knees apart and rest your chest and head on a bolster or a stack of cushions.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 180,
        "tags": ["gentle", "resting", "low back", "props"],
        "image_alt": "Line drawing of a figure kneeling with the knees apart, resting the chest and one cheek on a bolster placed lengthways between the knees.",
        "steps": """
            1. Place a bolster, or two or three firm cushions stacked up, lengthways on your mat.
            2. Kneel at one end with your knees either side of it and your big toes together.
            3. Sit back towards your heels; put a cushion between your thighs and calves if your hips
               stay high.
            4. Lean forward and lay your chest and belly on the support. Turn your head to rest one
               cheek on it and let your arms rest on the floor.
            5. Breathe slowly into your back for 30 seconds to a few minutes, turning your head the
               other way halfway through.
            6. To come out, press your hands into the floor and come up slowly.
        """,
        "benefits": """
            - A restful position that many people find soothing for a tired back.
            - The support carries your weight, so the back can soften without folding all the way
              down.
            - Gives a quiet stretch to the hips, thighs and ankles.
        """,
        "cautions": """
            - Build the support high enough that nothing strains; you should be able to rest here.
            - Skip the pose if folding forward increases your back pain or sends pain down a leg.
            - With sore knees, pad them well, or rest lying on your back with your knees bent
              instead.
            - In pregnancy, widen your knees so there is room for the bump.
        """,
        "modifications": """
            - Add another cushion to the stack to fold even less.
            - Sit on a cushion placed on your heels to take pressure off the knees.
            - Rest your forehead on the support instead of turning your head, if your neck prefers.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "chair-cat-cow",
        "english_name": "Chair cat–cow",
        "sanskrit_name": "Mārjāryāsana–Bitilāsana on a chair",
        "summary": "Sitting on a chair, hands on the knees, slowly round and then gently lift the back with your breath.",
        "category": "seated",
        "level": "beginner",
        "hold_min_seconds": None,
        "hold_max_seconds": None,
        "tags": ["gentle", "chair", "warm-up"],
        "image_alt": "Line drawing of a figure sitting on a chair with the hands on the knees, rounding the back and letting the head drop forward.",
        "steps": """
            1. Sit towards the front of a steady chair without wheels, feet flat and hip-width apart,
               hands resting on your knees.
            2. **Cat:** as you breathe out, round your back, tuck your tailbone and let your head
               drop forward.
            3. **Cow:** as you breathe in, roll forward onto your sitting bones, lift your chest and
               look ahead. Keep the lift small in the lower back and the back of the neck long.
            4. Flow between the two with your breath, slowly, five to ten times. Finish sitting tall.
        """,
        "benefits": """
            - Moves the spine gently forward and back with no weight on the wrists or knees.
            - Can be done at a desk, in a wheelchair with the brakes on, or when getting to the floor
              is not possible.
            - Linking movement to the breath helps you notice how your back feels today.
        """,
        "cautions": """
            - Use a chair that cannot roll or tip, and keep both feet on the floor.
            - Move only within a range that feels comfortable; the movement can be very small.
            - If bending forward or backward sends pain into a buttock or down a leg, keep to the
              direction that feels easy, or stop and ask your physiotherapist.
            - With osteoporosis, round only a little and never push it.
        """,
        "modifications": """
            - Move only between the rounded back and sitting tall, leaving out the lift.
            - Hold the sides of the seat if that feels steadier.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("rhomboid-major", "stretches"),
            ("rhomboid-minor", "stretches"),
        ],
    },
    {
        "slug": "chair-twist",
        "english_name": "Seated chair twist",
        "sanskrit_name": "Bharadvājāsana on a chair",
        "summary": "Sitting sideways on a chair, turn the chest gently towards the chair back and hold it lightly.",
        "category": "seated",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 45,
        "tags": ["twist", "chair", "gentle"],
        "image_alt": "Line drawing of a figure sitting sideways on a chair with the feet flat, turning the chest to the right and holding the chair back with both hands.",
        "steps": """
            1. Sit sideways on a steady chair with the chair back at your right side, feet flat and
               knees facing forward.
            2. Sit tall: breathe in and lengthen up through the crown of your head.
            3. Breathe out and turn your chest and head to the right, towards the chair back. Hold
               the top of the chair back lightly with both hands.
            4. Keep your knees and hips facing forward. Turn only as far as is comfortable; never
               pull yourself round with your arms.
            5. Breathe slowly for 15 to 45 seconds, come back to the middle, then sit the other way
               round and turn to the left.
        """,
        "benefits": """
            - A gentle twist that needs no getting down to the floor.
            - Sitting tall keeps the spine long while it turns, which many backs find easier than a
              twist with the back rounded.
            - Lets you compare the two sides and give more time to the tighter one.
        """,
        "cautions": """
            - Turn gently and sit tall; do not lever yourself further with your hands.
            - If twisting increases your back pain or sends pain down a leg, stop.
            - After recent back surgery, or if you have osteoporosis, ask your doctor or
              physiotherapist about twists first.
            - Use a chair that cannot roll or tip.
        """,
        "modifications": """
            - Sit facing forward and rest one hand on the opposite knee instead of holding the chair.
            - Turn only the head and shoulders a little way.
        """,
        "muscles": [
            ("rotatores", "stretches"),
            ("erector-spinae", "stretches"),
        ],
    },
    {
        "slug": "bent-knee-lying-twist",
        "english_name": "Lying twist with bent knees",
        "sanskrit_name": "Supta Matsyendrāsana with both knees bent",
        "summary": "Lying on your back, lower both bent knees together to one side onto a cushion: a smaller, supported twist.",
        "category": "supine",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 90,
        "tags": ["twist", "gentle", "low back", "props"],
        "image_alt": "Line drawing of a figure lying on the back with the arms out, both knees bent and together, lowered to the right onto a cushion.",
        "steps": """
            1. Lie on your back with your knees bent and together and your feet flat on the floor.
               Stretch your arms out to the sides at shoulder height.
            2. Place a firm cushion or folded blanket on the floor to your right, beside your knees.
            3. Breathe out and lower both knees together to the right until they rest on the
               cushion. Keep both shoulders heavy on the floor.
            4. Breathe slowly for 30 seconds to a minute and a half, letting the twist soften.
            5. Bring the knees back to the middle with your belly gently drawn in, move the cushion
               and repeat to the left.
        """,
        "benefits": """
            - A soft, supported twist that many people find eases stiffness in the lower back.
            - Keeping the knees together and resting them on a cushion keeps the twist small.
            - Lets you compare the two sides.
        """,
        "cautions": """
            - Let the cushion take the knees; never push them down.
            - Keep both shoulders on the floor; if one lifts, make the cushion higher.
            - If twisting increases your back pain or sends pain down a leg, stop.
            - After recent back surgery, or if you have osteoporosis, ask your doctor or
              physiotherapist about twists first.
        """,
        "modifications": """
            - Make the support higher so the knees lower only a little way.
            - Sway the knees a little way from side to side instead of resting them down.
            - Put a small pillow under your head.
        """,
        "muscles": [
            ("erector-spinae", "stretches"),
            ("rotatores", "stretches"),
            ("latissimus-dorsi", "stretches"),
        ],
    },
    {
        "slug": "knee-sways",
        "english_name": "Knee sways",
        "sanskrit_name": "",
        "summary": "Lying on your back with the knees bent and feet down, sway both knees a little way from side to side.",
        "category": "supine",
        "level": "beginner",
        "hold_min_seconds": None,
        "hold_max_seconds": None,
        "tags": ["gentle", "low back", "warm-up"],
        "image_alt": "Line drawing of a figure lying on the back with the knees bent and feet flat, the knees swaying a little way to one side; an arrow shows the movement.",
        "steps": """
            1. Lie on your back with your knees bent and your feet flat on the floor, a little wider
               than your hips. Rest your arms on the floor, out to the sides.
            2. Breathe out and let both knees sway a little way to the right, keeping both feet on
               the floor.
            3. Breathe in and bring them back to the middle; breathe out and sway them to the left.
            4. Keep the movement small and easy, five to ten times each way.
        """,
        "benefits": """
            - A very small, gentle rocking of the lower back that many people find soothing.
            - A way to move a stiff back when larger movements are too much.
        """,
        "cautions": """
            - Keep it small: the knees need only move a hand's width.
            - If the movement increases your back pain or sends pain down a leg, stop.
            - Later in pregnancy, do not lie flat on your back for long; sit on a chair and turn
              gently instead.
        """,
        "modifications": """
            - Put a small pillow under your head.
            - Hold a cushion between your knees to keep them together.
            - Sway the knees only a finger's width if that is all that feels easy today.
        """,
        "muscles": [
            ("rotatores", "stretches"),
            ("erector-spinae", "stretches"),
        ],
    },
    {
        "slug": "table-leg-slide",
        "english_name": "Table with a leg slide",
        "sanskrit_name": "Bharmanāsana with a leg slide",
        "summary": "On hands and knees, slide one leg back along the floor and return it, keeping the back level.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 5,
        "hold_max_seconds": 20,
        "tags": ["strengthening", "core", "gentle"],
        "image_alt": "Line drawing of a figure on hands and knees with a level back, the right leg slid straight back along the floor with the toes on the mat.",
        "steps": """
            1. Come onto your hands and knees, hands under your shoulders and knees under your hips,
               with a flat back.
            2. Draw your belly gently in so your back stays level.
            3. Slide your right foot straight back along the floor until the leg is long, toes
               touching the mat. Lift nothing.
            4. Hold for a few slow breaths, keeping the back level and the hips square, then slide
               the leg back in.
            5. Change sides. Repeat a few times each side.
        """,
        "benefits": """
            - Asks the back and belly muscles to keep the spine steady while a leg moves; exercises
              like this are widely used in back care.
            - A first step towards balancing table, with nothing lifted.
        """,
        "cautions": """
            - Keep the back level: do not let the lower back sag as the leg slides.
            - Stop if you feel pain in the back, and rest in child's pose.
            - Sore wrists or knees: see the modifications.
        """,
        "modifications": """
            - Put a folded blanket under your knees.
            - Come onto your fists or forearms for sore wrists.
            - Slide the leg only part of the way back.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
            ("trapezius", "stabilises"),
        ],
    },
    {
        "slug": "wall-l-handstand",
        "english_name": "Wall “L” handstand preparation",
        "sanskrit_name": "Ardha Adho Mukha Vṛkṣāsana",
        "summary": "With a teacher: hands on the floor and feet on a wall, the body makes an upside-down L.",
        "category": "inversion",
        "level": "intermediate",
        "hold_min_seconds": 10,
        "hold_max_seconds": 30,
        "tags": ["strengthening", "wall", "shoulders"],
        "image_alt": "Line drawing of a figure with straight arms and the hands on the mat, hips over the shoulders and the legs level with the floor, the soles of the feet on a wall behind.",
        "steps": """
            Practise this with a teacher the first times; it still turns you upside down.

            1. Sit with your back against a wall, legs straight out, and note where your heels are.
            2. Turn round and place your hands at that spot, shoulder-width apart, fingers facing away
               from the wall, and come into downward-facing dog with your heels towards the wall.
            3. Place one foot on the wall at hip height, then the other. Walk your hands in until
               your hips are over your shoulders and your legs are level with the floor, so your body
               makes an upside-down L.
            4. Press the floor away and keep your belly gently drawn in. Hold for a few breaths.
            5. Walk your feet down one at a time and rest in child's pose.
        """,
        "benefits": """
            - Builds strength in the shoulders, arms and upper back with the wall taking part of
              the weight.
            - A safer step towards the handstand: nothing to kick up, and the feet can come down at
              any time.
        """,
        "cautions": """
            - **Not for a sore back unless a teacher or physiotherapist has cleared you.** The head
              is below the heart and the shoulders and wrists carry your weight.
            - Avoid it with high blood pressure, heart problems, glaucoma or other eye conditions,
              an injury of the neck, shoulders or wrists, and in pregnancy.
            - Do not practise it alone the first times; use a wall with nothing to fall against.
            - Come down at once if you feel pain, dizziness or pressure in the head.
        """,
        "modifications": """
            - Keep the feet lower on the wall, so the hips stay below the shoulders.
            - Practise downward-facing dog on its own, or dolphin on the forearms, to build strength
              first.
        """,
        "muscles": [
            ("trapezius", "strengthens"),
            ("erector-spinae", "stabilises"),
        ],
    },
    {
        "slug": "triangle-with-chair",
        "english_name": "Triangle pose with a chair",
        "sanskrit_name": "Utthita Trikoṇāsana with a chair",
        "summary": "A short triangle with the lower hand resting on the seat of a chair, so the side-bend stays small.",
        "category": "standing",
        "level": "beginner",
        "hold_min_seconds": 20,
        "hold_max_seconds": 60,
        "tags": ["chair", "hamstrings"],
        "image_alt": "Line drawing of a figure seen from the front in a small triangle pose over the right leg, the right hand on the seat of a chair and the left arm reaching up.",
        "steps": """
            1. Place a steady chair beside your right foot, its seat facing you.
            2. Stand with your feet apart, a little less than a leg's length. Turn your right foot out
               towards the chair and your left foot slightly in.
            3. Stretch your arms out to the sides. Breathe out and tilt from the hip over your right
               leg until your right hand rests on the seat of the chair.
            4. Reach your left arm up, or keep the hand on your hip. Look forward or down.
            5. Hold for 20 seconds to a minute, breathing slowly. Come up with a long back, leading
               with the top arm, and repeat on the other side.
        """,
        "benefits": """
            - Stretches the back of the thigh and the side of the body with the chair taking some
              of your weight.
            - The high support lets the back stay long rather than rounding to reach down.
        """,
        "cautions": """
            - Use a chair that cannot slide or tip; put it on the mat or against a wall.
            - Do not lock the front knee; keep it softly straight.
            - Come up slowly with a long back to protect your lower back.
            - Stop if you feel pain spreading down a leg or pinching in the back.
        """,
        "modifications": """
            - Shorten the stance further.
            - Stand with your back against a wall for more support.
            - Keep the top hand on your hip.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
            ("iliocostalis", "stretches"),
        ],
    },
    {
        "slug": "supported-low-lunge",
        "english_name": "Supported low lunge",
        "sanskrit_name": "Sālamba Añjaneyāsana",
        "summary": "A short, shallow lunge with the hands on blocks and a folded blanket under the back knee.",
        "category": "kneeling",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 45,
        "tags": ["hips", "gentle", "props"],
        "image_alt": "Line drawing of a figure in a short low lunge with the right foot forward, the hands resting on blocks beside the front foot and a folded blanket under the left knee.",
        "steps": """
            1. Put a folded blanket on your mat and a block on each side of it, a little way in
               front.
            2. From your hands and knees, step your right foot forward between the blocks, the knee
               above the ankle, and rest your left knee on the blanket.
            3. Rest your hands on the blocks. Keep the lunge short: the hips move forward only a
               little way.
            4. Draw your belly gently in and let the front of the left hip lengthen. You should feel
               a mild stretch there, never in the lower back.
            5. Hold for 15 to 45 seconds, then step back and repeat with the left foot forward.
        """,
        "benefits": """
            - Stretches the front of the hip, which tightens with long hours of sitting.
            - The blocks and blanket steady you, so the back can stay long and relaxed.
        """,
        "cautions": """
            - Keep it short and shallow; go only as far as the lower back stays comfortable.
            - Do not arch the lower back; tuck the tailbone a little instead.
            - Skip it if kneeling hurts your knee even with padding.
            - Keep the front knee over the ankle, not falling in or out.
        """,
        "modifications": """
            - Use a chair beside you instead of the blocks.
            - Put a thicker blanket, or a cushion, under the back knee.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
        ],
    },
    {
        "slug": "high-lunge",
        "english_name": "High lunge",
        "sanskrit_name": "Utthita Aśva Sañcalanāsana",
        "summary": "A standing lunge with the back knee lifted: a stronger pose for a back that is ready for it.",
        "category": "standing",
        "level": "intermediate",
        "hold_min_seconds": 15,
        "hold_max_seconds": 45,
        "tags": ["legs", "balance"],
        "image_alt": "Line drawing of a figure in a high lunge with the right knee bent over the ankle, the left leg long behind with the heel lifted, the chest upright and the hands on the hips.",
        "steps": """
            1. Stand at the back of your mat. Step your right foot forward a long step and come onto
               the ball of your left foot, heel lifted.
            2. Bend your right knee until it is over the ankle, no further. Keep the left leg long,
               its knee lifted off the floor.
            3. Bring your hands to your hips and your chest upright over your hips.
            4. Draw your belly gently in and tuck your tailbone a little, so the lower back stays
               long and the stretch is at the front of the left hip.
            5. Hold for 15 to 45 seconds, breathing steadily. Step the feet together and repeat with
               the left foot forward.
        """,
        "benefits": """
            - Strengthens the legs and buttocks and stretches the front of the back hip.
            - Asks the back and belly muscles to hold the trunk upright and steady.
            - Builds balance.
        """,
        "cautions": """
            - Choose this only once low lunge feels easy; it asks more of your balance and legs.
            - Keep the lower back long: do not arch it to stay upright.
            - Keep the front knee over the ankle, not past the toes or falling inwards.
            - Stand near a wall or chair if your balance is unsteady, and come out if your back
              aches.
        """,
        "modifications": """
            - Put the back knee down, as in low lunge.
            - Rest one hand on a chair or a wall for balance.
            - Shorten the stance.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
        ],
    },
    {
        "slug": "supported-fish",
        "english_name": "Supported fish",
        "sanskrit_name": "Sālamba Matsyāsana",
        "summary": "Lie back over a folded blanket under the shoulder blades, head down, and let the chest open.",
        "category": "supine",
        "level": "beginner",
        "hold_min_seconds": 30,
        "hold_max_seconds": 120,
        "tags": ["backbend", "upper back", "resting", "props"],
        "image_alt": "Line drawing of a figure lying back over a folded blanket under the shoulder blades, the head resting on the mat, arms at the sides and knees bent with the feet flat.",
        "steps": """
            1. Fold a blanket into a firm strip about a hand's width high and lay it across your mat.
            2. Sit in front of it with your knees bent and feet flat, and lie back so the blanket is
               under your shoulder blades.
            3. Rest your head on the floor, or on a cushion if your chin tips up.
            4. Let your arms rest at your sides, palms up. Keep your knees bent and feet flat.
            5. Breathe slowly for 30 seconds to 2 minutes. To come out, roll to one side and push
               yourself up with your hands.
        """,
        "benefits": """
            - Opens the chest and the fronts of the shoulders, a counter to sitting hunched.
            - The support does the lifting, so nothing needs to strain.
            - The bend is mostly in the upper back, with the lower back resting.
        """,
        "cautions": """
            - Keep the support low; a higher one bends the back more.
            - Rest your head on the floor or a cushion; never let it hang.
            - Come out if the lower back pinches or the legs tingle.
            - If backbends usually make your pain worse, ask your physiotherapist first.
        """,
        "modifications": """
            - Use a thinner blanket.
            - Put a cushion under your head.
            - Later in pregnancy, prop your back up on pillows so you are not lying flat.
        """,
        "muscles": [
            ("rhomboid-major", "stabilises"),
            ("rhomboid-minor", "stabilises"),
        ],
    },
    {
        "slug": "wall-chair",
        "english_name": "Wall chair",
        "sanskrit_name": "Utkaṭāsana at the wall",
        "summary": "With your back against a wall, slide a little way down it, as if onto a high seat.",
        "category": "standing",
        "level": "beginner",
        "hold_min_seconds": 15,
        "hold_max_seconds": 60,
        "tags": ["wall", "strengthening", "legs"],
        "image_alt": "Line drawing of a figure standing with the back flat against a wall, slid a little way down with the knees slightly bent and the hands on the thighs.",
        "steps": """
            1. Stand with your back against a wall and your feet hip-width apart, about a step away
               from it.
            2. Breathe out and slide a little way down the wall, bending your knees. Keep your
               knees over your ankles and in line with your toes.
            3. Let the back of your head, your shoulders and your lower back rest against the wall.
               Rest your hands on your thighs.
            4. Hold for 15 seconds to a minute, breathing steadily.
            5. Press into your feet and slide back up the wall.
        """,
        "benefits": """
            - Strengthens the fronts of the thighs (quadriceps) and the buttocks, with the wall
              holding your back.
            - Practises bending the knees and hips with a long back.
        """,
        "cautions": """
            - Slide only a little way down; the knees should stay comfortable.
            - Keep your hips above your knees.
            - Keep breathing; hold it briefly if you have high blood pressure.
            - Come up if your back or knees ache.
        """,
        "modifications": """
            - Make the bend in the knees smaller and the hold shorter.
            - Stand a little nearer the wall.
        """,
        "muscles": [
            ("erector-spinae", "stabilises"),
        ],
    },
]

# (from pose, to pose, direction, kind of support, what changes), read from the first pose.
# fmt: off
VARIATIONS = [
    ("cobra", "sphinx", "easier", "range", "Rest on your forearms, so the lower back bends less."),
    ("sphinx", "cobra", "harder", "range", "Hands under the shoulders and elbows bent, so the lower back bends further; still keep it low."),
    ("childs-pose", "supported-childs-pose", "easier", "bolster", "Rest your chest on a bolster, so you fold less and the support takes your weight."),
    ("supported-childs-pose", "childs-pose", "harder", "bolster", "Fold all the way down to the floor, a deeper forward bend."),
    ("cat-cow", "chair-cat-cow", "easier", "chair", "Sit on a chair, so no weight rests on your wrists or knees."),
    ("chair-cat-cow", "cat-cow", "harder", "chair", "Come onto your hands and knees, which puts weight on the wrists and knees."),
    ("lying-spinal-twist", "bent-knee-lying-twist", "easier", "cushion", "Keep both knees bent and together and rest them on a cushion, a smaller twist."),
    ("bent-knee-lying-twist", "lying-spinal-twist", "harder", "cushion", "Take one knee across on its own, with nothing under it, a fuller twist."),
    ("lying-spinal-twist", "chair-twist", "easier", "chair", "Sit on a chair and turn the chest while sitting tall, with no getting down to the floor."),
    ("chair-twist", "lying-spinal-twist", "harder", "chair", "Lie on the floor and let one knee fall across the body, a longer, deeper twist."),
    ("bent-knee-lying-twist", "knee-sways", "easier", "range", "Sway the knees only a little way from side to side instead of resting them down."),
    ("knee-sways", "bent-knee-lying-twist", "harder", "range", "Lower both knees all the way to a cushion and stay there."),
    ("half-revolved-belly-pose", "knee-sways", "easier", "floor", "Keep your feet on the floor and sway the knees a little way, so the belly need not hold the legs up."),
    ("knee-sways", "half-revolved-belly-pose", "harder", "floor", "Lift the knees over the hips and lower them further, so the belly works to bring them back."),
    ("balancing-table", "table-leg-slide", "easier", "floor", "Slide one leg back along the floor and keep both hands down, so nothing is lifted."),
    ("table-leg-slide", "balancing-table", "harder", "floor", "Lift the leg to hip height and reach the opposite arm forward, a harder balance."),
    ("handstand", "wall-l-handstand", "easier", "wall", "Walk your feet up a wall to an upside-down L instead of kicking up to balance."),
    ("wall-l-handstand", "handstand", "harder", "wall", "Kick up to balance with the whole body upright; learn it only with a teacher."),
    ("triangle", "triangle-with-chair", "easier", "chair", "Rest your hand on the seat of a chair, so the side-bend stays small."),
    ("triangle-with-chair", "triangle", "harder", "chair", "Rest the hand on your leg, lower down, with a wider stance."),
    ("lunge", "supported-low-lunge", "easier", "block", "Rest your hands on blocks and keep the lunge short, so the back can stay relaxed."),
    ("supported-low-lunge", "lunge", "harder", "block", "Come up to kneeling with the arms raised, a deeper lunge with nothing to lean on."),
    ("lunge", "high-lunge", "harder", "floor", "Lift the back knee off the floor, so your legs and back hold you up."),
    ("high-lunge", "lunge", "easier", "floor", "Put the back knee down on the floor, so you balance more easily."),
    ("fish", "supported-fish", "easier", "cushion", "Lie back over a folded blanket with your head down, so you lift nothing."),
    ("supported-fish", "fish", "harder", "cushion", "Lift the chest on your forearms without a support, a stronger backbend."),
    ("chair", "wall-chair", "easier", "wall", "Lean your back on a wall and bend the knees only a little."),
    ("wall-chair", "chair", "harder", "wall", "Stand away from the wall and sit further back, with the arms raised."),
]
# fmt: on
