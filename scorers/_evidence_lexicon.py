"""Cue phrases for the evidence scorer (our own lists, written for credaudit).

Every phrase is matched on lower-cased text; a space also matches a hyphen, so
"case control" finds "case-control".  Categories:

* a ladder label (``guideline`` ... ``anecdote``): a cue for that evidence type;
* ``rct_weak``: a bare "trial", counted as rct only when nothing better is known;
* ``mechanism``: mechanistic talk (receptors, pathways), preclinical when alone;
* ``expert_weak``: "in my experience", "I've seen" - a professional's practice
  unless the text is about the writer's own body;
* ``org`` + ``recommend``: a named professional or public-health body that
  recommends something is a guideline;
* ``pro`` + ``speech``: a clinician who says/believes something is expert opinion;
* ``hearsay``: first-person reported speech ("my doctor said", "I read");
* ``vague``: a marketing or news appeal to unnamed research;
* ``study``: generic research words (used for continuity and for study counts);
* ``neg``, ``plan_pre``, ``absent_post``: negation and plans around a cue;
* ``ignore``: phrases that contain a cue word in another sense ("free trial").
"""
from __future__ import annotations

LADDER = ("guideline", "systematic_review", "rct", "observational", "case_series",
          "preclinical", "expert_opinion", "anecdote", "none")

GUIDELINE = (
    "guideline", "guidelines", "clinical guideline", "practice guideline",
    "clinical practice guideline", "consensus statement", "consensus guideline",
    "consensus recommendations", "position statement", "position paper", "position stand",
    "practice parameter", "practice parameters", "recommendation statement",
    "scientific statement", "uspstf", "preventive services task force", "nice guidance",
    "strong recommendation", "conditional recommendation", "weak recommendation",
    "grade a recommendation", "level a recommendation", "class i recommendation",
    "official recommendations", "current recommendations", "national recommendations",
    "screening recommendations", "dietary guidelines", "guidance from",
    "standards of care", "standard of care", "official advice", "official guidance",
    "strategy report", "not recommended", "is recommended", "are recommended",
    "recommended first line", "recommended first line treatment", "first line treatment",
    "first line therapy", "recommended treatment", "recommended dose", "recommended schedule",
    "immunisation schedule", "immunization schedule", "vaccination schedule",
    "grade b recommendation", "grade c recommendation", "grade d recommendation",
)
ORG = (
    "american academy of", "american college of", "american heart association",
    "american diabetes association", "american cancer society", "american society of",
    "american association of", "american psychiatric association", "american geriatrics society",
    "american thoracic society", "american stroke association", "american urological association",
    "american gastroenterological association", "endocrine society",
    "infectious diseases society", "european society of", "european society for",
    "european association for", "european league against", "british society of",
    "british association of", "royal college of", "royal australian college",
    "world health organization", "who", "cdc", "centers for disease control",
    "nice", "national institute for health and care excellence", "nhs", "public health england",
    "health canada", "surgeon general", "ministry of health", "department of health",
    "acog", "aap", "acc", "aha", "ada", "idsa", "esc", "easl", "kdigo", "nccn", "asco", "aafp",
    "acip", "task force", "gina", "eular", "acr", "ags", "asa", "bsg", "sign", "nih",
    "cdcgov", "who's", "society", "academy", "association", "college", "institute",
    "federation", "foundation", "council", "committee", "panel", "agency",
)
RECOMMEND = (
    "recommend", "recommends", "recommended", "recommending", "recommendation",
    "recommendations", "advise", "advises", "advised", "endorse", "endorses", "endorsed",
    "urge", "urges", "urged", "guidance", "advice",
)
SYSTEMATIC_REVIEW = (
    "systematic review", "systematic reviews", "systematic literature review",
    "systematically reviewed", "meta analysis", "meta analyses", "metaanalysis",
    "meta analytic", "meta analysed", "meta analyzed", "meta regression",
    "pooled analysis", "pooled analyses", "pooled data", "pooled results", "pooled estimate",
    "cochrane review", "cochrane reviews", "cochrane", "umbrella review", "overview of reviews",
    "individual participant data", "individual patient data", "evidence synthesis",
    "scoping review",
    "pooled", "pooling", "random effects", "random effects model", "fixed effect",
    "fixed effects", "heterogeneity", "i²", "i2", "funnel plot", "funnel plots", "egger's test",
    "publication bias", "small study effects", "summary estimate", "summary estimates",
    "trial sequential analysis", "two reviewers", "reviewers independently",
    "independently screened", "screened records", "extracted data", "included studies",
    "eligible studies", "across studies", "between studies", "body of evidence",
    "searched medline", "searched pubmed", "searched embase", "we searched", "medline",
    "embase", "cinahl", "web of science", "prisma", "living review",
    "rapid review", "literature search", "searched the literature", "review of the literature",
    "literature review", "review of reviews", "evidence review", "review of trials",
    "review of studies", "review of randomised trials", "review of randomized trials",
)
RCT = (
    "randomized", "randomised", "randomly assigned", "randomly allocated",
    "randomly divided", "randomly split", "random assignment", "random allocation",
    "randomization", "randomisation", "randomized controlled trial", "randomised controlled trial",
    "randomized controlled trials", "randomised controlled trials", "rct", "rcts",
    "placebo controlled", "placebo group", "placebo arm", "versus placebo", "vs placebo",
    "compared with placebo", "compared to placebo", "double blind", "double blinded",
    "triple blind", "single blind", "blinded trial", "sham controlled", "blinded", "blinding",
    "blinded comparison", "look alike", "lookalike", "identical looking", "matching placebo",
    "crossover trial", "cross over trial", "crossover study", "crossover design",
    "phase 3", "phase iii", "phase 3 trial", "controlled trial", "controlled trials",
    "controlled clinical trial", "head to head trial", "n of 1 trial",
    "allocation was concealed", "allocation concealment", "concealed allocation",
    "masked to group", "masked to treatment", "masked to allocation", "blinded to group",
    "blinded to treatment", "blinded to allocation", "flip of a coin", "coin toss",
    "tossed a coin", "by lottery", "at random", "chosen at random", "identical dummy",
    "dummy pill", "dummy pills", "dummy tablet", "sugar pill", "sugar pills",
    "wait list control", "waiting list", "waitlist", "wait list", "sealed envelopes",
    "intention to treat", "per protocol", "assigned to either", "allocated to either",
    "randomly", "cluster randomised", "cluster randomized", "factorial trial",
    "stepped wedge", "half got", "half received",
)
RCT_WEAK = ("trial", "trials", "clinical trial", "clinical trials", "phase 2", "phase ii",
            "active drug", "active treatment", "active pill", "active capsule", "active tablet",
            "active ingredient group", "who was getting", "who had received the active",
            "placebo", "placebos", "sham", "controlled study", "intervention study")
