TITLE = "Hale pledges lead-pipe money, but warns cities it won't cover every line"
PUBLISHED = "2024-04-23"
H, M, BO, G, K, W = "Richard Hale", "Sandra Mitchell", "Curtis Boone", "Tanya Gould", "Brian Keller", "Elise Warner"
OFFICIALS = [
    O(H, "Governor", "Ohio"),
    O(M, "Ohio EPA Director", "Ohio"),
    O(BO, "Mayor", "Youngstown"),
    O(G, "State Representative", "Ohio", "Democratic"),
    O(K, "State Senator", "Ohio", "Republican"),
    O(W, "Spokesperson", "Ohio"),
]
EN, MA = "Environment", "Macroeconomics"
STATEMENTS = [
    S(H, "i", "the state will set aside $75 million of its federal infrastructure money to help cities replace lead water lines", EN),
    S(H, "i", "the money would not come close to covering every pipe", EN),
    S(H, "i", "the state has counted roughly 650,000 lead service lines, most of them in older cities along the lake and in the Mahoning Valley", EN),
    S(H, "i", "the grants would go first to neighborhoods with day care centers and schools", EN),
    S(M, "i", "a new federal rule requires most water systems to replace all lead lines within 10 years", EN),
    S(M, "i", "the state would not grant extensions to utilities that have not finished their pipe inventories, which were due last fall", EN),
    S(BO, "i", "the deadline is unrealistic for older industrial cities", EN),
    S(BO, "i", "replacing every lead line in Youngstown would cost about $240 million, more than twice the city's general fund", EN, MA),
    S(BO, "d", "We are not asking to be excused", EN),
    S(BO, "d", "We are asking for a plan that doesn't bankrupt us.", EN, MA),
    S(BO, "i", "the city has already spent $3.5 million of its own money replacing about 400 lines near schools", EN),
    S(G, "i", "legislative leaders to put another $50 million from the state's budget stabilization fund toward the effort", EN, MA),
    S(G, "i", "the fund, which holds about $3.8 billion, can spare it without risk", MA, EN),
    S(K, "i", "the rainy-day fund exists for recessions, not for pipes", MA),
    S(K, "i", "he would be open to a one-time appropriation in the next capital budget if the federal money runs short", MA, EN),
    S(W, "i", "the governor has not ruled out additional state money", EN),
    S(W, "d", "Nothing is off the table", EN),
    S(W, "d", "but we're going to spend the federal dollars first.", EN, MA),
]
BILLS = []
FUNDING = [
    F(75000000, "one_time", "grants to help cities replace lead water lines (federal infrastructure money)", H, "grant", "set aside $75 million of its federal infrastructure money"),
    F(240000000, None, "estimated cost of replacing every lead line in Youngstown", BO, "cost", "would cost about $240 million"),
    F(3500000, "one_time", "city money already spent replacing lead lines near schools", BO, "cost", "already spent $3.5 million of its own money"),
    F(50000000, "one_time", "additional money from the budget stabilization fund for lead line replacement", G, "request", "put another $50 million from the state's budget stabilization fund"),
    F(3800000000, None, "balance of the state's budget stabilization fund", None, "other", "which holds about $3.8 billion"),
]
