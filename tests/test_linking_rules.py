"""General linking rules, each on sentences written for this test (hand-checked expectations, not blind data)."""

from __future__ import annotations

import pytest

from analysis.extract.document import extract_text


#: An interview's headline and standfirst, so that the questions below stand in the body, not the header.
INTERVIEW = ("Interview: the returnees question\n\nWe spoke to a researcher who has followed the foreign fighters "
             "of Northern Europe for a decade, about what the new report says and what it leaves out.\n\n")


def claims(text: str, lang: str = "en") -> set[tuple]:
    rows, _ = extract_text("t", text, lang=lang)
    return {(r["entity"], r["measure"], r["value"]) for r in rows if r["measure"] != "unclassified"}


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan and Turkmenistan sent 500 and 400, respectively.",
     {("KAZ", "departed", 500), ("TKM", "departed", 400)}),
    ("In the Western Balkans, about 250 out of roughly 900 have returned.",
     {("WESTERN_BALKANS", "returned", 250), ("WESTERN_BALKANS", "departed", 900)}),
    (INTERVIEW + "Q: Let's start with Belgium. How many went?\n\nA: Around 470, by the government's count.",
     {("BEL", "departed", 470)}),
    (INTERVIEW + "Q: And how many have come back from Denmark?\n\nA: 72.", {("DNK", "returned", 72)}),
    ("At least 3,000 men, women and children from 25 countries who went to Syria are back home, the study says.",
     {("WORLD", "returned", 3000), ("WORLD", "countries_of_return", 25)}),
    ("Only Norway (60), Finland (40) and Ireland (30) have seen more of their citizens set off to join the group.",
     {("NOR", "departed", 60), ("FIN", "departed", 40), ("IRL", "departed", 30)}),
    ("In Norway, Denmark and Sweden about half of those who left are now home.",
     {("NOR", "return_share", 50), ("DNK", "return_share", 50), ("SWE", "return_share", 50)}),
])
def test_rule(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Central Asia's five states sent more than 4,200 people.",                  # 5 is the region's size
    "The ministry's old estimate of 6,000 departures, which it withdrew, is gone.",  # superseded
    "Call the hotline on 0800 789 321 for advice.",                           # a phone number
    "Some 90 Belgians are still fighting in Syria, officials say.",           # still fighting: no measure
])
def test_not_a_claim(text):
    got = claims(text)
    assert not any(v in (5, 6000, 789, 321, 90) for _, _, v in got), got


@pytest.mark.parametrize("text, expected", [
    # Women and children take the movement verb nearest to them, not any return word in the sentence.
    ("Albania sent 140 men to fight in Syria, along with 40 women and 60 children, according to a study of how "
     "the country handles its returnees.",
     {("ALB", "departed", 140), ("ALB", "women_departed", 40), ("ALB", "children_departed", 60)}),
    # Leaving the war zone is a return, not a departure.
    ("Worldwide, at least 1,200 people have left the group's territory and gone back to their home countries.",
     {("WORLD", "returned", 1200)}),
    # "returned to 20 countries": the countries people came back to.
    ("Some 2,000 fighters have returned to 20 countries so far.",
     {("WORLD", "returned", 2000), ("WORLD", "countries_of_return", 20)}),
    # A region that holds the war zone, named as the destination, is not where the fighters came from.
    ("Malaysia has sent few fighters to the Middle East, with officials putting the number at 90.",
     {("MYS", "departed", 90)}),
])
def test_rule_round_three(text, expected):
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    "Interpol, with 190 member countries, shares its list of foreign fighters.",
    "A coalition of more than 70 nations has bombed the group since 2014.",
])
def test_counts_of_states_that_are_not_origins(text):
    assert not any(m.startswith("countries_") for _, m, _ in claims(text))


@pytest.mark.parametrize("text, expected", [
    # A headline that rounds or mistypes the body's global figure restates it: same place, so that the gap
    # becomes a finding (headline against body) rather than a claim without a place.
    ("Report: 4,100 jihadists have gone home\n\nAt least 4,000 fighters have returned to 30 countries worldwide, "
     "the study says.",
     {("WORLD", "returned", 4100), ("WORLD", "returned", 4000), ("WORLD", "countries_of_return", 30)}),
    # A count of countries with no verb of its own answers the question before it.
    (INTERVIEW + "Q: And how many have come back?\n\nA: At least 4,000, in 30 countries.",
     {("WORLD", "returned", 4000), ("WORLD", "countries_of_return", 30)}),
])
def test_rule_from_context(text, expected):
    assert claims(text) == expected


def test_among_the_base_and_its_part():
    assert claims("Among the 1,910 French who left were 300 women and 200 children.") == {
        ("FRA", "departed", 1910), ("FRA", "women_departed", 300), ("FRA", "children_departed", 200)}
    assert claims("Among the 300 French returnees are 40 women.") == {
        ("FRA", "returned", 300), ("FRA", "women_returned", 40)}


