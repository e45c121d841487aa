"""Phrase lists for the `hedging` scorer (data only).

All lists were written for credaudit from our own knowledge of how hedges,
boosters and causal language work in English health writing (after Hyland's
account of hedges and boosters and the cue types described for the CoNLL-2010
shared task); none is copied from a published lexicon.  Phrases are matched on
lower-cased text by `audit.lexicon.Lexicon`: a trailing ``*`` matches any word
ending and a space also matches a hyphen.

Category names tell the scorer what to do with a hit:

* ``hedge`` -- always a hedge (unless inside a quoted mention);
* ``hedge:<rule>`` -- a hedge after the named check (``may``, ``suggest``,
  ``indicate``, ``should``, ``could``, ``suspect``, ``possible``, ``weak`` -- an
  evidence noun must be near --, ``appear`` -- not before a place or a time --,
  ``whether``, ``if_any``, ``know``);
* ``booster`` -- a booster unless negated, questioned, quoted or reported critically;
  ``booster_epistemic`` -- the same, but negated it becomes a hedge ("not proven");
* ``booster:<rule>`` -- a booster after the named check;
* ``plain`` -- phrases that look like cues but are not ("as the name suggests"); matching
  them first keeps the shorter cue inside from being read;
* ``causal:<form>``, ``corr`` -- cues for claim strength (`CAUSAL_VERBS` lists the verbs);
* ``_sup``, ``_promise``, ``_limit`` -- trigger words: the lexicon pass reports them so that
  the superlative, promise and limitation patterns run only on claims that contain one.
"""
from __future__ import annotations

