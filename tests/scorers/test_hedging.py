"""Tests for the hedging scorer: hedges, boosters, their traps, and claim strength."""
from __future__ import annotations

import pytest

from audit.model import Claim
from scorers import hedging
from scorers._base import ClaimContext


def run(text: str, *, start: int = 0, options: hedging.Options | None = None):
    claim = Claim(id="s1.c1", section_id="s1", text=text, start=start, end=start + len(text),
                  line=1)
    return hedging.score(claim, ClaimContext(), options or hedging.Options())


# Sentences that must set the named field ("hedged" or "boosted").
MUST_FLAG = [
    ("Daily walking might lower the risk of gallstones in older women.", "hedged"),
    ("The rash is probably an allergic reaction to the new soap.", "hedged"),
    ("These early results suggest the vaccine could shorten hospital stays.", "hedged"),
    ("It remains unclear whether high-dose zinc shortens a cold.", "hedged"),
    ("Evidence that fish oil prevents dementia is limited and inconsistent.", "hedged"),
    ("More research is needed before magnesium can be recommended for cramps.", "hedged"),
    ("Green tea appears to have a small effect on blood pressure.", "hedged"),
    ("We hypothesise that poor sleep drives the rise in appetite.", "hedged"),
    ("Roughly a third of patients stopped the drug within six months.", "hedged"),
    ("There is no evidence that ear candling removes wax.", "hedged"),
    ("Could intermittent fasting protect the brain?", "hedged"),
    ("Pain should ease within a few days of starting the cream.", "hedged"),
    ("Our pilot data indicate that the app is acceptable to teenagers.", "hedged"),
    ("A link between gluten and fatigue has not been established.", "hedged"),
    ("I think the headaches might be from the new glasses.", "hedged"),
    ("Low vitamin B12 cannot be ruled out as a cause of the tingling.", "hedged"),
    ("Side effects may include drowsiness and a dry mouth.", "hedged"),
    ("This clinically proven serum erases fine lines in a week.", "boosted"),
    ("Turmeric is a miracle spice that cures joint pain.", "boosted"),
    ("Our revolutionary patch works for everyone, guaranteed.", "boosted"),
    ("There is no doubt that this diet reverses ageing.", "boosted"),
    ("Kale is the ultimate superfood.", "boosted"),
    ("Feel instant relief with a single spray.", "boosted"),
    ("This herbal tea detoxifies your liver while you sleep.", "boosted"),
    ("The only vitamin you will ever need.", "boosted"),
    ("Completely safe for children and pets.", "boosted"),
    ("Copper bracelets permanently cure arthritis.", "boosted"),
    ("A landmark breakthrough in hair regrowth has finally arrived.", "boosted"),
    ("This cream kills every germ on contact.", "boosted"),
    ("Statins undeniably save lives.", "boosted"),
    # generalisation: families of cues rather than single phrases
    ("Data on long-term safety in children are sparse.", "hedged"),
    ("Evidence about routine thyroid screening in pregnant women without symptoms is weak.",
     "hedged"),
    ("The benefit, if any, appears small.", "hedged"),
    ("It's conceivable that the rash is a reaction to the antibiotic.", "hedged"),
    ("Doctors aren't sure why some children develop the condition after a mild infection.",
     "hedged"),
    ("The results are encouraging but should be confirmed in a larger trial.", "hedged"),
    ("Taken together, the data are consistent with a modest benefit.", "hedged"),
    ("The evidence comes mainly from small, short-term trials.", "hedged"),
    ("Some researchers believe the virus jumped from bats to humans.", "hedged"),
    ("Our patch delivers unbeatable results that no other product can match.", "boosted"),
    ("This tea will dramatically boost your metabolism.", "boosted"),
    ("This patch reverses diabetic neuropathy.", "boosted"),
    ("The injections are a foolproof way to lose weight.", "boosted"),
    ("It is the purest fish oil on the market.", "boosted"),
    ("It's simply the greatest medical advance of our lifetime.", "boosted"),
    ("The cream gives instant, permanent results.", "boosted"),
    ("Everyone knows sugar is the root cause of all disease.", "boosted"),
    ("Magnesium fixes everything.", "boosted"),
    ("Do these stretches daily and the pain will be gone for good.", "boosted"),
]

