"""Build your own practice: `/practice/build/`, a practice held entirely in its address.

``code`` reads and writes the address (``?p=v1,cobra:b:10,...&rounds=2``), ``practice`` turns it
into unsaved steps of real poses (timed, checked and played like a saved sequence), ``views`` are
the builder and its player.
"""
