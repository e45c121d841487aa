"""Cue phrases for the evidence scorer (our own lists, written for credaudit).

Every phrase is matched on lower-cased text; a space also matches a hyphen, so
"case control" finds "case-control".  Cues come in three strengths:

* **strong**: counts on its own ("randomised", "meta-analysis", "in mice");
* **framed** (``<label>_framed``): a word with everyday senses that counts only
  inside a study frame - "survey", "follow-up", "registry", "mice", "guidelines":
  "a survey of 2,000 adults found" counts, "please complete our survey" does not;
* **weak**: decides only when nothing stronger is present (``rct_weak``,
  ``mechanism``, ``expert_weak``, ``anecdote_weak``, ``first_person``).

Categories:

* a ladder label (``guideline`` ... ``anecdote``): a strong cue for that type;
* ``rct_weak``: a bare "trial" or "placebo", counted as rct only when nothing better is known;
* ``mechanism``: molecular or physiological action ("blocks the receptor", "free radicals");
  ``connector``: "which is why", "by lowering", "works by" - a mechanism only when
  the sentence also names body chemistry (``PATTERNS["bio"]``);
* ``org`` + ``recommend``: a named professional or public-health body that
  recommends something is a guideline;
* ``pro`` + ``speech``: a clinician who says/believes something is expert opinion,
  when the speech verb is next to the clinician (``PATTERNS["speech_after"]``);
* ``lay`` + ``speech``: a lay person or customer who says something is an anecdote;
* ``our_patients``: "our patients" - a clinician's practice only with a practice verb;
* ``anecdote_weak``: family, friends, "for me" - personal only with health content;
* ``hearsay``: first-person reported speech ("my doctor said", "I read");
  ``social``: "TikTok", "influencer" - hearsay only when someone is quoted;
* ``vague``: a marketing or news appeal to unnamed research;
* ``study``: generic research words (continuity, study counts and study frames);
* ``neg``, ``plan_pre``, ``absent_post``: negation and plans around a cue;
* ``ignore``: phrases that contain a cue word in another sense ("free trial").
"""
from __future__ import annotations

LADDER = ("guideline", "systematic_review", "rct", "observational", "case_series",
          "preclinical", "expert_opinion", "anecdote", "none")

GUIDELINE = (
    "clinical guideline", "practice guideline", "clinical practice guideline",
    "guideline recommends", "guidelines recommend", "guideline advises", "guidelines advise",
    "consensus statement", "consensus guideline", "consensus recommendations",
    "consensus group", "consensus panel", "consensus conference", "consensus report",
    "delphi consensus", "expert consensus statement", "position statement", "position paper",
    "position stand", "practice parameter", "practice parameters", "recommendation statement",
    "scientific statement", "uspstf", "preventive services task force", "nice guidance",
    "strong recommendation", "conditional recommendation", "weak recommendation",
    "grade a recommendation", "level a recommendation", "class i recommendation",
    "class 1 recommendation", "official recommendations", "current recommendations",
    "national recommendations", "screening recommendations", "dietary guidelines",
    "guidance from", "standards of care", "official advice", "official guidance",
    "official dietary advice", "official health advice", "government advice",
    "government guidance", "public health advice", "public health guidance",
    "strategy report", "not recommended", "is recommended", "are recommended",
    "recommended first line", "recommended first line treatment", "first line treatment",
    "first line therapy", "recommended treatment", "recommended dose", "recommended schedule",
    "immunisation schedule", "immunization schedule", "vaccination schedule",
    "grade b recommendation", "grade c recommendation", "grade d recommendation",
    "is advised", "are advised", "is not advised",
    "are not advised", "are advised to", "is advised to", "are urged to", "is urged to",
    "screening programme", "screening program", "national programme", "national program",
)
GUIDELINE_FRAMED = (  # a document name: counts when the sentence relays what it says
    "guideline", "guidelines", "guidance", "standard of care", "recommendations", "food guide",
    "dietary guide", "nutrition guide",
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
    "health ministry", "ministry", "health authorities", "health authority", "authorities",
    "public health officials", "health officials", "officials", "chief medical officer",
    "chief medical officers", "medical officers", "government", "regulator", "regulators",
    "health service", "health department", "health agency", "working group",
    "guideline group", "guideline panel", "guideline committee", "expert panel",
    "expert group", "expert committee", "fda", "ema", "mhra", "tga", "societies",
    "associations", "colleges", "academies", "agencies", "professional bodies",
    "health bodies", "medical societies", "specialist societies", "consensus",
)
RECOMMEND = (
    "recommend", "recommends", "recommended", "recommending", "recommendation",
    "advise", "advises", "advised", "endorse", "endorses", "endorsed",
    "urge", "urges", "urged", "advice", "set out", "agreed that", "no longer recommends",
    "grades", "graded", "recommends against", "recommend against", "advises against",
    "advise against", "suggests against", "suggest against", "position is that",
    "position is", "warns against", "warned against", "instructs",
    "instructed", "told doctors", "told clinicians", "told prescribers", "tells doctors",
    "suggests", "suggest", "suggested", "states that", "state that", "advice is",
)
RECOMMEND_NOUNS = ("recommendation", "recommendations", "advice", "guidance")
SYSTEMATIC_REVIEW = (
    "systematic review", "systematic reviews", "systematic literature review",
    "systematically reviewed", "meta analysis", "meta analyses", "metaanalysis",
    "meta analytic", "meta analysed", "meta analyzed", "meta regression",
    "pooled analysis", "pooled analyses", "pooled data", "pooled results", "pooled estimate",
    "cochrane review", "cochrane reviews", "cochrane", "umbrella review", "overview of reviews",
    "overview of systematic reviews", "individual participant data", "individual patient data",
    "evidence synthesis", "scoping review", "network meta analysis", "bayesian meta analysis",
    "pooled", "pooling", "random effects", "random effects model", "fixed effect",
    "fixed effects", "heterogeneity", "i²", "i2", "funnel plot", "funnel plots", "egger's test",
    "publication bias", "small study effects", "summary estimate", "summary estimates",
    "summary effect", "trial sequential analysis", "two reviewers", "reviewers independently",
    "independently screened", "screened records", "extracted data", "included studies",
    "included trials", "included trial", "eligible studies", "eligible trials",
    "across studies", "between studies", "across trials", "body of evidence",
    "searched medline", "searched pubmed", "searched embase", "we searched", "medline",
    "embase", "cinahl", "web of science", "prisma", "living review",
    "rapid review", "literature search", "searched the literature", "review of the literature",
    "literature review", "review of reviews", "evidence review", "review of trials",
    "review of studies", "review of randomised trials", "review of randomized trials",
    "risk of bias", "rob 2", "certainty of the evidence", "certainty of evidence",
    "low certainty evidence", "moderate certainty evidence", "high certainty evidence",
    "very low certainty", "reanalysis", "re analysis", "reanalysed", "re analysed",
    "reanalyzed", "re analyzed", "every published trial", "every published study",
    "all the trials", "all published trials",
    "all published studies", "review's authors", "reviewers found", "reviewers concluded",
    "the reviewers", "review authors", "synthesised", "synthesized", "data were extracted",
    "were extracted independently", "extracted independently", "independently by two",
    "two independent reviewers", "two independent authors", "two authors independently",
    "by two authors", "by two reviewers", "a third reviewer", "by a third author",
    "taken together", "combined the results", "combined results", "combining the results",
    "combined the findings", "combining the findings", "pooled the findings", "pooled findings",
    "combined findings", "combined the data", "combining the data",
)
RCT = (
    "randomized", "randomised", "randomly assigned", "randomly allocated",
    "randomly divided", "randomly split", "random assignment", "random allocation",
    "randomization", "randomisation", "randomized controlled trial", "randomised controlled trial",
    "randomized controlled trials", "randomised controlled trials", "rct", "rcts",
    "randomising", "randomizing", "randomly given", "randomly received", "assigned at random",
    "allocated at random", "given at random", "in random order", "random order",
    "computer generated", "allocation sequence", "randomisation sequence",
    "placebo controlled", "placebo group", "placebo arm", "versus placebo", "vs placebo",
    "compared with placebo", "compared to placebo", "double blind", "double blinded",
    "triple blind", "single blind", "blinded trial", "sham controlled", "blinded", "blinding",
    "double masked", "triple masked", "single masked", "double dummy",
    "blinded comparison", "look alike", "lookalike", "identical looking", "matching placebo",
    "crossover trial", "cross over trial", "crossover study", "crossover design",
    "washout", "washout period",
    "phase 3", "phase iii", "phase 3 trial", "controlled trial", "controlled trials",
    "controlled clinical trial", "head to head trial", "n of 1 trial", "pragmatic trial",
    "non inferiority trial", "noninferiority trial", "superiority trial",
    "allocation was concealed", "allocation concealment", "concealed allocation",
    "masked to group", "masked to treatment", "masked to allocation", "blinded to group",
    "blinded to treatment", "blinded to allocation", "flip of a coin", "coin toss",
    "tossed a coin", "by lottery", "at random", "chosen at random", "identical dummy",
    "dummy pill", "dummy pills", "dummy tablet", "dummy tablets", "sugar pill", "sugar pills",
    "wait list control", "waiting list", "waitlist", "wait list", "sealed envelopes",
    "intention to treat", "per protocol", "assigned to either", "allocated to either",
    "randomly", "cluster randomised", "cluster randomized", "factorial trial",
    "stepped wedge", "half got", "half received", "half were given", "half of them got",
    "half of them received", "neither the patients nor", "neither patients nor",
    "neither participants nor", "neither the participants nor", "did not know whether they",
    "a lottery", "assigned by chance", "allocated by chance", "chosen by chance",
    "drawing lots", "drew lots", "identical capsules", "identical tablets", "identical pills",
    "identical looking capsules", "identical injections",
    "did not know which", "didn't know whether they", "didn't know which",
)
RCT_WEAK = ("trial", "trials", "clinical trial", "clinical trials", "phase 2", "phase ii",
            "active drug", "active treatment", "active pill", "active capsule", "active tablet",
            "active ingredient group", "who was getting", "who had received the active",
            "placebo", "placebos", "sham", "controlled study", "intervention study",
            "masked", "real or sham", "real or placebo", "the real one", "the real drug",
            "randomised phase", "randomized phase", "double blind phase", "blinded phase",
            "randomised period", "randomized period", "core trial", "parent trial",
            "active arm", "treatment arm", "intervention arm", "control arm", "placebo capsules",
            "placebo tablets", "placebo pills", "dummy capsules", "dummy injection")
