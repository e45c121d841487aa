"""The audit pipeline: loaded text -> document -> sections -> claims -> scores -> report dict.

`audit_loaded(item)` runs every stage for one input and returns the
document's report dict (schema `credaudit/1`).  Stages are small functions
over the frozen dataclasses of `audit.model`; this module only wires them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit import blocks as block_tools
from audit.claims import is_claim, is_reference_entry, split_sentences
from audit.lexicon import may_contain
from audit.model import Claim, Document, Section
from audit.sections import draft_sections, is_forum_boundary

_NAMED_SOURCE = re.compile(
    r"\b(?:according to|published (?:in|by)|reported (?:in|by)|cited (?:in|by)|"
    r"(?:the )?(?:journal|lancet|cochrane|pubmed)\b|et al\b)|"
    r"(?:\(\w[\w\s&.,-]{1,60},?\s(?:19|20)\d\d\w?\))", re.I)
_NAMED_BODY = re.compile(r"\b(?:WHO|CDC|NIH|NICE|FDA|EMA|BMJ|JAMA|NEJM|AHA|ACC|USPSTF|AAP)\b")
# Every branch of _NAMED_SOURCE needs one of these (in any case), so the slow case-insensitive
# scan only runs when one is there; lower-casing matches re.I except for four characters.
_SOURCE_WORDS = ("(", "according to", "published ", "reported ", "cited ", "journal", "lancet",
                 "cochrane", "pubmed", "et al")


class ScorerCrash(Exception):
    """A scorer raised: carries the scorer's name for the error report."""

    def __init__(self, scorer: str, error: BaseException):
        super().__init__(f"scorer {scorer!r} crashed: {type(error).__name__}: {error}")
        self.scorer = scorer


@dataclass(frozen=True, kw_only=True)
class Loaded:
    """One input, decoded: the text plus where it came from."""

    source: str
    id: str
    text: str
    format: str  # html | markdown | text
    encoding: str = "utf-8"


@dataclass(kw_only=True)
class Settings:
    """Pipeline settings (scorer options, limits) resolved from config."""

    scorer_options: dict = field(default_factory=dict)
    max_sections: int = 5000
    disclosure: object = None  # audit.disclosure.DisclosureOptions; None = defaults
    max_claim_chars: int = 1000  # longer "sentences" (unpunctuated walls) are scored in pieces


def extract(item: Loaded):
    if item.format == "html":
        from audit.extract_html import extract_html
        return extract_html(item.text)
    if item.format == "markdown":
        from audit.extract_markdown import extract_markdown
        return extract_markdown(item.text)
    from audit.extract_text import extract_text
    return extract_text(item.text)


def build_document(item: Loaded, settings: Settings) -> tuple[Document, dict]:
    """Extract, split into sections and claims; return the Document and claims per section."""
    extracted = extract(item)
    text, starts = block_tools.assemble(extracted.blocks)
    drafts = draft_sections(extracted.blocks, item.format)
    if len(drafts) > settings.max_sections:
        from audit.errors import InputError
        raise InputError(f"{item.source}: {len(drafts)} sections exceed max_sections "
                         f"({settings.max_sections})")
    sections, claims = [], {}
    for number, draft in enumerate(drafts, start=1):
        section = _section(draft, number, extracted.blocks, starts, text)
        sections.append(section)
        claims[section.id] = _claims(section, draft, extracted.blocks, starts,
                                     settings.max_claim_chars)
    document = Document(source=item.source, id=item.id, title=extracted.title, text=text,
                        format=item.format, sections=tuple(sections), meta=extracted.meta,
                        encoding=item.encoding)
    return document, claims


def _section(draft, number: int, blocks, starts, text: str) -> Section:
    first = draft.heading_block if draft.heading_block is not None else draft.blocks[0]
    last = draft.blocks[-1]
    hints: dict[tuple[str, str], None] = {}
    for index in ([first] if first != draft.blocks[0] else []) + draft.blocks:
        for hint in blocks[index].hints:
            hints.setdefault(hint, None)
    return Section(id=f"s{number}", heading=draft.heading, level=draft.level,
                   start=starts[first], end=starts[last] + len(blocks[last].text),
                   line=blocks[first].line, region=draft.region, hints=tuple(hints),
                   boundary=draft.boundary)


def _claims(section: Section, draft, blocks, starts, limit: int = 1000) -> list[Claim]:
    claims: list[Claim] = []
    for index in draft.blocks:
        block = blocks[index]
        if block.kind in ("code", "heading") or is_reference_entry(block.text) \
                or is_forum_boundary(block.text):
            continue
        for start, end, cites in _capped(block.text, split_sentences(block.text), limit):
            sentence = block.text[start:end]
            if not is_claim(sentence):
                continue
            claims.append(Claim(
                id=f"{section.id}.c{len(claims) + 1}", section_id=section.id, text=sentence,
                start=starts[index] + start, end=starts[index] + end,
                line=block.line + block.text.count("\n", 0, start), citations=cites))
    return claims


def _capped(text: str, sentences, limit: int):
    """Cut sentences longer than `limit` characters into pieces of at most `limit`.

    A "sentence" that long is an unpunctuated wall (keyword spam, a table flattened into
    one line, a minified page); scoring it whole costs time that grows faster than its
    length.  Pieces end at the last white space before the limit (or at the limit when
    there is none); only the last piece keeps the sentence's citation markers.
    """
    for start, end, cites in sentences:
        while end - start > limit > 0:
            cut = start + limit
            space = text.rfind(" ", start + limit // 2, cut + 1)
            piece_end = space if space > start else cut
            while piece_end > start + 1 and text[piece_end - 1].isspace():
                piece_end -= 1
            yield start, piece_end, ()
            start = piece_end
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            yield start, end, cites


def is_attributed(claim: Claim) -> bool:
    return bool(claim.citations) or _names_source(claim.text) \
        or bool(_NAMED_BODY.search(claim.text))


def _names_source(text: str) -> bool:
    return may_contain(text, _SOURCE_WORDS) and bool(_NAMED_SOURCE.search(text))
