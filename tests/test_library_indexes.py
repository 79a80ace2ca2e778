"""The library's queries walk an index in the library's order, on SQLite and on PostgreSQL, so a
page at any depth, filtered or not, never sorts every pose (see scripts/bench.py for the timing)."""

import pytest
from django.db import connection, transaction

from poses.filters import PoseFilterForm
from poses.models import Pose
from poses.sitemaps import PoseSitemap
from tests.factories import PoseFactory

PAGE = slice(120, 132)  # page 11: the database skips ten pages of rows first


def library(**filters):
    form = PoseFilterForm(filters)
    form.keep_recognised()
    return form.apply(Pose.objects.published())


def plan(queryset):
    """The database's plan for the query. On PostgreSQL, scanning the table and sorting are made a
    last resort: a test table is so small that they would otherwise always win, and the question
    is whether an index can give the rows in the list's order at all."""
    if connection.vendor == "postgresql":
        with transaction.atomic(), connection.cursor() as cursor:
            for method in ("seqscan", "bitmapscan", "sort"):
                cursor.execute(f"SET LOCAL enable_{method} = off")
            return queryset.explain()
    return queryset.explain()


def uses_index_in_order(text, index):
    if connection.vendor == "postgresql":
        return f"using {index}" in text.lower() and "Sort" not in text
    return f"INDEX {index}" in text and "TEMP B-TREE FOR ORDER BY" not in text


@pytest.fixture
def poses(db):
    for n in range(30):
        PoseFactory(english_name=f"Pose {n:02d}", category="standing", level="beginner")


@pytest.mark.parametrize(
    "filters, index",
    [
        ({}, "pose_library_idx"),
        ({"category": "standing"}, "pose_library_category_idx"),
        ({"level": "beginner"}, "pose_library_level_idx"),
    ],
)
def test_a_library_page_is_read_from_an_index_in_order(poses, filters, index):
    text = plan(library(**filters)[PAGE])
    assert uses_index_in_order(text, index), text


def test_the_library_total_is_counted_from_an_index(poses):
    queryset = library().order_by()
    if connection.vendor == "postgresql":
        text = plan(queryset.values("pk"))
        assert "Index Only Scan" in text or "Index Scan" in text, text
    else:
        text = queryset.values("pk").explain()
        assert "COVERING INDEX" in text, text


def test_a_sitemap_page_is_read_from_an_index_in_order(poses):
    text = plan(PoseSitemap().items()[PAGE])
    assert uses_index_in_order(text, "pose_sitemap_idx"), text