def test_a_share_after_world_totals_is_a_world_share():
    text = ("More than 40,000 foreigners joined the group worldwide, and at least 5,600 have returned. "
            "Put the two figures together and 14 percent of those who left have come back.")
    assert ("WORLD", "return_share", 14) in claims(text)


def test_a_region_named_as_the_comparison_set_is_not_the_place():
    text = "Norway has one of the highest return rates in Scandinavia: of about 100 who left, roughly 40 are back."
    assert claims(text) == {("NOR", "departed", 100), ("NOR", "returned", 40)}


@pytest.mark.parametrize("lang, text", [
    ("en", "Belgium sent 470 fighters to Syria.\n\nAmong them, 120 have since returned."),
    ("fr", "La Belgique a envoyé 470 combattants en Syrie.\n\nParmi eux, 120 sont revenus."),
    ("es", "Bélgica envió 470 combatientes a Siria.\n\nDe ellos, 120 han regresado."),
    ("nl", "België stuurde 470 strijders naar Syrië.\n\nVan hen zijn er 120 teruggekeerd."),
    ("de", "Belgien schickte 470 Kämpfer nach Syrien.\n\nVon ihnen sind 120 zurückgekehrt."),
])
def test_a_sentence_that_points_back_keeps_the_place_across_a_paragraph(lang, text):
    assert claims(text, lang) == {("BEL", "departed", 470), ("BEL", "returned", 120)}


def test_an_elliptic_list_keeps_the_failed_check():
    """Rates per million, then bare "Denmark 27": items of one list, none of them a count of fighters."""
    assert claims("Belgium has 40 fighters per million inhabitants, Denmark 27 and Sweden 30.") == set()
    assert ("DNK", "departed", 145) in claims(
        "Belgium has 40 fighters per million inhabitants, while Denmark sent 145 and Sweden 300.")


@pytest.mark.parametrize("text, expected", [
    # An aside about the subject names another place: the figure stays the subject's.
    ("Canada, often compared with Western Europe in such studies, has seen about 180 of its citizens go, and "
     "around 60 return.", {("CAN", "departed", 180), ("CAN", "returned", 60)}),
    # A bare place after a region is the subject, not an aside.
    ("In Southeast Asia, Malaysia, a country of 32 million, saw about 100 of its citizens leave.",
     {("MYS", "departed", 100)}),
    # A country's media are a source, not the figure's place; the five republics are the region's size.
    ("More than 4,200 people from the five Central Asian republics made the journey. Some British media have "
     "put the total at around 5,000.", {("CENTRAL_ASIA", "departed", 4200)}),
])
def test_rule_places_that_are_not_the_figures(text, expected):
    assert claims(text) == expected


def test_m_of_n_across_a_comma_and_a_source_adjective():
    assert claims("Norway has seen many come home. Forty fighters, out of a total of around 100, are back "
                  "in Norway, officials say.") == {("NOR", "returned", 40), ("NOR", "departed", 100)}
    assert claims("The region sent 4,200. In American coverage the figure was put at around 5,000.") == set()


def test_a_list_item_does_not_borrow_the_next_clauses_verb():
    """"Испанцев — 200, вернулись около 30": the 200 is not among those who came back."""
    got = claims("Испания отправила в Сирию 200 человек. Испанцев — 200, вернулись около 30.", "ru")
    assert ("ESP", "returned", 200) not in got and ("ESP", "returned", 30) in got


def test_a_cue_before_an_aside_reaches_the_figure_after_it():
    got = claims("Бельгия отправила 500 человек. Из них вернулись, по данным полиции, около 120 человек.", "ru")
    assert ("BEL", "returned", 120) in got
    # "пальцем" (with a finger) is not "пали" (fell): no killed cue inside an unrelated word
    assert ("FRA", "killed", 1910) not in claims(
        "Один телеканал (не буду показывать пальцем) написал, что у Франции примерно 1 910 боевиков.", "ru")


def test_a_relative_clause_does_not_end_a_list_of_returnees():
    text = ("Turkey has taken back about 900 of its nationals, more than any other country. Tunisia follows with "
            "800 and Saudi Arabia with 760, while Britain, where 850 people are believed to have gone, has seen "
            "roughly half of them come home.")
    got = claims(text)
    assert ("TUN", "returned", 800) in got and ("SAU", "returned", 760) in got and ("GBR", "departed", 850) in got


def test_a_figure_inside_a_relative_clause_takes_its_verb():
    """"Uzbekistan, which sent 1,500, has seen none return": the 1,500 went; "5,600 people who went to join IS
    have now gone home": the 5,600 came back (the relative clause describes them)."""
    assert ("UZB", "departed", 1500) in claims("Uzbekistan, which sent 1,500, has seen none return, officials say.")
    assert ("WORLD", "returned", 5600) in claims(
        "Worldwide, 5,600 people who went to join IS have now gone home, the study says.")


