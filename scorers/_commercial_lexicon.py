"""Phrase lists, word lists and weights for the `commercial` scorer (data only).

Every list here was written for credaudit from our own reading of how health
products and services are sold online; none is taken from a published
lexicon.  Phrases are matched on lower-cased text by `audit.lexicon.Lexicon`
(a trailing ``*`` matches any word ending; a space also matches a hyphen).

A lexicon category maps to a signal kind and a weight (see `CATEGORY`).  The
weight is the strength one cue of that category lends to the claim being
commercial; the scorer combines cues with a noisy-OR.  Categories with weight
None are judged in context: ``sponsored_by``, ``partner``, ``funding``,
``supply`` and ``ties`` by who follows the phrase (a company, a public body, a
university), ``frame`` (native-ad praise and adoption frames such as "are
turning to", "the team at") only when a brand-shaped name is near and the
claim is not about a study.  `TRIGGERS` are single words the same lexicon pass
reports so that costlier checks run only on claims that contain one (product
nouns, imperative verbs, company roles, active-voice funding verbs).
"""
from __future__ import annotations

# category -> (signal kind, weight).  A weight of None means the phrase needs a
# look at its surroundings (who paid, is a product nearby) before it counts.
CATEGORY: dict[str, tuple[str, float | None]] = {
    "sponsor": ("sponsor", 0.7),
    "gifted": ("sponsor", 0.6),
    "sponsored_by": ("sponsor", None),  # sponsor, funder_stake or nothing, by who follows
    "partner": ("sponsor", None),  # "in partnership with" + a brand; not + a university
    "frame": ("product", None),  # native-ad praise or adoption frame; needs a brand name
    "funding": ("funder_stake", None),  # "funded by" + who
    "supply": ("funder_stake", None),  # "supplied by" + who
    "ties": ("funder_stake", None),  # "consulting fees from" + who
    "industry_funded": ("funder_stake", 0.55),
    "stake": ("author_company", 0.55),
    "author_company": ("author_company", 0.5),
    "author_practice": ("author_company", 0.3),
    "product": ("product", 0.5),
    "product_copy": ("product", 0.35),
    "product_weak": ("product", 0.25),
    "puffery": ("product", 0.3),
    "discount": ("discount", 0.55),
    "deal": ("discount", 0.4),
    "cta": ("call_to_action", 0.5),
    "cta_weak": ("call_to_action", 0.2),
    "affiliate_notice": ("affiliate_notice", 0.5),
    "testimonial": ("testimonial_sell", 0.45),
    "testimonial_strong": ("testimonial_sell", 0.5),
    "award": ("testimonial_sell", 0.35),
    "testimonial_life": ("testimonial_sell", None),  # needs a product nearby
    "seo": ("seo_header", None),  # "near me": not when quoted (talked about, not used)
    "seo_weak": ("seo_header", 0.3),
}