OBSERVATIONAL = (
    "cohort", "cohorts", "cohort study", "cohort studies", "prospective cohort",
    "retrospective cohort", "case control", "case controlled", "cross sectional",
    "population based", "observational", "longitudinal", "prospective study",
    "prospective studies", "retrospective study", "retrospective studies",
    "retrospective analysis", "registry", "registries", "register based", "registry based",
    "nationwide study", "epidemiological", "epidemiologic", "epidemiology", "ecological study",
    "survey", "surveys", "surveyed", "questionnaire", "questionnaires", "poll", "polled",
    "nhanes", "national health and nutrition examination survey", "nurses' health study",
    "nurses health study", "health professionals follow up study", "framingham",
    "uk biobank", "biobank", "electronic health records", "health records",
    "medical records", "insurance claims", "claims data", "claims database",
    "mendelian randomization", "mendelian randomisation", "twin study", "twin studies",
    "followed up", "were followed", "followed for", "follow up", "non randomized",
    "nonrandomized", "non randomised", "nonrandomised", "quasi experimental",
    "randomly selected", "random sample", "randomly sampled", "random digit",
    "nationally representative", "representative sample", "natural experiment",
    "genome wide association", "gwas", "data linkage", "linked data",
    "propensity score", "propensity scores", "propensity matched", "matched controls",
    "disproportionality analysis", "adverse event reporting", "pharmacovigilance",
    "reporting system", "reporting database", "national database", "ecological comparison",
    "ecological analysis", "tracked", "self reported", "who said they", "who reported",
    "selected at random", "randomly chosen", "interrupted time series", "time series",
    "difference in differences", "real world data", "real world evidence",
    "unexposed", "odds ratio", "odds ratios", "hazard ratio", "hazard ratios",
    "adjusted for", "after adjusting", "after adjustment", "confounding", "confounders",
)
CASE_SERIES = (
    "case series", "case report", "case reports", "case study", "case studies",
    "chart review", "chart reviews", "retrospective chart review", "record review",
    "retrospective review", "open label", "uncontrolled", "single arm", "single group",
    "single center experience", "pilot study", "pilot studies", "pilot trial", "small pilot",
    "pilot data", "feasibility study", "proof of concept", "before and after study",
    "pre post", "we report a", "we describe a", "we present a", "we report two",
    "we report three", "report a case", "describe a case", "present a case",
    "year old woman", "year old man", "year old boy", "year old girl", "year old patient",
    "year old male", "year old female", "consecutive patients", "consecutive cases",
    "first in human", "phase 1", "phase i", "phase 1 study", "phase 1 trial", "dose escalation",
    "open label extension", "extension study", "compassionate use", "expanded access",
    "case description", "cases of", "the case of a", "a cluster of",
    "cluster of", "reports of people", "reports of patients", "scattered reports",
    "isolated reports", "published reports", "wrote up", "described a", "describe a",
    "we describe", "we present", "we report", "poison centre", "poison center",
    "poison control",
    "review of our", "our records", "records identified",
    "treated at our", "seen at our", "at our centre", "at our center", "at our clinic",
    "at our hospital", "our experience with", "single centre", "single center",
    "without a control group", "no control group", "with no comparison group",
    "caseload review", "audit of", "clinical audit",
) + tuple(f"{verb} {who} {person}"  # "doctors reported a man who ...", "we describe two women"
          for verb in ("reported", "described", "documented", "report", "describe")
          for who in ("a", "the case of a", "two", "three", "four")
          for person in ("man", "woman", "patient", "patients", "child", "children", "boy", "girl",
                         "infant", "teenager", "men", "women"))
