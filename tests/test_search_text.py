"""The words search compares: one normalisation for documents and queries, on both databases."""

import pytest
from django.db import connection
from hypothesis import given, settings
from hypothesis import strategies as st

from backsite.search.excerpts import WORD, _spans, excerpt, highlight, matches
from backsite.search.text import (
    PREFIX_MIN_LENGTH,
    name_document,
    query_terms,
    stem,
    text_document,
    words,
)
from backsite.search.trigram import closest, similarity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Child’s pose", ["childs", "pose"]),
        ("Child's pose", ["childs", "pose"]),
        ("Cat–cow flow", ["cat", "cow", "flow"]),
        ("cat-cow", ["cat", "cow"]),
        ("Bhujaṅgāsana", ["bhujangasana"]),
        ("Ærø's œuvre", ["aeros", "oeuvre"]),
        ("'; DROP TABLE x; --", ["drop", "table", "x"]),
        ("a\x00b\x1bc", ["a", "b", "c"]),
        ("😀 % _", []),
    ],
)
def test_words_fold_accents_join_apostrophes_and_split_on_marks(text, expected):
    assert words(text) == expected


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("hamstrings", "hamstring"),
        ("stretches", "stretch"),
        ("poses", "pose"),
        ("bodies", "body"),
        ("aches", "ache"),
        ("knees", "knee"),
        ("vertebrae", "vertebra"),
        ("lats", "lat"),
    ],
)
def test_plurals_and_singulars_meet(plural, singular):
    assert stem(plural) == stem(singular)


@pytest.mark.parametrize("word", ["latissimus", "trapezius", "sciatica", "iliocostalis", "abs"])
def test_words_that_only_look_plural_are_kept(word):
    assert stem(word) in (word, word[:-1]) and stem(word) == stem(word)


def test_names_also_hold_each_pair_of_words_run_together():
    assert name_document("Cat–cow flow").split() == ["cat", "cow", "flow", "catcow", "cowflow"]
    assert {"childpos", "childspos"} <= set(name_document("Child's pose").split())


def test_text_documents_read_html_as_text():
    assert text_document("<p>Stretch the <em>hamstrings</em> &amp; breathe</p>") == (
        "stretch the hamstring breath"
    )


def test_queries_drop_filler_words_unless_nothing_else_is_left():
    assert query_terms("how do I ease my lower back?") == ("eas", "lower", "back")
    assert query_terms("the") == ("the",)
    assert len(query_terms(" ".join(f"w{i}" for i in range(30)))) == 8


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("cobbra", "cobra"), ("trinagl", "triangl"), ("bhujangsana", "bhujangasana")],
)
def test_the_closest_word_is_chosen(typed, meant):
    assert closest(typed, ["cobra", "triangl", "bhujangasana", "chair", "fish"]) == meant


def test_nothing_close_gives_nothing():
    assert closest("xqzvk", ["cobra", "triangl"]) is None


PAIRS = [
    ("cobbra", "cobra"),
    ("trinagl", "triangl"),
    ("bhujangsana", "bhujangasana"),
    ("twsit", "twist"),
    ("headstand", "handstand"),
    ("neck", "deck"),
    ("a", "ab"),
    ("lat", "lats"),
]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with pg_trgm itself")
def test_trigram_similarity_agrees_with_pg_trgm():
    with connection.cursor() as cursor:
        for first, second in PAIRS:
            cursor.execute("SELECT similarity(%s, %s)", [first, second])
            (expected,) = cursor.fetchone()
            assert similarity(first, second) == pytest.approx(expected, abs=1e-6), (first, second)


def test_highlight_escapes_everything_but_its_own_marks():
    marked = highlight('<img src=x onerror="alert(1)"> cobra', ("cobra",))
    assert marked == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>cobra</mark>"


def test_highlight_marks_both_halves_of_a_run_together_word():
    assert highlight("Cat–cow flow", ("catcow",)) == "<mark>Cat</mark>–<mark>cow</mark> flow"


def test_excerpt_starts_near_the_first_match():
    text = "Lie down. " * 40 + "Then stretch the hamstrings slowly." + " Rest." * 40
    cut = excerpt(text, ("hamstring",))
    assert cut.startswith("… ") and cut.endswith(" …")
    assert "<mark>hamstrings</mark>" in cut
    assert len(cut) < 260


def _every_word_spans(text, terms):
    """The plain definition _spans must agree with: look at every word of the text, and at every
    word with its neighbour, as the search itself reads them."""
    terms = tuple(terms)
    exact = set(terms)
    prefix = terms[-1] if len(terms[-1]) >= PREFIX_MIN_LENGTH else None
    heads = {term[:i] for term in terms for i in range(1, len(term) + 1)}
    spans, previous = [], None
    for match in WORD.finditer(text):
        plain = "".join(words(match.group()))
        stemmed = stem(plain)
        if plain and (stemmed in exact or (prefix and plain.startswith(prefix))):
            spans.append(match.span())
        if previous and plain and (previous[1] in heads or previous[2] in heads):
            joined = previous[1] + plain
            starts = prefix and len(previous[1]) < len(prefix) and joined.startswith(prefix)
            if stem(joined) in exact or stem(previous[2] + plain) in exact or starts:
                spans.extend([previous[0], match.span()])
        previous = (match.span(), plain, stemmed)
    return sorted(set(spans))


VOCABULARY = [
    "Cat", "cats", "cow", "Cows", "catcow", "Child’s", "child's", "childs", "Pose", "poses",
    "posture", "bodies", "body", "Bhujaṅgāsana", "bhujangasana", "Ærø", "STRETCHES", "stretch",
    "low", "lower", "Back", "backs", "ß", "İstanbul", "K", "x_y", "2", "²", "a", "as", "asana",
    "Āsana", "e", "é",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "–", "-", ", ", ". ", "\n", "’", "'", "_", "/", "<b>"]


HYPOTHESIS = settings(max_examples=300, deadline=None)


@HYPOTHESIS
@given(
    text=st.lists(
        st.tuples(st.sampled_from(VOCABULARY) | st.text(max_size=6), st.sampled_from(SEPARATORS)),
        max_size=30,
    ).map(lambda pairs: "".join(word + separator for word, separator in pairs)),
    query=st.lists(st.sampled_from(VOCABULARY) | st.text(max_size=6), min_size=1, max_size=3),
)
def test_marked_words_are_those_every_word_would_give(text, query):
    """Only candidate words are looked at (a pattern picks them); the marks must not change."""
    terms = query_terms(" ".join(query))
    if not terms:
        return
    expected = _every_word_spans(text, terms)
    assert matches(text, terms) == expected, (text, terms)
    first = _spans(text, terms, first_only=True)
    assert (first[0][0] if first else None) == (expected[0][0] if expected else None)
