"""Pose addresses that moved: the old address answers with a permanent redirect to the new one.

A minimal table until renames keep their own history; a pose that takes an old address again wins.
"""

MOVED = {
    # Balancing table took the address of its English name, like every other pose.
    "samabhasana": "balancing-table",
}
