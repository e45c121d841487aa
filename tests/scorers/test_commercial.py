"""Tests for the commercial scorer: selling cues, conflicts of interest and the neutral traps."""
from __future__ import annotations

import hashlib

import pytest

from audit.model import Claim
from scorers import commercial
from scorers._base import ClaimContext


def run(text: str, *, start: int = 0, context: ClaimContext | None = None,
        options: commercial.Options | None = None):
    claim = Claim(id="s1.c1", section_id="s1", text=text, start=start, end=start + len(text),
                  line=1)
    return commercial.score(claim, context or ClaimContext(), options or commercial.Options())


def kinds(assessment) -> set[str]:
    return {s.kind for s in assessment.signals}


# Sentences that sell something or carry a commercial stake, with one signal kind
# that must be among the reasons.
MUST_FLAG = [
    ("Today's episode is brought to you by Vitaleaf, the greens blend I drink every morning.",
     "sponsor"),
    ("This article is sponsored by Restwell Mattresses.", "sponsor"),
    ("Paid partnership with Lumora Skincare: here is my evening routine.", "sponsor"),
    ("Loving how this posture brace feels after a long shift #ad", "sponsor"),
    ("The trial was funded by the manufacturer of the inhaler.", "funder_stake"),
    ("This analysis was funded by Merck Sharp & Dohme.", "funder_stake"),
    ("The lead author holds shares in the company that makes the glucose sensor.", "funder_stake"),
    ("Dr Okafor has received speaker fees from several makers of migraine drugs.", "funder_stake"),
    ("The review was paid for by a trade body representing soft-drink makers.", "funder_stake"),
    ("The study was financed by a sugar industry group.", "funder_stake"),
    ("As the founder of PureRoot, I formulated every capsule myself.", "author_company"),
    ("Our products are third-party tested and shipped within 24 hours.", "author_company"),
    ("Our proprietary adaptogen complex supports a calm, balanced mood.", "product"),
    ("Grab a 90-day supply for only $59.95 today.", "price"),
    ("Enter code CALM15 at checkout to save 15% on your order.", "discount"),
    ("Free shipping on every bottle, this week only!", "discount"),
    ("Book your free consultation with our weight-loss team today.", "discount"),
    ("Call 1-800-555-0199 now to reserve your starter kit.", "phone"),
    ("Ring our Manchester clinic on +44 161 496 0000 to arrange your first session.", "phone"),
    ("Check today's price on Amazon before the deal ends.", "call_to_action"),
    ("We may earn a small commission if you buy through links on this page.", "affiliate_notice"),
    ("Dentist Near Me | Teeth Whitening | Invisalign | Denver CO 80202", "seo_header"),
    ("★★★★★ Best knee sleeve I have ever owned, worth every penny!", "testimonial_sell"),
    ("Try it risk-free for 60 days or get your money back.", "product"),
    ("Link in bio for 20% off the collagen gummies I swear by!", "discount"),
    ("Ask your doctor if Zentavia is right for you.", "call_to_action"),
    ("Join thousands of happy customers who now sleep soundly.", "testimonial_sell"),
    ("Voted best physiotherapy clinic in Leeds three years in a row.", "testimonial_sell"),
    ("Available exclusively at our online shop, with free delivery over £30.", "author_company"),
    ("I sell a homemade sleep balm; message me if you want a jar.", "author_company"),
    # generalisation: families of cues rather than single phrases
    ("Gardeners with stiff hands have found real comfort in Joyflex's warming arnica gel.",
     "product"),
    ("The team at Pureform spent three years developing a protein shake for sensitive stomachs.",
     "product"),
    ("Our sleep spray is made with lavender and chamomile.", "author_company"),
    ("AD | I've been using the Lumisonic toothbrush for a month and my gums bleed far less.",
     "sponsor"),
    ("Episode sponsor: Mindtide, the meditation app for people who think they can't meditate.",
     "sponsor"),
    ("This guide was created in collaboration with Nutrafield, whose protein bars we mention.",
     "sponsor"),
    ("Disclosure: the author is a paid medical adviser to Lumina Diagnostics.", "funder_stake"),
    ("Funding for the trial came from Zephyr Biotech, which markets the implant.", "funder_stake"),
    ("The researcher who led the study co-founded the start-up selling the test.",
     "funder_stake"),
    ("Save 30% on every refill when you join our pharmacy rewards club.", "discount"),
    ("Get 2 months free when you sign up for an annual plan.", "discount"),
    ("New patients receive a complimentary teeth-whitening session with their first check-up.",
     "discount"),
    ('"The Revive drip gave me my energy back after one visit," says Karen, a customer from Ohio.',
     "testimonial_sell"),
    ("Serving Tampa, Clearwater and St. Petersburg with compassionate addiction care since 2009.",
     "seo_header"),
    ("Been a Herbalux coach for three years and the shakes changed my life, ask me how to join "
     "my team!", "author_company"),
    ("If you buy something through our links, we may earn an affiliate fee.", "affiliate_notice"),
    ("Treat your gut right with PrimeFlora, now available at Boots and Superdrug.",
     "call_to_action"),
]

