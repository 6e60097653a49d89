"""French lexicon (data/lang/fr.json, data/aliases_fr.csv): hand-checked claims from typical French news phrasings.

Each case is a short French text in the style of the coverage of "Beyond the Caliphate" (AFP dispatches, Belgian
and Tunisian outlets), with the claims a careful annotator would write by the annotation guide
(entity, measure, value, canonical English hedge) and the numbers that must not become claims.
The sentences were written for this test; none is copied from the evaluation data.
"""

from __future__ import annotations

import pytest

from analysis.core.hedges import canonical
from analysis.extract.document import extract_text
from analysis.extract.numbers import find_numbers


def claims(text: str) -> set[tuple[str, str, float, str]]:
    rows, _ = extract_text("t", text, lang="fr")
    return {(r["entity"], r["measure"], round(r["value"], 2),
             canonical(r["qualifier"]) or ("range" if "range" in r["flags"].split(";") else ""))
            for r in rows if r["measure"] != "unclassified"}


def claim_numbers(text: str) -> set[str]:
    rows, _ = extract_text("t", text, lang="fr")
    return {r["number_text"] for r in rows if r["measure"] != "unclassified"}


# (text, expected claims, number texts that must not be claims)
CASES = [
    pytest.param(
        "Au moins 5 600 djihadistes originaires de 33 pays sont rentrés chez eux, selon le centre Soufan.",
        {("WORLD", "returned", 5600, "at least"), ("WORLD", "countries_of_return", 33, "")}, set(), id="headline_5600"),
    pytest.param(
        "Plus de 40.000 étrangers venus de plus de 110 pays ont rejoint l'État islamique en Syrie et en Irak depuis 2014.",
        {("WORLD", "departed", 40000, "more than"), ("WORLD", "countries_of_origin", 110, "more than")}, {"2014"},
        id="world_40000_dot_thousands"),
    pytest.param(
        "Près de 1 900 Français sont partis.", {("FRA", "departed", 1900, "nearly")}, set(), id="guide_pres_de"),
    pytest.param(
        "Au moins 30% des quelque 5.000 ressortissants de l'UE partis sont rentrés, selon le RAN.",
        {("EU", "return_share", 30, "at least"), ("EU", "departed", 5000, "about")}, set(), id="eu_share_afp"),
    pytest.param(
        "Le plus gros contingent vient de Russie (3.417), devant l'Arabie saoudite (3.244), la Jordanie (3.000), "
        "la Tunisie (2.962) et la France (1.910).",
        {("RUS", "departed", 3417, ""), ("SAU", "departed", 3244, ""), ("JOR", "departed", 3000, ""),
         ("TUN", "departed", 2962, ""), ("FRA", "departed", 1910, "")}, set(), id="afp_ranked_list"),
    pytest.param(
        "Environ 425 des 850 Britanniques partis sont revenus au Royaume-Uni.",
        {("GBR", "returned", 425, "about"), ("GBR", "departed", 850, "")}, set(), id="m_des_n"),
    pytest.param(
        "Sur les 1 910 Français partis, 271 sont rentrés en France.",
        {("FRA", "departed", 1910, ""), ("FRA", "returned", 271, "")}, set(), id="sur_les_n"),
    pytest.param(
        "La Tunisie compte 800 revenants, la Turquie 900 et l'Arabie saoudite 760.",
        {("TUN", "returned", 800, ""), ("TUR", "returned", 900, ""), ("SAU", "returned", 760, "")}, set(),
        id="list_shares_head_measure"),
    pytest.param(
        "Selon le FBI, environ 300 Américains se sont rendus ou ont tenté de se rendre en Syrie.",
        {("USA", "traveled_or_attempted", 300, "about")}, set(), id="fbi_traveled_or_attempted"),
    pytest.param(
        "Sur les 129 Américains partis, seulement sept sont rentrés aux États-Unis.",
        {("USA", "returned", 7, "only"), ("USA", "departed", 129, "")}, set(), id="number_word_only"),
    pytest.param(
        "Ouzbékistan : 1 500 départs, aucun retour.",
        {("UZB", "departed", 1500, ""), ("UZB", "returned", 0, "")}, set(), id="none_aucun_retour"),
    pytest.param(
        "Aucun des 1 200 Ouïghours n'est revenu en Chine.",
        {("UYGHURS", "returned", 0, ""), ("UYGHURS", "departed", 1200, "")}, set(), id="none_aucun_des"),
    pytest.param(
        "Près de la moitié des djihadistes britanniques sont rentrés.",
        {("GBR", "return_share", 50, "nearly")}, set(), id="fraction_la_moitie"),
    pytest.param(
        "Un djihadiste européen sur trois est revenu, selon le rapport.",
        {("EUROPE", "return_share", 33.33, "")}, set(), id="fraction_un_sur_trois"),
    pytest.param(
        "Selon les autorités, 1 500 Tadjiks ont rejoint l'EI, dont un sur cinq a été tué.",
        {("TJK", "departed", 1500, ""), ("TJK", "killed_share", 20, "")}, set(), id="killed_share_un_sur_cinq"),
    pytest.param(
        "Plus d'un tiers des combattants tunisiens sont rentrés.",
        {("TUN", "return_share", 33.33, "")}, set(), id="fraction_un_tiers"),
    pytest.param(
        "Environ 5 000 combattants venus d'Asie centrale ont rejoint l'organisation.",
        {("CENTRAL_ASIA", "departed", 5000, "about")}, set(), id="region_asie_centrale"),
    pytest.param(
        "Plus d'un millier de Belges sont partis, estime le ministère.",
        {("BEL", "departed", 1000, "more than")}, set(), id="approx_noun_plus_d_un_millier"),
    pytest.param(
        "Une centaine de Marocains ont été tués en Syrie.",
        {("MAR", "killed", 100, "about")}, set(), id="approx_noun_centaine_killed"),
    pytest.param(
        "Une douzaine de Danois sont revenus au Danemark.",
        {("DNK", "returned", 12, "")}, set(), id="approx_noun_douzaine"),
    pytest.param(
        "L'attentat de Manchester a fait 22 morts en mai 2017.", set(), {"22", "2017"}, id="attack_victims"),
    pytest.param(
        "La Belgique, un pays de 11 millions d'habitants, compte 413 combattants étrangers.",
        {("BEL", "departed", 413, "")}, {"11 millions"}, id="population_distractor"),
    pytest.param(
        "Entre 20 et 30 % des combattants de l'UE sont rentrés.",
        {("EU", "return_share", 25, "range")}, set(), id="range_entre_et"),
    pytest.param(
        "De 1 200 à 1 500 Européens seraient revenus.",
        {("EUROPE", "returned", 1350, "range")}, set(), id="range_de_a"),
    pytest.param(
        "En Allemagne, 120 revenants ont été inculpés et 50 ont été condamnés.",
        {("DEU", "charged", 120, ""), ("DEU", "convicted", 50, "")}, set(), id="charged_convicted"),
    pytest.param(
        "Un Belge de 24 ans a été condamné à 10 ans de prison le 3 octobre 2017.",
        set(), {"24", "10", "3", "2017", "Un"}, id="age_sentence_date"),
    pytest.param(
        "Trois mille quatre cent dix-sept Russes ont rejoint les rangs de l'EI.",
        {("RUS", "departed", 3417, "")}, set(), id="number_words_long"),
    pytest.param(
        "Vingt et un Norvégiens sont rentrés en Norvège.", {("NOR", "returned", 21, "")}, set(), id="number_words_et"),
    pytest.param(
        "Environ 900 combattants des Balkans occidentaux sont partis, dont 250 sont revenus.",
        {("WESTERN_BALKANS", "departed", 900, "about"), ("WESTERN_BALKANS", "returned", 250, "")}, set(),
        id="western_balkans_dont"),
    pytest.param(
        "Plus de 8 700 ressortissants de l'ex-URSS ont rejoint le groupe.",
        {("FORMER_SOVIET_UNION", "departed", 8700, "more than")}, set(), id="ex_urss"),
    pytest.param(
        "Le Maghreb a fourni 5 319 combattants.", {("MAGHREB", "departed", 5319, "")}, set(), id="maghreb"),
    pytest.param(
        "Au total, 1 200 Européens sont revenus.", {("EUROPE", "returned", 1200, "")}, set(), id="europeens"),
    pytest.param(
        "Jusqu'à 129 Américains ont rejoint le groupe, et d’environ 300 selon le FBI.",
        {("USA", "departed", 129, "up to"), ("USA", "departed", 300, "about")}, set(), id="jusqu_a_curly_apostrophe"),
    pytest.param(
        "Le 24 octobre, le rapport indiquait que 30 pour cent des ressortissants de l'UE étaient rentrés.",
        {("EU", "return_share", 30, "")}, {"24"}, id="pour_cent_and_date"),
    pytest.param(
        "Le califat a perdu 85 % de son territoire, et 2,5 millions de dollars ont été saisis.",
        set(), {"85", "2,5 millions"}, id="territory_money"),
    pytest.param(
        "Quelque 85 femmes et 118 enfants sont revenus en France.",
        {("FRA", "women_returned", 85, "about"), ("FRA", "children_returned", 118, "")}, set(),
        id="women_children_separately",
        marks=pytest.mark.xfail(strict=True, reason=(
            "known gap in entities._predicate_place: the place of the verb clause ('sont revenus en France') reaches "
            "only the last of two coordinated figures; the first ('85 femmes') is left without a place"))),
    pytest.param(
        "Près de 4 000 femmes et enfants de 80 pays sont partis rejoindre l'EI.",
        {("WORLD", "women_children", 4000, "nearly"), ("WORLD", "countries_of_origin", 80, "")}, set(),
        id="women_and_children_world"),
    pytest.param(
        "Environ 1 500 Turcs ont tenté de rejoindre l'EI mais ont été empêchés de partir.",
        {("TUR", "attempted", 1500, "about")}, set(), id="attempted"),
    pytest.param(
        "Interpol a recueilli les noms de 19 000 combattants étrangers venus du monde entier.",
        {("WORLD", "names_collected", 19000, "")}, set(), id="names_collected"),
    pytest.param(
        "La Belgique, qui compte 11,3 millions d'habitants, a vu partir 498 jihadistes ; 123 sont revenus.",
        {("BEL", "departed", 498, ""), ("BEL", "returned", 123, "")}, {"11,3 millions"}, id="decimal_comma_population"),
    pytest.param(
        "Moins de 3 000 Tunisiens seraient partis, selon le gouvernement tunisien, contre 2 926 selon le rapport.",
        {("TUN", "departed", 3000, "less than"), ("TUN", "departed", 2926, "")}, set(), id="two_sources_contre"),
    pytest.param(
        "Près de 40 % des combattants du Kosovo sont rentrés, soit 117 sur 300.",
        {("XKX", "return_share", 40, "nearly"), ("XKX", "returned", 117, ""), ("XKX", "departed", 300, "")}, set(),
        id="kosovo_share_and_m_sur_n"),
    pytest.param(
        "Aucun n'est revenu en Ouzbékistan, où 1 500 seraient partis.",
        {("UZB", "returned", 0, ""), ("UZB", "departed", 1500, "")}, set(), id="aucun_n_est_revenu"),
    pytest.param(
        "La Tunisie a vu le nombre de ses combattants passer à 2 926, dont 800 sont rentrés, selon le Groupe Soufan.",
        {("TUN", "departed", 2926, ""), ("TUN", "returned", 800, "")}, set(), id="tunisie_dont"),
    pytest.param(
        "Un peu plus de 400 Belges sont partis et une bonne centaine sont revenus en Belgique.",
        {("BEL", "departed", 400, "more than"), ("BEL", "returned", 100, "more than")}, set(), id="une_bonne_centaine"),
    pytest.param(
        "Aucun Américain n'a été condamné en 2017, mais 12 ont été inculpés.",
        {("USA", "charged", 12, "")}, {"2017"}, id="aucun_not_a_count"),
    # Rules added with the dev-set tuning (sentences written for these tests).
    pytest.param(
        "En France, les attaques revendiquées par l'EI ont fait des dizaines de morts, dont 86 à Nice et 12 à Paris.",
        set(), {"86", "12"}, id="victims_ont_fait_des_dizaines_de_morts"),
    pytest.param(
        "Quelque 400 Danois sont partis en Syrie. Parmi elles, 70 y ont trouvé la mort.",
        {("DNK", "departed", 400, "about"), ("DNK", "killed", 70, "")}, set(), id="killed_y_ont_trouve_la_mort"),
    pytest.param(
        "En Belgique, environ 900 personnes sont inscrites dans la base de données des services.",
        set(), {"900"}, id="detained_inscrites_base_de_donnees"),
    pytest.param(
        "Selon les autorités, environ 300 adultes belges se trouvent toujours sur zone.",
        set(), {"300"}, id="still_in_zone_not_a_claim"),
    pytest.param(
        "Radio-Canada | Mis à jour le 3 mars 2018 à 9 h 40", set(), {"40", "9"}, id="time_9_h_40"),
    pytest.param(
        "Selon une enquête d'opinion, 71 % des Belges se disent favorables au rapatriement des enfants.",
        set(), {"71"}, id="poll_opinion_verbs"),
    pytest.param(
        "Le califat a attiré plus de 30 000 hommes, femmes et enfants venus de 80 pays.",
        {("WORLD", "departed", 30000, "more than"), ("WORLD", "countries_of_origin", 80, "")}, set(),
        id="hommes_femmes_et_enfants_is_everyone"),
    pytest.param(
        "Outre-Rhin, environ 960 personnes sont parties rejoindre l'EI.",
        {("DEU", "departed", 960, "about")}, set(), id="alias_outre_rhin"),
    pytest.param(
        "Aux Pays-Bas, on compte 60 retours pour 280 départs.",
        {("NLD", "returned", 60, ""), ("NLD", "departed", 280, "")}, set(), id="n_retours_pour_m_departs"),
    pytest.param(
        "Bruxelles, 3 nov. 2017 (AFP) - Au moins 400 personnes parties rejoindre l'EI en Syrie sont revenues.",
        set(), {"400"}, id="dateline_city_not_an_entity"),
    pytest.param(
        "L'ancienne estimation de 1 200 départs marocains a été abandonnée.",
        set(), {"1 200"}, id="superseded_ancienne_estimation"),
    pytest.param(
        "Parmi les Danois partis, un sur sept est rentré. Aux Pays-Bas, 280 personnes sont parties.",
        {("DNK", "return_share", 14.29, ""), ("NLD", "departed", 280, "")}, set(), id="sept_ends_a_sentence"),
    pytest.param(
        "À peine 9 % des Kosovars partis sont rentrés.", {("XKX", "return_share", 9, "only")}, set(),
        id="a_peine_only"),
    pytest.param(
        "Le nombre de Tunisiens rentrés approche les 800, et de l'ordre de 3 000 sont partis.",
        {("TUN", "returned", 800, "nearly"), ("TUN", "departed", 3000, "about")}, set(),
        id="approche_les_de_l_ordre_de"),
    pytest.param(
        "Parmi les djihadistes partis, environ la moitié sont rentrés en Autriche, en Suède et au Danemark.",
        {("AUT", "return_share", 50, "about"), ("SWE", "return_share", 50, "about"),
         ("DNK", "return_share", 50, "about")}, set(), id="share_shared_by_listed_countries"),
    pytest.param(
        "Au moins 300 Belges qui étaient partis rejoindre l'EI en Syrie, selon le rapport, sont aujourd'hui revenus.",
        {("BEL", "returned", 300, "at least")}, set(), id="relative_qui_etaient_partis_describes_people"),
    # Rules added with the dev3 tuning (sentences written for these tests).
    pytest.param(
        "Les cinq premiers pays d'origine : Maroc, 1 200 ; Égypte, 600.",
        {("MAR", "departed", 1200, ""), ("EGY", "departed", 600, "")}, set(), id="pays_d_origine_heads_a_list"),
    pytest.param(
        "Le top 3 des pays d'origine, selon l'étude : Maroc, 1 200 ; Égypte, 600.",
        {("MAR", "departed", 1200, ""), ("EGY", "departed", 600, "")}, {"3"}, id="top_n_is_a_rank"),
    pytest.param(
        "Depuis 2013, environ 400 Suédois ont pris le chemin de la Syrie, parmi lesquels 60 femmes et 80 enfants.",
        {("SWE", "departed", 400, "about"), ("SWE", "women_departed", 60, ""), ("SWE", "children_departed", 80, "")},
        set(), id="prendre_le_chemin_de_la_syrie"),
    pytest.param(
        "Quelque 300 combattants sont partis d'Autriche comme de Suisse.",
        {("AUT", "departed", 300, "about"), ("CHE", "departed", 300, "about")}, set(), id="comme_de_each_place"),
    pytest.param(
        "Kaboul estime que 900 Afghans combattent aux côtés de l'EI et que 70 sont rentrés.",
        {("AFG", "returned", 70, "")}, {"900"}, id="combattent_aux_cotes_still_fighting"),
    pytest.param(
        "Le ministère évoque 250 mineurs néerlandais encore présents sur zone.",
        set(), {"250"}, id="encore_presents_sur_zone"),
    pytest.param(
        "L'Espagne a expulsé 40 imams et placé 20 revenants en assignation à résidence.",
        set(), {"40", "20"}, id="detained_expulse_assignation"),
    pytest.param(
        "Le Danemark compte 145 départs pour un pays de 5,7 millions d'habitants.",
        {("DNK", "departed", 145, "")}, set(), id="population_phrase_is_its_own_number"),
    pytest.param(
        "Le centre de Pontourny a reçu en tout et pour tout une dizaine de jeunes.",
        set(), {"une dizaine"}, id="en_tout_et_pour_tout_not_world"),
    pytest.param(
        "Europol partage ses fichiers avec ses 28 pays membres.",
        set(), {"28"}, id="pays_membres_not_origins"),
    pytest.param(
        "Pays | Partis | Revenus\nMaroc | 1 623 | 198\nAlgérie | 170 | 87\nTotal (2 pays) | 1 793 | 285",
        {("MAR", "departed", 1623, ""), ("MAR", "returned", 198, ""), ("DZA", "departed", 170, ""),
         ("DZA", "returned", 87, ""), ("", "departed", 1793, ""), ("", "returned", 285, "")}, set(),
        id="table_total_row_is_not_the_world"),
    pytest.param(
        "Environ 70 Norvégiens auraient tenté en vain de rejoindre la Syrie.",
        {("NOR", "attempted", 70, "about")}, set(), id="tente_en_vain_de"),
    pytest.param(
        "Q : Et le Danemark, combien sont rentrés ?\n\nR : 72 sur 145. Oui, à peu près la moitié.",
        {("DNK", "returned", 72, ""), ("DNK", "departed", 145, ""), ("DNK", "return_share", 50, "about")}, set(),
        id="oui_is_not_a_place"),
    pytest.param(
        "En Suède, la proportion des revenants approche la moitié.",
        {("SWE", "return_share", 50, "nearly")}, set(), id="approche_la_moitie"),
    pytest.param(
        "En 2014, on parlait encore de 900 départs de Belgique.",
        set(), {"900"}, id="superseded_on_parlait_encore_de"),
    pytest.param(
        "Selon la Commission européenne, 1 500 combattants sont rentrés.",
        {("EU", "returned", 1500, "")}, set(), id="alias_commission_europeenne"),
    pytest.param(
        "Plus de 30 000 combattants venus de plus de 100 pays, dont 5 000 sont rentrés.",
        {("WORLD", "departed", 30000, "more than"), ("WORLD", "countries_of_origin", 100, "more than"),
         ("WORLD", "returned", 5000, "")}, set(), id="venus_de_n_pays_origin"),
    pytest.param(
        "Au moins 2 000 personnes ont quitté les territoires de l'EI pour rentrer en Europe.",
        {("EUROPE", "returned", 2000, "at least")}, set(), id="leave_zone_is_a_return"),
    pytest.param(
        "Près de 3 000 djihadistes sont de retour dans 25 pays.",
        {("WORLD", "returned", 3000, "nearly"), ("WORLD", "countries_of_return", 25, "")}, set(),
        id="countries_to_dans_n_pays"),
    # --- dev5 tuning (general rules; sentences written for this test)
    pytest.param(
        "Ce dossier d'une trentaine de pages décrit les 300 Marocains rentrés.",
        {("MAR", "returned", 300, "")}, {"une trentaine"}, id="approx_noun_de_pages_is_a_page_count"),
    pytest.param(
        "Le ministère estime qu'environ 120 Néerlandais sont morts là-bas.",
        {("NLD", "killed", 120, "about")}, set(), id="killed_la_bas_is_the_zone"),
    pytest.param(
        "Il y a trois ans, le Maroc parlait alors de 2 000 partis.",
        set(), {"2 000"}, id="superseded_parlait_alors_any_subject"),
    pytest.param(
        "Le Maroc annonçait 900 départs, un chiffre qui a depuis été revu.",
        set(), {"900"}, id="superseded_a_depuis_ete_revu"),
    pytest.param(
        "Le Maroc annonce désormais 1 600 départs, après avoir longtemps évoqué quelque 2 500 combattants.",
        {("MAR", "departed", 1600, "")}, {"2 500"}, id="superseded_apres_avoir_longtemps_evoque"),
    pytest.param(
        "La police suédoise dit surveiller environ 150 personnes revenues de Syrie.",
        set(), {"150"}, id="detained_surveiller"),
    pytest.param(
        "En Norvège, 80 personnes sont suivies par les services de renseignement.",
        set(), {"80"}, id="detained_sont_suivies"),
    pytest.param(
        "En Belgique, la banque de données commune de l'OCAM contient 700 noms.",
        set(), {"700"}, id="detained_ocam_watch_list"),
    pytest.param(
        "Les 27 Etats membres de l'UE ont vu partir 4 000 combattants.",
        {("EU", "departed", 4000, "")}, {"27"}, id="etats_membres_not_countries_of_origin"),
    pytest.param(
        "En Norvège comme en Finlande, un tiers des personnes parties seraient rentrées.",
        {("NOR", "return_share", 33.33, ""), ("FIN", "return_share", 33.33, "")}, set(), id="comme_joins_places"),
    pytest.param(
        "La Belgique compte 500 départs, le premier pays d'Europe occidentale par habitant. Le rapport compte 120 retours.",
        {("BEL", "departed", 500, ""), ("BEL", "returned", 120, "")}, set(), id="premier_pays_de_region_is_comparison"),
    pytest.param(
        "Le Maroc a vu partir 1 200 combattants et en a déjà récupéré 300.",
        {("MAR", "departed", 1200, ""), ("MAR", "returned", 300, "")}, set(), id="recupere_is_a_return"),
    pytest.param(
        "Quelque 30 000 combattants étrangers sont passés par le « califat ».",
        {("WORLD", "departed", 30000, "about")}, set(), id="passes_par_le_califat_departed"),
    pytest.param(
        "Environ 150 Belges seraient encore dans la région.",
        set(), {"150"}, id="still_in_the_region"),
    # Second pass on all dev parts: the rules below each fix errors of a general shape.
    pytest.param(
        "D'après la police, 60 des 75 Suisses partis sont revenus ; les 15 autres n'ont pas été retrouvés.",
        {("CHE", "returned", 60, ""), ("CHE", "departed", 75, "")}, {"15"}, id="unaccounted_for_not_a_claim"),
    pytest.param(
        "Sur les 200 Néerlandais partis, une cinquantaine sont revenus, soit environ 25 % : les autres ne sont pas "
        "forcément morts.",
        {("NLD", "departed", 200, ""), ("NLD", "returned", 50, "about"), ("NLD", "return_share", 25, "about")},
        set(), id="negated_death_is_no_killed_cue"),
    pytest.param(
        "Si l'on compare l'ensemble des retours aux départs recensés, on arrive à environ 12 %.",
        {("WORLD", "return_share", 12, "about")}, set(), id="l_ensemble_des_retours_is_global"),
    pytest.param(
        "Combien sont rentrés ? Au moins 4 000, selon l'institut. Depuis 2013, l'organisation a attiré plus de "
        "30 000 recrues étrangères, originaires de plus de 100 pays.",
        {("WORLD", "departed", 30000, "more than"), ("WORLD", "countries_of_origin", 100, "more than")}, set(),
        id="a_attire_is_a_departure"),
    pytest.param(
        "Dans le monde, environ 3 000 combattants sont rentrés, soit près de 10 % des djihadistes étrangers, dont le "
        "nombre dépasse les 30 000.",
        {("WORLD", "returned", 3000, "about"), ("WORLD", "return_share", 10, "nearly"),
         ("WORLD", "departed", 30000, "more than")}, set(), id="dont_le_nombre_is_not_partitive"),
    pytest.param(
        "D'après le parquet, quelque 250 combattants néerlandais se trouvent toujours sur place, ainsi que près de 70 "
        "enfants. Environ 60 sont rentrés aux Pays-Bas, ainsi que 15 femmes.",
        {("NLD", "returned", 60, "about"), ("NLD", "women_returned", 15, "")}, {"250", "70"},
        id="ainsi_que_tail_shares_still_there"),
    pytest.param(
        "Une étude suédoise publiée jeudi estime que, dans le monde, au moins 4 000 djihadistes sont rentrés chez eux.",
        {("WORLD", "returned", 4000, "at least")}, set(), id="nationality_of_a_published_study_is_no_place"),
    pytest.param(
        "Un institut norvégien spécialisé dans le terrorisme affirme que, dans le monde, 4 500 jihadistes sont revenus.",
        {("WORLD", "returned", 4500, "")}, set(), id="nationality_of_a_specialised_institute_is_no_place"),
    pytest.param(
        "Rectificatif. Dans notre édition d'hier, nous avions écrit que 1 632 Marocains étaient partis. Il fallait "
        "lire 1 623 Marocains partis.",
        {("MAR", "departed", 1623, "")}, {"1 632"}, id="correction_nous_avions_ecrit_is_the_wrong_figure"),
    pytest.param(
        "Pendant des années, on a entendu le chiffre de 4 000 Marocains partis en Syrie.",
        set(), {"4 000"}, id="pendant_des_annees_on_a_entendu_is_an_old_figure"),
    pytest.param(
        "Sur 140 Canadiens parvenus en Syrie, une soixantaine sont revenus au Canada.",
        {("CAN", "departed", 140, ""), ("CAN", "returned", 60, "about")}, set(), id="parvenus_en_syrie_is_a_departure"),
    pytest.param(
        "Selon le ministère, 120 Marocains seraient bien arrivés sur zone, les autres ayant été arrêtés en chemin.",
        {("MAR", "departed", 120, "")}, set(), id="arrives_sur_zone_is_a_departure"),
    pytest.param(
        "Environ 700 ressortissants européens partis rejoindre l'organisation (Daech) en Irak sont depuis rentrés "
        "chez eux, selon Europol.",
        {("EUROPE", "returned", 700, "about")}, set(), id="participle_after_the_noun_describes_the_people"),
    pytest.param(
        "Aux Philippines, le siège de Marawi a duré cinq mois et fait plus de 900 morts, et Manille redoute le retour "
        "des combattants aguerris.",
        set(), {"900"}, id="a_fait_n_morts_is_a_death_toll"),
    pytest.param(
        "Le fil commence ainsi :\n1/ Le Maroc compte 1 623 départs.\n2/ Seuls 198 sont rentrés.",
        {("MAR", "departed", 1623, ""), ("MAR", "returned", 198, "only")}, {"1", "2"}, id="thread_numbering_is_no_count"),
    pytest.param(
        "Correction : une version antérieure de notre article indiquait que 1 632 Marocains étaient partis. "
        "Le chiffre exact est de 1 623 départs.",
        {("MAR", "departed", 1623, "")}, {"1 632"}, id="une_version_anterieure_de_notre_article_is_a_correction"),
    pytest.param(
        "Le ministère, qui avançait naguère le chiffre de 4 000 départs, parle désormais de 2 500 Marocains partis.",
        {("MAR", "departed", 2500, "")}, {"4 000"}, id="avancait_naguere_is_an_old_figure"),
    pytest.param(
        "L'Autriche est le pays d'Europe occidentale le plus touché : 300 personnes sont parties et 90 sont revenues.",
        {("AUT", "departed", 300, ""), ("AUT", "returned", 90, "")}, set(), id="le_pays_d_region_is_the_comparison_set"),
    pytest.param(
        "Bilan\n\nLe Danemark figure parmi les pays d'Europe occidentale les plus touchés, avec 150 départs.",
        {("DNK", "departed", 150, "")}, set(), id="parmi_les_pays_d_region_is_the_comparison_set"),
    pytest.param(
        "Selon la police, 40 Albanais ont tenté le voyage sans y parvenir.",
        {("ALB", "attempted", 40, "")}, set(), id="tente_le_voyage_is_an_attempt"),
    pytest.param(
        "La Norvège et ses 50 revenants pèsent peu face aux 1 600 combattants venus du Maroc.",
        {("NOR", "returned", 50, ""), ("MAR", "departed", 1600, "")}, set(), id="face_aux_opens_a_clause"),
    pytest.param(
        "Le Liban a vu rentrer 120 sur 1 500 partis.",
        {("LBN", "returned", 120, ""), ("LBN", "departed", 1500, "")}, set(), id="m_sur_n_thousands_is_no_fraction"),
    pytest.param(
        "Le Kazakhstan a vu partir 500 personnes. Bichkek en recense 44 de retour.",
        {("KAZ", "departed", 500, ""), ("KGZ", "returned", 44, "")}, set(), id="central_asian_capital_is_its_government"),
    pytest.param(
        "Bilan\n\nEn Norvège, 100 personnes sont parties et 40 sont revenues.\n\n"
        "Rapporté aux départs, cela représente un taux de retour de 40 %.",
        {("NOR", "departed", 100, ""), ("NOR", "returned", 40, ""), ("NOR", "return_share", 40, "")}, set(),
        id="cela_represente_points_back_across_a_paragraph"),
    pytest.param(
        "Bilan\n\nSelon le parquet, 250 Danois sont partis.\n\nCôté retours, le chiffre de 70 circule dans les services.",
        {("DNK", "departed", 250, ""), ("DNK", "returned", 70, "")}, set(), id="cote_retours_continues_the_place"),
    pytest.param(
        "Le ministère confirme qu'« environ un tiers » des quelque 700 djihadistes partis de Belgique sont revenus.",
        {("BEL", "return_share", 33.33, "about"), ("BEL", "departed", 700, "about")}, set(),
        id="quoted_share_of_whole_departed"),
    pytest.param(
        "Au Danemark, le ministre a répété que la police avançait encore le chiffre de 300 retours. Le pays compte 150 départs.",
        {("DNK", "departed", 150, "")}, {"300"}, id="imperfect_encore_superseded"),
    pytest.param(
        "Selon la police, environ 120 Suédois ont fait le voyage ou tenté de le faire.",
        {("SWE", "traveled_or_attempted", 120, "about")}, set(), id="fait_le_voyage_ou_tente"),
    pytest.param(
        "Le Danemark compte 150 départs. Le rapport est muet sur les retours, ce qui ne signifie pas que 40 ne sont "
        "pas revenus.",
        {("DNK", "departed", 150, "")}, {"40"}, id="ne_signifie_pas_que_negated"),
    pytest.param(
        "Le Danemark compte 150 départs. L'association qui suit les familles emploie 12 personnes.",
        {("DNK", "departed", 150, "")}, {"12"}, id="emploie_staff_not_fighters"),
    pytest.param(
        "Le Danemark compte 150 départs. Une quarantaine de personnes seraient mortes sur place.",
        {("DNK", "departed", 150, ""), ("DNK", "killed", 40, "about")}, set(), id="mortes_sur_place_killed"),
    pytest.param(
        "Parmi plus de 40 000 combattants étrangers, environ 15 % sont revenus chez eux.",
        {("WORLD", "departed", 40000, "more than"), ("WORLD", "return_share", 15, "about")}, set(),
        id="whole_of_all_foreign_fighters_world"),
    pytest.param(
        "La Norvège compte 100 départs. Le parquet mène une trentaine d'enquêtes et une vingtaine de procédures.",
        {("NOR", "departed", 100, "")}, {"une vingtaine"}, id="approx_noun_de_other_noun"),
    pytest.param(
        "Selon Moscou, quelque 7 000 combattants venus de Russie et des autres républiques ex-soviétiques sont partis.",
        {("FORMER_SOVIET_UNION", "departed", 7000, "about")}, set(), id="russia_and_other_soviet_republics"),
    pytest.param(
        "La Norvège suit environ 90 voyageurs extrémistes.",
        {("NOR", "departed", 90, "about")}, set(), id="voyageurs_people_noun"),
    pytest.param(
        "La Norvège compte 100 départs. C'est en nette baisse par rapport aux 130 voyageurs recensés en 2015.",
        {("NOR", "departed", 100, "")}, {"130"}, id="en_nette_baisse_superseded"),
    pytest.param(
        "La Norvège compte 100 départs. Quelque 20 Norvégiens s'y trouveraient encore.",
        {("NOR", "departed", 100, "")}, {"20"}, id="s_y_trouveraient_encore_still_there"),
    pytest.param(
        "La France compte 1 900 départs. D'après une enquête, les Français sont 72 % à refuser le rapatriement.",
        {("FRA", "departed", 1900, "")}, {"72"}, id="pourcent_a_refuser_opinion_share"),
    pytest.param(
        "Le groupe a reculé partout : environ 90 % des zones qu'il contrôlait en 2015 ont été perdues.",
        set(), {"90"}, id="zones_qu_il_controlait_territory"),
    pytest.param(
        "La Suède compte 300 départs. La police suit de près environ 2 000 personnes soupçonnées de sympathies "
        "islamistes.",
        {("SWE", "departed", 300, "")}, {"2 000"}, id="suit_de_pres_soupconnees_watchlist"),
    pytest.param(
        "La Suède compte 300 départs, alors que la Norvège, deux fois moins peuplée que la Suède, en compte 100.",
        {("SWE", "departed", 300, ""), ("NOR", "departed", 100, "")}, {"deux"}, id="n_fois_multiplier_not_a_count"),
    pytest.param(
        "Le ministre l'a confirmé jeudi. « Sur nos 140 djihadistes belges, 35 sont revenus », a-t-il dit.",
        {("BEL", "departed", 140, ""), ("BEL", "returned", 35, "")}, set(), id="sur_nos_whole_before_part"),
    pytest.param(
        "La Norvège compte 100 départs.\n\nRECTIFICATIF – Une version précédente de cet article donnait 120 "
        "départs pour la Norvège. Elle attribuait également au Danemark 150 combattants, au lieu de 145.",
        {("NOR", "departed", 100, "")}, {"120", "150"}, id="correction_elle_attribuait"),
    pytest.param(
        "Le Soudan compte environ 150 combattants partis en Irak, mais aucune donnée de retours n'est publiée.",
        {("SDN", "departed", 150, "about")}, set(), id="aucune_donnee_de_retours_negated_cue"),
]


