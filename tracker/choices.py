"""The closed vocabularies, in one place so storage, extraction and the CLI agree.

They follow ../shared/eval/GOLD_FORMAT.md, which is the contract the extractor is scored on;
changing one means changing that contract (and a migration if it is stored in a CHECK).
"""

STATEMENT_KINDS = ("direct_quote", "indirect", "qa_answer")

BILL_STATUSES = ("proposed", "filed", "passed", "failed", "signed", "vetoed", "unknown")

STANCES = ("supports", "opposes")

FUNDING_KINDS = ("request", "appropriation", "budget", "grant", "cost", "recovery", "settlement", "other")

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
