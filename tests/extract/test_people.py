"""Who is who: officials with office, party and jurisdiction; private persons left out; mentions linked."""

from __future__ import annotations

from tracker.extract.document import Official
from tracker.extract.people import find_cast


def _officials(text: str) -> dict[str, Official]:
    return {o.name: o for o in find_cast(text).officials}


def test_titled_names_give_office_party_and_jurisdiction() -> None:
    text = (
        "SANTA FE, N.M. — Gov. Jane Roe signed the budget on Friday.\n\n"
        "Attorney General Sam Poe, a Democrat, praised it. Secretary of State Ann Lee, a Republican, did not.\n\n"
        "Rep. Jo Kim (D-Las Cruces) and State Sen. Bo Diaz (R-Roswell) voted against it.\n"
    )
    got = _officials(text)
    assert got["Jane Roe"].office == "Governor"
    assert got["Jane Roe"].jurisdiction == "New Mexico"
    assert (got["Sam Poe"].office, got["Sam Poe"].party) == ("Attorney General", "Democratic")
    assert (got["Ann Lee"].office, got["Ann Lee"].party) == ("Secretary of State", "Republican")
    assert (got["Jo Kim"].office, got["Jo Kim"].party) == ("State Representative", "Democratic")
    assert (got["Bo Diaz"].office, got["Bo Diaz"].party) == ("State Senator", "Republican")


def test_federal_senators_take_their_state_from_the_party_tag() -> None:
    text = ("WASHINGTON — U.S. Sen. Mary Oak, D-Lansing, said Sen. Tom Pine, R-Tenn., backs the plan. "
            "Senate Majority Leader Rob Elm, R-Ky., has not said.\n")
    got = _officials(text)
    assert got["Mary Oak"].office == "U.S. Senator"
    assert (got["Tom Pine"].office, got["Tom Pine"].jurisdiction, got["Tom Pine"].party) == (
        "U.S. Senator", "Tennessee", "Republican")
    assert got["Rob Elm"].office == "Senate Majority Leader"


def test_chained_titles_keep_the_senior_office() -> None:
    text = ("The bill was filed by Public Education Chairman Rep. Al Ruiz, R-Houston, according to the office "
            "of Speaker of the House Rep. Dee Fox, R-Angleton. The Texas House will vote.\n")
    got = _officials(text)
    assert got["Al Ruiz"].office == "State Representative"
    assert got["Dee Fox"].office == "Speaker of the House"
    assert got["Dee Fox"].jurisdiction == "Texas"


def test_appositive_and_predicate_offices() -> None:
    text = ("Lia Grant, Arizona superintendent of public instruction, says schools need money.\n\n"
            "Casey Wren is also a State Representative (D-Hudson) and spoke too.\n")
    got = _officials(text)
    assert got["Lia Grant"].office == "Superintendent of Public Instruction"
    assert got["Lia Grant"].jurisdiction == "Arizona"
    assert (got["Casey Wren"].office, got["Casey Wren"].party) == ("State Representative", "Democratic")


def test_local_officials_take_the_dateline_city() -> None:
    text = ("ROCHESTER — Ward 4 Councilor Dave Stone wanted to use the surplus. City Manager John Birch said no. "
            "Mayor Ellen Moss agreed.\n")
    got = _officials(text)
    assert (got["Dave Stone"].office, got["Dave Stone"].jurisdiction) == ("City Councilor", "Rochester")
    assert got["John Birch"].office == "City Manager"
    assert got["Ellen Moss"].office == "Mayor"


def test_spokespeople_for_public_bodies_are_officials_but_company_spokespeople_are_not() -> None:
    text = ("Attorney General Sam Poe declined to comment. Attorney general's office spokesman Jim Hale said the "
            "case is open. Acme spokeswoman Rita Vance said the company would appeal.\n\n"
            "Attributable to Nora Bell: \"We do not comment on pending cases.\"\n")
    got = _officials(text)
    assert got["Jim Hale"].office == "Spokesperson"
    assert got["Nora Bell"].office == "Spokesperson"
    assert "Rita Vance" not in got


def test_private_persons_are_not_officials() -> None:
    text = ("Gov. Jane Roe spoke after Ghislaine Moore was convicted in the Jeffrey Stein case. "
            "Advocate Maria Lopez and reporter Tim Cole attended. Stein died in 2019.\n")
    assert set(_officials(text)) == {"Jane Roe"}