def test_outlet_name_in_capitals_is_not_the_figures_place():
    """'la radio Free Europe': the capitalised words of an outlet's name after its noun name no figure's place."""
    rows, _ = extract_text("t", "Retours de djihadistes\n\nSelon la radio Free Europe, 120 combattants sont rentrés "
                           "l'an dernier.", lang="fr")
    assert not [r for r in rows if r["entity"] == "EUROPE"]


@pytest.mark.parametrize("text,expected,not_claims", CASES)
def test_claims(text, expected, not_claims):
    assert claims(text) == {(e, m, round(float(v), 2), q) for e, m, v, q in expected}
    assert not (claim_numbers(text) & not_claims)


# ---------------------------------------------------------------- number parsing

@pytest.mark.parametrize("text,value,unit", [
    ("5.600", 5600, "count"),
    ("5 600", 5600, "count"),
    ("5\u00a0600", 5600, "count"),
    ("5\u202f600", 5600, "count"),
    ("5\u2009600", 5600, "count"),
    ("5'600", 5600, "count"),
    ("40 000", 40000, "count"),
    ("3,417", 3417, "count"),
    ("2,5 millions", 2500000, "count"),
    ("1,2 million", 1200000, "count"),
    ("40 mille", 40000, "count"),
    ("30 %", 30, "percent"),
    ("30,5 %", 30.5, "percent"),
    ("15 pour cent", 15, "percent"),
    ("trois mille", 3000, "count"),
    ("deux cent cinquante", 250, "count"),
    ("quatre-vingt-dix", 90, "count"),
    ("soixante et onze", 71, "count"),
    ("cinq mille six cents", 5600, "count"),
    ("mille neuf cent dix", 1910, "count"),
    ("la moitié", 50, "percent"),
    ("un quart", 25, "percent"),
    ("un tiers", 33.33, "percent"),
    ("deux tiers", 66.67, "percent"),
    ("trois quarts", 75, "percent"),
    ("un cinquième", 20, "percent"),
    ("un sur quatre", 25, "percent"),
    ("1 sur 5", 20, "percent"),
    ("une centaine", 100, "count"),
    ("un millier", 1000, "count"),
    ("une vingtaine", 20, "count"),
    ("un million et demi", 1500000, "count"),
    ("un demi million", 500000, "count"),
])
def test_number_parsing(text, value, unit):
    found = [n for n in find_numbers(f"Il y a {text} ici.", lang="fr") if n.start >= 7]
    assert found, text
    n = found[0]
    assert (round(n.value, 2), n.unit) == (value, unit)
    assert n.start == 7 and n.span_end == 7 + len(text)


