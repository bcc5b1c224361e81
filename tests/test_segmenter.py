"""Sentence starts from news layout, boilerplate and datelines (rule test on spacy.blank)."""

from __future__ import annotations

import pytest
import spacy

from extractor.segmenter import Layout, Segmenter, line_breaks_sentence


@pytest.fixture(scope="module")
def nlp(models_dir):
    nlp = spacy.blank("en")
    nlp.add_pipe("trade_segmenter", config={"models_dir": str(models_dir)})
    nlp.add_pipe("sentencizer")
    return nlp


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_headline_is_its_own_sentence(nlp):
    text = "EU slaps duties on Chinese e-bikes\nBRUSSELS, Jan 4 (TEN Wire) - The European Union imposed duties on Friday."
    assert sentences(nlp, text)[0] == "EU slaps duties on Chinese e-bikes"


@pytest.mark.parametrize(
    "text, first",
    [
        ("EU sets duties on Chinese heat pumps; Beijing hits back at European pork\nBRUSSELS - The EU imposed duties.",
         ["EU sets duties on Chinese heat pumps;", "Beijing hits back at European pork"]),
        # a body sentence keeps its semicolons
        ("Tariffs rose\nThe EU imposed duties on steel; aluminum was spared.", ["Tariffs rose", "The EU imposed duties on steel; aluminum was spared."]),
    ],
)
def test_a_headline_splits_at_semicolons(nlp, text, first):
    assert sentences(nlp, text)[:2] == first


@pytest.mark.parametrize(
    "headline, parts",
    [
        ("Sri Lanka to end car import ban, Pakistan halts sugar exports",
         ["Sri Lanka to end car import ban,", "Pakistan halts sugar exports"]),
        ("Mexico raises tariffs on Asian clothing, Beijing opens trade barrier probe",
         ["Mexico raises tariffs on Asian clothing,", "Beijing opens trade barrier probe"]),
        ("EU slaps duties on Chinese steel, South Korea to appeal", ["EU slaps duties on Chinese steel,", "South Korea to appeal"]),
        # one verb for several subjects, or a second verb without a subject: one sentence
        ("Japan, Netherlands agree to join U.S. curbs on chip exports", ["Japan, Netherlands agree to join U.S. curbs on chip exports"]),
        ("Trump, Xi discuss trade at summit", ["Trump, Xi discuss trade at summit"]),
        ("Jokowi lifts palm oil export ban, keeps levy as prices ease", ["Jokowi lifts palm oil export ban, keeps levy as prices ease"]),
        ("U.S. and China hold trade talks, Xi Jinping says deal near", ["U.S. and China hold trade talks,", "Xi Jinping says deal near"]),
        ("Washington sanctions Russian banks, Gazprom Neft", ["Washington sanctions Russian banks, Gazprom Neft"]),
    ],
)
def test_a_headline_splits_at_a_comma_before_a_new_subject_and_verb(nlp, headline, parts):
    assert sentences(nlp, headline + "\nBRUSSELS - The EU imposed duties on steel.")[:len(parts)] == parts


def test_no_sentence_crosses_a_blank_line(nlp):
    text = "Tariffs on steel rise to\n\n25 percent, officials said."
    assert len(sentences(nlp, text)) == 2


