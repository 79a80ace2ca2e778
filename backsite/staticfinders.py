"""Static files from the installed apps, less what Backsite never serves.

django-ninja ships two documentation viewers; the API's docs use Swagger UI, so ReDoc's 4 MB are
left out of collectstatic (and so out of every deploy's compression work).
"""

from django.contrib.staticfiles import finders

UNUSED = ["ninja/redoc*"]


class AppDirectoriesFinder(finders.AppDirectoriesFinder):
    def list(self, ignore_patterns):
        return super().list([*(ignore_patterns or []), *UNUSED])
