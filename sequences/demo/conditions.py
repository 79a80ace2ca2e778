# ruff: noqa: E501  (prose reads better unwrapped than split at an arbitrary column)
"""Backsite's founding safety content: conditions, their sources, each pose's movements and verdicts.

Editing guide:
- Conditions are recognised by slug, like the rest of the founding content: an entry whose slug is
  already in the database is left as the editors keep it.
- MOVEMENTS lists, for each founding pose, the slugs of the spinal movements and loads it involves
  (the fixed list in poses/migrations/0004_movements.py).
- VERDICTS gives, for each pose and condition: the rating ("fine", "adapt" or "avoid"), what to change,
  the slug of a gentler pose (used only once that pose exists) and a short note. Be conservative:
  when in doubt, "adapt" or "avoid", and say where the evidence is mixed. Never promise a cure.
"""

NHS_BACK_PAIN = ("NHS: Back pain", "https://www.nhs.uk/conditions/back-pain/")
NICE_NG59 = (
    "NICE guideline NG59: Low back pain and sciatica in over 16s",
    "https://www.nice.org.uk/guidance/ng59",
)

# --- Site page: the red-flag page, "Should I see a doctor first?"

PAGES = [
    {
        "slug": "see-a-doctor",
        "title": "Should I see a doctor first?",
        "body": """
            Most back pain is not caused by anything serious and gets better with time and gentle
            movement. But some signs mean you should get advice **before** you try any pose on
            Backsite, and a few mean you need help **straight away**.

            ## Call 999 or go to A&E now if back pain comes with

            - loss of control of your bladder or bowels, or being unable to pass urine;
            - numbness or tingling around your genitals or buttocks;
            - weakness or numbness in both legs, or legs that suddenly give way;
            - chest pain, or pain after a serious fall or accident.

            ## Ask your GP or call NHS 111 before you practise if

            - the pain began after a fall or an injury, however small it seemed;
            - you also have a high temperature, or feel hot and shivery;
            - you have lost weight without trying;
            - you have had cancer, or have a weakened immune system;
            - the pain is worse at night, or does not ease when you rest or change position;
            - the pain is in the middle or top of your back, or spreads into your chest;
            - pain, numbness or tingling spreads down a leg or an arm and is getting worse;
            - you are under 20 or over 55 and this is the first time your back has hurt like this;
            - you have been told you have osteoporosis, or have had a fracture from a minor bump;
            - the pain has not started to improve after a few weeks.

            ## Stop practising and ask for advice if

            - a pose gives you sharp, pinching or burning pain, or pain that spreads;
            - numbness, tingling or weakness appears anywhere;
            - you feel dizzy, faint, short of breath, or pressure in your head or eyes.

            Backsite cannot examine you and does not diagnose or treat. If you are unsure, ask
            first: a GP, a physiotherapist or your midwife would much rather answer a question than
            see an injury. The conditions pages list the warning signs that are particular to each.
        """,
    },
]

# --- Conditions, in the order visitors see them

