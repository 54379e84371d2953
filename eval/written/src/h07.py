TITLE = "Council balks at Mayor Whitlock's plan to merge two north side fire stations"
PUBLISHED = "2022-10-04"
W, N, BG, P, OS = "Denise Whitlock", "Kyle Navarro", "Ruth Bergstrom", "Jamal Price", "Linda Osterhaus"
OFFICIALS = [
    O(W, "Mayor", "Spokane"),
    O(N, "Spokesperson", "Spokane"),
    O(BG, "City Council President", "Spokane"),
    O(P, "City Councilmember", "Spokane"),
    O(OS, "Fire Chief", "Spokane"),
]
GO, LC = "Government Operations", "Law and Crime"
STATEMENTS = [
    S(N, "i", "the consolidation would save the city about $1.9 million a year in staffing and maintenance", GO),
    S(N, "i", "response times would rise by less than a minute for most of the affected homes", GO, LC),
    S(N, "d", "The mayor's position hasn't changed", GO),
    S(N, "d", "These buildings are 70 years old. We can keep patching them, or we can build something that serves the north side for the next 50 years.", GO),
    S(BG, "i", "she supports the concept but wants an independent study of response times before the council commits to borrowing", GO),
    S(BG, "d", "I've heard 'less than a minute' before", GO),
    S(BG, "d", "I want somebody who doesn't work for the mayor to tell me that.", GO),
    S(P, "i", "the plan \"trades lives for line items\"", GO, LC),
    S(P, "i", "he would vote against the bond ordinance", GO),
    S(OS, "i", "the department helped design the plan and believes it is safe", GO, LC),
    S(N, "i", "the mayor would meet with neighborhood councils before the next vote", GO),
    S(N, "d", "She wants to hear people out", GO),
    S(N, "d", "and she is confident the numbers will hold up.", GO),
]
BILLS = [
    B("C-36218", "Bond ordinance authorizing borrowing for a new consolidated north side fire station", "2022", "proposed",
      [(W, "supports"), (P, "opposes")], "Ordinance C-36218, which would authorize the borrowing"),
]
FUNDING = [
    F(1900000, "annual", "projected savings in staffing and maintenance from consolidating fire stations", W, "other", "save the city about $1.9 million a year in staffing and maintenance"),
    F(14600000, "one_time", "estimated cost of the new fire station, to be paid with a bond", W, "cost", "The new station would cost an estimated $14.6 million"),
    F(380000, "one_time", "design work already spent on the new fire station", None, "cost", "already spent $380,000 on design work"),
]
