"""Spanish lexicon (data/lang/es.json, data/aliases_es.csv): numbers, places, cues and hedges as Spanish news writes them.

Every sentence below was written for this test (typical phrasings of the coverage of "Beyond the Caliphate",
with distractor numbers); the expected claims were checked by hand against tests/annotation_guide.md.
A row is a claim unless its measure is "unclassified"; hedges are compared in their canonical English form.
"""

from __future__ import annotations

import pytest

from analysis.core.hedges import canonical
from analysis.extract.document import extract_text
from analysis.extract.gazetteer import load
from analysis.extract.numbers import find_numbers


def _hedge(row: dict) -> str:
    """The canonical hedge of a row; a stated range (flag "range") is the guide's qualifier `range`."""
    q = canonical(row["qualifier"])
    return "range" if not q and "range" in row["flags"].split(";") else q


def claims(text: str) -> set[tuple[str, str, float, str]]:
    rows, _ = extract_text("t", text, lang="es")
    return {(r["entity"], r["measure"], round(r["value"], 2), _hedge(r))
            for r in rows if r["measure"] != "unclassified"}


def claim_numbers(text: str) -> set[str]:
    rows, _ = extract_text("t", text, lang="es")
    return {r["number_text"] for r in rows if r["measure"] != "unclassified"}


