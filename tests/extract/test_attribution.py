"""National political reporting: candidates and campaign staff as speakers, the quotation conventions
of big newsrooms, and the attribution shapes of campaign coverage. Every article here is invented."""

from __future__ import annotations

from tracker.extract import extract


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.kind, s.text) for s in extract(text).statements]


def _ways(text: str) -> dict[str, str]:
    return {s.text: s.attribution for s in extract(text).statements}


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.office, o.party) for o in extract(text).officials}


def test_candidates_nominees_and_campaign_staff_are_officials_without_a_title() -> None:
    text = ("Roe hits the road.\n\n"
            "Republican presidential nominee Ann Roe told farmers on Tuesday that prices would rise.\n\n"
            "Her rival, Democratic nominee Carl Vance, argued that the plan was a gimmick.\n\n"
            "\"The numbers are moving our way,\" said Bo Diaz, chief strategist for the Republican National "
            "Committee.\n\n"
            "Vance campaign manager Liu Chen said the campaign would spend more in Elm.\n")
    got = _officials(text)
    assert got["Ann Roe"] == ("Presidential Candidate", "Republican")
    assert got["Carl Vance"][1] == "Democratic"
    assert got["Bo Diaz"] == ("Party Official", "Republican")
    assert got["Liu Chen"][0] == "Campaign Manager"
    speakers = {s for s, _, _ in _said(text)}
    assert speakers == {"Ann Roe", "Carl Vance", "Bo Diaz", "Liu Chen"}


def test_election_words_around_a_surname_make_a_candidate() -> None:
    text = ("Dana Holt spoke in Elmton on Friday. Holt said the tariffs had hurt dairy farmers.\n\n"
            "Thousands of Holt supporters lined the road, and anti-Holt protesters gathered nearby.\n")
    assert "Dana Holt" in _officials(text)
    assert ("Dana Holt", "indirect", "the tariffs had hurt dairy farmers") in _said(text)
    # a surname ending in "s" keeps its "s": "Sanders supporters", "the Sanders campaign"
    text = "Lou Sanders spoke in Elmton. Sanders said rents were too high. Sanders supporters cheered.\n"
    assert "Lou Sanders" in _officials(text)