PRECLINICAL = (
    "in mice", "in mouse", "mice", "mouse study", "mouse studies", "mouse experiments",
    "mouse cells", "mouse model", "mouse models", "rat", "rats",
    "in rats", "rat model", "rodent", "rodents", "murine", "animal model", "animal models",
    "animal study", "animal studies", "animal research", "animal experiments", "in animals",
    "animals", "in vitro", "ex vivo", "in silico", "cell culture", "cell cultures",
    "cultured cells", "cell line", "cell lines", "cells in a dish", "test tube", "petri dish",
    "lab dish", "laboratory study", "laboratory studies", "lab study", "lab studies",
    "lab experiments", "laboratory experiments", "in the lab", "in the laboratory",
    "zebrafish", "fruit flies", "drosophila", "primates", "monkeys", "macaques", "in dogs",
    "in pigs", "piglets", "organoids", "human cells", "cancer cells", "tumor cells",
    "tumour cells", "brain cells", "in cells", "yeast", "worms", "nematodes", "hamsters",
    "rabbits", "guinea pigs",
    "porcine", "canine", "ovine", "bovine", "rabbit model", "pig model", "sheep", "in vivo",
    "assay", "assays", "bench test", "bench tests", "bench testing", "lab tests",
    "laboratory tests", "lab testing", "cell study",
    "grew cells", "primate", "simulation", "computer model", "computer models",
    "modelling study", "tissue samples", "our lab", "in our lab",
)
MECHANISM = (
    "receptor", "receptors", "enzyme", "enzymes", "pathway", "pathways", "mechanism",
    "mechanisms", "mechanistic", "molecular", "biochemical", "inhibits", "blocks",
    "binds", "binds to", "upregulates", "downregulates", "gene expression", "in theory",
    "theoretically", "biologically plausible", "mode of action",
    "because it", "by blocking", "by boosting", "by increasing", "by reducing", "by lowering",
    "by raising", "by inhibiting", "by stimulating", "by activating", "by binding",
    "works by", "which is why", "neutralise", "neutralize", "neutralises", "neutralizes",
    "free radicals", "oxidative stress", "antioxidant", "antioxidants", "cofactor",
    "nitric oxide", "skin cells", "stem cells", "collagen production", "inflammation pathway",
    "activates",
    "stimulates", "raises levels", "lowers levels", "metabolite", "metabolites",
)
EXPERT = (
    "in my practice", "in my clinical practice", "in my clinic", "in our clinic",
    "in our practice", "my patients", "our patients", "my clients", "i tell my patients",
    "i advise my patients", "i advise patients", "i prescribe", "i often prescribe",
    "years of practice", "years in practice", "years of clinical practice",
    "clinical experience", "clinical observation", "clinical observations",
    "expert opinion", "expert consensus", "clinical impression", "clinical judgment",
    "clinical judgement", "i have treated", "i've treated", "we have treated", "we've treated",
    "we often see", "i often see", "i routinely", "we routinely",
    "in my clinical experience", "in our clinical experience", "in the view of",
    "we spoke to", "we interviewed", "who was not involved", "who were not involved",
    "not involved in the study", "not involved in the research",
) + tuple(f"as a{'n' if p[0] in 'aeiou' else ''} {p}" for p in (
    "doctor", "physician", "gp", "clinician", "nurse", "pharmacist", "dietitian", "dietician",
    "nutritionist", "cardiologist", "dermatologist", "psychiatrist", "psychologist",
    "therapist", "surgeon", "pediatrician", "paediatrician", "naturopath", "chiropractor",
    "physiotherapist", "physical therapist", "endocrinologist", "oncologist", "neurologist",
    "rheumatologist", "gastroenterologist", "midwife", "sleep specialist", "allergist",
    "dentist", "registered dietitian", "family doctor", "doctor of", "health professional",
    "practitioner", "nurse practitioner", "specialist",
))
EXPERT_WEAK = (
    "in my experience", "in my professional experience", "i've seen",
    "i have seen", "we've seen", "we have seen", "i have found", "i've found",
    "anecdotally",
)
PRO = (
    "doctor", "doctors", "physician", "physicians", "clinician", "clinicians", "expert",
    "experts", "specialist", "specialists", "gp", "gps", "practitioner", "practitioners",
    "dr", "dr.", "professor", "prof.", "md", "m.d.", "pharmacist", "pharmacists",
    "dietitian", "dietitians", "dietician", "dieticians", "nutritionist", "nutritionists",
    "nurse", "nurses", "therapist", "therapists", "surgeon", "surgeons", "dentist", "dentists",
    "consultant", "consultants", "adviser", "advisor",
    "medical director", "medical officer", "physio", "physios", "doc", "docs", "er doc",
    "anaesthetist", "anesthesiologist", "anaesthesiologist", "paramedic", "paramedics",
    "optometrist", "podiatrist", "sonographer", "radiographer", "health visitor",
    "midwife", "midwives", "chiropractor", "chiropractors", "naturopath", "naturopaths",
    "physiotherapist", "physiotherapists", "psychologist", "psychologists",
) + tuple(f"{p}{s}" for p in (
    "cardiologist", "dermatologist", "neurologist", "oncologist", "psychiatrist",
    "pediatrician", "paediatrician", "gastroenterologist", "endocrinologist",
    "rheumatologist", "urologist", "allergist", "obstetrician", "gynecologist",
    "gynaecologist", "pulmonologist", "nephrologist", "hepatologist", "epidemiologist",
    "immunologist", "sleep specialist", "geriatrician", "hematologist", "radiologist",
) for s in ("", "s"))
SPEECH = (
    "says", "said", "say", "believes", "believe", "thinks", "think", "explains", "explained",
    "explain", "notes", "noted", "argues", "argued", "warns", "warned", "cautions",
    "cautioned", "according to", "reports", "report", "agree", "agrees", "recommend",
    "recommends", "told", "tells", "stresses", "stressed", "emphasizes", "emphasised",
    "emphasized", "suspects", "suspect", "insists", "insisted", "observes", "advise",
    "advises", "contends", "maintains", "points out", "pointed out", "swear by", "prefer",
    "prefers", "favor", "favour", "find that", "have found", "often see", "see",
    "tell you", "will tell you", "view", "views", "opinion", "calls", "called", "spoke",
    "divided", "skeptical", "sceptical", "doubts", "worries", "worried", "expects",
    "predicts", "commented", "comment", "added", "adds", "wrote", "writes", "warn", "caution",
    "argue", "insist", "observe", "contend", "emphasize", "emphasise", "emphasises",
    "questioned", "feared", "expect", "predict", "urge", "told reporters",
)
TESTIMONY = (
    "used this", "tried this", "bought this", "ordered this", "this stuff", "hubby",
    "my other half", "my better half",
    "for me", "helped me", "worked for me", "works for me", "gave me", "made me", "cured me",
    "fixed me", "saved me", "changed my life", "my life", "my story", "my journey",
    "my experience", "personally", "customers say", "customers report", "customer reviews",
    "users report", "users say", "reviewers", "testimonial", "testimonials", "our customers",
    "happy customers", "satisfied customers", "one customer", "a reader", "readers tell us",
    "a friend of mine", "five star reviews", "5 star reviews", "real people",
    "before and after photos", "swear by it", "i swear by", "in my case", "in my family",
    "my own", "myself", "me too", "same here", "mine",
    "happened to me", "to me", "our daughter", "our son", "our kids", "our baby",
    "our children", "our little one", "a coworker", "a co worker", "a colleague",
    "my colleague", "my coworker", "my neighbour", "my neighbor", "a neighbour",
    "a neighbor", "my cousin", "a friend", "friends of mine", "people say", "people report",
    "loads of people", "lots of people", "many people say", "people here",
    "swears by", "a relative", "my aunt", "my uncle", "at my church", "at my gym",
    "at my work", "at my office", "at my school", "at my pharmacy", "in my group",
    "in my support group", "someone i know", "people i know", "a woman i know",
    "a man i know", "customers tell us", "clients tell us", "users tell us",
    "readers tell us", "members tell us", "reviews say", "reviewers say",
)
FIRST_PERSON_VERBS = (
    "took", "take", "tried", "started", "stopped", "quit", "use", "used", "felt", "feel",
    "noticed", "notice", "lost", "gained", "slept", "sleep", "switched", "began", "cut out",
    "added", "drank", "drink", "ate", "eat", "did", "went", "got", "get", "had", "have",
    "suffered", "suffer", "struggled", "struggle", "developed", "ran", "run", "walk",
    "walked", "stuck with", "ordered", "bought", "love", "loved", "wish", "was diagnosed",
    "was prescribed", "was told", "was skeptical", "was sceptical", "can", "can't", "cannot",
    "couldn't", "could", "woke", "wake", "experienced", "experience", "saw",
)
FIRST_PERSON_AUX = (
    "i've been taking", "i have been taking", "i've been using", "i have been using",
    "i've been on", "i have been on", "i'm on", "i am on", "i was on", "i'm taking",
    "i am taking", "i was taking", "i've taken", "i have taken", "i've tried", "i have tried",
    "i've used", "i have used", "i've lost", "i have lost", "i've had", "i have had",
    "i've noticed", "i have noticed", "i've felt", "i've started", "i've suffered",
    "i've struggled", "i've been", "i have been", "i'm", "i am", "i'd", "i'll", "i was",
)
MY_NOUNS = (
    "knee", "knees", "back", "legs", "leg", "feet", "foot", "hands", "hand", "joints", "skin",
    "hair", "nails", "gut", "stomach", "belly", "head", "eyes", "heart", "blood pressure",
    "blood sugar", "sugar", "sugars", "a1c", "cholesterol", "levels", "weight", "pain",
    "symptoms", "migraines", "migraine", "headaches", "headache", "anxiety", "depression",
    "sleep", "energy", "mood", "digestion", "bloating", "acne", "eczema", "psoriasis",
    "arthritis", "asthma", "allergies", "diabetes", "thyroid", "periods", "period", "cycle",
    "insomnia", "ibs", "fatigue", "brain fog", "memory", "body", "health", "condition",
    "diagnosis", "doctor", "gp", "neurologist", "rheumatologist", "physio", "therapist",
    "cardiologist", "dermatologist", "psychiatrist", "endo", "oncologist", "son",
    "daughter", "husband", "wife", "kids", "child", "children", "mom", "mum", "mother",
    "dad", "father", "sister", "brother", "partner", "baby", "grandmother", "grandma",
    "grandfather", "grandpa", "friend", "boyfriend", "girlfriend", "aunt", "uncle",
    "neck", "shoulder", "shoulders", "hip", "hips", "ankle", "wrist", "chest", "throat",
    "lungs", "liver", "kidneys", "bones", "muscles", "cramps", "hot flashes", "flares",
    "flare ups", "recovery", "results", "numbers", "labs", "bloodwork", "blood work",
    "test results", "ferritin", "iron", "vitamin d", "dose", "meds", "medication",
    "medications", "prescription", "routine", "diet", "treatment",
)
OPINION = (
    "in my opinion", "in my view", "in our view", "in our opinion", "commentary", "editorial",
    "it is my opinion", "my opinion", "in my professional opinion", "our view",
    "my personal view", "opinion piece",
)
HEARSAY = (
    "my doctor said", "my doctor says", "my doctor told me", "my doctor thinks",
    "my gp said", "my gp says", "my gp told me", "my neurologist said", "my cardiologist said",
    "my dermatologist said", "my rheumatologist said", "my psychiatrist said",
    "my physio said", "my therapist said", "my pharmacist said", "my nurse said",
    "my friend said", "my friend says", "my friend told me", "my mom said", "my mum said",
    "i heard", "i've heard", "i have heard", "i read that", "i read somewhere", "i read online",
    "i read on", "i've read that", "i have read that", "i've read somewhere",
    "i was told", "someone told me", "a friend told me", "somebody told me", "they say",
    "apparently", "i saw on", "i saw a", "i saw somewhere", "someone posted",
    "someone on here said", "people on here say", "supposedly", "rumor has it",
    "a friend's", "told her", "told him", "told us", "influencer", "influencers",
    "youtuber", "youtubers", "instagram", "tiktok", "i was in", "i'm in a", "i am in a",
    "i took part in", "i joined",
    "i enrolled in", "i signed up for", "i participated in", "i was part of",
    "i was enrolled", "told my", "my friend's", "my mum's", "my mom's",
)
VAGUE = (
    "clinically studied", "clinically proven", "clinically tested", "clinically shown",
    "clinically validated", "clinically researched", "clinically backed",
    "clinical studies show", "clinical studies have shown", "clinical studies prove",
    "clinical research shows", "clinical research has shown", "clinical studies",
    "backed by science", "science backed", "backed by research", "research backed",
    "backed by studies", "research has validated", "research has shown", "research shows",
    "research proves", "research has proven", "research confirms", "studies show",
    "studies have shown", "studies prove", "studies have proven", "studies confirm",
    "studies suggest", "studies have found", "studies indicate", "research suggests",
    "research indicates", "science shows", "science says", "science proves",
    "scientifically proven", "scientifically backed", "scientifically formulated",
    "scientifically tested", "scientifically validated", "science based formula",
    "doctor recommended", "doctor formulated", "doctor approved", "doctor developed",
    "physician formulated", "physician developed", "recommended by doctors",
    "recommended by physicians", "dermatologist tested", "dermatologist recommended",
    "dermatologist approved", "lab tested", "laboratory tested", "third party tested",
    "evidence based formula", "proven formula", "proven results", "proven to", "real results",
    "clinically proven to", "numerous studies", "many studies", "countless studies",
    "hundreds of studies", "thousands of studies", "a growing body of research",
    "growing body of evidence", "growing body of research", "emerging research",
    "emerging evidence", "a wealth of research", "decades of research", "years of research",
    "according to studies", "according to research", "according to science",
    "research has found", "studies have linked", "science has shown", "as seen on",
    "published research", "peer reviewed research", "cutting edge research",
    "the science is clear", "the research is clear", "experts agree",
)
STUDY = (
    "study", "studies", "research", "researchers", "scientists", "investigators",
    "findings", "the authors", "authors", "participants", "enrolled", "recruited",
    "published in", "journal", "data", "analysis", "analyses", "review", "reviewed",
    "it found", "they found", "the results", "results showed", "results suggest",
    "experiment", "experiments", "pooling", "combining", "across",
)
NEG = (
    "no", "not", "never", "without", "lack of", "lacking", "lacks", "lack", "absence of",
    "absent", "neither", "unlike", "rather than", "instead of",
    "no published", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
    "not been tested in", "not been studied in", "never been tested in",
    "never been studied in", "not yet been tested in", "no good", "no high quality",
    "not based on", "not backed by", "in the absence of", "untested in", "nobody", "no one",
    "nobody has", "no one has", "nobody has ever", "no one has ever", "never been",
)
PLAN_PRE = (
    "future", "further", "upcoming", "ongoing", "planned", "proposed", "needs to be tested in",
    "should be tested in", "to be tested in", "needs to be", "should be", "we need",
    "need", "needs", "call for", "calls for", "awaiting", "await", "awaits", "pending",
    "designing", "plan to", "plans to", "planning", "will conduct", "to conduct",
    "launch", "launching", "hope to", "hopes to", "would require", "require",
    "requires", "warrant", "warrants", "merit", "merits", "deserves", "until",
    "is recruiting for", "are recruiting for", "sign up for", "enroll in", "enrol in",
    "take part in", "join", "volunteer for", "apply for",
    "what a", "what an", "what is a", "what is an", "what does a", "what does an",
    "what do", "what are", "differs from", "definition of",
    "explains what", "not yet", "yet to be", "before any",
)
ABSENT_POST = (
    "are needed", "is needed", "are lacking", "is lacking", "are scarce", "is scarce",
    "are missing", "is missing", "are warranted", "is warranted", "are required",
    "is required", "are underway", "is underway", "are under way", "is under way",
    "are ongoing", "is ongoing", "is recruiting", "are recruiting", "is now recruiting",
    "is currently recruiting", "are planned", "is planned", "is being planned",
    "has yet to", "have yet to", "are yet to", "is yet to", "remain to be", "remains to be",
    "are still lacking", "is still needed", "are still needed", "will begin", "will start",
    "will be", "will enrol", "will enroll", "will recruit", "will test", "will compare",
    "will look", "will examine", "will follow", "would be needed", "would be required",
    "would need", "would be", "should be done", "should be conducted", "should compare",
    "should be tested", "should test", "should examine", "should investigate",
    "should address", "should confirm", "should include", "could be tested",
    "could be done", "needs to be", "need to be", "are expected", "is expected", "is due",
    "has not been", "have not been", "hasn't been", "haven't been", "do not exist",
    "does not exist", "don't exist", "doesn't exist", "have never been", "has never been",
    "have not yet", "has not yet", "are absent", "is absent", "are rare",
    "are called for", "is called for", "is being set up", "is starting", "starts", "opens",
    "is open", "are open", "is seeking", "are seeking", "was not possible",
    "were not possible", "was impossible", "could not be done", "could not be performed",
    "was not performed", "were not performed", "is planning", "are planning",
)
IGNORE = (
    "free trial", "trial and error", "trial period", "trial size", "trial pack",
    "trial offer", "risk free trial", "on trial", "stood trial", "placebo effect",
    "placebo effects", "pet therapy", "therapy dogs", "therapy dog", "animal assisted",
    "emotional support animal", "service dog", "service dogs", "computer mouse", "gym rat",
    "lab rats", "guinea pig", "survey says", "pilot program", "pilot programme",
    "airline pilot", "pilot scheme", "trial lawyers", "not only", "no longer", "no matter",
    "no doubt", "not sure", "no wonder", "not just", "nothing", "not always",
)


