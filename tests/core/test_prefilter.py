"""The substring prefilters in front of slow case-insensitive regexes never hide a match.

`audit.lexicon.may_contain` lets the pipeline skip a re.I scan when none of the words the
regex needs is in the text.  It must agree with re.I, including the four non-ASCII letters
that re.I matches to ASCII ones (İ ı ſ and the Kelvin sign), which lower-casing does not map.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.disclosure import find_labels
from audit.lexicon import FOLDS_TO_ASCII, lowered_for_ignorecase, may_contain

WORDS = ("sponsor", "paid", "kit", "disclosure", "journal", "et al")
PIECES = st.sampled_from(["sponsor", "SPONSOR", "ſponſor", "paıd", "PAİD", "\u212ait", "kit",
                          "journal", "ET AL", " ", ".", "é", "x", "Paid"])


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=8).map("".join), st.sampled_from(WORDS))
def test_a_word_re_i_would_find_is_never_ruled_out(text, word):
    if re.search(re.escape(word), text, re.I):
        assert may_contain(text, (word,))


def test_plain_text_without_the_words_is_ruled_out_and_fold_letters_never_are():
    assert not may_contain("A trial of 40 adults.", WORDS)
    assert may_contain("A trial of 40 adults, Journal of Sleep.", WORDS)
    for letter in FOLDS_TO_ASCII:
        assert lowered_for_ignorecase(f"a {letter} b") is None
        assert may_contain(f"nothing here {letter}", WORDS)
    assert lowered_for_ignorecase("Ünïcode ÉLAN") == "ünïcode élan"


def test_a_label_spelt_with_a_long_s_is_still_found():
    plain = find_labels("This post is sponsored by Acme Foods.")
    assert plain and find_labels("This post is ſponſored by Acme Foods.") == plain