@pytest.mark.parametrize("text, lang, present, absent", [
    # "N of them" is a part of the group just counted: its place, and the verb of its own clause.
    ("More than 40,000 foreigners went to fight. At least 5,600 of them, from 33 countries, have now returned "
     "home.", "en", {("WORLD", "returned", 5600)}, {("WORLD", "departed", 5600)}),
    # The whole first, then its part, across a comma.
    ("Algeria sent 170 fighters. Among those 170, 87 have returned.", "en",
     {("DZA", "departed", 170), ("DZA", "returned", 87)}, {("DZA", "returned", 170)}),
    ("L'Algérie a vu partir 170 combattants. Parmi ces 170, 87 sont revenus.", "fr",
     {("DZA", "returned", 87)}, {("DZA", "returned", 170)}),
    # A quoted figure belongs to its clause: the place and the verb are outside the quotation marks.
    ("Le rapport évoque « près de 300 » Belges revenus de Syrie.", "fr", {("BEL", "returned", 300)}, set()),
    ("Er sprach von „rund 2.000“ Kämpfern aus Tunesien, die zurückgekehrt sind.", "de",
     {("TUN", "returned", 2000)}, set()),
    # A figure that names whom it counts is not the women and children beside it.
    ("Bosnia's 248 men were accompanied by 60 women and 81 children.", "en",
     {("BIH", "departed", 248), ("BIH", "women_departed", 60)}, {("BIH", "women_departed", 248)}),
    # A contrast clause after a share does not share it.
    ("Across the European Union, a third of those who went have returned, and the proportion is higher for "
     "Denmark and Sweden, at around 50 per cent.", "en",
     {("EU", "return_share", 33.33), ("DNK", "return_share", 50), ("SWE", "return_share", 50)},
     {("DNK", "return_share", 33.33)}),
    # A second figure of one place is not the tail of a list: "1,623, and 198 returnees".
    ("In Morocco the report gives a figure of 1,623, and 198 returnees.", "en", {("MAR", "returned", 198)},
     {("MAR", "returned", 1623)}),
    # A departure before the part of an "M из N" is the part's own verb; "из 110 стран" is not a whole.
    ("В ряды ИГ вступили свыше 40 тыс. иностранцев из более чем 110 стран, а вернулись не менее 5 600 человек.",
     "ru", {("WORLD", "departed", 40000), ("WORLD", "returned", 5600)}, {("WORLD", "returned", 40000)}),
    # A departure in a relative clause after the figure describes the people; the main verb decides.
    ("Около 5 600 человек из 33 стран, которые уехали в Сирию, уже вернулись домой.", "ru",
     {("WORLD", "returned", 5600)}, {("WORLD", "departed", 5600)}),
    # A member named in passing ("Russia included") is not the place of the region's figure; a bare place after a
    # region is the subject.
    ("Taken together, the former Soviet republics, Russia included, account for more than 8,700 recruits.", "en",
     {("FORMER_SOVIET_UNION", "departed", 8700)}, {("RUS", "departed", 8700)}),
    ("Pour l'ensemble du Maghreb, Libye comprise, on compte 5 000 départs.", "fr",
     {("MAGHREB", "departed", 5000)}, {("LBY", "departed", 5000)}),
    ("En Asie du Sud-Est, l'Indonésie aurait vu partir quelque 600 combattants.", "fr",
     {("IDN", "departed", 600)}, {("SOUTHEAST_ASIA", "departed", 600)}),
    # A specific figure given again without its place is the earlier one, and its parts follow it.
    ("Britain saw 850 of its citizens leave, and 425 have come back. Russia, Saudi Arabia and Tunisia sent more. "
     "Of the 425 returnees, around 100 are women and 50 are children.", "en",
     {("GBR", "women_returned", 100), ("GBR", "children_returned", 50)}, {("TUN", "women_returned", 100)}),
    # A clause opened by a conjunction has its own subject: its place is not the figure's verb clause.
    ("Indonesia is the largest source. Police say roughly 50 have come home on their own, while several hundred "
     "more were stopped in Turkey and deported before they reached the border.", "en", {("IDN", "returned", 50)}, {("TUR", "returned", 50)}),
    ("Le Maroc compte 1 623 départs. Environ 200 sont rentrés, tandis que des centaines d'autres ont été "
     "arrêtés en Turquie avant d'avoir pu rejoindre la Syrie.", "fr", {("MAR", "returned", 200)}, {("TUR", "returned", 200)}),
    # The whole of a place's departures is larger than the place: above any country's scale, the world's.
    ("Taken together, the former Soviet Union supplied more than 8,700 of the more than 40,000 foreigners who "
     "joined.", "en", {("FORMER_SOVIET_UNION", "departed", 8700), ("WORLD", "departed", 40000)},
     {("FORMER_SOVIET_UNION", "departed", 40000)}),
    ("Rusia aportó 3.417 de los más de 40.000 extranjeros que se unieron al grupo.", "es",
     {("RUS", "departed", 3417), ("WORLD", "departed", 40000)}, {("RUS", "departed", 40000)}),
    # A member's figure larger than its region's count is not part of that count: the measure carried over from
    # the sentence before is the one it fits, and the list it stands in shares it.
    ("About 5,000 went from Central Asia, and only about 500 have returned - a tenth. Uzbekistan is put at 1,500, "
     "Tajikistan at 1,300; Kazakhstan and Kyrgyzstan at roughly 500 apiece.", "en",
     {("UZB", "departed", 1500), ("TJK", "departed", 1300), ("KAZ", "departed", 500), ("KGZ", "departed", 500)},
     {("UZB", "returned", 1500), ("KAZ", "returned", 500)}),
    ("En Afrique du Nord, 5 300 sont partis et 1 100 sont rentrés. La Tunisie en compte 2 926, le Maroc 1 623.",
     "fr", {("TUN", "departed", 2926), ("MAR", "departed", 1623)}, {("TUN", "returned", 2926)}),
    # A figure with no verb of its own takes the verb of the nearest clause after it, not a higher-ranked one
    # further on; "Of the N ..., M" makes N the whole of M even with words after N.
    ("Of the 1,623 Moroccans listed, 198 have returned, and Rabat says most are prosecuted under a 2015 law.", "en",
     {("MAR", "departed", 1623), ("MAR", "returned", 198)}, {("MAR", "charged", 198), ("MAR", "charged", 1623)}),
    ("Only Norway (60) and Finland (40) have seen their nationals come home, and both have charged most of them.",
     "en", {("NOR", "returned", 60), ("FIN", "returned", 40)}, {("NOR", "charged", 60)}),
    # The figure before ", of whom N ..." is the whole of that part: its departures, unless it has its own verb.
    ("Overall 5,600 have returned. The same piece puts Dutch travellers at an estimated 280, of whom around 50 "
     "are back.", "en",
     {("NLD", "departed", 280), ("NLD", "returned", 50)}, {("NLD", "returned", 280)}),
    ("Britain saw 850 people come back, of whom 100 are women.", "en", {("GBR", "returned", 850)},
     {("GBR", "departed", 850)}),
    # A country named beside an ethnic group that lives in it says where the group is from: the figures are the
    # group's.
    ("About 1,200 Uighurs from China also went; none has returned, according to the report.", "en",
     {("UYGHURS", "departed", 1200), ("UYGHURS", "returned", 0)}, {("CHN", "returned", 0)}),
    ("Около 1200 уйгуров из Китая отправились в Сирию, ни один не вернулся.", "ru",
     {("UYGHURS", "departed", 1200)}, {("CHN", "departed", 1200)}),
    # A figure with no verb takes the measure of the previous sentence's first figure (its main clause), not of a
    # figure in an aside after it.
    ("Russia saw 3,417 of its citizens leave; about 400 have come home. For the former Soviet Union as a whole, "
     "the total is more than 8,700.", "en", {("FORMER_SOVIET_UNION", "departed", 8700)},
     {("FORMER_SOVIET_UNION", "returned", 8700)}),
    # A bracketed year-like figure after a name, among bracketed counts that cannot be years, is a count.
    ("Лидируют Марокко (1623) и Франция (1910), за ними Бельгия (470).", "ru",
     {("MAR", "departed", 1623), ("FRA", "departed", 1910)}, set()),
    ("The attacks in France (2015) and Belgium (2016) changed the debate, not the 1,910 figure.", "en", set(),
     {("FRA", "departed", 2015), ("BEL", "departed", 2016)}),
    # A column of figures whose header names no measure, in a table whose other columns do, is not counted; a
    # column of notes is still read as prose.
    ("Country | Rank | Left | Returned | Notes\nBelgium | 4 | 470 | 120 | 30 convicted\nAustria | 9 | 296 | 90 | -\n"
     "Denmark | 12 | 145 | 67 | -", "en",
     {("BEL", "departed", 470), ("AUT", "returned", 90), ("BEL", "convicted", 30)},
     {("BEL", "convicted", 4), ("AUT", "convicted", 9), ("DNK", "convicted", 12), ("BEL", "departed", 4)}),
    # A month name makes a date only of a day of the month: "by August 135 people" counts people.
    ("By August 135 people had been charged in the United States.", "en", {("USA", "charged", 135)}, set()),
    ("Bis August wurden in den USA 135 Menschen angeklagt, am 25. Oktober kamen zwei hinzu.", "de",
     {("USA", "charged", 135)}, {("USA", "charged", 25)}),
    # A sentence opened by "with N ..." gives N to the subject of the clause that follows.
    ("With 400 departures, Lebanon has seen only 90 come back.", "en",
     {("LBN", "departed", 400), ("LBN", "returned", 90)}, set()),
    ("Avec 400 départs, le Liban n'a vu revenir que 90 des siens.", "fr",
     {("LBN", "departed", 400), ("LBN", "returned", 90)}, set()),
    # "N each" reaches the places listed before an aside.
    ("Libya and Egypt, the report says, sent 600 each.", "en", {("LBY", "departed", 600), ("EGY", "departed", 600)},
     set()),
    ("Argelia y Libia, por su parte, aportaron unos 300 combatientes cada uno.", "es",
     {("DZA", "departed", 300), ("LBY", "departed", 300)}, set()),
    # A short answer whose only cue is a people noun counts what the question asked.
    (INTERVIEW + "Q: And Belgium? How many Belgians have come back?\n\nA: About 120 fighters, by the government's "
     "count.", "en", {("BEL", "returned", 120)}, {("BEL", "departed", 120)}),
    # No place, a return verb and more than any country took back: the world's figure.
    ("Title\n\nAt least 5,600 people who joined or followed the group have made their way back, researchers say.",
     "en", {("WORLD", "returned", 5600)}, set()),
])
def test_shared_linking_rules(text, lang, present, absent):
    got = {(e, m, round(float(v), 2)) for e, m, v in claims(text, lang)}
    assert present <= got, sorted(got)
    assert not absent & got, sorted(got)