PHRASES: dict[str, tuple[str, ...]] = {
    "sponsor": (
        "brought to you by", "thank our sponsor", "thanks to our sponsor", "thank our sponsors",
        "paid partnership", "sponsored post", "sponsored content",
        "sponsored article", "sponsored segment", "this post is sponsored",
        "this article is sponsored", "this episode is sponsored", "this video is sponsored",
        "advertorial", "paid promotion", "promoted content", "partner content", "paid post",
        "our sponsor", "today's sponsor", "a word from our sponsor", "presented by",
        "made possible by our friends at", "in collaboration with the brand",
        "for supporting this", "for sponsoring this", "for supporting today's",
        "for sponsoring today's", "for partnering with us", "for partnering with me",
        "sponsored by our friends", "thanks to our partners", "our partners at",
        "supporting this episode", "supporting this post", "supporting this video",
        "supporting this article", "sponsoring this episode", "sponsoring this post",
        "sponsoring this video", "this segment is sponsored", "this newsletter is sponsored",
        "this page is sponsored", "this content is sponsored", "sponsored feature",
        "sponsored story", "sponsored review", "paid advertisement", "paid advertising feature",
        "advertising feature", "advertisement feature", "promotional feature", "brand partnership",
        "paid collaboration", "paid collab", "branded content", "native advertising",
        "episode sponsor", "podcast sponsor", "show sponsor", "newsletter sponsor", "video sponsor",
        "this week's sponsor",
    ),
    "gifted": (
        "#gifted", "#ad", "#sponsored", "#partner", "#paidpartnership", "#collab", "#spon",
        "#affiliate", "for sending me", "sent me their", "sent me this", "sent me a free",
        "gifted me", "gifted by", "kindly sent", "pr package", "pr sample",
        "#sponsoredpost", "#brandpartner", "#ambassador", "#partnered", "#paidpost", "#advert",
        "#affiliatelink", "#prgift", "#pr", "#gift", "#paidad", "#werbung", "#anzeige",
        "sent to me by", "was sent to me", "were sent to me", "sent over by", "gifted to me",
        "in exchange for an honest review", "in exchange for a review", "in return for a review",
        "received this product free", "received it for free", "complimentary product",
        "free product in exchange", "provided by the brand", "sent by the brand",
        "gifted by the brand",
        "i was sent", "i was gifted", "we were sent", "sent us", "they sent me", "sent me some",
        "kindly gifted", "for me to try", "sent to try", "sent for review",
    ),
    "sponsored_by": ("sponsored by", "sponsored in part by"),
    "partner": (
        "in partnership with", "in collaboration with", "in association with", "partnered with",
        "partnering with", "teamed up with", "teaming up with", "collab with", "collaboration with",
        "produced with", "created with", "made in partnership", "brought to you in partnership",
    ),
    "frame": (
        "are turning to", "have turned to", "are reaching for", "are discovering",
        "have discovered", "are finding that", "have found that", "found relief", "found relief in",
        "found real relief", "found comfort in", "found real comfort in", "are raving about",
        "love how", "loves how", "love the way",
        "loving how", "can't get enough of", "are switching to", "have switched to", "now trust",
        "rely on", "count on", "thanks to", "thanks to the", "the team at",
        "the team behind", "the people behind", "the folks at", "the founders of",
        "the experts at", "could be the", "might be the", "is the easy", "the fix you've",
        "you've been looking for", "you have been looking for", "your go-to", "my go-to",
        "go-to", "secret weapon", "wouldn't be without", "never leave home without",
        "more and more", "a growing number of", "increasingly", "so many", "countless",
        "it's no wonder", "no wonder", "who tried", "who have tried", "who use", "who used",
        "since switching to", "since starting", "since using", "now use", "point their",
        "points their", "recommend their patients", "keeps me", "keeps them", "made with love",
        "finally found", "been loving", "have been loving", "fallen in love with",
        "lifesaver", "life-saver", "a lifesaver", "can't stop talking about",
        "cannot stop talking about", "obsessed with", "are obsessed", "can't live without",
        "ask for their", "swear by their", "never looked back", "haven't looked back",
        "wish i'd found", "wish i had found", "where has this been", "best thing i've bought",
        "hooked on", "a staple in", "my daily ritual", "part of my routine",
        "trust their", "have come to trust", "parents trust", "families trust", "doctors trust",
        "experts trust", "athletes trust", "nurses trust",
        "our friends at", "my friends at", "the lovely people at", "the good folks at",
        "the makers of", "thousands of", "millions of", "hundreds of",
    ),
    "funding": (
        "funded by", "funded in part by", "partly funded by", "fully funded by",
        "supported by", "supported in part by", "paid for by", "financed by",
        "underwritten by", "commissioned by", "funding from", "grant from", "grants from",
        "financial support from", "unrestricted grant from", "research grant from",
        "bankrolled by",
        "backed by", "with funding from", "funds from", "money from", "donation from",
        "donations from", "financial backing from", "sponsorship from", "paid by", "co-funded by",
        "cofunded by", "part-funded by", "jointly funded by", "funding was provided by",
        "funding provided by", "grant support from",
    ),
    "supply": ("supplied by", "provided by", "donated by", "provided free of charge by"),
    "ties": (
        "consulting fees from", "consultancy fees from", "speaker fees from", "speaking fees from",
        "honoraria from", "honorarium from",
        "is a consultant for", "is a consultant to", "is an adviser to", "is an advisor to",
        "advisory board of", "advisory board for", "advisory boards of", "is employed by",
        "are employed by", "are employees of", "is an employee of", "employees of",
        "royalties from", "works for", "on the payroll of", "financial ties to",
        "financial relationships with", "payments from",
        "employed by", "employee of", "consultant for", "consultant to", "consultants to",
        "consultant with", "consults for", "consulted for", "adviser for", "advisor for",
        "advisers to", "advisors to", "advisory board member", "on the advisory board of",
        "speakers bureau", "speakers' bureau", "speaker's bureau", "speaker bureau",
        "paid to speak", "paid to consult", "shareholder in", "shareholder of", "stockholder in",
        "co-founder of", "cofounder of", "co-founded", "founder of", "owner of", "co-owner of",
        "director of the company", "chief medical officer of", "chief scientific officer of",
        "scientific adviser to", "scientific advisor to", "fees from", "travel support from",
        "travel grants from", "lecture fees from", "research support from", "in-kind support from",
        "stock options in",
    ),
    "industry_funded": (
        "industry-funded", "industry funded", "industry-sponsored", "industry sponsored",
        "manufacturer-funded", "manufacturer-sponsored", "company-funded", "company-sponsored",
        "paid for by the maker", "paid for by the makers", "paid for by the manufacturer",
        "funded by the manufacturer", "funded by the maker", "funded by the makers",
        "sponsored by the manufacturer", "sponsored by the maker",
        "funded by the company that makes", "funded by the company that sells",
        "industry-backed", "industry backed", "industry funding", "industry money", "industry-paid",
        "drugmaker-funded", "drug company funded", "drug-company-funded", "company-paid",
        "manufacturer funded", "industry-supported", "funded by the drugmaker",
        "funded by the drug company", "funded by the company", "paid for by the company",
        "sponsored by the company", "sponsored by the drugmaker", "funded by industry",
        "sponsored by industry", "paid for by industry",
    ),
    "stake": (
        "paid consultant", "paid ambassador", "paid spokesperson", "paid spokeswoman",
        "paid spokesman", "paid adviser", "paid advisor", "paid speaker", "paid partner",
        "brand ambassador", "brand partner", "share of every sale", "share of each sale",
        "cut of every sale", "commission on every sale", "commission on each sale",
        "i helped develop", "i helped formulate", "i helped create", "i developed this",
        "i created this", "i formulated", "run by the company that", "owned by the company that",
        "made by the company that sells", "my own brand", "my own line", "i own the company",
        "the company i founded", "the company i work for", "my employer makes", "hold patents",
        "holds patents", "holds a patent", "hold a patent", "patent holder", "patent holders",
        "receive royalties", "receives royalties", "received royalties", "patents on the",
        "stand to profit", "stands to profit", "stand to gain", "stands to gain",
        "stands to benefit", "stand to benefit", "financial interest in", "financial stake in",
        "vested interest", "owns the company", "own the company", "co-owns", "founded the company",
        "i'm a distributor", "i am a distributor", "independent distributor",
        "independent consultant for", "i'm a rep for", "i am a rep for", "i'm an ambassador",
        "i am an ambassador", "ambassador for", "brand rep", "my referral link", "referral link",
        "referral code", "my affiliate link", "my affiliate code", "my discount code",
        "use my link", "my link", "my etsy", "i make and sell", "i now sell", "we now sell",
        "i distribute",
        "licensing deal", "licensing agreement", "license agreement", "licence agreement",
        "share of royalties", "royalty payments", "royalty", "royalties on", "equity stake",
        "paid endorsement", "paid endorser", "paid testimonial", "paid influencer",
        "join my team", "my team is growing", "my downline", "be your own boss", "i'm a coach for",
        "i am a coach for", "independent coach",
    ),
    "author_company": (
        "my company", "our company", "our products", "our product", "our product line",
        "we formulate", "we formulated", "we manufacture", "we make our", "we sell", "i sell",
        "we ship", "our store", "our shop", "our online store", "our online shop",
        "i founded", "i co-founded", "i started my company", "as the founder of",
        "as founder of", "our brand", "my brand", "my product", "my products",
        "our supplements", "our supplement", "my supplements", "my supplement line",
        "our range", "our bestselling", "our best-selling", "our customers",
        "we developed our", "we created our", "my line of", "our line of",
    ),
    "author_practice": (
        "our clinic", "our practice", "our center", "our centre", "our office", "our team of",
        "our specialists", "our therapists", "our chiropractors", "our doctors offer",
        "we offer", "we provide", "we specialize in", "we specialise in", "our services",
        "our program", "our programme", "our patients", "our clients",
    ),
    "product": (
        "our formula", "our unique formula", "our proprietary", "our exclusive",
        "our patented", "our signature", "exclusive formula", "signature formula",
        "add to cart", "add to basket", "money-back guarantee", "money back guarantee",
        "your money back", "satisfaction guaranteed", "risk-free trial", "try it risk-free",
        "subscribe and save", "auto-ship", "autoship", "in stock now",
        "delivered to your door", "delivered to your doorstep", "shipped to your door",
        "delivered discreetly",
        "for the price of one", "for the price of two", "bundle and save", "buy more, save more",
        "buy more save more", "stock up and save", "subscribe & save", "free returns", "ships free",
        "ships today", "same-day dispatch", "next-day delivery", "next day delivery", "pay in 4",
        "pay in four", "buy now, pay later", "buy now pay later", "interest-free instalments",
        "interest-free installments", "add it to your cart", "add to bag", "back in stock",
        "order yours", "get it delivered", "delivered straight to your door", "ships within",
        "dispatched within",
    ),
    "product_copy": (
        "proprietary blend", "proprietary formula", "proprietary complex",
        "time-release technology", "patented formula", "patented blend",
        "patent-pending", "patented technology", "doctor-formulated", "doctor formulated",
        "capsules per bottle", "servings per container", "per bottle", "starter kit",
        "bottle supply",
        "now available at", "available at all", "available in stores", "in stores now",
        "find it in", "available from all", "stocked at", "now stocked",
    ),
    "product_weak": (
        "formulated with", "our new", "now available", "available now", "available online",
        "available exclusively", "exclusively at", "sold exclusively", "order online",
        "buy online", "its new product", "their new product",
    ),
    "puffery": (
        "most advanced", "state-of-the-art", "cutting-edge", "world-class", "premium quality",
        "feel the difference", "experience the difference", "see the difference",
        "trusted by", "melt away", "stubborn fat", "compassionate team", "caring team",
        "say goodbye to", "transform your", "unlike other brands", "unlike cheap",
        "unlike drugstore", "unlike other products", "doctor-recommended",
        "dermatologist-recommended", "all-natural", "100% natural", "no hidden fees",
        "discreet", "hassle-free", "results you can see", "you deserve", "our breakthrough",
        "our revolutionary", "our miracle", "our clinically proven", "our award-winning",
        "our advanced", "our innovative", "our cutting-edge", "our natural",
        "the only supplement", "the only product", "the only clinic", "pharmaceutical grade",
        "pharmaceutical-grade", "ultra pure", "ultra-pure", "medical-grade", "selling fast",
        "limited stock", "exclusive", "secret formula", "boost your", "kick-start your",
        "finally works", "that actually works", "that really works", "readers keep telling us",
        "customers keep telling us", "clients keep telling us", "readers tell us",
        "customers tell us",
        "clients tell us", "our readers love", "our customers love", "our clients love",
        "jump-start your", "look years younger", "turn back the clock",
        "compassionate care", "compassionate staff", "compassionate", "luxury", "luxurious",
        "boutique", "concierge", "top quality", "highest quality", "best-in-class", "best in class",
        "industry-leading", "leading provider",
        "the easy fix", "unbeatable", "unrivalled", "unrivaled",
        "second to none", "like no other", "clean ingredients", "clinically dosed",
        "long-lasting relief", "gentle formula", "gentle yet effective", "glowing skin",
        "wake up refreshed", "feel your best", "look your best", "be your best",
        "quick, lasting", "lasting comfort", "fast relief", "quick relief", "long-lasting comfort",
        "all-day comfort", "all day comfort",
    ),
    "discount": (
        "promo code", "discount code", "coupon code", "coupon", "off your first order",
        "off your order", "off your first", "free shipping", "free delivery", "limited time",
        "limited-time", "limited time offer", "limited offer", "special offer",
        "exclusive offer", "introductory offer", "free consultation", "free consult",
        "free trial", "free assessment", "free evaluation", "free gift", "free bottle",
        "buy one get one", "bogo", "while supplies last", "while stocks last", "sale ends",
        "ends tonight", "ends soon", "flash sale", "discount", "discounted", "percent off",
        "half price", "half-price", "lowest price", "best price", "special price",
        "new patient special", "new patients special", "save big", "free webinar",
        "free sample", "free samples",
        "complimentary consultation", "complimentary session", "complimentary assessment",
        "fee waived", "no joining fee", "no sign-up fee", "reader discount", "reader offer",
        "exclusive discount", "members save", "member pricing", "member price", "first month free",
        "first session free", "first class free", "save up to", "half off", "two for one",
        "2 for 1", "3 for 2", "three for two", "bogof", "special rate", "introductory rate",
        "intro offer", "launch offer", "launch price", "off sitewide",
    ),
    "deal": (
        "on sale", "today's deal", "todays deal", "the deal", "best deal", "great deal",
        "pricing", "trade-in offer", "trade-in", "financing available", "payment plans",
        "starting at", "starts at", "start at", "from just", "for just", "only costs",
        "special pricing", "introductory price", "our guarantee", "results guarantee",
        "satisfaction guarantee",
        "at checkout", "instalments", "installments", "interest-free", "klarna", "afterpay",
        "price match", "monthly plan", "membership plans", "packages start", "plans start",
        "prices start", "from only", "now only", "waive the", "rewards club", "rewards programme",
        "rewards program", "cashback", "cash back", "voucher", "vouchers", "gift card",
        "prices go up", "price goes up", "before prices rise", "early bird", "early-bird",
        "filling fast", "filling up fast", "selling out", "sold out", "almost gone",
        "only a few left", "last chance", "spaces are limited", "places are limited",
        "spots are limited", "limited spaces", "limited spots", "limited places", "black friday",
        "cyber monday", "sitewide",
        "new patients receive", "new patients get", "new clients receive", "new clients get",
        "new customers get", "new customers receive", "first-time customers", "first-time patients",
        "new patient offer", "new client offer",
        "finance available", "finance options", "0% finance", "finance plans", "financing options",
        "monthly payments", "low monthly", "payment options",
    ),
    "cta": (
        "click here", "buy now", "order now", "order today", "shop now", "shop today",
        "get yours", "get your bottle", "grab yours", "grab your", "claim your",
        "call now", "call today", "call us", "phone us", "text us", "email us", "message me",
        "dm me", "pm me", "email me", "message us", "contact us today", "contact us now",
        "contact our office", "book now", "book today", "book online", "reserve your",
        "sign up today", "sign up now", "subscribe now", "subscribe today",
        "visit our website", "visit our site", "visit our store", "visit our shop",
        "visit our clinic", "visit us", "stop by", "act now", "hurry", "don't miss out",
        "do not miss out", "don't wait", "try it today", "try it now", "start today",
        "start your free", "get started today", "buy yours", "check price", "check the price",
        "check the latest price", "check current price", "check today's price", "see price",
        "see the price", "view price", "buy on amazon", "view on amazon", "see it on amazon",
        "available on amazon", "on amazon", "see today's deal", "request an appointment today",
        "call the office", "call our office", "call our clinic", "enrol in our", "enroll in our",
        "join the waitlist",
        "tap the button", "tap here", "tap the link", "click below", "click the button", "shop the",
        "shop our", "secure your", "reserve yours", "book yours", "claim yours",
        "snag yours", "snag one", "treat yourself", "chat with one of our", "speak to one of our",
        "talk to one of our", "speak with one of our", "book a call with", "book your consultation",
        "schedule your consultation", "schedule a consultation", "request a quote", "get a quote",
        "start your free trial", "start your trial", "mention this article", "mention this ad",
        "mention this post", "mention code", "show this ad", "use my code", "swipe up",
        "pick one up", "pick up yours", "get one now",
        "link in bio", "link in my bio", "link in our bio", "links in bio",
        "link in the description", "links in the description", "ask me how", "message me for",
        "dm me for", "comment below for",
    ),
    "cta_weak": (
        "learn more", "find out more", "read more about our", "contact us", "click the link",
    ),
    "affiliate_notice": (
        "we may earn a commission", "we may receive a commission", "i may earn a commission",
        "we earn a commission", "i earn a commission", "may earn a small commission",
        "earn a small commission", "affiliate link", "affiliate links", "affiliate commission",
        "as an amazon associate", "earn from qualifying purchases", "at no extra cost to you",
        "at no additional cost to you", "we may be compensated", "we receive compensation",
        "we may receive compensation", "may receive compensation", "contains affiliate",
        "paid links", "commission on purchases", "if you purchase through", "if you buy through",
        "when you buy through", "when you purchase through",
        "a small cut", "get a small cut", "small commission", "we get a commission",
        "we receive a commission", "we earn money", "earn money from", "commission if you buy",
        "commission when you buy", "at no cost to you", "at no additional cost",
        "if you click through and buy", "links on this page may", "links in this post may",
        "independently selected", "independently chosen", "we may get a share", "may get a share",
        "share of sales", "share of the sale", "may earn a fee", "this post contains affiliate",
        "commissions on purchases",
        "affiliate fee", "affiliate fees", "through our links", "through links on", "via our links",
        "via links on", "through the links", "via the links", "when you shop through",
        "if you shop through", "purchases made through",
    ),
    "testimonial_strong": (
        "happy client", "happy clients", "happy patients", "happy customer", "happy customers",
        "satisfied customers", "satisfied clients", "our happy",
        "rave about", "raving about", "raves about", "rave reviews", "customers love",
        "clients love", "our patients love", "our customers say", "our clients say",
        "our patients say", "thousands of happy", "loyal customers", "satisfied patients",
        "happy members", "happy families", "real reviews",
    ),
    "testimonial": (
        "5-star", "five-star", "5 stars", "five stars", "5 out of 5 stars", "verified buyer",
        "verified purchase", "verified customer", "customer reviews", "customer review",
        "thousands of customers", "real results",
        "real customers", "rated 4.9",
        "rated 4.8", "rated 4.7", "rated 5", "as seen on", "as featured in",
    ),
    "award": (
        "top-rated", "top rated", "voted best", "voted the best", "voted #1", "rated #1",
        "rated the #1", "the #1", "#1 rated", "number one rated", "award-winning",
        "our top pick", "top pick", "best for", "editor's choice", "editors' choice",
        "our pick", "best overall", "best budget", "hands down", "three years running",
        "years running",
        "ranked the top", "ranked #1", "ranked number one", "ranked the best", "ranked best",
        "named the best", "named best", "crowned", "best-reviewed", "top-reviewed", "highest-rated",
        "highest rated", "best-rated", "best rated", "budget pick", "best value", "best splurge",
        "runner-up pick", "upgrade pick", "also great", "our favourite", "our favorite",
        "editor's pick", "editors' pick", "staff pick", "best buy", "helped thousands",
        "have helped thousands", "trusted by thousands", "best of the best",
        "number one choice", "the number one", "#1 choice", "no. 1 choice", "no.1",
        "the go-to choice", "first choice of", "top choice", "most trusted", "most recommended",
        "best-loved", "most popular",
    ),
    "testimonial_life": (
        "changed my life", "changed our lives", "life-changing", "life changing",
        "i swear by", "i can't recommend", "i cannot recommend", "highly recommend",
        "i highly recommend", "i recommend it to everyone", "worth every penny",
        "my holy grail", "best purchase",
    ),
    "seo": ("near me", "proudly serving", "serving patients in", "serving the greater"),
    "seo_weak": (
        "near you", "same-day appointments", "same day appointments", "walk-ins welcome",
        "conveniently located", "accepting new patients", "now accepting new",
        "most insurance accepted", "insurance accepted", "most insurances accepted",
        "evening and weekend appointments", "flexible payment plans",
        "open saturdays", "open sundays", "open 7 days", "open seven days", "open late",
        "emergency appointments", "se habla español", "free parking", "easy parking",
        "locations in", "offices in", "clinics across", "in-network with", "we accept most",
        "we take most insurance", "most major insurance", "hsa/fsa", "carecredit", "care credit",
        "family-owned", "locally owned",
    ),
}

