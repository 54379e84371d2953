"""The closed vocabularies, in one place so storage, extraction and the CLI agree.

They follow ../shared/eval/GOLD_FORMAT.md, which is the contract the extractor is scored on;
changing one means changing that contract (and a migration if it is stored in a CHECK).
"""

STATEMENT_KINDS = ("direct_quote", "indirect", "qa_answer")

# How a statement was tied to its speaker, most certain first, so a user can leave out the less
# certain ones: an explicit cue naming them ("Roe said"), several speakers named together ("Roe and
# Diaz said"), a pronoun or title standing for them ("she said", "the governor said"), a quotation
# carrying on one attributed just before it, or an interview answer given to the interviewee.
ATTRIBUTIONS = ("explicit", "several", "pronoun", "continuation", "interview")

BILL_STATUSES = ("proposed", "filed", "passed", "failed", "signed", "vetoed", "unknown")

STANCES = ("supports", "opposes")

FUNDING_KINDS = ("request", "appropriation", "budget", "grant", "cost", "recovery", "settlement", "other",
                 "campaign")

# Public money is every kind but campaign money, which is never added to public totals.
PUBLIC_FUNDING_KINDS = FUNDING_KINDS[:-1]

# How a figure counts (tracker.extract.money_roles): "single" and "total" figures are sums on their
# own; a "part" or "unit" is counted inside another figure; a "repeat" restates a figure already
# stored (the same official, sum, period and year in another article).
FUNDING_ROLES = ("single", "total", "part", "unit", "repeat")

FUNDING_PERIODS = ("one_time", "annual")

# What `tracker review` walks, and what a reviewer can say of an item.
REVIEW_ITEMS = ("statement", "stance", "funding")

REVIEW_VERDICTS = ("confirmed", "rejected", "corrected")

# The Comparative Agendas Project major topics, with their CAP major-topic codes.
CAP_TOPICS: dict[str, int] = {
    "Macroeconomics": 1,
    "Civil Rights": 2,
    "Health": 3,
    "Agriculture": 4,
    "Labor": 5,
    "Education": 6,
    "Environment": 7,
    "Energy": 8,
    "Immigration": 9,
    "Transportation": 10,
    "Law and Crime": 12,
    "Social Welfare": 13,
    "Housing": 14,
    "Domestic Commerce": 15,
    "Defense": 16,
    "Technology": 17,
    "Foreign Trade": 18,
    "International Affairs": 19,
    "Government Operations": 20,
    "Public Lands": 21,
    "Culture": 23,
}

# Hand corrections to linking (`tracker officials link|unlink|merge|split`).
CORRECTION_KINDS = ("link", "unlink", "merge", "split")