# (text, expected claims, number texts that must not be claims)
CASES = [
    ("Según el informe del Soufan Center, al menos 5.600 ciudadanos o residentes de 33 países han regresado a casa.",
     {("WORLD", "returned", 5600, "at least"), ("WORLD", "countries_of_return", 33, "")}, set()),
    ("Más de 40.000 extranjeros de más de 110 países viajaron a Siria e Irak para unirse al grupo yihadista.",
     {("WORLD", "departed", 40000, "more than"), ("WORLD", "countries_of_origin", 110, "more than")}, set()),
    ("Rusia encabeza la lista con 3.417 combatientes, seguida de Arabia Saudita con 3.244 y Jordania con 3.000.",
     {("RUS", "departed", 3417, ""), ("SAU", "departed", 3244, ""), ("JOR", "departed", 3000, "")}, set()),
    ("De los 850 británicos que viajaron a Siria, unos 425 han regresado al Reino Unido.",
     {("GBR", "departed", 850, ""), ("GBR", "returned", 425, "about")}, set()),
    ("Túnez aportó 2.926 yihadistas, de los cuales unos 800 ya han vuelto.",
     {("TUN", "departed", 2926, ""), ("TUN", "returned", 800, "about")}, set()),
    ("Francia, con 1.910 combatientes, ha visto regresar a 271 de ellos.",
     {("FRA", "departed", 1910, ""), ("FRA", "returned", 271, "")}, set()),
    ("En Estados Unidos, 129 personas se unieron al EI y solo siete han regresado.",
     {("USA", "departed", 129, ""), ("USA", "returned", 7, "only")}, set()),
    ("Alrededor del 30% de los 5.000 residentes de la Unión Europea que partieron ya están de vuelta.",
     {("EU", "return_share", 30, "about"), ("EU", "departed", 5000, "")}, set()),
    ("Casi la mitad de los combatientes británicos han vuelto a casa.",
     {("GBR", "return_share", 50, "nearly")}, set()),
    ("Uno de cada cuatro yihadistas europeos ha regresado, según el estudio.",
     {("EUROPE", "return_share", 25, "")}, set()),
    ("Tres de cada diez yihadistas alemanes han regresado a Alemania.",
     {("DEU", "return_share", 30, "")}, set()),
    ("Unas 1.200 personas han regresado a Europa, mientras que casi 1.100 han vuelto al norte de África.",
     {("EUROPE", "returned", 1200, "about"), ("NORTH_AFRICA", "returned", 1100, "nearly")}, set()),
    ("Turquía recibió a 900 retornados, Túnez a 800 y Arabia Saudí a 760.",
     {("TUR", "returned", 900, ""), ("TUN", "returned", 800, ""), ("SAU", "returned", 760, "")}, set()),
    ("De Uzbekistán salieron 1.500 combatientes y ninguno ha regresado.",
     {("UZB", "departed", 1500, ""), ("UZB", "returned", 0, "")}, set()),
    ("Bélgica, un país de 11 millones de habitantes, cuenta con 413 combatientes extranjeros.",
     {("BEL", "departed", 413, "")}, {"11 millones"}),
    ("El atentado de Manchester mató a 22 personas en 2017.", set(), {"22", "2017"}),
    ("El FBI estima que unos 300 estadounidenses viajaron o intentaron viajar a Siria.",
     {("USA", "traveled_or_attempted", 300, "about")}, set()),
    ("Entre 1.200 y 1.500 combatientes procedían de Asia Central.",
     {("CENTRAL_ASIA", "departed", 1350, "range")}, set()),
    ("Entre el 20 y el 30 por ciento de los yihadistas europeos han regresado.",
     {("EUROPE", "return_share", 25, "range")}, set()),
    ("Cinco mil seiscientos combatientes han regresado a 33 países.",
     {("WORLD", "returned", 5600, ""), ("WORLD", "countries_of_return", 33, "")}, set()),
    ("Un centenar de marroquíes han vuelto a Marruecos.", {("MAR", "returned", 100, "about")}, set()),
    ("Las autoridades detuvieron a 7.240 sospechosos en Turquía.", set(), {"7.240"}),
    ("Según funcionarios estadounidenses, unos 5.600 combatientes de todo el mundo han regresado.",
     {("WORLD", "returned", 5600, "about")}, set()),
    ("Del total de 3.400 rusos que se unieron al grupo, 400 ya han vuelto a Rusia.",
     {("RUS", "departed", 3400, ""), ("RUS", "returned", 400, "")}, set()),
    ("Unos 300 combatientes británicos murieron en Siria e Irak.", {("GBR", "killed", 300, "about")}, set()),
    ("En Bélgica murieron unos 130 yihadistas, según la fiscalía.", {("BEL", "killed", 130, "about")}, set()),
    ("En Francia, el 30,5 % de los combatientes han vuelto.", {("FRA", "return_share", 30.5, "")}, set()),
    ("En España, 208 personas viajaron a la zona de conflicto y 29 regresaron.",
     {("ESP", "departed", 208, ""), ("ESP", "returned", 29, "")}, set()),
    ("En todo el mundo, 40 000 combatientes se unieron al califato en tres años.",
     {("WORLD", "departed", 40000, "")}, {"tres"}),
    ("Unos 1’200 uigures viajaron desde China.", {("UYGHURS", "departed", 1200, "about")}, set()),
    ("Desde EE.UU. salieron 129 combatientes, de los cuales siete han regresado.",
     {("USA", "departed", 129, ""), ("USA", "returned", 7, "")}, set()),
    ("En el Reino Unido, 15 retornados han sido condenados y otros 40 acusados.",
     {("GBR", "convicted", 15, ""), ("GBR", "charged", 40, "")}, set()),
    ("Marruecos impidió que 400 personas intentaran viajar a Siria.", {("MAR", "attempted", 400, "")}, set()),
    ("Alrededor de 1.500 personas de Asia Central intentaron viajar a Siria.",
     {("CENTRAL_ASIA", "attempted", 1500, "about")}, set()),
    ("Un total de 5.718 combatientes procedían de Europa occidental, y 8.717 de la antigua Unión Soviética.",
     {("WESTERN_EUROPE", "departed", 5718, ""), ("FORMER_SOVIET_UNION", "departed", 8717, "")}, set()),
    ("De los Balcanes Occidentales salieron unos 900 combatientes, de los que alrededor de 250 han regresado.",
     {("WESTERN_BALKANS", "departed", 900, "about"), ("WESTERN_BALKANS", "returned", 250, "about")}, set()),
    ("Kosovo envió 300 combatientes y Albania 150.", {("XKX", "departed", 300, ""), ("ALB", "departed", 150, "")}, set()),
    ("Un joven de 19 años fue detenido el 3 de noviembre en Madrid.", set(), {"19", "3"}),
    ("El informe, de 40 páginas, cita 5 categorías de retornados.", set(), {"40", "5"}),
    ("Al menos 30 mujeres británicas viajaron a Siria, y unos 50 niños nacieron allí.",
     {("GBR", "women_departed", 30, "at least"), ("GBR", "children_departed", 50, "about")}, set()),
    ("Unas 4.000 mujeres y niños de todo el mundo viajaron al califato.",
     {("WORLD", "women_children", 4000, "about")}, set()),
    ("En Alemania, 2,5 millones de euros se destinaron a programas de desradicalización.", set(), {"2,5 millones"}),
    ("Más de 5.000 europeos se unieron al EI, y cerca de un tercio ya han regresado.",
     {("EUROPE", "departed", 5000, "more than"), ("EUROPE", "return_share", 33.33, "nearly")}, set()),
    ("Desde Tayikistán partieron 1.300 combatientes, según cifras oficiales.", {("TJK", "departed", 1300, "")}, set()),
    ("Arabia Saudí cuenta con 760 retornados, de un total de 3.244 combatientes.",
     {("SAU", "returned", 760, ""), ("SAU", "departed", 3244, "")}, set()),
]