PHRASES: dict[str, tuple[str, ...]] = {
    "hedge": (
        "might", "possibly", "perhaps", "probably", "presumably", "plausibly", "apparently",
        "supposedly", "conceivably", "seemingly", "arguably", "maybe", "likely", "unlikely",
        "not unlikely", "most likely", "appear to", "appears to", "appeared to",
        "it seems", "it appears", "seems like", "sounds like",
        "looks like", "it may be that", "it is possible", "it is possible that",
        "possibility", "raise the possibility", "raises the possibility", "potential",
        "potentially",
        "preliminary", "pilot data", "pilot study", "pilot trial", "pilot studies", "exploratory",
        "tentative", "tentatively", "limited evidence", "insufficient evidence",
        "evidence is limited", "evidence was limited",
        "inconclusive", "weak evidence", "evidence is weak",
        "low quality evidence", "low-certainty evidence", "low certainty evidence", "low certainty",
        "very low certainty", "rated very low", "rated low", "moderate-certainty evidence",
        "moderate certainty evidence", "mixed evidence", "mixed results", "conflicting evidence",
        "conflicting results", "the evidence for that is thin", "evidence is sparse",
        "sparse evidence", "little evidence", "scant evidence",
        "evidence is lacking", "data are lacking", "lack of evidence",
        "no evidence", "no good evidence",
        "no evidence yet", "no firm evidence", "no clear evidence", "not enough evidence",
        "more research is needed", "further research is needed", "more studies are needed",
        "further studies are needed", "more trials are needed", "further trials are needed",
        "more research needed", "need to be replicated", "needs to be replicated",
        "needs further study", "requires further study", "warrants further study",
        "remains unclear", "remain unclear", "remains uncertain", "remain uncertain", "is unclear",
        "are unclear", "unclear", "uncertain", "uncertainty", "unsure", "not sure", "not certain",
        "not clear", "not yet clear", "unknown", "not known", "not yet known", "it is unknown",
        "is not known", "remains unknown", "not yet established", "not been established",
        "has not been established", "have not been established", "not established",
        "not yet proven", "yet to be proven", "remains to be proven", "remains to be seen",
        "remains to be determined", "remain to be determined", "remains to be established",
        "unproven", "no proof", "not been proven", "not been shown", "has not been tested",
        "have not been tested", "not been confirmed", "not confirmed", "we hypothesise",
        "we hypothesize", "hypothesise", "hypothesize", "hypothesised", "hypothesized",
        "hypothesis", "we speculate", "speculate", "speculative", "speculated", "we propose",
        "propose that", "proposed that", "we believe", "i believe", "believe that", "is believed",
        "are believed", "believed to", "thought to", "is thought", "are thought", "i think",
        "we think", "think that", "scientists think", "i'm guessing", "i guess", "guessing",
        "reckon", "reckons", "pretty sure", "i wonder", "wonder if", "wondering if",
        "wondering whether", "hard to say", "difficult to say", "remain divided", "remains divided",
        "are divided", "still debated", "is debated", "debatable", "may not apply", "idk",
        "not a doctor", "i'm no expert", "no expert",
        "to some extent", "to a certain extent", "to some degree", "in some patients",
        "in some people", "in some cases", "in certain cases", "some evidence", "some studies",
        "some research", "tend to", "tends to", "tended to", "may or may not",
        "cannot be ruled out",
        "cannot rule out", "can't rule out", "could not rule out", "not ruled out",
        "cannot be excluded", "can not be excluded", "could not be excluded", "not be excluded",
        "does not exclude", "do not exclude", "cannot exclude", "doubt", "doubts", "doubtful",
        "questionable", "not necessarily", "at best", "hint", "hints", "hinted", "hinting",
        "hint at", "hints at", "hinted at", "point to a possible", "argue", "argues", "argued",
        "argues against", "interpreted with caution", "interpret with caution",
        "cautioned that", "remains inconclusive",
        "compatible with both", "the jury is still out", "jury is still out", "too early to say",
        "too early to tell", "too soon to know", "too soon to say", "early to say",
        "still unsure", "still unclear", "approximately", "roughly", "an estimated",
        "is estimated", "were estimated", "may vary", "might vary", "can vary", "apparent",
        "individual results", "results may differ", "experiences differ", "individual experiences",
        "suggestive", "suggestive of", "putative", "presumed", "emerging evidence",
        "early evidence", "early research", "early studies", "early data", "small trials",
        "small studies", "small trial", "small study", "underpowered", "to our knowledge",
        "as far as we know", "not fully understood", "poorly understood", "not well understood",
        "not completely understood", "not entirely clear", "not always", "not everyone",
        "individual responses", "in theory", "theoretically", "possibly attributable",
        "somewhat",
        "not entirely",
        "conceivable", "it is conceivable", "plausible", "it is plausible", "probable",
        "it is probable", "presumable", "aren't sure", "isn't sure",
        "wasn't sure", "weren't sure", "isn't clear", "wasn't clear", "isn't known", "aren't known",
        "not convinced", "unconvinced", "should be confirmed",
        "need to be confirmed", "needs to be confirmed", "must be confirmed",
        "requires confirmation", "require confirmation", "awaits confirmation",
        "await confirmation", "should be replicated", "must be replicated", "need confirmation",
        "needs confirmation", "warrants confirmation", "await replication", "needs replication",
        "consistent with a", "consistent with an", "compatible with a", "compatible with an",
        "seem", "seems", "seemed", "seeming", "interpreted cautiously", "viewed with caution",
        "treated with caution", "regarded with caution", "viewed cautiously", "open question",
        "unanswered", "unresolved", "yet to be determined", "yet to be established",
        "yet to be confirmed", "not yet confirmed", "unconfirmed", "anecdotal", "anecdotally",
        "reportedly", "allegedly", "rumoured", "rumored", "purportedly", "ostensibly",
        "speculation", "conjecture", "hypothetically", "i suppose", "i assume", "we assume",
        "assumed to", "i suspect", "my guess", "best guess", "i feel like", "i'd guess",
        "i would guess", "hard to know", "difficult to know", "impossible to say",
        "impossible to know", "can't say for sure", "cannot say for sure", "can't be sure",
        "cannot be sure", "not proven", "not been demonstrated", "has not been demonstrated",
        "is not established", "remains controversial", "controversial", "contested", "disputed",
        "more evidence is needed", "further evidence is needed", "larger trials are needed",
        "larger studies are needed", "longer studies are needed", "needs more research",
        "need more research", "calls for more research", "worth investigating",
        "deserves further study", "merits further", "warrant further", "warrants further",
        "the jury is out", "an open question", "not well established", "less clear",
        "far from clear", "far from certain", "no guarantee", "there's no guarantee",
        "seems to", "seem to", "seemed to", "appear to be",
        "not yet been identified", "not been identified", "yet to be identified",
        "has not been determined", "have not been determined", "not yet determined",
        "not been pinned down", "believe", "believes", "believed", "no one is sure",
        "nobody is sure", "no one is quite sure", "nobody is quite sure", "no one knows for sure",
        "not quite sure", "not entirely sure", "not totally sure", "not 100% sure",
    ),
    "hedge:may": ("may",),
    "hedge:could": ("could", "couldn't"),
    "hedge:should": ("should",),
    "hedge:suggest": (
        "suggest", "suggests", "suggested", "suggesting", "suggestion", "suggestions",
    ),
    "hedge:indicate": ("indicate", "indicates", "indicated", "indicating"),
    "hedge:suspect": ("suspect", "suspects", "suspected"),
    "hedge:weak": (
        "limited", "sparse", "scarce", "lacking", "weak", "thin", "inconsistent", "precluded",
        "precludes", "insufficient", "conflicting", "equivocal", "scant", "meagre", "meager",
        "patchy", "modest at best", "incomplete", "flawed", "low quality", "poor quality",
    ),
    "hedge:appear": ("appear", "appears", "appeared"),
    "hedge:whether": ("whether",),
    "hedge:if_any": ("if any", "if at all"),
    "hedge:know": (
        "don't know", "do not know", "doesn't know", "does not know", "don't yet know",
        "do not yet know", "didn't know", "did not know", "we don't know", "no one knows",
        "nobody knows",
    ),
    "hedge:possible": ("possible",),
    "booster": (
        "clinically validated", "medically proven", "miracle", "miracles", "miraculous",
        "revolutionary", "revolutionise", "revolutionize", "revolutionised", "revolutionized",
        "game changer", "game changing", "game-changer", "game-changing", "landmark", "superfood",
        "superfoods", "the ultimate", "ultimate", "number one", "#1", "the single most",
        "the most powerful", "the most effective", "the most important", "the most advanced",
        "the most potent", "purest", "the safest", "undeniably", "undeniable", "unquestionably",
        "unquestionable", "indisputably", "indisputable", "irrefutable", "irrefutably",
        "unequivocally", "unequivocal", "undoubtedly", "without doubt", "without a doubt",
        "without question", "no doubt", "no doubt about it", "there is no doubt", "little doubt",
        "beyond doubt", "beyond any doubt", "beyond question", "no question that",
        "of course", "obviously", "well known fact", "well-known fact", "for a fact", "a fact that",
        "it's a fact", "the science is settled", "science is settled", "settled science",
        "end of story", "trust me", "literally", "instant relief", "instant results",
        "instantly", "overnight results", "forever", "permanently", "once and for all",
        "no risk whatsoever", "zero downtime",
        "works for everyone", "works for everybody", "everyone can benefit",
        "everybody can benefit",
        "every single", "doctors agree", "experts agree", "everywhere agree", "all doctors",
        "perfect accuracy", "perfect results", "perfect solution", "perfect health",
        "the secret to", "definitive solution",
        "definitive proof", "definitive answer", "definitive cure", "the future of",
        "certain to", "is certain", "certainly", "will undoubtedly", "miracle cure", "wonder drug",
        "magic bullet", "really works", "absolutely",
        "totally",
        "groundbreaking", "ground-breaking", "trailblazing", "cutting-edge", "world's first",
        "first-ever",
        "stunned",
        "nothing short of", "transformative", "life-changing", "life changing", "paradigm shift",
        "quantum leap", "holy grail", "silver bullet", "panacea", "secret weapon", "superpower",
        "supercharge", "supercharges", "turbocharge", "skyrocket", "skyrockets", "simple trick",
        "one simple trick", "this one trick", "doctors hate", "doctors are stunned", "shocking",
        "you won't believe", "without a shadow of a doubt", "beyond any question",
        "beyond all doubt", "everyone knows", "everybody knows", "every doctor knows",
        "we all know", "as we all know", "common knowledge", "make no mistake", "no exceptions",
        "without exception", "there's no denying", "there is no denying", "no denying", "100% sure",
        "absolutely certain", "completely certain", "sure-fire", "surefire", "foolproof",
        "fool-proof", "fail-safe", "never fails", "works every time", "always works",
        "nothing works better", "nothing beats", "nothing compares", "better than anything",
        "than any other", "unbeatable", "unmatched", "unparalleled", "unrivalled", "unrivaled",
        "second to none", "in a league of its own", "the evidence is overwhelming",
        "overwhelming evidence", "overwhelmingly", "the root cause", "root cause of all",
        "of our lifetime", "of the century", "of the decade", "of all time", "absolute best",
        "the absolute best", "the very best", "hands down the", "hands-down the", "each and every",
        "all diseases", "any disease", "every disease", "every illness", "science-backed",
        "backed by science", "scientifically backed", "any doctor will tell you", "dramatically",
        "drastically", "massively", "radically", "hugely", "enormously", "vastly", "tremendously",
        "immensely", "insanely", "exponentially",
        "fixes everything", "cures everything", "treats everything", "fix everything",
        "cure everything", "heals everything", "for every ailment", "for all ailments",
        "the most trusted", "the most popular", "the most complete", "the most natural",
        "the most comprehensive", "the most revolutionary", "the most innovative",
    ),
    "booster_epistemic": (
        "proven", "clinically proven", "scientifically proven", "proven to", "proven safe",
        "proven effective", "prove that", "proves that", "proved that", "prove", "proves",
        "definitely", "definitively", "conclusively", "conclusive", "clearly shows",
        "clearly show", "clearly showed", "clearly demonstrates", "clearly demonstrated",
        "clearly outperformed", "clearly", "it is clear that", "the evidence is clear",
        "the research is clear", "the science is clear", "the data are clear", "the data is clear",
        "unambiguously", "research has shown unambiguously", "guaranteed", "guarantee",
        "guarantees", "100%", "100 percent",
        "one hundred percent", "completely",
    ),
    "booster:cure": (
        "cure", "cures", "cured", "curing", "the cure", "a cure for", "cure all", "cure-all",
    ),
    "booster:breakthrough": ("breakthrough", "breakthroughs"),
    "booster:sweep": (
        "always", "never", "everyone", "everybody", "all", "every", "anyone", "for everyone",
        "for everybody", "in everyone", "every time", "every type", "every kind",
        "all ailments", "all that ails",
    ),
    "booster:best": ("the best", "literally the best"),
    "booster:side_effects": (
        "no side effects", "zero side effects", "without side effects", "free of side effects",
        "no adverse effects", "no known side effects",
    ),
    "booster:only": ("the only",),
    "booster:for_good": ("for good",),
    # trigger words: the lexicon pass reports them so that a pattern runs only where it can match
    "_sup": (
        "best", "worst", "greatest", "strongest", "safest", "purest", "healthiest", "finest",
        "fastest",
    ),
    "_promise": ("instant", "permanent", "overnight", "lifelong"),
    "_limit": ("small", "few", "underpowered", "uncontrolled", "tiny", "handful"),
    "booster:cure_verb": (
        "reverses", "reverse", "eliminates", "eliminate", "eradicates", "eradicate", "banishes",
        "banish", "heals", "gets rid of", "get rid of", "wipes out", "wipe out",
    ),
    "booster:detox": ("detox", "detoxes", "detoxify", "detoxifies", "detoxing", "detoxification"),
    "plain": (
        "as the name suggests", "as its name suggests", "as their name suggests",
        "as the name implies", "suggested use", "suggested dose", "suggested serving",
        "suggested retail", "suggested retail price", "as indicated", "unless otherwise indicated",
        "is indicated", "are indicated", "is indicated for", "indicated for", "indicated as",
        "indicated in", "as soon as possible", "where possible", "wherever possible",
        "whenever possible", "if possible", "as much as possible", "as early as possible",
        "as quickly as possible", "as low as possible", "as far as possible", "best possible",
        "lowest possible", "highest possible", "as close as possible", "action potential",
        "action potentials", "membrane potential", "resting potential", "evoked potential",
        "evoked potentials", "potential donors", "potential donor", "potential customers",
        "potential participants", "potential candidates", "limited mobility", "limited-time",
        "limited time", "limited edition", "limited offer", "pilot programme", "pilot program",
        "pilot scheme", "pilot project", "suspected appendicitis", "suspected cancer",
        "suspected sepsis", "suspected meningitis", "suspected stroke", "suspected fracture",
        "suspected cases", "suspected case", "with suspected", "people with suspected",
        "best available", "best available evidence", "best-studied", "best studied",
        "best corrected", "best-corrected", "best supportive care", "best practice",
        "the best time", "the best way to find", "breakthrough pain", "breakthrough bleeding",
        "breakthrough infection", "breakthrough infections", "breakthrough symptoms",
        "breakthrough seizures", "breakthrough seizure", "breakthrough cases",
        "breakthrough therapy", "breakthrough therapy designation", "breakthrough device",
        "breakthrough spotting", "breakthrough nausea", "breakthrough vomiting",
        "breakthrough episodes", "breakthrough covid", "alcohol detox", "drug detox",
        "opioid detox", "medical detox", "detox programmes for alcohol", "supervised detox",
        "detox unit", "cure rate", "cure rates", "rates of cure", "complete remission",
        "instant coffee", "guaranteed access", "the guarantee", "this guarantee",
        "the guarantee covers",
        "almost always", "nearly always", "not always", "almost never", "nearly everyone",
        "almost everyone", "almost all", "nearly all", "all analyses", "all patients",
        "all participants", "all adults", "all children", "all women", "all men", "all ages",
        "all cause", "all-cause", "all of", "all types", "at all", "all the", "all other",
        "all these", "all three", "all four", "all studies", "all trials", "all groups",
        "all in all", "most often", "more often", "every day", "every week", "every month",
        "every year", "every two",
        "every three", "every four", "every six", "every hour", "every morning", "every evening",
        "every night", "every other", "everyone aged", "everybody with", "everyone with",
        "anyone with", "anyone who", "anyone know", "anyone else", "of the most",
        "fully vaccinated", "fully recovered", "fully informed", "fully understood",
        "entirely clear", "prove useful", "may prove", "might prove", "could prove",
        "clearly needed", "clearly labelled", "clearly labeled", "clearly marked",
        "forever chemicals",
    ),
    "corr": (
        "associated with", "association", "associations", "associated", "linked to", "linked with",
        "link between", "links between", "linked", "link", "links", "correlated", "correlates",
        "correlate", "correlation", "correlations", "correlating", "related to", "relationship",
        "relationships", "predicted", "predicts", "predict", "predictor", "predictors",
        "predictive", "tied to", "connection", "connections", "connected to", "connected with",
        "coincided", "coincides", "coincide", "marker of", "markers of", "risk factor",
        "risk factors", "more likely", "less likely", "as likely", "times as likely",
        "prone to", "higher risk", "lower risk", "greater risk", "increased risk",
        "reduced risk", "elevated risk", "decreased risk", "excess risk", "double the risk",
        "twice the risk", "higher odds", "lower odds", "greater odds", "increased odds",
        "higher likelihood", "lower likelihood", "higher rate", "lower rate", "higher rates",
        "lower rates", "higher incidence", "lower incidence", "higher prevalence",
        "lower prevalence", "odds ratio", "hazard ratio", "relative risk", "inversely",
        "positively", "negatively", "tracked with", "track with", "tracks with", "differ between",
        "differed between", "did not differ", "no difference", "similar in", "similar between",
        "similar across", "differences between", "dose response", "dose-response",
        "go hand in hand", "goes hand in hand",
    ),
    "causal_phrase": (
        "lead to", "leads to", "led to", "leading to", "result in", "results in", "resulted in",
        "resulting in", "contribute to", "contributes to", "contributed to", "contributing to",
        "plays a role", "play a role", "played a role", "plays a part", "due to", "because of",
        "caused by", "responsible for", "attributable to", "as a result of", "effect on",
        "effects on", "no effect", "impact on", "protective effect",
        "beneficial effect", "harmful effect", "effective in", "effective for", "effective at",
        "effective against", "is effective", "are effective", "was effective", "were effective",
        "less effective", "more effective", "as effective", "efficacious", "no better than",
        "superior to", "inferior to", "non-inferior",
        "makes people", "makes you", "make people", "make you", "makes it", "thanks to",
        "benefit from", "benefits from", "benefited from",
    ),
}