def test_a_person_described_as_private_is_not_a_speaker_even_in_campaign_coverage() -> None:
    text = ("The presidential campaign came to Elm. Republican nominee Ann Roe held a rally; Democrats and "
            "Republicans packed the primary debate, and voters lined up for the election.\n\n"
            "Jo Poe, a retired teacher, said the campaign had ignored her town. Roe said the town mattered.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "the town mattered") in got
    assert all(s != "Jo Poe" for s, _, _ in got)
    assert "Jo Poe" not in _officials(text)


def test_two_apostrophes_serve_as_quotation_marks() -> None:
    text = ("Sen. Liz Ortega spoke on Monday.\n\n"
            "''We will win this state,'' Ms. Ortega said. ''And we will win it by a mile.''\n")
    assert _said(text) == [("Liz Ortega", "direct_quote", "We will win this state"),
                           ("Liz Ortega", "direct_quote", "And we will win it by a mile.")]


def test_a_quotation_continues_after_the_attribution_sentence() -> None:
    text = ("Gov. Carl Vance visited Oakdale.\n\n"
            "\"They would be wrong,\" Mia Tran, a spokeswoman for Vance, said in an interview. "
            "\"We are not going anywhere.\"\n")
    assert _said(text) == [("Mia Tran", "direct_quote", "They would be wrong"),
                           ("Mia Tran", "direct_quote", "We are not going anywhere.")]
    assert _ways(text) == {"They would be wrong": "explicit", "We are not going anywhere.": "continuation"}


def test_a_name_opening_the_next_paragraph_does_not_take_the_quotation_before_it() -> None:
    text = ("Lt. Gov. Ray Olmo spoke first.\n\n"
            "\"Then let the counties decide,\" he said. \"That is what the charter intended.\"\n\n"
            "Mayor Jo Perez said she would be cautious.\n")
    got = _said(text)
    assert ("Ray Olmo", "direct_quote", "That is what the charter intended.") in got
    assert all(s != "Jo Perez" for s, k, _ in got if k == "direct_quote")


def test_present_tense_tweets_and_objects_of_promises_are_statements() -> None:
    text = ("Sen. Liz Ortega says the tariff fight has cost growers too much.\n\n"
            "Ortega tweeted that the plan \"would never pass.\"\n\n"
            "Ortega vowed to block the bill in committee.\n\n"
            "Ortega called for a full audit of the grain program.\n")
    got = {t for _, _, t in _said(text)}
    assert {"the tariff fight has cost growers too much", "the plan \"would never pass.\"",
            "to block the bill in committee", "a full audit of the grain program"} <= got


def test_several_speakers_named_together_each_said_it() -> None:
    text = "Gov. Ann Roe and Sen. Liz Ortega said they would hold hearings on grain prices next month.\n"
    got = extract(text).statements
    assert {s.speaker for s in got} == {"Ann Roe", "Liz Ortega"}
    assert {s.attribution for s in got} == {"several"}
    assert len({(s.start, s.end) for s in got}) == 1


def test_a_sentence_that_ends_with_its_attribution() -> None:
    text = ("Gov. Carl Vance spoke in Oakdale.\n\n"
            "Tax cuts would not help working families, Vance said on Tuesday.\n\n"
            "After the rally in Oakdale, Vance said nothing more.\n")
    assert _said(text) == [("Carl Vance", "indirect", "Tax cuts would not help working families")]


def test_campaign_statements_and_possessive_names() -> None:
    text = ("Republican nominee Ann Roe rallied in Elm.\n\n"
            "Roe's campaign said it raised more money in October than in any month before.\n\n"
            "Ms. Roe's eyes filled with tears as she spoke of her father. \"He taught me everything,\" she said.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "it raised more money in October than in any month before") in got
    assert ("Ann Roe", "direct_quote", "He taught me everything") in got
    assert _ways(text)["He taught me everything"] == "pronoun"


def test_a_name_and_colon_line_is_what_they_said() -> None:
    text = ("Vance: No deal without the wall.\n\n"
            "Democratic nominee Carl Vance spoke on Monday.\n\n"
            "4:30 p.m. Vance says he will release his tax returns next week.\n")
    got = _said(text)
    assert ("Carl Vance", "indirect", "No deal without the wall") in got
    assert ("Carl Vance", "indirect", "he will release his tax returns next week") in got


def test_what_follows_said_of_or_a_circumstance_is_not_what_was_said() -> None:
    text = ("Gov. Carl Vance toured the plant.\n\n"
            "\"It is a fine plant,\" Vance said of the new turbines.\n\n"
            "\"We will keep it open,\" Vance said, standing beside the workers at the gate.\n")
    got = {t for _, _, t in _said(text)}
    assert got == {"It is a fine plant", "We will keep it open"}


def test_an_article_that_quotes_questions_is_not_an_interview() -> None:
    text = ("Republican nominee Ann Roe spoke to a crowd in Elm.\n\n"
            "\"Do we have problems? Of course we have problems,\" Roe said.\n\n"
            "\"Who will fix them? Will it be the people who made them?\" she asked.\n\n"
            "\"Nooo!\" the crowd shouted.\n\n"
            "\"Or will it be us? Will it be you and me?\" Roe asked.\n\n"
            "The crowd cheered.\n")
    assert all(s.kind != "qa_answer" for s in extract(text).statements)


def test_a_speaker_taken_for_a_politician_only_by_the_coverage_says_so() -> None:
    text = ("The presidential campaign came to Elm. Republican nominee Ann Roe held a rally; Democrats and "
            "Republicans packed the primary debate, and voters lined up for the election.\n\n"
            "Lou Hart said the debate would decide the race. Roe said the town mattered.\n")
    got = _officials(text)
    assert got["Lou Hart"][0] == "Political figure (unverified)"
    assert got["Ann Roe"][0] == "Candidate"


def test_a_speaker_taken_for_a_politician_only_by_the_coverage_takes_no_state_from_the_dateline() -> None:
    text = ("DES MOINES, Iowa — The presidential campaign came to Iowa. Republican nominee Ann Roe held a rally; "
            "Democrats and Republicans packed the primary debate, and voters lined up for the election.\n\n"
            "Lou Hart said the debate would decide the race. Roe said the town mattered.\n")
    hart = next(o for o in extract(text).officials if o.name == "Lou Hart")
    assert (hart.office, hart.jurisdiction) == ("Political figure (unverified)", None)


def test_a_place_between_the_verb_and_that_a_progressive_verb_and_made_clear_all_report_speech() -> None:
    text = ("Roe presses on\n\n"
            "Republican nominee Ann Roe said Sunday in Elmton, Oak County, that turnout would decide the race.\n\n"
            "Democratic nominee Carl Vance is declaring that the party has already won the argument on wages.\n\n"
            "Vance also made clear that he would not debate before the convention in July.\n\n"
            "Roe however said the debates should start in the spring.\n")
    assert _said(text) == [
        ("Ann Roe", "indirect", "turnout would decide the race"),
        ("Carl Vance", "indirect", "the party has already won the argument on wages"),
        ("Carl Vance", "indirect", "he would not debate before the convention in July"),
        ("Ann Roe", "indirect", "the debates should start in the spring"),
    ]


def test_a_place_phrase_without_that_and_a_passive_are_not_speech() -> None:
    text = ("Republican nominee Ann Roe said in Elmton, where the mill closed. "
            "Democratic nominee Carl Vance was told that the hall was full.\n")
    assert _said(text) == []


def test_a_second_speech_verb_of_the_same_speaker_starts_a_second_statement() -> None:
    text = ("Republican nominee Ann Roe said the plant closing was tragic, but insisted that it did not change "
            "her plan for the region.\n\n"
            "Roe said she had released ten years of tax returns and called on Carl Vance to do the same.\n\n"
            "Roe said the bridge would be rebuilt, adding that the state would pay for all of it.\n")
    assert [t for _, _, t in _said(text)] == [
        "the plant closing was tragic", "it did not change her plan for the region",
        "she had released ten years of tax returns", "Carl Vance to do the same",
        "the bridge would be rebuilt", "the state would pay for all of it"]


def test_promised_with_a_clause_explained_how_while_adding_and_a_long_scene_setting_opening() -> None:
    text = ("Senate Majority Leader Rob Elm says he spoke to the governor about the flood money.\n\n"
            "Democratic nominee Carl Vance promised his whole transit program would be paid for by a bond.\n\n"
            "In a victory speech in Elmton -- which votes again on Saturday -- Vance claimed momentum and argued "
            "he is the stronger candidate.\n\n"
            "Later in that speech, Vance explained how he would keep lobbyists out of his cabinet.\n\n"
            "In a 2014 interview, Vance insisted it was too early to back the plan, while adding that he would "
            "decide by spring.\n")
    assert _said(text) == [
        ("Rob Elm", "indirect", "he spoke to the governor about the flood money"),
        ("Carl Vance", "indirect", "his whole transit program would be paid for by a bond"),
        ("Carl Vance", "indirect", "he is the stronger candidate"),
        ("Carl Vance", "indirect", "how he would keep lobbyists out of his cabinet"),
        ("Carl Vance", "indirect", "it was too early to back the plan"),
        ("Carl Vance", "indirect", "he would decide by spring"),
    ]


def test_said_that_before_a_quotation_and_answered_or_yelled_as_speech_verbs() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "Last year, at a conference in Elmton, Roe said that \"people who push for change take a lot of "
            "criticism.\"\n\n"
            "\"Is it negotiable?\" the host pressed. \"Let me say this,\" Roe answered. \"We will find a way that "
            "is fair to every family in the state.\"\n\n"
            "When a heckler stood up, Roe yelled, \"Sit down and let the people speak!\"\n")
    assert [(t, k) for _, k, t in _said(text)] == [
        ("people who push for change take a lot of criticism.", "direct_quote"),
        ("Let me say this", "direct_quote"),
        ("We will find a way that is fair to every family in the state.", "direct_quote"),
        ("Sit down and let the people speak!", "direct_quote"),
    ]


def test_a_quotation_by_somebody_unnamed_is_not_carried_on_from_the_last_named_speaker() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "\"We have a lot of work to do,\" Roe said.\n\n"
            "\"Trust is the last big hurdle for her,\" the person added. \"How she handles it matters.\"\n\n"
            "\"This looks like the last race,\" said one longtime adviser to Roe. \"It will be close.\"\n")
    assert [t for _, _, t in _said(text)] == ["We have a lot of work to do"]


