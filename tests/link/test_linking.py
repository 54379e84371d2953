"""Linking extracted officials to a small invented roster (tests/link/roster): one person or none, never a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract.document import Bill, Document, Funding, Official, Position, Statement
from tracker.link.index import RosterIndex
from tracker.link.linker import Correction, link_document
from tracker.link.roster import read_person, roster_files

ROSTER = Path(__file__).parent / "roster"
ID = "ocd-person/00000000-0000-4000-8000-0000000000{:02d}"


@pytest.fixture(scope="module")
def index() -> RosterIndex:
    return RosterIndex(read_person(p) for p in roster_files(ROSTER))


def _link(index: RosterIndex, name: str, office: str | None, *, dateline: str = "SANTA FE, N.M. —",
          published: str | None = "2019-03-01", sentence: str | None = None,
          corrections: tuple[Correction, ...] = ()) -> Official | None:
    text = f"{dateline} Lawmakers met on Tuesday to talk about roads and schools. {sentence or ''}"
    doc = Document(id="a", title=None, published=published, officials=[Official(name=name, office=office)])
    linked = link_document(doc, index, text=text, article_id=7, corrections=corrections)
    assert len(linked.officials) <= 1
    return linked.officials[0] if linked.officials else None


CASES = [
    # (name, office extraction gave, dateline, published, a sentence of the article, expected person or reason,
    #  office and jurisdiction after linking)
    ("Ann Roe", "State Representative", "SANTA FE, N.M. —", "2019-03-01", None, 1, "State Representative",
     "New Mexico"),
    ("Ann Roe", "State Senator", "AUSTIN, Texas —", "2019-03-01", None, 2, "State Senator", "Texas"),
    ("Ann Roe", None, "AUSTIN, Texas —", "2019-03-01", None, 2, "State Senator", "Texas"),
    ("Ann Roe", None, "SANTA FE, N.M. —", "2019-03-01", None, 1, "State Representative", "New Mexico"),
    ("Ann Roe", "Representative", "DENVER —", "2019-03-01", "Rep. Ann Roe, a Republican from New Mexico, spoke.", 1,
     "State Representative", "New Mexico"),
    ("Ann Roe", "Representative", "DENVER —", "2019-03-01", "Rep. Ann Roe (R-N.M.) spoke.", 1,
     "State Representative", "New Mexico"),
    ("Ann Roe", "Representative", "DENVER —", "2019-03-01", "Texas Rep. Ann Roe spoke.", "not in roster",
     "Representative", None),
    ("Ann Roe", "State Representative", "SANTA FE, N.M. —", "2019-03-01", "Ann Roe (D-Texas) spoke.",
     "not in roster", "State Representative", None),
    ("Ann Roe", None, "DENVER —", "2019-03-01", None, "not in roster", None, None),
    ("Ann Roe", "Senator", "Story by staff —", "2019-03-01", None, "not in roster", "Senator", None),
    ("Rep. Ann Roe", None, "SANTA FE, N.M. —", "2019-03-01", None, 1, "State Representative", "New Mexico"),
    ("Ann Roe", "State Representative", "SANTA FE, N.M. —", "2024-05-01", None, 1, "Former State Representative",
     "New Mexico"),
    ("Ann Roe", "Spokesperson", "SANTA FE, N.M. —", "2019-03-01", None, "office not in roster: Spokesperson",
     "Spokesperson", None),
    ("Ann Roe", "Director", "AUSTIN, Texas —", "2019-03-01", None, "office not in roster: Director", "Director",
     None),
    # the same name in one state at different dates
    ("John Carter", None, "SANTA FE, N.M. —", "2016-06-01", None, 4, "State Senator", "New Mexico"),
    ("John Carter", None, "SANTA FE, N.M. —", "1995-06-01", None, 3, "State Representative", "New Mexico"),
    ("John Carter", "Former State Representative", "SANTA FE, N.M. —", "2016-06-01", None, 3,
     "Former State Representative", "New Mexico"),
    ("John Carter", None, "SANTA FE, N.M. —", "2005-06-01", None, 3, "Former State Representative", "New Mexico"),
    ("John Carter", "State Senator", "SANTA FE, N.M. —", "2005-06-01", None, "not in roster", "State Senator", None),
    ("John Carter", None, "SANTA FE, N.M. —", None, None, "ambiguous: 2 candidates", None, None),
    ("Maria Delgado", None, "SANTA FE, N.M. —", None, None, 6, "State Senator", "New Mexico"),
    ("Maria Delgado", "Representative", "SANTA FE, N.M. —", None, None, 6, "Representative", None),
    ("Carter", "Sen.", "SANTA FE, N.M. —", "2016-06-01", None, 4, "State Senator", "New Mexico"),
    # a nickname the roster lists among other names; one it does not list needs an office
    ("Bob Vance", "State Senator", "DENVER —", "2020-02-01", "Colorado", 5, "State Senator", "Colorado"),
    ("Bob Vance", None, "DENVER, Colo. —", "2020-02-01", None, 5, "State Senator", "Colorado"),
    ("Robert Vance", None, "DENVER, Colo. —", "2020-02-01", None, 5, "State Senator", "Colorado"),
    ("Robbie Vance", None, "DENVER, Colo. —", "2020-02-01", None, "not in roster", None, None),
    ("Robbie Vance", "Sen.", "DENVER, Colo. —", "2020-02-01", None, "not in roster", "Sen.", None),
    ("Vance", "Sen.", "DENVER, Colo. —", "2020-02-01", None, 5, "State Senator", "Colorado"),
    # a chamber change
    ("Maria Delgado", None, "SANTA FE, N.M. —", "2012-02-01", None, 6, "State Representative", "New Mexico"),
    ("Maria Delgado", None, "SANTA FE, N.M. —", "2019-02-01", None, 6, "State Senator", "New Mexico"),
    ("Maria Delgado", "State Representative", "SANTA FE, N.M. —", "2019-02-01", None, 6,
     "Former State Representative", "New Mexico"),
    # a federal and a state official with one surname; a federal official keeps his own state
    ("Peter Holt", "Senator", "COLUMBUS, Ohio —", "2019-02-01", None, 7, "U.S. Senator", "Ohio"),
    ("Peter Holt", "Senator", "SANTA FE, N.M. —", "2019-02-01", None, 7, "U.S. Senator", "Ohio"),
    ("Holt", "U.S. Senator", "COLUMBUS, Ohio —", "2019-02-01", None, 7, "U.S. Senator", "Ohio"),
    ("Holt", "State Representative", "COLUMBUS, Ohio —", "2019-02-01", None, 8, "State Representative", "Ohio"),
    ("Holt", "Representative", "COLUMBUS, Ohio —", "2019-02-01", None, 8, "State Representative", "Ohio"),
    ("Holt", None, "COLUMBUS, Ohio —", "2019-02-01", None, None, None, None),  # no one plain: not an official
    ("Holt", None, "COLUMBUS, Ohio —", "2019-02-01", "U.S. Sen. Holt spoke.", 7, "U.S. Senator", "Ohio"),
    ("Holt", "State Representative", "COLUMBUS, Ohio —", "2019-02-01", "Ohio Sen. Holt spoke.", 7, "U.S. Senator",
     "Ohio"),
    ("Linda Holt", "U.S. Senator", "COLUMBUS, Ohio —", "2019-02-01", None, "not in roster", "U.S. Senator", None),
    ("Dale Mercer", "Congressman", "SALEM, Ore. —", "2019-02-01", None, 14, "U.S. Representative", "Oregon"),
    ("Dale Mercer", "U.S. Representative", "SANTA FE, N.M. —", "2019-02-01", None, 14, "U.S. Representative",
     "Oregon"),
    # undated: the article's office stands; the roster fills in the state of that same office only
    ("Dale Mercer", "U.S. Representative", "SANTA FE, N.M. —", None, None, 14, "U.S. Representative", "Oregon"),
    # a first name the roster does not list is someone else, whatever the office
    ("Bernie Kessler", "Sen.", "CONCORD, N.H. —", "2016-02-01", None, "not in roster", "Sen.", None),
    ("Bernard Kessler", "State Senator", "CONCORD, N.H. —", "2016-02-01", "Sen. Bernard Kessler spoke.", 15,
     "U.S. Senator", "Vermont"),
    ("Kessler", "Senator", "CONCORD, N.H. —", "2016-02-01", "Vermont Sen. Kessler spoke.", 15, "U.S. Senator",
     "Vermont"),
    ("Kessler", "Senator", "CONCORD, N.H. —", "2006-02-01", None, None, None, None),
    # a middle initial
    ("James T. Whitfield", None, "PHOENIX —", "2020-02-01", None, 9, "State Representative", "Arizona"),
    ("James R. Whitfield", None, "PHOENIX —", "2020-02-01", None, 10, "State Senator", "Arizona"),
    ("James Whitfield", None, "PHOENIX —", "2020-02-01", None, "ambiguous: 2 candidates", None, None),
    ("James Whitfield", "State Senator", "PHOENIX —", "2020-02-01", None, 10, "State Senator", "Arizona"),
    ("James Q. Whitfield", None, "PHOENIX —", "2020-02-01", None, "not in roster", None, None),
    # accents
    ("Raul Pena", None, "SANTA FE, N.M. —", "2020-02-01", None, 11, "State Senator", "New Mexico"),
    ("Raúl Peña", "Sen.", "SANTA FE, N.M. —", "2020-02-01", None, 11, "State Senator", "New Mexico"),
    ("RAÚL PEÑA", None, "SANTA FE, N.M. —", "2020-02-01", None, 11, "State Senator", "New Mexico"),
    # a role that ended before the article; an executive; a mayor
    ("Carl Benton", "Governor", "SANTA FE, N.M. —", "2021-02-01", None, 12, "Former Governor", "New Mexico"),
    ("Carl Benton", "Former Governor", "SANTA FE, N.M. —", "2021-02-01", None, 12, "Former Governor", "New Mexico"),
    ("Carl Benton", "Governor", "SANTA FE, N.M. —", "2014-02-01", None, 12, "Governor", "New Mexico"),
    ("Carl Benton", "Governor", "AUSTIN, Texas —", "2014-02-01", None, "not in roster", "Governor", None),
    ("Grace Okafor", "Mayor", "LAS CRUCES, N.M. —", "2021-02-01", None, 16 - 3, "Mayor", "Las Cruces, New Mexico"),
    ("Okafor", "Mayor", "LAS CRUCES, N.M. —", "2021-02-01", None, 13, "Mayor", "Las Cruces, New Mexico"),
    # a role with no start date (the roster's way for sitting legislators)
    ("Luis Ortega", None, "AUSTIN, Texas —", "2019-02-01", None, 16, "State Representative", "Texas"),
    # nobody of that name
    ("Zed Quill", "State Senator", "SANTA FE, N.M. —", "2019-02-01", None, "not in roster", "State Senator", None),
    ("Zed Quill", "President", "WASHINGTON —", "2015-02-01", None, "office not in roster: President", "President",
     None),
]


@pytest.mark.parametrize(("name", "office", "dateline", "published", "sentence", "want", "want_office",
                          "want_juris"), CASES)
def test_linking_case(index: RosterIndex, name: str, office: str | None, dateline: str, published: str | None,
                      sentence: str | None, want: int | str | None, want_office: str | None,
                      want_juris: str | None) -> None:
    o = _link(index, name, office, dateline=dateline, published=published, sentence=sentence)
    if want is None:
        assert o is None
        return
    assert o is not None
    if isinstance(want, int):
        assert (o.ocd_id, o.link) == (ID.format(want), "linked")
        if want_office is not None:
            assert (o.office, o.jurisdiction) == (want_office, want_juris)
    else:
        assert (o.ocd_id, o.link) == (None, want)
        assert (o.name, o.office) == (name, office)  # an unlinked official keeps what the article said


def test_linked_official_takes_roster_name_party_and_district(index: RosterIndex) -> None:
    o = _link(index, "Bob Vance", None, dateline="DENVER, Colo. —", published="2020-02-01")
    assert (o.name, o.party, o.district) == ("Robert Vance", "Democratic", "22")
    assert "Bob Vance" in o.aliases


def test_member_of_congress_keeps_own_state_not_the_articles(index: RosterIndex) -> None:
    o = _link(index, "Dale Mercer", "U.S. Representative", dateline="ALBUQUERQUE, N.M. —")
    assert (o.jurisdiction, o.district) == ("Oregon", "OR-3")


def test_two_mentions_of_one_person_become_one_official_and_speakers_follow(index: RosterIndex) -> None:
    doc = Document(id="a", title=None, published="2016-06-01", officials=[
        Official(name="John Carter", office="State Senator", start=0, end=11),
        Official(name="Carter", office="Sen.", start=40, end=46)],
        statements=[Statement(speaker="Carter", speaker_text="Carter", kind="direct_quote", text="x", start=1,
                              end=2)],
        bills=[Bill(identifier="SB 1", title="t", session=None, status="introduced", evidence="e", start=0, end=1,
                    positions=[Position(official="John Carter", stance="supports")])],
        funding=[Funding(amount=__import__("decimal").Decimal(5), currency="USD", period=None, kind="other",
                         purpose=None, official="Carter", evidence="e", start=0, end=1)])
    out = link_document(doc, index, text="SANTA FE, N.M. — Senators met.")
    assert [o.name for o in out.officials] == ["John Carter"]
    assert out.officials[0].start == 0 and "Carter" in out.officials[0].aliases
    assert out.statements[0].speaker == "John Carter"
    assert out.bills[0].positions[0].official == "John Carter"
    assert out.funding[0].official == "John Carter"


def test_without_a_roster_the_document_is_unchanged(index: RosterIndex) -> None:
    doc = Document(id="a", title=None, published="2019-01-01", officials=[Official(name="Ann Roe", office="Rep.")])
    assert link_document(doc, RosterIndex([]), text="SANTA FE, N.M. —") == doc


def test_hand_link_wins_over_not_in_roster(index: RosterIndex) -> None:
    c = Correction("link", name="Annie Roe", target_ocd=ID.format(1))
    o = _link(index, "Annie Roe", None, corrections=(c,))
    assert (o.ocd_id, o.link, o.name) == (ID.format(1), "linked by hand", "Ann Roe")


def test_hand_unlink_by_person_keeps_written_name(index: RosterIndex) -> None:
    c = Correction("unlink", ocd_id=ID.format(1))
    o = _link(index, "Rep. Ann Roe", None, corrections=(c,))
    assert (o.ocd_id, o.link, o.name) == (None, "unlinked by hand", "Rep. Ann Roe")


def test_hand_correction_for_another_article_does_not_apply(index: RosterIndex) -> None:
    c = Correction("unlink", ocd_id=ID.format(1), article_id=99)
    assert _link(index, "Ann Roe", None, corrections=(c,)).ocd_id == ID.format(1)


def test_hand_merge_and_split_rename(index: RosterIndex) -> None:
    merged = _link(index, "Obama", "President", corrections=(Correction("merge", name="Obama",
                                                                           target_name="Barack Obama"),))
    assert (merged.name, merged.link) == ("Barack Obama", "merge by hand")
    split = _link(index, "Ann Roe", None, corrections=(Correction("split", name="Ann Roe", article_id=7,
                                                                  target_name="Ann Roe (2)"),))
    assert (split.name, split.ocd_id) == ("Ann Roe (2)", None)


@pytest.mark.parametrize(("sentence", "published", "want"), [
    ("Maria Delgado, a Democrat from Las Cruces, said the bill was ready.", "2019-02-01", 6),
    ("Maria Delgado (D-Las Cruces) said the bill was ready.", "2012-02-01", 6),
    ("Maria Delgado, a Republican from Las Cruces, said the bill was ready.", "2019-02-01", None),  # wrong party
    ("Maria Delgado, a Democrat from Las Cruces, said the bill was ready.", "2005-02-01", None),  # not yet in office
    ("John Carter, a Democrat from Taos, said the bill was ready.", "2019-02-01", None),  # no Democrat in office
    ("Zed Quill, a Democrat from Taos, said the bill was ready.", "2019-02-01", None),
])
def test_a_legislator_named_without_a_title_is_an_official_when_one_person_fits(
        index: RosterIndex, sentence: str, published: str, want: int | None) -> None:
    text = f"SANTA FE, N.M. — {sentence}"
    out = link_document(Document(id="a", title=None, published=published), index, text=text)
    assert [o.ocd_id for o in out.officials] == ([ID.format(want)] if want else [])
    if want:
        assert out.officials[0].link == "linked (named without a title)"
        assert text[out.officials[0].start:out.officials[0].end] == sentence.split(",")[0].split(" (")[0]


def test_party_is_the_articles_when_the_roster_does_not_date_its_own(index: RosterIndex) -> None:
    doc = Document(id="a", title=None, published="2020-02-01",
                   officials=[Official(name="Robert Vance", office="State Senator", party="Republican")])
    out = link_document(doc, index, text="DENVER, Colo. — Senators met.")
    assert (out.officials[0].ocd_id, out.officials[0].party) == (ID.format(5), "Republican")
    doc.officials[0].party = None
    assert link_document(doc, index, text="DENVER, Colo. — Senators met.").officials[0].party == "Democratic"


@pytest.mark.parametrize(("name", "aliases", "office", "want"), [
    ("Peterson R. Holt", ["Holt"], "U.S. Senator", 7),  # the roster knows him by a short form, "Peter"
    ("Lindamae R. Holt", ["Holt"], "State Representative", 8),
    ("Lindamae R. Holt", ["Holt"], "U.S. Senator", None),  # the only Linda Holt is no senator
    ("Paul R. Holt", ["Holt"], "U.S. Senator", None),  # "Peter" is no short form of "Paul"
    ("Peterson R. Holt", [], "U.S. Senator", None),  # never called by surname and title: no office to check
])
def test_a_full_name_the_roster_lacks_links_by_its_titled_surname_when_a_short_form_fits(
        index: RosterIndex, name: str, aliases: list[str], office: str, want: int | None) -> None:
    doc = Document(id="a", title=None, published="2019-02-01",
                   officials=[Official(name=name, office=office, aliases=aliases)])
    o = link_document(doc, index, text="COLUMBUS, Ohio — Lawmakers met.").officials[0]
    assert o.ocd_id == (ID.format(want) if want else None)
