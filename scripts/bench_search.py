"""Time the site search on the demo content, then with 10,000 extra poses.

    .venv/bin/python scripts/bench_search.py                     # SQLite, in var/bench/
    .venv/bin/python scripts/bench_search.py --database postgres://postgres@127.0.0.1:5432/bench

The database given is emptied first and left with the benchmark's content: give it a scratch one.
Each search is a real GET through Django (view, queries, template), timed in this process, so the
figures are server time without the network. It prints the median and 95th percentile per query,
the server's CPU time (this process, which includes SQLite, plus the PostgreSQL process serving it
when that runs on this machine: a fair figure on a busy machine, where wall-clock time mostly
measures the wait for a core), the SQL queries per page, and fails if the slowest median CPU time
at full size is over the target.
"""

import argparse
import functools
import os
import random
import secrets
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "cobra",  # a name
    "cat-cow",  # punctuation
    "child’s pose",  # a curly apostrophe
    "bird dog",  # an alias
    "lower back",  # words from the text
    "hamstrings",  # a plural, from the text
    "cobbra",  # a typo: the correction path
    "qqqzzz",  # nothing at all: the suggestion path
    "pose",  # matches almost everything
    "back",  # another broad one
    "sciatica",  # a condition
]
TARGET_MS = 50
RUNS = 9
WORDS = [
    "gentle",
    "supported",
    "reclined",
    "seated",
    "standing",
    "kneeling",
    "twisting",
    "bound",
    "open",
    "wide",
    "half",
    "extended",
    "revolved",
    "easy",
    "low",
    "high",
    "side",
    "forward",
    "lifted",
    "quiet",
    "steady",
]
PARTS = [
    "hip",
    "knee",
    "spine",
    "shoulder",
    "neck",
    "ankle",
    "wrist",
    "chest",
    "heel",
    "thigh",
    "rib",
    "belly",
    "arm",
    "leg",
]
SHAPES = [
    "bridge",
    "bow",
    "boat",
    "bird",
    "mountain",
    "tree",
    "moon",
    "star",
    "crane",
    "heron",
    "cat",
    "camel",
    "fish",
    "frog",
]
TEXT = (
    "Come onto your hands and knees with your wrists under your shoulders. Breathe in and lengthen "
    "the spine; breathe out and let the lower back soften. Keep the neck long and the jaw loose. "
    "Stop if pain sharpens or spreads down a leg, or if you feel numbness or tingling. A folded "
    "blanket under the knees helps. Hold for five slow breaths, then rest."
)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a scratch database URL (default: SQLite in var/bench)")
    parser.add_argument("--extra", type=int, default=10_000, help="poses to add (10000)")
    return parser.parse_args()


def setup(database):
    if database is None:
        folder = ROOT / "var" / "bench"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search.sqlite3").unlink(missing_ok=True)
        database = f"sqlite:///{folder / 'search.sqlite3'}"
    # DEBUG off, as in production (no query log); the key only lives for this run. Pages are not
    # cached, so every search runs; what every page shares (the library's filter counts, the header)
    # is kept per content generation as in production and in bench.py.
    os.environ.update(
        DATABASE_URL=database, DEBUG="0", PAGE_CACHE_SECONDS="0", CONTENT_CACHE_SECONDS="600"
    )
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backsite.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("flush", interactive=False, verbosity=0)
    from sequences.demo.loader import DemoLoader

    DemoLoader().load()


def extra_poses(count):
    from backsite.markdown import render_markdown
    from poses.models import Category, Pose

    rendered = functools.lru_cache(maxsize=None)(render_markdown)

    rng = random.Random(20261125)
    batch = []
    for number in range(count):
        name = f"{rng.choice(WORDS).title()} {rng.choice(PARTS)} {rng.choice(SHAPES)}"
        pose = Pose(
            english_name=name,
            sanskrit_name=f"{rng.choice(SHAPES).title()}āsana",
            aliases=f"{rng.choice(WORDS)} {rng.choice(SHAPES)}" if number % 3 == 0 else "",
            slug=f"bench-{number}",
            summary=f"A {rng.choice(WORDS)} pose for the {rng.choice(PARTS)}.",
            steps="\n".join(f"{i}. {s}." for i, s in enumerate(TEXT.split(". "), start=1)),
            cautions=f"Take care with a sore {rng.choice(PARTS)}.",
            category=rng.choice(Category.values),
            is_published=True,
        )
        for field in pose.markdown_fields:  # the same few texts repeat: render each once
            setattr(pose, f"{field}_html", rendered(getattr(pose, field)))
        pose.derive_search_fields()
        batch.append(pose)
        if len(batch) == 1000:
            Pose.objects.bulk_create(batch)
            batch = []
    Pose.objects.bulk_create(batch)
    # bulk_create bypasses save(), which keeps search's word list for typos up to date.
    from backsite.search.schema import rebuild_vocabulary

    rebuild_vocabulary()
    from django.db import connection

    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load: statistics for the planner, and the GIN
        # indexes' pending entries merged (until then every search reads them one by one).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def database_cpu_ns(connection):
    """CPU time so far of the PostgreSQL process serving this connection, when it runs on this
    machine (its /proc/<pid>/schedstat); 0 for SQLite, which runs inside this process."""
    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def measure(label):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client = Client(HTTP_HOST="127.0.0.1")
    rows = []
    for page in ("search", "poses:list"):
        for query in QUERIES:
            url = f"{reverse(page)}?{urlencode({'q': query})}"
            client.get(url)  # warm up; the connection stays open (CONN_MAX_AGE)
            timings, cpu = [], []
            for _ in range(RUNS):
                database_before = database_cpu_ns(connection)
                with CaptureQueriesContext(connection) as queries:
                    start, start_cpu = time.perf_counter(), time.process_time()
                    response = client.get(url)
                    elapsed_cpu = time.process_time() - start_cpu
                    timings.append((time.perf_counter() - start) * 1000)
                database = (database_cpu_ns(connection) - database_before) / 1e6
                cpu.append(elapsed_cpu * 1000 + database)
                assert response.status_code == 200, (url, response.status_code)
            timings.sort()
            p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
            row = (page, query, statistics.median(timings), p95, statistics.median(cpu))
            rows.append((*row, len(queries)))
    print(f"\n{label} ({connection.vendor})")
    print(f"{'page':<8} {'query':<14} {'median ms':>9} {'p95 ms':>7} {'CPU ms':>7} {'queries':>7}")
    for page, query, median, p95, cpu_ms, count in rows:
        name = "search" if page == "search" else "library"
        print(f"{name:<8} {query:<14} {median:>9.1f} {p95:>7.1f} {cpu_ms:>7.1f} {count:>7}")
    return rows


def main():
    args = parse_args()
    setup(args.database)
    from poses.models import Pose

    demo = measure(f"Demo content: {Pose.objects.count()} poses")
    extra_poses(args.extra)
    full = measure(f"With {args.extra} extra poses: {Pose.objects.count()} poses")
    changed = [(a[:2], a[5], b[5]) for a, b in zip(demo, full, strict=True) if a[5] != b[5]]
    slowest = max(row[4] for row in full)
    print(f"\nSlowest median CPU time at full size: {slowest:.1f} ms (target {TARGET_MS} ms)")
    if changed:
        print(f"Query counts changed with the content: {changed}")
    return 1 if slowest > TARGET_MS or changed else 0


if __name__ == "__main__":
    sys.exit(main())
