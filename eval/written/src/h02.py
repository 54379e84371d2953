TITLE = "Senate panel splits over statewide school-zone speed cameras"
PUBLISHED = None
K, H, BL, OS, R = "Laura Kim", "Dale Hutchins", "Terrence Bell", "Walter Osei", "Jenna Ruiz"
OFFICIALS = [
    O(K, "State Senator", "Illinois", "Democratic"),
    O(H, "State Representative", "Illinois", "Republican"),
    O(BL, "State Senator", "Illinois", "Democratic"),
    O(OS, "State Senator", "Illinois", "Democratic"),
    O(R, "Spokesperson", "Illinois Department of Transportation"),
]
T = "Transportation"
STATEMENTS = [
    S(K, "i", "the cameras cut speeding near schools by nearly half where they have been tried", T),
    S(K, "d", "We are talking about children walking to school", T),
    S(K, "d", "If a camera is what it takes to get a driver to slow down to 20 miles an hour, I will take that trade every day.", T),
    S(H, "d", "a tax on commuters dressed up as a safety measure.", T, "Law and Crime"),
    S(H, "i", "the cameras in Chicago generated more than $89 million in fines last year", T, "Law and Crime"),
    S(H, "i", "a large share came from low-income neighborhoods", T, "Civil Rights"),
    S(H, "d", "Follow the money", T, "Government Operations"),
    S(H, "d", "When a city starts budgeting for ticket revenue, it has stopped caring about safety.", T, "Government Operations"),
    S(BL, "i", "the Chicago program had been reformed in 2022 so that first-time offenders get a warning", T, "Law and Crime"),
    S(BL, "i", "the data showed fewer crashes near schools", T),
    S(OS, "i", "he had concerns about both bills", T),
    S(OS, "i", "SB 67 includes no cap on what a town could collect", T, "Government Operations"),
    S(OS, "i", "he wants an amendment that would send any revenue above the cost of running the program to a school safety fund", T, "Education"),
    S(OS, "d", "I'm not going to move a bill out of this committee that lets a town balance its books on the backs of parents in the drop-off line", T),
    S(OS, "d", "But I'm also not going to pretend the status quo is working.", T),
    S(OS, "i", "SB 67 would return for a second hearing March 14, after Kim and the Illinois Municipal League work on the amendment", T, "Government Operations"),
    S(H, "i", "he doubts it will get one this session", T, "Government Operations"),
    S(H, "i", "he filed it \"to start a conversation.\"", T),
    S(R, "i", "the department has not taken a position on either bill", T),
]
BILLS = [
    B("SB 67", "Allow all Illinois municipalities to use speed cameras in school zones", None, "filed",
      [(K, "supports"), (H, "opposes")], "Senate Bill 67, sponsored by Sen. Laura Kim (D-Evanston)"),
    B("HB 45", "Ban automated speed enforcement statewide, including Chicago", None, "filed",
      [(H, "supports")], "Hutchins is the sponsor of House Bill 45"),
]
FUNDING = [
    F(89000000, "annual", "speed camera fine revenue in Chicago last year", None, "other", "generated more than $89 million in fines last year"),
]