def test_surname_and_title_only_mentions_are_one_person() -> None:
    text = ("AG Poe wants tougher laws\n\nAttorney General Sam Poe said Monday the law must change. "
            "Poe has pushed for it before, and the attorney general will try again.\n")
    cast = find_cast(text)
    assert [o.name for o in cast.officials] == ["Sam Poe"]
    linked = [m for m in cast.mentions if m.official == "Sam Poe"]
    assert {m.kind for m in linked} >= {"name", "surname", "title"}


def test_title_with_surname_only_is_named_by_its_surname() -> None:
    text = "The attorneys general wrote to President Grant and AG Wolfe that families must stay together.\n"
    got = _officials(text)
    assert got["Grant"].office == "President"
    assert got["Grant"].jurisdiction == "United States"
    assert got["Wolfe"].office == "Attorney General"


def test_pronouns_resolve_to_the_nearest_compatible_person() -> None:
    text = ("Sen. Mary Oak said she worries about the bill. Rep. Tom Pine said he supports it.\n\n"
            "He said the vote is next week.\n")
    cast = find_cast(text)
    pronouns = [(m.text, m.official) for m in cast.mentions if m.kind == "pronoun"]
    assert pronouns == [("she", "Mary Oak"), ("he", "Tom Pine"), ("He", "Tom Pine")]


def test_suffixes_initials_and_honorifics() -> None:
    text = "Treasurer Ann B. Example and Mayor Luis Ortiz Jr. met Dr. Kay Lund, a surgeon.\n"
    got = _officials(text)
    assert got["Ann B. Example"].office == "Treasurer"
    assert "Luis Ortiz Jr." in got
    assert "Kay Lund" not in got


def test_title_case_headline_does_not_swallow_verbs_into_names() -> None:
    text = "Gov. Roe Signs Budget Into Law\n\nGov. Jane Roe signed the budget.\n"
    assert list(_officials(text)) == ["Jane Roe"]


def test_a_spokesperson_for_an_official_named_after_the_title() -> None:
    text = ("Lt. Gov. Dan Pike backed the bill. A spokesman for Pike, Sherry Vale, said the lieutenant governor "
            "would review it.\n")
    assert _officials(text)["Sherry Vale"].office == "Spokesperson"


def test_state_agency_directors_are_officials_but_charity_directors_are_not() -> None:
    text = ("State Budget Director Chris Kolb warned of a shortfall. Executive Director Ann Moss of the Food Bank "
            "disagreed.\n")
    got = _officials(text)
    assert got["Chris Kolb"].office == "State Budget Director"
    assert "Ann Moss" not in got


def test_party_tag_after_a_later_surname_and_home_town_after_of() -> None:
    text = ("LANSING, Mich. — House Speaker Jason Wentz and Democratic Rep. Joe Tate of Detroit met.\n\n"
            "Wentz, R-Farwell, said the plan works.\n")
    got = _officials(text)
    assert (got["Jason Wentz"].office, got["Jason Wentz"].party) == ("Speaker of the House", "Republican")
    assert (got["Joe Tate"].office, got["Joe Tate"].party) == ("State Representative", "Democratic")


def test_a_named_private_speaker_blocks_pronoun_resolution() -> None:
    text = ("Sen. John Barr defended the nominee, Andrew Wheel. Wheel told the committee he would follow the "
            "science. He said the agency needs stability.\n")
    cast = find_cast(text)
    assert [o.name for o in cast.officials] == ["John Barr"]
    he = [m for m in cast.mentions if m.text == "He"]
    assert he and he[0].official is None


def test_the_president_of_a_public_body_is_an_official_but_a_company_president_is_not() -> None:
    text = ("The Franklin County Commission approved the budget on Tuesday. Commission President Erica Holloway "
            "said it was balanced.\n\nAcme Corp. President Lou Grant said he was pleased.\n")
    got = _officials(text)
    assert got["Erica Holloway"].office == "Commission President"
    assert "Lou Grant" not in got