FIRST_PERSON = ("i", "my", "me", "i'm", "i've", "i'd", "i'll")
ASSOCIATION = (
    "associated with", "association between", "linked to", "link between", "linked with",
    "more likely", "less likely", "higher risk", "lower risk", "higher rate", "higher rates",
    "lower rate", "lower rates", "correlated with", "correlation between", "tended to",
    "increased risk", "reduced risk", "greater risk",
)
SHOULD = ("should", "must", "should not", "must not", "shouldn't")
PEOPLE = (
    "patients", "adults", "children", "people", "men", "women", "participants", "volunteers",
    "infants", "subjects", "users", "toddlers", "cases", "adolescents", "babies", "everyone",
    "individuals", "clinicians", "girls", "boys", "anyone",
)


def categories() -> dict[str, tuple[str, ...]]:
    """Category -> phrases, with the generated first-person phrases included."""
    anecdote = TESTIMONY + FIRST_PERSON_AUX + tuple(f"i {v}" for v in FIRST_PERSON_VERBS) \
        + tuple(f"my {n}" for n in MY_NOUNS) + tuple(f"i've {v}" for v in ("always", "never"))
    return {
        "ignore": IGNORE, "hearsay": HEARSAY, "vague": VAGUE, "opinion": OPINION,
        "guideline": GUIDELINE, "systematic_review": SYSTEMATIC_REVIEW, "rct": RCT,
        "observational": OBSERVATIONAL, "case_series": CASE_SERIES, "preclinical": PRECLINICAL,
        "expert_opinion": EXPERT, "expert_weak": EXPERT_WEAK, "anecdote": anecdote,
        "rct_weak": RCT_WEAK, "mechanism": MECHANISM, "org": ORG, "recommend": RECOMMEND,
        "pro": PRO, "speech": SPEECH, "study": STUDY, "neg": NEG, "plan_pre": PLAN_PRE,
        "absent_post": ABSENT_POST, "should": SHOULD, "people": PEOPLE,
        "first_person": FIRST_PERSON, "association": ASSOCIATION,
    }


