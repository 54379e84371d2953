TITLE = "House passes rural hospital rescue bill; Senate path unclear"
PUBLISHED = "2023-05-19"
H, BR, C, E = "Jane Hartwell", "Kyle Brandt", "Ray Callahan", "Maria Espinoza"
OFFICIALS = [
    O(H, "U.S. Representative", "Wisconsin", "Democratic"),
    O(BR, "U.S. Representative", "Ohio", "Republican"),
    O(C, "U.S. Senator", "Texas", "Republican"),
    O(E, "U.S. Senator", "New Mexico", "Democratic"),
]
HE = "Health"
STATEMENTS = [
    S(H, "d", "When a rural hospital closes, the nearest emergency room can be an hour away, and people die in that hour", HE),
    S(H, "d", "This bill is about keeping the lights on.", HE),
    S(BR, "i", "it rewards hospitals that have been poorly managed and does nothing to fix Medicare payment rates, which he called \"the real problem.\"", HE),
    S(BR, "d", "We keep writing checks and calling it reform", HE, "Macroeconomics"),
    S(BR, "d", "If we don't fix the payment formula, we'll be back here in three years writing a bigger check.", HE),
    S(C, "i", "he is open to the idea but wants the money offset with cuts elsewhere", HE, "Macroeconomics"),
    S(C, "d", "I'm not opposed to helping rural hospitals. Texas has lost more of them than any other state", HE),
    S(C, "d", "But I'm not going to add $2.4 billion to the deficit to do it.", "Macroeconomics", HE),
    S(E, "i", "she has lined up eight Republican co-sponsors", HE, "Government Operations"),
]
BILLS = [
    B("H.R. 2817", "Rural Hospital Lifeline Act: $2.4 billion in grants to rural hospitals at risk of closing", "118th Congress", "passed",
      [(H, "supports"), (BR, "opposes")], "The Rural Hospital Lifeline Act, H.R. 2817, passed 291-132"),
    B("H.R. 3102", "Raise Medicare reimbursement for rural facilities by 5 percent", "118th Congress", "filed",
      [(BR, "supports")], "Brandt has introduced his own measure, H.R. 3102"),
    B("S. 1455", "Senate companion to the Rural Hospital Lifeline Act", "118th Congress", "filed",
      [(E, "supports")], "introduced a Senate companion bill, S. 1455, in April"),
]
FUNDING = [
    F(2400000000, None, "grants to rural hospitals at risk of closing over five years (H.R. 2817)", H, "grant", "send $2.4 billion over five years to rural hospitals"),
    F(5000000, None, "maximum grant per rural hospital", H, "grant", "grants of up to $5 million per hospital"),
    F(2600000000, None, "CBO cost estimate of H.R. 2817 over ten years", None, "cost", "the bill would cost $2.6 billion over ten years"),
]