# Sentences that must leave the named field false; the traps the brief lists.
MUST_PASS = [
    ("You may take the capsule with or without food.", "hedged"),
    ("Patients may be offered a second course if the first one fails.", "hedged"),
    ("The clinic reopened in May 2023 after the refurbishment.", "hedged"),
    ("As the name suggests, night sweats happen during sleep.", "hedged"),
    ("Adults with suspected sepsis need antibiotics within an hour.", "hedged"),
    ("Ramipril is indicated for high blood pressure and heart failure.", "hedged"),
    ("Smokers were three times more likely to develop gum disease.", "hedged"),
    ("Remove the dressing as soon as possible after a shower.", "hedged"),
    ("Participants could choose morning or evening sessions.", "hedged"),
    ("Blood glucose should be checked before each meal.", "hedged"),
    ("There is no doubt that smoking damages the lungs.", "hedged"),
    ("The pilot programme opened in three pharmacies last spring.", "hedged"),
    ("Potential donors are screened for infections before giving blood.", "hedged"),
    ("The tablets can be crushed and mixed with yoghurt.", "hedged"),
    ("Breakthrough pain is treated with a short-acting opioid.", "boosted"),
    ("Breakthrough infections after the booster were mostly mild.", "boosted"),
    ("There is no cure for the common cold.", "boosted"),
    ("Always take the tablets at the same time each day.", "boosted"),
    ("Never give ibuprofen to a dehydrated child.", "boosted"),
    ("Cure rates reached 85% with the new regimen.", "boosted"),
    ("The wound had completely healed by the second week.", "boosted"),
    ("The guideline relies on the best available evidence.", "boosted"),
    ("The benefit of the drug has not been proven.", "boosted"),
    ("Alcohol detox should take place under medical supervision.", "boosted"),
    ("Is collagen proven to help wrinkles?", "boosted"),
    ("Critics say calling the juice a 'miracle cure' is misleading.", "boosted"),
    ("Only 9% of adults eat enough fibre.", "boosted"),
    ("Adherence was 100% in the first month.", "boosted"),
    ("Almost always, the rash fades within a week.", "boosted"),
    ("No side effects were reported in the first ten volunteers.", "boosted"),
    ("Children with suspected measles should be kept away from school.", "hedged"),
    ("As the name implies, shingles often appears as a band of blisters.", "hedged"),
    ("Symptoms usually clear within a week.", "hedged"),
    ("Whether you cycle or walk, aim for 30 minutes of activity a day.", "hedged"),
    ("The rash appeared on her arms two days after starting the antibiotic.", "hedged"),
    ("If any result is positive, a nurse will call you.", "hedged"),
    ("Some days he doesn't know who I am.", "hedged"),
    ("Limited parking is available at the front of the building.", "hedged"),
    ("Use with caution in people with kidney disease.", "hedged"),
    ("The best-documented side effect is weight gain.", "boosted"),
    ("A cure for HIV remains out of reach despite decades of research.", "boosted"),
    ("The test correctly identified 100% of the positive samples.", "boosted"),
    ("Calling it a superfood is marketing, not science.", "boosted"),
    ("The call handler was amazing and kept talking us through it.", "boosted"),
    ("Don't expect it to be a permanent fix.", "boosted"),
    ("Eating for good health starts with plenty of vegetables.", "boosted"),
    ("Weight loss can reverse type 2 diabetes in some people.", "boosted"),
]

# (sentence, default label, label with negated_relations="keep")
CLAIM_STRENGTH = [
    ("Regular cycling lowers resting heart rate.", "direct_causal", "direct_causal"),
    ("The new inhaler reduced asthma attacks by a third.", "direct_causal", "direct_causal"),
    ("Metformin can reduce the risk of diabetes in people with prediabetes.",
     "direct_causal", "direct_causal"),
    ("Our findings suggest that stretching reduced injury rates in recruits.",
     "direct_causal", "direct_causal"),
    ("The drug is effective in treating plaque psoriasis.", "direct_causal", "direct_causal"),
    ("Eating nuts may protect against heart disease.", "conditional_causal", "conditional_causal"),
    ("Vitamin K appears to improve bone density in older women.",
     "conditional_causal", "conditional_causal"),
    ("Cutting salt would likely prevent thousands of strokes.",
     "conditional_causal", "conditional_causal"),
    ("Coffee intake was associated with a lower risk of gout.", "correlational", "correlational"),
    ("Loneliness is linked to higher blood pressure.", "correlational", "correlational"),
    ("Depression may be associated with poorer sleep.", "correlational", "correlational"),
    ("Night-shift workers had higher rates of obesity than day workers.",
     "correlational", "correlational"),
    ("The mean age of participants was 54 years.", "no_relationship", "no_relationship"),
    ("Blood samples were taken at baseline and after 12 weeks.",
     "no_relationship", "no_relationship"),
    ("Clinicians should offer screening to all adults over 65.",
     "no_relationship", "no_relationship"),
    ("Symptoms improved in 60% of patients over the first month.",
     "no_relationship", "no_relationship"),
    ("The supplement did not reduce fatigue.", "no_relationship", "direct_causal"),
    ("Sleep duration was not associated with memory scores.", "no_relationship", "correlational"),
    ("Probiotics may not shorten colds in children.", "no_relationship", "conditional_causal"),
    ("Losing weight reverses type 2 diabetes in many people.", "direct_causal", "direct_causal"),
    ("Poor sleep seems to worsen migraine.", "conditional_causal", "conditional_causal"),
]