def test_titles_with_middle_initials_party_tags_and_suffixes() -> None:
    text = ("Lt. Gov. Rosa Delgado and Speaker Tim Hargrove met with Del. Aaron Fairbanks on Monday.\n\n"
            "Rep. John Ellery (R) and Sen. Mary Galloway (D-Springfield) also attended, along with AG Kim Zamora.\n\n"
            "Treasurer Ann B. Lindqvist and state Rep. Robert Caldwell Jr. said they would back the plan.\n")
    got = {name: (o.office, o.party) for name, o in _officials(text).items()}
    assert got == {
        "Rosa Delgado": ("Lieutenant Governor", None),
        "Tim Hargrove": ("Speaker of the House", None),
        "Aaron Fairbanks": ("Delegate", None),
        "John Ellery": ("State Representative", "Republican"),
        "Mary Galloway": ("State Senator", "Democratic"),
        "Kim Zamora": ("Attorney General", None),
        "Ann B. Lindqvist": ("Treasurer", None),
        "Robert Caldwell Jr.": ("State Representative", None),
    }


def test_no_break_spaces_inside_a_titled_name() -> None:
    got = _officials("Gov.\u00a0Jane\u00a0Roe said the state would add 50 troopers.\n")
    assert list(got) == ["Jane Roe"]
    assert got["Jane Roe"].office == "Governor"


def test_a_spokesperson_named_after_whose_spokesperson_they_are() -> None:
    text = ("Mayor Lisa Hart skipped the hearing. Her spokesman, Omar Reyes, said the plan saves money.\n\n"
            "Gov. Dan Cole agreed. Cole's press secretary, Mia Tran, said he would sign it. "
            "The governor's spokeswoman, Ida Bell, declined to say when.\n\n"
            "Jo Lane, a landlord, was angry. Her spokesman, Tim Ray, said she would sue.\n")
    got = _officials(text)
    assert {n: got[n].office for n in ("Omar Reyes", "Mia Tran", "Ida Bell")} == {
        "Omar Reyes": "Spokesperson", "Mia Tran": "Spokesperson", "Ida Bell": "Spokesperson"}
    assert "Tim Ray" not in got and "Jo Lane" not in got  # a private person's spokesman is not an official


def test_agency_heads_named_by_title_or_by_apposition() -> None:
    text = ("Ohio EPA Director Kay Moss and State Fire Marshal Lu Grant met Fire Chief Ed Stone on Monday.\n\n"
            "Dr. Nia Cole, the state health commissioner, joined them. Dr. Al Fry, a professor of economics, "
            "did not. Ann Poe, executive director of the food bank, sent a letter.\n")
    got = _officials(text)
    assert (got["Kay Moss"].office, got["Kay Moss"].jurisdiction) == ("EPA Director", "Ohio")
    assert got["Lu Grant"].office == "State Fire Marshal" and got["Ed Stone"].office == "Fire Chief"
    assert got["Nia Cole"].office == "State Health Commissioner"
    assert "Al Fry" not in got and "Ann Poe" not in got


def test_party_from_the_party_and_title_or_a_fellow_member() -> None:
    text = ("Gov. Tom Vale vetoed the bill on Friday. The Republican governor said it cost too much.\n\n"
            "Sen. Ida Moss, a fellow Republican, agreed. Rep. Al Cruz did not.\n")
    got = _officials(text)
    assert (got["Tom Vale"].party, got["Ida Moss"].party, got["Al Cruz"].party) == ("Republican", "Republican", None)


def test_a_headline_names_by_title_and_surname_then_its_verb() -> None:
    text = ("AG Moreno Secures $4 Million Settlement With Pharmacy Chain Over Unpaid Refunds\n\n"
            "Posted: March 3, 2022\n\n"
            "DENVER – Attorney General Luis Moreno today announced that a pharmacy chain will pay $4 million.\n")
    assert [o.name for o in find_cast(text).officials] == ["Luis Moreno"]


def test_a_washington_dateline_is_capitol_hill_not_the_state() -> None:
    text = "WASHINGTON (May 19, 2023) — Rep. Ana Ruiz (D) of Wisconsin said the House will vote on Friday.\n"
    got = _officials(text)
    assert (got["Ana Ruiz"].office, got["Ana Ruiz"].jurisdiction) == ("U.S. Representative", "Wisconsin")


