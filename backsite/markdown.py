"""The one place editor-written Markdown becomes HTML.

Python-Markdown does not sanitise (raw HTML passes through, and ``attr_list`` lets an editor add any
attribute), so its output always goes through nh3 with an explicit allowlist before it is stored.
"""

import markdown as md
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "strong",
    "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "h5": {"id"}, "h6": {"id"},
    "td": {"align"}, "th": {"align"},
    "ol": {"start"},
}  # fmt: skip
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
EXTENSIONS = ["extra", "sane_lists", "smarty"]
# Column alignment as an `align` attribute, which the allowlist keeps (a `style` would be removed).
EXTENSION_CONFIGS = {"extra": {"tables": {"use_align_attribute": True}}}


def render_markdown(text: str) -> str:
    """Render editor Markdown to HTML that is safe to show to visitors."""
    if not text or not text.strip():
        return ""
    html = md.markdown(
        text, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS, output_format="html"
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()