CONDITIONS = [
    {
        "slug": "acute-low-back-pain",
        "name": "Acute low back pain (the first weeks)",
        "short_name": "acute back pain",
        "order": 1,
        "description": "A new bout of pain in the lower back, in its first few weeks. It is very common and usually settles with time, gentle movement and simple pain relief.",
        "helps": """
            - Keeping as active as you can, and carrying on with daily life. Resting in bed for long
              tends to slow recovery.
            - Gentle, small movements within the range that feels easy, a little and often.
            - Changing position regularly, and resting in a comfortable, supported position when you
              need to.
            - Exercise guided by a physiotherapist if the pain lasts beyond a few weeks; UK guidance
              recommends exercise as part of care for low back pain.
        """,
        "careful": """
            - Deep forward folds, deep backbends and strong twists while the back is sore: keep
              every movement small.
            - Holding any position for long; come out and move gently instead.
            - Inversions and anything with a risk of falling.
            - Pushing through pain. A mild stretch is fine; sharp or spreading pain is not.
        """,
        "red_flags": """
            - Pain that is getting steadily worse rather than settling after a few weeks.
            - Pain that keeps you awake at night, or is there even when you lie still.
        """,
        "sources": [NHS_BACK_PAIN, NICE_NG59],
    },
    {
        "slug": "sciatica-disc",
        "name": "Sciatica or a disc problem",
        "short_name": "sciatica",
        "order": 2,
        "description": "Pain, tingling or numbness running from the lower back down a leg, often from an irritated nerve or a bulging (slipped) disc. It is often worse when bending forward or sitting.",
        "helps": """
            - Staying active and keeping walking, within what the pain allows.
            - Gentle movements that do not make the leg symptoms worse. Many people with a disc
              problem find gentle backward bending eases leg pain, while forward bending aggravates
              it; others find the opposite. The evidence is mixed: follow what your own leg tells
              you.
            - Exercise guided by a physiotherapist; it is part of the care UK guidance recommends.
        """,
        "careful": """
            - Rounding the lower back deeply, especially bending forward and twisting at once.
            - Anything that makes pain, numbness or tingling spread further down the leg. Pain
              that moves back up towards the back is usually a better sign than pain that spreads
              out.
            - Long holds in one position.
        """,
        "red_flags": """
            - Numbness around the genitals or buttocks, or changes in bladder or bowel control:
              get medical help straight away.
            - Sciatica in both legs, or weakness in a foot or leg that is getting worse.
        """,
        "sources": [
            ("NHS: Sciatica", "https://www.nhs.uk/conditions/sciatica/"),
            ("NHS: Slipped disc", "https://www.nhs.uk/conditions/slipped-disc/"),
            NICE_NG59,
        ],
    },
    {
        "slug": "stenosis",
        "name": "Spinal stenosis or spondylolisthesis",
        "short_name": "stenosis",
        "order": 3,
        "description": "Narrowing of the spaces around the nerves in the spine (stenosis), or one vertebra slipped forward on another (spondylolisthesis). Both are often worse bending backward or standing tall, and easier bending a little forward.",
        "helps": """
            - Positions that round the lower back a little, such as sitting, or lying with the
              knees bent, often ease the legs.
            - Gentle strengthening of the belly and legs, and keeping active, for example walking
              or cycling, within comfort.
            - A programme from a physiotherapist who knows your diagnosis.
        """,
        "careful": """
            - Bending backward: backbends such as cobra and fish often aggravate these conditions.
            - Standing or lying with the lower back strongly arched.
            - Strong twists and deep side-bends, especially with spondylolisthesis.
        """,
        "red_flags": """
            - Leg pain, numbness or weakness when walking that is getting worse, or walking
              distance that keeps shrinking.
            - Numbness around the genitals or buttocks, or changes in bladder or bowel control:
              get medical help straight away.
        """,
        "sources": [
            ("NHS: Spinal stenosis", "https://www.nhs.uk/conditions/spinal-stenosis/"),
            ("NHS: Spondylolisthesis", "https://www.nhs.uk/conditions/spondylolisthesis/"),
            NHS_BACK_PAIN,
        ],
    },
    {
        "slug": "osteoporosis",
        "name": "Osteoporosis or osteopenia",
        "short_name": "osteoporosis",
        "order": 4,
        "description": "Bones that have become thinner and more fragile, so they break more easily, sometimes in the spine. Exercise is encouraged: the aim is to move in ways that strengthen bones without loading the spine awkwardly.",
        "helps": """
            - Regular activity: the national osteoporosis charity stresses that the benefits of
              exercise outweigh the risks for most people, and that fear should not stop you.
            - Strengthening the back muscles that hold you upright; gentle back-extension
              exercises are often recommended.
            - Balance practice, near a wall or a chair, to reduce the risk of falls.
            - Bending at the hips and knees with a long back when you reach down or lift.
        """,
        "careful": """
            - Rounding the spine forward under load, especially rounding and twisting at once, and
              repeated deep forward bends.
            - Twisting to the end of your range, or pushing further with your hands.
            - Anything with a risk of falling: inversions, and balances away from support.
            - If you have had a fracture in the spine, ask a physiotherapist which movements suit
              you.
        """,
        "red_flags": """
            - Sudden, severe back pain after a minor bump, a cough or a sneeze, or a loss of height:
              it can be a fracture in the spine. Stop and see your GP.
        """,
        "sources": [
            (
                "Royal Osteoporosis Society: exercise and safe movement for bone health",
                "https://theros.org.uk/",
            ),
            ("NHS: Osteoporosis", "https://www.nhs.uk/conditions/osteoporosis/"),
        ],
    },
    {
        "slug": "pregnancy",
        "name": "Pregnancy",
        "short_name": "pregnancy",
        "order": 5,
        "description": "Being pregnant changes your balance, loosens your joints and, as the bump grows, changes which positions are comfortable and safe. Staying active is recommended for most pregnancies.",
        "helps": """
            - Keeping up gentle, regular activity, as NHS guidance recommends for most
              pregnancies. Tell any teacher that you are pregnant and how many weeks.
            - Moving on hands and knees, which many people find eases the back in pregnancy.
            - Supporting yourself with a wall, a chair or cushions, and widening your knees to give
              the bump room.
        """,
        "careful": """
            - Lying flat on your back for long, especially after about 16 weeks: it can make you
              feel faint. Lie on your side instead.
            - Lying on your front once the bump has grown, and deep twists that squeeze the belly.
            - Overstretching: the hormones of pregnancy loosen the joints.
            - Anything with a risk of falling, and getting very hot or out of breath.
        """,
        "red_flags": """
            - Bleeding, fluid from the vagina, pain in the belly, a headache or changes in your
              sight, dizziness or feeling faint, chest pain, or calf pain or swelling: stop and
              call your midwife or maternity unit.
            - Back pain with a fever, bleeding or pain passing urine, or pain that comes and goes
              regularly: call your midwife.
        """,
        "sources": [
            (
                "NHS: Exercise in pregnancy",
                "https://www.nhs.uk/pregnancy/keeping-well/exercise/",
            ),
            NHS_BACK_PAIN,
        ],
    },
    {
        "slug": "high-blood-pressure-glaucoma",
        "name": "High blood pressure or glaucoma",
        "short_name": "high blood pressure or glaucoma",
        "order": 6,
        "description": "Raised pressure in the blood vessels, or in the eye. Positions with the head below the heart, and straining or holding the breath, can raise these pressures further for a while.",
        "helps": """
            - Regular, moderate activity, which is part of looking after blood pressure.
            - Keeping the breath flowing, and keeping the head at or above the level of the heart.
            - Coming up slowly from lying or bending, to avoid feeling dizzy.
        """,
        "careful": """
            - Inversions and any position with the head below the heart.
            - Holding your breath or straining, and long, hard holds of strong poses.
            - Raising the arms overhead for long if your blood pressure is not well controlled.
        """,
        "red_flags": """
            - A severe headache, chest pain, shortness of breath, or sudden changes in your sight:
              stop and get medical help straight away.
            - Eye pain or redness with blurred sight or haloes around lights: get urgent help.
        """,
        "sources": [
            (
                "NHS: High blood pressure",
                "https://www.nhs.uk/conditions/high-blood-pressure-hypertension/",
            ),
            ("NHS: Glaucoma", "https://www.nhs.uk/conditions/glaucoma/"),
        ],
    },
    {
        "slug": "recent-back-surgery",
        "name": "Recent back surgery",
        "short_name": "recent back surgery",
        "order": 7,
        "description": "An operation on the spine in the past months, such as a decompression, a discectomy or a fusion. What is safe depends on the operation and your surgeon's advice, and changes as you heal.",
        "helps": """
            - Following the exercises and limits your surgeon and physiotherapist give you. They
              come before anything on Backsite.
            - Walking and gentle, gradual activity as your team advises.
            - Neutral, stabilising exercises, once you have been told you can start them.
        """,
        "careful": """
            - Bending, lifting and twisting in the first weeks and months, unless your team has
              said otherwise.
            - Getting down to and up from the floor; roll to your side and use your arms.
            - Any pose your team has not cleared for you. If you are unsure, wait and ask.
        """,
        "red_flags": """
            - Redness, swelling, discharge or heat around the wound, or a fever.
            - New or worsening leg pain, numbness or weakness, or changes in bladder or bowel
              control: contact your surgical team straight away.
        """,
        "sources": [
            (
                "NHS: Lumbar decompression surgery",
                "https://www.nhs.uk/conditions/lumbar-decompression-surgery/",
            ),
            NHS_BACK_PAIN,
        ],
    },
    {
        "slug": "wrists",
        "name": "Wrist problems",
        "short_name": "sore wrists",
        "order": 8,
        "description": "Pain, stiffness or weakness in the wrists, from arthritis, carpal tunnel syndrome or an old injury. Poses that put your weight on your hands can aggravate them.",
        "helps": """
            - Taking the weight on your fists or your forearms instead of flat hands.
            - Doing the same movement sitting or standing, with your hands resting on your legs or
              a chair.
            - Spreading the load: a folded mat under the heel of the hand eases the bend.
        """,
        "careful": """
            - Holding your weight on bent wrists for long.
            - Balances on the hands, such as a handstand.
        """,
        "red_flags": """
            - Numbness, tingling or weakness in the hand that is getting worse, or a wrist that is
              swollen, hot or misshapen after a fall.
        """,
        "sources": [
            ("NHS: Hand pain", "https://www.nhs.uk/conditions/hand-pain/"),
            (
                "NHS: Carpal tunnel syndrome",
                "https://www.nhs.uk/conditions/carpal-tunnel-syndrome/",
            ),
        ],
    },
    {
        "slug": "knees",
        "name": "Knee problems",
        "short_name": "sore knees",
        "order": 9,
        "description": "Painful, stiff or unstable knees, from arthritis, an old injury or a knee replacement. Kneeling and deep knee bends are often the hard parts.",
        "helps": """
            - Padding under the knees: a folded blanket or a cushion.
            - Doing kneeling movements sitting on a chair instead.
            - Keeping the knee in line with the toes when it bends, and bending only a little.
        """,
        "careful": """
            - Kneeling on a hard floor, and sitting back on the heels.
            - Deep knee bends, and twisting on a bent knee.
        """,
        "red_flags": """
            - A knee that is hot, swollen and red, that locks or gives way, or that you cannot put
              weight on.
        """,
        "sources": [("NHS: Knee pain", "https://www.nhs.uk/conditions/knee-pain/")],
    },
    {
        "slug": "hip-replacement",
        "name": "Hip replacement",
        "short_name": "a hip replacement",
        "order": 10,
        "description": "An artificial hip joint. In the months after the operation, some positions, such as bending the hip deeply or crossing the leg over the other, may be off limits; your surgical team will tell you which.",
        "helps": """
            - The exercises your physiotherapist gives you; they come first.
            - Gentle strengthening of the buttocks and legs, and walking, as your team advises.
            - Chairs and supports that keep the hip higher than the knee.
        """,
        "careful": """
            - Bending the hip deeply, beyond a right angle, in the first months.
            - Crossing the operated leg over the middle of the body, and twisting on it.
            - Kneeling and getting down to the floor until you have been cleared.
            - Whatever limits your surgical team gave you: they depend on how the operation was
              done, and they outrank anything here.
        """,
        "red_flags": """
            - Sudden pain in the hip with the leg looking shorter or turned: the joint may have
              dislocated. Do not move it; get help straight away.
            - Redness, heat or discharge around the scar, a fever, or calf pain and swelling.
        """,
        "sources": [("NHS: Hip replacement", "https://www.nhs.uk/conditions/hip-replacement/")],
    },
]

