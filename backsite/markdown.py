"""The one place editor-written Markdown becomes HTML, at a cost that stays bounded.

markdown-it-py parses CommonMark in linear time and stops descending past ``MAX_NESTING`` levels,
so no text can tie up a worker or exhaust the stack (Python-Markdown took minutes over 20,000
``[`` characters and raised RecursionError on a list nested 260 deep). Raw HTML is passed through
to nh3, which keeps only an explicit allowlist, so an event handler or a ``javascript:`` link typed
by an editor never reaches a visitor.

What editors may write beyond CommonMark: tables (column alignment kept as ``align``),
~~strikethrough~~, typographic quotes and dashes, a heading's id (``## Cautions {: #cautions }``)
and abbreviations (``*[IAST]: International Alphabet of Sanskrit Transliteration``).
"""

import re
from html import unescape

import nh3
from django.conf import settings
from django.core.exceptions import ValidationError
from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em",
    "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "s", "strong",
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

# Lists and quotes an editor may nest (deeper is refused when saving from the admin) and the
# parser's own limit (each list level opens two blocks; deeper is not parsed as Markdown at all).
MAX_LIST_DEPTH = 20
MAX_NESTING = 2 * MAX_LIST_DEPTH + 10
# Links and emphasis inside one another: a text's inline cost grows with this limit (each `[` is
# looked into this many levels deep), and no real text nests them more than a few levels.
MAX_INLINE_NESTING = 10
MAX_ABBREVIATIONS = 50
NESTED_OPEN = {"bullet_list_open", "ordered_list_open", "blockquote_open"}
NESTED_CLOSE = {"bullet_list_close", "ordered_list_close", "blockquote_close"}

# Every pattern below is applied to one line or one text token and cannot backtrack badly.
ABBREVIATION = re.compile(r"\*\[([^\]\n]{1,100})\]:[ \t]*([^\n]*)")
HEADING_ID = re.compile(r"\{:?[ \t]*#([A-Za-z][\w-]{0,80})[ \t]*\}")
ALIGN = re.compile(r"text-align:(left|right|center)")
# A tag as the sanitiser writes it: "<" then a letter, "/" or "!", attribute values always in double
# quotes (where a ">" may stand). Text never holds a raw "<", which nh3 writes as "&lt;".
TAG = re.compile(r'<[A-Za-z/!][^>"]*(?:"[^"]*"[^>"]*)*>')


def _abbreviation_definition(state, start_line, end_line, silent):
    """``*[ABBR]: title`` on a line of its own defines an abbreviation and is not shown."""
    if state.sCount[start_line] - state.blkIndent >= 4:
        return False
    line = state.src[state.bMarks[start_line] + state.tShift[start_line] : state.eMarks[start_line]]
    match = ABBREVIATION.fullmatch(line)
    if not match:
        return False
    if not silent:
        found = state.env.setdefault("abbreviations", {})
        if len(found) < MAX_ABBREVIATIONS:
            found[match[1].strip()] = match[2].strip()
    state.line = start_line + 1
    return True


def _abbreviations(state):
    """Wrap each whole-word use of a defined abbreviation in ``<abbr title>``."""
    found = state.env.get("abbreviations")
    if not found:
        return
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(map(re.escape, sorted(found, key=len, reverse=True))) + r")(?!\w)"
    )
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children = []
        for token in block.children:
            if token.type != "text" or not pattern.search(token.content):
                children.append(token)
                continue
            for index, part in enumerate(pattern.split(token.content)):
                if index % 2:
                    opening = Token("abbr_open", "abbr", 1, attrs={"title": found[part]})
                    text = Token("text", "", 0, content=part)
                    children += [opening, text, Token("abbr_close", "abbr", -1)]
                elif part:
                    children.append(Token("text", "", 0, content=part))
        block.children = children


def _heading_ids_and_alignment(state):
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and index + 1 < len(tokens):
            children = tokens[index + 1].children
            last = children[-1] if children else None
            if last is not None and last.type == "text" and last.content.endswith("}"):
                start = last.content.rfind("{")
                match = start >= 0 and HEADING_ID.fullmatch(last.content, start)
                if match:
                    last.content = last.content[:start].rstrip()
                    token.attrSet("id", match[1])
        elif token.type in {"th_open", "td_open"}:
            align = ALIGN.search(str(token.attrGet("style") or ""))
            if align:
                token.attrs.pop("style", None)
                token.attrSet("align", align[1])


def _parser(max_nesting):
    parser = MarkdownIt(
        "commonmark", {"html": True, "typographer": True, "maxNesting": max_nesting}
    ).enable(["table", "strikethrough", "replacements", "smartquotes"])
    # A line that starts with a tag stays Markdown (its tags are then sanitised one by one), so
    # `<b>Note</b> [a link](...)` is a link rather than a block of raw text.
    parser.disable("html_block")
    parser.block.ruler.before(
        "reference", "abbreviation", _abbreviation_definition, {"alt": ["paragraph"]}
    )
    # A link to a refused address stays a link without it (nh3 removes the href), as editors
    # expect, rather than turning back into its Markdown source.
    parser.validateLink = lambda url: True
    parser.core.ruler.at("inline", _inline)
    parser.core.ruler.push("abbreviations", _abbreviations)
    parser.core.ruler.push("heading_ids", _heading_ids_and_alignment)
    return parser


def _inline(state):
    """Parse each block's text with the inline parser, whose nesting limit is lower."""
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            INLINE_PARSER.inline.parse(token.content, INLINE_PARSER, state.env, token.children)


PARSER = _parser(MAX_NESTING)
INLINE_PARSER = _parser(MAX_INLINE_NESTING)


def render_markdown(text: str) -> str:
    """Render editor Markdown to HTML that is safe to show to visitors."""
    if not text or not text.strip():
        return ""
    return nh3.clean(
        PARSER.render(text),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ).strip()


def plain_text(*htmls: str) -> str:
    """Rendered (sanitised) HTML as one line of text: tags gone, entities decoded, white space
    folded, several fields joined by spaces. A pattern suffices for the sanitiser's regular
    output, and is several times faster than Django's strip_tags, which parses the HTML as many
    times as it takes to stop changing (the search page reduces dozens of texts per request)."""
    text = " ".join(TAG.sub("", html or "") for html in htmls)
    return " ".join(unescape(text).split())


def list_depth(text: str) -> int:
    """How deeply lists and quotes nest in ``text`` (0 for none)."""
    depth = deepest = 0
    for token in PARSER.parse(text):
        if token.type in NESTED_OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif token.type in NESTED_CLOSE:
            depth -= 1
    return deepest


def max_length() -> int:
    return getattr(settings, "MARKDOWN_MAX_LENGTH", 20_000)


def validate_markdown(text: str) -> None:
    """Refuse Markdown too long, or nested too deeply, to be kept, with a message for the editor."""
    if not text:
        return
    limit = max_length()
    if len(text) > limit:
        raise ValidationError(
            "This text is %(length)s characters long; the most it can be is %(limit)s. "
            "Shorten it, or split it between fields.",
            code="markdown_too_long",
            params={"length": f"{len(text):,}", "limit": f"{limit:,}"},
        )
    if list_depth(text) > MAX_LIST_DEPTH:
        raise ValidationError(
            "Lists and quotes here are nested more than %(limit)s levels deep. "
            "Use fewer levels of indentation.",
            code="markdown_too_deep",
            params={"limit": MAX_LIST_DEPTH},
        )
