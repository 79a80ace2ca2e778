# ruff: noqa: E501  (prose reads better unwrapped than split at an arbitrary column)
"""Backsite's founding trust content: the About and editorial policy pages, and founding reviews.

Editing guide:
- The founding pages are signed by the team that wrote them, as a team: never name a person or
  give credentials here that nobody holds. A reviewer with real credentials records their own
  review in the admin.
- Founding sources are the NHS and NICE pages the condition pages already cite (conditions.py),
  and only for pages whose advice they support (general back-pain exercise advice). Muscle pages
  are anatomy, which those pages do not cover, so they get no founding source.
"""

from .conditions import NHS_BACK_PAIN, NICE_NG59

PAGES = [
    {
        "slug": "about",
        "title": "About Backsite",
        "body": """
            Backsite helps people with back pain practise yoga gently and safely: a library of
            poses with their cautions and gentler versions, the muscles of the back layer by
            layer, and short sequences to follow at home.

            It is a companion to care, not a replacement for it. Backsite cannot examine your back
            or know your history. If your back pain is new, severe or getting worse, or you are
            not sure whether yoga suits you, ask your GP or a physiotherapist first, and read
            "Should I see a doctor first?" under My back.

            ## Who writes it

            Backsite's pages are written and kept up to date by its editorial team. Every page
            that gives advice says who last reviewed it, when, and which public sources it relies
            on. Our editorial policy, linked at the foot of every page, explains how a page is
            written, checked and corrected.

            ## What Backsite does not do

            - It does not diagnose or treat any condition.
            - It does not promise that a pose will cure back pain. Gentle movement helps many
              people; it does not help everyone, and some poses do not suit some backs.
            - It shows no advertising and asks for no personal details.
        """,
    },
    {
        "slug": "editorial-policy",
        "title": "How we write and check our pages",
        "body": """
            Backsite gives general guidance about yoga for people with back pain. Because it is
            health information, every page follows the same rules.

            ## Two pairs of eyes

            Editors write and change pages. A change to a published page is not shown to visitors
            until a **reviewer** has read it and approved it. Reviewers alone can publish a page or
            take it down.

            ## Who reviewed a page, and when

            Each pose, sequence, muscle and condition page says who last reviewed it, with their
            credentials where they have them, and the date. The founding pages are signed by the
            Backsite editorial team as a team: we do not claim clinical credentials we do not have.
            When a physiotherapist or another qualified professional reviews a page, the page names
            them and their registration.

            We review every page at least once a year, and sooner when the sources it relies on
            change.

            ## Sources

            Advice about back pain and about particular conditions follows public guidance from
            the NHS and from NICE, the National Institute for Health and Care Excellence. Each page
            lists the sources it relies on, so you can read them yourself. They say more, and
            better.

            ## How we write

            - Cautions come first, and say when to stop.
            - We say only what we can stand behind, and we say when evidence is mixed.
            - Where a pose does not suit a condition, we say so, and offer a gentler one where there
              is one.

            ## Corrections

            If you think a page is wrong or unclear, please tell us. We correct mistakes as soon as
            we can, and the page's review date shows when it was last checked.
        """,
    },
]

# Who signs the founding pages: the team that wrote them, with no credentials claimed.
FOUNDING_REVIEWER = {
    "reviewer_name": "Backsite editorial team",
    "reviewer_credentials": "",
    "reviewer_kind": "organisation",
    "note": "Founding content, reviewed by the team that wrote it before launch.",
}

# The sources each kind of founding page is reviewed against (title, address).
FOUNDING_SOURCES = {
    "pose": [NHS_BACK_PAIN, NICE_NG59],
    "sequence": [NHS_BACK_PAIN, NICE_NG59],
    "muscle": [],
    # A condition page lists its own sources beside the advice (conditions.py).
    "condition": [],
}
