TITLE = "Lt. Gov. Howell breaks tie to pass paid leave bill; Speaker vows to stop it in the House"
PUBLISHED = "2022-02-09"
H, E, L, M = "Winston P. Howell Jr.", "Margaret Ellison-Crane", "Andre Lucas Jr.", "Helen Marsh"
OFFICIALS = [
    O(H, "Lieutenant Governor", "Virginia", "Democratic"),
    O(E, "Speaker of the House", "Virginia", "Republican"),
    O(L, "Delegate", "Virginia", "Democratic"),
    O(M, "State Health Commissioner", "Virginia"),
]
LA, SW, HE = "Labor", "Social Welfare", "Health"
STATEMENTS = [
    S(E, "i", "the measure will not pass her chamber in its current form", LA),
    S(H, "i", "he had not hesitated", LA),
    S(H, "i", "his own mother took unpaid leave to care for his father during a long illness", LA, SW),
    S(H, "i", "the family nearly lost its house", LA, SW),
    S(H, "d", "I know what it costs a family when someone has to choose between a paycheck and a parent", LA, SW),
    S(H, "i", "the program would pay for itself within three years", LA, "Macroeconomics"),
    S(E, "i", "the payroll deduction amounted to “a new tax on every worker in Virginia”", LA, "Macroeconomics"),
    S(E, "i", "the House Commerce and Labor Committee would rewrite the bill or let it die", LA),
    S(E, "d", "That’s $46 million of taxpayer money to build a bureaucracy", LA, "Government Operations"),
    S(L, "i", "he is willing to negotiate on the size of the deduction but not on the 12 weeks", LA),
    S(L, "i", "turnover among state workers has dropped since", LA, "Government Operations"),
    S(M, "i", "paid leave is associated with higher breastfeeding rates and fewer infant hospitalizations", HE, LA),
    S(M, "i", "her department supports the bill", HE, LA),
]
BILLS = [
    B("SB 301", "State-run paid family leave insurance program: up to 12 weeks of partial pay, funded by payroll deduction", "2022", "passed",
      [(H, "supports"), (E, "opposes"), (L, "supports"), (M, "supports")], "Senate Bill 301 would create a state-run insurance program"),
]
FUNDING = [
    F(46000000, "one_time", "cost of setting up the paid leave program before benefits are paid (fiscal impact statement)", None, "cost", "setting up the program would cost $46 million before the first benefits are paid"),
    F(9000000, "annual", "cost of eight weeks of paid parental leave for state employees", None, "cost", "at a cost of about $9 million a year"),
]
