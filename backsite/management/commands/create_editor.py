"""Create an editor account for the admin, or give an existing one a new password."""

import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse

EDITORS_GROUP = "Editors"


class Command(BaseCommand):
    help = (
        "Create a staff account in the Editors group with a new random password and print it once. "
        "If the account already exists, it gets a new password (the old one stops working). "
        "Sign in with it at the admin: /admin/, or the address ADMIN_PATH sets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--username",
            default="editor",
            help='The account name to create or reset (default: "editor").',
        )

    def handle(self, *args, username, **options):
        username = username.strip()
        if not username:
            raise CommandError("Give a username, for example --username editor.")
        try:
            editors = Group.objects.get(name=EDITORS_GROUP)
        except Group.DoesNotExist:
            raise CommandError(
                f'The "{EDITORS_GROUP}" group does not exist yet: '
                'run "python manage.py migrate" first.'
            ) from None

        User = get_user_model()
        password = secrets.token_urlsafe(18)
        with transaction.atomic():
            user, created = User.objects.get_or_create(**{User.USERNAME_FIELD: username})
            user.is_staff = True
            user.is_active = True
            user.set_password(password)
            user.save()
            user.groups.add(editors)

        action = "Created" if created else "Reset the password of"
        self.stdout.write(self.style.SUCCESS(f'{action} the editor account "{username}".'))
        self.stdout.write(f"Password (shown only this once): {password}")
        admin = reverse("admin:index")
        self.stdout.write(
            f"Sign in at {admin} on the running site, for example http://127.0.0.1:8000{admin}"
        )