# Words that mark a funder as a company (matched as whole words after "funded by").
INDUSTRY_WORDS = (
    "manufacturer", "manufacturers", "maker", "makers", "company", "companies", "industry",
    "industries", "pharmaceutical", "pharmaceuticals", "pharma", "biotech", "biotechnology",
    "inc", "ltd", "llc", "corp", "corporation", "gmbh", "plc", "limited",
    "laboratories", "labs", "brand", "brands", "drugmaker", "drugmakers", "firm", "firms",
    "nutrition", "nutritionals", "supplement", "supplements", "producer", "producers",
    "distributor", "seller", "vendor", "sponsor", "funder", "commercial", "therapeutics",
    "pfizer", "novo", "nordisk", "merck", "msd", "gsk", "glaxosmithkline", "astrazeneca",
    "sanofi", "roche", "novartis", "lilly", "bayer", "abbvie", "amgen", "bristol",
    "boehringer", "takeda", "moderna", "biogen", "gilead", "teva", "nestle", "nestlé",
    "danone", "coca", "pepsico", "herbalife", "abbott", "medtronic", "unilever", "kellogg",
    "otsuka", "daiichi", "astellas", "eisai", "regeneron", "vertex", "viatris", "mylan",
    "sandoz", "allergan", "beiersdorf", "start-up", "startup", "spin-out", "spinout",
)
# Words that mark a funder as public, academic or charitable.
PUBLIC_WORDS = (
    "nih", "nhs", "nihr", "national", "government", "governmental", "federal", "ministry",
    "department", "agency", "public", "charity", "charitable", "foundation", "trust",
    "university", "universities", "college", "hospital", "academy", "research council",
    "mrc", "wellcome", "cdc", "world health organization", "european union", "eu",
    "horizon", "nsf", "ahrq", "pcori", "veterans", "state", "provincial", "city", "county",
    "cancer research uk", "society", "nonprofit", "non-profit", "philanthropic", "donors",
    "grant no", "grant number", "library", "health service", "institutes of health",
    "institute", "institutes", "institut", "institutet", "inserm", "cnrs", "max planck",
    "hospitals", "health system", "school of", "medical school", "research centre",
    "research center",
)
# Trade groups count as industry even though "association" or "council" can also
# name public bodies: these qualifiers decide.
INDUSTRY_QUALIFIERS = (
    "sugar", "dairy", "beef", "pork", "egg", "meat", "soda", "beverage", "snack", "juice",
    "cereal", "walnut", "almond", "avocado", "blueberry", "cranberry", "potato", "chocolate",
    "cocoa", "corn refiners", "salt institute", "alcohol", "wine", "beer", "spirits",
    "tobacco", "vaping", "natural products", "responsible nutrition", "infant formula",
    "the company that", "the firm that", "companies that", "selling the", "that sells",
    "which sells", "that makes", "which makes", "that markets", "which markets", "maker of",
    "makers of", "manufacturer of", "the sponsor",
)
# After "call/book/contact/visit...", an object like these makes it health advice.
ADVICE_OBJECTS = (
    "your doctor", "your gp", "your physician", "your pharmacist", "your nurse",
    "your midwife", "your dentist", "your healthcare", "your health care", "your care team",
    "your provider", "your specialist", "your surgeon", "your consultant", "your therapist",
    "your health visitor", "your local", "your clinic", "your diabetes", "your practice",
    "your surgery", "your repeat", "your prescription", "your appointment letter",
    "a doctor", "a gp", "a pharmacist", "a nurse", "a health professional", "a healthcare",
    "a health care", "a medical", "a specialist", "a dentist", "a midwife", "a registered",
    "911", "999", "112", "000", "111", "988", "emergency", "an ambulance", "ambulance",
    "poison", "a crisis", "crisis", "the samaritans", "samaritans", "nhs", "a helpline",
    "helpline", "hotline", "for help", "medical help", "medical advice", "urgent care",
    "a&e", "the emergency", "your nearest", "the nearest", "a support group", "the national",
    "the number on",
)
# Words that make an imperative or phone number a public service, not a sale.
HELPLINE_WORDS = (
    "poison", "helpline", "hotline", "crisis", "lifeline", "samaritans", "suicide",
    "emergency", "nhs", "111", "quitline", "support line", "text line", "confidential",
    "national", "cdc", "fda", "medwatch", "report a side effect", "report side effects",
    "yellow card", "register", "council", "government", "health service", "gp surgery",
    "charity", "the regulator",
)
# Product nouns that follow a brand name in product copy ("the Medivue monitor").
PRODUCT_NOUNS = (
    "formula", "blend", "gummies", "syrup", "kit", "kits", "programme", "program", "protocol",
    "bottle", "rinse", "monitor", "purifier", "roller", "blanket", "tincture", "powder",
    "supplement", "supplements", "app", "device", "serum", "cream", "capsules", "tablets",
    "drops", "spray", "patch", "patches", "tea", "shake", "shakes", "oil", "mattress",
    "pillow", "glasses", "tracker", "band", "system", "meal kits", "bar", "bars", "drink",
    "drinks", "therapy", "method", "plan", "lamp", "mask", "cleanse", "collagen", "greens",
    "probiotic", "probiotics", "lozenges", "balm", "lotion", "shampoo", "insoles", "brace",
    "machine", "wearable", "ring", "toothpaste", "mouthwash", "complex", "mist", "gel", "stick",
    "sunscreen", "spf", "elixir", "tonic", "solution", "pods", "strips",
    "box", "cuff", "sock", "socks", "strap", "soak", "flosser", "toothbrush", "cleanser",
    "moisturiser", "moisturizer", "wash", "soap", "scrub", "milk", "drip", "chamber", "light",
    "scale", "sensor", "pump", "mat", "wrap", "sleeve", "massager", "diffuser", "humidifier",
    "sachets", "shots", "chews", "softgels", "vitamins", "multivitamin", "jab", "injections",
    "retreat", "membership", "subscription", "package", "bundle", "collection", "headphones",
    "earplugs", "thermometer", "oximeter", "cushion", "topper", "duvet", "eye mask",
    "night light", "white noise machine",
    "electrolytes", "protein", "bites", "smoothie", "juice", "broth", "coffee", "creamer",
    "cereal", "snack", "snacks", "granola", "oats", "vinegar", "honey", "clock", "alarm", "pouch",
    "pouches", "tub", "jar", "sachet", "roll-on", "inhalers", "tape", "bandage", "plasters",
    "capsule", "tablet", "gummy", "lozenge", "softgel", "chew", "trainer", "pill", "pills",
)
# Capitalised words that are not brands when they start a product phrase.
NOT_BRANDS = (
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "his",
    "her", "its", "i", "we", "you", "they", "he", "she", "it", "nhs", "fda", "cdc", "who",
    "nice", "us", "uk", "eu", "national", "american", "british", "european", "canadian",
    "australian", "many", "some", "most", "all", "any", "each", "every", "one", "two",
    "new", "if", "when", "for", "in", "on", "at", "to", "of", "and", "or", "but", "do",
    "does", "did", "not", "no", "use", "keep", "ask", "buy", "call", "get", "try", "take",
    "medicare", "medicaid", "libre", "dr", "mr", "mrs", "ms", "prof",
)
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "spring", "summer", "autumn", "winter",
)
# Capitalised words after "in" that are not places ("clinic in May", "dentist in The ...").
NOT_PLACES = frozenset(MONTHS + NOT_BRANDS)
# Capitalised words that look like names but are not brands (titles, places, weekdays, bodies).
NOT_BRAND_WORDS = frozenset((
    "i", "dr", "doctor", "mr", "mrs", "ms", "miss", "prof", "professor", "nurse", "sir", "dame",
    "god", "christmas", "easter", "ramadan", "covid", "english", "french", "german", "spanish",
    "america", "americans", "europe", "european", "britain", "british", "england", "scotland",
    "wales", "ireland", "canada", "australia", "india", "china", "japan", "africa", "asia",
    "london", "new", "york", "california", "texas", "florida", "internet", "web", "google",
    "facebook", "instagram", "tiktok", "youtube", "twitter", "reddit", "amazon", "nhs", "fda",
    "cdc", "who", "nice", "medicare", "medicaid", "type", "stage", "grade", "vitamin", "omega",
    "alzheimer", "parkinson", "crohn", "hashimoto", "graves", "down", "lyme", "epstein",
    "health", "department", "society", "science", "year", "medical", "public", "national",
    "university", "college", "hospital", "institute", "council", "ministry", "service", "trust",
    "foundation", "association", "school", "news", "times", "journal", "gazette", "desk",
    "street", "road", "avenue", "north", "south", "east", "west", "st", "saint", "chinese",
    "indian", "african", "asian", "western", "eastern", "northern", "southern", "privacy",
    "terms", "cookie", "contact", "home", "blog", "guidelines", "membership", "events",
) + MONTHS)
# Hosts and URL pieces that mark a link as affiliate or paid.
AFFILIATE_HOSTS = (
    "amzn.to", "amzn.com", "shareasale", "clickbank", "hop.clickbank", "awin1", "awin.",
    "skimresources", "skimlinks", "rstyle.me", "shopstyle", "linksynergy", "anrdoezrs",
    "jdoqocy", "tkqlhce", "dpbolvw", "kqzyfj", "pntra", "avantlink", "impactradius",
    "sjv.io", "pxf.io", "go.redirectingat", "refersion", "partnerize", "prf.hn",
    "tradedoubler", "webgains", "cj.com", "howl.me", "geni.us",
)
SHOP_HOSTS = (
    "amazon.", "iherb.", "walmart.", "target.com", "ebay.", "etsy.", "vitacost.",
    "bodybuilding.com", "gnc.com", "hollandandbarrett", "boots.com", "cvs.com",
    "walgreens.", "chemistwarehouse", "shop.", "store.", "/shop", "/store", "/product",
    "/products", "/cart", "/checkout", "/buy",
)

