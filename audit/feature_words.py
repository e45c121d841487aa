"""Word lists for the genre features, and how they are counted on a section's tokens.

Written for credaudit.  They mark how a text addresses its reader or what
kind of page furniture it is, not what health topic it is about.  A list is
matched on tokens (one `Grams` per section, shared by every list): single
words, 2-3 word phrases, and ``prefix*`` words.  `audit/features.py` turns
the counts into rates; changing a list changes the features, so the genre
model must be retrained (`credaudit train samples/corpus -o
audit/data/genre_model.json`).
"""
from __future__ import annotations

from collections import Counter
from itertools import compress, count, repeat


class Phrases:
    """A word list matched on tokens: single words, 2-3 word phrases, and `prefix*` words."""

    starts: frozenset[str] = frozenset()  # first words of the phrases of every word list

    def __init__(self, text: str):
        items = [" ".join(p.split()) for p in text.replace("\n", ",").split(",") if p.strip()]
        self.words = tuple(sorted({p for p in items if " " not in p and not p.endswith("*")}))
        self.phrases = tuple(sorted({tuple(p.split()) for p in items if " " in p}))
        self.prefixes = tuple(p[:-1] for p in items if p.endswith("*"))
        self._words = set(self.words)  # a set: `keys() & set` walks the smaller side
        self._by_start: dict[str, dict[int, set[tuple[str, ...]]]] = {}
        for phrase in self.phrases:
            self._by_start.setdefault(phrase[0], {}).setdefault(len(phrase), set()).add(phrase)
        Phrases.starts = Phrases.starts.union(self._by_start)

    def count(self, grams: "Grams") -> int:
        """Occurrences of the list's words, prefixed words and phrases among `grams`."""
        unigrams = grams.unigrams
        total = sum(map(unigrams.__getitem__, unigrams.keys() & self._words))
        if self.prefixes:
            prefixed = compress(unigrams, map(str.startswith, unigrams, repeat(self.prefixes)))
            total += sum(unigrams[w] for w in prefixed if w not in self._words)
        words, positions = grams.words, grams.positions
        for start, by_size in self._by_start.items():
            for index in positions.get(start, ()):
                for size, phrases in by_size.items():
                    total += tuple(words[index:index + size]) in phrases
        return total


class Grams:
    """The words of a text with their counts, and where each phrase-opening word occurs
    (`Phrases.starts`, so build a Grams after the word lists); shared by every word list."""

    def __init__(self, words: list[str]):
        self.words = words
        self.unigrams: dict[str, int] = Counter(words)
        self.positions: dict[str, list[int]] = {}
        starts = Phrases.starts
        for index in compress(count(), map(starts.__contains__, words)):
            self.positions.setdefault(words[index], []).append(index)


SECOND_PERSON = Phrases("you, your, yours, yourself, you're, you've, you'll")
FIRST_PLURAL = Phrases("we, our, ours, us, we're, we've, we'll")
CALL_TO_ACTION = Phrases("""
    call, book, schedule, order, buy, shop, contact us, visit, get started, learn more, sign up,
    subscribe, request, claim, save, discount, offer, free, today, now, limited, appointment,
    consultation, near me, add to cart, checkout, promo, coupon, deal""")
STATISTIC = Phrases("""
    95 ci, 99 ci, confidence interval, odds ratio, hazard ratio, risk ratio, relative risk,
    mean, median, sd, statistically significant, primary outcome, primary end point,
    primary endpoint, participants, randomised, randomized, cohort, placebo, follow up""")
DATE = Phrases("""
    monday, tuesday, wednesday, thursday, friday, saturday, sunday, yesterday, january,
    february, march, april, june, july, august, september, october, november, december,
    jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec""")
RECOMMEND_STRONG = Phrases("""
    offer, do not offer, do not use, do not give, do not prescribe, do not routinely, recommend*,
    advise*, strong recommendation, conditional recommendation, grade a, grade b, grade c,
    level of evidence, certainty of evidence, certainty of the evidence, consensus, first line,
    refer, should be, should not, adults aged, adults with, adult with, people aged, people with,
    children aged, children with""")
PERSONAL = frozenset(("i", "my", "me"))
PAST = frozenset(("was", "had", "went", "felt", "started", "tried", "took", "got", "stopped",
                   "noticed", "found", "been"))
CHAT = Phrases("lol, imo, imho, fwiw, hth, tbh, btw, omg")
LEGAL = Phrases("""
    privacy, cookie, cookies, personal data, personal information, data protection, gdpr,
    consent, third party, third parties, terms of use, terms of service, terms and conditions,
    disclaimer, liabilit*, copyright, trademark, trademarks, all rights reserved,
    forward looking, unsubscribe, preferences, not a substitute, not intended,
    not medical advice, general information only, affiliate link, affiliate links, commission,
    editorial policy, editorial standards, editorial independence""")
SITE_CHROME = Phrases("""
    share, facebook, twitter, whatsapp, linkedin, instagram, pinterest, email, print, comment,
    comments, reply, login, log in, sign in, sign up, subscribe, newsletter, read more, related,
    next, previous, tag, tags, posted, menu, search, home, contact, about us, follow, moderator,
    admin, episode, podcast, rate, review us, listen, download, app store, google play""")
HOUSE = Phrases("""
    our patient, our patients, our client, our clients, our customer, our customers, our team,
    our clinic, our practice, our centre, our center, our specialist, our specialists,
    our expert, our experts, our doctor, our doctors, our staff, our product, our products,
    our formula, our programme, our program, our protocol, our treatment, our treatments,
    our service, our services, our store, our shop""")
HEADING_WORDS = {
    "research": Phrases("""
        abstract, background, objective, objectives, aim, aims, method, methods, design,
        setting, participants, result, results, findings, conclusion, conclusions, discussion,
        limitations, interpretation, funding, registration, outcome, outcomes, analysis, trial,
        study, cohort, review, evidence"""),
    "guideline": Phrases("""
        recommendation, recommendations, guideline, guidelines, guidance, management, summary,
        when to, who should, referral, refer, treatment, assessment, diagnosis, first line,
        prescrib*, dose, dosing, monitoring, screening, prevention, advice, target, targets"""),
    "news": Phrases("""
        say, says, said, warn, warns, find, finds, found, reveal, reveals, announce, announces,
        cut, cuts, fall, falls, rise, rises, expert, experts, official, officials, critic,
        critics, researchers, scientists, doctors, report, news, new"""),
    "marketing": Phrases("""
        our, we, you, your, best, top, special, offer, book, free, call, near me, results,
        clinic, service, services, treatment, treatments, why choose, meet, testimonial,
        testimonials, reviews, happy, patients love, shop, buy, price, pricing, package,
        packages, plan, plans"""),
    "anecdote": Phrases("""
        my, i, me, story, journey, experience, update, reply, posted, wrote, diary, dad, mum,
        mom, son, daughter, husband, wife"""),
    "boilerplate": Phrases("""
        about, contact, share, follow, subscribe, newsletter, comment, comments, related,
        privacy, cookie, cookies, terms, disclaimer, copyright, menu, navigation, sign, login,
        more from, you may also, advertisement, sponsored, opening hours, find us,
        editor's note, editors note, author, tag, tags, links, timestamps"""),
}