# Causal verbs (base forms).  The scorer adds the third-person, past and -ing forms
# by the regular rules, or from `IRREGULAR_FORMS`, and matches them as
# ``causal:base``, ``causal:s``, ``causal:ed`` and ``causal:ing``.  Verbs that can also
# describe a change without a cause ("rates increased from ...") are in `CHANGE_VERBS`.
CAUSAL_VERBS = (
    "reduce", "lower", "cause", "improve", "prevent", "increase", "decrease", "boost", "protect",
    "treat", "help", "trigger", "enhance", "promote", "induce", "inhibit", "alleviate", "relieve",
    "ease", "eliminate", "raise", "cut", "halve", "double", "worsen", "damage", "strengthen",
    "weaken", "affect", "influence", "slow", "accelerate", "delay", "reverse", "restore", "shorten",
    "extend", "prolong", "hasten", "speed", "disrupt", "impair", "harm", "kill", "heal", "fix",
    "stop", "block", "suppress", "stimulate", "produce", "generate", "drive", "resolve", "relax",
    "calm", "soothe", "regenerate", "rebuild", "repair", "burn", "rot", "destroy", "remove",
    "clear", "explain", "benefit", "fight", "combat", "counteract", "mitigate", "attenuate",
    "augment", "elevate", "stabilise", "stabilize", "normalise", "normalize", "modulate", "alter",
    "change", "transform", "whiten", "erase", "detect", "outperform", "shrink", "spread", "dampen",
    "spark", "provoke", "aggravate", "exacerbate", "cure", "eradicate", "abolish", "ameliorate",
    "lessen", "diminish", "minimise", "minimize", "lengthen", "impede", "hinder", "precipitate",
    "elicit", "save", "predispose", "neutralise", "neutralize",
)
# Forms the regular rules get wrong: base -> (third person, past, -ing).
IRREGULAR_FORMS: dict[str, tuple[str, str, str]] = {
    "cut": ("cuts", "cut", "cutting"),
    "speed": ("speeds", "sped", "speeding"),
    "stop": ("stops", "stopped", "stopping"),
    "drive": ("drives", "drove", "driving"),
    "rebuild": ("rebuilds", "rebuilt", "rebuilding"),
    "rot": ("rots", "rotted", "rotting"),
    "fight": ("fights", "fought", "fighting"),
    "shrink": ("shrinks", "shrank", "shrinking"),
    "spread": ("spreads", "spread", "spreading"),
}
# Verbs that can also describe a change with no cause ("admissions doubled during ...").
CHANGE_VERBS = frozenset((
    "increase", "decrease", "improve", "worsen", "double", "halve", "slow", "change", "resolve",
    "clear", "shrink", "spread", "heal", "stop", "ease", "stabilise", "stabilize", "normalise",
    "normalize", "lower", "extend", "reverse", "burn", "relax", "alter", "transform", "calm",
))
# Verbs whose -ed form is nearly always a participle ("patients treated with ...").
PARTICIPLE_ONLY = frozenset(("treat", "affect", "expose", "detect", "spread", "change", "alter"))
# Words after a change verb that show it is used without an object.
INTRANSITIVE_NEXT = frozenset((
    "from", "by", "over", "to", "in", "among", "during", "after", "across", "between", "with",
    "at", "for", "compared", "relative", "slightly", "steadily", "sharply", "markedly",
    "and", "but", "when", "as", "than", "until", "since", "each", "per", "within", "without",
    "significantly", "substantially", "modestly", "rapidly", "quickly", "gradually",
    "spontaneously",
    "again", "further", "more", "less", "",
))
# Words before an -ed or -s form that make it an adjective or a noun, not a verb.
NOMINAL_BEFORE = frozenset((
    "a", "an", "the", "with", "to", "of", "for", "in", "by", "and", "or", "from", "at", "on",
    "than",
    "as", "this", "these", "those", "their", "its", "his", "her", "our", "your", "my", "more",
    "less", "most", "such", "any", "no", "modest", "small", "large", "significant", "substantial",
    "marked", "greater", "larger", "smaller", "major", "minor", "some", "both", "further", "that",
    "which", "whose", "other", "many", "few", "several", "into", "toward", "towards", "via",
    "shows", "showed", "show", "had", "has", "have", "having",
))
# Verbs after which "to <verb>" states a purpose or a question, not a claim.
PURPOSE_BEFORE_TO = frozenset((
    "aim", "aims", "aimed", "designed", "intended", "tried", "try", "trying", "attempt",
    "attempted", "order", "used", "use", "sought", "seeks", "seek", "planned", "plan", "how",
    "want", "wanted", "need", "needed", "needs", "trial", "study", "studies", "able", "unable",
    "goal", "way", "ways", "strategies", "efforts", "effort", "measures", "interventions",
    "steps", "is", "are", "was", "were",
))
MODALS_CONDITIONAL = frozenset(("may", "might", "could", "would", "couldn't", "mightn't"))
MODALS_DIRECT = frozenset(("can", "will", "does", "do", "did", "cannot", "can't", "won't",
                           "doesn't", "don't", "didn't", "to", "must", "shall"))