# Readings the shared code does not yet get right for Spanish (see the lexicon report): kept as expected-to-fail.
XFAIL = [
    pytest.param("Han regresado a Francia 85 mujeres y 118 niños.",
                 {("FRA", "women_returned", 85, ""), ("FRA", "children_returned", 118, "")}, set(),
                 marks=pytest.mark.xfail(reason="linking.PRIORITY puts 'returned' before 'women'/'children' in one segment",
                                         strict=False), id="women_children_returned_vs_order"),
    pytest.param("Túnez y Marruecos registran el mayor número de retornados del norte de África, con 800 y casi 200, "
                 "respectivamente.",
                 {("TUN", "returned", 800, ""), ("MAR", "returned", 200, "nearly")}, set(),
                 marks=pytest.mark.xfail(reason="'respectivamente' in its own segment does not distribute the listed "
                                                "places over the numbers", strict=False), id="respectively"),
]


@pytest.mark.parametrize("text,expected,not_claims", CASES + XFAIL)
def test_sentence_claims(text, expected, not_claims):
    got = claims(text)
    assert got == {(e, m, round(float(v), 2), q) for e, m, v, q in expected}
    assert not (claim_numbers(text) & not_claims)


def test_paragraph_inherits_place_and_of_them():
    text = ("Rusia aportó 3.417 combatientes al Estado Islámico, la cifra más alta del informe. "
            "De ellos, unos 400 han regresado, según el Soufan Center.")
    assert claims(text) == {("RUS", "departed", 3417, ""), ("RUS", "returned", 400, "about")}


def test_attribution_labels():
    rows, _ = extract_text("t", "Según el informe del Soufan Center, al menos 5.600 combatientes de 33 países han regresado.",
                           lang="es")
    assert {r["attribution"] for r in rows} == {"Soufan Center report"}
    rows, _ = extract_text("t", "El FBI calcula que unos 300 estadounidenses viajaron o intentaron viajar a Siria.", lang="es")
    assert {r["attribution"] for r in rows} == {"FBI"}