@pytest.mark.parametrize("text, lang, skipped", [
    ("Libya, which shares a 460-kilometre border with Tunisia, sent 600.", "en", "460"),  # a hyphenated unit
    ("Morocco's law punishes joining a terrorist group with five to 15 years in prison.", "en", "five to 15"),
    ("Во Франции в 2015 году прошли теракты.", "ru", "2015"),  # a year stays a year...
])
def test_numbers_that_are_not_claims(text, lang, skipped):
    rows, skips = extract_text("t", "Title\n\n" + text, lang=lang)
    assert skipped in {s["number_text"] for s in skips}, (rows, skips)


def test_a_year_like_figure_after_a_label_is_a_count():
    """"Франция — 1910": in a list of places and figures a four-digit figure is a count, not a year."""
    rows, skips = extract_text("t", "Заголовок\n\nБольше всего уехали из Франции: Франция — 1910.", lang="ru")
    assert ("FRA", "departed", 1910) in {(r["entity"], r["measure"], r["value"]) for r in rows}
    assert "1910" not in {s["number_text"] for s in skips}


def test_a_dateline_agency_is_not_a_place():
    text = ("Study counts returnees\n\nNEW YORK, Oct 24, 2017 (Global Wire Service) - At least 5,600 people who "
            "joined the group in Iraq and Syria have made their way back, a research group said.")
    rows, _ = extract_text("t", text)
    five = [r for r in rows if r["value"] == 5600]
    assert five and all("unresolved_entity" not in r["flags"] for r in five)
    assert ("WORLD", "returned", 5600) in {(r["entity"], r["measure"], r["value"]) for r in five}