# Single words the lexicon pass reports so that costlier checks run only where
# they can fire: product nouns (brand + noun) and imperative verbs (calls to
# action).  Other checks are gated by plain substring tests.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "_noun": PRODUCT_NOUNS,
    "_verb": (),  # filled in at the end of this module from CTA_VERBS
    # roles that tie a person to a company ("a paid adviser to ...", "employees of ...")
    "_role": (
        "consultant*", "advis*", "employee*", "shareholder*", "stockholder*", "board member*",
        "founder*", "cofounder*", "co-founder*", "owner*", "paid",
    ),
    # a company that funded or supplied something, in the active voice ("Acme funded the trial")
    "_fund": (
        "funded", "paid for", "sponsored", "financed", "bankrolled", "supplied", "provided",
        "donated",
    ),
}

# An advertising label ("AD |", "[Ad]", "Sponsored:", "Episode sponsor:"), original case.
AD_LABEL = (
    r"(?:AD|Ad|ADVERT|Advert|ADVERTISEMENT|Advertisement|SPONSORED|Sponsored|PROMOTED|Promoted"
    r"|\[(?:AD|Ad|ad)\]|\((?:AD|Ad|ad)\))\s*(?:[|:•–—-]|$)"
    r"|(?:[A-Z][a-z]+\s)?(?:[Ss]ponsors?|SPONSORS?)\s*:")