def test_scene_setting_openings_but_says_announced_and_relative_clauses() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "At a rally in Oakton, N.H., on Tuesday, Vance endorsed the governor, saying that his former rival "
            "would make a fine leader.\n\n"
            "Vance has disputed both critiques, but says that in hindsight he would have chosen differently.\n\n"
            "Vance, who announced a $275 billion road plan on Monday, plans to focus on jobs.\n\n"
            "Sen. Jo Lee (D-Elm), who says the allies should send more aid, tweeted that the strategy was failing.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Carl Vance", "his former rival would make a fine leader"),
        ("Carl Vance", "in hindsight he would have chosen differently"),
        ("Carl Vance", "a $275 billion road plan on Monday"),
        ("Jo Lee", "the allies should send more aid"),
        ("Jo Lee", "the strategy was failing"),
    ]


def test_a_subordinate_clause_ends_at_the_main_one_and_a_former_staffer_speaks_for_himself() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "While Roe said there was clear evidence of waste, she did not call for any audit.\n\n"
            "Ms. Roe's former campaign manager, Cory Lane, said the aide who replaced him had made mistakes.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Ann Roe", "there was clear evidence of waste"),
        ("Cory Lane", "the aide who replaced him had made mistakes"),
    ]


def test_a_gerund_can_open_the_reported_clause() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton. She said widening the canal would bring hundreds of new jobs "
            "to the port. Roe said, standing by the door of the mill.\n")
    assert [t for _, _, t in _said(text)] == ["widening the canal would bring hundreds of new jobs to the port"]


def test_beliefs_and_hopes_are_not_statements() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "Roe thinks the state budget will pass by June. Roe believes the tax cut is safe. "
            "Roe hopes the mill will reopen, and she worries the plant will close.\n")
    assert _said(text) == []


def test_titles_topics_and_honorifics_are_not_what_was_said() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "\"We will win this state,\" Roe told a crowd of 1,300. The band played \"Eye of the Storm.\"\n\n"
            "Roe said little about how the plan would be paid for. Roe said about the mill that it was a shame. "
            "Roe told Mr. Vance last year that the deal was dead.\n")
    assert [t for _, _, t in _said(text)] == ["We will win this state", "the deal was dead"]


