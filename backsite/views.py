"""Pages that belong to the whole site: the home page, robots.txt and the error pages.

Like the root URLconf, this module sits above the apps: the home page shows a little of each."""

from django.conf import settings
from django.db.models import Count, Prefetch
from django.http import HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from anatomy.models import MuscleGroup
from sequences.models import Sequence, SequenceStep, Tip
from sequences.views import add_estimates

from .models import Page


class HomeView(TemplateView):
    template_name = "home.html"

    def get_context_data(self, **kwargs):
        pages = {page.slug: page for page in Page.objects.filter(slug__in=["home", "safety"])}
        sequences = Sequence.objects.published().prefetch_related(
            Prefetch("steps", queryset=SequenceStep.objects.select_related("pose"))
        )
        kwargs.update(
            introduction=pages.get("home"),
            safety=pages.get("safety"),
            sequences=add_estimates(sequences),
            # GROUP BY drops Meta.ordering, so the surface-inward order is asked for again.
            groups=MuscleGroup.objects.annotate(muscle_count=Count("muscles")).order_by("depth"),
            tips=Tip.objects.featured(),
        )
        return super().get_context_data(**kwargs)


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    # The admin is not listed: its address is configurable so that scanners do not find it.
    lines = [
        "User-agent: *",
        "Allow: /",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    # A missing pose is in no section, though its URL looks like one.
    context = {"request_path": request.path, "nav_section": ""}
    return HttpResponseNotFound(template.render(context, request))


def server_error(request):
    """Render the 500 page without the request: no context processor, no database, no session."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"SITE_NAME": settings.SITE_NAME}))