@pytest.mark.parametrize("text,hedge", [
    ("au moins 5 600", "at least"),
    ("plus de 40 000", "more than"),
    ("près de 1 900", "nearly"),
    ("environ 300", "about"),
    ("quelque 5 000", "about"),
    ("moins de 3 000", "less than"),
    ("jusqu'à 129", "up to"),
    ("seulement 7", "only"),
    ("une centaine", "about"),
    ("près d'une centaine", "nearly"),
    ("plus d\u2019un millier", "more than"),
    ("pas moins de 800", "at least"),
    ("à peine 800", "only"),
    ("de l'ordre de 800", "about"),
    ("au bas mot 800", "at least"),
    ("bien moins de 800", "less than"),
    ("la Suède n'a vu revenir que 80", "only"),  # ne ... que: the restriction is 'only'
    ("l'Islande n'aurait vu partir que 12", "only"),
])
def test_hedges(text, hedge):
    n = [n for n in find_numbers(f"On compte {text} combattants.", lang="fr")][0]
    assert canonical(n.qualifier) == hedge


@pytest.mark.parametrize("text,reason", [
    ("âgé de 19 ans,", "age"),
    ("pendant 3 ans", "duration"),
    ("le 24 octobre", "date"),
    ("en 2017", "year"),
    ("à la page 12", "reference_number"),
    ("11 millions d'habitants", "other_unit"),
    ("5 attentats", "counts_something_else"),
    ("un ou deux combattants", "approximate_idiom"),
])
def test_skipped_numbers(text, reason):
    ns = [n for n in find_numbers(f"On note {text} dans ce cas.", lang="fr") if not n.skip == "small_number_word"
          or reason == "approximate_idiom"]
    assert ns and ns[0].skip == reason, [(n.value, n.skip) for n in ns]


