"""National figures the roster lacks, members of Congress named in full anywhere, bare surnames no one makes plain."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract.document import Document, Official, Statement
from tracker.link.index import RosterIndex
from tracker.link.linker import link_document
from tracker.link.national import NATIONAL
from tracker.link.roster import read_person, roster_files

ROSTER = Path(__file__).parent / "roster"
ID = "ocd-person/00000000-0000-4000-8000-0000000000{:02d}"
TEXT = "WASHINGTON — Lawmakers met on Tuesday to talk about roads and schools."


@pytest.fixture(scope="module")
def index() -> RosterIndex:
    return RosterIndex(read_person(p) for p in roster_files(ROSTER))


def _one(index: RosterIndex, name: str, office: str | None, published: str,
         text: str = TEXT, jurisdiction: str | None = None) -> Official | None:
    doc = Document(id="a", title=None, published=published,
                   officials=[Official(name=name, office=office, jurisdiction=jurisdiction)])
    out = link_document(doc, index, text=text).officials
    return out[0] if out else None


@pytest.mark.parametrize(("name", "office", "published", "want"), [
    ("Obama", "President", "2015-02-01", ("Barack Obama", "President", "United States", "Democratic")),
    ("Obama", None, "2016-05-01", ("Barack Obama", "President", "United States", "Democratic")),
    ("Trump", None, "2016-03-01", ("Donald Trump", "Presidential Candidate", "United States", "Republican")),
    ("Trump", "President", "2016-03-01", None),  # "President Trump" before he was one: no one to name
    ("Donald J. Trump", "President", "2016-03-01",
     ("Donald Trump", "Presidential Candidate", "United States", "Republican")),
    ("Trump", None, "2017-03-01", ("Donald Trump", "President", "United States", "Republican")),
    ("Clinton", "Secretary", "2014-05-01",
     ("Hillary Clinton", "Former U.S. Secretary of State", "United States", "Democratic")),
    ("Clinton", "President", "2016-05-01", ("Bill Clinton", "Former President", "United States", "Democratic")),
    ("Paul D. Ryan", None, "2016-05-01", ("Paul Ryan", "Speaker of the U.S. House", "Wisconsin", "Republican")),
    ("Reid", "Senator", "2016-05-01", ("Harry Reid", "Senate Minority Leader", "Nevada", "Democratic")),
    ("Jeb Bush", "Governor", "2016-05-01", ("Jeb Bush", "Former Governor", "Florida", "Republican")),
])
def test_a_national_figure_takes_the_office_held_on_the_articles_date(
        index: RosterIndex, name: str, office: str | None, published: str,
        want: tuple[str, str, str, str] | None) -> None:
    o = _one(index, name, office, published)
    if want is None:
        assert o is None
        return
    assert o is not None
    assert (o.name, o.office, o.jurisdiction, o.party) == want
    assert (o.ocd_id, o.link) == (None, NATIONAL)


@pytest.mark.parametrize("name", ["Clinton", "Bush"])
def test_a_surname_two_national_figures_share_is_no_one_without_an_office(index: RosterIndex, name: str) -> None:
    assert _one(index, name, None, "2016-05-01") is None


def test_a_dropped_surname_keeps_its_statements_words_without_an_official(index: RosterIndex) -> None:
    text = "WASHINGTON — Bush said the plan was sound."
    doc = Document(id="a", title=None, published="2016-05-01", officials=[Official(name="Bush", office=None)],
                   statements=[Statement(speaker="Bush", speaker_text="Bush", kind="indirect",
                                         text="the plan was sound", start=23, end=41)])
    out = link_document(doc, index, text=text)
    assert out.officials == []
    assert (out.statements[0].speaker, out.statements[0].speaker_text) == (None, "Bush")


def test_a_president_the_national_table_does_not_know_is_not_the_us_president(index: RosterIndex) -> None:
    o = _one(index, "Ivo Marek", "President", "2016-05-01", jurisdiction="United States")
    assert o is not None and (o.office, o.jurisdiction) == ("President", None)


@pytest.mark.parametrize(("name", "office", "want"), [
    ("Peter Holt", None, 7),  # the one roster person of that name, in Congress: linked from any state's news
    ("Peter Holt", "Presidential Candidate", 7),  # running for president is no other office
    ("Peter Holt", "President", 7),  # "President Holt" of a senator who is running
    ("Luis Ortega", None, None),  # a state legislator elsewhere is not who a Denver article means
    ("Ann Roe", None, None),  # two roster persons of that name
])
def test_a_full_name_only_one_member_of_congress_goes_by_links_from_anywhere(
        index: RosterIndex, name: str, office: str | None, want: int | None) -> None:
    o = _one(index, name, office, "2019-02-01", text="DENVER — Lawmakers met on Tuesday.")
    assert o is not None
    if want is None:
        assert o.ocd_id is None
    else:
        assert (o.ocd_id, o.office, o.jurisdiction) == (ID.format(want), "U.S. Senator", "Ohio")


def test_a_son_of_the_same_name_is_not_his_father(index: RosterIndex) -> None:
    o = _one(index, "Donald Trump Jr.", "Campaign Staff", "2016-05-01")
    assert o is not None and (o.name, o.link) == ("Donald Trump Jr.", "not in roster")
    joe = _one(index, "Joseph R. Biden Jr.", None, "2016-05-01")
    assert joe is not None and joe.name == "Joe Biden"


def test_an_undated_article_keeps_the_office_it_gives_a_national_figure(index: RosterIndex) -> None:
    doc = Document(id="a", title=None, published=None,
                   officials=[Official(name="Obama", office="Senator", jurisdiction="Illinois")])
    o = link_document(doc, index, text=TEXT).officials[0]
    assert (o.name, o.office, o.jurisdiction, o.link) == ("Barack Obama", "Senator", "Illinois", NATIONAL)


def test_a_long_ago_state_legislator_who_became_a_national_figure_is_the_national_figure() -> None:
    # its own small roster: a retired Illinois state senator of that name, as in Open States' files
    index = RosterIndex(read_person(p) for p in roster_files(Path(__file__).parent / "roster_national"))
    o = _one(index, "Barack Obama", "President", "2016-05-01", text="CHICAGO, Ill. — The president spoke.")
    assert o is not None
    assert (o.name, o.office, o.ocd_id, o.link) == ("Barack Obama", "President", None, NATIONAL)
    then = _one(index, "Barack Obama", "State Senator", "2002-05-01", text="SPRINGFIELD, Ill. — The senate met.")
    assert then is not None and then.ocd_id == ID.format(90)