OBSERVATIONAL = (
    "cohort", "cohorts", "cohort study", "cohort studies", "prospective cohort",
    "retrospective cohort", "case control", "case controlled", "cross sectional",
    "population based", "observational", "longitudinal", "prospective study",
    "prospective studies", "retrospective study", "retrospective studies",
    "retrospective analysis", "registry based", "register based",
    "nationwide study", "epidemiological", "epidemiologic", "ecological study",
    "nhanes", "national health and nutrition examination survey", "nurses' health study",
    "nurses health study", "health professionals follow up study", "framingham",
    "uk biobank", "biobank", "insurance claims", "claims data", "claims database",
    "mendelian randomization", "mendelian randomisation", "twin study", "twin studies",
    "non randomized", "nonrandomized", "non randomised", "nonrandomised", "quasi experimental",
    "nationally representative", "representative sample", "national sample",
    "natural experiment", "genome wide association", "gwas", "data linkage",
    "propensity score", "propensity scores", "propensity matched", "matched controls",
    "disproportionality analysis", "adverse event reporting", "pharmacovigilance",
    "national database", "ecological comparison", "ecological analysis",
    "interrupted time series", "difference in differences", "real world data",
    "real world evidence", "unexposed", "odds ratio", "odds ratios", "hazard ratio",
    "hazard ratios", "adjusted for", "after adjusting", "after adjustment", "confounding",
    "confounders", "population study", "population studies", "observational data",
    "survey data", "surveillance data", "health survey", "household survey", "birth cohort",
    "case cohort", "nested case control", "nationwide database", "food frequency questionnaire",
)
OBSERVATIONAL_FRAMED = (  # everyday words: they count only inside a study frame
    "registry", "registries", "register", "survey", "surveys", "surveyed", "questionnaire",
    "questionnaires", "poll", "polled", "follow up", "followed up", "were followed",
    "followed for", "tracked", "self reported", "who said they", "who reported",
    "electronic health records", "health records", "medical records", "hospital records",
    "patient records", "records of", "reporting system", "reporting database", "time series",
    "epidemiology", "randomly selected", "random sample", "randomly sampled", "random digit",
    "selected at random", "randomly chosen", "tracking", "database", "databases", "diaries",
    "food diaries", "diet diaries", "food diary", "diet records", "matched", "matching",
    "gp records", "primary care records", "records from", "patient data", "hospital data",
    "health data", "prescription data", "prescribing data", "with and without",
    "blood samples", "samples taken from", "samples from", "stored samples",
)
CASE_SERIES = (
    "case series", "case report", "case reports", "case study", "case studies",
    "chart review", "chart reviews", "retrospective chart review", "record review",
    "retrospective review", "open label", "uncontrolled", "single arm", "single group",
    "single center experience", "pilot study", "pilot studies", "pilot trial", "small pilot",
    "pilot data", "feasibility study", "proof of concept", "before and after study",
    "before and after measurements", "before and after comparison", "before and after design",
    "pre post", "we report a", "we describe a", "we present a", "we report two",
    "we report three", "report a case", "describe a case", "present a case",
    "year old woman", "year old man", "year old boy", "year old girl", "year old patient",
    "year old male", "year old female", "consecutive patients", "consecutive cases",
    "consecutive", "first in human", "phase 1", "phase i", "phase 1 study", "phase 1 trial",
    "dose escalation", "first patients", "first patient",
    "open label extension", "extension study", "compassionate use", "expanded access",
    "case description", "cases of", "the case of a", "a cluster of",
    "cluster of", "reports of people", "reports of patients", "scattered reports",
    "isolated reports", "published reports", "published case", "wrote up", "described a",
    "describe a", "we describe", "we present", "we report", "poison centre", "poison center",
    "poison control", "review of our", "our records", "records identified",
    "treated at our", "seen at our", "at our centre", "at our center", "at our clinic",
    "at our hospital", "our experience with", "single centre", "single center",
    "without a control group", "no control group", "with no comparison group",
    "no comparison group", "without a comparison group", "caseload review", "audit of",
    "clinical audit",
) + tuple(f"{verb} {who} {person}"  # "doctors reported a man who ...", "we describe two women"
          for verb in ("reported", "described", "documented", "report", "describe")
          for who in ("a", "the case of a", "two", "three", "four")
          for person in ("man", "woman", "patient", "patients", "child", "children", "boy", "girl",
                         "infant", "toddler", "teenager", "men", "women"))
