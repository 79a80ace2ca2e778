#!/usr/bin/env python
"""Time the JSON API's pose list and a pose detail at demo size and with 10,000 more poses.

Each size gets its own scratch SQLite database in var/bench-api/. Requests go through Django's full
stack in this process (middleware included), so the figures are server time without the network.
It prints the p50 and p99 of the CPU time each request took in this process (SQLite runs in it
too), which other work on the machine barely disturbs, the p50 of wall-clock time, and the queries
per request.

    scripts/bench_api.py                 # demo size and +10,000 poses, 300 requests each
    ROUNDS=1000 EXTRA_POSES=100000 scripts/bench_api.py
"""

import os
import statistics
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
ROUNDS = int(os.environ.get("ROUNDS", "300"))
EXTRA = int(os.environ.get("EXTRA_POSES", "10000"))
SCRATCH = BASE / "var" / "bench-api"


def configure(label):
    SCRATCH.mkdir(parents=True, exist_ok=True)
    database = SCRATCH / f"{label}.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backsite.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["API_RATE_LIMIT"] = "0/minute"


def build(extra):
    from django.core.management import call_command

    from poses.models import Pose
    from sequences.demo.loader import DemoLoader

    call_command("migrate", verbosity=0)
    DemoLoader().load()
    template = Pose.objects.get(slug="cobra")
    poses = [
        Pose(
            english_name=f"Practice pose {n:06d}",
            sanskrit_name=f"Āsana {n}",
            search_name=f"practice pose {n:06d} asana {n}",
            slug=f"practice-pose-{n}",
            summary=template.summary,
            steps=template.steps,
            steps_html=template.steps_html,
            cautions=template.cautions,
            cautions_html=template.cautions_html,
            category=template.category,
            level=template.level,
            is_published=True,
        )
        for n in range(extra)
    ]
    Pose.objects.bulk_create(poses, batch_size=1000)


def measure(path):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(path, HTTP_HOST="127.0.0.1")  # warm up
    cpu, wall = [], []
    for _ in range(ROUNDS):
        start, start_cpu = time.perf_counter(), time.thread_time()
        response = client.get(path, HTTP_HOST="127.0.0.1")
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(path, HTTP_HOST="127.0.0.1")
    cpu.sort()
    p99 = cpu[min(len(cpu) - 1, int(len(cpu) * 0.99))]
    return statistics.median(cpu), p99, statistics.median(wall), len(queries), len(response.content)


def main():
    import django

    label = sys.argv[1] if len(sys.argv) > 1 else None
    if label is None:
        # One child process per size, so each has a fresh Django and database.
        import subprocess

        print(
            f"{'content':<14}{'endpoint':<24}{'CPU p50 ms':>11}{'CPU p99 ms':>11}"
            f"{'wall p50 ms':>12}{'queries':>8}{'bytes':>7}"
        )
        for size in ("demo", "extra"):
            subprocess.run([sys.executable, __file__, size], check=True)  # noqa: S603 - this script
        return
    configure(label)
    django.setup()
    build(EXTRA if label == "extra" else 0)
    from poses.models import Pose

    count = Pose.objects.published().count()
    for path in ("/api/v1/poses/", "/api/v1/poses/?page=5", "/api/v1/poses/cobra/"):
        if "page=5" in path and count < 100:
            continue
        p50, p99, wall, queries, size = measure(path)
        print(
            f"{f'{count} poses':<14}{path:<24}{p50:>11.2f}{p99:>11.2f}{wall:>12.2f}"
            f"{queries:>8}{size:>7}"
        )


if __name__ == "__main__":
    main()
