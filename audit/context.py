"""Document context for claims: what one sentence cannot show on its own.

Native advertising names a product once in selling copy and then talks about
it in a helpful tone ("The Brightleaf Mist makes it painless").  Sentence by
sentence the later mentions look neutral.  `propagate_products` collects the
product names that appear in clearly selling claims of a document (with
product, price, discount, call-to-action, affiliate or testimonial signals)
and marks other claims of the same document that name one of them as
commercial, with a `product_mention` signal on the name.

Names are capitalised word runs (1-4 words, or CamelCase / ®™ single words)
that are not ordinary sentence openers.  A funder or sponsor named in a
conflict-of-interest statement is not propagated: naming a company that paid
for a study is not selling its products.
"""
from __future__ import annotations

import re

SELLING_KINDS = frozenset({"product", "price", "discount", "call_to_action", "affiliate_link",
                           "testimonial_sell", "author_company"})
_NAME = re.compile(r"\b(?:[A-Z][\w'’®™-]*[a-z0-9®™][\w'’®™-]*|[A-Z]{2,}[\w®™-]*)"
                   r"(?:\s+(?:[A-Z][\w'’®™-]+|\d+)){0,3}")
_COMMON = frozenset("""I A An The This That These Those Our We You Your My It Its They Their He She
Dr Mr Mrs Ms Prof If When While For And But Or So Use Buy Get Order Book Call Try Shop Save Visit
Click Join Sign Learn Read Free New Only Now Today Here There What Why How Who Yes No Not All
Most Many Some Each Every Also Just More Best One Two Three Please Thank Thanks US USA UK FDA
""".split())
PROPAGATED_SCORE = 0.6


def product_names(claims: list[dict]) -> set[str]:
    names: set[str] = set()
    for claim in claims:
        if not claim["commercial"]:
            continue
        if not any(s["kind"] in SELLING_KINDS and not s.get("negated") for s in claim["signals"]):
            continue
        for match in _NAME.finditer(claim["text"]):
            names.update(_names_in_run(match.group()))
    return names


def _names_in_run(run: str) -> list[str]:
    """Split a capitalised run at possessives: "Acme's Calm Tea" -> ["Acme", "Calm Tea"]."""
    found, words = [], []
    for word in run.split():
        possessive = word.endswith(("’s", "'s"))
        words.append(word[:-2] if possessive else word)
        if possessive:
            found.append(_trim(words, possessive=True))
            words = []
    found.append(_trim(words, possessive=False))
    return [name for name in found if name]


def _trim(words: list[str], *, possessive: bool) -> str:
    words = list(words)
    while words and words[0] in _COMMON:
        words.pop(0)
    if not words or all(w.isupper() for w in words) and len(words) > 1:
        return ""  # nothing left, or keyword-stuffed shouting ("KETAMINE CLINIC NEAR ME")
    if len(words) == 1:
        word = words[0]
        distinctive = re.search(r"[a-z][A-Z]|[®™]", word) or (possessive and word.isupper())
        return word.rstrip("®™") if distinctive and len(word) >= 3 else ""
    return " ".join(words) if len("".join(words)) >= 4 else ""


def propagate_products(sections: list[dict]) -> None:
    """Mark claims that name a product sold elsewhere in the document (in place)."""
    claims = [c for s in sections for c in s["claims"]]
    names = product_names(claims)
    if not names:
        return
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len,
                                                                            reverse=True)) + r")\b")
    for claim in claims:
        if claim["commercial"]:
            continue
        match = pattern.search(claim["text"])
        if match:
            claim["commercial"] = True
            claim["commercial_score"] = max(claim["commercial_score"], PROPAGATED_SCORE)
            claim["signals"].append({"scorer": "commercial", "kind": "product_mention",
                                     "text": match.group(), "start": claim["start"] + match.start(),
                                     "end": claim["start"] + match.end()})
            claim["signals"].sort(key=lambda s: (s["start"], s["end"], s["scorer"], s["kind"]))