PRECLINICAL = (
    "in mice", "in mouse", "mouse study", "mouse studies", "mouse experiments",
    "mouse cells", "mouse model", "mouse models", "knockout mice", "in rats", "rat model",
    "rat experiments", "rat study", "rat studies", "murine", "animal model", "animal models",
    "animal study", "animal studies", "animal research", "animal experiments", "in animals",
    "studies in animals", "animal testing", "animal data",
    "in vitro", "ex vivo", "in silico", "cell culture", "cell cultures",
    "cultured cells", "in culture", "cell line", "cell lines", "cells in a dish", "test tube",
    "petri dish", "lab dish", "petri dishes", "lab dishes", "laboratory dishes",
    "laboratory study", "laboratory studies", "lab study",
    "lab studies", "lab experiments", "laboratory experiments", "in the lab",
    "in the laboratory", "lab grown", "laboratory grown", "grown in the lab",
    "zebrafish", "fruit flies", "drosophila", "in dogs", "in pigs", "in monkeys",
    "in primates", "organoids", "in cells", "porcine model", "canine model", "ovine model",
    "rabbit model", "pig model", "sheep model", "in vivo", "bench test", "bench tests",
    "bench testing", "cell study", "grew cells", "computer model", "computer models",
    "computer simulation", "computer simulations", "modelling study", "modeling study",
    "tissue samples", "our lab", "in our lab", "molecular docking",
) + tuple(f"{animal} {part}" for animal in ("pig", "cow", "sheep", "rat", "mouse", "animal", "dog")
          for part in ("heart", "hearts", "skin", "tissue", "organs", "liver", "livers",
                       "kidneys", "eyes", "cells", "brains", "lungs"))