def test_a_second_predicate_after_an_object_and_a_participle_after_by_belong_to_the_subject() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "Roe was defending the union against attacks from Democratic nominee Carl Vance, but admitted that "
            "two of its leaders had broken the rules.\n\n"
            "Roe closed the rally by saying she is ready to go to work for the state on the first day.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Ann Roe", "two of its leaders had broken the rules"),
        ("Ann Roe", "she is ready to go to work for the state on the first day"),
    ]


def test_an_attribution_in_mid_sentence_splits_what_was_said_around_it() -> None:
    text = ("Republican nominee Ann Roe spoke in Elmton.\n\n"
            "The trouble with the new rules, Roe said, is that they leave out the smallest banks.\n\n"
            "The vote, she predicted, would bring the delegates over to her side.\n\n"
            "In Elmton, Roe said, the mills are hiring again.\n")
    assert [t for _, _, t in _said(text)] == [
        "The trouble with the new rules", "is that they leave out the smallest banks",
        "would bring the delegates over to her side",  # "The vote" alone is too short to stand
        "the mills are hiring again"]  # a place before the attribution is no part of what was said


def test_told_a_whole_audience_and_joked_to_someone_that() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Vance told a union gathering in Oakton he will protect the pensions of every worker.\n\n"
            "Vance joked to the bank chairman Ray Poe that the rates would never come down in his lifetime.\n")
    assert [t for _, _, t in _said(text)] == ["he will protect the pensions of every worker",
                                              "the rates would never come down in his lifetime"]


def test_called_on_someone_to_act_stating_and_repeated() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Vance said he had released ten years of returns and called on Ann Roe to do the same.\n\n"
            "Vance issued a statement, stating that the plant would stay open through the winter.\n\n"
            "Vance repeated his pledge to raise the wage for every worker in the state.\n")
    assert [t for _, _, t in _said(text)] == [
        "he had released ten years of returns", "Ann Roe to do the same",
        "the plant would stay open through the winter", "his pledge to raise the wage for every worker in the state"]


def test_described_accused_and_blamed_carry_what_was_said() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Vance described the merger as a plain betrayal of the workers at the plant.\n\n"
            "Vance accused the governor of hiding the cost of the new stadium from voters.\n")
    assert [t for _, _, t in _said(text)] == [
        "the merger as a plain betrayal of the workers at the plant",
        "the governor of hiding the cost of the new stadium from voters"]


def test_a_closing_attribution_with_an_appositive_or_an_addressee() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton. His campaign manager, Al Poe, is a former state "
            "senator.\n\n"
            "Vance will stay in the race until the convention, his top aide, Al Poe, told The Daily Herald.\n\n"
            "The rest of the files have been moved to a secure system, Vance wrote Ray Poe.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Al Poe", "Vance will stay in the race until the convention"),
        ("Carl Vance", "The rest of the files have been moved to a secure system")]


def test_a_statement_saying_after_a_party_tag_and_a_staffer_named_after_the_boss() -> None:
    text = ("Sen. Rob Elm (R-Elm) issued a statement saying that the chamber ought to wait until after the vote.\n\n"
            "Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Last year, Vance rose to the defense of the union boss, who is under investigation, saying he "
            "should be given a second chance.\n\n"
            "Vance campaign manager Al Poe rejected the idea that the nominee would drag down the ticket, saying "
            "the crowds prove otherwise.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Rob Elm", "the chamber ought to wait until after the vote"),
        ("Carl Vance", "he should be given a second chance"),
        ("Al Poe", "the idea that the nominee would drag down the ticket"),  # what he rejected
        ("Al Poe", "the crowds prove otherwise")]


def test_telling_before_a_quotation_and_a_quotation_said_by_someone_not_on_record() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Back in 1999, Vance praised the governor's skills, telling a radio host: \"I wish I could be like "
            "that. I just can't.\"\n\n"
            "\"The first line of defense is in the towns,\" said longtime party activist Ann Roe of Elm.\n")
    assert [(s, t) for s, _, t in _said(text)] == [("Carl Vance", "the governor's skills"),  # what he praised
                                                  ("Carl Vance", "I wish I could be like that. I just can't.")]


def test_she_after_someone_not_on_record_spoke_is_not_the_official_named_before() -> None:
    text = ("Democratic nominee Ann Roe held a rally in Elmton on Monday.\n\n"
            "The race has taken a more negative turn, Kay Lund said in an interview.\n\n"
            "\"His normal mood is grumpy,\" she said.\n")
    assert [s for s, _, _ in _said(text)] == []


def test_a_politicians_staffer_named_in_an_appositive_speaks_for_the_campaign() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Tad Vine, Vance's senior media adviser, said the campaign would stay in the race until the "
            "convention.\n\n"
            "Ray Dole, Sam Pike's lawyer, said the case would be dismissed by the end of the month.\n")
    assert [(s, t) for s, _, t in _said(text)] == [
        ("Tad Vine", "the campaign would stay in the race until the convention")]


def test_an_aide_to_an_office_named_in_an_appositive_is_an_official() -> None:
    text = "Ben Rhine, the president's deputy national security adviser, said the two leaders got along.\n"
    assert _said(text) == [("Ben Rhine", "indirect", "the two leaders got along")]