def test_a_bullet_figure_takes_the_place_after_its_dash():
    text = ("Georgia's fighters come home\n\nKEY FIGURES\n• 3,417 — fighters from Russia\n"
            "• 8,717 — in total from the former Soviet Union\n\nTbilisi says about 200 Georgians went to Syria.")
    got = claims(text)
    assert ("RUS", "departed", 3417) in got and ("FORMER_SOVIET_UNION", "departed", 8717) in got


@pytest.mark.parametrize("table, expected", [
    # a row of two places: a count "each" and a share go to both; a cell naming its place keeps it
    ("Country                 | Left      | Returned            | Share back\n"
     "Kazakhstan / Kyrgyzstan | 500 each  | 44 (Kyrgyzstan only) |\n"
     "Sweden / Denmark        |           |                     | about half\n",
     {("KAZ", "departed", 500), ("KGZ", "departed", 500), ("KGZ", "returned", 44), ("SWE", "return_share", 50),
      ("DNK", "return_share", 50)}),
    # values split by slashes like the label: the k-th value is the k-th place's
    ("Country          | Left      | Returned\nSweden / Denmark | 300 / 145 | 150 / 67\n",
     {("SWE", "departed", 300), ("DNK", "departed", 145), ("SWE", "returned", 150), ("DNK", "returned", 67)}),
    # a group in brackets is what the row counts
    ("Country         | Left  | Returned\nChina (Uighurs) | 1,200 | none\n",
     {("UYGHURS", "departed", 1200), ("UYGHURS", "returned", 0)}),
])
def test_table_rows_of_several_places(table, expected):
    got = claims("Foreign fighters by country\n\n" + table)
    assert expected <= got, sorted(got)
    assert not any(e == "CHN" for e, _, _ in got)