def test_state_treasurer_keeps_state_when_written() -> None:
    got = _officials("HARTFORD — State Treasurer Ida Voss and Comptroller Al Grey met on Monday.\n")
    assert (got["Ida Voss"].office, got["Al Grey"].office) == ("State Treasurer", "Comptroller")


def test_a_committee_chair_is_a_member_of_the_chamber() -> None:
    got = _officials("BOISE — Senate Finance Chairman Tod Bren, R-Twin Falls, said hearings begin Monday.\n")
    assert (got["Tod Bren"].office, got["Tod Bren"].party) == ("State Senator", "Republican")


def test_a_headline_verb_after_a_title_names_nobody() -> None:
    got = _officials("Mayor Proposes Tax On Sodas\n\nELMTON, Ohio — Mayor Jo Perez proposed a soda tax on Monday.\n")
    assert list(got) == ["Jo Perez"]


def test_every_name_in_a_sponsor_list_takes_the_plural_title() -> None:
    got = _officials("The bill is sponsored by Sens. Ann Roe (R-Elm) and Bo Diaz (D-Oak), who said it would pass.\n")
    assert {n: (o.office, o.party) for n, o in got.items()} == {
        "Ann Roe": ("State Senator", "Republican"), "Bo Diaz": ("State Senator", "Democratic")}


def test_county_and_school_offices_are_officials() -> None:
    got = _officials("BOISE, Idaho — County Commissioner Jim Bean, Clerk of Court Amy Lott, school board member Tia "
                     "Grant and Sheriff Ron Dale met on Monday.\n")
    assert {n: o.office for n, o in got.items()} == {
        "Jim Bean": "County Commissioner", "Amy Lott": "Clerk of Court", "Tia Grant": "School Board Member",
        "Ron Dale": "Sheriff"}


def test_a_city_council_speaker_is_not_the_speaker_of_the_house() -> None:
    got = _officials("NEW YORK — City Council Speaker Cory Jansen said the council would vote on the budget.\n")
    assert (got["Cory Jansen"].office, got["Cory Jansen"].jurisdiction) == ("City Council Speaker", "New York")


def test_a_former_representative_holds_no_office_now() -> None:
    got = _officials("DENVER — Former Rep. Pat Lane, a Democrat, said the measure would fail.\n")
    assert got["Pat Lane"].office == "Former Representative"


def test_federal_officials_never_take_the_state_of_the_dateline() -> None:
    got = _officials("AUSTIN, Texas — President Carl Vance met Gov. Ann Roe and U.S. Sen. Ed Marks. Secretary of "
                     "Defense Ana Bell joined them.\n")
    assert (got["Carl Vance"].jurisdiction, got["Ann Roe"].jurisdiction) == ("United States", "Texas")
    assert (got["Ed Marks"].office, got["Ed Marks"].jurisdiction) == ("U.S. Senator", None)
    assert (got["Ana Bell"].office, got["Ana Bell"].jurisdiction) == ("U.S. Secretary of Defense", "United States")


def test_a_member_of_congress_takes_the_home_town_state_written_after_the_name_not_the_dateline() -> None:
    got = _officials("SACRAMENTO, Calif. — Rep. Nora Vail backed the levee bill in Congress. Vail, a Tampa Democrat "
                     "who joined the House in 2011, wants more. Rep. Iris Cole, a Republican from Phoenix, does not. "
                     "Rep. Hal Brim, a Columbus Democrat, did not say.\n")
    assert (got["Nora Vail"].office, got["Nora Vail"].jurisdiction, got["Nora Vail"].party) == (
        "U.S. Representative", "Florida", "Democratic")
    assert (got["Iris Cole"].jurisdiction, got["Iris Cole"].party) == ("Arizona", "Republican")
    assert got["Hal Brim"].jurisdiction is None  # Columbus, Ohio or Columbus, Georgia: the tool does not guess


def test_a_home_town_does_not_make_a_state_legislator_a_member_of_congress() -> None:
    got = _officials("TALLAHASSEE — Sen. Ada Ruiz, a Miami Republican, filed the bill in the Florida Senate.\n")
    assert (got["Ada Ruiz"].office, got["Ada Ruiz"].jurisdiction) == ("State Senator", "Florida")