PRECLINICAL_FRAMED = (  # animals, cells and models also occur outside research
    "mice", "mouse", "rat", "rats", "rodent", "rodents", "animals", "primates", "primate",
    "monkeys", "macaques", "yeast", "worms", "nematodes", "hamsters", "rabbits",
    "guinea pigs", "piglets", "porcine", "canine", "ovine", "bovine", "sheep", "dogs", "pigs",
    "human cells", "cancer cells", "tumor cells", "tumour cells", "brain cells", "neurons",
    "nerve cells", "skin cells", "liver cells", "immune cells", "assay", "assays",
    "simulation", "simulations", "lab tests", "laboratory tests", "lab testing", "tissue",
    "modelling", "modeling", "models",
)
MECHANISM = (
    "receptor", "receptors", "enzyme", "enzymes", "pathway", "pathways", "mechanism",
    "mechanisms", "mechanistic", "molecular", "biochemical", "inhibits", "inhibit",
    "inhibiting", "blocks", "blocking", "binds", "binds to", "upregulates", "downregulates",
    "gene expression", "in theory", "theoretically", "biologically plausible", "mode of action",
    "neutralise", "neutralize", "neutralises", "neutralizes", "free radicals",
    "oxidative stress", "antioxidant", "antioxidants", "cofactor", "nitric oxide",
    "stem cells", "collagen production", "inflammation pathway", "activates", "stimulates",
    "raises levels", "lowers levels", "metabolite", "metabolites", "neurotransmitter",
    "neurotransmitters", "signalling", "signaling", "switches off", "switches on",
    "built into", "competing with", "absorption of",
)
CONNECTOR = (  # "X, which is why Y": a mechanism only next to body chemistry
    "because it", "because they", "by blocking", "by boosting", "by increasing",
    "by reducing", "by lowering", "by raising", "by inhibiting", "by stimulating",
    "by activating", "by binding", "by competing", "by relaxing", "by calming",
    "by dampening", "by improving", "by helping", "by supporting", "by protecting",
    "by restoring", "by triggering", "by signalling", "by signaling",
    "works by", "work by", "which is why", "that is why", "this is why", "so it can",
    "so they can", "which helps", "which means", "thereby", "in turn", "signal your",
    "tells your", "help your body", "helps your body",
)
EXPERT = (
    "in my practice", "in my clinical practice", "in my clinic", "in our clinic",
    "in our practice", "my patients", "my clients", "i tell my patients",
    "i advise my patients", "i advise patients", "i prescribe", "i often prescribe",
    "years of practice", "years in practice", "years of clinical practice",
    "years in general practice", "years in clinical practice", "years in family practice",
    "years in private practice", "years in medicine", "years of nursing", "years on the ward",
    "years on the wards", "decades of practice", "my years as", "my years in", "my years on",
    "my years at", "years as a doctor", "years as a nurse", "years as a gp",
    "clinical experience", "clinical observation", "clinical observations",
    "expert opinion", "expert consensus", "clinical impression", "clinical judgment",
    "clinical judgement", "i have treated", "i've treated", "we have treated", "we've treated",
    "we often see", "i often see", "i routinely", "we routinely",
    "in my clinical experience", "in our clinical experience", "in the view of",
    "we spoke to", "we interviewed", "who was not involved", "who were not involved",
    "not involved in the study", "not involved in the research", "who was not part of",
    "who were not part of", "not part of the team", "not part of the study",
    "board certified", "accompanying editorial", "in an editorial",
) + tuple(f"as a{'n' if p[0] in 'aeiou' else ''} {p}" for p in (
    "doctor", "physician", "gp", "clinician", "nurse", "pharmacist", "dietitian", "dietician",
    "nutritionist", "cardiologist", "dermatologist", "psychiatrist", "psychologist",
    "therapist", "surgeon", "pediatrician", "paediatrician", "naturopath", "chiropractor",
    "physiotherapist", "physical therapist", "endocrinologist", "oncologist", "neurologist",
    "rheumatologist", "gastroenterologist", "midwife", "sleep specialist", "allergist",
    "dentist", "registered dietitian", "family doctor", "doctor of", "health professional",
    "practitioner", "nurse practitioner", "specialist", "paediatric nurse", "pediatric nurse",
    "er doctor", "emergency physician", "emergency doctor", "icu nurse",
))
EXPERT_WEAK = (
    "in my experience", "in my professional experience", "i've seen",
    "i have seen", "we've seen", "we have seen", "i have found", "i've found",
    "anecdotally", "from what i've seen", "from what i see", "i've learned", "i have learned",
    "i've learnt", "rarely seen", "i can say",
)
OUR_PATIENTS = ("our patients", "our clients", "many of our patients", "most of our patients")
PRO = (
    "doctor", "doctors", "physician", "physicians", "clinician", "clinicians", "expert",
    "experts", "specialist", "specialists", "gp", "gps", "practitioner", "practitioners",
    "dr", "dr.", "professor", "prof.", "md", "m.d.", "pharmacist", "pharmacists",
    "dietitian", "dietitians", "dietician", "dieticians", "nutritionist", "nutritionists",
    "nurse", "nurses", "therapist", "therapists", "surgeon", "surgeons", "dentist", "dentists",
    "consultant", "consultants", "adviser", "advisor", "virologist", "virologists",
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
    "cautioned", "according to", "reports", "agree", "agrees", "agreed", "recommend",
    "recommends", "told", "tells", "stresses", "stressed", "emphasizes", "emphasised",
    "emphasized", "suspects", "suspect", "insists", "insisted", "observes", "advise",
    "advises", "contends", "maintains", "points out", "pointed out", "swear by", "prefer",
    "prefers", "favor", "favour", "find that", "have found", "often see",
    "tell you", "will tell you", "view", "views", "opinion", "calls", "called", "spoke",
    "divided", "skeptical", "sceptical", "doubts", "worries", "worried", "expects",
    "predicts", "commented", "comment", "added", "adds", "wrote", "writes", "warn", "caution",
    "argue", "insist", "observe", "contend", "emphasize", "emphasise", "emphasises",
    "questioned", "feared", "expect", "predict", "urge", "told reporters", "feel that",
    "feels that", "felt that", "claims", "claimed", "swears", "swore", "raves", "rave",
    "reported", "personally recommends", "told us", "view is", "opinion is",
    "verdict is", "take is",
)
TESTIMONY = (  # strong: experience of an effect, or testimony as such
    "used this", "tried this", "tried these", "used these", "worked for me", "works for me",
    "helped me", "cured me", "fixed me", "saved me", "changed my life", "changed everything",
    "swear by it", "i swear by", "swears by", "happened to me", "did nothing for me",
    "does nothing for me", "do nothing for me", "nothing helped", "works wonders",
    "worked wonders", "customers say",
    "customers report", "users report", "users say", "reviewers say", "reviews say",
    "customers tell us", "clients tell us", "users tell us", "readers tell us",
    "our patients report", "our clients report", "our customers report", "our patients say",
    "our clients say", "our members say", "our members report", "our users report",
    "members tell us", "patients tell us", "clients say", "clients report", "we tried",
    "we've tried", "we have tried",
)
ANECDOTE_WEAK = (  # personal or second-hand, but only an anecdote about health
    "hubby", "my other half", "my better half", "for me", "gave me", "made me", "my life",
    "my story", "my journey", "my experience", "personally", "in my case", "in my family",
    "my own", "myself", "me too", "same here", "mine", "to me", "bought this",
    "ordered this", "this stuff", "our daughter", "our son", "our kids", "our baby",
    "our children", "our little one", "a coworker", "a co worker", "a colleague",
    "my colleague", "my coworker", "my neighbour", "my neighbor", "a neighbour", "a neighbor",
    "my cousin", "a friend", "a friend of mine", "friends of mine", "a friend of a friend",
    "a relative", "my aunt", "my uncle", "at my church", "at my gym", "at my work",
    "at my office", "at my school", "at my pharmacy", "in my group", "in my support group",
    "someone i know", "people i know", "a woman i know", "a man i know", "my mother in law",
    "my father in law", "my running club", "my club", "before and after photos",
    "customer reviews", "testimonial", "testimonials", "five star reviews", "5 star reviews",
    "my grandad", "my granddad", "my grandpa", "my gran", "my nan", "my grandmother",
    "my grandfather", "my grandma", "love these", "love this", "loving this", "loving these",
    "obsessed with this", "highly recommend", "would recommend", "five stars", "5 stars",
    "can't live without", "game changer", "holy grail", "life saver", "lifesaver",
)
FIRST_PERSON_VERBS = (  # "i took": a first-hand experience (strong)
    "took", "tried", "started", "stopped", "quit", "felt", "noticed", "lost", "gained",
    "slept", "switched", "cut out", "drank", "ate", "suffered", "struggled", "developed",
    "woke", "experienced", "was diagnosed", "was prescribed", "went off", "came off",
)
FIRST_PERSON_AUX = (
    "i've been taking", "i have been taking", "i've been using", "i have been using",
    "i've been on", "i have been on", "i'm on", "i am on", "i was on", "i'm taking",
    "i am taking", "i was taking", "i've taken", "i have taken", "i've tried", "i have tried",
    "i've used", "i have used", "i've lost", "i have lost", "i've had", "i have had",
    "i've noticed", "i have noticed", "i've felt", "i've started", "i've suffered",
    "i've struggled", "i've stopped", "i've quit", "i've switched", "been using",
    "been taking", "been on",
)
MY_NOUNS = (  # "my knees": the writer's own body or treatment (strong)
    "knee", "knees", "back", "legs", "leg", "feet", "foot", "hands", "hand", "joints", "skin",
    "hair", "nails", "gut", "stomach", "belly", "head", "eyes", "heart", "blood pressure",
    "blood sugar", "sugar", "sugars", "a1c", "cholesterol", "levels", "weight", "pain",
    "symptoms", "migraines", "migraine", "headaches", "headache", "anxiety", "depression",
    "sleep", "energy", "mood", "digestion", "bloating", "acne", "eczema", "psoriasis",
    "arthritis", "asthma", "allergies", "diabetes", "thyroid", "periods", "period", "cycle",
    "insomnia", "ibs", "fatigue", "brain fog", "memory", "body", "health", "condition",
    "diagnosis", "neck", "shoulder", "shoulders", "hip", "hips", "ankle", "wrist", "chest",
    "throat", "lungs", "liver", "kidneys", "bones", "muscles", "cramps", "hot flashes",
    "hot flushes", "flares", "flare ups", "recovery", "numbers", "labs", "bloodwork",
    "blood work", "test results", "ferritin", "iron", "vitamin d", "rosacea", "snoring",
    "second dose", "first dose", "booster", "jab", "surgery", "operation", "scan",
)
MY_PEOPLE = (  # "my son": personal, an anecdote only with health content (weak)
    "doctor", "gp", "neurologist", "rheumatologist", "physio", "therapist",
    "cardiologist", "dermatologist", "psychiatrist", "endo", "endocrinologist", "oncologist",
    "son", "daughter", "husband", "wife", "kids", "child", "children", "mom", "mum", "mother",
    "dad", "father", "sister", "brother", "partner", "baby", "babies", "grandmother",
    "grandfather", "friend", "boyfriend", "girlfriend", "routine", "diet", "results", "dose",
    "meds", "medication", "medications", "prescription", "treatment",
)
LAY = (  # people whose word is testimony, not expertise (need a speech verb next to them)
    "customer", "customers", "client", "clients", "user", "users",
    "buyer", "buyers", "reader", "readers", "listener", "listeners",
    "one patient", "a patient", "another patient", "one woman", "one man", "a woman",
    "a man", "another woman", "another man", "one mother", "one mum", "one mom", "one father",
    "one dad", "one parent", "a mother", "a mum", "a mom", "a father", "a dad", "a parent",
    "mother of", "mum of", "mom of", "father of", "dad of", "grandmother", "grandfather",
    "sufferer", "sufferers", "survivor", "one survivor", "a survivor", "retiree", "pensioner",
    "happy customers", "satisfied customers", "our customers", "real people", "one customer",
    "a reader", "one reader", "people on here", "people here", "mother in law", "father in law",
)
PERSON_ORGS = ("chief medical officer", "chief medical officers", "surgeon general",
               "medical officers")  # titles that name a person: they can also give a view