def test_a_headline_saying_what_an_official_said_is_a_statement() -> None:
    text = ("Vance Says He Never Pledged To Cut Pensions\n\n"
            "Democratic nominee Carl Vance spoke in Elmton on Monday about pensions and the budget.\n")
    assert _said(text) == [("Carl Vance", "indirect", "He Never Pledged To Cut Pensions")]
    plain = "Budget Talks Stall\n\nDemocratic nominee Carl Vance spoke in Elmton on Monday about the budget.\n"
    assert _said(plain) == []


def test_praise_and_blame_verbs_give_their_object_up_to_a_participle_or_a_quotation() -> None:
    text = ("Democratic nominee Carl Vance spoke in Elmton.\n\n"
            "Vance slammed the governor's plan to close three rural hospitals, saying the towns would suffer.\n\n"
            "Vance praised the nurses who kept the clinics open: \"They never left.\"\n")
    assert [t for _, _, t in _said(text)] == [
        "the governor's plan to close three rural hospitals", "the towns would suffer",
        "the nurses who kept the clinics open", "They never left."]



def test_a_reflexive_and_always_between_the_speaker_and_the_verb() -> None:
    text = ("Democratic nominee Carla Vance herself, and her aides too, has always insisted that the "
            "mail system was safe.\n")
    assert _said(text) == [("Carla Vance", "indirect", "the mail system was safe")]


def test_staff_named_as_a_candidates_aides_speak_for_the_campaign() -> None:
    text = ("Campaign trail.\n\n"
            "Republican nominee Ann Roe toured Elm on Tuesday.\n\n"
            "\"Vance owes voters an answer,\" Mike Abbot, a Roe spokesman, said in a statement.\n\n"
            "\"She will veto the levee tax,\" said Ted Dunn, a senior strategist for Roe.\n\n"
            "\"The plan is dead,\" said Roe campaign manager Lee Ober. \"We start over.\"\n\n"
            "\"It will rain,\" said Bo Teller, a Republican strategist.\n")
    got = _said(text)
    assert ("Mike Abbot", "direct_quote", "Vance owes voters an answer") in got
    assert ("Ted Dunn", "direct_quote", "She will veto the levee tax") in got
    assert ("Lee Ober", "direct_quote", "We start over.") in got
    assert "Bo Teller" not in _officials(text)  # a strategist for nobody named is no campaign's staff


def test_a_state_before_an_election_word_is_never_a_candidate() -> None:
    text = ("Primary week.\n\nAnn Roe campaigned in New Hampshire. New Hampshire voters liked her, and she won "
            "the New Hampshire primary.\n\nThe Republican nominee Ann Roe said the state mattered.\n")
    assert "New Hampshire" not in _officials(text)


def test_the_verb_of_a_relative_clause_belongs_to_the_person_it_describes() -> None:
    text = ("Primary week.\n\n"
            "Sen. Ann Roe, who backed Gov. Tim Cole in March and said she would raise money for him, stayed home.\n\n"
            "Cole also won an endorsement from Sen. Bo Diaz, who declared at the fairgrounds, "
            "\"We stand with Cole.\"\n")
    got = _said(text)
    assert [s for s, _, t in got if t.startswith("she would raise")] == ["Ann Roe"]
    assert ("Bo Diaz", "direct_quote", "We stand with Cole.") in got


_CAMPAIGN_SEASON = ("The Democratic nominee Carl Vance and the Republican nominee Ann Roe held rallies as the "
                    "presidential primary race went on, and voters and delegates watched the campaign.\n\n")


def test_former_officeholders_described_in_a_relative_clause_or_lower_case_are_officials() -> None:
    text = (_CAMPAIGN_SEASON +
            "Tom Lake, who was Senate minority leader in the 1990s, said the party must unite.\n\n"
            "Former Utah governor Joan Brewster said the border plan was weak.\n\n"
            "Jason Furlong, who leads the State Water Council, said that the drought plan had failed.\n")
    got = {o.name: o for o in extract(text).officials}
    assert got["Tom Lake"].office == "Former Official" and got["Tom Lake"].jurisdiction is None
    assert got["Joan Brewster"].office == "Former Governor"
    assert got["Jason Furlong"].office == "Official"
    assert "Economic Advisers" not in got
    speakers = {s for s, _, _ in _said(text)}
    assert {"Tom Lake", "Joan Brewster", "Jason Furlong"} <= speakers


def test_campaign_staff_with_no_boss_named_and_foreign_ministers_in_political_coverage() -> None:
    text = (_CAMPAIGN_SEASON +
            "Campaign manager Lee Ober said the delegates would come.\n\n"
            "Norwegian Defence Minister Ola Berg told the summit that patrols would grow.\n")
    got = {o.name: o for o in extract(text).officials}
    assert got["Lee Ober"].office == "Campaign Manager"
    assert (got["Ola Berg"].office, got["Ola Berg"].jurisdiction) == ("Minister (Norwegian)", None)
    assert not any(name.startswith("Defence") for name in got)
    assert ("Ola Berg", "indirect", "patrols would grow") in _said(text)