# Hedges that make a causal claim conditional when they come before the verb.
CONDITIONAL_HEDGES = frozenset((
    "may", "might", "could", "would", "possibly", "probably", "perhaps", "potentially", "maybe",
    "likely", "most likely", "appear to", "appears to", "appeared to", "appear to be", "seem to",
    "seems to", "seemed to", "it seems", "it appears", "raise the possibility",
    "raises the possibility", "it is possible", "it is possible that", "it may be that",
    "i think", "we think", "thought to", "believed to", "we speculate", "speculate",
    "we hypothesise", "we hypothesize", "hypothesise", "hypothesize", "presumably",
    "plausibly", "conceivably", "possibly attributable", "couldn't", "seem", "seems", "seemed",
    "appear", "appears", "appeared", "probable", "plausible", "conceivable",
))
# Verbs after subject + "may" that give permission or an instruction, not a possibility.
PERMISSION_VERBS = frozenset((
    "take", "eat", "drink", "use", "continue", "resume", "stop", "shower", "bathe", "return",
    "go", "drive", "apply", "wear", "choose", "want", "wish", "prefer", "call", "contact", "ask",
    "bring", "request", "keep", "start", "swim", "travel", "leave", "visit", "cancel",
    "withdraw", "opt", "decline", "attend", "switch", "also", "then", "now", "still",
))
PERMISSION_PASSIVE = frozenset((
    "taken", "given", "used", "offered", "applied", "crushed", "mixed", "stored", "swallowed",
    "repeated", "continued", "started", "considered", "prescribed", "administered", "chewed",
    "dissolved", "split", "halved", "substituted", "combined", "stopped", "co-administered",
))
PERMISSION_SUBJECTS = frozenset((
    "you", "patients", "patient", "people", "adults", "children", "women", "men", "they", "she",
    "he", "parents", "carers", "caregivers", "participants", "users", "customers", "mothers",
    "residents", "staff", "clinicians", "doctors", "i", "we",
))
# Words after "should" that make it an expectation ("symptoms should improve").
EXPECT_AFTER_SHOULD = frozenset((
    "improve", "resolve", "settle", "clear", "subside", "ease", "disappear", "fade", "heal",
    "recover", "return", "go", "start", "begin", "feel", "work", "help", "be", "last", "take",
    "wear", "pass", "get", "stabilise", "stabilize", "drop", "fall", "decrease", "lessen",
))
SHOULD_DEONTIC_NEXT = frozenset((
    "be", "not", "never", "always", "also", "only", "have", "receive", "take", "consider",
    "discuss", "avoid", "seek", "see", "ask", "contact", "tell", "check", "screen", "offer",
))
# Verbs a booster "all / every / everyone" must be near to make a sweeping efficacy claim.
EFFICACY_WORDS = frozenset((
    "kills", "kill", "destroys", "destroy", "eliminates", "eliminate", "cures", "cure", "cured",
    "works", "work", "worked", "fixes", "fix", "heals", "heal", "removes", "remove", "reverses",
    "reverse", "prevents", "prevent", "protects", "benefit", "benefits", "helps", "help",
    "effective", "safe", "detects", "detect", "relief", "results", "again", "guaranteed",
    "clears", "boosts", "restores", "erases", "lose", "burns", "get", "sick", "fails", "fail",
    "develop", "catch", "suffer", "have", "need", "needs", "absorbed", "natural", "pure",
    "tries", "try", "who", "sleeper", "sleepers", "bacteria", "virus", "viruses",
))
# Frames in which the writer reports someone else's booster to reject it.
CRITICAL_FRAMES = (
    "claims that", "claim that", "claimed that", "claims the", "claims its", "claimed the",
    "marketing, not", "not science", "is marketing",
    "marketing term", "buzzword", "clickbait", "too good to be true", "sceptical", "skeptical",
    "overhyped", "over-hyped", "hyped", "no magic", "there is no miracle", "there's no miracle",
    "critics", "misleading", "fined", "not supported", "no such thing", "despite the hype",
    "so-called", "so called", "myth", "debunk", "falsely", "but independent", "advertising",
    "advertised", "no evidence that", "label attached", "is not a", "isn't a", "marketed as",
    "promise of", "promises of", "hype", "the term", "the word", "the label", "warned",
    "for calling", "for claiming", "accused", "criticised", "criticized", "unfounded",
    "unsubstantiated", "bogus", "dubious", "overstated", "exaggerated",
)
# After a negator, verbs whose object clause the negation covers ("don't expect it to cure").
EXPECT_VERBS = frozenset((
    "expect", "think", "believe", "promise", "count", "assume", "imagine", "say", "claim",
))
# Tokens that open a negation scope.
NEGATORS = frozenset((
    "not", "no", "never", "cannot", "without", "neither", "nor", "none", "nothing", "hardly",
    "n't", "didn't", "doesn't", "don't", "isn't", "aren't", "wasn't", "weren't", "won't",
    "can't", "couldn't", "haven't", "hasn't", "failed", "fail", "fails", "unable", "nobody",
    "dont", "doesnt", "isnt", "wont", "cant", "didnt", "arent", "wasnt", "werent", "havent",
))
# After subject + "could": past ability or permission ("participants could choose"), not a hedge.
ABILITY_AFTER_COULD = frozenset((
    "choose", "opt", "select", "decide", "attend", "access", "leave", "withdraw", "walk", "return",
    "speak", "join", "stay", "move", "climb", "barely", "only", "still",
))
# Before "indicate(s)": a source of evidence, so the verb is evidential ("data indicate").
EVIDENTIAL_SUBJECTS = frozenset((
    "results", "findings", "data", "evidence", "studies", "study", "research", "analysis",
    "analyses", "trials", "trial", "these", "this", "observations", "model", "we",
))
# Before "suspected": the writer (or someone named) suspects ("officials suspected ...").
SUSPECT_SUBJECTS = frozenset((
    "we", "i", "they", "officials", "doctors", "researchers", "is", "was", "are", "were",
))
# After sentence-initial "May": a verb, so the modal ("May cause drowsiness"), not the month.
MAY_VERBS = frozenset((
    "be", "cause", "contain", "help", "include", "affect", "interact", "lead", "take", "vary",
    "need", "not", "also", "occur", "make", "have", "lower", "raise", "result", "worsen",
    "irritate", "stain", "harm",
))
# Words near "completely" that make it a sweeping efficacy or safety claim.
COMPLETE_WORDS = frozenset((
    "safe", "cure", "cures", "cured", "heal", "heals", "healed", "erase", "erases", "erased",
    "restore", "restores", "restored", "whiten", "whitens", "whitened", "reset", "resets",
    "eliminate", "eliminates", "eliminated", "reverse", "reverses", "reversed", "remove",
    "removes", "fix", "fixes", "fixed", "clear", "clears", "destroy", "destroys", "transform",
    "transforms", "natural", "harmless", "gone", "banish", "banishes", "rid", "flush", "flushes",
    "flushed", "detoxify", "detoxifies", "cleanse", "cleanses", "purge", "purges", "melt",
    "melts", "dissolve", "dissolves", "regrow", "regrows", "renew", "renews", "rejuvenate",
    "rejuvenates", "repair", "repairs", "rebuild", "rebuilds", "toxins", "unblock", "unblocks",
))
# Before "proven": a diagnostic method ("biopsy proven"), not a certainty claim.
PROOF_DIAGNOSTIC = frozenset((
    "biopsy", "culture", "histologically", "pathologically", "histology", "pcr", "radiologically",
))
# Around "100%": a measured figure ("adherence was 100%") unless a selling word follows.
MEASURED_BEFORE_100 = frozenset((
    "was", "were", "is", "of", "at", "reached", "achieved", "adherence", "compliance", "coverage",
    "sensitivity", "specificity", "response", "rate", "identified", "detected", "classified",
    "observed", "found", "reported", "recorded", "measured", "correctly", "accuracy",
))
SELLING_AFTER_100 = frozenset((
    "effective", "natural", "safe", "pure", "absorbed", "guaranteed", "the", "cure",
))
# After "the best": established phrases that are not superlative claims.
BEST_EXCEPTIONS = frozenset((
    "available", "studied", "corrected", "supportive", "time", "practice", "evidence", "estimate",
    "estimates", "current", "way", "option", "choice", "for", "timing", "dose", "dosage", "route",
    "management", "length", "duration", "interval", "strategy", "method", "approach", "fit",
    "match", "predictor", "predictors", "performing", "interests", "interest", "place", "person",
    "thing", "course", "response", "outcome", "outcomes", "case", "results", "result",
))
# After "the only": words that make it a sweeping claim ("the only X you will ever need").
ONLY_SWEEPING = frozenset((
    "ever", "need", "needs", "cure", "solution", "answer", "remedy", "works",
))
# After "no side effects": a measured outcome ("no side effects were reported").
MEASURED_AFTER = frozenset(("were", "was", "reported", "observed", "occurred", "seen", "noted"))
# Sentence patterns (sources) for the cure and detox checks.
CURE_AS_GOAL = (
    r"\b(?:search\w*|hunt\w*|quest|look\w* for|hope\w*|goal|aim\w*|toward\w*|race|remains? a"
    r"|no known|develop\w* a|remains?|elusive|out of reach|one day|someday|years away"
    r"|decades away|yet to|still no|working on|closer to|step towards?|pursuit)\b")
