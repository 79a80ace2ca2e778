"""Create an editor (or reviewer) account for the admin, or give an existing one a new password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

from backsite.models import ReviewerProfile

EDITORS_GROUP = "Editors"
REVIEWERS_GROUP = "Reviewers"


class Command(BaseCommand):
    help = (
        "Create a staff account in the Editors group with a new random password and print it once. "
        "If the account already exists, it gets a new password (the old one stops working). "
        "Sign in with it at the admin: /admin/, or the address ADMIN_PATH sets. With --reviewer "
        "the account also joins the Reviewers group: it may publish, approve editors' changes "
        "and record reviews."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--username",
            help='The account name to create or reset (default: "editor", or "reviewer").',
        )
        parser.add_argument(
            "--reviewer",
            action="store_true",
            help="Also make the account a reviewer (the Reviewers group).",
        )
        parser.add_argument(
            "--display-name",
            default="",
            help="A reviewer's name as visitors read it under a reviewed page.",
        )
        parser.add_argument(
            "--credentials",
            default="",
            help='A reviewer\'s credentials as visitors read them: "Physiotherapist, MCSP".',
        )

    def handle(self, *args, username=None, reviewer=False, display_name="", credentials="", **o):
        username = (username or ("reviewer" if reviewer else "editor")).strip()
        if not username:
            raise CommandError("Give a username, for example --username editor.")
        names = [EDITORS_GROUP, REVIEWERS_GROUP] if reviewer else [EDITORS_GROUP]
        groups = list(Group.objects.filter(name__in=names))
        if len(groups) != len(names):
            missing = sorted(set(names) - {group.name for group in groups})
            raise CommandError(
                f'The "{missing[0]}" group does not exist yet: '
                'run "python manage.py migrate" first.'
            )

        User = get_user_model()
        password = secrets.token_urlsafe(18)
        with transaction.atomic():
            user, created = User.objects.get_or_create(**{User.USERNAME_FIELD: username})
            user.is_staff = True
            user.is_active = True
            user.set_password(password)
            user.save()
            user.groups.add(*groups)
            if reviewer and (display_name.strip() or credentials.strip()):
                ReviewerProfile.objects.update_or_create(
                    user=user,
                    defaults={
                        "display_name": display_name.strip() or username,
                        "credentials": credentials.strip(),
                    },
                )

        action = "Created" if created else "Reset the password of"
        role = "reviewer" if reviewer else "editor"
        self.stdout.write(self.style.SUCCESS(f'{action} the {role} account "{username}".'))
        self.stdout.write(f"Password (shown only this once): {password}")
        admin = reverse("admin:index")
        self.stdout.write(
            f"Sign in at {admin} on the running site, for example http://127.0.0.1:8000{admin}"
        )