OPINION = (
    "in my opinion", "in my view", "in our view", "in our opinion", "commentary", "editorial",
    "it is my opinion", "my opinion", "in my professional opinion", "our view",
    "my personal view", "opinion piece", "opinion:", "op ed",
)
_MY_SOURCES = ("doctor", "gp", "neurologist", "cardiologist", "dermatologist", "rheumatologist",
               "psychiatrist", "physio", "therapist", "pharmacist", "nurse", "endocrinologist",
               "consultant", "specialist", "midwife", "dentist", "surgeon", "oncologist",
               "friend", "mom", "mum", "dad", "sister", "brother", "husband", "wife")
# hearsay that is testimony by itself: what the writer's own clinician or relative said, and the
# writer's own trial participation ("my doctor said a trial showed", "I was in the placebo arm")
HEARSAY_STRONG = tuple(f"my {who} {verb}" for who in _MY_SOURCES
                       for verb in ("said", "says", "told me", "thinks", "told us", "reckons")) \
    + tuple(f"{verb} my {who}" for who in _MY_SOURCES
            for verb in ("said", "says", "according to")) + (
    "i was in", "i'm in a", "i am in a", "i took part in", "i joined", "i enrolled in",
    "i signed up for", "i participated in", "i was part of", "i was enrolled", "i was told",
    "someone told me", "a friend told me", "somebody told me")
HEARSAY = HEARSAY_STRONG + (
    "i heard", "i've heard", "i have heard", "i read that", "i read somewhere", "i read online",
    "i read on", "i've read that", "i have read that", "i've read somewhere",
    "they say",
    "apparently", "i saw on", "i saw a", "i saw somewhere", "someone posted",
    "someone on here said", "people on here say", "supposedly", "rumor has it",
    "rumour has it", "a friend's", "told her", "told him", "told my", "my friend's",
    "my mum's", "my mom's", "told me",
)
SOCIAL = ("influencer", "influencers", "youtuber", "youtubers", "instagram", "tiktok",
          "a tiktok", "facebook group", "reddit")
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
    "experiment", "experiments", "pooling", "combining", "across", "sample", "respondents",
    "the team", "the study found", "a study",
)
NEG = (
    "no", "not", "never", "without", "lack of", "lacking", "lacks", "lack", "absence of",
    "absent", "neither", "unlike", "rather than", "instead of",
    "no published", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
    "not been tested in", "not been studied in", "never been tested in",
    "never been studied in", "not yet been tested in", "no good", "no high quality",
    "not based on", "not backed by", "in the absence of", "untested in", "nobody", "no one",
    "nobody has", "no one has", "nobody has ever", "no one has ever", "never been",
    "does not", "do not", "doesn't", "don't",
)
PLAN_PRE = (
    "future", "further", "upcoming", "ongoing", "planned", "proposed", "needs to be tested in",
    "should be tested in", "to be tested in", "needs to be", "should be", "we need",
    "need", "needs", "call for", "calls for", "awaiting", "await", "awaits", "pending",
    "designing", "plan to", "plans to", "planning", "want to", "wants to", "would like to",
    "aim to", "aims to", "intend to", "intends to", "to run a", "to run", "to start a",
    "will conduct", "to conduct",
    "launch", "launching", "hope to", "hopes to", "would require", "require",
    "requires", "warrant", "warrants", "merit", "merits", "deserves", "until",
    "is recruiting for", "are recruiting for", "sign up for", "enroll in", "enrol in",
    "take part in", "join", "volunteer for", "apply for", "taking part in", "interested in",
    "what a", "what an", "what is a", "what is an", "what does a", "what does an",
    "what do", "what are", "differs from", "definition of", "explains what",
    "not yet", "yet to be", "before any", "complete the", "complete our", "fill in",
    "fill out", "take our", "answer our", "read our", "download", "click", "visit",
    "check out", "learn more about", "link to", "our guide to",
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
    "aims to recruit", "aim to recruit", "hopes to recruit", "is looking for",
    "are looking for", "deadline", "closes on", "closes", "pdf", "link", "being revised",
    "being updated", "under review", "will change", "due to be updated", "is being reviewed",
    "are being reviewed", "are being revised", "are currently being revised",
    "is being revised", "is currently being revised", "are being updated",
    "are currently being updated", "is being updated", "are under review", "is under review",
)
IGNORE = (
    "free trial", "trial and error", "trial period", "trial size", "trial pack",
    "trial offer", "risk free trial", "on trial", "stood trial", "placebo effect",
    "placebo effects", "pet therapy", "therapy dogs", "therapy dog", "animal assisted",
    "emotional support animal", "service dog", "service dogs", "computer mouse", "gym rat",
    "lab rats", "guinea pig", "survey says", "pilot program", "pilot programme",
    "airline pilot", "pilot scheme", "trial lawyers", "not only", "no longer", "no matter",
    "no doubt", "not sure", "no wonder", "not just", "nothing", "not always",
    "follow us", "follow me", "reviewed by", "medically reviewed by", "last reviewed",
    "next review", "review due", "leave a review", "write a review", "customer review",
    "i comment", "my account", "my cart", "my basket", "my orders", "my order", "my name",
    "my email", "my details", "my profile", "my wishlist", "my list", "log in", "sign in",
    "tell me what you think", "let me know", "contact me", "email me", "about me",
    "my full review", "my review", "my reviews", "my top", "my favourite", "my favorite",
    "people also ask", "i have a question", "a question about", "quick question",
    "see the doctor", "see a doctor", "see your doctor", "ask a doctor",
    "ask your doctor", "talk to a doctor", "speak to a doctor", "talk to your doctor",
    "find a doctor", "book a doctor", "our doctors", "our nurses", "our team of doctors",
    "our specialists", "our experts", "meet the team", "the rat race",
)


FIRST_PERSON = ("i", "my", "me", "i'm", "i've", "i'd", "i'll", "i am", "i was", "i have",
                "i had", "i can", "i get", "i got", "i use", "i used", "i feel", "i did")