# Neutral sentences, many with a word that looks commercial; the second item says
# which trap the row covers.
MUST_PASS = [
    ("Wegovy (semaglutide) is licensed for weight management alongside diet and exercise.",
     "brand name in a guideline"),
    ("Do not stop taking Xarelto without speaking to the doctor who prescribed it.",
     "brand name in advice"),
    ("This work was supported by the Medical Research Council.", "public funding"),
    ("The trial was funded by a national heart charity.", "charity funding"),
    ("The authors report no competing interests.", "disclosure of none"),
    ("Dr Singh declares no financial relationships with industry.", "negated tie"),
    ("The manufacturer donated the study inhalers but had no role in data analysis or writing.",
     "disclosed supply with no role"),
    ("A month of generic atorvastatin costs less than a sandwich at most pharmacies.",
     "neutral price"),
    ("Generic omeprazole costs about $5 a month without insurance.", "neutral price in dollars"),
    ("The drug's list price of $18,000 a year has been widely criticised.", "price in news"),
    ("Call your GP if the fever lasts more than three days.", "advice to seek care"),
    ("Call 999 if someone has chest pain that spreads to the arm.", "emergency number"),
    ("If you feel unsafe, text 988 to reach the crisis line at any hour.", "crisis line"),
    ("Book an appointment with your practice nurse to review your inhaler technique.",
     "booking advice"),
    ("Order your repeat prescription online through the NHS app.", "public service"),
    ("Contact the poison information centre if a child swallows a button battery.",
     "poison line"),
    ("Shares in the insulin maker rose 3% after the trial results were published.",
     "business news"),
    ("The company recalled two batches of eye drops after reports of contamination.",
     "recall news"),
    ("The drugmaker reported yearly revenue of $9 billion.", "revenue figure"),
    ("I use the nebuliser my respiratory team gave me and it works fine.", "patient device"),
    ("I tried Sudafed and Vicks and neither did much for my sinuses.", "patient brands"),
    ("Buy a pill organiser so you do not miss doses.", "practical advice"),
    ("Hearing tests are free for adults over 55 at NHS audiology clinics.", "free public service"),
    ("Participants were recruited through advertisements in local newspapers.",
     "recruitment adverts"),
    ("Diagnoses were coded using ICD-10 codes from discharge records.", "diagnostic codes"),
    ("Enter your postcode to find your nearest pharmacy.", "postcode"),
    ("Advertising prescription medicines to the public is not allowed in the UK.",
     "talk about advertising"),
    ("Many clinics publish \"near me\" pages, but qualifications matter more than distance.",
     "quoted SEO phrase"),
    ("Sunscreen prices vary widely, but cheap ones protect just as well.", "prices in general"),
    ("The newsletter is free and you can unsubscribe at any time.", "free newsletter"),
    ("Join our mailing list for new articles, seasonal tips and the occasional recipe, "
     "delivered every Friday.", "the site's own free newsletter"),
    ("Subscribe to our free weekly newsletter for the latest health news.", "free newsletter"),
    ("Reply | Quote | Report post | Back to top", "forum chrome, not an SEO header"),
    ("A growing number of adults are turning to telehealth for routine follow-up appointments.",
     "adoption frame with no brand"),
    ("Thanks to the new vaccine, cases of cervical cancer have fallen sharply in Scotland.",
     "praise frame with no brand"),
    ("The trial was conducted in collaboration with the Karolinska Institute.",
     "academic collaboration"),
    ("Patients were offered a £10 voucher for completing each questionnaire.",
     "participant incentive"),
    ("Check the expiry date on your EpiPen and order a replacement before it runs out.",
     "advice with a brand-name device"),
    ("Researchers at Stanford found that the wearable missed a fifth of arrhythmias.",
     "research naming a university"),
    ("The Mayo Clinic recommends at least seven hours of sleep for adults.",
     "a hospital's advice"),
    ("A spokesperson for the drugmaker said the company would appeal the ruling.",
     "business news quoting a company"),
    ("St Aldhelm's Hospitals NHS Trust, Kingsmead Road.", "an NHS trust's address"),
    ("Lost 5 kg over the summer just by walking more and cutting out fizzy drinks.",
     "personal result with no product"),
    ('"It took me months to get a diagnosis," says Priya, a patient at the lupus clinic.',
     "patient quoted in news"),
]