# Regular expressions (sources only; the scorer compiles them lazily).  Those marked
# "original case" run on the claim text as written, the others on lower-cased text.
PATTERNS: dict[str, str] = {
    "price": (
        r"(?:\b(?P<sale>only|just|now|save|was|from|under|starting at|starts at|start at"
        r"|for just)\s+)?"
        r"(?:[$£€]|\b(?:usd|us\$|cad|aud|gbp|eur)\s?)\s?\d+(?:,\d{3})*(?P<cents>[.,]\d\d)?(?!\d)"
        r"(?:\s?(?:/|per|a|an|each)\s?(?:month|mo|bottle|jar|box|pack|session|visit|week"
        r"|serving)\b)?"),
    "price_neutral": (
        r"\b(?:costs?|costing|insurance|medicare|medicaid|co-?pays?|generic|spending|spent|funding"
        r"|budget|fined?|settlement|list price|per patient|per year|a year|annual|tariff|revenue"
        r"|participants?|respondents?|questionnaires?|surveys?|incentives?|reimburs\w*"
        r"|were offered|were paid|volunteers"
        r"|profits?|billion|million|priced at|out-of-pocket)\b"),
    "phone": (
        r"(?<![\w+$£€.,/-])(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}"
        r"|1-8(?:00|33|44|55|66|77|88)-[a-z0-9-]{7,9}"
        r"|\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}"
        r"|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4})(?![\w,]|\.\d)"),
    "code": (
        r"\b(?:use|enter|apply)\s+(?:the\s+|my\s+|our\s+)?(?:promo\s+|discount\s+"
        r"|coupon\s+)?code\s*:?\s*"
        r"(?:[a-z]+\d[a-z0-9]*|[a-z]{4,}\b)|\b(?:promo|discount|coupon)\s+code\s*:?\s*[a-z0-9]+"
        r"|\b\d{1,2}\s?(?:%|percent)\s+off\b"
        r"|\bsave\s+(?:up to\s+|an extra\s+|over\s+)?(?:\d{1,2}\s?(?:%|percent)|[$£€]\s?\d+)"),
    "free_offer": (
        r"\bfree\s+(?:[\w-]+\s+){0,2}?(?:tests?|consultations?|assessments?|screenings?|trials?"
        r"|samples?"
        r"|sessions?|evaluations?|checks?|quotes?|webinars?|e-?books?|guides?|gifts?|shipping"
        r"|delivery"
        r"|class(?:es)?|months?|bottles?|kits?)\b"
        r"|\b(?:first|1st)\s+(?:[\w-]+\s+)?(?:month|week|session|visit|class|box"
        r"|bottle)\b[^.;]{0,40}?\bfree\b"
        r"|\b(?:\d+|one|two|three|six)\s+(?:months?|weeks?|sessions?|bottles?|jars?|boxes)\s+free\b"
        r"|\bcomplimentary\s+(?:[\w-]+\s+){0,2}?(?:consultations?|sessions?|assessments?"
        r"|treatments?|tests?|checks?|samples?|gifts?|upgrades?|shipping|delivery|facials?"
        r"|whitening|massages?)\b"),
    "web_address": (
        r"(?<![@\w.])[a-z0-9][\w-]*\.(?:com|co|io|shop|store|health|net|example|co\.uk|com\.au)"
        r"(?:/[\w/-]*)?(?![\w.])"),
    "exclusive": (  # original case: "Only Acme uses ...", "the only X you will ever need"
        r"\bOnly\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\s+(?:uses|offers|has|makes|gives|delivers"
        r"|combines)\b"
        r"|\b(?i:the only\s+(?:[\w-]+\s+){1,4}?(?:you|anyone|one|a [\w\s-]{1,20}?)\s+(?:will "
        r"|'ll )?"
        r"(?:ever\s+)?needs?)\b"),
    "benefit_after": (
        r"\W{0,3}(?:\w+\s+){0,2}?(?P<verb>helps?|lets?|makes?|gives?|keeps?|supports?|boosts?"
        r"|works?|worked"
        r"|relieves?|soothes?|fits?|transforms?|delivers?|restores?|finally|calms?|eases?|reduces?"
        r"|improves?|promotes?|protects?|fights?|repairs?|strengthens?|melts?|targets?)\b"),
    "endorsement": (  # original case: "have switched to BrandName", "I swear by BrandName"
        r"\b(?:switched to|switching to|swear by|swears by|reach for|reaching for|fell in love with"
        r"|obsessed with|can't live without)\s+(?:the\s+|my\s+|their\s+|our\s+)?[A-Z][\w-]+"),
    "stars": r"[★⭐]{3,}|\b[45](?:\.\d)?\s?(?:/\s?5|out of 5)\s?stars?\b",
    "trademark": r"\w[®™]|\w\s?\((?:r|tm)\)",  # original case
    # a paid or employed role at a company: "a paid medical adviser to ...", "employees of ..."
    "role_tie": (
        r"\b(?:(?P<paid>paid\s+(?:[\w-]+\s+){0,2}?)(?:spokes(?:person|man|woman|people)|speakers?"
        r"|partners?|ambassadors?|contributors?)|consultants?|advis[eo]rs?|employees?"
        r"|shareholders?|stockholders?|board members?|co-?founders?|founders?|owners?)\s+"
        r"(?:to|for|of|at|with|in)\b"),
    # "Funding for the trial came from ...", "Support was provided by ..."
    "funding_from": (
        r"\b(?:funding|funds|money|support|financing|sponsorship|grants?)\b[^.;]{0,40}?"
        r"\b(?:came|comes|was provided|were provided|was received|were received)\s+(?:from|by)\b"),
    "holdings": (
        r"\b(?:holds?|owns?|has|have|had|with)\s+(?:\w+\s+){0,2}?(?:shares|stock|equity|a stake"
        r"|stock options)\s+in\b"),
    "received": (
        r"\b(?:received?|receives|receiving|accepted|accepts|took|takes|gets|got)\b[^.;]{0,50}?"
        r"\b(?:honoraria|honorarium|fees|payments?|grants?|funding|support|royalties|compensation"
        r"|money|gifts?)\b[^.;]{0,40}?\bfrom\b"),
    "industry_act": (
        r"\b(?P<act>funded|paid for|sponsored|financed|bankrolled|supplied|provided|donated)\s+"
        r"(?:the|this|our|their|all)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|research|work|analysis"
        r"|survey"
        r"|review|tablets|drugs?|capsules|devices?|products?|placebo|supplements?|medication)\b"),
    "our_offer": (
        r"\bour\s+(?:[\w-]+\s+){0,3}?(?:stores?|shops?|clinics?|centres?|centers?|locations"
        r"|programmes?"
        r"|programs?|protocols?|packages?|kits?|formulas?|blends?|systems?|methods?|plans?|courses?"
        r"|supplements?|products?|treatments?|therapy|therapies|services|app|team|specialists"
        r"|nutritionists|practitioners|oils?|gummies|capsules|tea|powder|serum|cream|range|coaches"
        r"|trainers|dietitians|experts|consultants|staff|drips|infusions|injections|sessions"
        r"|collection|membership|packages)\b"),
    "study_context": (
        r"\b(?:study|studies|trial|trials|participants|cohort|investigators|researchers|analysis"
        r"|data|patients were|laboratory|consortium)\b"),
    "research_context": (
        r"\b(?:study|studies|trial|trials|analysis|analyses|findings|results|data|sample"
        r"|participants"
        r"|cohort|survey|article|paper|review|researchers?|research)\b"),
    "named_product": (  # original case
        r"(?P<brand>\b(?:[A-Z][a-z0-9]+[A-Z]\w*|[A-Z][A-Za-z0-9]{2,})(?:\s[A-Z][A-Za-z0-9]+){0,2})"
        r"(?P<poss>'s|’s)?\s+(?:[\w'’-]+\s+){0,3}?(?i:(?P<noun>{nouns}))\b"),
    "place_service": (  # original case
        r"(?i:\b(?:clinics?|dentists?|dental|therapy|treatments?|chiropractors?|chiropractic"
        r"|med spa|spa"
        r"|physio\w*|acupuncture|surgeons?|doctors?|specialists?|infusions?|centres?|centers?"
        r"|orthodontists?"
        r"|dermatologists?|ivf|fertility|weight[- ]loss|botox|aesthetics|rehab|practice|pharmacy"
        r"|opticians?|optometrists?|podiatrists?|osteopaths?|nutritionists?|dietitians?"
        r"|counsell?ors?|psychologists?|psychiatrists?|salon|gym|personal trainers?|coach(?:es)?"
        r"|lasik|laser|hearing|audiologists?|urgent care|walk-in|detox|recovery|hormone"
        r"|invisalign|implants|veneers|braces|aligners|whitening|liposuction|lipo|facelifts?"
        r"|fillers|hair transplants?|vasectomy|semaglutide|tirzepatide|ketamine|iv therapy"
        r"|hydration|cryotherapy|microneedling|tattoo removal))"
        r"\s+(?:in|near"
        r"|serving)\s+"
        r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"),
    "dtc_ad": (  # original case
        r"\b[Aa]sk your (?:doctor|healthcare provider|health care provider|physician|pharmacist)\s+"
        r"(?:if|whether|about)\s+[A-Z][\w-]+"),
    "no_role": (
        r"\b(?:no|any) (?:role|part|involvement|influence|say|input|access)\b|\bnot (?:involved"
        r"|have a role"
        r"|see the data|influence)|\bdid not (?:see|review|influence|have access)"
        r"|\bindependent(?:ly)? of the (?:funders?|sponsors?|compan|manufacturer)"),
    "public_context": (
        r"\b(?:charity|national|nhs|health service|government|council|medicare|medicaid|scheme"
        r"|public health|ministry|gp surgery|free of charge)\b"),
    "url": r"(?:https?://|www\.)[^\s<>()\"']+|\bamzn\.to/[^\s<>()\"']+",
    "aff_param": (
        r"[?&](?:tag|ref|aff|affid|aff_id|affiliate|affiliate_id|associate|partner|partner_id"
        r"|irclickid"
        r"|clickid|subid|afftrack|a_aid|sca_ref)=|/(?:go|recommends|aff|affiliate|refer)/"),
    "service": (
        r"\b(?:clinic|chiropract\w*|dentist\w*|dental|physio\w*|therap\w*|treatments?|massage"
        r"|acupunct\w*"
        r"|weight loss|botox|med ?spa|hormone|trt|doctors?|specialists?|cent(?:er|re)|services?"
        r"|surgeons?"
        r"|rehab\w*|wellness|pain relief|(?:best|top|cheap|affordable|top-rated)\s+[a-z]+)\b"),
    # original case: a US state and ZIP code, or a UK postcode
    # a US ZIP ("TX 78701") or UK postcode ("LS1 4AP") at a word start; written to open with a
    # character class so the regex engine skips to capitals instead of trying every position
    "location": r"[A-Z](?<!\w[A-Z])(?:[A-Z]\s\d{5}(?:-\d{4})?\b|[A-Z]?\d[A-Z\d]?\s\d[A-Z]{2}\b)",
    "markup": (
        r"sponsor|advert|native.?ad|promoted|paid.?(?:content|post|partner)|partner.?content"
        r"|affiliate|\bads?\b"),
    "heading": (
        r"\b(?:sponsored|advertisement|advertorial|paid (?:partnership|post|content)"
        r"|partner content"
        r"|promoted)\b"),
    "negation": r"\b(?:no|not|never|without|neither|nor|none|zero|didn't|did not)\b[^.;]{0,24}$",
    "inner_negation": r"\b(?:no|not|never|none|any)\b",
    # where the name of whoever paid ends
    "payer_end": r"[.;:()\[\]]|,\s(?:and|but|which|who)\b| but | and had | who ",
    "product_words": (
        r"\b(?:this|these|the|your|my|our)\s+(?:product|supplement|formula|gummies|capsules|pills"
        r"|tea|powder|cream|serum|oil|drops|kit|brand|blend)\b"),
    "trademark_word": r"[\w-]+\s?(?:[®™]|\((?:r|tm)\))$",  # original case
    "advice_with": r"\bwith (?:your|a|the) (?:doctor|gp|nurse|pharmacist|midwife|dentist)",
    "camel": r"[a-z][A-Z]",  # original case
    "clause_end": r"[.!?;\n]",
    # original case: an advertising label opening the claim or a segment ("AD | ...", "[Ad]")
    "ad_label": r"(?:^|[|•])\s*(?:" + AD_LABEL + ")",
    # original case: how a claim opens -- an advertising label, a product introduction ("Meet
    # the ..."), or an imperative aimed at "your" body finished "with <Brand>"
    "opening": (
        r"\s*(?:(?P<label>" + AD_LABEL + r")"
        r"|(?P<opener>(?:Meet|Introducing|Say hello to|Discover|Say goodbye to)\s+(?:the\s+)?"
        r"(?=[A-Z]))"
        r"|(?P<with>[A-Z][a-z]+\s+(?:up\s+)?your\s+(?:[\w-]+\s+){1,4}?with\s+"
        r"(?:the\s+|our\s+|new\s+)?(?P<brand>[A-Z][a-z]+[A-Z]\w*"
        r"|[A-Z]\w+(?=\s+[a-z]+(?:\s|$|[.,!])))))"),
    # original case: a quoted first-person result credited to a named customer
    "customer_quote": (
        r"[\"“][^\"”]{12,}[\"”],?\s+(?:says|said|writes|wrote|shares|explains|adds)\s+"
        r"[A-Z][\w.-]+(?:\s[A-Z][\w.-]*)?,?\s+(?:a|an|one of our|our)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:customers?|clients?|buyers?|subscribers?|shoppers?|members?|users?|guests?)\b"),
    "results_claim": (
        r"\b(?:lost|dropped|shed)\s+(?:over\s+|more than\s+)?\d+(?:\.\d+)?\s?(?:kg|kilos?"
        r"|lbs?|pounds|stone|inches|dress sizes?)\b"),
    # original case: "Serving Tampa, Clearwater and ..." -- a list of places served
    "serving_places": (
        r"(?:^|\b[Pp]roudly\s)\s*[Ss]erving\s+(?:the\s+)?(?:[A-Z][a-z]+\.?\s?)+"
        r"(?:,\s(?:and\s)?(?:[A-Z][a-z]+\.?\s?)+|\sand\s(?:[A-Z][a-z]+\.?\s?)+)"),
    # original case: brand-shaped names (handles, CamelCase, possessives, mid-sentence capitals)
    "brand_token": (
        r"(?=[@A-Z])(?:@[A-Za-z][\w.]{2,}|\b[A-Z][a-z]+[A-Z][A-Za-z]*\b"
        r"|\b[A-Z][A-Za-z]{2,}(?='s\b|’s\b)|(?<=[a-z,;:] )[A-Z][a-z]{2,}\b)"),
    "benefit_word": (
        r"\b(?:helps?|helped|lets?|keeps?|kept|makes?|made|turns?|turned|gives?|gave|finally"
        r"|eases?|eased|soothes?|calms?|relieves?|relieved|boosts?|supports?|restores?|transforms?"
        r"|faded|disappeared|vanished|gone|cleared up|changed|back)\b"),
    "separators": r"\s[|•·]\s",
    "digit": r"[0-9]",
    "place_gate": r" (?:in|near|serving) [A-Z][a-z]",  # original case
    "tld": r"\.(?:com?|io|shop|store|health|net|example)\b",
    "brand": (  # original case: a brand name ending just before a product noun
        r"(?=[A-Z])(?P<brand>\b(?:[A-Z][a-z0-9]+[A-Z]\w*|[A-Z][A-Za-z0-9]{2,})"
        r"(?:\s[A-Z][A-Za-z0-9]+){0,2})(?P<poss>'s|’s)?\s+(?:[\w'’-]+\s+){0,3}?$"),
}
# Items of navigation and forum-chrome lines ("Reply | Quote | Back to top"): a line made
# only of these is page furniture, not a keyword header.
CHROME_ITEMS = frozenset((
    "home", "about", "about us", "contact", "contact us", "blog", "news", "faq", "faqs", "help",
    "search", "menu", "login", "log in", "sign in", "register", "logout", "log out", "reply",
    "quote", "report", "report post", "report abuse", "share", "like", "back to top", "top",
    "next", "previous", "prev", "more", "print", "email", "edit", "delete", "permalink",
    "privacy", "privacy policy", "terms", "terms of use", "terms and conditions", "cookies",
    "cookie policy", "accessibility", "sitemap", "careers", "press", "subscribe", "follow us",
    "facebook", "twitter", "x", "instagram", "linkedin", "youtube", "pinterest", "whatsapp",
    "bookmark", "save", "flag", "reply all", "multi-quote", "thanks", "top of page",
))
# Characters after which an imperative verb opens a new clause.
CLAUSE_OPENERS = ".!?:;•|-–—(\"'*>#,…"
# Verbs that sell whatever follows them.
SELLING_VERBS = frozenset(("buy", "shop", "grab", "claim", "stock up", "treat yourself"))
# Quick substring tests that gate the costlier checks.
TIE_WORDS = ("fee", "honorar", "payment", "grant", "fund", "support", "royalt", "compensat",
             "money", "gift")

# Imperative verbs that may open a call to action, grouped by what else the
# clause needs to count as selling (see `SELLING_MARKERS`).
CTA_VERBS: dict[str, tuple[str, ...]] = {
    "contact": ("call", "phone", "text", "ring", "message", "contact", "visit", "book", "schedule",
                "reserve", "stop by", "come in", "email", "dm", "request"),
    "look": ("click", "tap", "see", "check", "check out", "discover", "experience", "explore"),
    "join": ("join", "enrol", "enroll", "sign up", "register", "subscribe"),
    "buy": ("buy", "shop", "grab", "claim", "stock up", "treat yourself", "order", "get", "try",
            "start", "pick up", "download"),
}
SELLING_MARKERS: dict[str, str] = {
    "contact": (r"\b(?:us|our|now|today|online|yours|free|offer|deal|discount|code|specialists?)\b"
                r"|www\.|\.com\b|\d{3}[\s.-]\d{4}"),
    "look": (r"\b(?:price|prices|pricing|deal|deals|offer|discount|buy|shop|code|amazon"
             r"|store|cart|sale)\b"),
    "join": (r"\b(?:our (?!(?:free |weekly |monthly |daily |email |e-mail )*(?:newsletters?"
             r"|mailing|email list|e-mail list|community|forum|facebook|group|readers))"
             r"|now|today|waitlist|members?|membership|customers|programme|program"
             r"|free trial|pricing)\b"),
    "buy": (r"\b(?:now|today|online|yours|free|discount|code|risk-free|offer|deal|at our|from our"
            r"|here|your (?:free|first|bottle|supply|order|kit|pack|discount|trial))\b"),
}
TRIGGERS["_verb"] = tuple(v for verbs in CTA_VERBS.values() for v in verbs)