def test_a_clause_then_its_attribution_with_time_place_or_a_participle_after_it() -> None:
    text = ("Campaign notes.\n\nRepublican nominee Ann Roe spoke Monday.\n\n"
            "The toll plan is a scandal, Roe said Tuesday in Elmton, noting the rival's record.\n\n"
            "A clean win matters most, she said after meeting Thursday with county aides, because the vote is near.\n\n"
            "The levee is safe, Roe said in Elmton, the board will tell you why.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "The toll plan is a scandal") in got
    assert ("Ann Roe", "indirect", "A clean win matters most") in got
    assert not any(t.startswith("The levee") for _, _, t in got)  # a clause follows: not an attribution's end


def test_what_a_speaker_called_someone_ends_with_its_quotation_or_the_next_verb() -> None:
    text = (_CAMPAIGN_SEASON +
            "Sen. Al Berry, a Roe ally, called the state's new school ratings \"fair.\"\n\n"
            "Others piled on, with former Idaho Gov. Martin Oakley calling Roe a bully.\n\n"
            "Roe has targeted the river towns, calling their councils \"wasteful\" and threatening "
            "to cut their grants.\n\n"
            "Sen. Tim Scotter, who has called Roe's budget ''plainly cruel,'' described her as a passing "
            "storm.\n\n"
            "Vance called the report a \"cheap smear,\" and then tweeted that the paper was failing.\n\n"
            "Elmland is a country that the previous nominee, Ann Roe, called ''our least reliable neighbor.''\n")
    got = _said(text)
    assert ("Al Berry", "indirect", "the state's new school ratings \"fair.\"") in got
    assert ("Martin Oakley", "indirect", "Roe a bully") in got
    assert ("Ann Roe", "indirect", "their councils \"wasteful\"") in got
    assert ("Tim Scotter", "indirect", "Roe's budget ''plainly cruel,''") in got
    assert ("Carl Vance", "indirect", "the report a \"cheap smear,\"") in got
    assert ("Carl Vance", "indirect", "the paper was failing") in got
    assert ("Ann Roe", "indirect", "''our least reliable neighbor.''") in got


def test_the_words_after_a_quotations_attribution_are_not_a_reported_clause() -> None:
    text = (_CAMPAIGN_SEASON +
            "\"That was a mistake,\" Roe said in answer to a question from a farmer on Monday.\n\n"
            "\"The count was wrong,\" Vance said at a rally in Elmton, adding that he would appeal.\n\n"
            "Asked about the \"new toll roads,\" Vance said the tolls would fall hardest on commuters.\n")
    got = _said(text)
    assert not any(t.startswith("in answer") for _, _, t in got)
    assert ("Carl Vance", "indirect", "he would appeal") in got
    assert ("Carl Vance", "indirect", "the tolls would fall hardest on commuters") in got  # a scare quote before


def test_a_short_quotation_after_a_possessive_is_a_title_and_a_lower_case_role_is_described() -> None:
    text = (_CAMPAIGN_SEASON +
            "On ABC News's \"This Week,\" Roe said nothing new.\n\n"
            "\"The numbers do not add up,\" said Chris Prebble, vice president for policy studies at the Elm "
            "Institute.\n\n"
            "\"The levy will pass,\" said Kevin Brody, chairman of the House Budget Committee.\n")
    got = _said(text)
    assert not any(t == "This Week" for _, _, t in got)
    assert not any(s == "Chris Prebble" for s, _, _ in got)
    assert ("Kevin Brody", "direct_quote", "The levy will pass") in got


def test_titles_with_of_datelines_self_described_and_a_clause_after_a_dash_keep_their_speaker() -> None:
    text = (_CAMPAIGN_SEASON +
            "Secretary of State Jon Kerrigan said the treaty talks would resume in May.\n\n"
            "Vance, a senator from Elm and self-described prairie populist, said the bank merger was a theft.\n\n"
            "ELMTON, Ore. (Reuters) - Gov. Ada Marsh toured the flooded farms on Thursday and said the state "
            "must rebuild the levee.\n\n"
            "Roe annoyed Vance - he called her \"timid\" and said she had lost the farm vote.\n")
    got = _said(text)
    assert ("Jon Kerrigan", "indirect", "the treaty talks would resume in May") in got
    assert ("Carl Vance", "indirect", "the bank merger was a theft") in got
    assert ("Ada Marsh", "indirect", "the state must rebuild the levee") in got
    assert ("Carl Vance", "indirect", "she had lost the farm vote") in got


def test_a_detour_before_that_a_colon_clause_and_a_suggested_gerund_are_reported_speech() -> None:
    text = (_CAMPAIGN_SEASON +
            "Roe said following a vote in 2019 that she doubted the dam would hold.\n\n"
            "Vance said — on the radio, of all places — that the levee would hold.\n\n"
            "Roe said, in a letter to donors, that the campaign had raised a record sum.\n\n"
            "Vance suggested closing the toll road if the county could not repair it.\n\n"
            "Roe said: Make no mistake, the mill will reopen by spring.\n")
    got = {t for _, _, t in _said(text)}
    assert {"she doubted the dam would hold", "the levee would hold",
            "the campaign had raised a record sum", "closing the toll road if the county could not repair it",
            "Make no mistake, the mill will reopen by spring"} <= got


def test_more_participles_report_speech_after_a_comma_or_an_auxiliary() -> None:
    text = (_CAMPAIGN_SEASON +
            "Vance spoke in Elmton on Friday, demanding that the state reopen the mill.\n\n"
            "Roe is proposing that every county get a new clinic.\n\n"
            "Vance praised the workers, conceding that the plant had been poorly run.\n")
    got = {t for _, _, t in _said(text)}
    assert {"the state reopen the mill", "every county get a new clinic",
            "the plant had been poorly run"} <= got


def test_a_claim_a_promise_or_a_call_named_by_its_noun_is_its_owners_statement() -> None:
    text = (_CAMPAIGN_SEASON +
            "Vance mocked Roe's promise to build a dam across the river.\n\n"
            "Speaking in Elmton, Vance repeated his claim that the state had lost ten thousand jobs.\n\n"
            "Roe and Vance traded barbs, and his call for a tax cut went nowhere.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "build a dam across the river") in got
    assert any(s == "Carl Vance" and t.endswith("the state had lost ten thousand jobs") for s, _, t in got)
    assert not any(t.startswith("a tax cut") for _, _, t in got)  # "his" could be either of two men named


def test_admirals_ministers_party_leaders_and_undersecretaries_are_officials() -> None:
    text = ("Notes.\n\n"
            "Adm. Harold B. Harker Jr., who commands the southern fleet, rarely gives interviews.\n\n"
            "\"We respect their sailors,\" Admiral Harker said.\n\n"
            "The trade minister, Lou Jian, suggested that other nations should stop dumping cheap steel.\n\n"
            "Elm Independence Party leader Nigel Farrow said the vote was rigged.\n\n"
            "Pat Kennard, the undersecretary for logistics, wrote that the files were archived.\n")
    got = _said(text)
    assert ("Harold B. Harker Jr.", "direct_quote", "We respect their sailors") in got
    assert ("Lou Jian", "indirect", "other nations should stop dumping cheap steel") in got
    assert ("Nigel Farrow", "indirect", "the vote was rigged") in got
    assert ("Pat Kennard", "indirect", "the files were archived") in got


def test_live_blog_shapes_progressives_supervisors_and_a_second_predicate_with_has() -> None:
    text = (_CAMPAIGN_SEASON +
            "9:10 p.m.\n\n"
            "Vance is continuing to insist he will debate only in the fall.\n\n"
            "Roe is telling diners at the fish fry how she saved the county fair.\n\n"
            "Vance often mocks Roe's budget and has called for the senator to publish her tax returns.\n\n"
            "Elm County Supervisor of Elections Sue Butcher said that mail ballots must arrive by Friday.\n")
    got = _said(text)
    assert ("Carl Vance", "indirect", "he will debate only in the fall") in got
    assert ("Ann Roe", "indirect", "she saved the county fair") in got
    assert ("Carl Vance", "indirect", "the senator to publish her tax returns") in got
    assert ("Sue Butcher", "indirect", "mail ballots must arrive by Friday") in got
    assert not any(o.name.startswith("Elections") for o in extract(text).officials)


def test_a_person_described_before_the_name_is_not_a_political_figure_sharing_a_senators_surname() -> None:
    text = ("How the flood changed Sen. Chris Marsh.\n\n"
            "The presidential campaign and the election loomed, and Democrats and Republicans in the Senate "
            "debated the primary.\n\n"
            "Among those lost was a school nurse's aide, Anne Marie Marsh, who drowned carrying a child to a roof.\n\n"
            "\"It changed everything for me,\" Marsh said. Marsh said the levee bill would pass.\n")
    got = _said(text)
    assert "Anne Marie Marsh" not in {o.name for o in extract(text).officials}
    assert {s for s, _, _ in got} == {"Chris Marsh"}


def test_a_capitalised_particle_opening_a_sentence_and_a_participle_after_an_object() -> None:
    text = ("Notes.\n\nMayor Bill de Blasio and the Republican nominee Ann Roe spoke on Monday.\n\n"
            "De Blasio said the decision belonged to the parks commissioner.\n\n"
            "For months, Roe had praised de Blasio, stating that his ideas improved the debate.\n")
    got = _said(text)
    assert "De Blasio" not in {o.name for o in extract(text).officials}
    assert ("Bill de Blasio", "indirect", "the decision belonged to the parks commissioner") in got
    assert ("Ann Roe", "indirect", "his ideas improved the debate") in got


def test_accented_names_surrogates_and_has_since_said() -> None:
    text = ("Notes.\n\nThe Democratic nominee Carl Vance spoke on Monday.\n\n"
            "French President François Hollande said the tariffs were unwise.\n\n"
            "State Sen. José Rodríguez said the bill was wrong.\n\n"
            "Nina Turnbull, a prominent surrogate for Mr. Vance, said that she had heard from many angry delegates.\n\n"
            "Vance has since said that he skipped the vote to visit his mother.\n")
    got = _said(text)
    assert ("François Hollande", "indirect", "the tariffs were unwise") in got
    assert ("José Rodríguez", "indirect", "the bill was wrong") in got
    assert ("Nina Turnbull", "indirect", "she had heard from many angry delegates") in got
    assert ("Carl Vance", "indirect", "he skipped the vote to visit his mother") in got


def test_a_manner_adverb_between_speaker_and_verb_but_not_a_noun_ending_in_ly() -> None:
    text = ("Notes.\n\nThe Democratic nominee Carl Vance spoke on Monday.\n\n"
            "Vance loudly declared at a town meeting, \"I never saw the audit.\"\n\n"
            "Vance quickly noted that the levee had held.\n\n"
            "The Vance family said the farm would be sold.\n")
    got = _said(text)
    assert ("Carl Vance", "direct_quote", "I never saw the audit.") in got
    assert ("Carl Vance", "indirect", "the levee had held") in got
    assert not any(t.startswith("the farm") for _, _, t in got)


def test_an_infinitive_of_speech_is_the_subjects_unless_refused_or_asked_of_someone() -> None:
    text = ("Notes.\n\nThe Republican nominee Ann Roe and the Democratic nominee Carl Vance held rallies.\n\n"
            "Roe on Friday held a briefing to brag that the county had paid off its debt.\n\n"
            "Vance went out of his way to say that the mill would hire again.\n\n"
            "Roe urged Vance to say that the mill would stay open.\n\n"
            "Vance may yet be able to claim the prize money by June.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "the county had paid off its debt") in got
    assert ("Carl Vance", "indirect", "the mill would hire again") in got
    assert not any(s == "Carl Vance" and t.startswith("the mill would stay") for s, _, t in got)  # asked of him
    refused = ("Notes.\n\nThe Republican nominee Ann Roe and the Democratic nominee Carl Vance held rallies.\n\n"
               "Roe declined to say whether she would sign the bill. Vance refused to say that he would run.\n\n"
               "Roe's call to Gov. Bo Diaz on Tuesday lasted an hour. Vance's promise to voters went unkept.\n\n"
               "Roe's claim that taxes will fall is false.\n\n"
               "Roe called reporters the next morning to complain.\n")
    said = _said(refused)
    assert [t for _, _, t in said] == ["taxes will fall"]
    assert not any(t.startswith("the prize") for _, _, t in got)


def test_an_aside_after_that_and_a_gerund_after_admitted_or_called_for() -> None:
    text = ("Notes.\n\nThe Republican nominee Ann Roe and the Democratic nominee Carl Vance held rallies.\n\n"
            "Roe quipped that, in her county, Vance places third in a two-man contest.\n\n"
            "Though Roe has admitted skipping the hearing, she will not apologize.\n\n"
            "Vance has called for taxing vacant lots at the full rate.\n")
    got = _said(text)
    assert ("Ann Roe", "indirect", "Vance places third in a two-man contest") in got
    assert ("Ann Roe", "indirect", "skipping the hearing") in got
    assert ("Carl Vance", "indirect", "taxing vacant lots at the full rate") in got


def test_a_judgment_like_the_most_able_candidate_does_not_make_the_next_name_a_candidate() -> None:
    text = (_CAMPAIGN_SEASON +
            "Roe knows the farms best, and she is the most able candidate Dick Vigor argues.\n")
    got = {o.name: o.office for o in extract(text).officials}
    assert got.get("Dick Vigor") != "Candidate"


def test_a_claim_tied_to_its_owner_through_his_or_her_is_listed_as_a_pronouns() -> None:
    text = ("Notes.\n\nThe Democratic nominee Carl Vance spoke.\n\n"
            "Vance mocked the plan, and his claim that the state had lost ten thousand jobs drew cheers.\n")
    got = [s for s in extract(text).statements if s.cue == "nominal"]
    assert [(s.speaker, s.attribution) for s in got] == [("Carl Vance", "pronoun")]


def test_staff_of_a_politician_named_in_full_with_a_possessive_and_an_adjective() -> None:
    text = (_CAMPAIGN_SEASON +
            "Corey Lundy, Ann Roe's fired campaign manager, said the auditor acted unfairly.\n")
    got = {o.name: o.office for o in extract(text).officials}
    assert got["Corey Lundy"] == "Campaign Manager"
    assert ("Corey Lundy", "indirect", "the auditor acted unfairly") in _said(text)


def test_a_reported_clause_ends_where_a_speech_participle_or_a_second_called_begins() -> None:
    text = (_CAMPAIGN_SEASON +
            "Vance said he would publish his tax returns on Friday, calling them \"very dull reading.\"\n\n"
            "Sen. Al Marr said Roe's road plan would raise tolls, and called her \"the toll queen.\"\n")
    got = _said(text)
    assert ("Carl Vance", "indirect", "he would publish his tax returns on Friday") in got
    assert ("Al Marr", "indirect", "Roe's road plan would raise tolls") in got
    assert any(s == "Al Marr" and t.startswith("her") for s, _, t in got)
