"""Bills: numbers, named acts and unnumbered measures, merged, with status, session and positions."""

from __future__ import annotations

import pytest

from tracker.extract.bills import find_bills
from tracker.extract.cast import Cast
from tracker.extract.document import Bill

from .helpers_bills_money import make_cast, statement


def _check_spans(text: str, bills: list[Bill]) -> None:
    for b in bills:
        assert text[b.start:b.end] == b.evidence
        for p in b.positions:
            assert p.start is not None and p.end is not None and 0 <= p.start < p.end <= len(text)


def _by_id(bills: list[Bill]) -> dict[str | None, Bill]:
    return {b.identifier: b for b in bills}


@pytest.mark.parametrize(("written", "normalised"), [
    ("HB 123", "HB 123"), ("House Bill 45", "HB 45"), ("SB 67", "SB 67"), ("S.B. 8", "SB 8"),
    ("H.R. 1", "H.R. 1"), ("AB 5", "AB 5"), ("LB 574", "LB 574"), ("Senate Bill 21-042", "SB 21-042"),
    ("Prop. 301", "Prop. 301"), ("Proposition 47", "Prop. 47"), ("House Joint Resolution 3", "HJR 3"),
])
def test_bill_numbers_are_normalised(written: str, normalised: str) -> None:
    text = f"Lawmakers passed {written} on Tuesday after a long debate."
    bills = find_bills(text, Cast(), [])
    assert [b.identifier for b in bills] == [normalised]
    assert bills[0].status == "passed"
    _check_spans(text, bills)


def test_number_glued_to_the_next_word_is_still_found() -> None:
    text = "Both HB 2119and SB 5953 have passed their chambers."
    bills = _by_id(find_bills(text, Cast(), []))
    assert set(bills) == {"HB 2119", "SB 5953"}
    assert all(b.status == "passed" for b in bills.values())


def test_same_bill_mentioned_twice_is_one_bill_and_later_news_upgrades_status() -> None:
    text = ("Rep. Ann Lopez filed HB 77 on Monday to cap insulin prices.\n\n"
            "On Friday, HB 77 passed the House 60-38.")
    cast = make_cast(text, "Ann Lopez")
    bills = find_bills(text, cast, [])
    assert len(bills) == 1
    b = bills[0]
    assert b.identifier == "HB 77" and b.status == "passed"
    assert b.evidence.startswith("Rep. Ann Lopez filed HB 77")
    assert [(p.official, p.stance) for p in b.positions] == [("Ann Lopez", "supports")]
    _check_spans(text, bills)


def test_each_bill_in_one_sentence_gets_its_own_verb() -> None:
    text = "SB 10 was signed by the governor, but HB 20 died in committee."
    bills = _by_id(find_bills(text, Cast(), []))
    assert bills["SB 10"].status == "signed"
    assert bills["HB 20"].status == "failed"


def test_passive_sponsor_and_quoted_critic_get_positions() -> None:
    text = ("HB 9, which was filed by Sen. Mark Ruiz, would ban plastic bags statewide.\n\n"
            "“This bill is a dangerous overreach,” said Sen. Jo Park.")
    cast = make_cast(text, "Mark Ruiz", "Jo Park")
    quote = statement(text, "Jo Park", "This bill is a dangerous overreach,")
    bills = find_bills(text, cast, [quote])
    assert len(bills) == 1
    stances = {p.official: p.stance for p in bills[0].positions}
    assert stances == {"Mark Ruiz": "supports", "Jo Park": "opposes"}
    assert bills[0].status == "filed"


def test_vetoed_bill_and_negated_support() -> None:
    text = "Gov. Amy Cole vetoed SB 4. Rep. Tim Ward said he would not support SB 4 either."
    cast = make_cast(text, "Amy Cole", "Tim Ward")
    b = find_bills(text, cast, [])[0]
    assert b.status == "vetoed"
    assert {p.official: p.stance for p in b.positions} == {"Amy Cole": "opposes", "Tim Ward": "opposes"}