CURE_SCOPED = r"\b(?:most|many|some|majority|\d+ ?%|\d+ of)\b"
ADDICTION_CONTEXT = (
    r"\b(?:alcohol|drug|opioid|withdrawal|substance|addiction|dependence|heroin|inpatient"
    r"|medically|supervised)\b")
# Words skipped when looking for the word before a causal verb.
SKIP_ADVERBS = frozenset((
    "further", "also", "significantly", "markedly", "substantially", "not", "only", "still",
    "even", "then", "now", "partly", "largely", "greatly", "actually",
))
# Words ending in -ly that are not adverbs.
NOT_ADVERBS = frozenset((
    "likely", "unlikely", "only", "daily", "weekly", "monthly", "yearly", "early", "family",
    "elderly", "supply", "apply", "rely", "reply", "fly", "ally",
))
# Nouns that make "limited / sparse / weak / inconsistent ..." a statement about evidence.
EVIDENCE_NOUNS = frozenset((
    "evidence", "data", "research", "studies", "study", "trials", "trial", "information",
    "knowledge", "findings", "results", "literature", "conclusions", "conclusion", "support",
    "proof", "inference", "inferences", "interpretation", "certainty", "understanding", "basis",
    "experience", "reports", "observations", "science", "evaluation", "testing",
))
# After "appear(s/ed)": a place or time, so the verb is physical ("a rash appeared in 9%").
APPEAR_PHYSICAL_NEXT = frozenset((
    "in", "on", "at", "after", "within", "during", "as", "around", "before", "near", "over",
    "under", "from", "with", "first", "suddenly", "and", "or", "", "when", "while", "until",
    "between", "across", "along", "inside", "outside", "behind", "for", "alongside", "later",
    "again", "overnight", "earlier", "today", "yesterday", "immediately", "gradually", "below",
    "above", "here", "there", "online", "twice", "once", "to",
))
# After "don't know": the unknown is a fact about the world ("we don't know whether ...").
KNOW_EPISTEMIC_NEXT = frozenset((
    "if", "whether", "why", "how", "yet", "for", "exactly", "what", "the", "enough", "much",
    "which", "when", "",
))
# Irregular past participles: "should be kept / given / done" is an instruction.
IRREGULAR_PARTICIPLES = frozenset((
    "kept", "done", "made", "seen", "left", "held", "sent", "told", "put", "set", "cut", "read",
    "run", "brought", "bought", "found", "paid", "sold", "shown", "known", "worn", "drawn", "fed",
    "led", "met", "taught", "built", "spent", "split", "shut", "swept", "dealt", "heard", "laid",
    "lit", "meant", "sought", "struck", "thought", "understood", "withheld", "upheld",
))
# Limitation frames the phrase lists cannot enumerate ("small, short-term trials").
LIMITATION_PATTERN = (
    r"\b(?:small|smaller|short|few|underpowered|uncontrolled|tiny|handful of)(?:,?\s+(?:and\s+)?"
    r"[\w-]+){0,3}?\s+(?:trials?|studies|study|samples?|cohorts?|numbers? of (?:events|patients"
    r"|participants|cases))\b")