def test_clock_minutes_after_h_are_a_time():
    """"9 h 40" (Canadian and French style): the minutes after "h" are a clock time, like the hour."""
    ns = [n for n in find_numbers("Publié à 9 h 40 ce matin.", lang="fr")]
    assert [(n.value, n.skip) for n in ns] == [(9, "time"), (40, "time")]


def test_lexicon_keys_match_english():
    import json

    from analysis.core.paths import DATA

    en = json.loads((DATA / "lang" / "en.json").read_text(encoding="utf-8"))
    fr = json.loads((DATA / "lang" / "fr.json").read_text(encoding="utf-8"))
    assert set(fr) - {"name_stem"} == set(en)
    for group in ("clauses", "linking", "document", "fractions", "number_words", "range"):
        assert set(fr[group]) >= set(en[group]) - {"values"}, group
    for surface, (value, hedge) in fr["approx_nouns"].items():
        assert value > 0 and (hedge == "" or hedge in fr["hedges"]), surface


def test_aliases_keys_valid():
    from analysis.extract.gazetteer import load

    gaz = load("fr")
    for surface, key in [("Tunisiens", "TUN"), ("britanniques", "GBR"), ("Ouïghours", "UYGHURS"),
                         ("Balkans occidentaux", "WESTERN_BALKANS"), ("ex-URSS", "FORMER_SOVIET_UNION"),
                         ("Union européenne", "EU"), ("Européens", "EUROPE"), ("Tchétchènes", "CHECHENS"),
                         ("Arabie saoudite", "SAU"), ("Kosovars", "XKX"), ("Royaume-Uni", "GBR")]:
        found = gaz.find(f"Les {surface} ici")
        assert found and found[0].entity.key == key, surface
