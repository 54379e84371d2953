TITLE = "County commission approves jail expansion despite protests"
PUBLISHED = "2019-06-14"
H, V, K, E = "Gary Holt", "Marisol Vega", "Dan Kowalski", "Ron Esposito"
OFFICIALS = [
    O(H, "County Commissioner", "Pueblo County"),
    O(V, "County Commissioner", "Pueblo County"),
    O(K, "Sheriff", "Pueblo County"),
    O(E, "County Commission Chair", "Pueblo County"),
]
LC, HE = "Law and Crime", "Health"
STATEMENTS = [
    S(H, "i", "the jail held an average of 611 inmates last year in a building designed for 507", LC),
    S(H, "d", "We are stacking people on the floor", LC),
    S(H, "d", "That is not safe for the inmates and it is not safe for our deputies.", LC),
    S(V, "i", "the county should have spent the money on mental health and addiction treatment instead", HE, LC),
    S(V, "d", "A third of the people in that jail are there because they're sick", HE, LC),
    S(V, "d", "We are building a very expensive waiting room.", LC, HE),
    S(K, "i", "overtime costs at the jail reached $2.7 million last year because of staffing shortages", LC),
    S(E, "i", "he shared some of Vega's concerns", LC, HE),
    S(E, "i", "he has asked staff to bring back a proposal for a $3 million diversion program by September", LC, HE),
]
BILLS = []
FUNDING = [
    F(22000000, "one_time", "county jail expansion (180 beds)", None, "appropriation", "approve a $22 million expansion of the county jail"),
    F(2700000, "annual", "jail overtime costs last year", K, "cost", "overtime costs at the jail reached $2.7 million last year"),
    F(1500000, "annual", "annual repayment of the jail expansion financing from the general fund", None, "cost", "about $1.5 million a year from the county's general fund"),
    F(3000000, None, "proposed jail diversion program", E, "request", "a $3 million diversion program"),
]