@pytest.mark.parametrize(("sentence", "kind"), MUST_FLAG)
def test_must_flag(sentence, kind):
    result = run(sentence)
    assert result.fields["commercial"] is True, (sentence, result.signals)
    assert kind in kinds(result), (sentence, result.signals)


@pytest.mark.parametrize(("sentence", "trap"), MUST_PASS)
def test_must_pass(sentence, trap):
    result = run(sentence)
    assert result.fields["commercial"] is False, (trap, result.signals)


def test_neutral_claim_scores_zero_with_no_signals():
    result = run("Adults should aim for at least 150 minutes of moderate activity a week.")
    assert result.fields == {"commercial": False, "commercial_score": 0.0}
    assert result.signals == ()


def test_score_is_between_zero_and_one_and_grows_with_cues():
    weak = run("Prices start at $40.").fields["commercial_score"]
    strong = run("Order now: prices start at $40 and shipping is free with code FREESHIP.")
    assert 0.0 < weak < strong.fields["commercial_score"] <= 1.0


def test_price_plus_call_to_action_is_strongly_commercial():
    result = run("Order today for just $29.99.")
    assert result.fields["commercial_score"] >= 0.7
    assert {"price", "call_to_action"} <= kinds(result)


def test_a_price_alone_is_not_enough():
    result = run("The kit costs $35 at most chemists.")
    assert result.fields["commercial"] is False


def test_threshold_option_moves_the_decision():
    text = "Use code SPRING10 for 10% off."
    assert run(text).fields["commercial"] is True
    strict = run(text, options=commercial.Options(threshold=0.95))
    assert strict.fields["commercial"] is False
    assert strict.fields["commercial_score"] == run(text).fields["commercial_score"]


def test_disclosed_supply_is_recorded_as_low_weight_funder_stake():
    result = run("The company supplied the tablets but had no role in the design of the study.")
    stakes = [s for s in result.signals if s.kind == "funder_stake"]
    assert stakes and all(s.label == "disclosed, no role" for s in stakes)
    assert 0.0 < result.fields["commercial_score"] < 0.5


def test_signal_spans_are_document_offsets():
    text = "Use code SPRING10 for 10% off. Call us on (415) 555-0134 today."
    result = run(text, start=200)
    by_text = {s.text: s for s in result.signals}
    code = by_text["Use code SPRING10"]
    assert (code.start, code.end) == (200, 200 + len("Use code SPRING10"))
    phone = by_text["(415) 555-0134"]
    assert phone.kind == "phone"
    assert phone.start == 200 + text.index("(415)")
    assert all(s.scorer == "commercial" for s in result.signals)


def test_affiliate_link_from_markup_hint():
    href = "https://www.amazon.com/dp/B0TEST?tag=healthblog-20"
    hints = (("link", f"nofollow\t{href}\tcheck the price"),)
    text = "Want one? You can check the price here."
    result = run(text, start=50, context=ClaimContext(section_hints=hints))
    links = [s for s in result.signals if s.kind == "affiliate_link"]
    assert links and links[0].text == "check the price"
    assert links[0].start == 50 + text.index("check the price")
    assert "no rel=sponsored" in links[0].label
    assert result.fields["commercial"] is True