# --- The spinal movements and loads of each founding pose

MOVEMENTS = {
    "cat-cow": ["flexion", "extension", "wrist-load", "kneeling"],
    "childs-pose": ["flexion", "kneeling", "head-below-heart"],
    "cobra": ["extension", "prone"],
    "lying-spinal-twist": ["rotation", "supine"],
    "balancing-table": ["neutral", "wrist-load", "kneeling"],
    "half-revolved-belly-pose": ["rotation", "supine"],
    "handstand": ["spinal-load", "head-below-heart", "wrist-load"],
    "triangle": ["side-bend", "rotation"],
    "lunge": ["extension", "kneeling"],
    "fish": ["extension", "supine"],
    "chair": ["neutral", "spinal-load"],
}

# --- Verdicts: pose -> condition -> (rating, what to change, gentler pose slug or None, note)

HANDSTAND_NOTE = (
    "Not for people with back problems: kicking up, landing and falling all strain the back."
)

VERDICTS = {
    "cat-cow": {
        "acute-low-back-pain": (
            "fine",
            "",
            None,
            "Keep the movement small and slow; stay where it is easy.",
        ),
        "sciatica-disc": (
            "adapt",
            "Keep the rounded “cat” small, or leave it out if rounding sends pain down the leg; move only in the direction that feels easy.",
            None,
            "Forward rounding often irritates a disc.",
        ),
        "stenosis": (
            "adapt",
            "Keep the hollow “cow” very small, or leave it out and move between cat and a flat back.",
            None,
            "Bending backward often aggravates stenosis.",
        ),
        "osteoporosis": (
            "adapt",
            "Round only a little in “cat”, and never push it; or do the movement sitting, as in chair cat–cow.",
            "chair-cat-cow",
            "",
        ),
        "pregnancy": (
            "fine",
            "",
            None,
            "Many people find it eases the back in pregnancy. Do not let the belly sag in “cow”.",
        ),
        "high-blood-pressure-glaucoma": (
            "fine",
            "",
            None,
            "Keep breathing; lift the head a little rather than letting it hang for long.",
        ),
        "recent-back-surgery": (
            "adapt",
            "Only once your surgeon or physiotherapist has cleared it: keep the back flat and move very little, or sit on a chair for chair cat–cow.",
            "chair-cat-cow",
            "Your surgical team's advice comes first.",
        ),
        "wrists": (
            "adapt",
            "Come onto your fists or forearms, or do it sitting, as in chair cat–cow.",
            "chair-cat-cow",
            "",
        ),
        "knees": (
            "adapt",
            "Put a folded blanket under your knees, or do it sitting, as in chair cat–cow.",
            "chair-cat-cow",
            "",
        ),
        "hip-replacement": (
            "adapt",
            "Only once you are cleared to kneel; otherwise do it sitting, as in chair cat–cow.",
            "chair-cat-cow",
            "",
        ),
    },
    "childs-pose": {
        "acute-low-back-pain": (
            "adapt",
            "Rest your chest on a bolster or a stack of cushions, with a cushion under your hips; skip it if folding forward sharpens the pain.",
            "supported-childs-pose",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Use a high support under your chest so you fold only a little; skip it if leg pain or tingling increases.",
            "supported-childs-pose",
            "Deep forward folds often aggravate a disc.",
        ),
        "stenosis": (
            "fine",
            "",
            None,
            "Gentle forward bending often eases stenosis. Support your hips if they do not reach your heels.",
        ),
        "osteoporosis": (
            "adapt",
            "Keep the spine long on a bolster or cushions rather than rounding down to the floor.",
            "supported-childs-pose",
            "Deep rounding of the spine is best avoided.",
        ),
        "pregnancy": (
            "adapt",
            "Widen your knees to give the bump room, and rest your chest on cushions.",
            "supported-childs-pose",
            "",
        ),
        "high-blood-pressure-glaucoma": (
            "adapt",
            "Rest your forehead on stacked fists or a cushion so your head stays level with your heart, and come up slowly.",
            "supported-childs-pose",
            "",
        ),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "A deep forward fold; leave it out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": (
            "fine",
            "",
            None,
            "Lay your arms beside your legs if reaching forward bothers your wrists.",
        ),
        "knees": (
            "adapt",
            "Place a thick cushion between your thighs and calves, or rest on your back with your knees bent instead.",
            "supported-childs-pose",
            "",
        ),
        "hip-replacement": (
            "avoid",
            "",
            None,
            "It bends the hips well beyond a right angle, which is usually off limits in the first months.",
        ),
    },
    "cobra": {
        "acute-low-back-pain": (
            "adapt",
            "Stay low and short, or rest on your forearms in sphinx; stop if the pain sharpens or spreads.",
            "sphinx",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Stay low, or use sphinx on your forearms. Come out if pain spreads down the leg.",
            "sphinx",
            "Some people with a disc problem find gentle backbends ease leg pain; others do not. The evidence is mixed.",
        ),
        "stenosis": (
            "avoid",
            "",
            "childs-pose",
            "Bending backward narrows the spaces around the nerves and often aggravates stenosis.",
        ),
        "osteoporosis": (
            "fine",
            "",
            None,
            "Gentle back-strengthening like this is often recommended; keep it low and lie down and get up carefully.",
        ),
        "pregnancy": (
            "avoid",
            "",
            "cat-cow",
            "Lying on your front is not advised once the bump grows.",
        ),
        "high-blood-pressure-glaucoma": (
            "fine",
            "",
            None,
            "Keep breathing throughout; do not hold your breath.",
        ),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "Leave backbends out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": (
            "adapt",
            "Rest on your forearms in sphinx, or lift without pressing into the hands.",
            "sphinx",
            "",
        ),
        "knees": ("fine", "", None, "Put a folded blanket under your knees if the floor is hard."),
        "hip-replacement": (
            "adapt",
            "Only once you are cleared to lie on your front and to get up from the floor.",
            None,
            "",
        ),
    },
    "lying-spinal-twist": {
        "acute-low-back-pain": (
            "adapt",
            "Keep both knees bent and together and let them sway only a little, with a cushion where they land.",
            "knee-sways",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Twist only a little, knees together and supported; stop if leg pain increases.",
            "bent-knee-lying-twist",
            "Twisting with the back rounded can irritate a disc.",
        ),
        "stenosis": (
            "adapt",
            "Keep the twist small and supported, with both knees bent.",
            "bent-knee-lying-twist",
            "",
        ),
        "osteoporosis": (
            "adapt",
            "Keep the twist small, let a cushion take the knee, and never press it down.",
            "knee-sways",
            "Twisting to the end of your range is best avoided.",
        ),
        "pregnancy": (
            "avoid",
            "",
            "chair-twist",
            "Lying on your back for long is not advised later in pregnancy, and deep twists squeeze the belly.",
        ),
        "high-blood-pressure-glaucoma": ("fine", "", None, "Keep the breath easy."),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "Leave twists out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": ("fine", "", None, ""),
        "knees": ("fine", "", None, "Put a cushion under the knee so it has somewhere to rest."),
        "hip-replacement": (
            "avoid",
            "",
            "chair-twist",
            "The knee crosses the middle of the body, which is usually off limits after a hip replacement.",
        ),
    },
    "balancing-table": {
        "acute-low-back-pain": (
            "adapt",
            "Lift only the leg, or slide it back along the floor, and keep the back level.",
            None,
            "",
        ),
        "sciatica-disc": (
            "fine",
            "",
            None,
            "A steady, level back suits most disc problems; stop if leg symptoms increase.",
        ),
        "stenosis": (
            "adapt",
            "Keep the lower back from sagging: lift the leg only a little, or slide it along the floor.",
            None,
            "",
        ),
        "osteoporosis": (
            "fine",
            "",
            None,
            "Steadying the spine like this is widely used; pad your knees.",
        ),
        "pregnancy": (
            "fine",
            "",
            None,
            "Lift only the arm or only the leg if you feel less steady.",
        ),
        "high-blood-pressure-glaucoma": (
            "fine",
            "",
            None,
            "Keep breathing; do not hold your breath.",
        ),
        "recent-back-surgery": (
            "adapt",
            "Only as your physiotherapist advises, often starting by lifting just one arm or sliding one leg.",
            None,
            "Stabilising exercises are often part of rehabilitation, at the right time.",
        ),
        "wrists": ("adapt", "Come onto your fists or forearms.", None, ""),
        "knees": (
            "adapt",
            "Put a folded blanket under your knees; skip it if kneeling hurts.",
            None,
            "",
        ),
        "hip-replacement": (
            "adapt",
            "Only once you are cleared to kneel; start by lifting only the arm.",
            None,
            "",
        ),
    },
    "half-revolved-belly-pose": {
        "acute-low-back-pain": (
            "adapt",
            "Keep your feet on the floor and let your bent knees sway gently from side to side.",
            "knee-sways",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Keep your feet on the floor and the sway small; stop if leg pain increases.",
            "knee-sways",
            "",
        ),
        "stenosis": ("adapt", "Keep your feet on the floor and the sway small.", "knee-sways", ""),
        "osteoporosis": (
            "adapt",
            "Keep your feet on the floor and the sway small, without pushing.",
            "knee-sways",
            "Twisting to the end of your range is best avoided.",
        ),
        "pregnancy": (
            "avoid",
            "",
            "chair-twist",
            "Lying on your back for long is not advised later in pregnancy, and lifting both legs strains the belly.",
        ),
        "high-blood-pressure-glaucoma": ("fine", "", None, "Keep breathing as the knees move."),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "Leave twists out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": ("fine", "", None, ""),
        "knees": (
            "fine",
            "",
            None,
            "Hold a cushion between the knees if that is more comfortable.",
        ),
        "hip-replacement": (
            "avoid",
            "",
            "chair-twist",
            "It bends the hips to a right angle and turns them, which may be off limits in the first months.",
        ),
    },
    "handstand": {
        "acute-low-back-pain": ("avoid", "", "childs-pose", HANDSTAND_NOTE),
        "sciatica-disc": ("avoid", "", "childs-pose", HANDSTAND_NOTE),
        "stenosis": ("avoid", "", "childs-pose", HANDSTAND_NOTE),
        "osteoporosis": ("avoid", "", None, "A fall from a handstand could break a bone."),
        "pregnancy": (
            "avoid",
            "",
            None,
            "Inversions and anything with a risk of falling are not advised in pregnancy.",
        ),
        "high-blood-pressure-glaucoma": (
            "avoid",
            "",
            None,
            "The head is far below the heart, which raises the pressure in the head and eyes.",
        ),
        "recent-back-surgery": ("avoid", "", None, HANDSTAND_NOTE),
        "wrists": ("avoid", "", None, "All your weight rests on bent wrists."),
        "knees": (
            "avoid",
            "",
            "childs-pose",
            "Kicking up and landing jar the knees, and it is not a pose for a sore back.",
        ),
        "hip-replacement": ("avoid", "", None, "A fall could dislocate the new joint."),
    },
    "triangle": {
        "acute-low-back-pain": (
            "adapt",
            "Shorten your stance and rest your hand high on the shin, a block or a chair; come up slowly.",
            "triangle-with-chair",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Rest your hand high, on a chair, so your back stays long rather than rounding.",
            "triangle-with-chair",
            "Stop if pain spreads down the leg.",
        ),
        "stenosis": (
            "adapt",
            "Keep the side-bend small and your hand high, on a chair.",
            "triangle-with-chair",
            "",
        ),
        "osteoporosis": (
            "adapt",
            "Practise beside a wall or with a chair for balance, and reach only a little way.",
            "triangle-with-chair",
            "",
        ),
        "pregnancy": (
            "adapt",
            "Shorten your stance, use a chair for balance and do not stretch as far as you could before.",
            "triangle-with-chair",
            "",
        ),
        "high-blood-pressure-glaucoma": (
            "adapt",
            "Look forward or down rather than up, keep the hand high, and come up slowly.",
            "triangle-with-chair",
            "",
        ),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "A side-bend with a twist; leave it out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": ("fine", "", None, "Rest the hand lightly on the leg rather than pressing down."),
        "knees": (
            "adapt",
            "Keep the front knee softly bent and the stance short.",
            "triangle-with-chair",
            "",
        ),
        "hip-replacement": (
            "adapt",
            "Only once cleared; keep the stance short and the turn of the hips small, with a chair for support.",
            "triangle-with-chair",
            "",
        ),
    },
    "lunge": {
        "acute-low-back-pain": (
            "adapt",
            "Make the lunge short and shallow, with your hands on your thigh or a chair.",
            "supported-low-lunge",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Keep it shallow with your hands on a chair; stop if leg pain increases.",
            "supported-low-lunge",
            "",
        ),
        "stenosis": (
            "adapt",
            "Keep it shallow and tuck your tailbone, so the lower back does not arch; hands on your thigh.",
            "supported-low-lunge",
            "Arching the lower back often aggravates stenosis.",
        ),
        "osteoporosis": (
            "adapt",
            "Keep it shallow, with a chair beside you for balance.",
            "supported-low-lunge",
            "",
        ),
        "pregnancy": (
            "adapt",
            "Keep it shallow with a chair beside you for balance, and pad the back knee.",
            "supported-low-lunge",
            "",
        ),
        "high-blood-pressure-glaucoma": (
            "fine",
            "",
            None,
            "Keep your hands on your thigh rather than raising them for long, and keep breathing.",
        ),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "Getting down to the floor and arching the back; leave it out until your team says otherwise.",
        ),
        "wrists": ("fine", "", None, "Keep your hands on your thigh rather than on the floor."),
        "knees": (
            "adapt",
            "Pad the back knee well, keep the front knee over the ankle, and skip it if kneeling hurts.",
            "supported-low-lunge",
            "",
        ),
        "hip-replacement": (
            "adapt",
            "Only once you are cleared to kneel; keep it shallow with a chair beside you.",
            "supported-low-lunge",
            "",
        ),
    },
    "fish": {
        "acute-low-back-pain": (
            "adapt",
            "Use supported fish: a folded blanket under your shoulder blades and your head resting down.",
            "supported-fish",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Use supported fish, and lift only as far as feels easy.",
            "supported-fish",
            "",
        ),
        "stenosis": ("avoid", "", None, "A backbend; bending backward often aggravates stenosis."),
        "osteoporosis": (
            "adapt",
            "Use supported fish, with a low support and your head resting on a cushion; never take weight on your head.",
            "supported-fish",
            "",
        ),
        "pregnancy": (
            "avoid",
            "",
            None,
            "A backbend lying on your back, which is not advised as pregnancy goes on.",
        ),
        "high-blood-pressure-glaucoma": (
            "adapt",
            "Use supported fish with your head on a cushion, level with your chest, and come up slowly.",
            "supported-fish",
            "Letting the head drop back lowers it below the heart.",
        ),
        "recent-back-surgery": (
            "avoid",
            "",
            None,
            "Leave backbends out until your surgeon or physiotherapist says otherwise.",
        ),
        "wrists": (
            "fine",
            "",
            None,
            "The weight is in the forearms; rest your hands flat rather than bent.",
        ),
        "knees": ("fine", "", None, ""),
        "hip-replacement": ("fine", "", None, "Keep your knees bent and feet flat."),
    },
    "chair": {
        "acute-low-back-pain": (
            "adapt",
            "Bend your knees only a little, hands on your hips, or slide a little way down a wall.",
            "wall-chair",
            "",
        ),
        "sciatica-disc": (
            "adapt",
            "Keep the bend small and the back long; come out if leg pain increases.",
            "wall-chair",
            "",
        ),
        "stenosis": (
            "adapt",
            "Keep your hands on your hips and your lower back long rather than arched.",
            "wall-chair",
            "",
        ),
        "osteoporosis": (
            "adapt",
            "Stand near a wall or hold the back of a chair for balance, and bend from the hips with a long back.",
            "wall-chair",
            "",
        ),
        "pregnancy": (
            "adapt",
            "Keep the bend small, feet hip-width apart, with a wall or chair for balance.",
            "wall-chair",
            "",
        ),
        "high-blood-pressure-glaucoma": (
            "adapt",
            "Keep your hands on your hips, hold it briefly and keep breathing; do not strain.",
            None,
            "Long, hard holds can raise blood pressure.",
        ),
        "recent-back-surgery": (
            "adapt",
            "Only as your physiotherapist advises: a small bend with your back against a wall.",
            "wall-chair",
            "",
        ),
        "wrists": ("fine", "", None, ""),
        "knees": (
            "adapt",
            "Bend only a little, keep your knees over your toes, and come out if they ache.",
            "wall-chair",
            "",
        ),
        "hip-replacement": (
            "adapt",
            "Keep your hips above your knees: bend only a little, with a wall or chair for support.",
            "wall-chair",
            "",
        ),
    },
}

