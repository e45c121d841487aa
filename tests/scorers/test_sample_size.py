"""Tests for the sample_size scorer: participant counts, arms, and the many numbers that are not."""
from __future__ import annotations

import pytest

from audit.model import Claim
from scorers import sample_size
from scorers._base import ClaimContext
from scorers._numbers import parse_number


def run(text: str, *, start: int = 0, options: sample_size.Options | None = None):
    claim = Claim(id="s1.c1", section_id="s1", text=text, start=start, end=start + len(text),
                  line=1)
    return sample_size.score(claim, ClaimContext(), options or sample_size.Options())


def size(text: str, **kwargs):
    return run(text, **kwargs).fields["sample_size"]


# Sentences that report the size of a study.
MUST_FLAG = [
    ("The pilot enrolled 12 patients with cluster headache.", 12),
    ("Outcomes were similar in both groups (n = 17).", 17),
    ("Registry data covered n=1,842 hip replacements in adults.", 1842),
    ("Baseline characteristics of the sample (N = 60) are shown in Table 1.", 60),
    ("Thirteen outpatients with bipolar depression completed the study.", 13),
    ("We recruited twenty-four volunteers from a university campus.", 24),
    ("Ninety-nine smokers attempted to quit with the app.", 99),
    ("Three hundred and twelve women answered the questionnaire.", 312),
    ("3 of 5 patients responded to the higher dose.", 5),
    ("Nine of the 14 participants reported fewer migraines.", 14),
    ("The survey reached 1,200 adults across the region.", 1200),
    ("Volunteers were split into two groups of 50.", 100),
    ("In the trial, 150 received the drug and 148 placebo.", 298),
    ("Findings come from a cohort of 48,000 nurses followed since the 1980s.", 48000),
    ("The review pooled 14 trials with 3,200 participants.", 3200),
    ("Researchers recruited 64 children aged 6-12 from local schools.", 64),
    ("The study compared 250 cases with 500 matched controls.", 750),
    ("Patients were randomised to surgery (n = 88) or physiotherapy (n = 91).", 179),
    ("Of 900 people screened, 410 were enrolled.", 410),
    ("A national cohort of 1.3 million men was linked to hospital records.", 1300000),
    ("Our team interviewed 35 caregivers about night-time routines.", 35),
    ("We studied 210 mother-infant pairs.", 420),
    ("A total of 2 045 respondents completed the online form.", 2045),
    ("A dozen volunteers wore the monitor for a week.", 12),
    ("This case report describes a single patient who reacted to the dye.", 1),
    ("The poll of 2,019 adults was carried out in May.", 2019),
    ("Of 312 randomized patients, 298 completed follow-up.", 312),
    ("We included 23 RCTs (n = 4,512).", 4512),
    ("About 9,000 people installed the app, and 1,100 of them agreed to share data.", 1100),
    ("Both arms enrolled 60 patients each.", 120),
    # ranges, totals, arms and nouns the participant list does not name
    ("Forty-one children aged 7 to 11 took part in the programme.", 41),
    ("Participants (210 in total) were split into three groups.", 210),
    ("Fourteen elite rowers completed both test sessions.", 14),
    ("Each of the three arms enrolled 25 patients.", 75),
    ("The researchers gave the tablets to 20 volunteers and a dummy pill to 20 others.", 40),
    ("Questionnaires were sent to 400 dentists and 260 responded.", 260),
    ("Data came from half a million adults in the national biobank.", 500000),
    ("We present the case of a 9-year-old girl with recurrent fevers.", 1),
    ("Patients (n = 30 per group) were allocated to the two treatments.", 60),
]

