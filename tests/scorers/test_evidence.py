"""Tests for the evidence scorer: the ladder, negation, plans, hearsay and vague appeals."""
from __future__ import annotations

import pytest

from audit.model import Claim
from scorers import evidence
from scorers._base import ClaimContext


def run(text: str, *, start: int = 0, previous: str = "", heading: str = "",
        options: evidence.Options | None = None):
    claim = Claim(id="s1.c1", section_id="s1", text=text, start=start, end=start + len(text),
                  line=1)
    context = ClaimContext(previous_text=previous, section_heading=heading)
    return evidence.score(claim, context, options or evidence.Options())


def label(text: str, **kwargs) -> str:
    return run(text, **kwargs).fields["evidence_type"]


# Sentences that rest on or report evidence of a given type.
MUST_FLAG = [
    ("The updated national guideline advises against routine aspirin for people over 70.",
     "guideline"),
    ("According to the American Academy of Pediatrics, infants should sleep on their backs.",
     "guideline"),
    ("The WHO recommends that adults limit free sugars to under 10% of their energy intake.",
     "guideline"),
    ("A consensus statement from three surgical societies endorses early mobilisation.",
     "guideline"),
    ("A Cochrane review of 21 trials found that zinc shortened colds by about a day.",
     "systematic_review"),
    ("Pooling data from nine cohorts, the meta-analysis linked night shifts to diabetes.",
     "systematic_review"),
    ("An analysis of 30 randomised trials found no benefit of fish oil for heart attacks.",
     "systematic_review"),
    ("In a double-blind, placebo-controlled trial, 310 adults took the capsule for a year.",
     "rct"),
    ("Participants were randomly assigned to a low-salt or usual diet for six weeks.", "rct"),
    ("This crossover study gave each volunteer both the drug and a dummy pill in turn.", "rct"),
    ("Unlike the earlier cohort data, this randomised trial could test cause and effect.", "rct"),
    ("A prospective cohort of 80,000 teachers was followed for two decades.", "observational"),
    ("The case-control analysis compared 400 people with gout to 800 without.", "observational"),
    ("A cross-sectional survey of 3,000 households measured water arsenic levels.",
     "observational"),
    ("Population-based registry data from Denmark showed a small rise in risk.",
     "observational"),
    ("This was not a randomised study but a retrospective cohort study.", "observational"),
    ("An open-label pilot in 11 patients suggested the device eased tremor.", "case_series"),
    ("We report the case of a 34-year-old man who developed liver injury after using a "
     "bodybuilding supplement.", "case_series"),
    ("A chart review of 45 children treated at one clinic found few side effects.",
     "case_series"),
    ("In mice fed the compound, tumours grew more slowly.", "preclinical"),
    ("In vitro, the extract killed several strains of bacteria.", "preclinical"),
    ("Animal models suggest the hormone may protect nerve cells after a stroke.", "preclinical"),
    ("In my practice, most patients with plantar fasciitis improve with calf stretching.",
     "expert_opinion"),
    ("Dr. Alvarez, a hepatologist in Madrid, believes the warning is overdue.", "expert_opinion"),
    ("As a pharmacist, I advise people to take iron apart from their tea.", "expert_opinion"),
    ("I started the magnesium spray in March and my calf cramps have mostly stopped.",
     "anecdote"),
    ("My doctor said a big trial proved it works, so I'm trying it.", "anecdote"),
    ("Honestly this tea worked for me when nothing else did.", "anecdote"),
    ("My mum swears by cod liver oil for her stiff joints.", "anecdote"),
    ("\"It took the edge off my headaches,\" said Tom from Bristol.", "anecdote"),
    ("Customers tell us their skin feels smoother after a week.", "anecdote"),
    ("Commentary: in our view, the new threshold will label healthy people as ill.",
     "expert_opinion"),
    ("Sports medicine doctors warn that ice baths may blunt muscle gains.", "expert_opinion"),
    ("Children under 12 should not be given aspirin.", "guideline"),
    ("Eight children with the seizure disorder were given the extract, and six improved.",
     "case_series"),
    ("A study of 3,000 pupils found that those who played outdoors were less likely to need "
     "glasses.", "observational"),
    ("Patients and assessors were masked to treatment allocation.", "rct"),
    ("Green tea catechins are antioxidants that protect cells from oxidative stress.",
     "preclinical"),
    # cue families and scoped cues (framed words, connectors, speakers next to their verbs)
    ("A survey of 1,800 nurses found that most skipped meals on night shifts.", "observational"),
    ("Researchers tracked 3,000 commuters for a decade and recorded who developed back pain.",
     "observational"),
    ("When the mice were given the compound, their tumours shrank.", "preclinical"),
    ("Salt draws water into the bloodstream, which is why a salty diet raises blood pressure.",
     "preclinical"),
    ("Several psychiatrists told us they worry about rising prescriptions for sleeping pills.",
     "expert_opinion"),
    ("Our founder, a registered pharmacist, personally recommends taking iron with orange juice.",
     "expert_opinion"),
    ("Jane, a retired teacher, says the hearing aid has transformed her evenings.", "anecdote"),
    ("\"I finally sleep through the night,\" one customer wrote.", "anecdote"),
    ("Took two before bed and slept for eight hours straight.", "anecdote"),
    ("An amazing 9 in 10 of our clients say they feel calmer after one session.", "anecdote"),
    ("Public health officials urge everyone over 65 to get a flu jab every autumn.", "guideline"),
    ("Recommendation 2: offer smoking cessation support at every visit.", "guideline"),
    ("Adults should get at least 150 minutes of moderate activity every week.", "guideline"),
    ("A randomly chosen half of the schools received the new curriculum.", "rct"),
    ("The team combined the results of 18 trials involving 9,000 people.", "systematic_review"),
    ("A woman in her 70s was admitted with confusion after doubling her dose.", "case_series"),
]