# --- The gentler and harder versions (sequences/demo/variations.py). Used only where those poses exist.

MOVEMENTS.update(
    {
        "sphinx": ["extension", "prone"],
        "supported-childs-pose": ["flexion", "kneeling"],
        "chair-cat-cow": ["flexion", "extension"],
        "chair-twist": ["rotation"],
        "bent-knee-lying-twist": ["rotation", "supine"],
        "table-leg-slide": ["neutral", "wrist-load", "kneeling"],
        "knee-sways": ["rotation", "supine"],
        "wall-l-handstand": ["spinal-load", "head-below-heart", "wrist-load"],
        "triangle-with-chair": ["side-bend"],
        "supported-low-lunge": ["extension", "kneeling"],
        "supported-fish": ["extension", "supine"],
        "wall-chair": ["neutral"],
        "high-lunge": ["extension"],
    }
)

WALL_L_NOTE = (
    "Still an inversion: the head is below the heart and the wrists and shoulders take your weight."
)

VERDICTS.update(
    {
        "sphinx": {
            "acute-low-back-pain": (
                "fine",
                "",
                None,
                "Stay low and short; come down if the pain sharpens or spreads.",
            ),
            "sciatica-disc": (
                "adapt",
                "Lift only a little, and come down if pain spreads down the leg.",
                None,
                "Some people with a disc problem find it eases leg pain; others do not. The evidence is mixed.",
            ),
            "stenosis": (
                "avoid",
                "",
                "supported-childs-pose",
                "Bending backward often aggravates stenosis, even this gently.",
            ),
            "osteoporosis": (
                "fine",
                "",
                None,
                "Gentle back extension like this is often recommended; get up from the floor carefully.",
            ),
            "pregnancy": (
                "avoid",
                "",
                "cat-cow",
                "Lying on your front is not advised once the bump grows.",
            ),
            "high-blood-pressure-glaucoma": ("fine", "", None, "Keep breathing throughout."),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Leave backbends out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, "The weight is on the forearms, not the wrists."),
            "knees": (
                "fine",
                "",
                None,
                "Put a folded blanket under your knees if the floor is hard.",
            ),
            "hip-replacement": (
                "adapt",
                "Only once you are cleared to lie on your front and to get up from the floor.",
                None,
                "",
            ),
        },
        "supported-childs-pose": {
            "acute-low-back-pain": (
                "fine",
                "",
                None,
                "Build the support high enough that nothing strains.",
            ),
            "sciatica-disc": (
                "adapt",
                "Keep the support high so you fold only a little; come out if leg pain or tingling increases.",
                None,
                "",
            ),
            "stenosis": ("fine", "", None, "Gentle forward bending often eases stenosis."),
            "osteoporosis": (
                "adapt",
                "Keep the bolster high so your spine stays long rather than rounded.",
                None,
                "",
            ),
            "pregnancy": ("fine", "", None, "Widen your knees to give the bump room."),
            "high-blood-pressure-glaucoma": (
                "fine",
                "",
                None,
                "Rest your head on the support, level with your heart, and come up slowly.",
            ),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "A forward fold; leave it out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, ""),
            "knees": (
                "adapt",
                "Place a thick cushion between your thighs and calves; skip it if kneeling hurts.",
                None,
                "",
            ),
            "hip-replacement": (
                "avoid",
                "",
                None,
                "It bends the hips well beyond a right angle, which is usually off limits in the first months.",
            ),
        },
        "chair-cat-cow": {
            "acute-low-back-pain": ("fine", "", None, "Keep the movement small and easy."),
            "sciatica-disc": (
                "adapt",
                "Keep the rounding small and favour the gentle lift; stop if pain spreads down the leg.",
                None,
                "",
            ),
            "stenosis": (
                "adapt",
                "Keep the lift of the chest small; rounding is usually the easier direction.",
                None,
                "",
            ),
            "osteoporosis": (
                "adapt",
                "Round only a little, and never push it.",
                None,
                "Deep rounding of the spine is best avoided.",
            ),
            "pregnancy": ("fine", "", None, "Sit with your knees apart to give the bump room."),
            "high-blood-pressure-glaucoma": ("fine", "", None, ""),
            "recent-back-surgery": (
                "adapt",
                "Only once your surgeon or physiotherapist has cleared it, and only a very small movement.",
                None,
                "Your surgical team's advice comes first.",
            ),
            "wrists": ("fine", "", None, "The hands rest on the knees."),
            "knees": ("fine", "", None, ""),
            "hip-replacement": (
                "fine",
                "",
                None,
                "Use a chair high enough that your hips stay above your knees.",
            ),
        },
        "chair-twist": {
            "acute-low-back-pain": (
                "adapt",
                "Sit tall and turn only a little; do not pull yourself round with your arms.",
                None,
                "",
            ),
            "sciatica-disc": (
                "adapt",
                "Sit tall, turn only a little, and stop if leg pain increases.",
                None,
                "Twisting with the back rounded can irritate a disc.",
            ),
            "stenosis": ("adapt", "Sit tall and keep the turn small.", None, ""),
            "osteoporosis": (
                "adapt",
                "Turn gently while sitting tall, never pulling to the end of your range.",
                None,
                "Twisting to the end of your range is best avoided.",
            ),
            "pregnancy": (
                "fine",
                "",
                None,
                "Turn from the upper back and keep it gentle, so the belly is not squeezed.",
            ),
            "high-blood-pressure-glaucoma": ("fine", "", None, ""),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Leave twists out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": (
                "fine",
                "",
                None,
                "Rest the hands lightly rather than pushing on the chair.",
            ),
            "knees": ("fine", "", None, ""),
            "hip-replacement": (
                "adapt",
                "Keep your knees and hips facing forward and turn only the upper body, as your team allows.",
                None,
                "",
            ),
        },
        "bent-knee-lying-twist": {
            "acute-low-back-pain": (
                "adapt",
                "Lower the knees only a little way, onto a high cushion.",
                "knee-sways",
                "",
            ),
            "sciatica-disc": (
                "adapt",
                "Keep it small, with a high cushion; stop if leg pain increases.",
                "knee-sways",
                "",
            ),
            "stenosis": ("adapt", "Keep it small and supported.", "knee-sways", ""),
            "osteoporosis": (
                "adapt",
                "Keep it small and let the cushion take the knees; never press them down.",
                "knee-sways",
                "Twisting to the end of your range is best avoided.",
            ),
            "pregnancy": (
                "avoid",
                "",
                "chair-twist",
                "Lying on your back for long is not advised later in pregnancy.",
            ),
            "high-blood-pressure-glaucoma": ("fine", "", None, ""),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Leave twists out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, ""),
            "knees": ("fine", "", None, "Hold a cushion between the knees if that is easier."),
            "hip-replacement": (
                "avoid",
                "",
                "chair-twist",
                "It turns the hips with the knees bent, which may be off limits in the first months.",
            ),
        },
        "table-leg-slide": {
            "acute-low-back-pain": ("fine", "", None, "Keep the back level and the slide short."),
            "sciatica-disc": ("fine", "", None, "Stop if leg symptoms increase."),
            "stenosis": ("fine", "", None, "Keep the lower back from sagging."),
            "osteoporosis": (
                "fine",
                "",
                None,
                "Steadying the spine like this is widely used; pad your knees.",
            ),
            "pregnancy": ("fine", "", None, "Keep the belly gently drawn in and the back level."),
            "high-blood-pressure-glaucoma": ("fine", "", None, "Keep breathing."),
            "recent-back-surgery": (
                "adapt",
                "Only as your physiotherapist advises.",
                None,
                "Stabilising exercises are often part of rehabilitation, at the right time.",
            ),
            "wrists": ("adapt", "Come onto your fists or forearms.", None, ""),
            "knees": (
                "adapt",
                "Put a folded blanket under your knees; skip it if kneeling hurts.",
                None,
                "",
            ),
            "hip-replacement": ("adapt", "Only once you are cleared to kneel.", None, ""),
        },
        "knee-sways": {
            "acute-low-back-pain": ("fine", "", None, "Keep the sway small and slow."),
            "sciatica-disc": ("fine", "", None, "Keep it small; stop if leg pain increases."),
            "stenosis": ("fine", "", None, "Lying with the knees bent often eases the back."),
            "osteoporosis": ("fine", "", None, "Keep the sway small, without pushing."),
            "pregnancy": (
                "adapt",
                "Keep it short lying on your back, and later in pregnancy sit on a chair and turn gently instead.",
                "chair-twist",
                "Lying flat on your back for long is not advised after about 16 weeks.",
            ),
            "high-blood-pressure-glaucoma": ("fine", "", None, ""),
            "recent-back-surgery": (
                "adapt",
                "Only once your surgeon or physiotherapist has cleared it, and only a very small sway.",
                None,
                "",
            ),
            "wrists": ("fine", "", None, ""),
            "knees": ("fine", "", None, ""),
            "hip-replacement": (
                "adapt",
                "Keep the sway very small, as your team allows, and skip it if turning the hip is off limits for you.",
                None,
                "",
            ),
        },
        "wall-l-handstand": {
            "acute-low-back-pain": ("avoid", "", "supported-childs-pose", WALL_L_NOTE),
            "sciatica-disc": ("avoid", "", "supported-childs-pose", WALL_L_NOTE),
            "stenosis": ("avoid", "", "supported-childs-pose", WALL_L_NOTE),
            "osteoporosis": (
                "avoid",
                "",
                None,
                "Loading the arms and spine upside down, with a risk of falling.",
            ),
            "pregnancy": (
                "avoid",
                "",
                None,
                "Inversions and anything with a risk of falling are not advised in pregnancy.",
            ),
            "high-blood-pressure-glaucoma": (
                "avoid",
                "",
                None,
                "The head is below the heart, which raises the pressure in the head and eyes.",
            ),
            "recent-back-surgery": ("avoid", "", None, WALL_L_NOTE),
            "wrists": ("avoid", "", None, "Your weight rests on bent wrists."),
            "knees": ("avoid", "", "supported-childs-pose", WALL_L_NOTE),
            "hip-replacement": (
                "avoid",
                "",
                None,
                "Walking the feet up the wall bends the hips deeply, with a risk of falling.",
            ),
        },
        "triangle-with-chair": {
            "acute-low-back-pain": (
                "adapt",
                "Keep the stance short and come up slowly, leading with the top arm.",
                None,
                "",
            ),
            "sciatica-disc": (
                "adapt",
                "Keep your back long rather than rounded, and stop if pain spreads down the leg.",
                None,
                "",
            ),
            "stenosis": ("adapt", "Keep the side-bend small.", None, ""),
            "osteoporosis": ("fine", "", None, "The chair steadies you; reach only a little way."),
            "pregnancy": (
                "fine",
                "",
                None,
                "Use the chair for balance and do not stretch as far as you could before.",
            ),
            "high-blood-pressure-glaucoma": (
                "fine",
                "",
                None,
                "Look forward or down, and come up slowly.",
            ),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "A side-bend; leave it out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, "Rest the hand lightly on the seat."),
            "knees": ("adapt", "Keep the front knee softly bent and the stance short.", None, ""),
            "hip-replacement": (
                "adapt",
                "Only once cleared; keep the stance short and the turn of the hips small.",
                None,
                "",
            ),
        },
        "supported-low-lunge": {
            "acute-low-back-pain": (
                "adapt",
                "Keep it short and shallow, with the hands on the blocks.",
                None,
                "",
            ),
            "sciatica-disc": ("adapt", "Keep it shallow; stop if leg pain increases.", None, ""),
            "stenosis": (
                "adapt",
                "Tuck your tailbone so the lower back does not arch, and keep it shallow.",
                None,
                "Arching the lower back often aggravates stenosis.",
            ),
            "osteoporosis": (
                "fine",
                "",
                None,
                "The blocks steady you; get down and up carefully.",
            ),
            "pregnancy": ("fine", "", None, "Pad the back knee and rest your hands on the blocks."),
            "high-blood-pressure-glaucoma": ("fine", "", None, "Keep breathing."),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Getting down to the floor and arching the back; leave it out until your team says otherwise.",
            ),
            "wrists": ("fine", "", None, "Rest the hands on the blocks rather than the floor."),
            "knees": (
                "adapt",
                "Pad the back knee well, keep the front knee over the ankle, and skip it if kneeling hurts.",
                None,
                "",
            ),
            "hip-replacement": ("adapt", "Only once you are cleared to kneel.", None, ""),
        },
        "supported-fish": {
            "acute-low-back-pain": ("fine", "", None, "Keep the support low and the knees bent."),
            "sciatica-disc": (
                "adapt",
                "Keep the support low and your knees bent; come out if leg pain increases.",
                None,
                "",
            ),
            "stenosis": (
                "adapt",
                "Keep the support low, under the shoulder blades only, with knees bent and feet flat so the lower back does not arch; come out if the legs tingle.",
                None,
                "Most of the bend is in the upper back, but stenosis is often worse bending backward.",
            ),
            "osteoporosis": (
                "fine",
                "",
                None,
                "Opening the upper back like this is often recommended; keep the support low and the head on a cushion.",
            ),
            "pregnancy": (
                "adapt",
                "Early in pregnancy, keep it short. Later, prop your back up on pillows so you are not lying flat.",
                None,
                "Lying flat on your back for long is not advised after about 16 weeks.",
            ),
            "high-blood-pressure-glaucoma": (
                "fine",
                "",
                None,
                "Rest your head on a cushion so it is not below your chest.",
            ),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Leave backbends out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, ""),
            "knees": ("fine", "", None, ""),
            "hip-replacement": ("fine", "", None, "Keep your knees bent and feet flat."),
        },
        "wall-chair": {
            "acute-low-back-pain": (
                "adapt",
                "Slide only a little way down, and come up if your back aches.",
                None,
                "",
            ),
            "sciatica-disc": (
                "adapt",
                "Keep the bend small; come up if leg pain increases.",
                None,
                "",
            ),
            "stenosis": ("fine", "", None, "Keep your back against the wall."),
            "osteoporosis": ("fine", "", None, "Strengthening the legs like this is encouraged."),
            "pregnancy": ("fine", "", None, "Keep the bend small and your feet hip-width apart."),
            "high-blood-pressure-glaucoma": (
                "adapt",
                "Hold it briefly, keep breathing, and do not strain.",
                None,
                "Long, hard holds can raise blood pressure.",
            ),
            "recent-back-surgery": (
                "adapt",
                "Only as your physiotherapist advises: a small bend.",
                None,
                "",
            ),
            "wrists": ("fine", "", None, ""),
            "knees": (
                "adapt",
                "Bend only a little, keep your knees over your toes, and come up if they ache.",
                None,
                "",
            ),
            "hip-replacement": (
                "adapt",
                "Keep your hips above your knees: slide only a little way down.",
                None,
                "",
            ),
        },
        "high-lunge": {
            "acute-low-back-pain": (
                "adapt",
                "Keep the back knee down, as in low lunge, until your back has settled; stop if the pain sharpens.",
                "supported-low-lunge",
                "",
            ),
            "sciatica-disc": (
                "adapt",
                "Keep the stance short and the lower back long; come out if pain spreads down the leg.",
                "supported-low-lunge",
                "",
            ),
            "stenosis": (
                "adapt",
                "Tuck your tailbone so the lower back does not arch, and keep the lunge shallow.",
                "supported-low-lunge",
                "Arching the lower back often aggravates stenosis.",
            ),
            "osteoporosis": (
                "adapt",
                "Keep a hand on a steady chair or a wall so you cannot lose your balance.",
                "supported-low-lunge",
                "A fall is the main risk; the pose itself strengthens the legs.",
            ),
            "pregnancy": (
                "adapt",
                "Keep a hand on a wall or chair and shorten the stance.",
                "supported-low-lunge",
                "Balance changes as the bump grows.",
            ),
            "high-blood-pressure-glaucoma": (
                "fine",
                "",
                None,
                "Keep breathing; do not hold your breath to stay up.",
            ),
            "recent-back-surgery": (
                "avoid",
                "",
                None,
                "Leave it out until your surgeon or physiotherapist says otherwise.",
            ),
            "wrists": ("fine", "", None, "The hands rest on the hips."),
            "knees": (
                "adapt",
                "Keep the front knee over the ankle and bend it less; come up if it aches.",
                "supported-low-lunge",
                "",
            ),
            "hip-replacement": (
                "adapt",
                "Only once you are cleared for it: keep the stance short and the hips facing forward.",
                None,
                "",
            ),
        },
    }
)