# Regular expressions used around the phrase hits (sources only; evidence.py compiles them
# on first use).  Keys are the names evidence.py asks for.
PATTERNS = {
    # punctuation that ends the scope of a negation or a plan
    "clause": r"[,;:.!?()\u2013\u2014]",
    "word": r"[\w'-]+",
    "count_noun": r"(?:trials|studies|rcts|cohorts|reviews)$",
    "synthesis": r"review|analys|pool|meta|combin|across",
    "all_studies": r"\b(?P<n>all)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$",
    "contrast": r"\b(?:but|however|although|though|whereas|while|yet|instead)\b",
    "negating": r"\bnot\b|\bnever\b|n't\b",
    # "as a nurse", "I'm a GP" before a profession; "physio here", "GP of 20 years" after it
    "self_pro": r"(?:\b(?:speaking\s+)?as an?|\bi'm an?|\bi am an?|\bi work as an?|\bretired)"
                r"\s+(?:[\w-]+\s+){0,2}$",
    "pro_after": r"\s+(?:here\b|of\s+\w+\s+years|for\s+\w+\s+years|with\s+\w+\s+years)",
    "quoted": r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]",
    "testimonial_heading": r"(?i)testimonial|review|success stor|my story|our story|"
                           r"customers say|what people say",
    # a lay person named with an age ("Maria, 37,") or a town ("said Tom from Bristol")
    "lay_source": r"\b[A-Z][a-z]+,\s+(?:aged\s+)?\d{1,2},"
                  r"|\b(?:says|said|writes|wrote)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?)?"
                  r"\s+(?:from|of|in)\s+[A-Z]",
    # a population followed by "should": the voice of a recommendation
    "population_should": r"\b(?:adults|patients|people|children|women|men|adolescents|infants|"
                         r"babies|everyone|individuals|clinicians|girls|boys|anyone)\b"
                         r"[^.;:?]{0,70}?"
                         r"\b(?:should|must)\b(?!\s+be\s+tested)",
    "counted_people": r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)\s+"
                      r"(?:[\w-]+\s+){0,3}?(?:patients|adults|children|people|men|women|"
                      r"participants|volunteers|infants|subjects|users|toddlers|cases)\b",
    "treated": r"\b(?:received|were\s+treated|treated\s+with|were\s+given|given|underwent|"
               r"were\s+injected|got\s+the)\b",
    "observed": r"\b(?:followed|tracked|monitored|surveyed|recorded|measured|questioned|"
                r"interviewed|checked|data\s+from|records\s+of)\b",
    "comparator": r"\b(?:placebo|control|versus|vs|compared|comparison|randomi[sz]|group|arms?|"
                  r"sham)\b",
}