def test_a_subtotal_of_the_rows_above_names_no_place():
    table = ("Foreign fighters by country\n\nCountry                      | Left  | Returned\n"
             "Belgium                      | 500   | 100\nFrance                       | 1,910 | 271\n"
             "Subtotal, the countries above | 2,410 | 371\n")
    rows, _ = extract_text("t", table)
    total = [r for r in rows if r["value"] == 2410]
    assert total and all(r["entity"] == "" for r in total)


@pytest.mark.parametrize("text, lang, days", [
    ("Headline\n\nThe ministers discussed returnees in Ischia on 19–20 October.", "en", "19–20"),
    ("Überschrift\n\nDie Innenminister trafen sich am 19.–20. Oktober in Ischia.", "de", None),
    ("Headline\n\nBetween 20 and 30 fighters returned to Finland.", "en", None),
])
def test_a_range_of_days_before_a_month_is_a_date(text, lang, days):
    """"19–20 October": two days of a month, never a count; a range of people is still one."""
    rows, skips = extract_text("t", text, lang=lang)
    if days:
        assert {s["number_text"]: s["reason"] for s in skips}.get(days) == "date"
        assert not rows
    else:
        assert all(r["value"] != 19.5 for r in rows)
        assert "Between" not in text or [r["value"] for r in rows] == [25.0]  # the midpoint of 20-30 people


@pytest.mark.parametrize("text, lang, expected", [
    ("Le rapport mentionne, pour l'Allemagne, le Royaume-Uni et la Belgique, 915, 850 et près de 500 départs, pour "
     "des retours évalués respectivement à 300, 425 et une centaine.", "fr",
     {("DEU", 915), ("GBR", 850), ("BEL", 500), ("DEU", 300), ("GBR", 425), ("BEL", 100)}),
    ("Sweden and Norway sent 300 and 90 fighters, and saw 150 and 40 come back, respectively.", "en",
     {("SWE", 300), ("NOR", 90), ("SWE", 150), ("NOR", 40)}),
    ("Turning to its European partners, the report gives Austria, Switzerland and Italy 300, 90 and 110 departures "
     "and 90, 20 and 10 returns, respectively.", "en",  # the frame named first is not one of the listed places
     {("AUT", 300), ("CHE", 90), ("ITA", 110), ("AUT", 90), ("CHE", 20), ("ITA", 10)}),
])
def test_respectively_pairs_each_series_with_the_places(text, lang, expected):
    """Two series of figures for the same places, "respectively": each series is paired with the places in turn."""
    rows, _ = extract_text("t", "Headline\n\n" + text, lang=lang)
    assert {(r["entity"], r["value"]) for r in rows} == expected


@pytest.mark.parametrize("text, lang, entity", [
    ("In Western Europe, France was the largest source, with 1,910.", "en", "FRA"),
    ("En Europa, es Francia la que aporta el mayor contingente, con 1.910 personas.", "es", "FRA"),
    ("The former Soviet republics, Russia included, account for more than 8,700 recruits.", "en",
     "FORMER_SOVIET_UNION"),
])
def test_a_member_opening_its_own_clause_after_a_region_is_the_subject(text, lang, entity):
    """"In Western Europe, France was ...": France is the figure's place; "Russia included" stays an aside."""
    rows, _ = extract_text("t", "Headline\n\n" + text, lang=lang)
    assert [r["entity"] for r in rows] == [entity]


@pytest.mark.parametrize("text, lang, expected", [
    ("Most returnees went back to countries in the region. Turkey has the most, with 900, followed by Tunisia "
     "(800).", "en", {("TUR", "returned", 900), ("TUN", "returned", 800)}),
    ("De meeste terugkeerders gingen naar landen in de buurt. Turkije telt er met 900 het meest.", "nl",
     {("TUR", "returned", 900)}),
])
def test_a_bare_figure_counts_what_the_sentence_before_talks_about(text, lang, expected):
    """No cue of its own and no figure in the sentence before: the measure that sentence talks about."""
    assert claims("Headline\n\n" + text, lang) == expected


def test_the_topic_before_does_not_cross_a_paragraph():
    assert claims("Headline\n\nMost returnees went back to countries in the region.\n\nTurkey has the most, with "
                  "900.") == {("TUR", "departed", 900)}


