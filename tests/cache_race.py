"""A visitor who arrives while an editor's change is being saved (run by test_page_cache_race.py).

Run as ``python -m tests.cache_race``, in a process of its own with a SQLite file and a file cache
(given through DATABASE_URL and CACHE_URL): the editor saves in the main thread, the visitor asks
for the page from another thread, with its own database connection, before the commit. Prints one
JSON line: what the visitor saw between the save and the commit, and after.
"""

import json
import threading

import django

OLD, NEW = "A low backbend.", "A low backbend on the forearms."


def visit(url):
    """One anonymous request, in a thread of its own (so with its own database connection)."""
    from django.db import connection
    from django.test import Client

    seen = {}

    def run():
        response = Client(HTTP_HOST="localhost").get(url)
        text = response.content.decode()
        seen.update(
            status=response.status_code,
            cache=response.get("X-Page-Cache"),
            summary="new" if NEW in text else "old" if OLD in text else "none",
        )
        connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    return seen


def main():
    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from tests.factories import PoseFactory

    call_command("migrate", verbosity=0)
    pose = PoseFactory(english_name="Sphinx", slug="sphinx", summary=OLD)
    url = pose.get_absolute_url()
    seen = {}
    with transaction.atomic():
        pose.summary = NEW
        pose.save()
        seen["between"] = visit(url)  # the change is saved but not yet committed
    seen["after"] = visit(url)
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
