TITLE = "AG Harlan Secures $18.5 Million Settlement With Drug Distributor Over Suspicious Opioid Orders"
PUBLISHED = "2022-03-03"
H, OK = "Renee Harlan", "Paul Okafor"
OFFICIALS = [
    O(H, "Attorney General", "Kansas"),
    O(OK, "County Commissioner", "Sedgwick County"),
    O("Ben Albright", "Press Secretary", "Kansas"),
]
LC, HE = "Law and Crime", "Health"
STATEMENTS = [
    S(H, "i", "Prairieland Medical Supply Co., a Wichita-based wholesale drug distributor, has agreed to pay $18.5 million to resolve the state’s claims that it shipped millions of opioid pills to pharmacies without flagging suspicious orders.", LC, HE),
    S(H, "d", "Distributors are the gatekeepers of the supply chain, and this company left the gate wide open. This settlement puts money back into the communities that paid the price, and it puts every distributor doing business in Kansas on notice that we are watching.", LC, HE),
    S(OK, "i", "the county’s share would help pay for a new detox unit at the county jail", HE, LC),
    S(OK, "d", "We have lost too many people in this county to pills that never should have been here", HE),
]
BILLS = []
FUNDING = [
    F(18500000, "one_time", "opioid distribution settlement with Prairieland Medical Supply (total)", H, "settlement", "AG Harlan Secures $18.5 Million Settlement"),
    F(14000000, "one_time", "Kansas Fentanyl and Opioid Abatement Fund share of the settlement", H, "settlement", "$14 million will go to the Kansas Fentanyl and Opioid Abatement Fund"),
    F(3200000, "one_time", "share of the settlement for cities and counties that joined the litigation", H, "settlement", "$3.2 million will be distributed to cities and counties"),
    F(1300000, "one_time", "reimbursement of the Attorney General's investigation costs", H, "recovery", "$1.3 million will reimburse the Office of the Attorney General"),
    F(250000, "one_time", "civil penalty paid by Prairieland", H, "settlement", "a separate $250,000 civil penalty"),
    F(312000000, None, "total recovered through opioid settlements since 2019", H, "recovery", "recovered more than $312 million for Kansas through opioid settlements"),
]