def test_wrapped_lines_stay_one_sentence(nlp):
    text = "HEADLINE HERE\n\n  WASHINGTON, March 2 - The United States said it would\n  impose tariffs on Japanese chips, officials said."
    sents = sentences(nlp, text)
    assert sents[-1].startswith("WASHINGTON") and sents[-1].endswith("officials said.")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Font Size S M L Print Timeline 0", True),
        ("Reporting by Jane Doe; Editing by John Smith", True),
        ("(Reporting by Jane Doe in Brussels)", True),
        ("Related coverage", True),
        ("[Video](#) and [photographs](#) from the trilateral meeting", True),
        ("By Maria Lopez", True),
        ("For more information", True),
        ("[EU, Japan and US met in Brussels to discuss overcapacity, steel](#)", False),
        ("The United States imposed tariffs on steel.", False),
        ("By imposing tariffs, Washington hopes to cut the deficit.", False),
        # a line that is only the story's date
        ("December 22, 2020", True),
        ("Tuesday, March 5, 2019", True),
        ("Updated: Jan. 5, 2021, 10:32 AM EST", True),
        ("December 22, 2020, the Commission imposed duties on steel.", False),
    ],
)
def test_boilerplate_lines(nlp, line, expected):
    doc = nlp("Headline\n" + line + "\nThe end.")
    marked = any(line.strip() in s.text for s in doc.spans["trade_boilerplate"])
    assert marked is expected


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("Headline\nWASHINGTON (Kyodo) -- The U.S. said Friday it will start talks.", "WASHINGTON (Kyodo) --"),
        ("Headline\n\nBRUSSELS, Sept 13 (TEN Wire) - The EU said on Monday.", "BRUSSELS, Sept 13 (TEN Wire) -"),
        ("Headline\n\nNEW DELHI - India raised duties on gold.", "NEW DELHI -"),
        ("Headline\n\n  TOKYO, March 3 - Japan said.", "TOKYO, March 3 -"),
        ("Headline\nMUMBAI, Aug 4 (PTI) The finance ministry cut duties on gold.", "MUMBAI, Aug 4 (PTI)"),
        ("Headline\nNew Delhi, Aug 4 (IANS): The finance ministry cut duties on gold.", "New Delhi, Aug 4 (IANS):"),
    ],
)
def test_datelines(nlp, text, dateline):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.spans["trade_dateline"]] == [dateline]


@pytest.mark.parametrize(
    "prev, index, expected",
    [("Trade war escalates", 0, True), ("said it would", 3, False), ("officials said.", 3, True),
     ("US SLAPS TARIFFS ON STEEL", 2, True), ('"We will respond," he said.', 4, True), ("", 2, True),
     ("Harcourt Lane Lawyers | Trade Remedies Bulletin | 5 June 2015", 1, True), ("the tariffs | said", 3, True)],
)
def test_line_breaks_sentence(prev, index, expected):
    assert line_breaks_sentence(prev, index) is expected


def test_layout_requires_a_dateline_rule(tmp_path):
    from extractor.resources import ResourceFileError

    (tmp_path / "layout.jsonl").write_text('{"kind": "boilerplate", "regex": "^x"}\n', encoding="utf-8")
    with pytest.raises(ResourceFileError, match="dateline"):
        Layout.from_dir(tmp_path)


def test_segmenter_is_reusable(models_dir):
    seg = Segmenter(Layout.from_dir(models_dir))
    nlp = spacy.blank("en")
    doc = seg(nlp("One.\n\nTwo."))
    assert doc[0].is_sent_start


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Headline\nU.S. Trade Representative Carla Hills said the talks failed.",
         ["Headline", "U.S. Trade Representative Carla Hills said the talks failed."]),
        ("Headline\nThe duties start on Jan. 15 for goods from Vietnam.",
         ["Headline", "The duties start on Jan. 15 for goods from Vietnam."]),
        ("Headline\nThe probe covers Hyundai Steel Co. Ltd. and POSCO.",
         ["Headline", "The probe covers Hyundai Steel Co. Ltd. and POSCO."]),
        ("Headline\nShe said: \"We will act.\" The ministry agreed.",
         ["Headline", "She said: \"We will act.\"", "The ministry agreed."]),
        ("Headline\nExports rose (in value.) Imports fell.",
         ["Headline", "Exports rose (in value.)", "Imports fell."]),
    ],
)
def test_abbreviations_and_closing_quotes(nlp, text, expected):
    assert sentences(nlp, text) == expected


def test_a_function_word_after_an_abbreviation_is_left_to_the_parser(nlp):
    doc = nlp.get_pipe("trade_segmenter")(nlp.make_doc("Headline\nTariffs rose on cars from the U.S. The ministry said so."))
    the = [t for t in doc if t.text == "The"][0]
    trade = nlp.get_pipe("trade_segmenter")(nlp.make_doc("Headline\nThe U.S. Trade Representative spoke."))
    assert the.is_sent_start is None
    assert [t for t in trade if t.text == "Trade"][0].is_sent_start is False


