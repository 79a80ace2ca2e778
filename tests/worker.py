"""Run the image worker in a test, as `make run` and `scripts/serve-production` start it."""

import signal

from django.core.management import call_command

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


def run_worker():
    """`manage.py db_worker --batch`: run every task that is due, then return.

    The command installs its own signal handlers (to stop between tasks); the test process gets
    its own back afterwards.
    """
    saved = {number: signal.getsignal(number) for number in SIGNALS}
    try:
        call_command("db_worker", "--batch", "--no-reload", "--no-startup-delay", verbosity=0)
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)