def test_requested_bills_list_makes_the_requester_a_supporter() -> None:
    text = ("Attorney General Lee Hart requested three bills this year:\n\n"
            "  • SB 1, creating a cold-case unit, has passed the Senate.\n"
            "  • HB 2, raising fraud penalties, passed the House.")
    cast = make_cast(text, "Lee Hart")
    bills = find_bills(text, cast, [])
    assert [b.identifier for b in bills] == ["SB 1", "HB 2"]
    for b in bills:
        assert [(p.official, p.stance) for p in b.positions] == [("Lee Hart", "supports")]
        assert b.status == "passed"
    assert bills[0].evidence == "• SB 1, creating a cold-case unit, has passed the Senate."
    assert "cold-case unit" in bills[0].title


def test_session_from_the_sentence_or_the_only_session_in_the_article() -> None:
    text = "As the 2023 session opens, HB 5 is the first bill to pass the Senate. HB 5 passed."
    assert find_bills(text, Cast(), [])[0].session == "2023"
    text2 = "A bill newly filed in the 86th Texas Legislature, House Bill 3, would redraw school bus routes."
    b = find_bills(text2, Cast(), [])[0]
    assert b.session == "86th Legislature" and b.status == "filed"


def test_unnumbered_legislation_pushed_by_an_official() -> None:
    text = "Mayor Rita Vance says she is pushing legislation to close a tax loophole for landlords."
    cast = make_cast(text, "Rita Vance")
    bills = find_bills(text, cast, [])
    assert len(bills) == 1
    b = bills[0]
    assert b.identifier is None and b.status == "proposed"
    assert "close a tax loophole" in b.title
    assert [(p.official, p.stance) for p in b.positions] == [("Rita Vance", "supports")]
    _check_spans(text, bills)


def test_measure_inside_an_answer_belongs_to_the_speaker() -> None:
    text = ("What would you change?\n\n"
            "The Legislature should consider criminalizing the sale of stolen catalytic converters. "
            "We also plan to propose legislation that would let counties hire more prosecutors.")
    cast = make_cast(text, "Dana Ortiz")
    answer = statement(text, "Dana Ortiz", text[text.index("The Legislature"):], kind="qa_answer")
    bills = find_bills(text, cast, [answer])
    assert len(bills) == 2
    assert all(b.status == "proposed" for b in bills)
    assert all([(p.official, p.stance) for p in b.positions] == [("Dana Ortiz", "supports")] for b in bills)
    _check_spans(text, bills)


def test_not_passed_law_is_a_proposed_measure_and_would_have_is_failed() -> None:
    text = ("Ohio is one of two states that still has not passed a student data privacy law.\n\n"
            "The legislation filed in the 2022 session would have fixed that.")
    bills = find_bills(text, Cast(), [])
    assert [(b.status, b.session) for b in bills] == [("proposed", None), ("failed", "2022")]


def test_generic_bill_references_join_the_nearby_bill() -> None:
    text = ("Lawmakers are weighing a bill that would ban phones in classrooms.\n\n"
            "Rep. Sam Fox brought House Bill 12 forward.\n\n"
            "The bill will get a hearing next week.")
    cast = make_cast(text, "Sam Fox")
    bills = find_bills(text, cast, [])
    assert len(bills) == 1
    b = bills[0]
    assert b.identifier == "HB 12" and b.status == "filed"
    assert "ban phones in classrooms" in b.title
    assert [(p.official, p.stance) for p in b.positions] == [("Sam Fox", "supports")]


def test_named_act_counts_only_with_a_status_verb() -> None:
    text = ("The Clean Lakes Act, bans phosphorus fertilizer near lakes. "
            "The attorney general enforces the Open Meetings Act. "
            "The Keeping Kids Safe (KKS) Act is proposed to limit screen time. "
            "Both the Clean Lakes Act and KKS Act have already been introduced.")
    bills = find_bills(text, Cast(), [])
    titles = [b.title.split(":")[0] for b in bills]
    assert titles == ["Clean Lakes Act", "Keeping Kids Safe (KKS) Act"]
    assert [b.status for b in bills] == ["filed", "filed"]
    _check_spans(text, bills)