@pytest.mark.parametrize("text,value,unit", [
    ("5.600 combatientes", 5600, "count"),
    ("5 600 combatientes", 5600, "count"),
    ("5\u00a0600 combatientes", 5600, "count"),
    ("5\u202f600 combatientes", 5600, "count"),
    ("5\u2009600 combatientes", 5600, "count"),
    ("5'600 combatientes", 5600, "count"),
    ("3,417 rusos", 3417, "count"),                 # wire copy keeping the English comma
    ("2,5 millones de personas", 2_500_000, "count"),
    ("1,2 millones", 1_200_000, "count"),
    ("40 mil combatientes", 40_000, "count"),
    ("cinco mil seiscientos", 5600, "count"),
    ("ciento veintinueve estadounidenses", 129, "count"),
    ("treinta y tres países", 33, "count"),
    ("medio millón de personas", 500_000, "count"),
    ("una docena de combatientes", 12, "count"),
    ("dos docenas de yihadistas", 24, "count"),
    ("el 30,5 %", 30.5, "percent"),
    ("doce por ciento", 12, "percent"),
    ("un tercio de ellos", 33.33, "percent"),
    ("dos tercios de ellos", 66.67, "percent"),
    ("una cuarta parte", 25, "percent"),
    ("la mitad de ellos", 50, "percent"),
    ("uno de cada cinco", 20, "percent"),
    ("nueve de cada diez", 90, "percent"),
    ("de 20 a 30 por ciento", 25, "percent"),
    ("1.500-2.000 combatientes", 1750, "count"),
])
def test_number_parsing(text, value, unit):
    ns = [n for n in find_numbers(text, lang="es") if not n.skip]
    assert len(ns) == 1, ns
    assert ns[0].value == pytest.approx(value) and ns[0].unit == unit


@pytest.mark.parametrize("text,reason", [
    ("un joven de 19 años", "duration"),
    ("el 24 de octubre", "date"),
    ("6.000 millones de dólares", "other_unit"),
    ("a las 12:30 horas", "time"),
    ("el informe, de 40 páginas", "page_count"),
    ("cita 5 atentados", "counts_something_else"),
    ("uno o dos combatientes", "approximate_idiom"),
])
def test_numbers_that_are_not_counts(text, reason):
    assert any(n.skip == reason for n in find_numbers(text, lang="es"))


@pytest.mark.parametrize("text,hedge,canon", [
    ("más de 3.000", "más de", "more than"),
    ("al menos 5.600", "al menos", "at least"),
    ("alrededor de 1.200", "alrededor de", "about"),
    ("unos 5.600", "unos", "about"),
    ("casi 200", "casi", "nearly"),
    ("cerca de 2.000", "cerca de", "nearly"),
    ("menos de 3.000", "menos de", "less than"),
    ("hasta 300", "hasta", "up to"),
    ("solo 7", "solo", "only"),
    ("poco menos de la mitad", "poco menos de", "just under"),
    ("aproximadamente el 30 %", "aproximadamente el", "about"),
])
def test_hedges(text, hedge, canon):
    ns = find_numbers(text, lang="es")
    assert ns[-1].qualifier == hedge and canonical(ns[-1].qualifier) == canon


@pytest.mark.parametrize("surface,key", [
    ("Reino Unido", "GBR"), ("británicos", "GBR"), ("EE.UU.", "USA"), ("estadounidenses", "USA"),
    ("Arabia Saudita", "SAU"), ("saudíes", "SAU"), ("tunecinas", "TUN"), ("rusos", "RUS"), ("belgas", "BEL"),
    ("marroquíes", "MAR"), ("kosovares", "XKX"), ("uigures", "UYGHURS"), ("chechenos", "CHECHENS"),
    ("Unión Europea", "EU"), ("UE", "EU"), ("Europa", "EUROPE"), ("Europa occidental", "WESTERN_EUROPE"),
    ("Asia Central", "CENTRAL_ASIA"), ("Magreb", "MAGHREB"), ("norte de África", "NORTH_AFRICA"),
    ("Oriente Medio", "MIDDLE_EAST"), ("antigua Unión Soviética", "FORMER_SOVIET_UNION"),
    ("Balcanes Occidentales", "WESTERN_BALKANS"), ("Balcanes", "BALKANS"), ("Escandinavia", "SCANDINAVIA"),
    ("sudeste asiático", "SOUTHEAST_ASIA"), ("Norteamérica", "NORTH_AMERICA"), ("Países Bajos", "NLD"),
])
def test_gazetteer(surface, key):
    found = load("es").find(f"En {surface} hay combatientes.")
    assert [m.entity.key for m in found] == [key]
