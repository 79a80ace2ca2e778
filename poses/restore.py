"""After import_content restores a backup: make the pose images' web renditions, which backups
leave out because they are made from the originals."""

from django.core.management import call_command

from backsite.signals import content_restored


def remake_renditions(sender, stdout=None, **kwargs):
    call_command("make_renditions", verbosity=0, stdout=stdout)


content_restored.connect(remake_renditions, dispatch_uid="poses-remake-renditions")