def test_plain_mentions_of_law_are_not_bills() -> None:
    text = ("The sheriff said the law is clear. Officers enforce state law every day, "
            "and the department follows the Open Records Act. U.S. 50 was closed for repairs.")
    assert find_bills(text, Cast(), []) == []


def test_interview_question_about_a_proposition_credits_the_answerer() -> None:
    text = ("Q: Prop. 12, a tax for parks, expires in 2025. You have said you want to extend it. Why?\n\n"
            "A: Parks need stable money, and voters agree.")
    answer = statement(text, "Kim Ruiz", "Parks need stable money, and voters agree.", kind="qa_answer")
    bills = find_bills(text, make_cast(text, "Kim Ruiz"), [answer])
    assert bills[0].identifier == "Prop. 12"
    assert bills[0].status == "proposed"
    assert [(p.official, p.stance) for p in bills[0].positions] == [("Kim Ruiz", "supports")]


def test_council_vote_on_a_measure_is_recorded_with_unknown_status() -> None:
    text = "Councilor Ray Diaz, whose vote on the senior tax credit drew criticism, spoke first."
    bills = find_bills(text, make_cast(text, "Ray Diaz"), [])
    assert len(bills) == 1
    assert bills[0].status == "unknown" and "senior tax credit" in bills[0].title


def test_the_verb_nearest_the_bill_sets_the_stance() -> None:
    text = "Gov. Ann Miller signed a $40 billion budget and vetoed Senate Bill 2 on Tuesday."
    b = find_bills(text, make_cast(text, "Ann Miller"), [])[0]
    assert b.status == "vetoed"
    assert [(p.official, p.stance) for p in b.positions] == [("Ann Miller", "opposes")]


def test_legislature_must_decide_is_not_a_measure() -> None:
    text = "Lawmakers must decide by Friday whether to attempt an override. Congress should act soon."
    assert find_bills(text, Cast(), []) == []


def test_hyphenated_and_unspaced_numbers() -> None:
    text = "SB-5 and HB1 were introduced on Monday."
    assert [b.identifier for b in find_bills(text, Cast(), [])] == ["SB 5", "HB 1"]


def test_far_away_reference_to_the_only_bill_still_counts() -> None:
    text = ("Rep. Jo Kim introduced HB 40 to raise the minimum wage.\n\nOther business.\n\nMore business.\n\n"
            "Another paragraph.\n\nSen. Al Roe voted against the bill.")
    b = find_bills(text, make_cast(text, "Jo Kim", "Al Roe"), [])[0]
    assert {p.official: p.stance for p in b.positions} == {"Jo Kim": "supports", "Al Roe": "opposes"}


def test_status_from_each_verb_and_positions_from_sponsors_signers_and_critics() -> None:
    text = ("Rep. Hal Brennan introduced HB 123 on Monday. House Bill 45 passed the House last year but died in "
            "the Senate.\n\nSB 67 was signed by Gov. Evelyn Thornton. AB 5 was filed by Assemblywoman Lucia Moreau. "
            "LB 574 would have banned the practice.\n\nSen. Otto Pemberton is pushing legislation that would allow "
            "pharmacists to prescribe birth control. Rep. Hal Brennan opposes the measure.\n")
    names = ("Hal Brennan", "Evelyn Thornton", "Lucia Moreau", "Otto Pemberton")
    bills = find_bills(text, make_cast(text, *names), [])
    _check_spans(text, bills)
    got = {b.identifier or b.title: (b.status, sorted((p.official, p.stance) for p in b.positions)) for b in bills}
    assert got == {
        "HB 123": ("filed", [("Hal Brennan", "supports")]),
        "HB 45": ("failed", []),
        "SB 67": ("signed", [("Evelyn Thornton", "supports")]),
        "AB 5": ("filed", [("Lucia Moreau", "supports")]),
        "LB 574": ("failed", []),
        "allow pharmacists to prescribe birth control": (
            "proposed", [("Hal Brennan", "opposes"), ("Otto Pemberton", "supports")]),
    }


