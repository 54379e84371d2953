TITLE = "After three deaths, lawmaker pushes carbon monoxide alarm mandate for rentals"
PUBLISHED = "2020-01-30"
P, D, G = "Diane Poirier", "Paul Desrosiers", "Walter Greeley"
OFFICIALS = [
    O(P, "State Representative", "New Hampshire", "Democratic"),
    O(D, "State Fire Marshal", "New Hampshire"),
    O(G, "State Representative", "New Hampshire", "Republican"),
]
HO = "Housing"
STATEMENTS = [
    S(P, "d", "No family should die in their sleep because a $30 alarm wasn't on the wall", HO),
    S(P, "d", "This is the cheapest safety law we will ever pass.", HO),
    S(D, "i", "his office has responded to 14 carbon monoxide incidents in rental housing since 2018", HO),
    S(D, "i", "the state building code requires alarms in new construction but not in older buildings, which make up most of the state's rental stock", HO),
    S(G, "i", "he expects a hearing in February", HO, "Government Operations"),
    S(G, "d", "a reasonable starting point.", HO),
    S(G, "i", "the committee would look at whether the state should help low-income landlords pay for the devices", HO),
    S(P, "i", "such a program would cost about $400,000", HO),
]
BILLS = [
    B("HB 1411", "Require carbon monoxide alarms in every rental unit, with fines for noncompliance", "2020", "filed",
      [(P, "supports")], "House Bill 1411, filed by Rep. Diane Poirier, D-Manchester"),
]
FUNDING = [
    F(400000, None, "possible program to help low-income landlords pay for carbon monoxide alarms", P, "cost", "such a program would cost about $400,000"),
]