# A superlative claimed against everything ("the purest oil on the market", "the best ... ever").
SUPERLATIVE_PATTERN = (
    r"\b(?:the|our|its|their|this|is|are)\s+(?:very\s+|absolute\s+|single\s+|undisputed\s+)?"
    r"(?:best|worst|greatest|strongest|safest|purest|healthiest|finest|fastest|most\s+[\w-]+"
    r"|least\s+[\w-]+)\b[^.;!?]{0,40}?\b(?:ever|of all time|in history|on the market"
    r"|on the planet|on earth|in the world|anywhere|known to (?:man|science)|money can buy"
    r"|of (?:our|the|a) (?:lifetime|century|decade|generation))\b")
# Chronic conditions: an unqualified "reverses / eliminates / heals X" for these is a cure claim.
CHRONIC_CONDITIONS = frozenset((
    "autism", "diabetes", "cancer", "cancers", "tumours", "tumors", "tinnitus", "migraine",
    "migraines", "arthritis", "alzheimer's", "alzheimers", "dementia", "asthma", "eczema",
    "psoriasis", "acne", "wrinkles", "cellulite", "baldness", "obesity", "anxiety",
    "depression", "insomnia", "adhd", "ibs", "sciatica", "cataracts", "glaucoma", "ageing",
    "aging", "allergies", "allergy", "hypertension", "fibromyalgia", "lupus", "lyme", "gout",
    "osteoporosis", "parkinson's", "ms", "sclerosis", "crohn's", "colitis", "candida", "herpes",
    "hiv", "autoimmune", "snoring", "apnoea", "apnea", "infertility", "endometriosis", "pcos",
    "thyroid", "hashimoto's", "back", "knee", "joint", "nerve", "neuropathy", "varicose",
    "scars", "pigmentation", "rosacea", "dandruff", "fatigue", "inflammation", "toxins",
    "disease", "diseases", "illness", "addiction", "stress", "belly", "fat",
))
# Promised results: "instant, permanent results", "overnight relief", "a permanent cure".
PROMISE_PATTERN = (
    r"\b(?:instant|permanent|overnight|lifelong|guaranteed)(?:,?\s+(?:and\s+)?[\w-]+){0,2}?\s+"
    r"(?:results?|relief|cure|fix|solution|transformation|weight loss|healing)\b")
COPULAS = frozenset(("was", "were", "is", "are", "be", "been", "being", "am", "remain", "remained"))
# Before an -ing form: it is a verb ("is causing", "effective in reducing").
VERBAL_BEFORE_ING = frozenset(("be", "is", "are", "was", "were", "been", "by", "in", "at", "for",
                               "from"))
COMPARATIVES = ("higher", "lower", "more", "fewer", "less", "greater", "smaller", "larger",
                "better", "worse")