ASSOCIATION = (
    "associated with", "association between", "linked to", "link between", "linked with",
    "more likely", "less likely", "higher risk", "lower risk", "higher rate", "higher rates",
    "lower rate", "lower rates", "correlated with", "correlation between", "tended to",
    "increased risk", "reduced risk", "greater risk", "as likely", "times as likely",
    "times more likely", "higher odds", "lower odds", "more often", "less often",
    "had more", "had fewer", "had higher", "had lower", "had a higher", "had a lower",
    "were more", "were less", "was linked", "were linked", "a link", "no link",
    "weak link", "strong link", "linked", "tied to",
)
SHOULD = ("should", "must", "should not", "must not", "shouldn't")
PEOPLE = (
    "patients", "adults", "children", "people", "men", "women", "participants", "volunteers",
    "infants", "subjects", "users", "toddlers", "cases", "adolescents", "babies", "everyone",
    "individuals", "clinicians", "girls", "boys", "anyone", "teenagers", "teens", "pupils",
    "students", "workers", "nurses", "residents", "veterans", "smokers", "mothers", "parents",
    "families", "households", "respondents", "twins", "runners", "athletes", "employees",
)


def categories() -> dict[str, tuple[str, ...]]:
    """Category -> phrases, with the generated first-person phrases included.

    Order matters: a phrase listed under two categories belongs to the first."""
    anecdote = TESTIMONY + FIRST_PERSON_AUX + tuple(f"i {v}" for v in FIRST_PERSON_VERBS) \
        + tuple(f"my {n}" for n in MY_NOUNS) + tuple(f"i've {v}" for v in ("always", "never"))
    anecdote_weak = ANECDOTE_WEAK + tuple(f"my {n}" for n in MY_PEOPLE)
    return {
        "ignore": IGNORE, "hearsay": HEARSAY, "vague": VAGUE, "opinion": OPINION,
        "guideline": GUIDELINE, "systematic_review": SYSTEMATIC_REVIEW, "rct": RCT,
        "observational": OBSERVATIONAL, "case_series": CASE_SERIES, "preclinical": PRECLINICAL,
        "expert_opinion": EXPERT, "expert_weak": EXPERT_WEAK, "anecdote": anecdote,
        "guideline_framed": GUIDELINE_FRAMED, "observational_framed": OBSERVATIONAL_FRAMED,
        "preclinical_framed": PRECLINICAL_FRAMED, "anecdote_weak": anecdote_weak,
        "rct_weak": RCT_WEAK, "mechanism": MECHANISM, "connector": CONNECTOR, "org": ORG,
        "recommend": RECOMMEND, "our_patients": OUR_PATIENTS, "pro": PRO, "social": SOCIAL,
        "lay": LAY, "speech": SPEECH, "study": STUDY, "neg": NEG, "plan_pre": PLAN_PRE,
        "absent_post": ABSENT_POST, "should": SHOULD, "people": PEOPLE,
        "first_person": FIRST_PERSON, "association": ASSOCIATION,
    }


_PEOPLE_NOUNS = (r"patients|adults|children|kids|people|men|women|participants|volunteers|"
                 r"infants|subjects|users|toddlers|cases|adolescents|teenagers|teens|babies|"
                 r"newborns|pupils|students|workers|nurses|doctors|residents|veterans|smokers|"
                 r"mothers|fathers|parents|families|households|couples|respondents|twins|"
                 r"runners|athletes|employees|individuals|outpatients|inpatients|survivors|"
                 r"girls|boys|seniors|pensioners|civil\s+servants|farmworkers|drivers|"
                 r"americans|britons|europeans|citizens|members|conscripts|recruits|sisters|"
                 r"brothers|siblings|sons|daughters|husbands|wives|customers|clients")
_NUMBER = (r"(?:\d[\d,.]*(?:\s+(?:million|thousand|hundred))?|a\s+(?:dozen|hundred|thousand)|"
           r"half\s+a\s+million|(?:one|two|three|four|five|six|seven|eight|nine)\s+"
           r"(?:hundred|thousand|million)|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
           r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-\w+)?)")

