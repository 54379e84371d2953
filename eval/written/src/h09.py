TITLE = "Vasquez defends vote-counting machines as Republicans push hand count"
PUBLISHED = "2021-11-02"
V, T = "Elena Vasquez", "Wade Thornton"
OFFICIALS = [
    O(V, "Secretary of State", "Arizona", "Democratic"),
    O(T, "State Senator", "Arizona", "Republican"),
]
GO = "Government Operations"
STATEMENTS = [
    S(V, "d", "I think", GO),
    S(V, "d", "we owe people more than a press release. The doubts are real, even when the evidence isn't.", GO),
    S(V, "d", "When I took this job, I assumed that if we did the work right, people would trust the results. That turned out to be naive.\n\n\"We audited the machines. We audited the audits. We invited both parties to watch every step. And there are still people who believe the count was wrong, and they are not bad people. They are our neighbors.\n\n\"So the job now is not just to count the votes accurately. It's to show people, over and over, how we count them, until the process is boring. Boring is the goal.", GO),
    S(T, "i", "the machines are \"a black box\" to ordinary voters", GO),
    S(T, "d", "We're not accusing anybody of anything", GO),
    S(T, "d", "We're saying, let people see it with their own eyes.", GO),
    S(V, "d", "We are not going back to the hand count", GO),
    S(V, "d", "It is slower, it is more expensive, and it is less accurate. Every study says so.", GO),
    S(T, "d", "Twelve million dollars", GO),
    S(T, "d", "is what it costs if you want it to fail.", GO),
]
BILLS = [
    B("SB 1120", "Require a hand count of all ballots in counties with more than 200,000 voters", "2022", "filed",
      [(T, "supports"), (V, "opposes")], "Senate Bill 1120, sponsored by Sen. Wade Thornton, R-Prescott"),
]
FUNDING = [
    F(4800000, "one_time", "election security staff and replacement equipment in 11 rural counties", V, "request", "$4.8 million to hire additional election security staff"),
    F(600000, "annual", "public education campaign on elections", V, "request", "$600,000 a year for a public education campaign"),
    F(12000000, None, "estimated cost to Maricopa County of a full hand count per election", None, "cost", "cost the county about $12 million per election"),
]