# Sentences with no counting evidence: negated, planned, vague or no basis at all.
MUST_PASS = [
    ("IV THERAPY NEAR ME | BEST HYDRATION CLINIC | DOWNTOWN SPRINGFIELD", "none"),
    ("No randomised trials have tested turmeric for depression.", "none"),
    ("There are no guidelines on how long to keep taking it.", "none"),
    ("The lack of RCTs means nobody knows whether it helps.", "none"),
    ("A trial is recruiting adults with long COVID in four cities.", "none"),
    ("The remedy should be tested in a randomised trial before anyone recommends it.", "none"),
    ("We need larger trials before drawing any conclusions.", "none"),
    ("Future studies should include older adults.", "none"),
    ("Our gummies contain clinically studied ingredients.", "none"),
    ("Backed by science, our formula supports healthy digestion.", "none"),
    ("Research has validated what ancient healers always knew.", "none"),
    ("Studies show that this cream melts away belly fat.", "none"),
    ("Vitamin C is a water-soluble vitamin found in citrus fruit.", "none"),
    ("Drink plenty of water and rest if you have a cold.", "none"),
    ("Pet therapy visits are held on the ward every Friday.", "none"),
    ("Start your free trial today and cancel any time.", "none"),
    ("In case of a severe reaction, call an ambulance.", "none"),
    ("Take one tablet twice a day with food.", "none"),
    ("The clinic is open from 8 am to 6 pm on weekdays.", "none"),
    ("Ask your doctor whether this medicine is right for you.", "none"),
    ("It has never been studied in a controlled trial.", "none"),
    ("The placebo effect can be surprisingly strong.", "none"),
    ("Our platform uses the latest science-backed methods.", "none"),
    ("Learn what a cohort study is and why it cannot prove cause.", "none"),
    ("No meta-analysis has pooled these small studies yet.", "none"),
    ("Results of the trial are expected next year.", "none"),
    ("Nobody has ever run a proper trial of this diet.", "none"),
    ("Doctors once thought ulcers were caused by stress.", "none"),
    ("Trials of the drug in children have not yet been done.", "none"),
    ("Clinically tested and dermatologist approved, this lotion is gentle on skin.", "none"),
    ("Keep the mouse and keyboard at elbow height.", "none"),
    # generic words out of context: page chrome, advice, logistics, definitions, capability
    ("Save my name, email and website in this browser for the next time I comment.", "none"),
    ("This week only, get your first follow-up visit free when you book two sessions.", "none"),
    ("Most insurers do not cover the treatment yet, which is why we offer payment plans.", "none"),
    ("People with asthma should keep seeing their practice nurse for regular reviews.", "none"),
    ("Patients should bring a list of their medicines to every appointment.", "none"),
    ("Please complete the short survey at the end of your visit.", "none"),
    ("Mice and rats can spread salmonella, so keep food in sealed containers.", "none"),
    ("Read the full guidelines here.", "none"),
    ("Our patients love our friendly reception team.", "none"),
    ("Follow us on Instagram for daily wellness tips.", "none"),
    ("Cohort studies follow groups of people over time.", "none"),
    ("The trial of the new parking system at the hospital starts on Monday.", "none"),
    ("Leave a comment below and tell me what you think!", "none"),
    ("A doctor can confirm the diagnosis and suggest other treatments.", "none"),
    ("Join thousands of happy customers who have changed their lives.", "none"),
    ("The guidelines are currently being revised.", "none"),
]