@pytest.mark.parametrize(("sentence", "field"), MUST_FLAG)
def test_must_flag(sentence, field):
    result = run(sentence)
    assert result.fields[field] is True, (sentence, result.signals)


@pytest.mark.parametrize(("sentence", "field"), MUST_PASS)
def test_must_pass(sentence, field):
    result = run(sentence)
    assert result.fields[field] is False, (sentence, result.signals)


@pytest.mark.parametrize(("sentence", "default", "kept"), CLAIM_STRENGTH)
def test_claim_strength(sentence, default, kept):
    collapse = hedging.Options(negated_relations="no_relationship")
    assert run(sentence, options=collapse).fields["claim_strength"] == default
    assert run(sentence).fields["claim_strength"] == kept  # the default keeps negated relations


def test_fields_are_always_set():
    result = run("The clinic is on the second floor.")
    assert result.fields == {"hedged": False, "boosted": False, "claim_strength": "no_relationship"}


def test_hedge_signal_span_is_the_cue_in_document_offsets():
    text = "Cold water swimming might ease joint pain."
    result = run(text, start=120)
    hedge = [s for s in result.signals if s.kind == "hedge"]
    assert [s.text for s in hedge] == ["might"]
    assert hedge[0].start == 120 + text.index("might")
    assert hedge[0].end == hedge[0].start + len("might")
    assert hedge[0].scorer == "hedging"


def test_negated_booster_is_marked_negated():
    result = run("The supplement is not a miracle, but it may help a little.")
    miracle = [s for s in result.signals if s.text == "miracle"]
    assert miracle and miracle[0].kind == "booster" and miracle[0].negated is True
    assert result.fields["boosted"] is False
    assert result.fields["hedged"] is True


def test_negated_certainty_booster_becomes_a_hedge():
    text = "The study did not prove that the pills work."
    result = run(text, start=10)
    assert result.fields["hedged"] is True and result.fields["boosted"] is False
    hedge = [s for s in result.signals if s.kind == "hedge"]
    assert [s.label for s in hedge] == ["negated booster"]
    assert hedge[0].text == "prove that"
    assert hedge[0].start == 10 + text.index("prove that")


def test_questioned_booster_is_not_asserted():
    result = run("Can turmeric really cure arthritis?")
    assert result.fields["boosted"] is False
    assert any(s.kind == "booster" and s.label == "question" for s in result.signals)
    assert result.fields["hedged"] is True


def test_permission_may_option():
    text = "You may take it with food."
    assert run(text).fields["hedged"] is False
    counted = run(text, options=hedging.Options(count_permission_may=True))
    assert counted.fields["hedged"] is True
    assert [s.label for s in counted.signals if s.kind == "hedge"] == ["permission"]


def test_month_may_is_never_a_hedge():
    result = run("May is skin cancer awareness month, and in May 2024 the campaign began.")
    assert not [s for s in result.signals if s.text.lower() == "may"]
    assert run("May cause drowsiness.").fields["hedged"] is True


def test_claim_strength_signal_marks_the_deciding_cue():
    text = "Higher fibre intake was linked to fewer heart attacks."
    result = run(text, start=5)
    cue = [s for s in result.signals if s.kind == "claim_strength"]
    assert cue and cue[0].label == "correlational" and cue[0].text == "linked to"
    assert cue[0].start == 5 + text.index("linked to")


def test_negated_relation_signal_is_negated():
    result = run("Vitamin C did not prevent colds in the trial.")
    cue = [s for s in result.signals if s.kind == "claim_strength"]
    assert cue and cue[0].negated is True and cue[0].text == "prevent"
