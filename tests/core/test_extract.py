"""What the extractors keep and drop."""
from audit.extract_html import extract_html
from audit.extract_markdown import extract_markdown
from audit.extract_text import extract_text


def test_html_drops_scripts_and_styles_but_keeps_text_and_links():
    html = ("<html><head><title>Page</title><style>p{}</style></head><body>"
            "<p>Take <a href='https://shop.example/x?tag=aff-20' rel='nofollow'>this pill</a> daily."
            "<script>alert(1)</script></p><img src=x onerror=alert(2)></body></html>")
    extracted = extract_html(html)
    assert extracted.title == "Page"
    assert [b.text for b in extracted.blocks] == ["Take this pill daily."]
    assert ("link", "nofollow\thttps://shop.example/x?tag=aff-20\tthis pill") in extracted.blocks[0].hints


def test_html_meta_and_schema_type_are_document_facts():
    html = ('<meta name="sponsored" content="true"><script type="application/ld+json">'
            '{"@type": "AdvertiserContentArticle"}</script><p>Text here.</p>')
    meta = extract_html(html).meta
    assert ("meta:sponsored", "true") in meta
    assert ("schema:type", "AdvertiserContentArticle") in meta


def test_deeply_nested_html_does_not_overflow():
    html = "<div>" * 5000 + "<p>Deep text survives.</p>" + "</div>" * 5000
    assert [b.text for b in extract_html(html).blocks] == ["Deep text survives."]


def test_html_source_lines_are_recorded():
    html = "<p>one</p>\n\n<p>two</p>"
    assert [b.line for b in extract_html(html).blocks] == [1, 3]


def test_markdown_inline_markup_is_removed_and_links_kept_as_hints():
    extracted = extract_markdown("Try **our** [formula](https://amzn.to/abc) `now`.\n")
    block = extracted.blocks[0]
    assert block.text == "Try our formula now."
    assert ("link", "\thttps://amzn.to/abc\tformula") in block.hints


def test_markdown_code_blocks_are_code():
    extracted = extract_markdown("```\nbuy now!!!\n```\n\nReal text.\n")
    assert [b.kind for b in extracted.blocks] == ["code", "para"]


def test_plain_text_rejoins_hard_wrapped_lines_but_keeps_bullets():
    extracted = extract_text("A long sentence that was\nwrapped by an editor.\n- bullet one\n- bullet two\n")
    assert [(b.kind, b.text) for b in extracted.blocks] == [
        ("para", "A long sentence that was wrapped by an editor."),
        ("item", "bullet one"), ("item", "bullet two")]


def test_markdown_underscores_inside_words_are_not_emphasis():
    block = extract_markdown("Ask u/mike_the_runner about _this_ and snake_case.\n").blocks[0]
    assert block.text == "Ask u/mike_the_runner about this and snake_case."


def test_plain_text_marker_lines_become_hints_even_after_the_last_text():
    extracted = extract_text("Intro line of text.\n[credaudit: sponsored — paid by Acme]\n"
                             "Buy our tea today.\n[credaudit: ignore — quoted example]\n")
    assert [b.text for b in extracted.blocks] == ["Intro line of text.", "Buy our tea today."]
    assert extracted.blocks[1].hints == (
        ("marker", "2\tcredaudit: sponsored — paid by Acme"),
        ("marker", "4\tcredaudit: ignore — quoted example"))