def test_a_named_act_takes_the_number_written_beside_it() -> None:
    text = "The Rural Clinic Lifeline Act, H.R. 2817, passed the House 251-180 on Thursday.\n"
    bills = find_bills(text, Cast(), [])
    _check_spans(text, bills)
    assert [(b.identifier, b.status) for b in bills] == [("H.R. 2817", "passed")]


def test_the_bill_points_back_to_the_bill_named_before_it() -> None:
    text = ("Senate Bill 67, sponsored by Sen. Ann Kim, would allow speed cameras in every town.\n\n"
            "Rep. Dale Hunt, who testified against the bill, called it a tax. Hunt is the sponsor of "
            "House Bill 45, which would ban the cameras.\n")
    cast = make_cast(text, "Ann Kim", "Dale Hunt")
    bills = _by_id(find_bills(text, cast, []))
    assert {(p.official, p.stance) for p in bills["SB 67"].positions} == {("Ann Kim", "supports"),
                                                                          ("Dale Hunt", "opposes")}
    assert [(p.official, p.stance) for p in bills["HB 45"].positions] == [("Dale Hunt", "supports")]


def test_a_bill_title_is_a_short_noun_phrase_never_a_clause() -> None:
    text = ("The Senate passed the Rural Roads Repair Act on Tuesday, which backers said would fix 900 bridges.\n\n"
            "Critics filed a bill that would ban drones over farms, a plan the governor said he would sign after "
            "the harvest season ends next fall.\n\n"
            "Lawmakers also introduced a bill to accomplish that.\n")
    titles = [b.title for b in find_bills(text, Cast(), [])]
    assert "Rural Roads Repair Act" in titles
    assert "ban drones over farms" in titles
    assert all(len(t.split()) <= 15 and not t.endswith(("that", "it")) for t in titles)


def test_list_statuses_pronoun_follow_ups_and_cosponsors() -> None:
    text = ("COLUMBUS, Ohio — The House passed the following bills on Wednesday: HB 12, which would cap rent "
            "increases; HB 19, which would ban phones in class; and HB 33.\n\n"
            "Sen. Ann Roe introduced SB 8 in January. It cleared the Senate on Tuesday.\n\n"
            "Sen. Ann Roe also filed SB 9. Sen. Bo Diaz and Sen. Al Moss are cosponsors.\n")
    cast = make_cast(text, "Ann Roe", "Bo Diaz", "Al Moss")
    bills = {b.identifier: b for b in find_bills(text, cast, [])}
    assert [bills[k].status for k in ("HB 12", "HB 19", "HB 33", "SB 8", "SB 9")] == ["passed"] * 4 + ["filed"]
    assert {(p.official, p.stance) for p in bills["SB 9"].positions} == {
        ("Ann Roe", "supports"), ("Bo Diaz", "supports"), ("Al Moss", "supports")}


def test_a_titles_own_noun_is_kept_and_a_cut_never_dangles() -> None:
    text = ("Elm State has yet to pass a tenant protection security deposit disclosure law.\n\n"
            "Members plan to file legislation to let the Office of the State Auditor bring cases under "
            "the state's whistleblower reward law.\n")
    titles = [b.title for b in find_bills(text, Cast(), [])]
    assert "tenant protection security deposit disclosure law" in titles
    assert all(t.split()[-1] not in {"the", "under", "of", "to"} for t in titles)


def test_a_measure_nothing_names_is_no_bill_and_titles_stop_before_clauses() -> None:
    text = ("Sen. Ann Roe said she introduced a bill. Rep. Bo Diaz is an original co-sponsor of the legislation.\n\n"
            "Only on Monday the Assembly quietly passed a bill, and the measure stalled just hours later.\n\n"
            "Roe wrote a bill to fund rural bus routes that was signed into law in May.\n\n"
            "Titled the Elm Valley Water Act, the bill passed the House on Friday.\n")
    titles = [b.title for b in find_bills(text, Cast(), [])]
    assert "fund rural bus routes" in titles
    assert "Elm Valley Water Act" in titles
    assert all(len(t.split()) >= 2 and not t.casefold().startswith(("introduced", "week", "co-sponsor", "original",
                                                                      "the measure")) for t in titles), titles
