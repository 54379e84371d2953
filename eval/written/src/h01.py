TITLE = "Whitfield budget leans on surplus for teacher raises, roads and broadband"
PUBLISHED = "2023-01-18"
W = "Marcus Whitfield"
OFFICIALS = [
    O(W, "Governor", "Idaho", "Republican"),
    O("Elaine Kovach", "Budget Director", "Idaho"),
    O("Rosa Delgado", "House Minority Leader", "Idaho", "Democratic"),
    O("Todd Brenner", "State Senator", "Idaho", "Republican"),
]
STATEMENTS = [
    S(W, "d", "put the surplus to work without growing government.", "Macroeconomics"),
    S(W, "d", "Our teachers are leaving for Utah and Washington, and I don't blame them", "Education"),
    S(W, "d", "We can fix that this year, and we can do it without raising a single tax.", "Education", "Macroeconomics"),
    S("Elaine Kovach", "i", "the plan keeps ongoing spending growth at 3.8 percent and leaves $410 million in the state's rainy-day fund", "Macroeconomics", "Government Operations"),
    S("Rosa Delgado", "i", "the $12 million crime lab was overdue", "Law and Crime"),
    S("Rosa Delgado", "i", "the plan shortchanges child care", "Social Welfare"),
    S("Rosa Delgado", "d", "There is not one dollar here for families who cannot find a child care slot", "Social Welfare"),
    S("Rosa Delgado", "d", "A rebate check doesn't help you if you can't go to work.", "Social Welfare", "Macroeconomics"),
    S("Todd Brenner", "i", "his committee would begin hearings next week", "Government Operations", "Macroeconomics"),
    S("Todd Brenner", "i", "the $210 million teacher pay package has broad support among his members, though he expects \"some changes around the edges.\"", "Education"),
]
BILLS = [
    B(None, "Income tax rebate bill: $150 million, checks of up to $300 per filer", "2023", "proposed",
      [(W, "supports")], "The governor also asked lawmakers to pass a $150 million income tax rebate bill"),
]
FUNDING = [
    F(4100000000, "annual", "general fund budget for the coming fiscal year", W, "budget", "a $4.1 billion general fund budget"),
    F(210000000, None, "teacher pay raises over two years", W, "request", "$210 million over two years to raise starting salaries for teachers"),
    F(12000000, "one_time", "new state crime lab in Meridian", W, "request", "$12 million for a new state crime lab in Meridian"),
    F(85000000, "one_time", "road and bridge repairs", W, "request", "$85 million for road and bridge repairs"),
    F(4500000, "annual", "rural emergency medical services", W, "request", "$4.5 million annually for rural emergency medical services"),
    F(30000000, "one_time", "broadband grants for underserved counties", W, "grant", "$30 million in one-time grants to expand broadband"),
    F(1200000, None, "two additional wildfire aviation crews", W, "request", "$1.2 million for two additional wildfire aviation crews"),
    F(132700000, "one_time", "sum of the five listed items in the first year", W, "request", "those five items add up to $132.7 million in the first year"),
    F(150000000, "one_time", "income tax rebate", W, "other", "a $150 million income tax rebate bill"),
    F(300, "one_time", "maximum rebate check per filer", W, "other", "checks of up to $300 per filer"),
    F(410000000, None, "balance left in the rainy-day fund under the plan", W, "other", "leaves $410 million in the state's rainy-day fund"),
]
