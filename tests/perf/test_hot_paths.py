"""Hot-path rewrites give exactly what the plain regex formulations give.

Each reference below is the straightforward version the fast path replaced
(a regex run on every call); the fast versions skip the regex only when it
cannot match.  Hypothesis feeds both with text built from the characters the
shortcuts reason about (digits of other scripts, odd white space, brackets,
"et al.", "doi:", case variants).
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from audit import claims

from .perf_helpers import corpus

PIECES = ["Smith", "et al.", "ET AL.", "eT aL.", "doi:", "DOI: 10.1000/x", "2019;12:34", "1.", "[3]",
          "(12)", "(555) 014-2290", " ", "\n", "\u2003", "\u0665", "\u0969", "7", "42", "1,2",
          "?", ":", ",", ")", "(", "[", "]", ".", "!", "Walking", "helps", "older", "adults",
          "Home > Health > Sleep", " / ", " » ", "› ", "www.example.org", "https://x.org/a",
          "Fig.", "Dr.", "J.", "3.5", "sleep.12", "Next", "AL.", "overall.", "ſ", "K", "İ", "ı",
          " | ", "Home | News | Contact | Log in", " • "]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | \
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join) | st.text(max_size=80)


def reference_is_claim(sentence: str) -> bool:
    stripped = sentence.strip()
    core = re.sub(r"[\s\d,()\[\]]+$", "", stripped)
    if not core or core.endswith("?") or core.endswith(":"):
        return False
    words = len(claims._WORDS.findall(stripped))
    if words < 3 and not (words and words + len(claims._LONG_NUMBER.findall(stripped)) >= 3):
        return False
    if claims._URL_ONLY.match(stripped):
        return False
    if "|" in stripped and claims.is_nav_line(stripped):  # the lead's menu-line filter, as is
        return False
    if claims._CRUMB.search(stripped):
        return False
    return not claims._REFERENCE.search(stripped)


def reference_trailing(sentence: str, already: bool) -> tuple[str, ...]:
    def numbers(raw):
        return tuple(re.findall(r"\d{1,3}", raw))
    found = [g for pair in claims._BRACKET_CITE.findall(sentence) for g in pair if g]
    cites = tuple(n for group in found for n in numbers(group))
    if already:
        return cites
    match = claims._TRAILING_CITE.search(sentence)
    if match:
        before = sentence[:match.start()].rstrip().rsplit(None, 1)
        word = before[-1].lower().strip(".,;:()") if before else ""
        if word not in claims._NOT_CITE_BEFORE and not word.replace(".", "").isdigit():
            cites += numbers(match.group("nums"))
    return cites


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("1. Smith AB, Jones C. Title. J Med. 2019;12:34.")
@example("Walking helps older adults sleep 1, 2")
@example("Walking helps older adults sleep \u0665\u0666")
@example("Results were robust (Smith et al., 2019).")
def test_claim_filters_match_the_plain_regex_versions(text):
    assert claims.is_claim(text) == reference_is_claim(text)
    assert claims.is_reference_entry(text) == bool(claims._REFERENCE.search(text[:400]))
    for already in (False, True):
        assert claims.trailing_citations(text, already) == reference_trailing(text, already)


def test_claim_filters_match_on_generated_documents():
    for seed in range(30):
        for block in corpus.text_document(seed, 3000).split("\n\n"):
            assert claims.is_reference_entry(block) == bool(claims._REFERENCE.search(block[:400]))
            for start, end, _ in claims.split_sentences(block):
                sentence = block[start:end]
                assert claims.is_claim(sentence) == reference_is_claim(sentence)
                assert claims.trailing_citations(sentence, False) == \
                    reference_trailing(sentence, False)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30) | st.sampled_from(["ABC12def", "x9Y", "\u0665\u0666", "ſK", "İı", "ÀB"]))
def test_word_shape_matches_the_regex_version(word):
    from audit import features
    expected = re.sub(r"[A-Z]+", "X", re.sub(r"[a-z]+", "x", re.sub(r"\d+", "0", word)))[:6]
    assert features._shape(word) == expected