@pytest.mark.parametrize(
    "text, word, continues",
    [
        ("Headline\nThe White House said high U.S.\nTariffs on Japanese goods would be imposed.", "Tariffs", True),
        ("Headline\nOfficials met one day before U.S. And Japanese officials were to meet.", "And", True),
        ("Headline\nIt had been under growing U.S.\nPressure to cut its surplus.", "Pressure", True),
        ("Headline\nIt is not reasonable for the U.S. To demand more.", "To", True),
        ("Headline\nSubsidies were 13 pct in the U.S.\nThe ministry said so.", "The", False),
        ("Headline\nThe duties hit Acme Steel Co.\nShares fell 5 pct.", "Shares", False),  # only "U.S." and "U.K." carry the style
    ],
)
def test_old_copy_capitalises_the_word_after_an_abbreviation(nlp, text, word, continues):
    """Reuters copy of the 1980s writes "U.S. Tariffs", "U.S. And Japanese": the sentence goes on (blank model: no tags)."""
    doc = nlp(text)
    token = [t for t in doc if t.text == word][0]
    assert (not token.is_sent_start) == continues


def test_a_wrapped_line_starting_with_a_name_after_an_abbreviation_starts_a_sentence(extractor):
    doc = extractor.parse("Headline\nSubsidies were 13 pct for the U.S.\nJapan's beef subsidy was 55 pct.")
    assert [s.text.strip() for s in doc.sents][-1] == "Japan's beef subsidy was 55 pct."


def test_abbreviation_rows_must_have_a_regex(tmp_path):
    """A layout row of kind abbreviation is validated like the others."""
    (tmp_path / "layout.jsonl").write_text(
        '{"kind": "dateline", "regex": "^(X) -"}\n{"kind": "abbreviation", "regex": "("}\n', encoding="utf-8")
    from extractor.resources import ResourceFileError
    with pytest.raises(ResourceFileError):
        Layout.from_dir(tmp_path)


def test_a_date_line_is_no_part_of_the_next_sentence(nlp):
    doc = nlp("Export controls update\nBy Jane Doe\nDecember 22, 2020\nOn December 18, 2020, BIS added 77 entities to the Entity List.")
    assert [s.text.strip() for s in doc.sents][-1] == "On December 18, 2020, BIS added 77 entities to the Entity List."


def test_a_list_item_is_one_sentence_through_its_marker_and_lead(nlp):
    text = ("FACTBOX-How the trade war escalated\n- Aug. 23, 2018: A second round of U.S. tariffs took effect.\n"
            "- May 10, 2019: The increase to 25 percent took effect.")
    assert sentences(nlp, text)[1:] == ["- Aug. 23, 2018: A second round of U.S. tariffs took effect.",
                                                       "- May 10, 2019: The increase to 25 percent took effect."]


def test_a_text_with_long_lines_is_not_hard_wrapped_so_every_line_ends_a_sentence(nlp):
    text = ("Beijing hits Taiwan with sand export ban\n"
            "Commerce ministry halts natural sand shipments to the island while customs suspends citrus and fish imports\n"
            "Lin Yuxuan in Beijing\n"
            "Beijing on Wednesday suspended exports of natural sand to Taiwan and halted imports of citrus fruit and two types of "
            "fish from the island.")
    assert len(sentences(nlp, text)) == 4


def test_hard_wrapped_copy_is_told_apart_by_its_line_lengths():
    from extractor.segmenter import hard_wrapped
    assert hard_wrapped("HEADLINE\nThe United States and the European\nCommunity have reached a consensus.")
    assert not hard_wrapped("Headline\n" + "A paragraph of modern copy runs on well past any fixed width, " * 3 + "\nBy A Reporter")


@pytest.mark.parametrize("text", ["Headline\nWTO (World Trade Organization) members met on Monday.",
                                  "Headline\nMeanwhile, prices rose (slightly) on Monday."])
def test_a_parenthesis_without_a_date_makes_no_dateline(nlp, text):
    assert not nlp(text).spans["trade_dateline"]
