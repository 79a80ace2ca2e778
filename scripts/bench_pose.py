#!/usr/bin/env python
"""Median server CPU of the uncached pose page at demo size, against the 5 ms target.

    scripts/bench_pose.py                  # 300 requests of /poses/cobra/
    BENCH_ROUNDS=1000 scripts/bench_pose.py
    scripts/bench_pose.py --profile        # cProfile of 200 requests: function calls per request
    scripts/bench_pose.py --profile tottime

It uses the founding content's scratch database that scripts/bench.py builds (var/bench/), and the
same settings: the whole stack in this process, page cache off, the content cache on. CPU time of
this process (Python and SQLite together) is the fair figure on a busy machine; the count of
function calls does not depend on the load at all.
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402

TARGET_MS = 5.0
PATH = "/poses/cobra/"


def demo_database():
    bench.SCRATCH.mkdir(parents=True, exist_ok=True)
    base = bench.SCRATCH / f"pages-base-{bench.fingerprint()}.sqlite3"
    if not base.exists():
        for old in bench.SCRATCH.glob("pages-base-*.sqlite3"):
            old.unlink()
        subprocess.run([sys.executable, bench.__file__, "--build-base", str(base)], check=True)  # noqa: S603
    return base


def main():
    database = demo_database()
    bench.setting_up(database)
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for _ in range(5):  # warm up: templates, the content cache
        assert client.get(PATH).status_code == 200
    rounds = int(os.environ.get("BENCH_ROUNDS", "300"))
    if "--profile" in sys.argv:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        for _ in range(200):
            client.get(PATH)
        profile.disable()
        stats = pstats.Stats(profile)
        print(f"function calls per request: {stats.total_calls / 200:.0f}")
        stats.sort_stats(sys.argv[-1] if sys.argv[-1] != "--profile" else "cumulative")
        stats.print_stats(45)
        return 0
    from django.db import connection, reset_queries

    connection.force_debug_cursor = True
    reset_queries()
    client.get(PATH)
    queries = len(connection.queries)
    connection.force_debug_cursor = False
    cpu = []
    for _ in range(rounds):
        start = time.process_time()
        response = client.get(PATH)
        cpu.append((time.process_time() - start) * 1000)
        assert response.status_code == 200
    median = statistics.median(cpu)
    verdict = "within" if median < TARGET_MS else "OVER"
    print(
        f"uncached pose page {PATH}, demo size: median CPU {median:.2f} ms over {rounds}"
        f" requests, {queries} queries ({verdict} the {TARGET_MS:.0f} ms target)"
    )
    # The first request after a content change renders everything kept per generation again.
    from backsite.cache import invalidate

    first = []
    for _ in range(max(rounds // 3, 1)):
        invalidate()
        start = time.process_time()
        response = client.get(PATH)
        first.append((time.process_time() - start) * 1000)
        assert response.status_code == 200
    print(
        f"  the first request after a content change: median CPU {statistics.median(first):.2f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