@pytest.mark.parametrize("text, expected", [
    ("Russia, Saudi Arabia and Jordan have seen 400, 760 and 250 of their citizens return, respectively.",
     {("RUS", "returned", 400), ("SAU", "returned", 760), ("JOR", "returned", 250)}),
    ("Morocco gave a figure of 1,623, and 198 returnees.", {("MAR", "departed", 1623), ("MAR", "returned", 198)}),
])
def test_bare_figures_listed_take_the_cue_after_the_last(text, expected):
    """"400, 760 and 250 of their citizens return": a list of bare figures shares its last item's cue; a figure with
    words of its own ("a figure of 1,623") is not an item of the list after it."""
    assert claims("Headline\n\n" + text) == expected


def test_charges_with_no_place_are_the_country_the_article_last_counted():
    """Prosecutions are a country's: "54 have been charged", paragraphs after the UK's figures, are the UK's."""
    text = ("Headline\n\nThe UK has seen 850 people leave, and about 425 have returned.\n\nEvery returnee is "
            "assessed. Of those who have returned, 54 have been charged with terrorism offences, and 39 have so far "
            "been convicted.")
    assert {("GBR", "charged", 54), ("GBR", "convicted", 39)} <= claims(text)


def test_charges_after_a_regions_figure_take_no_place():
    text = "Headline\n\nAbout 5,718 left Western Europe.\n\nSince then, 54 have been charged."
    assert not any(m == "charged" for _, m, _ in claims(text))


def test_worldwide_in_the_figures_own_clause_beats_a_place_in_the_next():
    """"Some 5,700 fighters home worldwide; Saudi returns among highest": the world's figure, not Saudi Arabia's."""
    assert ("WORLD", "returned", 5700) in claims("Some 5,700 foreign fighters home worldwide; Saudi returns among "
                                                 "highest\n\nBody text.")


def test_of_them_counts_what_the_group_before_counts():
    """"Russia alone accounted for 3,417 of them, and 400 Russians have since come back": the later clause's verb
    is its own figure's; 3,417 of the 40,000 who went went too."""
    text = ("Headline\n\nMore than 40,000 foreigners from 110 countries joined the group. Russia alone accounted for "
            "3,417 of them, and 400 Russians have since come back.")
    assert {("RUS", "departed", 3417), ("RUS", "returned", 400)} <= claims(text)


def test_a_fact_box_line_cut_by_pipes_reads_each_cell_with_its_own_verb():
    """"- Jordan: 3,000 went | 250 returned": the pipe parts the cells like a comma."""
    assert claims("FACT BOX\n\n- Jordan: 3,000 went | 250 returned\n- Egypt: 600 went\n\nBody text.") == {
        ("JOR", "departed", 3000), ("JOR", "returned", 250), ("EGY", "departed", 600)}


@pytest.mark.parametrize("text, lang, entity", [
    ("The Western Balkans are hard hit, and Serbia worries most. From the region, 900 people went.", "en",
     "WESTERN_BALKANS"),
    ("Viele Fälle führen in den Westbalkan, besonders nach Serbien. Aus der Region sind 900 Personen ausgereist.",
     "de", "WESTERN_BALKANS"),
    ("Центральная Азия сильно пострадала, особенно Таджикистан. Из региона уехали 4000 человек.", "ru",
     "CENTRAL_ASIA"),
])
def test_from_the_region_points_back_to_the_last_region(text, lang, entity):
    """"From the region, 900 went" after a region and one of its countries: the region's figure, not the country's."""
    rows, _ = extract_text("t", "Headline\n\n" + text, lang=lang)
    assert [r["entity"] for r in rows] == [entity]


def test_the_least_affected_of_the_region_is_no_pointer():
    """"Le pays le moins touché de la région" compares; it does not say where the figures come from."""
    rows, _ = extract_text("t", "Titre\n\nLe Maghreb est touché. L'Algérie fait exception. Avec 170 départs "
                                "seulement, c'est le pays le moins touché de la région.", lang="fr")
    assert all(r["entity"] != "MAGHREB" for r in rows)


H = "Headline\n\n"