# Regular expressions used around the phrase hits (sources only; evidence.py compiles them
# on first use).  Keys are the names evidence.py asks for.
PATTERNS = {
    # punctuation that ends the scope of a negation or a plan
    "clause": r"[,;:.!?()\u2013\u2014]",
    "word": r"[\w'-]+",
    "count_noun": r"(?:trials|studies|rcts|cohorts|reviews)$",
    "synthesis": r"review|analys|pool|meta|combin|across|synthes|weigh|together",
    "all_studies": r"\b(?P<n>all|every)\s+(?:the\s+|of\s+the\s+)?(?:[\w'-]+\s+){0,2}$",
    "contrast": r"\b(?:but|however|although|though|whereas|while|yet|instead)\b",
    "negating": r"\bnot\b|\bnever\b|n't\b",
    # "as a nurse", "I'm a GP" before a profession; "physio here", "GP of 20 years" after it
    "self_pro": r"(?:\b(?:speaking\s+)?as\s+an?|\bi'm\s+an?|\bi\s+am\s+an?|\bi\s+work\s+as\s+an?|"
                r"\bretired|\bour\s+(?:in-house|resident|staff|own)?)"
                r"\s+(?:[\w&'-]+\s+){0,2}$",
    "pro_after": r"\s+(?:here\b|of\s+\w+\s+years|for\s+\w+\s+years|with\s+\w+\s+years)",
    # a professional named in apposition: "Our founder, a board-certified dermatologist,"
    "apposition": r",\s+(?:an?|the|our)\s+(?:[\w.-]+\s+){0,3}$",
    "quoted": r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]",
    "testimonial_heading": r"(?i)testimonial|review|success stor|my story|our story|"
                           r"customers say|what people say",
    # a section whose heading announces recommendations
    "recommendation_heading": r"(?i)recommendation|guideline|guidance|what the experts advise|"
                              r"official advice|key points for practice|position statement",
    # a lay person named with an age ("Maria, 37,") or a town ("said Tom from Bristol"),
    # or introduced by a lay role ("Jane, a mother of two,")
    "lay_source": r"\b[A-Z][a-z]+,\s+(?:aged\s+)?\d{1,2},"
                  r"|\b(?:says|said)\s+(?!Dr\b|Prof|Doctor|Nurse|Sister\b)[A-Z][a-z]+"
                  r"(?:\s+[A-Z][a-z]+)?\s*(?:,\s*(?:who|a|an|\d)\b|[.!]\s*$)"
                  r"|\b(?:says|said|writes|wrote)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?)?"
                  r"\s+(?:from|of|in)\s+[A-Z]"
                  r"|\b[A-Z][a-z]+,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:mother|mum|mom|father|dad|"
                  r"parent|grandmother|grandfather|retiree|pensioner|teacher|student|runner|"
                  r"customer|reader|patient|sufferer|survivor)\b"
                  r"|\b[A-Z][a-z]+,\s+(?:a|an)\s+[^,;.]{3,60},\s+(?:says|said|told|explains|"
                  r"explained|writes|wrote|recalls|admits|remembers)\b"
                  # a testimonial's signature: '..." - Linda R., age 67'
                  r"|[\"\u201d]\s*[-\u2013\u2014]+\s*[A-Z][a-z]+(?:\s+[A-Z]\.?)?,?\s+"
                  r"(?:age\s+|aged\s+)?\d",
    # a population followed by "should" and a care action: the voice of a recommendation
    "population_should": r"\b(?:adults|patients|people|children|women|men|adolescents|infants|"
                         r"babies|everyone|individuals|girls|boys|anyone|newborns|"
                         r"pregnant\s+\w+|smokers)\b[^.;:?]{0,70}?"
                         r"\b(?:should|must)\s+(?:not\s+|also\s+|still\s+|routinely\s+|"
                         r"ideally\s+|first\s+)?(?:"
                         r"be\s+(?:given|offered|treated|screened|vaccinated|immuni[sz]ed|"
                         r"prescribed|tested|referred|started|assessed|monitored|counsell?ed|"
                         r"checked|admitted|considered\s+for)"
                         r"|have\s+(?:their|your|the|a|an)?\s*(?:[\w-]+\s+){0,5}?"
                         r"(?:checked|reviewed|measured|assessed|tested|monitored)\b"
                         r"|receive|undergo|avoid\s+(?:\w+\s+){0,2}?(?:alcohol|aspirin|"
                         r"ibuprofen|honey|raw|smoking|tobacco|the\s+sun)"
                         r"|(?:get|have|take|start|begin|do|eat|limit|keep|aim\s+for|drink)\b"
                         r"[^.;:?]{0,40}?\b(?:vaccine|vaccinated|jab|shot|dose|doses|screening|"
                         r"screened|test|tests|minutes|hours|units|grams|mg|portions|servings|"
                         r"teaspoons|at\s+least|no\s+more\s+than|less\s+than|fewer\s+than|"
                         r"up\s+to|each\s+week|every\s+\w+\s+years?))",
    "counted_people": r"\b" + _NUMBER + r"\s+(?:[\w-]+\s+){0,3}?(?:" + _PEOPLE_NOUNS + r")\b",
    "comparator": r"\b(?:placebo|control|versus|vs|compared|comparison|randomi[sz]|group|arms?|"
                  r"sham)\b",
    # a study frame, part 2 (part 1 is FRAME_WORDS): counted people, proportions, durations
    "frame_numeric": r"\d[\d,]*(?:\s*%\s+of\b|\s+in\s+\w|\s+years\b|\s+(?:[\w-]+\s+)?(?:"
                     + _PEOPLE_NOUNS + r")\b)",
    # a sentence opening with a first-person verb whose "I" was dropped ("Took two before bed")
    "dropped_i": r"^\W*(?:took|tried|started|been\s+(?:using|taking|on|doing)|switched|stopped|"
                 r"quit|went|had\s+my|felt|noticed|bought|ordered|finished|day\s+\d+\s+(?:of|on)|"
                 r"love|loving|using|taking|sleeping|feeling|lost|gained|dropped|gave\s+up|"
                 r"ditched|swapped|cut\s+out|cut\s+down)\b",
    # a clinician's perspective on "our patients": "we see", "we recommend"
    "practice_verb": r"\b(?:we|i)\s+(?:often\s+|usually\s+|routinely\s+|always\s+|now\s+)?"
                     r"(?:see|treat|find|recommend|advise|tell|prescribe|notice|encourage)\b",
    # a definition of a design: "Cohort studies follow ...", "A randomised trial is ..."
    "definition": r"^\W*(?:what\s+(?:is|are)\s+)?(?:an?\s+)?"
                  r"(?:(?!\d|two\b|three\b|four\b|five\b|six\b|several\b|many\b|these\b|"
                  r"those\b|both\b|all\b|the\b|this\b|our\b)[\w-]+\s+){0,2}?"
                  r"(?:trials?|stud(?:y|ies)|reviews?|meta-?analys[ie]s|rcts?|cohorts?|"
                  r"case\s+reports?|case\s+series|placebos?|shams?|dummy\s+\w+)\s+"
                  r"(?:is|are|can|cannot|can't|follows?|tests?|compares?|involves?|uses?|allows?|"
                  r"helps?|measures?|combines?|looks?|tracks?|asks?|aims?|differs?|gives?|"
                  r"provides?|means?|refers?)\b",
    # links and navigation around a guideline or study name: "Read the full guidelines here"
    "navigation": r"^\W*(?:read|download|view|see|visit|click|access|print|browse|check\s+out|"
                  r"learn\s+more|find\s+out|more\s+on|get\s+the|explore|subscribe|share)\b",
    # "randomly chosen" that allocates (rct) rather than samples (observational)
    "allocation": r"\b(?:half|received|receive|got|assigned|allocated|arms?|groups?|either|"
                  r"intervention|control|treatment|training|drug|placebo)\b",
    "survey_frame": r"\b(?:survey\w*|respondents|questionnaires?|interview\w*|poll\w*|"
                    r"electoral|asked|sample\w*)\b",
    # a review of a body of research: "their review of 60 years of research", "the review
    # concluded that the evidence"
    "review_frame": r"review(?:ed)?\s+(?:\w+\s+){0,4}?(?:research|evidence|literature|studies|"
                    r"trials|data)\b",
    # a third-person case narrative: "a man in his 60s was found to have ..."
    "case_person": r"\b(?:an?|one)\s+(?:\d+-year-old\s+)?(?:man|woman|patient|child|boy|girl|"
                   r"infant|toddler|teenager)\s+(?:in\s+(?:his|her)\s+\w+|aged\s+\d+)\b"
                   r"[^.;]{0,80}?\b(?:was\s+(?:found|diagnosed|admitted|treated|taken)|presented|"
                   r"developed|died|needed|required)\b",
    # what a guideline document says, as opposed to news about the document ("the guideline was
    # published in March"): a recommending verb, "should", or relaying it ("according to")
    "reco_content": r"\b(?:should|must|recommend\w*|advis\w*|advice|say|says|said|states?|sets?|"
                    r"set\s+out|lists?|names?|ranks?|assigns?|gives?|grades?|classif\w+|suggests?|"
                    r"endorses?|urges?|calls?\s+for|tells?|favou?rs?|prefers?|is\s+to|are\s+to|"
                    r"according\s+to|per|under|in\s+line\s+with|following|follows?|based\s+on|"
                    r"offer|avoid|do\s+not|don't|limit|aim|target|first[\s-]line|concludes?)\b",
    # clinicians writing up one person or a few: "doctors wrote about a teenager who ..."
    "reported_case": r"\b(?:wrote|reported|described|documented)\s+(?:about\s+|on\s+)?"
                     r"(?:the\s+case\s+of\s+)?(?:an?|one|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:man|woman|patient|child|boy|girl|teenager|infant|toddler|baby|men|women|"
                     r"patients|children|people|sisters|brothers|siblings|twins)\b",
    "recommendation_number": r"^\W*recommendation\s*(?:\d+(?:\.\d+)*)?\s*[:.(]",
    # a sentence about the basis of a recommendation takes the type of that basis
    "basis": r"\b(?:reflects?|rests?\s+(?:\w+\s+)?on|(?:is|are|was|were)\s+(?:\w+\s+)?based\s+on|"
             r"comes?\s+from|draws?\s+on|evidence\s+(?:for|behind)|relies\s+on)\b",
    # exposed and unexposed groups compared: "those who ... had more / were less ..."
    "group_contrast": r"\b(?:those|people|participants|patients|adults|children|women|men|mothers|"
                      r"users|teenagers|smokers|drinkers|workers|students|babies|infants)\s+"
                      r"(?:who|whose|with|that)\b[^.;]{3,90}?\b(?:had|were|was|showed|reported|"
                      r"scored|developed|got)\b[^.;]{0,40}?\b(?:more|less|fewer|higher|lower|"
                      r"greater|smaller|better|worse|likelier|twice|times)\b",
}


