TITLE = "Vetoes, overrides and quiet deaths: how four closely watched bills fared as sessions closed"
PUBLISHED = "2021-06-04"
BN, J, SA, D, WH, P, C, K = ("Tom Brenneman", "Carla Jorgensen", "Michael Sandoval", "Kerry Dunne",
                             "Roy Whitaker", "Glen Pruitt", "Maria Castillo", "David Kwan")
OFFICIALS = [
    O(BN, "Governor", "Nebraska", "Republican"),
    O(J, "State Senator", "Nebraska"),
    O(SA, "Governor", "Colorado", "Democratic"),
    O(D, "State Senator", "Colorado", "Democratic"),
    O(WH, "State Senator", "Texas", "Republican"),
    O(P, "State Representative", "Texas", "Republican"),
    O(C, "Governor", "California"),
    O(K, "Assemblymember", "California", "Democratic"),
]
LA, GO, HE = "Labor", "Government Operations", "Health"
STATEMENTS = [
    S(BN, "i", "the change \"would close restaurants in every small town in this state.\"", LA, "Domestic Commerce"),
    S(J, "d", "Twenty-seven senators agreed that people who bring you your food deserve a raise", LA),
    S(J, "d", "That's not nothing, and we'll be back.", LA),
    S(SA, "d", "Half the fire protection in this state is volunteers with 30-year-old trucks", "Law and Crime", GO),
    S(SA, "d", "This is the least we can do for them.", "Law and Crime", GO),
    S(D, "i", "the money would be spread over three years", GO),
    S(D, "i", "no department could receive more than $150,000", GO),
    S(WH, "d", "It had the votes on the floor", "Technology", GO),
    S(WH, "d", "It just never got the chance.", "Technology", GO),
    S(P, "i", "the committee ran out of time", GO),
    S(P, "i", "the broadband office could still be created through the budget", "Technology", GO),
    S(C, "i", "the bill's cost to the state employee health plan, estimated at $90 million a year, was not accounted for in the budget", HE),
    S(K, "i", "he would bring the bill back next year", HE),
    S(K, "i", "he would not try", HE, GO),
]
BILLS = [
    B("LB 574", "Raise the minimum wage for tipped workers from $2.13 to $5 an hour by 2025", "2021", "vetoed",
      [(BN, "opposes"), (J, "supports")], "vetoed LB 574 on May 20"),
    B("SB 21-042", "Grant program for rural volunteer fire departments' gear and engines", "2021", "signed",
      [(SA, "supports"), (D, "supports")], "signed Senate Bill 21-042 on Tuesday"),
    B("S.B. 8", "Create a state broadband office and a $30 million rural internet grant fund", "2021", "failed",
      [(WH, "supports")], "S.B. 8, which would have created a state broadband office"),
    B("AB 5", "Cap insulin copays at $35 a month for state-regulated health plans", "2021", "vetoed",
      [(C, "opposes"), (K, "supports")], "Gov. Maria Castillo vetoed AB 5"),
]
FUNDING = [
    F(6500000, None, "grant program for rural volunteer fire departments over three years (SB 21-042)", SA, "grant", "creating a $6.5 million grant program"),
    F(150000, None, "maximum grant per fire department", D, "grant", "no department could receive more than $150,000"),
    F(30000000, None, "grant fund for rural internet providers (S.B. 8, failed)", WH, "grant", "a $30 million grant fund for rural internet providers"),
    F(90000000, "annual", "estimated cost of AB 5 to the state employee health plan", C, "cost", "estimated at $90 million a year"),
]