@pytest.mark.parametrize("text, lang, expected", [
    # a short frame before a place is no aside: the place opens its own clause
    (H + "After Tunisia, Morocco sent the most, 1,623, of whom 198 have returned.", "en",
     {("MAR", "departed", 1623), ("MAR", "returned", 198)}),
    # "the region as a whole" points back to the last region, even one named as a comparison set
    (H + "France is the largest contributor in western Europe. For the region as a whole, which the report says "
         "sent 5,718 people, the return rate is about 30 per cent.", "en",
     {("WESTERN_EUROPE", "departed", 5718), ("WESTERN_EUROPE", "return_share", 30)}),
    # the report's own country is not the figure's; a country after a count of countries is one of them
    (H + "A new report from the United States says at least 5,600 people who went to join the group have now "
         "gone home, to 33 countries including Australia.", "en",
     {("WORLD", "returned", 5600), ("WORLD", "countries_of_return", 33)}),
    # "the country" points back to its government's country (the issue's example)
    (H + "France's interior minister said 271 of the country's 1,910 jihadists had come back.", "en",
     {("FRA", "returned", 271), ("FRA", "departed", 1910)}),
    # a whole after a conjunction, and a multi-word possessive whole
    (H + "In North America, 439 people went, but of the 129 Americans only seven are back.", "en",
     {("NORTH_AMERICA", "departed", 439), ("USA", "departed", 129), ("USA", "returned", 7)}),
    (H + "About 250 of the Western Balkans' 900 travellers have returned, the Soufan Center says.", "en",
     {("WESTERN_BALKANS", "returned", 250), ("WESTERN_BALKANS", "departed", 900)}),
    # "compared with" ends the superseded clause
    (H + "Some 3,417 fighters travelled from Russia, up from about 2,400 in a 2015 estimate, compared with 3,224 "
         "from Saudi Arabia.", "en", {("RUS", "departed", 3417), ("SAU", "departed", 3224)}),
    # a count restating a share counts what the share measures
    (H + "Les Britanniques sont environ 850 à être partis, et à peu près la moitié serait rentrée, soit 425 "
         "personnes.", "fr", {("GBR", "departed", 850), ("GBR", "return_share", 50), ("GBR", "returned", 425)}),
    (H + "Für Großbritannien nennt der Bericht rund 850 Ausgereiste. Zurückgekommen ist nahezu die Hälfte, 425 "
         "Menschen.", "de", {("GBR", "departed", 850), ("GBR", "return_share", 50), ("GBR", "returned", 425)}),
    # a figure for a list naming every member of a region is the region's, and "of them" follows it
    (H + "Rund 900 Männer, Frauen und Kinder aus Bosnien-Herzegowina, dem Kosovo, Albanien, Mazedonien, Serbien "
         "und Montenegro sind nach Syrien gezogen. Etwa 250 von ihnen sind inzwischen zurück.", "de",
     {("WESTERN_BALKANS", "departed", 900), ("WESTERN_BALKANS", "returned", 250)}),
    # members listed in an aside after their region are its examples
    (H + "Uit de Westelijke Balkan — Bosnië, Kosovo, Albanië — gaat het om zowat 900 mensen, van wie er zo'n 250 "
         "terug zijn.", "nl", {("WESTERN_BALKANS", "departed", 900), ("WESTERN_BALKANS", "returned", 250)}),
    # "respectively" pairs only places that form one list
    (H + "El informe no da cifra para España, pero sí para sus vecinos: Francia (1.910 desplazados y 271 "
         "retornados), Alemania (en torno a 915 y 300, respectivamente).", "es",
     {("FRA", "departed", 1910), ("FRA", "returned", 271), ("DEU", "departed", 915), ("DEU", "returned", 300)}),
    # a region after a ranking verb is the comparison set
    (H + "Uzbekistan leads the five former Soviet republics with 1,500 nationals.", "en", {("UZB", "departed", 1500)}),
    # a heading clause's cue reaches over a place-only segment
    (H + "Больше всего вернувшихся — в Турции: 900 человек.", "ru", {("TUR", "returned", 900)}),
    # a figure followed by a dash and a place is that place's
    (H + "Авторы приводят сведения по соседям: 1500 — из Узбекистана и 400 — из Туркменистана.", "ru",
     {("UZB", "departed", 1500), ("TKM", "departed", 400)}),
    # a year-like figure after a part and "of" is the part's whole, not a year
    (H + "Only 271 of 1910 have come back to France.", "en", {("FRA", "returned", 271), ("FRA", "departed", 1910)}),
    # "None of X's fighters" is a stated zero
    (H + "None of Turkmenistan's fighters are known to have returned.", "en", {("TKM", "returned", 0)}),
])
def test_places_wholes_and_restatements(text, lang, expected):
    assert claims(text, lang) == expected


@pytest.mark.parametrize("text", [
    H + "The country's threat level stays at three on a four-point scale.",
    H + "MI5 says it is running 500 live operations involving 3,000 individuals, and a further 20,000 people are "
        "former subjects of interest.",
    H + "Since the Paris attacks, in which 130 people died, 17 EU states have changed their laws on foreign "
        "fighters.",
    H + "Officials stress that passports have been cancelled for more than 200 people in Australia.",
    H + "Tajikistan passed an amnesty in 2015 for people who come back voluntarily.",
    H + "A spokesman for the centre said the 5,600 included women and children.",
])
def test_levels_caseloads_and_years_are_not_claims(text):
    assert claims(text) == set()


def test_a_list_item_number_is_skipped():
    rows, skipped = extract_text("t", "Réponse\n\n2. On dénombre 85 femmes parties de Belgique.\n", lang="fr")
    assert {s["number_text"]: s["reason"] for s in skipped}["2"] == "list_number"
    assert all(r["value"] != 2 for r in rows)
