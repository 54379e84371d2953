TITLE = "Green Mountain Morning: Sen. Roe on flood buyouts and what comes next"
PUBLISHED = "2018-07-06"
R, G = "Patricia Roe", "Tom Healey"
OFFICIALS = [
    O(R, "State Senator", "Vermont", "Democratic"),
    O(G, "Governor", "Vermont"),
]
HS, DC = "Housing", "Domestic Commerce"
STATEMENTS = [
    S(R, "q", "We have about 140 households that have asked to be considered for a buyout so far, and I expect that number to grow. These are people who have been flooded twice in seven years. They don't want to rebuild in the same place, and frankly, the state shouldn't want them to.", HS, DC),
    S(R, "q", "No. It's a start. Our own estimate is closer to $38 million if we want to cover everyone who has applied at fair market value. The federal government will reimburse us for up to 75 percent of the cost, but only after the fact, so the state has to front the money.", HS, DC),
    S(G, "i", "the state can't commit more until FEMA finalizes its damage assessment", DC, HS),
    S(R, "q", "I understand the caution. But families can't wait until October. My bill, S.112, would let the Agency of Natural Resources start appraisals now, and it would create a revolving fund so the money comes back to the state as federal reimbursements arrive.", HS, DC),
    S(R, "q", "It passed the Senate 24 to 5 in May. The House hasn't taken it up, and the Speaker has told me she wants to wait for the special session.", "Government Operations", HS),
    S(R, "q", "Marge, I'm sorry you're going through that. Please call my office and we'll make sure your application is in the system. The number is on the legislature's website.", HS, DC),
    S(R, "q", "Then we will have lost a year, and some of these families will have lost a second house. I don't think anyone in this building wants that.", HS, DC),
]
BILLS = [
    B("S.112", "Start flood buyout appraisals now and create a revolving fund repaid by federal reimbursements", "2018", "passed",
      [(R, "supports")], "My bill, S.112, would let the Agency of Natural Resources start appraisals now"),
]
FUNDING = [
    F(14000000, "one_time", "flood buyouts (set aside by the governor's office)", G, "appropriation", "set aside $14 million for buyouts"),
    F(38000000, "one_time", "estimated cost of buying out every applicant at fair market value", R, "cost", "Our own estimate is closer to $38 million"),
]
