"""sample_size: how many people took part in the study a claim reports.

Every participant count found is a signal: kind ``participants`` with an
integer ``value``; kind ``group`` for arms of a study, which are added up; kind
``screened`` for a pool that people were drawn from (screened, invited,
eligible), which is not the sample.  The claim's ``sample_size`` is the study
total, or None.

A number is a participant count when a participant noun follows it, with at
most three other words between ("1,200 adults", "64 children aged 6-12",
"Thirteen outpatients", "a cohort of 48,000 female nurses"), when a plural noun
we do not list is followed by a verb only study participants do ("sixteen elite
rowers completed both trials"), or when the form says so ("n = 17", "(N=60)",
"Participants (160 in total)", "enrolled 300, ...", "312 were randomised",
"2,300 of them agreed").  Digits ("1,842", "1 523", "1.2 million") and words
("twenty-four", "three hundred and twelve", "a dozen", "half a million") are read.

The total:

* the largest count, but enrolled, randomised, consenting or responding counts
  beat the pools around them: "Of 1,200 adults screened, 300 were enrolled" is
  300, "questionnaires were sent to 500 physicians and 310 responded" is 310;
* "3 of 5 patients responded" is 5: the numerator is a subset, not a count;
* arms are added: "150 received the drug and 148 placebo" is 298, "drug
  (n = 60) or placebo (n = 62)" is 122, "250 cases and 500 controls" is 750;
  "two groups of 50", "both arms enrolled 75 patients each", "each of the three
  arms enrolled 40 patients" and "(n = 48 per group) ... the two treatments" are
  100, 150, 120 and 96;
* pairs are people: "210 mother-infant pairs" is 420;
* "14 trials with 3,200 participants" is 3200; "a review of 14 trials" is None;
* a case report about "a single patient" or "a 65-year-old woman [who]
  presented ..." is 1.

Not counted (the usual false positives of extracting the number of trial
participants, the task of Hansen, Rasmussen & Chung, J Telemed Telecare
2008;14(7):354-358, widened here to all study designs):

* doses, units and rates: "325 mg", "0.5 mg/kg", "17 events per hour", "per
  100,000 people", "120 patients a day", percentages, temperatures, prices,
  phone numbers, ZIP codes, registration numbers;
* years ("in 2019"), ages and age ranges ("aged 65", "80-year-old", the 12 in
  "children aged 8 to 12"), durations ("12 weeks"), p-values and confidence
  intervals (decimals are never counts), thresholds ("30 patients or fewer");
* person-time: "1,200 patient-years", "person-years";
* prevalence and burden: "one in four adults", "affects 30 million Americans",
  "each year about 700 children ...", "40,000 people in the UK have ...", and
  events counted outside a study ("4,500 people were admitted with flu", "the
  outbreak sickened 300 people", "1,500 people died");
* a clinic's caseload or a product's user base: "we have treated over 5,000
  patients", "our clinic has helped 10,000 people", "8,000 doctors use our
  platform", "the unit has 60 nurses", "we treat 500 patients every year", "the
  hospital treated 42 patients for heatstroke", "our team of 40 nurses";
* capacities and limits: "up to 50 people can attend", "limited to the first 100";
* slogans: "4 out of 5 dentists recommend";
* plans and sample size calculations: "the trial will enrol 600 patients", "we
  hope to recruit 400", "a minimum of 30 per group was needed for 80% power";
* the number needed to treat ("the NNT was 13 patients"): an effect size;
* list counts ("top 10 foods"), studies, records, animals and cells (human
  participants only), and subsets of them ("of the 12 trials included, 8 used a
  placebo").

Options (``[credaudit:scorer:sample_size]``):

* ``max_gap_words`` (3): words allowed between the number and the participant noun;
* ``sum_arms`` (true): add arm sizes when no larger total is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from audit.lexicon import lower_keep_offsets
from audit.model import Claim
from scorers._base import Assessment, ClaimContext, signal_at
from scorers._numbers import iter_numbers, number_regex, parse_number

NAME = "sample_size"
SUMMARY = "participants of the study a claim reports (n = ..., '120 adults', arms summed)"
SCOPE = "claim"
FIELDS = ("sample_size",)

PARTICIPANTS = frozenset("""
patients participants subjects adults children kids adolescents teenagers teens youths boys
girls women men people persons individuals volunteers outpatients inpatients nurses physicians
doctors clinicians practitioners pharmacists dentists midwives surgeons therapists staff
veterans smokers nonsmokers non-smokers ex-smokers drinkers nondrinkers users infants newborns
neonates babies toddlers preschoolers schoolchildren pupils students undergraduates trainees
mothers fathers parents couples twins pairs families households cases controls respondents
athletes runners cyclists swimmers workers employees residents seniors retirees elderly
survivors members enrollees recruits soldiers personnel firefighters donors recipients
caregivers carers dyads americans britons canadians australians europeans consumers customers
dieters vegetarians vegans drivers teachers singletons completers responders non-responders
brothers sisters siblings sons daughters others
nonresponders patients' participants' women's men's citizens ones""".split())
_PAIRS = frozenset(("pairs", "dyads"))
_PARTICIPANT_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PARTICIPANTS, key=len, reverse=True))
                                 .replace("'", "'") + r")\W+$")
_STAFF = frozenset("""nurses physicians doctors clinicians practitioners pharmacists dentists
midwives surgeons therapists staff employees workers personnel teachers""".split())
_STOP = frozenset("""
of in per at to from with for on by into than about over under and or but nor were was are is
be been had have has received took got given who which that whose when while after before during
times x percent per_cent mg mcg g kg ml l iu units mmhg mmol dl hours hour days day weeks week
months month years year minutes minute seconds decades servings cups glasses doses tablets pills
drinks cigarettes points sites centres centers clinics hospitals countries states studies trials
papers articles foods tips ways reasons signs steps calories kcal degrees miles km meters feet
pounds lbs inches events episodes visits beats breaths admissions deaths births cycles sessions
injections grams milligrams litres liters a an the this these those their its our my your
""".split())
_APPROX = (r"(?:a\s+total\s+of\s+|about\s+|approximately\s+|nearly\s+|almost\s+|over\s+|"
           r"more\s+than\s+|some\s+|roughly\s+|around\s+|just\s+over\s+|fewer\s+than\s+)?")
# Sources of the patterns used around each number; compiled on first use by _rx().
# "before" patterns end with $ (they are searched in the 60 characters before the
# number), "after" patterns are matched at the character after the number or noun.
_PATTERNS = {
    "token": r"[a-z][\w'.-]*|[^\s\w]",
    "pct_paren": r"\s*\([^)]{0,20}%[^)]{0,12}\)",
    "plausible": r"\s*(?!(?:mg|mcg|g|kg|ml|iu|mmhg|mmol|weeks?|days?|months?|years?|hours?|"
                 r"minutes?|percent|per|times|x)\b)(?:\(|[a-z]|[,.;)]|$)",
    "of_total": r"\s+(?:out\s+)?of\s+(?:the\s+|these\s+|those\s+|all\s+|a\s+total\s+of\s+)?",
    "explicit": r"(?:\bn\s*[=:]\s*|\bsample(?:\s+size)?\s+(?:of|was|=|:)\s*(?:about\s+)?)$",
    "verb_before": r"\b(?:enrolled|enrolling|recruited|recruiting|randomi[sz]ed|"
                   r"randomly\s+assigned|included|surveyed|studied|analy[sz]ed|interviewed|"
                   r"followed|screened|assessed|examined|evaluated|a\s+total\s+of|involving|"
                   r"involved|returned\s+by|completed\s+by)\s+" + _APPROX + "$",
    "enrol_before": r"\b(?:enrolled|recruited|randomi[sz]ed)\s+" + _APPROX + "$",
    "screened_before": r"\b(?:screened|assessed|(?:sent|mailed|e-?mailed|posted|distributed|"
                       r"offered)\s+to)\s+" + _APPROX + "$",
    "after_verb": r"\s+(?:(?:were|was|had\s+been|have\s+been|are)\s+(?:then\s+|subsequently\s+|"
                  r"finally\s+)?(?:enrolled|randomi[sz]ed|included|recruited|analy[sz]ed|studied|"
                  r"followed|assigned|allocated|surveyed|interviewed|evaluated|assessed|"
                  r"examined|treated)|(?:of\s+them\s+)?(?:agreed|consented|"
                  r"took\s+part|participated|signed\s+up|enrolled|responded|replied))",
    "enrolled": r"[^.;,\d]{0,40}?\b(?:were\s+(?:randomi[sz]ed|enrolled|included|recruited)|agreed|"
                r"consented|took\s+part|participated|signed\s+up|enrolled|randomi[sz]ed)\b",
    "bare_after": r"\s*(?:[,.;)]|\s(?:to|into|and|who|in\s+(?:the|each|two|three))\b|$)",
    "pool": r"[^.;]{0,40}?\b(?:screened|assessed\s+for\s+eligibility|approached|invited|contacted|"
            r"eligible|identified|asked|considered)\b",
    "arm_after": r"\s+(?:[a-z'-]+\s+){0,3}?(?:received|were\s+given|got|took(?!\s+part)|"
                 r"were\s+(?:randomly\s+)?(?:assigned|randomi[sz]ed|allocated)\s+to|"
                 r"were\s+treated\s+with|placebo|on\s+placebo|to\s+placebo|usual\s+care|sham|"
                 r"in\s+the\s+[\w\s-]{1,30}?\s(?:group|arm))\b",
    "arm_before": r"(?:\b(?:and|or|while|whereas|vs\.?|versus|compared\s+with|whom|these)\s+"
                  r"|[,;:(]\s*|^\s*)$",
    "each_after": r"\s*(?:each\b|per\s+(?:arm|group)\b|in\s+each\s+(?:arm|group)\b)",
    "arm_count": r"\b(?P<k>both|two|three|four|five|\d)\s+(?:study\s+|treatment\s+)?"
                 r"(?:arms|groups|treatments|diets|doses|regimens|interventions|conditions)\b",
    "join": r"\b(?:and|or|vs|versus|compared\s+(?:with|to)|plus)\b",
    "subset": r"[.;:]|\b(?:of\s+whom|including|among|of\s+them|with|from|whom|were|was|"
              r"in\s+total)\b",
    "groups_of": r"\b(?P<k>\w+)\s+(?:equal\s+|separate\s+|parallel\s+)?(?:groups|arms|cohorts)\s+"
                 r"of\s+(?:about\s+|approximately\s+)?$",
    # the alternatives share one leading \b (so the engine tests it once per offset, not once
    # per alternative: this search runs at every candidate number and was its costliest step)
    "reject_before": (
        r"(?:\b(?:(?:per|every|each)\s+|(?:\d+|one|a)\s+(?:in|out\s+of\s+every)\s+|of\s+which\s+"
        r"|(?:each|every|per|a)\s+(?:year|day|week|month),?\s+" + _APPROX +
        r")|number\s+needed\s+to\s+(?:treat|harm)\D{0,20}|\b(?:nn[th]\b\D{0,20}"
        r"|(?:affects?|affected|affecting|afflicts?|strikes|kills?|killed|estimated|sickened|"
        r"sickens|infected|infects|injured|poisoned|hospitali[sz]ed)\s+"
        + _APPROX +
        r"|(?:have|has|'ve|had)\s+(?:\w+\s+){0,2}?(?:treated|helped|served|seen|cared\s+for|"
        r"worked\s+with|transformed)\s+(?:well\s+)?" + _APPROX +
        r"|(?:trusted\s+by|join|joined\s+by|loved\s+by|used\s+by|chosen\s+by)\s+" + _APPROX +
        r"|(?:will|would|plans?\s+to|planning\s+to|hopes?\s+to|hoping\s+to|aims?\s+to|"
        r"intends?\s+to|expects?\s+to|seeks?\s+to|to\s+recruit|to\s+enrol+|targets?|targeted|"
        r"target\s+of|required|requires|need|needs|needed)\s+(?:[\w-]+\s+){0,2}?" + _APPROX
        + "))$"),
    # rarer rejections, tried only when one of _REJECT_MORE occurs just before the number:
    # age ranges ("aged 8 to 12"), capacities ("up to 50 people can"), a caseload ("we treat 500")
    "reject_before_more": (
        r"(?:\b(?:aged?|ages)\s+(?:between\s+|from\s+)?\d+\s*(?:to|-|\u2013|and)\s*"
        r"|\blimited\s+to\s+(?:the\s+)?(?:first\s+)?|\b(?:maximum|max\.?|capacity|up\s+to)\s+"
        r"(?:of\s+)?"
        r"|\b(?:we|they|it|i)\s+(?:now\s+)?(?:treat|see|serve|help|admit|care\s+for)\s+" + _APPROX
        + r"|\b(?:our|the|a|their)\s+(?:\w+\s+)?(?:team|staff|workforce)\s+of\s+" + _APPROX
        + ")$"),
    "reject_after": r"\s+(?:a|per|each|every)\s+(?:day|week|month|year|night|shift)\b"
                    r"|\s+(?:[\w'-]+\s+){1,4}?(?:each|every)\s+(?:day|week|month|year|night|"
                    r"shift)\b"
                    r"|\s+or\s+(?:fewer|more|less|greater|older|younger|above|below)\b"
                    r"|\s+(?:can|may)\b(?!\s+not)"
                    r"|\s+per\s+(?!arm|group)|\s+(?:daily|weekly|every\s+day)\b"
                    r"|\s+(?:\w+\s+){0,2}?(?:will|would)\s+be\b"
                    r"|\s+(?:\w+\s+){0,2}?(?:use|trust|love|choose)\s+our\b",
    "staffing_before": r"\b(?:has|have|had|employs?|employed|staffed\s+by)\b[^.;]{0,30}$",
    # a hospital's caseload or an event count: "the hospital treated 42 patients for heatstroke",
    # "4,500 people were admitted with flu", "1,500 people died" (null unless a study is named)
    "institution_before": r"\b(?:hospitals?|clinics?|units?|centres?|centers?|wards?|departments?|"
                          r"practices?|services?|surgery|surgeries|a&e|er)\s+(?:\w+\s+){0,2}?"
                          r"(?:treated|saw|admitted|cared\s+for|treats|sees|admits|receives|"
                          r"received|caring\s+for|looking\s+after|treating|seeing)\s+" + _APPROX
                          + "$",
    "event_after": r"\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|are|have\s+been|had\s+been)\s+"
                   r"(?:admitted|hospitali[sz]ed|diagnosed|infected|killed|injured|reported\s+ill)"
                   r"|died|die|tested\s+positive|fell\s+ill|caught)\b",
    # planned sizes and sample size calculations: "was needed for 80% power", "was calculated"
    "planned_after": r"\s+(?:[\w()=-]+\s+){0,4}?(?:(?:was|were|is|are|would\s+be)\s+"
                     r"(?:needed|required|necessary|calculated|planned|targeted)"
                     r"|to\s+(?:detect|give|achieve|provide)\b[^.;]{0,30}power)\b",
    "total_after": r"\s+(?:in\s+total|in\s+all|total|overall)\b",
    # "sixteen elite rowers completed ...": a plural noun we do not list, then a study verb
    "people_like": r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,}s)\s+(?:(?:were|was)\s+"
                   r"(?:randomi[sz]ed|enrolled|recruited|included)|took\s+part|participated|"
                   r"completed|volunteered|agreed|consented)\b",
    # "of the 12 trials included, 8 used a placebo": a count of trials, not of people
    "of_pool_before": r"\bof\s+(?:the\s+|these\s+|all\s+)?\d[\d,]*\s+(?:\w+\s+)?(?:trials|studies|"
                      r"sites|centres|centers|hospitals|clinics|practices|schools|countries|papers|"
                      r"reviews|records|samples)\b[^.;]{0,30}$",
    "each_of_arms": r"\beach\s+of\s+the\s+(?P<k>two|three|four|five|\d)\s+"
                    r"(?:study\s+|treatment\s+)?(?:arms|groups)\b[^.;]{0,30}$",
    "year_before": r"\b(?:in|since|from|by|during|until|between|of|to|and|early|late|mid)\s+$",
    "prevalence_after": r"\s+(?:in\s+(?:the\s+)?[\w.]+\s+(?:have|has|live\s+with|are\s+living)|"
                        r"have|has|live\s+with|suffer|are\s+living|die|died|worldwide|"
                        r"globally|in\s+the\s+u\.?s|nationwide|each\s+year|every\s+year|"
                        r"annually|a\s+year|are\s+affected|are\s+diagnosed)\b(?!\s+been)",
    "study_words": r"\b(?:stud(?:y|ies)|trials?|cohort|enrolled|recruited|randomi[sz]|survey|"
                   r"participants|sample|analy[sz]|data|followed|meta|review|respondents|records|"
                   r"registry|researchers|focus\s+groups?|interview|questionnaire|poll|pilot|"
                   r"experiment)",
    "caseload": r"\b(?:our\s+(?:clinic|practice|center|centre|team|office|clinicians|doctors|"
                r"platform|app|products?|services?|formula|community|customers|clients)"
                r"|we\s+have|we've)\b",
    "approx_before": r"(?:over|more\s+than|thousands|nearly|almost|upwards\s+of)\s+$",
    "endorse": r"\s+(?:[\w-]+\s+){0,2}?(?:recommend|recommends|prefer|prefers|agree|say|choose|"
               r"trust|use|love|would\s+recommend)\b",
    # a case report about one person: "a 65-year-old woman presented with ..."
    # ("the case of a 7-year-old boy" needs no verb)
    "case_person": r"\b(?P<case>case\s+of\s+)?(?:an?|one)\s+\d+[\s-]+(?:year|month|week)[\s-]+"
                   r"old\s+(?:[\w-]+\s+){0,2}?(?:man|woman|patient|boy|girl|child|infant|baby|"
                   r"toddler|teenager|male|female)\b(?(case)|[^.;]{0,40}?\b(?:presented|"
                   r"was\s+(?:admitted|diagnosed|found|brought|referred|treated)|developed|"
                   r"came\s+to|attended|swallowed|collapsed)\b)",
    "single": r"\b(?:a\s+single|one|only\s+one|a\s+lone)\s+(?:[\w-]+\s+){0,2}?(?:patient|woman|man|"
              r"person|child|participant|individual|adult|infant|boy|girl|volunteer)\b",
    "case_context": r"\bcase\s+(?:report|study|description)|\breport\b|\bdescri(?:be|bes|bed)\b"
                    r"|\bwe\s+present\b",
}


@cache
def _rx(name: str) -> re.Pattern[str]:
    """A pattern from _PATTERNS, compiled on first use."""
    return re.compile(_PATTERNS[name])


@dataclass(frozen=True, kw_only=True)
class Options:
    max_gap_words: int = 3
    sum_arms: bool = True


@dataclass(slots=True)
class _Count:
    start: int
    end: int
    value: int
    kind: str = "participants"  # participants | group | screened
    explicit: bool = False  # "n = 60"
    enrolled: bool = False  # enrolled, randomised, agreed to take part: beats other counts
    noun: str = ""
    multiplier: int = 1  # "two groups of 50", "412 twin pairs"


def score(claim: Claim, context: ClaimContext, options: Options) -> Assessment:
    lowered = lower_keep_offsets(claim.text)
    if "\u2019" in lowered:
        lowered = lowered.replace("\u2019", "'")
    counts = _find_counts(lowered, options)
    if not counts and ("one " in lowered or "single " in lowered or "lone " in lowered
                       or "old " in lowered or "-old" in lowered):
        counts = _single_case(lowered)
    if not counts:
        return Assessment(fields={"sample_size": None})
    signals = tuple(signal_at(claim, NAME, c.kind, c.start, c.end, value=c.value * c.multiplier)
                    for c in counts)
    return Assessment(signals=signals, fields={"sample_size": _total(counts, options)})


class _Facts:
    """Whole-claim searches, each run at most once per claim (long claims stay linear)."""

    __slots__ = ("lowered", "_found")

    def __init__(self, lowered: str):
        self.lowered, self._found = lowered, {}

    def get(self, name: str) -> re.Match | None:
        if name not in self._found:
            self._found[name] = _rx(name).search(self.lowered)
        return self._found[name]

    def mentions(self, words: tuple[str, ...]) -> bool:
        """Does any of these word stems occur (plain substring tests: cheaper than a regex)?"""
        if words not in self._found:
            self._found[words] = any(word in self.lowered for word in words)
        return self._found[words]


# stems that gate rarer patterns: a planned size ("needed for 80% power") and an event count
# ("4,500 people were admitted", "the hospital treated 42 patients")
_REJECT_MORE = ("age", "limited", "max", "capacity", "up to", "treat", "see", "serve", "help",
                "admit", "care", "team", "staff")
_NOT_PEOPLE = frozenset("""studies trials sites centres centers hospitals clinics practices schools
countries papers reviews records samples cells mice rats animals items questions sessions doses
tablets capsules patches products brands apps devices tests scans""".split())
_PLAN_WORDS = ("need", "requir", "calculat", "power", "planned", "target", "necessar")
_EVENT_WORDS = ("treat", "saw", "see", "admit", "cared", "caring", "look", "receiv", "hospitali",
                "diagnos", "infect", "kill", "injur", "die", "tested", "fell", "caught", "ill")


def _find_counts(lowered: str, options: Options) -> list[_Count]:
    found: list[_Count] = []
    pools: set[int] = set()  # starts of "y" in "x of y screened": the pool, not the sample
    facts = _Facts(lowered)
    for match in iter_numbers(lowered):
        start, end = match.span()
        before, after = lowered[max(0, start - 60):start], lowered[end:end + 90]
        if not _rx("plausible").match(after) and not _explicit(before):
            continue  # cheap exit: "12 weeks", "325 mg", "60%"
        value = parse_number(match.group())
        if value is None or value < 2:
            continue
        fraction = _fraction(lowered, after, start, end, value, pools)
        if fraction is not None:
            found.extend(fraction)
            continue
        noun_end = _noun_end(after, options.max_gap_words)  # computed once, used thrice
        count = _participant(before, after, start, end, value, noun_end)
        if count is None or _rejected(facts, before, after, count, noun_end
                                      if options.max_gap_words == _GAP else _noun_end(after)):
            continue
        if start in pools:
            if _rx("endorse").match(lowered, end):
                continue
            count.kind = "screened"
        if value >= 1_000_000 or noun_end >= 0 and _rx("prevalence_after").match(after, noun_end):
            if not facts.get("study_words"):
                continue  # "affects 30 million Americans", "800,000 have a stroke each year"
        _arms_each(facts, before, after, noun_end, count)
        found.append(count)
    if len(found) > 1:
        _mark_joined(lowered, found)
    return found


def _fraction(lowered: str, after: str, start: int, end: int, value: int,
              pools: set[int]) -> list[_Count] | None:
    """"x of y ...": None if no y follows; else the counts x contributes (maybe none)."""
    of_total = _rx("of_total").match(after)
    pool = of_total and number_regex().match(lowered, end + of_total.end())
    if not pool:
        return None
    pools.add(pool.start())
    if _rx("endorse").match(lowered, pool.end()):
        return []  # "4 out of 5 dentists recommend": a slogan, not a sample
    if _rx("pool").match(lowered, pool.end()) or _rx("enrolled").match(lowered, pool.end()):
        return [_Count(start, end, value, enrolled=True)]  # "537 of the 602 screened were ..."
    pools.discard(pool.start())
    return []  # "3 of 5 patients responded": the 3 is a subset of the 5


def _participant(before: str, after: str, start: int, end: int, value: int,
                 noun_end: int) -> _Count | None:
    """The count at `start`, or None; `noun_end` is `_noun_end(after, options.max_gap_words)`."""
    count = _Count(start, end, value)
    groups = " of" in before[-25:] and ("groups" in before or "arms" in before
                                        or "cohorts" in before) and _rx("groups_of").search(before)
    if groups and parse_number(groups.group("k")):
        count.kind, count.multiplier = "group", parse_number(groups.group("k"))
    elif _explicit(before) or _rx("total_after").match(after) \
            and _PARTICIPANT_BEFORE.search(before[-30:]):
        count.explicit = True  # "n = 60", "Participants (160 in total)"
    elif noun_end >= 0:
        count.noun = after[:noun_end].rsplit(None, 1)[-1]
        count.multiplier = 2 if count.noun in _PAIRS else 1  # 412 twin pairs are 824 people
    elif _rx("of_pool_before").search(before):
        return None  # "Of the 12 trials included, 8 used a placebo": 8 trials, not people
    elif not (_rx("verb_before").search(before) and _rx("bare_after").match(after)
              or _rx("after_verb").match(after)
              or _rx("arm_after").match(after) and _rx("arm_before").search(before[-25:])
              or _people_like(after)):
        return None
    tail = after[max(noun_end, 0):]
    if _rx("pool").match(tail) and not _rx("after_verb").match(after) \
            or _rx("screened_before").search(before, max(0, len(before) - 40)):
        count.kind = "screened"
    elif count.kind != "group" and _rx("arm_after").match(after):
        count.kind = "group"
    count.enrolled = bool(_rx("enrolled").match(tail) or _rx("after_verb").match(after)
                          or _rx("enrol_before").search(before))
    return count


def _people_like(after: str) -> bool:
    """"Sixteen elite rowers completed both trials": a plural noun we do not list, then a verb
    that only people do in a study (take part, complete, be randomised)."""
    found = _rx("people_like").match(after)
    return bool(found) and found.group("noun") not in _STOP \
        and found.group("noun") not in _NOT_PEOPLE


def _explicit(before: str) -> re.Match | None:
    """"n = 17", "(N=60)", "a sample of 256" just before the number."""
    tail = before[-25:]
    if "=" in tail or ":" in tail or "sample" in tail:
        return _rx("explicit").search(before)
    return None


_GAP = 3  # words allowed before the noun when rejecting ("120 patients a day")


def _noun_end(after: str, max_gap: int = _GAP) -> int:
    """Offset in `after` just past the participant noun, or -1 if none follows."""
    paren = _rx("pct_paren").match(after)
    offset = paren.end() if paren else 0
    for gap, token in enumerate(_rx("token").finditer(after, offset)):
        word = token.group().rstrip(".")
        if word in PARTICIPANTS:
            return token.start() + len(word)
        if gap >= max_gap or not word[:1].isalpha() or word in _STOP:
            return -1
    return -1


def _arms_each(facts: _Facts, before: str, after: str, noun_end: int, count: _Count) -> None:
    """"Both arms enrolled 75 patients each": 150; "Each of the three arms enrolled 40": 120."""
    if count.multiplier == 1 and "each of" in before:
        arms = _rx("each_of_arms").search(before)
        if arms:
            count.multiplier = parse_number(arms.group("k")) or 1
            return
    at = noun_end if noun_end >= 0 else 0 if count.explicit else -1  # "(n = 48 per group)"
    if at >= 0 and count.multiplier == 1 and _rx("each_after").match(after, at):
        arms = facts.get("arm_count")
        if arms:
            k = arms.group("k")
            count.multiplier = 2 if k == "both" else parse_number(k) or 1


def _mark_joined(lowered: str, found: list[_Count]) -> None:
    """"500 cases and 1,000 controls", "drug (n = 60) or placebo (n = 62)": parts of one sample."""
    for first, second in zip(found, found[1:]):
        between = lowered[first.end:second.start]
        if first.kind == "screened" or second.kind == "screened" or len(between) > 60:
            continue
        if _rx("join").search(between) and not _rx("subset").search(between) \
                or second.noun == "controls" and first.noun in ("cases", "patients"):
            first.kind = second.kind = "group"


def _rejected(facts: _Facts, before: str, after: str, count: _Count, noun_end: int) -> bool:
    """Is the count not a sample?  `noun_end` is `_noun_end(after)` (the default gap)."""
    if facts.mentions(_PLAN_WORDS) and _rx("planned_after").match(after):
        return True  # "a sample size of 200 was calculated to give 90% power"
    if count.explicit:
        return False
    if _rx("reject_before").search(before) or _rx("reject_after").match(after):
        return True
    near = before[-40:]
    if any(word in near for word in _REJECT_MORE) and _rx("reject_before_more").search(near):
        return True
    if noun_end >= 0 and _rx("reject_after").match(after, noun_end):
        return True  # "120 patients a day", "40 patients per clinic"
    text = facts.lowered[count.start:count.end]
    if len(text) == 4 and text.isdigit() and 1900 <= count.value <= 2099 \
            and _rx("year_before").search(before):
        return True  # "in 2019 patients ..."
    study = facts.get("study_words")
    if not study and facts.mentions(_EVENT_WORDS) and (
            _rx("institution_before").search(before)
            or noun_end >= 0 and _rx("event_after").match(after, noun_end)):
        return True  # "the hospital treated 42 patients for heatstroke", "4,500 people died"
    if count.noun in _STAFF and _rx("staffing_before").search(before) and not study:
        return True  # "the unit has 24 beds and 60 nurses": a workforce, not a sample
    return bool(_rx("approx_before").search(before) and facts.get("caseload")
                and not study)  # "we have treated over 5,000 patients"


def _single_case(lowered: str) -> list[_Count]:
    """A case report about one person has a sample of one."""
    single = _rx("single").search(lowered)
    if single and _rx("case_context").search(lowered):
        return [_Count(single.start(), single.end(), 1)]
    case = _rx("case_person").search(lowered)
    if case:
        return [_Count(case.start(), case.end(), 1)]
    return []


def _total(counts: list[_Count], options: Options) -> int | None:
    """Enrolled counts beat pools; arms are added; otherwise the largest count is the total."""
    usable = [c for c in counts if c.kind != "screened"]
    if any(c.enrolled for c in usable):
        usable = [c for c in usable if c.enrolled]
    candidates = [c.value * c.multiplier for c in usable]
    arms = [c.value for c in usable if c.kind == "group" and c.multiplier == 1]
    if options.sum_arms and len(arms) >= 2:
        candidates.append(sum(arms))
    return max(candidates) if candidates else None
