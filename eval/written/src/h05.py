TITLE = "Q&A: Fort Collins Mayor Lena Orozco on the budget gap, rents and free buses"
PUBLISHED = "2021-09-12"
M = "Lena Orozco"
OFFICIALS = [O(M, "Mayor", "Fort Collins")]
GO, MA = "Government Operations", "Macroeconomics"
STATEMENTS = [
    S(M, "i", "she is not interested in cutting her way out of the shortfall", GO, MA),
    S(M, "i", "she wants voters to decide on extending a sales tax in November", MA, GO),
    S(M, "q", "Part of it is sales tax that never came back after 2020, and part of it is that our costs went up like everyone else's. Fuel, health insurance, construction. I've asked the city manager to bring us a budget that protects police, fire and transit first, and then we'll talk about everything else.", GO, MA),
    S(M, "q", "I don't want to say never, because I'm not going to make a promise I might not keep. But we have about 60 vacant positions right now, and I'd rather leave some of those empty than lay off people who are already here.", GO, "Labor"),
    S(M, "q", "Because it's already paying for things they use. That tax built the trail extension along the river, and it's paying for the new fire station on the east side. If it expires, that's roughly $9.5 million a year we lose, and there is no plan B that doesn't involve cutting services.", MA, GO),
    S(M, "q", "More than people think. We can get out of the way of builders who want to build. Council passed a change in June that allows accessory dwelling units in most single-family neighborhoods, and we're putting $2 million from our federal relief money into a land trust for permanently affordable homes.\n\nWe can't fix this alone, though. The state sets the rules on rent and on a lot of zoning questions, and I've told our legislators I'd like the tools other states have.", "Housing"),
    S(M, "q", "Ridership is coming back faster on the routes we made fare-free than on the rest of the system, so I'd say yes. It costs us about $1.1 million a year in lost fares. I think that's money well spent.", "Transportation"),
    S(M, "q", "Ask me in a year. Right now I have a budget to fix.", GO),
]
BILLS = [
    B(None, "Ballot measure to extend the quarter-cent capital sales tax", "2021", "proposed", [(M, "supports")],
      "You've proposed asking voters to extend the quarter-cent capital sales tax"),
    B(None, "Zoning change allowing accessory dwelling units in most single-family neighborhoods", "2021", "passed", [(M, "supports")],
      "Council passed a change in June that allows accessory dwelling units in most single-family neighborhoods"),
]
FUNDING = [
    F(7000000, "annual", "shortfall in next year's city budget", None, "budget", "a $7 million hole in next year's budget"),
    F(9500000, "annual", "revenue from the quarter-cent capital sales tax that would be lost if it expires", M, "other", "roughly $9.5 million a year we lose"),
    F(2000000, "one_time", "federal relief money for a land trust for permanently affordable homes", M, "appropriation", "we're putting $2 million from our federal relief money into a land trust"),
    F(1100000, "annual", "lost fares from fare-free bus routes", M, "cost", "It costs us about $1.1 million a year in lost fares"),
]