def test_link_marked_sponsored_counts_even_without_affiliate_markers():
    hints = (("link", "sponsored\thttps://example.org/sleep\tour partner's sleep guide"),)
    result = run("Read our partner's sleep guide for more tips.",
                 context=ClaimContext(section_hints=hints))
    assert any(s.kind == "affiliate_link" and s.label == "rel=sponsored" for s in result.signals)


def test_ordinary_link_is_not_affiliate():
    hints = (("link", "\thttps://www.nhs.uk/conditions/asthma/\tNHS asthma page"),)
    result = run("See the NHS asthma page for more.", context=ClaimContext(section_hints=hints))
    assert "affiliate_link" not in kinds(result)


def test_affiliate_url_in_plain_text():
    result = run("Mine came from https://amzn.to/3Qx9Zz and arrived in two days.")
    assert "affiliate_link" in kinds(result)


def test_sponsored_section_markup_marks_every_claim():
    context = ClaimContext(section_hints=(("class", "article sponsored-content"),))
    result = run("Magnesium is found in leafy greens, nuts and seeds.", context=context)
    assert result.fields["commercial"] is True
    assert any(s.kind == "sponsor" and s.label.startswith("markup") for s in result.signals)


def test_sponsored_heading_marks_the_claim():
    result = run("Here is how one family manages hay fever season.",
                 context=ClaimContext(section_heading="Sponsored: Allergy season made easy"))
    assert result.fields["commercial"] is True


def test_trademark_alone_is_weak_but_adds_to_selling_copy():
    alone = run("FluShield® is given as a single injection.")
    assert alone.fields["commercial"] is False
    selling = run("Order FluShield® today and get free delivery.")
    trademark = [s for s in selling.signals if s.label == "trademark"]
    assert trademark and trademark[0].text == "FluShield®"
    assert selling.fields["commercial"] is True


def test_helpline_number_is_not_a_phone_signal():
    result = run("The national quitline, 0300 123 1044, offers free support to stop smoking.")
    assert "phone" not in kinds(result)
    assert result.fields["commercial"] is False


def test_phone_formats():
    for number in ("(212) 555-0147", "212-555-0147", "+1 212 555 0147", "+61 2 9876 5432",
                   "020 7946 0958"):
        result = run(f"Questions? Reach the front desk on {number}.")
        phones = [s.text for s in result.signals if s.kind == "phone"]
        assert phones == [number], number


def test_native_ad_model_decides_only_what_the_rules_leave_open():
    text = "Our berry blend is packed with antioxidants that protect your cells."
    rules_only = run(text, options=commercial.Options(model=False))
    assert rules_only.fields["commercial"] is False  # "our ... blend" alone is not enough
    with_model = run(text)
    assert with_model.fields["commercial"] is True
    native = [s for s in with_model.signals if s.kind == "native_ad"]
    assert native and native[0].label.startswith("selling tone (model p=")


def test_native_ad_model_stays_silent_without_a_rule_cue():
    result = run("Harriet Okoye, a pharmacist in Bristol, reviewed this article.")
    assert "native_ad" not in kinds(result)
    assert result.fields["commercial"] is False


def test_native_ad_model_file_loads_and_records_its_training():
    from scorers import _commercial_model
    model = _commercial_model.shipped()
    assert model is not None, "scorers/_commercial_model.json is missing or unreadable"
    assert 0.5 <= model.cut < 1.0
    assert model.training["data"].endswith("split dev")


@pytest.mark.slow
def test_training_script_regenerates_the_model_file_byte_for_byte():
    from scorers import _commercial_model, _train_commercial
    with open(_commercial_model.MODEL_PATH, encoding="utf-8") as handle:
        shipped = handle.read()
    regenerated = _train_commercial.dump(_train_commercial.train())
    # digests, not the strings: pytest's diff of two large differing files takes minutes
    assert hashlib.sha256(regenerated.encode()).digest() == hashlib.sha256(shipped.encode()).digest(), (
        "rules or data changed: run python scorers/_train_commercial.py")