# Sentences whose numbers are not a study's participants.
MUST_PASS = [
    ("Take 325 mg of aspirin with water.", None),
    ("The usual dose is 0.5 mg/kg once daily.", None),
    ("Each capsule contains 380 mg of magnesium citrate.", None),
    ("Severe apnoea means more than 30 events per hour of sleep.", None),
    ("The rate was 14 cases per 100,000 people per year.", None),
    ("About 60% of the patients improved.", None),
    ("The clinic opened in 2019 and moved in 2021.", None),
    ("Screening is offered to adults aged 50 to 74.", None),
    ("My 80 year old father still walks every day.", None),
    ("The difference was significant (p = 0.03; 95% CI 1.1 to 2.4).", None),
    ("Take it for 12 weeks before judging the effect.", None),
    ("The cohort contributed 54,000 person-years of follow-up.", None),
    ("The algorithm was trained on 6 billion data points.", None),
    ("We have treated over 5,000 patients since opening our doors.", None),
    ("Our clinic has helped 10,000 people get their lives back.", None),
    ("One in four adults has high blood pressure.", None),
    ("Between 10 and 15 percent of the population carry the gene.", None),
    ("Migraine affects 30 million Americans.", None),
    ("A review of 14 trials found no clear benefit.", None),
    ("Call 555-0134 or write to us at 90210.", None),
    ("The starter kit costs $49 and ships free.", None),
    ("Here are the top 10 foods for healthy skin.", None),
    ("Keep the bath at 37 degrees.", None),
    ("A ferritin level between 30 and 300 ng/mL is normal.", None),
    ("The number needed to treat was 13 patients.", None),
    ("The trial will enrol 600 patients when it opens.", None),
    ("Four out of five dentists recommend our toothpaste.", None),
    ("The hospital admits 120 patients a day in winter.", None),
    ("Type 2 diabetes and COVID-19 often travel together.", None),
    ("We identified 1,204 records, of which 37 were eligible.", None),
    ("Each year about 700 children drown in the country.", None),
    ("The ward has 24 beds and 60 nurses.", None),
    ("More than 8,000 clinicians use our app every day.", None),
    # plans, thresholds, capacities, caseloads and event counts
    ("A minimum of 40 participants per group was needed for 80% power.", None),
    ("In 2023, 3,200 people were admitted to hospital with flu in the region.", None),
    ("The hospital treated 35 patients for heatstroke last weekend.", None),
    ("We treat more than 800 patients with migraine every year.", None),
    ("Up to 40 people can attend each class.", None),
    ("Studies with 30 patients or fewer were excluded.", None),
    ("This offer is limited to the first 200 customers.", None),
    ("Of the 18 trials included, 11 used a placebo.", None),
    ("Our team of 25 nurses is here to help.", None),
    ("The outbreak sickened 120 people who ate at the fair.", None),
    ("Around 90,000 people in Scotland have the condition.", None),
]


@pytest.mark.parametrize("text, expected", MUST_FLAG)
def test_must_flag(text, expected):
    assert size(text) == expected


@pytest.mark.parametrize("text, expected", MUST_PASS)
def test_must_pass(text, expected):
    assert size(text) is expected


def test_signal_carries_value_and_document_offsets():
    text = "The trial enrolled 1,200 adults with asthma."
    result = run(text, start=500)
    [signal] = result.signals
    assert signal.scorer == "sample_size" and signal.kind == "participants"
    assert signal.text == "1,200" and signal.value == 1200
    assert signal.start == 500 + text.index("1,200") and signal.end == signal.start + 5


def test_arms_are_group_signals_and_summed():
    result = run("In the trial, 150 received the drug and 148 placebo.")
    assert [(s.kind, s.value) for s in result.signals] == [("group", 150), ("group", 148)]
    assert result.fields["sample_size"] == 298


def test_arms_not_summed_when_option_off():
    assert size("In the trial, 150 received the drug and 148 placebo.",
                options=sample_size.Options(sum_arms=False)) == 150


def test_numerator_is_not_a_participant_count():
    result = run("3 of 5 patients responded.")
    assert [s.text for s in result.signals] == ["5"]


def test_screened_pool_is_not_the_sample():
    result = run("Of 900 people screened, 410 were enrolled.")
    kinds = {s.text: s.kind for s in result.signals}
    assert kinds == {"900": "screened", "410": "participants"}


def test_gap_words_option():
    text = "We enrolled 40 otherwise healthy older adults."
    assert size(text) == 40
    assert size(text, options=sample_size.Options(max_gap_words=1)) is None


@pytest.mark.parametrize("words, value", [
    ("thirteen", 13), ("twenty-four", 24), ("ninety nine", 99), ("one hundred and five", 105),
    ("two thousand", 2000), ("three thousand four hundred", 3400), ("1,842", 1842),
    ("1.5 million", 1_500_000), ("2.5", None), ("two dozen", 24),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_module_shape():
    assert sample_size.NAME == "sample_size" and sample_size.FIELDS == ("sample_size",)
    assert sample_size.SCOPE == "claim" and sample_size.SUMMARY


def test_long_claim_stays_linear():
    # one whole-claim search per claim, not per number: 15,000 counts finish quickly
    text = "12 patients and " * 15000
    result = run(text)
    assert len(result.signals) == 15000 and all(s.value == 12 for s in result.signals)


def test_age_range_is_not_a_second_count():
    result = run("Twenty-two adults aged 40 to 65 joined the programme.")
    assert [s.value for s in result.signals] == [22]
    assert result.fields["sample_size"] == 22
