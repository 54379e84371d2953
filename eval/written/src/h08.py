TITLE = "Treasurer Voss to pull pension money out of private equity, citing fees"
PUBLISHED = "2020-06-02"
V, A, R = "Margaret L. Voss", "Dennis Agyeman", "Paul Rinaldi"
OFFICIALS = [
    O(V, "State Treasurer", "Connecticut", "Democratic"),
    O(A, "State Comptroller", "Connecticut", "Democratic"),
    O(R, "State Senator", "Connecticut", "Republican"),
]
GO, MA = "Government Operations", "Macroeconomics"
STATEMENTS = [
    S(V, "i", "she will move roughly 1-billion dollars of the state's pension assets out of private equity funds over the next 18 months", GO, MA),
    S(V, "i", "the fees those funds charge have eaten into returns for retirees", GO, MA),
    S(V, "i", "that figure does not include fees buried inside the funds' own accounting", GO),
    S(V, "d", "We are paying premium prices for returns that an index fund would have given us for a fraction of the cost", GO, MA),
    S(V, "d", "That is not a good deal for a retired teacher in New Britain.", GO, "Labor"),
    S(A, "i", "he supports the review", GO),
    S(A, "i", "against selling stakes at a discount during a market downturn", GO, MA),
    S(R, "d", "a political decision dressed up as an investment decision", GO),
    S(R, "i", "the state's unfunded pension liability, which stands at more than $33 billion, would not be solved by trimming fees", GO, MA),
    S(V, "d", "a solution in search of a problem.", GO),
]
BILLS = [
    B("SB 412", "Create an independent pension investment board, removing final authority from the treasurer", "2020", "filed",
      [(R, "supports"), (V, "opposes")], "Rinaldi has filed Senate Bill 412"),
]
FUNDING = [
    F(1000000000, "one_time", "pension assets to be moved out of private equity funds", V, "other", "roughly 1-billion dollars of the state's pension assets"),
    F(44000000000, None, "assets held by the Connecticut Retirement Plans and Trust Funds", V, "other", "which hold about $44 billion"),
    F(6300000, "annual", "private equity management and performance fees paid last fiscal year", V, "cost", "paid $6.3M in management and performance fees"),
    F(33000000000, None, "unfunded pension liability", None, "other", "more than $33 billion"),
    F(1900000000, "annual", "state's required pension contribution in the coming fiscal year", None, "budget", "expected to reach $1.9 billion in the coming fiscal year"),
    F(1600000000, "annual", "state's required pension contribution this year", None, "budget", "up from $1.6 billion this year"),
]
