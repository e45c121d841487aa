"""Deterministic synthetic health content for the benchmarks.

Everything here is built from templates written for this project: invented
products, clinics, people and journals combined into sentences of the kinds
credaudit reads (trial reports, observational findings, guideline advice,
expert quotes, personal stories, sales copy, page furniture).  The same seed
always gives the same bytes, so runs on different machines audit the same
corpus.  None of it is medical advice, and none of it is real.
"""
from __future__ import annotations

import html
import json
import random

CONDITIONS = ("migraine", "knee osteoarthritis", "type 2 diabetes", "insomnia", "high blood pressure",
              "lower back pain", "eczema", "iron-deficiency anaemia", "mild depression", "gout",
              "asthma", "acid reflux", "plantar fasciitis", "seasonal allergies", "tension headache",
              "irritable bowel syndrome", "osteoporosis", "chronic fatigue", "acne", "tinnitus")
TREATMENTS = ("daily magnesium", "a brisk 30-minute walk", "cognitive behavioural therapy",
              "a low-salt diet", "vitamin D tablets", "physiotherapy exercises", "turmeric extract",
              "a Mediterranean diet", "melatonin", "acupuncture", "fish oil capsules", "yoga classes",
              "a probiotic drink", "an emollient cream", "strength training twice a week",
              "green tea extract", "a standing desk", "cold-water swimming", "a fibre supplement",
              "mindfulness sessions")
OUTCOMES = ("pain scores", "blood pressure", "the number of attacks", "sleep quality",
            "fasting glucose", "symptom severity", "the risk of hospital admission", "fatigue",
            "quality of life", "the need for rescue medication", "flare-ups", "bone density")
GROUPS = ("adults over 60", "office workers", "pregnant women", "teenagers", "people with obesity",
          "postmenopausal women", "older men", "shift workers", "children aged 6 to 12",
          "patients in primary care", "nursing home residents", "recreational runners")
JOURNALS = ("the Northern Journal of Clinical Practice", "Annals of Everyday Medicine",
            "the Coastal Medical Review", "Journal of Applied Lifestyle Research",
            "the Midland Archives of Family Health", "Clinical Evidence Letters")
PEOPLE = ("Dr. Amara Okafor", "Prof. Lin Haugen", "Dr. Tomasz Reyes", "Dr. Priya Lindqvist",
          "Prof. Jonah Abara", "Dr. Celia Marchetti", "Dr. Yusuf Brennan", "Prof. Ines Kowalczyk")
ROLES = ("a cardiologist", "a sleep researcher", "a general practitioner", "an epidemiologist",
         "a rheumatologist", "a dietitian", "a pharmacist", "a sports physician")
PLACES = ("Riverside University Hospital", "the Eastbrook Institute", "Harbourview Clinic",
          "the Westfield Health Trust", "Lakeside Medical School", "the Greenmoor Research Centre")
BRANDS = ("VitaCalm", "FlexiJoint Plus", "SleepWell Gummies", "PureBiome", "GlucoBalance",
          "ClearSkin Serum", "HeartEase Drops", "ZenFocus", "BoneStrong Max", "AllerFree Mist")
BODIES = ("the national health institute", "the College of Family Physicians",
          "the regional public health agency", "the Society for Joint Health",
          "the independent guideline panel", "the sleep medicine association")
NAMES = ("Maya", "Tom", "Grace", "Omar", "Lena", "Sam", "Iris", "Ben", "Nora", "Felix")

HEDGES = ("may", "might", "could", "appears to", "seems to")
BOOSTERS = ("clearly", "definitely", "dramatically", "without doubt")