@pytest.mark.parametrize("text, expected", MUST_FLAG)
def test_must_flag(text, expected):
    assert label(text) == expected


@pytest.mark.parametrize("text, expected", MUST_PASS)
def test_must_pass(text, expected):
    assert label(text) == expected


def test_signal_text_is_the_cue_and_offsets_are_document_offsets():
    text = "In a randomised trial of 200 adults, the drug lowered pressure."
    result = run(text, start=1000)
    cue = next(s for s in result.signals if s.label == "rct" and s.text.lower() == "randomised")
    assert cue.start == 1000 + text.index("randomised")
    assert cue.end == cue.start + len("randomised")
    assert cue.scorer == "evidence" and cue.kind == "evidence"


def test_negated_cue_is_reported_but_does_not_count():
    result = run("No randomised trials have tested this supplement.")
    negated = [s for s in result.signals if s.negated]
    assert negated and negated[0].text == "randomised" and negated[0].label == "rct"
    assert result.fields["evidence_type"] == "none"


def test_planned_study_is_a_mention():
    result = run("A randomised trial is now recruiting patients.")
    assert {s.kind for s in result.signals} == {"evidence_mention"}
    assert result.fields["evidence_type"] == "none"


def test_vague_appeal_signal():
    text = "Our clinically proven formula boosts energy."
    result = run(text, start=40)
    vague = [s for s in result.signals if s.kind == "vague_appeal"]
    assert [s.text for s in vague] == ["clinically proven"]
    assert vague[0].start == 40 + text.index("clinically")


def test_hearsay_demotes_the_study_cue():
    result = run("My doctor said a trial showed it works.")
    trial = next(s for s in result.signals if s.text == "trial")
    assert trial.kind == "evidence_mention"
    assert result.fields["evidence_type"] == "anecdote"


def test_strongest_cue_wins():
    assert label("A meta-analysis of cohort studies and case reports found a link.") \
        == "systematic_review"


def test_reported_published_study_beats_first_person_story():
    assert label("I read a meta-analysis in JAMA that found it lowers blood pressure.") \
        == "systematic_review"


def test_first_person_trial_participation_is_anecdote():
    assert label("I took part in a placebo-controlled trial and my pain went away.") == "anecdote"


def test_continuity_with_previous_claim():
    previous = "An open-label pilot enrolled 12 adults with psoriasis."
    assert label("The trial found that half of them improved.", previous=previous) == "case_series"
    assert label("It found that half of them improved.", previous=previous) == "case_series"
    assert label("It found that half of them improved.", previous=previous,
                 options=evidence.Options(use_previous_text=False)) == "none"


def test_testimonial_heading():
    assert label("Absolutely love this serum!", heading="Customer reviews") == "anecdote"
    assert label("Absolutely love this serum!") == "none"


def test_mechanism_option():
    text = "The compound blocks a receptor in the gut, which may explain the effect."
    assert label(text) == "preclinical"
    assert label(text, options=evidence.Options(mechanism_is_preclinical=False)) == "none"


def test_module_shape():
    assert evidence.NAME == "evidence" and evidence.FIELDS == ("evidence_type",)
    assert evidence.SCOPE == "claim" and evidence.SUMMARY


def test_long_claim_stays_linear():
    # quadratic scans would take minutes here; a linear pass takes well under a second
    text = "no randomised trials or cohort studies, said my doctor. " * 3000
    result = run(text)
    assert result.fields["evidence_type"] == "anecdote"
    assert all(text[s.start:s.end] == s.text for s in result.signals)


def test_rules_without_a_named_design_still_point_at_their_words():
    result = run("Children under 12 should not be given aspirin.", start=7)
    [signal] = result.signals
    assert result.fields["evidence_type"] == "guideline" and signal.label == "guideline"
    assert signal.text.startswith("Children") and signal.start == 7


def test_framed_cue_outside_a_study_is_only_a_mention():
    result = run("Please complete the short survey at the end of your visit.")
    [signal] = result.signals
    assert signal.text == "survey" and signal.kind == "evidence_mention"
    assert signal.label == "observational" and result.fields["evidence_type"] == "none"
    assert label("A survey of 2,400 parents found that most used screens at bedtime.") \
        == "observational"


def test_first_person_counts_only_with_health_content():
    assert label("My account | Order history | Log out") == "none"
    assert label("My knees ache for days after every long run.") == "anecdote"
    assert label("Has anyone else taken magnesium for their sleep?") == "none"
