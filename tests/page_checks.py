"""What every public page must carry, checked from the HTML the server sends."""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.contrib.staticfiles import finders

DATA_BLOCKS = {"application/json", "application/ld+json"}


class PageOutline(HTMLParser):
    """Collects headings, meta tags, links and landmarks from a page."""

    def __init__(self):
        super().__init__()
        self.headings = []
        self.meta = {}
        self.canonical = None
        self.title = ""
        self.landmarks = []
        self.inline_scripts = 0
        self.inline_styles = 0
        self.event_attributes = []
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        elif tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.meta[key] = attrs.get("content", "")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")
        elif tag in {"header", "main", "footer", "nav"}:
            self.landmarks.append(tag)
        elif tag == "script" and "src" not in attrs and attrs.get("type") not in DATA_BLOCKS:
            # Data blocks (json_script, JSON-LD) are not run; anything else inline would need
            # unsafe-inline.
            self.inline_scripts += 1
        elif tag == "style":
            self.inline_styles += 1
        if "style" in attrs:
            self.inline_styles += 1
        self.event_attributes += [name for name in attrs if name.startswith("on")]
        if tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in = None

    def handle_data(self, data):
        if self._in == "title":
            self.title += data


def outline(response):
    parser = PageOutline()
    parser.feed(response.content.decode())
    return parser


def assert_good_page(response, *, canonical=True):
    """One h1, headings that never skip a level, metadata for search and sharing, a strict-CSP
    friendly page (no inline script, style or event handler), and the landmarks."""
    page = outline(response)
    assert page.headings.count(1) == 1, page.headings
    assert page.headings[0] == 1
    for before, after in zip(page.headings, page.headings[1:], strict=False):
        assert after <= before + 1, page.headings
    assert page.title.strip()
    assert page.meta.get("description")
    for key in ("og:title", "og:description", "og:type", "og:site_name"):
        assert page.meta.get(key), key
    if canonical:
        assert page.canonical and page.canonical.startswith("http")
        assert page.meta.get("og:url") == page.canonical
    assert {"header", "main", "footer", "nav"} <= set(page.landmarks)
    assert page.inline_scripts == 0
    assert page.inline_styles == 0
    assert page.event_attributes == []
    assert 'href="#main"' in response.content.decode()
    return page


BACK_MAP = re.compile(
    rb'<link rel="stylesheet" href="[^"]*back-map[^"]*">\s*<figure class="back-map.*?</figure>',
    re.S,
)


def back_map_markup(html):
    """The back map's markup in a page (bytes), or b"" where the page has no map."""
    found = BACK_MAP.search(html)
    return found.group(0) if found else b""


def back_map_weight(html):
    """Bytes the back map adds to a page before compression: markup, stylesheet and script."""
    markup = back_map_markup(html)
    if not markup:
        return 0
    assets = ["css/back-map.css"] + (["js/back-map.js"] if b"back-map.js" in markup else [])
    return len(markup) + sum(Path(finders.find(name)).stat().st_size for name in assets)