# {c} condition, {t} treatment, {o} outcome, {g} group, {j} journal, {p} person, {r} role,
# {l} place, {b} brand, {d} body, {n} number, {m} second number, {y} year, {h} hedge,
# {x} booster, {k} citation number, {a} first name
TEMPLATES = {
    "rct": (
        "A randomised controlled trial of {n} {g} found that {t} reduced {o} by {m}% compared "
        "with placebo over 12 weeks.",
        "In a double-blind trial published in {j}, {n} participants with {c} were assigned to "
        "{t} or a dummy treatment, and the treated group reported lower {o}. [{k}]",
        "The trial enrolled {n} {g} at {m} clinics and followed them for six months.",
        "Participants given {t} {h} have slightly better {o}, although the difference was small.",
    ),
    "review": (
        "A systematic review of {m} trials involving {n} patients concluded that {t} {h} ease {o} "
        "in {c}.",
        "A meta-analysis pooling {m} studies found no clear effect of {t} on {o} ({p2} et al., {y}).",
        "Reviewers judged most of the included studies to be at high risk of bias.",
    ),
    "observational": (
        "In a cohort study of {n} {g}, those who reported {t} had a {m}% lower risk of {c} over "
        "ten years.",
        "A cross-sectional survey of {n} adults linked {t} with better {o}, but it cannot show "
        "cause and effect.",
        "Researchers at {l} analysed health records from {n} patients and found that {o} was "
        "associated with {c}. {k}",
        "People who used {t} were less likely to develop {c}, according to a population-based "
        "study of {n} residents.",
    ),
    "case_series": (
        "In an open-label pilot study, {m} patients with {c} tried {t} and most said their {o} "
        "improved.",
        "A chart review of {n} cases at {l} described fewer flare-ups after patients started {t}.",
    ),
    "preclinical": (
        "In laboratory mice, {t} lowered markers of inflammation linked to {c}.",
        "Cell studies suggest that compounds in {t} {h} block an enzyme involved in {c}.",
    ),
    "guideline": (
        "Current guidance from {d} recommends {t} as a first-line option for {g} with {c}. [{k}]",
        "According to {d}, adults with {c} should try {t} before starting medication.",
        "The {y} guideline advises clinicians to review {o} every three months.",
    ),
    "expert": (
        "\"In my experience, most patients with {c} do well with {t},\" said {p}, {r} at {l}.",
        "{p}, {r} who was not involved in the study, said the findings were encouraging but "
        "needed confirmation.",
        "Speaking from years in clinic, {p} believes {t} is underused for {c}.",
    ),
    "news": (
        "The study, published on Tuesday in {j}, was funded by a government grant.",
        "Health officials said on Monday that cases of {c} had risen by {m}% since {y}.",
        "The researchers cautioned that the results {h} not apply to {g}.",
    ),
    "anecdote": (
        "I started {t} three months ago and honestly my {c} is {x} better than it was.",
        "My mum tried {t} for her {c} and she swears by it now.",
        "After years of {c}, {a} switched to {t} and says she finally sleeps through the night.",
        "I was sceptical at first, but after two weeks of {t} my {o} had improved.",
    ),
    "marketing": (
        "{b} is {x} the best way to beat {c} naturally, with results in just 7 days!",
        "Order {b} today and save {m}% with code HEALTH{m} at checkout.",
        "Thousands of happy customers trust {b} for {o}; clinically proven and doctor approved.",
        "Try {b} risk-free: our money-back guarantee means you have nothing to lose.",
        "Our exclusive formula {x} reverses {c} without side effects.",
    ),
    "plain": (
        "{c} affects millions of people and symptoms vary from mild to severe.",
        "Talk to your doctor before changing your treatment for {c}.",
        "Common symptoms of {c} include tiredness, discomfort and poor sleep.",
        "There is no single cure for {c}, but several approaches {h} help.",
        "Keeping a symptom diary can help you and your doctor spot patterns in {o}.",
    ),
}
BOILERPLATE = ("Share this article", "Sign up for our weekly newsletter",
               "This site uses cookies to improve your experience.",
               "Copyright 2025 Example Health Media. All rights reserved.",
               "This content does not replace advice from your doctor or pharmacist.",
               "Related articles", "Back to top", "Privacy policy | Terms of use | Contact us")
HEADINGS = {"rct": "What the new trial found", "review": "What the evidence says overall",
            "observational": "Findings from large studies", "case_series": "Early reports",
            "preclinical": "Laboratory research", "guideline": "What the guidelines recommend",
            "expert": "What specialists say", "news": "Background",
            "anecdote": "Readers share their experience", "marketing": "Try {b} today",
            "plain": "About {c}"}