def test_a_surname_official_takes_the_full_name_the_article_gives_without_a_cue() -> None:
    text = ("Tess Marlowe Rallies Farmers in Dubuque.\n\n"
            "Gov. Marlowe told the crowd the plan would pass. Ms. Marlowe said she would not back down.\n")
    got = _officials(text)
    assert "Marlowe" not in got
    assert "Tess Marlowe" in got
    assert "Marlowe" in got["Tess Marlowe"].aliases


def test_a_surname_shared_by_two_people_named_in_full_stays_a_surname() -> None:
    text = ("Tess Marlowe and her brother Dan Marlowe toured Ames.\n\n"
            "Gov. Marlowe said the plan would pass.\n")
    got = _officials(text)
    assert "Tess Marlowe" not in got and "Dan Marlowe" not in got


def test_a_middle_name_or_a_word_before_the_given_name_is_the_same_person() -> None:
    text = ("Businessman Tess Quill Marlowe spoke first. Later Tess Marlowe said more, and "
            "Sen. Marlowe said the plan would pass.\n")
    got = _officials(text)
    assert "Tess Marlowe" in got
    assert "Marlowe" not in got


def test_a_cabinet_secretary_in_national_coverage_is_federal_not_the_articles_state() -> None:
    text = ("DAVENPORT, Iowa — Defense Secretary Tom Hadley told Congress the base would stay open. "
            "Labor Secretary Ruth Ames said the same to the U.S. House on Tuesday.\n")
    got = _officials(text)
    assert got["Tom Hadley"].jurisdiction == "United States"
    assert got["Ruth Ames"].jurisdiction == "United States"
    state = _officials("HARRISBURG, Pa. — Transportation Secretary Lee Moss told the Legislature the road was safe.\n")
    assert state["Lee Moss"].jurisdiction == "Pennsylvania"


def test_in_national_coverage_a_spokesperson_and_a_campaign_chair_take_no_state_from_the_dateline() -> None:
    text = ("DAVENPORT, Iowa — Congress left town. Roe campaign chairman Sam Poe and spokesman Tim Dale, who "
            "speaks for the campaign, said the senator would win.\n")
    got = _officials(text)
    assert (got["Sam Poe"].office, got["Sam Poe"].jurisdiction) == ("Campaign Chair", None)
    assert got["Tim Dale"].jurisdiction is None


def test_a_representative_called_the_congressman_is_in_congress_even_under_a_capital_dateline() -> None:
    text = ("TALLAHASSEE, Fla. — Rep. Carl Dunn and Rep. Bo Vale traded barbs on Monday.\n\n"
            "Dunn said the race was close. The congressman has raised more money than any rival.\n")
    got = _officials(text)
    assert got["Carl Dunn"].office == "U.S. Representative"
    assert got["Bo Vale"].office == "State Representative"  # nothing calls him a congressman
    senate = "TALLAHASSEE, Fla. — Rep. Carl Dunn, a U.S. Senate candidate, toured the coast.\n"
    assert _officials(senate)["Carl Dunn"].office == "U.S. Representative"


def test_ambassadors_and_military_officers_are_officials_with_no_guessed_state() -> None:
    text = ("HONOLULU — Adm. Harry Bell, the commander of the Pacific fleet, said the ships would keep sailing.\n\n"
            "U.N. Ambassador John Boll said the deal was a mistake. General Motors said sales rose.\n")
    got = _officials(text)
    assert (got["Harry Bell"].office, got["Harry Bell"].jurisdiction) == ("Military Officer", None)
    assert (got["John Boll"].office, got["John Boll"].jurisdiction) == ("Ambassador", None)
    assert "Motors" not in " ".join(got)


def test_a_candidates_staff_speak_for_a_campaign_not_for_the_articles_state() -> None:
    text = ("INDIANAPOLIS — Democratic presidential candidate Carl Vance spoke on Monday.\n\n"
            "Tad Vine, Vance's senior media adviser, said the campaign would stay in the race.\n\n"
            "Vance spokesman Bo Fell said the polls were wrong.\n")
    got = _officials(text)
    assert (got["Tad Vine"].office, got["Tad Vine"].jurisdiction) == ("Campaign Staff", None)
    assert (got["Bo Fell"].office, got["Bo Fell"].jurisdiction) == ("Campaign Spokesperson", None)
