"""Sentence splitting, citation markers and the claim filter."""
import pytest

from audit.claims import is_claim, is_reference_entry, split_sentences


def sentences(text):
    return [(text[s:e], cites) for s, e, cites in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Rest is advised. 1 Ice helps too. 2, 3",
     [("Rest is advised. 1", ("1",)), ("Ice helps too. 2, 3", ("2", "3"))]),
    ("Dr. Lee gave 2.5 mg to U.S. adults. It worked.",
     [("Dr. Lee gave 2.5 mg to U.S. adults.", ()), ("It worked.", ())]),
    ("Iron helped (P = .01).12 Thus, iron may help.",
     [("Iron helped (P = .01).12", ("12",)), ("Thus, iron may help.", ())]),
    ("Opioid tone rose.4This was new.", [("Opioid tone rose.4", ("4",)), ("This was new.", ())]),
    ("Receptors were up-regulated (1). Others disagree [2, 3].",
     [("Receptors were up-regulated (1).", ("1",)), ("Others disagree [2, 3].", ("2", "3"))]),
    ("Movements recur every 20-40 seconds 1", [("Movements recur every 20-40 seconds 1", ("1",))]),
])
def test_sentences_and_their_citations(text, expected):
    assert sentences(text) == expected


def test_a_trailing_number_after_a_unit_or_preposition_is_not_a_citation():
    assert sentences("The dose was titrated up to 30") == [("The dose was titrated up to 30", ())]
    assert sentences("Patients received 10 mg") == [("Patients received 10 mg", ())]


@pytest.mark.parametrize("sentence", [
    "Does magnesium help with cramps?",
    "Symptoms include:",
    "Read more",
    "https://example.org/article",
    "Home > Health > Sleep > Magnesium",
])
def test_non_claims_are_filtered(sentence):
    assert not is_claim(sentence)


@pytest.mark.parametrize("sentence", [
    "Magnesium did not reduce cramp frequency. 4",
    "703-555-0100 | DOWNTOWN IV CLINIC | KETAMINE NEAR ME | CALL TODAY",
    "Baclofen is recommended for severe cramps",
])
def test_assertions_are_claims(sentence):
    assert is_claim(sentence)


@pytest.mark.parametrize("entry", [
    "1. Smith AB, Jones C. Magnesium and sleep. J Sleep. 2019;12:34-56.",
    "Garcia R, et al. (2020). Iron and restless legs. doi: 10.1000/xyz123",
])
def test_reference_list_entries_are_recognised(entry):
    assert is_reference_entry(entry)


@pytest.mark.parametrize("sentence, expected", [
    ("Call 555-201-3344 today.", True),  # a call to action with a phone number asserts an offer
    ("Read more", False),
    ("Page 2 of 3", False),
])
def test_phone_numbers_count_towards_a_claim(sentence, expected):
    assert is_claim(sentence) is expected