SECTION_MIX = ("plain", "rct", "observational", "review", "guideline", "expert", "news",
               "anecdote", "marketing", "case_series", "preclinical")


class Writer:
    """Sentences, paragraphs and whole documents from one seeded random generator."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)

    def sentence(self, kind: str) -> str:
        rnd = self.random
        template = rnd.choice(TEMPLATES[kind])
        values = {"c": rnd.choice(CONDITIONS), "t": rnd.choice(TREATMENTS), "o": rnd.choice(OUTCOMES),
                  "g": rnd.choice(GROUPS), "j": rnd.choice(JOURNALS), "p": rnd.choice(PEOPLE),
                  "p2": rnd.choice(PEOPLE).split()[-1], "r": rnd.choice(ROLES),
                  "l": rnd.choice(PLACES), "b": rnd.choice(BRANDS), "d": rnd.choice(BODIES),
                  "n": rnd.choice((12, 24, 48, 86, 120, 240, 412, 1150, 3800, 25000)),
                  "m": rnd.randint(2, 40), "y": rnd.randint(2008, 2025), "h": rnd.choice(HEDGES),
                  "x": rnd.choice(BOOSTERS), "k": rnd.randint(1, 30), "a": rnd.choice(NAMES)}
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def paragraph(self, kind: str, sentences: int | None = None) -> str:
        count = sentences or self.random.randint(2, 5)
        return " ".join(self.sentence(kind) for _ in range(count))

    def heading(self, kind: str) -> str:
        return HEADINGS[kind].format(b=self.random.choice(BRANDS), c=self.random.choice(CONDITIONS))

    def sections(self, size: int) -> list[tuple[str, str, list[str]]]:
        """(kind, heading, paragraphs) until about `size` characters of prose."""
        out, total = [], 0
        while total < size:
            kind = self.random.choice(SECTION_MIX)
            paragraphs = [self.paragraph(kind) for _ in range(self.random.randint(1, 3))]
            out.append((kind, self.heading(kind), paragraphs))
            total += sum(len(p) for p in paragraphs) + 40
        return out

    def title(self) -> str:
        return f"{self.random.choice(TREATMENTS).capitalize()} and {self.random.choice(CONDITIONS)}: " \
               f"what the evidence says"


def text_document(seed: int, size: int) -> str:
    """A plain-text article of about `size` bytes: a title, headings, paragraphs, a footer line."""
    writer = Writer(seed)
    parts = [writer.title(), ""]
    for kind, heading, paragraphs in writer.sections(size - 120):
        parts += [heading, ""]
        for paragraph in paragraphs:
            parts += [paragraph, ""]
    parts.append(writer.random.choice(BOILERPLATE))
    return _trim("\n".join(parts) + "\n", size)


def markdown_document(seed: int, size: int) -> str:
    writer = Writer(seed)
    parts = [f"# {writer.title()}", ""]
    for kind, heading, paragraphs in writer.sections(size - 120):
        parts += [f"## {heading}", ""]
        for paragraph in paragraphs:
            if kind == "marketing" and writer.random.random() < 0.5:
                parts += [f"- {s}." for s in paragraph.rstrip(".!").split(". ")] + [""]
            else:
                parts += [paragraph, ""]
    parts.append(f"*{writer.random.choice(BOILERPLATE)}*")
    return "\n".join(parts) + "\n"


def html_page(seed: int, size: int) -> str:
    """A whole web page of about `size` bytes: head, navigation, article, ad box, footer."""
    writer = Writer(seed)
    rnd = writer.random
    esc = html.escape
    title = writer.title()
    brand = rnd.choice(BRANDS)
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>'
                  for w in ("Home", "News", "Conditions", "Wellness", "Shop", "About"))
    ld = json.dumps({"@context": "https://schema.org", "@type": "MedicalWebPage", "name": title})
    head = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{esc(title)} | Example Health</title>\n"
            f"<meta name=\"description\" content=\"{esc(writer.sentence('plain'))}\">\n"
            f"<meta property=\"og:type\" content=\"article\">\n"
            f"<script type=\"application/ld+json\">{ld}</script>\n"
            "<style>body{font-family:sans-serif}.ad{border:1px solid #ccc}</style>\n"
            "<script>window.dataLayer=window.dataLayer||[];</script>\n</head>\n<body>\n"
            f"<header class=\"site-header\"><p class=\"logo\">Example Health</p>\n"
            f"<nav aria-label=\"Main\"><ul>{nav}</ul></nav></header>\n<main>\n<article>\n"
            f"<h1>{esc(title)}</h1>\n<p class=\"byline\">By {rnd.choice(PEOPLE)} | Updated "
            f"{rnd.randint(1, 28)} May {rnd.randint(2019, 2025)}</p>\n")
    tail = (f"</article>\n<aside class=\"sponsored-box\" data-ad-slot=\"{rnd.randint(100, 999)}\">"
            f"<p>Sponsored</p><p>{esc(writer.sentence('marketing'))} "
            f"<a rel=\"sponsored nofollow\" href=\"https://shop.example/{brand.lower()}\">Buy now</a>"
            f"</p></aside>\n</main>\n<footer><p>{esc(rnd.choice(BOILERPLATE))}</p>"
            f"<p>{esc(BOILERPLATE[3])}</p><ul><li><a href=\"/privacy\">Privacy</a></li>"
            f"<li><a href=\"/terms\">Terms</a></li></ul></footer>\n</body>\n</html>\n")
    body: list[str] = []
    budget = size - len(head) - len(tail)
    used = 0
    while used < budget:
        kind = rnd.choice(SECTION_MIX)
        chunk = [f"<section>\n<h2>{esc(writer.heading(kind))}</h2>\n"]
        for _ in range(rnd.randint(1, 3)):
            paragraph = writer.paragraph(kind)
            if rnd.random() < 0.3:
                words = paragraph.split(" ")
                at = rnd.randint(1, max(1, len(words) - 3))
                words[at] = f'<a href="https://example.org/ref/{rnd.randint(1, 999)}">{words[at]}</a>'
                paragraph = " ".join(words)
            elif rnd.random() < 0.2:
                paragraph = paragraph.replace(". ", ". <em>", 1) + "</em>" if ". " in paragraph \
                    else paragraph
            chunk.append(f"<p>{paragraph}</p>\n")
        if kind in ("marketing", "guideline") and rnd.random() < 0.6:
            items = "".join(f"<li>{esc(writer.sentence(kind))}</li>" for _ in range(3))
            chunk.append(f"<ul class=\"key-points\">{items}</ul>\n")
        if kind == "rct" and rnd.random() < 0.4:
            rows = "".join(f"<tr><td>{esc(rnd.choice(OUTCOMES))}</td><td>{rnd.randint(1, 40)}%</td></tr>"
                           for _ in range(3))
            chunk.append(f"<table><tr><th>Outcome</th><th>Change</th></tr>{rows}</table>\n")
        chunk.append("</section>\n")
        text = "".join(chunk)
        body.append(text)
        used += len(text)
    return head + "".join(body) + tail


def _trim(text: str, size: int) -> str:
    """Cut at the last paragraph end before `size` (never mid-sentence)."""
    if len(text.encode()) <= size:
        return text
    cut = text.rfind("\n\n", 0, size)
    return text[:cut + 1] if cut > 0 else text[:size]


def jsonl_lines(count: int, size: int, seed: int = 7, kinds=("text", "markdown", "html")):
    """`count` JSONL lines of about `size` bytes each, cycling through the input kinds."""
    for index in range(count):
        kind = kinds[index % len(kinds)]
        build = {"text": text_document, "markdown": markdown_document, "html": html_page}[kind]
        yield json.dumps({"id": f"doc-{index:06d}", kind: build(seed * 1_000_003 + index, size)},
                         ensure_ascii=False) + "\n"
