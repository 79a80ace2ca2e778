"""The Markdown sanitiser against hostile input: what is dangerous goes, the editor's text stays."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from backsite.markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, plain_text, render_markdown

SAFE_SCHEMES = {"http", "https", "mailto"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "background", "data"}


class Markup(HTMLParser):
    """Every element, attribute and piece of text in the rendered HTML, as a browser reads it."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)

    @property
    def visible_text(self):
        return " ".join("".join(self.text).split())


def url_scheme(url):
    # Browsers ignore surrounding spaces and tab/newline characters inside a URL's scheme.
    cleaned = re.sub(r"[\x00-\x20]", "", unescape(url or "")).lower()
    match = re.match(r"^([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else None


def assert_safe(html):
    markup = Markup(html)
    for tag, attrs in markup.elements:
        assert tag in ALLOWED_TAGS, f"<{tag}> survived in {html!r}"
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | ({"rel"} if tag == "a" else set())
        for name, value in attrs.items():
            assert name in allowed, f"{name}= on <{tag}> survived in {html!r}"
            assert not name.startswith("on"), html
            if name in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                assert scheme is None or scheme in SAFE_SCHEMES, f"{value!r} survived"
    assert not re.search(r"<\s*(script|iframe|style|object|embed|svg|math|form)", html, re.I)
    return markup


HOSTILE = [
    # Script elements, raw and disguised.
    ("script tag", "Hello <script>alert(1)</script> world", "Hello world"),
    ("script block", "Safe text\n\n<script>alert(1)</script>", "Safe text"),
    (
        "external script",
        '[Kept](http://ok.example)<script src="https://evil/x.js"></script>',
        "Kept",
    ),
    ("nested script", "<<script>script>alert(1)<</script>/script>Kept", "Kept"),
    ("split script", "<scr<script>ipt>alert(1)</script>Kept", "Kept"),
    ("script in svg", "<svg><script>alert(1)</script></svg>Kept", "Kept"),
    ("script in template", "<template><script>alert(1)</script></template>Kept", "Kept"),
    ("script in textarea", "<textarea><script>alert(1)</script></textarea>Kept", "Kept"),
    ("xmp", "<xmp><script>alert(1)</script></xmp>Kept", "Kept"),
    ("cdata", "<![CDATA[<script>alert(1)</script>]]>Kept", "Kept"),
    (
        "noscript breakout",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>">Kept',
        "Kept",
    ),
    # Event handlers in raw HTML.
    ("img onerror", "<img src=x onerror=alert(1)>Kept", "Kept"),
    ("img onerror block", '<img src="x" onerror="alert(1)">\n\nKept', "Kept"),
    ("svg onload", "<svg onload=alert(1)><circle/></svg>Kept", "Kept"),
    ("body onload", "<body onload=alert(1)>Kept", "Kept"),
    ("div onclick", '<div onclick="alert(1)">Kept</div>', "Kept"),
    ("markdown div onclick", '<div markdown="1" onclick="x">*Kept*</div>', "Kept"),
    ("details ontoggle", "<details open ontoggle=alert(1)>Kept</details>", "Kept"),
    ("input onfocus", "<input autofocus onfocus=alert(1)>Kept", "Kept"),
    ("select onchange", "<select onchange=alert(1)><option>x</option></select>Kept", "Kept"),
    ("video onerror", "<video src=x onerror=alert(1)></video>Kept", "Kept"),
    ("allowed tag, bad attr", '<abbr title="x" onclick="y">Kept</abbr>', "Kept"),
    ("list onclick", '<ol start="3" onclick="x"><li>Kept</li></ol>', "Kept"),
    ("heading onclick", '<h2 id="x" style="x" onclick="y">Kept</h2>', "Kept"),
    ("cell onclick", "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | Kept |", "Kept"),
    # Attribute injection through attr_list, which the "extra" extension switches on.
    ("attr_list block", 'Kept text\n{: onclick="alert(1)" style="color:red" }', "Kept text"),
    ("attr_list heading", '## Kept {: #part onclick="alert(1)" }', "Kept"),
    ("attr_list link", '[Kept](https://ok.example){: onclick="alert(1)" }', "Kept"),
    ("attr_list href", '[Kept](https://ok.example){: href="javascript:alert(1)" }', "Kept"),
    ("attr_list inline", '*Kept*{: onmouseover="alert(1)" }', "Kept"),
    ("attr_list style", '*Kept* {: style="position:fixed" }', "Kept"),
    # Dangerous URLs in Markdown links.
    ("javascript link", "[Kept](javascript:alert(1))", "Kept"),
    ("mixed case", "[Kept](JaVaScRiPt:alert(1))", "Kept"),
    ("tab entity", "[Kept](jav&#x09;ascript:alert(1))", "Kept"),
    ("decimal entity", "[Kept](&#106;avascript:alert(1))", "Kept"),
    ("hex entities", "[Kept](&#x6A;avascript&#58;alert(1))", "Kept"),
    ("colon entity", "[Kept](javascript&colon;alert(1))", "Kept"),
    ("spaces", "[Kept](  javascript:alert(1) )", "Kept"),
    ("angle brackets", "[Kept](<javascript:alert(1)>)", "Kept"),
    ("reference link", "[Kept][r]\n\n[r]: javascript:alert(1)", "Kept"),
    ("data link", "[Kept](data:text/html;base64,PHNjcmlwdD4=)", "Kept"),
    ("data upper case", "[Kept](DATA:text/html,hi)", "Kept"),
    ("vbscript link", "[Kept](vbscript:msgbox(1))", "Kept"),
    # Dangerous URLs in raw HTML.
    ("raw javascript", '<a href="javascript:alert(1)">Kept</a>', "Kept"),
    ("raw upper case", '<A HREF="JAVASCRIPT:alert(1)">Kept</A>', "Kept"),
    ("raw leading space", '<a href=" javascript:alert(1)">Kept</a>', "Kept"),
    ("raw newline", '<a href="java\nscript:alert(1)">Kept</a>', "Kept"),
    ("raw newline entity", '<a href="jav&#x0A;ascript:alert(1)">Kept</a>', "Kept"),
    ("raw control char", '<a href="&#14;javascript:alert(1)">Kept</a>', "Kept"),
    (
        "raw all entities",
        '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">'
        "Kept</a>",
        "Kept",
    ),
    ("raw data html", '<a href="data:text/html,<script>alert(1)</script>">Kept</a>', "Kept"),
    ("raw data svg", '<a href="data:image/svg+xml;base64,PHN2Zz4=">Kept</a>', "Kept"),
    ("raw vbscript", '<a href="vbscript:msgbox(1)">Kept</a>', "Kept"),
    ("img javascript", "<IMG SRC=JaVaScRiPt:alert(1)>Kept", "Kept"),
    (
        "table background",
        '<table background="javascript:alert(1)"><tr><td>Kept</td></tr></table>',
        "Kept",
    ),
    # Embedding, forms, styles and page-level tags.
    ("iframe", '<iframe src="https://evil.example"></iframe>Kept', "Kept"),
    ("frameset", '<frameset><frame src="javascript:alert(1)"></frameset>Kept', "Kept"),
    ("form", '<form action="https://evil.example"><input name=a></form>Kept', "Kept"),
    ("button formaction", "<button formaction=javascript:alert(1)>Kept</button>", "Kept"),
    ("style attribute", '<p style="color:red">Kept</p>', "Kept"),
    ("link style", '<a href="https://ok.example" style="position:fixed">Kept</a>', "Kept"),
    ("style element", "<style>body{display:none}</style>Kept", "Kept"),
    ("stylesheet", "<link rel=stylesheet href=evil.css>Kept", "Kept"),
    ("math xlink", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>Kept', "Kept"),
    ("meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil">Kept', "Kept"),
    ("base href", '<base href="https://evil.example/">Kept', "Kept"),
    ("object and embed", '<object data="evil.swf"></object><embed src=evil.swf>Kept', "Kept"),
    ("embed javascript", '<embed src="javascript:alert(1)">Kept', "Kept"),
    ("applet", '<applet code="x">Kept</applet>', "Kept"),
    ("class and id on links", '<a href="https://ok" id="x" class="y" name="z">Kept</a>', "Kept"),
    ("target and opener", '<a href="http://ok" rel="opener" target="_blank">Kept</a>', "Kept"),
    ("comment", "<!-- <script>alert(1)</script> --> Kept", "Kept"),
    # Titles that try to break out of their attribute.
    ("link title", '[Kept](https://ok.example "Title\\" onclick=\\"alert(1)")', "Kept"),
    ("link title quotes", "[Kept](https://ok.example 't\" onclick=\"x')", "Kept"),
    ("image title", '![Kept](x "a\\" onerror=\\"alert(1)") Kept', "Kept"),
]


@pytest.mark.parametrize(
    ("source", "kept"), [case[1:] for case in HOSTILE], ids=[case[0] for case in HOSTILE]
)
def test_hostile_markdown_is_defused_and_the_text_kept(source, kept):
    html = render_markdown(source)
    markup = assert_safe(html)
    assert kept in markup.visible_text
    for element in markup.elements:
        assert "javascript" not in " ".join(element[1].values()).lower().replace(" ", "")


def test_there_are_at_least_thirty_hostile_inputs():
    assert len(HOSTILE) >= 30
    assert len({case[0] for case in HOSTILE}) == len(HOSTILE)


def test_titles_that_break_out_stay_inside_the_title():
    html = render_markdown('[Kept](https://ok.example "Title\\" onclick=\\"alert(1)")')
    (link,) = [element for element in Markup(html).elements if element[0] == "a"]
    assert link == (
        "a",
        {
            "href": "https://ok.example",
            "title": 'Title" onclick="alert(1)',
            "rel": "noopener noreferrer nofollow",
        },
    )


def test_script_shown_as_code_is_escaped_text():
    html = render_markdown("```\n<script>alert(1)</script>\n```\n\nand `<script>` inline")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<code>&lt;script&gt;</code>" in html
    assert_safe(html)


def test_entity_encoded_markup_stays_text():
    html = render_markdown("&lt;script&gt;alert(1)&lt;/script&gt; Kept")
    assert html == "<p>&lt;script&gt;alert(1)&lt;/script&gt; Kept</p>"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Move **slowly**.", "<p>Move <strong>slowly</strong>.</p>"),
        ("1. Breathe\n2. Lift", "<ol>\n<li>Breathe</li>\n<li>Lift</li>\n</ol>"),
        (
            "[Learn more](https://example.org/back)",
            '<p><a href="https://example.org/back" rel="noopener noreferrer nofollow">'
            "Learn more</a></p>",
        ),
        (
            "[Write to us](mailto:hello@example.org)",
            '<p><a href="mailto:hello@example.org" rel="noopener noreferrer nofollow">'
            "Write to us</a></p>",
        ),
        ("## Cautions {: #cautions }", '<h2 id="cautions">Cautions</h2>'),
        ("> Listen to your body.", "<blockquote>\n<p>Listen to your body.</p>\n</blockquote>"),
        ("", ""),
        ("   \n ", ""),
    ],
)
def test_ordinary_markdown_renders_as_written(source, expected):
    assert render_markdown(source) == expected


def test_tables_and_abbreviations_survive():
    html = render_markdown(
        "| Pose | Hold |\n|:--|--:|\n| Chair | 1-2 min |\n\n"
        "*[IAST]: International Alphabet of Sanskrit Transliteration\n\nIAST"
    )
    assert '<th align="left">Pose</th>' in html and '<td align="right">1-2 min</td>' in html
    assert '<abbr title="International Alphabet of Sanskrit Transliteration">IAST</abbr>' in html
    assert_safe(html)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Knees &amp; hips</p>\n<p>Breathe</p>", "Knees & hips Breathe"),
        ('<p><a href="https://e.org/?a>b" title="x &quot;>y">link</a> here</p>', "link here"),
        ("Keep 2 < 5 and 7 > 3", "Keep 2 < 5 and 7 > 3"),  # plain text, not tags
        (render_markdown("*[NHS]: National Health Service\n\nAsk the NHS."), "Ask the NHS."),
        (render_markdown("1. One\n2. Two <b>x</b>"), "One Two x"),
        ("", ""),
    ],
)
def test_plain_text_keeps_only_the_words(html, text):
    assert plain_text(html) == text


def test_plain_text_joins_fields_with_a_space():
    assert plain_text("<p>Lie down.</p>", "", "Rest.") == "Lie down. Rest."