# Word lists searched as one trie each (a trailing "*" matches any word ending); evidence.py
# asks for them by name like the patterns above.
WORDS = {
    # a study frame: research words and reported findings around a framed cue
    "study_frame": (
        "study", "studies", "trial", "trials", "research*", "scientist", "scientists",
        "investigator", "investigators", "author", "authors", "data", "analys*", "analyz*",
        "experiment", "experiments", "finding", "findings", "found", "finds", "show", "shows",
        "showed", "shown", "reveal*", "reports", "reported", "observed", "suggest*", "conclu*",
        "indicat*", "linked", "associated", "association", "compared", "examined", "measured",
        "assessed", "respondents", "participants", "sample", "enrolled", "recruited", "cohort",
        "risk", "rate", "rates", "odds", "likely", "prevalence", "incidence", "percent",
        "tested", "exposed", "given", "fed", "injected", "treated", "followed", "tracked",
        "questioned", "interviewed", "answered", "received", "asked", "baseline", "lived",
        "protected", "died", "developed", "grew", "improved", "reduced", "increased", "lowered",
        "raised", "killed", "slowed", "filtered", "inactivated", "according to", "per cent of",
        "designed to", "to test", "testing", "comparing",
        "one in", "two in", "three in", "four in", "five in", "for years", "over the years",
        "for decades", "over a decade", "for a decade",
    ),
    # body chemistry next to a connector ("which is why", "by lowering") makes a mechanism
    "bio": (
        "cell", "cells", "receptor", "receptors", "enzyme", "enzymes", "hormone", "hormones",
        "insulin", "cortisol", "dopamine", "serotonin", "adenosine", "melatonin", "blood vessel",
        "blood vessels", "arter*", "vein", "veins", "nerve", "nerves", "neuron", "neurons",
        "brain", "muscle", "muscles", "immune", "inflammat*", "collagen", "gut bacteria",
        "microbiome", "metabolism", "oxygen", "calcium", "sodium", "potassium", "magnesium",
        "iron", "glucose", "cholesterol", "antibod*", "protein", "proteins", "peptide",
        "peptides", "molecule", "molecules", "chemical", "chemicals", "compound", "compounds",
        "membrane", "membranes", "mitochondria*", "dna", "gene", "genes", "toxins",
        "free radicals", "nitric oxide", "acid", "absorption", "liver", "kidney", "kidneys",
        "pancreas", "synapse", "synapses", "tissue", "bloodstream", "circulation",
    ),
    # health content that turns a personal remark into an anecdote
    "health": (
        "pain*", "ache*", "aching", "hurt*", "sore*", "symptom", "symptoms", "side effect",
        "side effects", "sleep*", "slept", "insomnia", "tired*", "exhaust*", "fatigue", "energy",
        "anxi*", "depress*", "mood", "migraine", "migraines", "headache", "headaches", "cramp",
        "cramps", "rash*", "itch*", "skin", "acne", "eczema", "psoriasis", "rosacea", "weight",
        "kilo", "kilos", "kg", "pounds", "lbs", "stone", "diet*", "pill", "pills", "tablet",
        "tablets", "capsule", "capsules", "gumm*", "supplement", "supplements", "vitamin",
        "vitamins", "dose", "doses", "meds", "medic*", "drug", "drugs", "inhaler", "inhalers",
        "injection", "injections", "jab", "jabs", "vaccin*", "shot", "shots", "therap*",
        "treatment", "treatments", "surgery", "operation", "physio*", "diagnos*", "cure",
        "cured", "cures", "heal", "heals", "healed", "healing", "better", "worse", "improv*",
        "relie*", "recover*", "sick", "ill", "illness", "flu", "cold", "covid", "fever",
        "cough*", "blood", "sugar", "pressure", "cholesterol", "period", "periods", "pregnan*",
        "baby", "babies", "teething", "knee", "knees", "neck", "joint", "joints", "hip", "hips",
        "shoulder", "shoulders", "stomach", "gut", "bloat*", "bowel", "ibs", "allerg*",
        "asthma", "breath*", "heart", "diabet*", "cancer", "arthritis", "thyroid", "hormone",
        "hormones", "flare*", "attack", "attacks", "seizure", "seizures", "tinnitus", "hair",
        "teeth", "eye", "eyes", "vision", "fasting", "keto", "gluten", "dairy", "alcohol",
        "smok*", "vap*", "withdrawal", "addict*", "fog", "memory", "stress*", "calm*", "panic",
        "colic", "snor*", "nausea", "dizz*", "chemo", "infusion", "remedy", "remedies", "cream",
        "oil", "tea", "massage", "acupuncture", "chiropract*", "adhd", "autism", "lived to",
        "helped", "cleared", "jog*", "running", "swim*", "golf", "gym", "exercis*", "stretch*",
        "stairs", "splint", "steps",
        "reflux", "constipat*", "diarrh*", "vomit*", "heartburn", "indigestion", "lupus",
        "crohn's", "colitis", "endometriosis", "pcos", "menopaus*", "flush*", "dementia",
        "alzheimer's", "parkinson's", "stroke", "infection", "infections", "uti", "thrush",
        "hay fever", "hives", "gout", "sciatica", "fibromyalgia", "kidney", "kidneys", "liver",
        "lung", "lungs", "bladder", "prostate", "hearing", "swollen", "swelling", "bruis*",
        "bleed*", "spot", "spots", "wound", "scar", "feed", "feeds", "nappy", "formula",
        "breastfeed*", "labour", "labor", "contraception", "coil", "implant", "insulin",
        "statin", "statins", "antidepressant", "antidepressants", "antibiotic", "antibiotics",
        "steroid", "steroids", "painkiller", "painkillers", "paracetamol", "ibuprofen",
        "aspirin",
    ),
}
WORDS["treated"] = ("received", "were treated", "treated with", "were given", "given", "underwent",
                    "were injected", "got the", "who took", "developed")
WORDS["observed"] = ("followed", "tracked", "monitored", "surveyed", "recorded", "measured",
                     "questioned", "interviewed", "checked", "data from", "records of", "asked",
                     "answered")
