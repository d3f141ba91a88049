"""One test per resolution rule (geomap.resolve)."""

import re

import pytest

from geomap.pipeline import Geoparser
from geomap.types import Document


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def picks(parser, text):
    return {r.mention.surface: r.place for r in parser.parse(text).resolutions}


def test_prominence_decides_without_context(parser):
    assert picks(parser, "A rally in Paris.")["Paris"].country_code == "FR"


def test_explicit_parent_state(parser):
    place = picks(parser, "A rally in Paris, Texas, drew hundreds.")["Paris"]
    assert (place.country_code, place.admin1) == ("US", "Texas")


def test_explicit_parent_abbreviation(parser):
    place = picks(parser, "TROY, N.C. (AP) -- Marchers gathered.")["TROY"]
    assert (place.country_code, place.admin1) == ("US", "North Carolina")


def test_document_country_focus(parser):
    place = picks(parser, "Protests in Belarus spread from Minsk to Brest and Hrodna.")["Brest"]
    assert place.country_code == "BY"


def test_exact_country_names_go_to_the_country(parser):
    assert picks(parser, "Thousands marched in Georgia.")["Georgia"].kind == "country"


def test_every_resolution_explains_itself(parser):
    res = parser.parse("Protests in Belarus spread from Minsk to Brest.").resolutions
    brest = [r for r in res if r.mention.surface == "Brest"][0]
    assert 0 < brest.confidence <= 1
    assert brest.reasons and any("focus" in reason for reason in brest.reasons)
    assert any(alt.country_code == "FR" for alt in brest.alternates)


def test_abstains_below_the_confidence_threshold(gazetteer):
    from geomap.resolve import Weights

    strict = Geoparser(gazetteer, Weights(min_confidence=0.999))
    res = strict.parse("A rally in Springfield.").resolutions
    assert res[0].place is None and "abstained" in res[0].reasons[0]
    assert res[0].alternates  # the guesses stay visible


def test_country_or_state_of_the_same_name_follows_the_article(parser):
    us = picks(parser, "Voters in Atlanta and Savannah, like others across Georgia, queued.")["Georgia"]
    assert (us.kind, us.country_code) == ("admin1", "US")
    caucasus = picks(parser, "Russia accused Georgia of shelling Tskhinvali; Tbilisi denied it.")["Georgia"]
    assert caucasus.kind == "country"


def test_a_repeated_name_is_not_its_own_evidence(parser):
    # Only Hobart is named: nothing but the prior speaks, however often it is repeated.
    res = parser.parse("Hobart grew. Hobart's mill closed. Hobart was quiet.").resolutions
    assert all(not any("focus" in reason for reason in r.reasons) for r in res)


def test_admin1_focus_picks_the_town_in_the_named_state(parser):
    place = picks(parser, "Cordova lies east of Memphis in Shelby County, Tennessee.")["Cordova"]
    assert (place.country_code, place.admin1) == ("US", "Tennessee")


def test_the_word_after_a_name_says_town_or_region(parser):
    assert picks(parser, "A bomb went off in Mandera Town.")["Mandera"].kind == "city"
    assert picks(parser, "Clashes spread across Mandera district.")["Mandera"].kind in ("admin1", "admin2")
    # ... and a parent: "Saria, Cheptais sub-county" is no Saria in India, the attack in Cheptais
    result = parser.parse("Gunmen killed four men in Saria, Cheptais sub-county. The reason is not known.")
    assert result.resolutions[0].place is None and "outside Cheptais" in result.resolutions[0].reasons[0]
    assert result.events[0].place.place.name == "Cheptais"
    # a constituency is a region too, though the gazetteer holds Kenya's as points: not Saku, Estonia
    saku = picks(parser, "Raiders beheaded a boy in Saku constituency on Sunday.")["Saku"]
    assert (saku.country_code, saku.feature_code) == ("KE", "ADMD")


def test_bracketed_parent_after_an_admin_word(parser):
    place = picks(parser, "Residents staged a demonstration in Yanfolila town (Sikasso).")["Yanfolila"]
    assert place.country_code == "ML"


def test_a_place_before_its_district_and_region_in_brackets_lies_in_the_region(parser):
    # ACLED's "village (district, region)": Mali's only Bamba in the gazetteer is in Gao, not Mopti
    found = picks(parser, "Militiamen attacked the village of Bamba (Koro, Mopti) and seized livestock.")
    assert found["Bamba"] is None and found["Koro"].admin1 == "Mopti"
    assert picks(parser, "Militiamen attacked Kotdiji (Khairpur, Sindh).")["Khairpur"].admin1 == "Sindh"


def test_a_bracket_after_a_sites_kind_holds_the_sites_parents(parser):
    # "Al Alam military camp (Marib, Marib)": Yemen's Marib, so not Al-'Alam in Iraq
    found = picks(parser, "An IED targeted a truck directed at Al Alam military camp (Marib, Marib), killing 2 soldiers.")
    assert found["Al Alam"] is None and found["Marib"].country_code == "YE"


def test_village_municipality_province_chains_parents_but_a_list_does_not(parser):
    # "Macarthur" is an old name of Ormoc, Leyte: the village lies in Masbate, beside Monreal
    found = picks(parser, "Two rebels were killed in Macarthur, Monreal, Masbate.")
    assert found["Macarthur"] is None and found["Monreal"].admin2 == "Masbate"
    # a list goes on after the region: "Quebec" is the city, one consulate among four
    for text in ("Local consulates: Ottawa, Montreal, Quebec & Vancouver.",
                 "Local consulates: Ottawa, Montreal, Quebec, Vancouver and Calgary."):
        listed = picks(parser, text)
        assert listed["Montreal"].name == "Montréal" and listed["Quebec"].kind == "city", text


def test_a_region_written_after_a_place_the_gazetteer_lacks(parser):
    # "Huanuquillo" is in no gazetteer: "Junin" after it is Peru's Junín region, not Junín, Argentina
    region = picks(parser, "Citizens staged a demonstration in Huanuquillo, Junin, against new shelters.")["Junin"]
    assert (region.kind, region.country_code) == ("admin1", "PE")
    # ... but after a site ("Jagannath University") the name is the site's town
    assert picks(parser, "Students marched at Jagannath University, Dhaka.")["Dhaka"].kind == "city"


def test_the_west_the_valley_and_congress_are_no_towns(parser):
    found = picks(parser, "Saudi Arabia wants to improve its image in the West, U.S. officials said.")
    assert found["Saudi Arabia"].kind == "country" and found.get("West") is None
    text = "Small businesses here in the Valley drive growth. Zuckerberg will testify before Congress in the U.S."
    spans = ((text.index("Valley"), text.index("Valley") + 6), (text.index("Congress"), text.index("Congress") + 8))
    result = parser.parse(Document("t", text, spans=spans), given_spans=True)
    assert [r.place for r in result.resolutions] == [None, None]  # not Valley, Alabama, nor Congress, Arizona
    # ... but a region of a country the text names, written so, stays
    text = "Separatists attacked a school in the West region of Cameroon."
    start = text.index("West")
    result = parser.parse(Document("t", text, spans=((start, start + 4),)), given_spans=True)
    assert result.resolutions[0].place.country_code == "CM"


def test_a_state_word_makes_the_parent_the_state(parser):
    # "Merida, Merida state": Venezuela's state, so the city is Mérida, Venezuela, not Yucatán's
    found = picks(parser, "Residents protested in El Campito, Merida, Merida state, to demand power.")
    assert found["Merida"].country_code == "VE"


def test_a_region_named_after_its_town_yields_to_the_town(parser):
    assert picks(parser, "Two soldiers were shot dead in Mandera on Monday.")["Mandera"].kind == "city"
    assert picks(parser, "Taxes rose across Minnesota.")["Minnesota"].kind == "admin1"


def test_a_lone_hamlet_abroad_is_no_confident_point(gazetteer):
    # "Sadar" (an Indonesian hamlet in the gazetteer) is, in Bangladesh, a word for a district's
    # headquarters: with nothing else for it, an unknown place is likelier and the parser abstains.
    from geomap.pipeline import Geoparser

    result = Geoparser(gazetteer).parse("Two groups clashed in Sadar over a land dispute.")
    sadar = [r for r in result.resolutions if r.mention.surface == "Sadar"]
    assert sadar and sadar[0].place is None and sadar[0].reasons[0].startswith("abstained")
    assert "a place the gazetteer does not hold" in sadar[0].reasons[0]


def test_a_namesake_outside_the_named_parent_is_no_confident_point(gazetteer):
    # "Elenovka" is in the gazetteer only as an old name of Sevan, Armenia; written as
    # "Elenovka, Donetsk" it is a place inside Donetsk the gazetteer lacks
    from geomap.pipeline import Geoparser

    result = Geoparser(gazetteer).parse("Forces fired mortars in the area of Elenovka, Donetsk.")
    by_name = {r.mention.surface: r for r in result.resolutions}
    assert by_name["Elenovka"].place is None
    assert by_name["Donetsk"].place is not None and by_name["Donetsk"].place.country_code == "UA"


def test_a_region_named_by_generic_words_needs_its_country_in_the_article(parser):
    # "North East" is a region of Botswana, Ghana, England…: without the country it is none of them
    unsure = {r.mention.surface: r for r in parser.parse(
        "Militias attacked a farmer in Gordi (Mamprugo Moaduri, North East).").resolutions}
    assert unsure["North East"].place is None
    sure = {r.mention.surface: r.place for r in parser.parse(
        "Botswana: floods cut roads in the North East and in Gaborone.").resolutions}
    assert sure["North East"].country_code == "BW"
    # a region of no one country is no country's region
    (middle_east,) = parser.parse("Oil prices rose across the Middle East.").resolutions
    assert middle_east.place.kind == "region" and middle_east.place.country_code is None


def test_a_place_before_a_town_and_its_region_lies_in_that_region(parser):
    # ACLED writes "village, town (region)": Kalyanpur there is no namesake in Arunachal Pradesh
    text = "Crowds pelted stones in Kalyanpur, Roorkee (Uttarakhand) over a land claim."
    by_name = {r.mention.surface: r for r in parser.parse(text).resolutions}
    assert by_name["Kalyanpur"].place is None or by_name["Kalyanpur"].place.admin1 == "Uttarākhand"
    assert by_name["Roorkee"].place.admin1 == "Uttarākhand"
    # ... but a list of towns is no chain: each keeps its own place
    listed = {r.mention.surface: r.place for r in parser.parse("Strikes spread to Hrodna, Brest, Minsk and Vilnius.").resolutions}
    assert {p.country_code for p in listed.values()} == {"BY", "LT"}


def test_the_name_after_a_place_and_a_comma_is_its_region_when_it_contains_it(gazetteer):
    from geomap.pipeline import Geoparser

    parser = Geoparser(gazetteer)
    text = "Residents rioted in Koutiala (Koutiala, Sikasso) and burned the police station."
    result = parser.parse(text)
    sikasso = [r for r in result.resolutions if r.mention.surface == "Sikasso"][0]
    assert sikasso.place.kind == "admin1"
    assert {e.place.place.name for e in result.events} == {"Koutiala"}
    # a list of towns is no parent chain: Brest does not contain Hrodna
    towns = parser.parse("Police detained dozens in Hrodna, Brest and Minsk.")
    assert [r.place.kind for r in towns.resolutions] == ["city", "city", "city"]


def test_in_an_article_about_one_country_a_lone_namesake_abroad_is_no_confident_point(gazetteer):
    from geomap.pipeline import Geoparser

    parser = Geoparser(gazetteer)
    text = "In Celaya, Guanajuato, a man was found dead in Colonia Las Aves."
    aves = [r for r in parser.parse(text).resolutions if r.mention.surface == "Aves"]
    assert not aves or aves[0].place is None or aves[0].place.country_code == "MX"
    # demonyms are no such focus: Kakuma stays Kakuma though the victims were Somali
    kakuma = parser.parse("Bandits attacked Kakuma refugee camp; two Somali refugees were killed.").resolutions
    assert [r.place.country_code for r in kakuma if r.mention.surface == "Kakuma"] == ["KE"]


def test_a_list_of_states_is_no_chain_of_parents(gazetteer):
    from geomap.pipeline import Geoparser

    result = Geoparser(gazetteer).parse("Cases rose in Colorado, Montana, Utah and Idaho.")
    assert [r.place.kind if r.place else None for r in result.resolutions] == ["admin1"] * 4


def test_a_town_the_world_knows_beats_a_namesake_province(parser):
    # Gaza City has dozens of names in other languages; Mozambique's Gaza Province two
    res = parser.parse("Thousands marched in solidarity with Gaza.").resolutions[0]
    assert res.place.country_code == "PS"
    # a state still beats its small namesakes
    assert parser.parse("Snow fell across Minnesota.").resolutions[0].place.kind == "admin1"


@pytest.mark.parametrize(("text", "name"), [
    ("Mourners gathered at St. Mary's Church in the evening.", "St. Mary's"),
    ("A bomb went off at the St. Mark's Coptic Orthodox Cathedral.", "St. Mark's"),
    ("Pupils of Holy Trinity School marched to the council.", "Holy Trinity"),
    ("Women marched from the party office to All Saints Cathedral.", "All Saints"),
])
def test_the_saint_a_church_or_school_is_dedicated_to_is_no_town(parser, text, name):
    # the gazetteer's St. Marys (Georgia) or Holy Trinity (Alabama) would be wrong points
    res = next(r for r in parser.parse(text).resolutions if r.mention.surface == name)
    assert res.place is None
    assert "dedicated to" in res.reasons[0]


def test_an_institution_named_after_its_saint_named_town_is_the_town(parser):
    result = parser.parse("Doctors at St. Cloud Hospital in Minnesota treated the injured.")
    res = next(r for r in result.resolutions if r.mention.surface == "St. Cloud")
    assert res.place is not None and res.place.name == "Saint Cloud"


def test_a_neighbourhood_far_from_the_articles_towns_is_left_unplaced(parser):
    result = parser.parse("In Zapopan, Jalisco, neighbors of Colonia Miramar blocked the Periferico road.")
    places = {r.mention.surface: r.place for r in result.resolutions}
    assert places["Zapopan"].country_code == "MX"
    assert places["Miramar"] is None  # Miramar, Tamaulipas lies 700 km away
    assert result.events[0].place.place.name == "Zapopan"
    # a town's own neighbourhoods, and a city before its slum, stay placed
    assert parser.parse("A program to tidy DeKalb neighborhoods was approved.").resolutions[0].place is not None


def test_a_neighbourhood_in_brackets_after_its_town_or_numbered_is_not_a_far_namesake(parser):
    # ACLED writes a city's quarter in brackets after it; Bella Vista, Arkansas is 3,400 km away
    result = parser.parse("On 4 May 2020, in Panama City (Bella Vista), residents protested in front of the board.")
    places = {r.mention.surface: r.place for r in result.resolutions}
    assert places["Panama City"].country_code == "PA"
    assert places["Bella Vista"] is None or places["Bella Vista"].country_code == "PA"
    assert result.events[0].place.place.country_code == "PA"
    # after a name the gazetteer lacks, the bracket holds its town: "Ayn Zarah (Tripoli)"
    result = parser.parse("On 28 April 2020, LNA and GNA forces reportedly clashed in Ayn Zarah (Tripoli).")
    assert result.events[0].place.place.name == "Tripoli"
    # "Colonia 21 de Marzo" is a quarter of Culiacan, not Colonia in Uruguay
    result = parser.parse("On 1 May 2020, in Culiacan, Sinaloa, a man was found dead in Colonia 21 de Marzo.")
    assert {r.mention.surface: r.place for r in result.resolutions}["Colonia"] is None
    assert result.events[0].place.place.admin1 == "Sinaloa"


def test_a_big_towns_own_name_is_not_a_small_towns_old_name(parser):
    # GeoNames lists "Youngstown" as an old name of Mount Gilead, Ohio; beside Mount Gilead the
    # name still means the city whose own name it is
    places = picks(parser, "Police in Youngstown arrested two men. The suspects had lived in Mount Gilead "
                           "and Cardington, Ohio.")
    assert (places["Youngstown"].name, places["Youngstown"].admin1) == ("Youngstown", "Ohio")
    assert places["Mount Gilead"].name == "Mount Gilead"


def test_the_articles_state_is_itself_not_a_namesake_county(parser):
    res = parser.parse("People gathered at the Iowa statehouse in Des Moines (Iowa) to rally.").resolutions
    assert res[0].place.kind == "admin1"


def test_a_bare_name_is_not_a_county_written_without_county(parser):
    res = parser.parse("More than 60 marched in protest in Jefferson (Texas).").resolutions
    assert res[0].place.kind == "city"
    assert parser.parse("Floods hit Jefferson County, Texas.").resolutions[0].place.kind == "admin2"


def test_a_site_written_as_in_a_town_is_not_a_far_namesake(parser):
    # "City Island" in New York is no site in Daytona Beach: the site is placed at the town, and says so
    result = parser.parse("Hundreds gathered at City Island in Daytona Beach (Florida) for a protest.")
    by_name = {r.mention.surface: r for r in result.resolutions}
    assert by_name["City Island"].place.name == by_name["Daytona Beach"].place.name == "Daytona Beach"
    assert by_name["City Island"].reasons == ("not in the gazetteer: placed at the town it lies in, Daytona Beach",)
    assert "City Island" in {p.name for p in by_name["City Island"].alternates}  # the namesake, kept as an alternate
    assert result.events[0].place.place.name == "Daytona Beach"
    # a town in its country, or a borough in its city, stays placed
    assert parser.parse("Protesters marched in Brooklyn in New York City.").resolutions[0].place is not None


def test_the_repeats_of_a_site_the_gazetteer_lacks_are_placed_at_its_town_too(parser):
    # one sense per discourse: "Kfraya" is written once as lying in Idlib, then bare
    text = "Buses reached Kfraya in Idlib on Monday. Residents of Kfraya said the convoy was delayed."
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"Kfraya|Idlib", text))
    result = parser.parse(Document("t", text, spans=spans), given_spans=True)
    kfraya = [r for r in result.resolutions if r.mention.surface == "Kfraya"]
    assert [r.place.name for r in kfraya] == ["Idlib", "Idlib"]
    assert all(r.reasons == ("not in the gazetteer: placed at the town it lies in, Idlib",) for r in kfraya)


def test_a_party_or_local_term_ties_the_article_to_its_country(parser):
    # "BNP" and "upazila" name no place, yet place the story in Bangladesh (gazetteer/country_cues.tsv)
    assert picks(parser, "Protesters blocked the road in Mirzapur.")["Mirzapur"].country_code == "IN"
    assert picks(parser, "BNP activists blocked the road in Mirzapur.")["Mirzapur"].country_code == "BD"
    assert picks(parser, "Police dispersed a BNP rally in Rajpur.")["Rajpur"].country_code == "BD"


def test_a_village_the_gazetteer_lacks_in_the_articles_country_is_no_confident_namesake(parser):
    # Every other name is Bangladeshi; the Durgapurs the gazetteer holds are Indian towns.
    result = parser.parse("Clashes erupted in Durgapur village, Ashuganj upazila (Brahmanbaria, Chittagong).")
    durgapur = next(r for r in result.resolutions if r.mention.surface == "Durgapur")
    assert durgapur.place is None or durgapur.confidence < 0.3


@pytest.mark.parametrize("text, site, town", [
    ("Activists demonstrated in Jaro, Iloilo City, Iloilo.", "Jaro", "Iloilo"),  # not Jaro, Leyte
    ("A mob clashed in the Ganeshpur area of Jalesar town, Etah.", "Ganeshpur", "Jalesar"),  # not Ganeshpur, Maharashtra
])
def test_a_site_written_as_part_of_a_town_is_not_a_far_namesake(parser, text, site, town):
    assert picks(parser, text)[site].name == town  # placed at the town it lies in


def test_a_list_of_towns_is_no_site_in_a_town(parser):
    found = picks(parser, "Workers walked out in Minsk, Zhodino and Hrodna.")
    assert all(found[name] is not None and found[name].country_code == "BY" for name in ("Minsk", "Zhodino", "Hrodna"))


def test_a_place_said_to_lie_in_an_area_lies_there_and_keeps_that_sense(parser):
    # "is a city in Grant County, Wisconsin" is Lancaster's parent; repeated bare, among
    # Pennsylvanian towns, the name still means the Wisconsin city (one sense per article)
    result = parser.parse("Lancaster is a city in Grant County, Wisconsin. "
                          "Lancaster is smaller than Philadelphia, Pittsburgh and Harrisburg.")
    lancasters = [r.place for r in result.resolutions if r.mention.surface == "Lancaster"]
    assert len(lancasters) == 2 and all(p is not None and p.admin1 == "Wisconsin" for p in lancasters)


def test_a_town_and_a_county_the_article_names_hold_each_other(parser):
    # Lancaster, Wisconsin lies in Grant County, Wisconsin: each reading supports the other
    found = picks(parser, "Officials in Lancaster and Grant County approved the levy.")
    assert found["Lancaster"].admin1 == "Wisconsin"
    assert found["Grant County"].admin1 == "Wisconsin"


def test_a_town_of_the_articles_region_beats_a_country_nothing_else_points_at(parser):
    found = picks(parser, "Schools in Shakopee, Prior Lake and Jordan will close, Scott County officials said.")
    assert (found["Jordan"].kind, found["Jordan"].admin1) == ("city", "Minnesota")
    # a country the article also points at stays the country
    found = picks(parser, "Refugees from Syria crossed into Jordan, officials in Amman said.")
    assert found["Jordan"].kind == "country"


def test_a_colonia_written_in_lower_case_is_still_a_neighbourhood(parser):
    found = picks(parser, "In Nuevo Laredo, Tamaulipas, gunmen clashed with police in colonia Manuel Cavazos Lerma.")
    assert found["Nuevo Laredo"] is not None
    assert found.get("Lerma") is None  # not Lerma de Villada, 900 km away


def test_a_state_word_names_a_first_level_region(parser):
    # "Merida state" is the Venezuelan state, not the Mexican municipality of Mérida
    place = picks(parser, "In San Juan, Lagunillas, Merida state, guards threw tear gas at prisoners.")["Merida"]
    assert (place.kind, place.country_code) == ("admin1", "VE")


def test_colonia_alone_before_a_name_is_a_neighbourhood_not_a_far_town(parser):
    found = picks(parser, "In Salamanca, Guanajuato, two people were shot dead in Colonia del Parque.")
    assert found["Salamanca"].admin1 == "Guanajuato"
    assert found.get("Colonia") is None  # not La Colonia, Jalisco


def test_areas_of_a_town_are_sites_in_it(parser):
    found = picks(parser, "Rioters set fire to buses in the Gulistan areas of Dhaka city.")
    assert found["Dhaka"].country_code == "BD"
    assert found["Gulistan"].name == "Dhaka"  # placed at Dhaka, not Guliston, Uzbekistan


@pytest.mark.parametrize("text, site", [
    ("About 50 people protested at the Greenbush rotary in Scituate (Massachusetts).", "Greenbush"),
    ("Health workers rallied in Riverside's Memorial Park in Jacksonville (Florida).", "Riverside"),
])
def test_a_name_heading_a_site_in_a_town_is_not_a_far_namesake(parser, text, site):
    found = picks(parser, text)
    assert found.get(site) is None or found[site].admin1 in ("Massachusetts", "Florida")


def test_a_county_and_a_town_in_it_vote_for_their_state_together(parser):
    # Huntsville lies in Walker County, Texas (not Alabama's Walker County, near the other Huntsville)
    found = picks(parser, "Deputies from Walker County helped police in Huntsville search the woods.")
    assert (found["Walker County"].admin1, found["Huntsville"].admin1) == ("Texas", "Texas")


def test_a_capital_of_a_country_the_article_names_is_that_capital(parser):
    text = ("GEORGETOWN, Ky. -- A Georgetown student studying in France was near the shooting in Paris. "
            "The student said Paris was calm the next day, Georgetown officials in Kentucky said.")
    assert all(r.place.country_code == "FR" for r in parser.parse(text).resolutions if r.mention.surface == "Paris")


def test_the_place_a_town_is_named_after_gives_no_sense_to_the_town(parser):
    result = parser.parse("Named after Paris, France, the town of Paris is a city in Lamar County, Texas. "
                          "Tourists visit Paris for its replica of the Eiffel Tower.")
    parises = [r.place.country_code for r in result.resolutions if r.mention.surface == "Paris"]
    assert parises == ["FR", "US", "US"]


def test_an_old_alternate_name_puts_the_article_in_no_county(gazetteer):
    # "Berlin" is an old name of Brunswick, Frederick County, Maryland: an article about Berlin
    # and Middletown (Connecticut) must not gain a Frederick County reading from it
    from geomap.resolve import _county_readings

    berlin = gazetteer.candidates("Berlin", limit=None)
    assert any(c.place.name == "Brunswick" and c.name_kind == "alt" for c in berlin)
    counties = _county_readings([berlin], ["Berlin"])
    assert not any(key[2] == "Frederick County" for key in counties)
    assert ("US", "Maryland", "Worcester County") in counties  # Berlin, Maryland, by its own name


def test_a_language_in_brackets_is_no_parent(parser):
    # "(Spanish pronunciation: …)" after a Puerto Rican town names a language, not Spain as the
    # town's parent: the town is not taken for a place the gazetteer lacks in Spain
    text = "Lajas (Spanish pronunciation: [ˈlaxas]) is a municipality of Puerto Rico on the southern coast."
    place = picks(parser, text)["Lajas"]
    assert place is not None and place.country_code == "PR"


def test_a_place_the_gazetteer_lacks_is_placed_at_its_county(parser):
    # no Geneva lies in Walworth County, Wisconsin: the county is the point, said so, and the
    # article's bare repeat of the name means the same place, not Geneva, Switzerland
    text = "Geneva is a town in Walworth County, Wisconsin. The town board of Geneva meets monthly."
    genevas = [r for r in parser.parse(text).resolutions if r.mention.surface == "Geneva"]
    assert len(genevas) == 2
    for r in genevas:
        assert (r.place.name, r.place.kind, r.place.admin1) == ("Walworth County", "admin2", "Wisconsin")
        assert r.reasons == ("not in the gazetteer: placed at its county, Walworth County",)


def test_commas_chaining_town_county_and_state_are_parents_not_a_list(parser):
    # "Trenton, Blackford County, Indiana": the county lies in the state, so the commas name
    # parents (no Trenton lies in that county: its point is the county, not Trenton, New Jersey)
    text = "The post office in Trenton, Blackford County, Indiana closed in 1905, and Trenton has since been a quiet farm town."
    trentons = [r.place for r in parser.parse(text).resolutions if r.mention.surface == "Trenton"]
    assert [(p.name, p.admin1) for p in trentons] == [("Blackford County", "Indiana")] * 2
    # ... while states after a town are still a list
    towns = picks(parser, "Storms hit Jackson, Alabama, Arizona and Texas.")
    assert towns["Alabama"].kind == towns["Arizona"].kind == "admin1"


def test_a_place_the_gazetteer_holds_in_its_county_is_not_moved_to_the_county(parser):
    place = picks(parser, "Muncie is a city in Delaware County, Indiana.")["Muncie"]
    assert (place.name, place.kind) == ("Muncie", "city")


def test_a_state_abbreviation_before_a_county_is_not_placed_in_it(parser):
    # "Cass-ND, Ransom-ND": ND is North Dakota each time, not a place inside Ransom County
    from geomap.types import Document

    text = "NWS has issued a Tornado Warning for Cass-ND, Ransom-ND & Richland-ND until 3 AM."
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"Cass|Ransom|Richland|ND", text))
    result = parser.parse(Document("tweet", text, spans=spans), given_spans=True)
    states = [r.place for r in result.resolutions if r.mention.surface == "ND"]
    assert len(states) == 3 and not any(p is not None and p.kind == "admin2" for p in states)
    assert [p.name for p in states[1:]] == ["North Dakota", "North Dakota"]


def test_a_place_said_to_lie_in_an_area_after_a_longer_description(parser):
    # "a small village and civil parish in the district of … in Suffolk": Suffolk is its parent
    # (no Walpole lies there, so it is placed at the county, not at Walpole, Massachusetts) …
    text = "Walpole is a small village and civil parish in the district of Suffolk Coastal in Suffolk, England."
    place = picks(parser, text)["Walpole"]
    assert (place.name, place.kind, place.country_code) == ("Suffolk", "admin2", "GB")
    # … but a place "to the south of" another lies outside it
    place = picks(parser, "Hampton is a developing township to the south of Peterborough, Cambridgeshire.")["Hampton"]
    assert (place.name, place.kind) == ("Hampton", "city")


@pytest.mark.parametrize("text", [
    "Cairo /ˈkɛəroʊ/ CARE-o is a town in Ritchie County, West Virginia, United States.",
    "Cairo (pronounced KAY-ro) is a town in Ritchie County, West Virginia, United States.",
    "Cairo is an unincorporated community and census-designated place (CDP) in Ritchie County, West Virginia.",
])
def test_a_pronunciation_or_bracket_does_not_hide_the_parent(parser, text):
    place = picks(parser, text)["Cairo"]
    # not Cairo, Egypt: the town itself (a post-office town), or its county where a gazetteer lacks it
    assert place.admin1 == "West Virginia" and place.name in ("Cairo", "Ritchie County")


def test_a_chain_of_parents_narrows_each_link(parser):
    # "Jefferson County, Georgia": the county is Georgia's, not the Kentucky one around Louisville
    place = picks(parser, "Louisville is a city in Jefferson County, Georgia, United States.")["Jefferson County"]
    assert (place.kind, place.admin1) == ("admin2", "Georgia")


def test_a_direction_or_nationality_before_the_parent_keeps_it_the_parent(parser):
    # "in central Alberta", "in southwestern Washington County": still the parent
    from geomap.types import Document

    def given(text, name):
        spans = tuple((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
        result = parser.parse(Document("wiki", text, spans=spans), given_spans=True)
        return result.resolutions[0]

    alliance = given("Alliance is a village in central Alberta, Canada.", "Alliance")
    assert alliance.place is None or alliance.place.admin1 == "Alberta"  # not Alliance, Ohio
    easton = given("Easton is a town in southwestern Washington County, New York, United States.", "Easton").place
    assert (easton.name, easton.admin1) == ("Washington County", "New York")


def test_part_of_a_town_the_gazetteer_lacks_is_placed_at_the_town(parser):
    # "a district of Kisumu": not Nyalenda, wherever else the gazetteer holds one, but Kisumu
    place = picks(parser, "Manyatta is a densely populated district of Kisumu, on the shore of Lake Victoria.")["Manyatta"]
    assert place.name == "Kisumu" or place.admin1 == "Kisumu"


def test_a_name_written_as_a_code_is_never_a_town_spelled_with_its_letters(parser):
    # an article about France and Belgium: "EU" stays the European Union, not Eu in Normandy,
    # however much the article's focus and distances favour the town
    text = ("Airlines from France met in Brussels, Belgium, to lobby for a new EU aviation strategy; "
            "the EU should cut airport charges, they said, as Paris and Lyon airports grow.")
    eus = [r.place for r in parser.parse(text).resolutions if r.mention.surface == "EU"]
    assert eus and all(p is not None and p.name == "European Union" for p in eus)
    # "WA" is a state's code: Washington (or Western Australia), not Wa in Ghana
    wa = picks(parser, "Officials in Accra and Kumasi met farmers from Seattle, WA on Monday.")["WA"]
    assert wa.country_code in ("US", "AU")


def test_a_name_written_with_its_parent_lends_only_readings_inside_it_to_the_article(parser):
    # "HELENA, Mont.": Helena is the Montana town, so Helena, Alabama (in Shelby County) is no
    # evidence that the article's Shelby is Shelby, Alabama; it is Shelby, Montana
    text = "HELENA, Mont. (AP) - Montana and a prison company are at an impasse over the prison in Shelby."
    assert picks(parser, text)["Shelby"].admin1 == "Montana"


def test_a_state_keeps_its_name_against_a_far_smaller_foreign_town_with_many_names(parser):
    # Montana, Bulgaria (47,000 people) has far more names in other languages than the state
    # has aliases, but the state is fifteen times its size: "Montana" is the state (Montana
    # City, 15 km from Helena, was picked for it). Gaza City still beats Gaza Province (above).
    text = "HELENA, Mont. (AP) - Montana and a prison company are at an impasse. Montana offered $69 a day."
    montanas = [r.place for r in parser.parse(text).resolutions if r.mention.surface == "Montana"]
    assert [(p.name, p.kind) for p in montanas] == [("Montana", "admin1")] * 2


def test_a_country_by_the_english_name_readers_write_outranks_a_namesake_town(parser):
    # GeoNames calls it "Palestinian Territory"; "Palestine" is what protest signs and reporters write
    place = picks(parser, "Protesters in Orlando marched in support of Palestine on Sunday.")["Palestine"]
    assert (place.kind, place.country_code) == ("country", "PS")
    # ... and a written parent still makes it the Texas town
    place = picks(parser, "The rally was held in Palestine, Texas, on Saturday.")["Palestine"]
    assert (place.kind, place.admin1) == ("city", "Texas")
    assert picks(parser, "Exports from the Czech Republic rose.")["Czech Republic"].country_code == "CZ"


def test_a_sea_named_short_is_the_sea_not_a_town_of_the_article_country(parser):
    # "Atlantic" and "Pacific" also name small US towns, which the article's US focus favours
    text = ("Forecasters at Colorado State University in Fort Collins expect an active season: "
            "the Atlantic is warmer than usual, while the Pacific cools.")
    found = picks(parser, text)
    assert (found["Atlantic"].name, found["Pacific"].name) == ("Atlantic Ocean", "Pacific Ocean")
    assert picks(parser, "Hundreds of migrants drowned in the Mediterranean.")["Mediterranean"].name == "Mediterranean Sea"


def test_the_white_house_and_red_square_are_in_their_capitals(parser):
    # not White House, Tennessee, nor the towns GeoNames lists "White House" as an old name of
    text = "Protesters gathered outside the White House, as others had on Red Square."
    found = picks(parser, text)
    assert (found["White House"].name, found["White House"].admin1) == ("Washington", "District of Columbia")
    assert found["Red Square"].name == "Moscow"


def test_a_country_written_without_its_article_is_still_the_country(parser):
    place = picks(parser, "Fighting spread in the east of the Democratic Republic of Congo.")["Democratic Republic of Congo"]
    assert place.kind == "country" and place.country_code == "CD"


def test_an_english_county_geonames_lists_only_by_its_parts_is_found(parser):
    text = "Police in Greater Manchester and Northamptonshire made arrests."
    found = picks(parser, text)
    assert found["Greater Manchester"].country_code == found["Northamptonshire"].country_code == "GB"


def test_a_name_opening_a_list_of_counties_is_a_county(parser):
    found = picks(parser, "Volunteers from Camden and Charlton counties in Georgia and Nassau and Baker counties in Florida helped.")
    assert (found["Camden"].kind, found["Nassau"].kind) == ("admin2", "admin2")
    assert found["Nassau"].admin1 == "Florida"


@pytest.mark.parametrize("text, name, place", [
    ("Protests spread across Xinjiang on Monday.", "Xinjiang", "Xinjiang"),  # not a hamlet of that name
    ("Russia annexed Crimea in 2014.", "Crimea", "Autonomous Republic of Crimea"),
    ("Fighting flared again in Mindanao.", "Mindanao", "Mindanao"),
    ("Militants attacked pipelines in the Niger Delta.", "Niger Delta", "Niger Delta"),  # not Niger
    ("Shelling resumed in North Kivu and across Kivu.", "Kivu", "Kivu"),
])
def test_a_big_region_is_found_and_meant_by_its_everyday_name(parser, text, name, place):
    assert picks(parser, text)[name].name == place


def test_a_regional_demonym_points_at_its_region(parser):
    found = {r.mention.surface: r for r in parser.parse("Dagestani and Chechen militants clashed with Sinhalese police.").resolutions}
    assert found["Dagestani"].mention.kind == "demonym" and found["Dagestani"].place.name == "Dagestan"
    assert found["Sinhalese"].place.country_code == "LK"


def test_a_name_none_of_whose_readings_lies_in_its_parent_lends_the_article_nothing(parser):
    # La Matanza, a partido of Buenos Aires Province, is not in the gazetteer; the village of
    # that name in Peru, which shares a county with a Peruvian village called Buenos Aires, must
    # not pull the capital of Argentina to Peru
    text = "On 30 April 2020, in the partido of La Matanza (Buenos Aires), residents held a pot-banging protest."
    found = {r.mention.surface: r for r in parser.parse(text).resolutions}
    assert found["Buenos Aires"].place.country_code == "AR"
    assert found["La Matanza"].place is None


@pytest.mark.parametrize("text, name, admin1", [
    ("Unidentified gunmen killed a civilian in As-Sweida.", "As-Sweida", "As Suwaydā'"),
    ("Regime forces shelled villages in Rural Damascus.", "Rural Damascus", "Rīf Dimashq"),
    ("Al Shabaab fighters attacked a base in Lower Shabelle.", "Lower Shabelle", "Lower Shebelle"),
    ("Protesters marched in Sala al-Din.", "Sala al-Din", "Saladin"),
    ("Police dispersed a rally in the Federal Capital Territory.", "Federal Capital Territory", "Abuja Federal Capital Territory"),
])
def test_a_governorate_is_found_by_the_spelling_conflict_reports_use(parser, text, name, admin1):
    place = picks(parser, text)[name]
    assert (place.kind, place.name) == ("admin1", admin1)


def test_a_region_after_a_district_the_gazetteer_lacks_is_still_the_parent(parser):
    # the township of New Brighton in Nelson Mandela Bay is not in the gazetteer: its namesake in
    # Minnesota is no answer once the bracket names the Eastern Cape
    text = "Nurses demonstrated outside the hospital in New Brighton (Nelson Mandela Bay, Eastern Cape) on Monday."
    found = {r.mention.surface: r for r in parser.parse(text).resolutions}
    assert found["New Brighton"].place is None
    assert found["Eastern Cape"].place.country_code == "ZA"


@pytest.mark.parametrize("text, name, feature_code", [
    ("Tankers waited at the Strait of Hormuz.", "Strait of Hormuz", "STRT"),
    ("Fishermen were attacked on Lake Turkana.", "Lake Turkana", "LK"),
    ("Flooding closed the Mississippi River to barges.", "Mississippi River", "STM"),
    ("A meteorite fell in the Ural Mountains.", "Ural Mountains", "MTS"),  # not the town of Ural
    ("Volunteers cleaned beaches on Fire Island.", "Fire Island", "ISL"),
])
def test_rivers_lakes_ranges_straits_and_islands_news_names_are_found(parser, text, name, feature_code):
    place = picks(parser, text)[name]
    assert place is not None and place.feature_code == feature_code


def test_demonyms_of_states_and_cities_point_at_them(parser):
    found = {r.mention.surface: r for r in parser.parse("Ohioans and Minnesotans voted while New Yorkers and Gazans watched.").resolutions}
    assert all(found[d].mention.kind == "demonym" for d in ("Ohioans", "Minnesotans", "New Yorkers", "Gazans"))
    assert (found["Ohioans"].place.name, found["Minnesotans"].place.name) == ("Ohio", "Minnesota")
    assert (found["New Yorkers"].place.name, found["Gazans"].place.name) == ("New York City", "Gaza Strip")


def test_a_street_is_placed_at_the_town_its_address_names(parser):
    # "1935 Orchard St., Alexandria": a comma after a street is an address's; no gazetteer
    # namesake of the street is drawn; a street with no town, in an article spread over several,
    # stays unplaced
    text = ("Police arrested a woman of 1935 Orchard St., Alexandria, on Friday. Others marched on Kelley Lane "
            "from Tacoma to Miami.")
    results = {r.mention.surface: r for r in parser.parse(text).resolutions}
    assert results["Orchard St."].place.name == "Alexandria"
    assert "placed at the town it lies in" in results["Orchard St."].reasons[0]
    assert results["Kelley Lane"].place is None
    assert results["Kelley Lane"].reasons[0].startswith("a street")


def test_a_town_known_abroad_only_by_another_name_is_no_pick_where_the_article_is_placed(parser):
    # "Bostan" is an old spelling of Boston among GeoNames' alternate names; among Pakistani
    # towns it is no confident Boston, Massachusetts (the gazetteer holds no Bostan there)
    found = picks(parser, "Bostan lies on the road from Quetta to Pishin. Bostan has a railway station.")
    assert found["Quetta"].country_code == "PK"
    assert found["Bostan"] is None or found["Bostan"].country_code != "US"
    # with nothing else in the article, the big town by its other name stands
    assert picks(parser, "Bostan is lovely.")["Bostan"].name == "Boston"


def test_states_named_together_are_no_two_boroughs_of_one_county(parser):
    # California and Washington are also boroughs of Washington County, Pennsylvania: a state's
    # own name is the state, and lends no county to the names beside it
    found = picks(parser, "Tech firms rarely leave western states such as California or Washington.")
    assert (found["California"].kind, found["California"].admin1) == ("admin1", "California")
    assert found["Washington"].admin1 == "Washington"


@pytest.mark.parametrize("text, name, admin1", [
    # listed with states, "Washington" is the state, not the capital of the country the article names
    ("The US allows it in the states of Colorado and Washington.", "Washington", "Washington"),
    ("The US outbreak reached Utah, Virginia, Washington, West Virginia and Wyoming.", "Washington", "Washington"),
    # ... and "California, Washington, Utah" is a list, not "California, Washington County, Utah"
    ("The US has few such jobs in California, Washington, Utah and Idaho.", "California", "California"),
    # but a parent written after it decides: the capital
    ("People came from as far as Texas and Washington, D.C. to see him.", "Washington", "District of Columbia"),
])
def test_a_name_listed_with_first_level_regions_of_its_country_is_one_too(parser, text, name, admin1):
    assert picks(parser, text)[name].admin1 == admin1


@pytest.mark.parametrize("text", [
    "The US reported its first case at a Washington state farm in December.",
    "The US reported its first case in December in the state of Washington.",
])
def test_a_state_named_as_a_state_beats_the_capital_of_the_country_the_article_names(parser, text):
    place = picks(parser, text)["Washington"]
    assert (place.kind, place.admin1) == ("admin1", "Washington")


def test_a_word_every_country_names_regions_by_is_no_region_abroad(parser):
    # "the West" given as a span in an article on Russia and the US: not Cameroon's West Region
    text = "Moscow wants to mend ties with the West, Russian officials told reporters in Washington."
    start = text.index("West")
    doc = Document(id="t", text=text, spans=((start, start + 4),))
    (west,) = parser.parse(doc, given_spans=True, events=False).resolutions
    assert west.place is None or west.place.country_code in ("RU", "US")


def test_a_street_in_a_one_town_article_is_placed_at_that_town(parser):
    # every town the article places lies together: its street is there, said so in its reasons
    text = "Fire crews in Tacoma were called to Kelley Lane on Friday. Tacoma's mayor thanked them."
    results = {r.mention.surface: r for r in parser.parse(text).resolutions}
    lane = results["Kelley Lane"]
    assert lane.place.id == results["Tacoma"].place.id
    assert "placed at the article's town" in lane.reasons[0]
    # an article spread over towns far apart leaves it unplaced
    text = "Fire crews from Tacoma and Miami were called to Kelley Lane on Friday."
    assert {r.mention.surface: r for r in parser.parse(text).resolutions}["Kelley Lane"].place is None


@pytest.mark.parametrize("text", [
    "Students protested at the Embassy of the United States in Moscow over Ferguson, Missouri.",
    "Protesters gathered outside the US embassy in Moscow over Ferguson, Missouri.",
    "Protesters gathered outside the American embassy in Moscow over Ferguson, Missouri.",
])
def test_a_countrys_embassy_is_abroad(parser, text):
    # not Moscow Mills, Missouri (once called Moscow), near Ferguson: an embassy is abroad
    assert picks(parser, text)["Moscow"].country_code == "RU"


def test_names_listed_before_neighbourhoods_are_parts_of_the_town_not_namesakes_afar(parser):
    # Andaraí is also a town in Bahia, 1,100 km away; listed before "neighborhoods" in a story
    # from Rio de Janeiro it is a part of Rio; but "the DeKalb neighborhoods" are DeKalb's own
    text = "In Rio de Janeiro, shoot-outs took place in Andarai, Cordovil and Vila Isabel neighborhoods."
    found = picks(parser, text)
    assert found["Andarai"] is None or found["Andarai"].admin1 == "Rio de Janeiro"
    assert picks(parser, "A program to tidy DeKalb neighborhoods was approved in DeKalb, Illinois.")["DeKalb"] is not None
    # "areas" too, as South Asian English writes it: Gulistan is no Guliston in Uzbekistan
    text = "Overnight, rioters set fire to buses in Gulistan, Notre Dam, Rupnagar and Gabtali areas (Dhaka city)."
    found = picks(parser, text)
    assert all(found[name] is None or found[name].country_code == "BD" for name in ("Gulistan", "Rupnagar"))
    found = picks(parser, "Rickshaw drivers marched through Rampura and Demra areas, Dhaka city, against a police drive.")
    assert found["Rampura"] is None or found["Rampura"].name != "Rangpur"  # 250 km off
    # ... but "and other areas" lists no parts of a town: Kampala and Mityana are towns
    found = picks(parser, "Protesters took to the streets in Kampala, Mityana, and other areas.")
    assert found["Mityana"] is not None and found["Mityana"].country_code == "UG"


def test_airports_are_places_where_the_article_points_to_their_country(parser):
    # "Heathrow" is also a town in Florida; beside London it is the airport
    found = picks(parser, "Flights were cancelled at Heathrow and Gatwick as fog covered London.")
    assert (found["Heathrow"].feature_code, found["Heathrow"].country_code) == ("AIRP", "GB")
    assert found["Gatwick"].name == "London Gatwick Airport"
    found = picks(parser, "Protesters occupied Jomo Kenyatta International Airport in Nairobi.")
    assert found["Jomo Kenyatta International Airport"].feature_code == "AIRP"


def test_two_states_written_with_a_comma_are_no_town_and_its_parent(parser):
    # "the Indiana, Ill., border": Indiana does not lie in Illinois, so it is no unknown town
    # there — it is the state
    place = picks(parser, "Ridge Farm lies southeast of Champaign near the Indiana, Ill., border.")["Indiana"]
    assert (place.kind, place.admin1) == ("admin1", "Indiana")


def test_a_part_every_town_has_is_in_the_article_town_not_a_namesake_elsewhere(parser):
    # GeoNames lists "North Side" as another name of Oildale, California: in a Pittsburgh story
    # it is Pittsburgh's North Side
    text = "Police in Pittsburgh said the fire on the North Side spread to two houses in Pittsburgh."
    results = {r.mention.surface: r for r in parser.parse(text).resolutions}
    side = results.get("North Side")
    assert side is None or side.place is None or side.place.id == results["Pittsburgh"].place.id
    # written before its town, it is that town's, whatever else the article names
    found = picks(parser, "Trains stop at Old Town Manassas, a drive from Centreville and Gainesville, Va.")
    assert found["Old Town"].id == found["Manassas"].id


def test_australian_and_canadian_region_codes(parser):
    # "WA" is Washington's postal code and Western Australia's: the article's other places decide
    text = "Dead fish washed up at Safety Bay, near Rockingham. Wastewater in WA is diluted before release."
    place = picks(parser, text)["WA"]
    assert (place.country_code, place.name) == ("AU", "Western Australia")
    place = picks(parser, "Residents of Kingston, ON marched downtown on Friday.")["ON"]
    assert (place.country_code, place.name) == ("CA", "Ontario")
    # a province's postal code that is also a word counts only after a comma, never as a hashtag
    assert "QC" not in picks(parser, "#QC cleans up as the river's rise continues.")


def test_a_code_two_regions_share_votes_for_both(parser):
    # "WA" voted for Washington alone, and with it the article's focus leaned to the US: the
    # Woodman Point plant near Perth became Woodman, Wisconsin. Split between Washington and
    # Western Australia, the vote leaves the article Australian and the hamlet abroad unplaced.
    text = ("Dead fish washed up at Safety Bay, near Rockingham. Works at the Woodman Point plant raised "
            "microbiology levels. Wastewater in WA is diluted before release. Woodman Point will be upgraded.")
    places = [r.place for r in parser.parse(text).resolutions if r.mention.surface == "Woodman"]
    assert places and all(p is None or p.country_code == "AU" for p in places)


def test_a_region_and_the_text_s_cues_place_an_unknown_village_in_their_country(parser):
    # "Gard" of "Darraz Gard village" is no place the gazetteer holds in Afghanistan: with the
    # Taliban (a cue for Afghanistan and Pakistan) and Parwan province in the text, it is no
    # Garður in Iceland either — unplaced, not a point 6,600 km away
    text = ("1 Taliban commander was killed during an operation by police forces in the Darraz Gard "
            "village of Ghorband district, Parwan.")
    assert picks(parser, text)["Gard"] is None
    # ... but a lone region name with no cue is too weak a witness: a town of the text's other
    # readings keeps its point
    place = picks(parser, "Students from Rivers joined a march in North Charleston.")["North Charleston"]
    assert place is not None and place.country_code == "US"


def test_an_irish_county_written_short_is_the_county(parser):
    # "Co Tipperary": the county, not the town of Tipperary; "Co" is no given name heading "Dublin"
    found = picks(parser, "Villagers in Portroe, Co Tipperary protested against the plan.")
    assert (found["Tipperary"].kind, found["Tipperary"].country_code) == ("admin2", "IE")
    assert picks(parser, "He spoke from the offices in Blackrock, Co Dublin.")["Dublin"].country_code == "IE"


def test_a_capital_named_like_another_region_of_its_country_is_the_capital_abroad(parser):
    # in an article about the Caribbean, "Washington" is the seat of government, not the state
    text = ("Trinidad and Tobago rejected Dominica's request: the ministry told its mission in Washington "
            "to object to the waiver for Dominica.")
    place = picks(parser, text)["Washington"]
    assert (place.kind, place.admin1) == ("city", "District of Columbia")
    # ... not so in an article about the United States, nor Tripoli, Libya, in its own district
    place = picks(parser, "Apple growers in Yakima and Wenatchee, Washington, expect a record harvest.")["Washington"]
    assert place.kind == "admin1"
    place = picks(parser, "Clashes erupted in Tripoli, in northern Lebanon, after protesters burned banks in Beirut.")["Tripoli"]
    assert place.country_code == "LB"


def test_a_name_both_a_country_and_a_region_votes_for_both(parser):
    # "Georgia" voted for the country alone, so one "Texas" gave the article's region focus to
    # Texas and "Atlanta" became Atlanta, Texas
    text = ("Georgia residents could reach the service statewide, the Georgia commission said. "
            "United Way of Metropolitan Atlanta runs it; a similar line runs in Texas. "
            "Rural Georgia counties would join, officials in Atlanta said.")
    place = picks(parser, text)["Atlanta"]
    assert (place.country_code, place.admin1) == ("US", "Georgia")


def test_a_town_the_text_puts_in_another_county_of_its_state_is_placed_at_that_county(parser):
    # the gazetteer's Winchester, Wisconsin lies in Winnebago County; the text's lies in Vilas
    # County, a town too small for the gazetteer: the county is the honest point, not the namesake
    res = parser.parse("Volunteers rebuilt the library in Winchester, a small town in Vilas County, Wisconsin. "
                       "The town lies between Presque Isle and Manitowish Waters in northern Wisconsin, and most "
                       "Wisconsin visitors come in summer. Fire had gutted the library in Winchester last winter."
                       ).resolutions
    by_surface = [(r.mention.surface, r.place and r.place.name) for r in res]
    assert by_surface[0] == ("Winchester", "Vilas County")
    assert res[0].reasons == ("not in the gazetteer: placed at its county, Vilas County",)
    assert by_surface[-1] == ("Winchester", "Vilas County")


@pytest.mark.parametrize("text, name, admin1", [
    # a town in two counties, written together
    ("Portland is a city in Nueces and San Patricio counties, Texas, on Corpus Christi Bay.", "Portland", "Texas"),
    # a town that is its own county, in the county the text names
    ("Portsmouth is a port city in the ceremonial county of Hampshire, England.", "Portsmouth", "England"),
    # a county named like its town: the text means the town and its suburbs
    ("Windsor is an inner suburb of Melbourne, Victoria, Australia.", "Windsor", "Victoria"),
])
def test_a_town_of_the_named_county_or_its_own_county_stays_the_town(parser, text, name, admin1):
    place = parser.parse(text).resolutions[0].place
    assert (place.kind, place.name, place.admin1) == ("city", name, admin1)


def test_a_town_written_with_another_country_is_in_that_country_whatever_the_article_is_about(parser):
    # an article about Naples, Florida still means Italy's Naples where it writes "Naples, Italy"
    res = parser.parse("Naples, Florida, draws retirees to Collier County. Its founders likened the Florida bay "
                       "to the bay of Naples, Italy, and the name stuck. Naples has grown fast since Florida's "
                       "land boom.").resolutions
    naples = [r.place for r in res if r.mention.surface.startswith("Naples")]
    assert [(p.name, p.country_code) for p in naples] == [("Naples", "US"), ("Naples", "IT"), ("Naples", "US")]


def test_a_town_the_text_puts_in_a_county_of_another_state_is_not_a_namesake_there(parser):
    # the gazetteer holds no Burlington in Otsego County, New York; New Jersey's, which the text
    # also names, is another town
    res = parser.parse("Burlington is a rural town in Otsego County, New York, north of Oneonta. "
                       "Butternut Creek and Wharton Creek cross Burlington. Its founders named it after Burlington, "
                       "New Jersey.").resolutions
    assert [(r.place.name, r.place.admin1) for r in res if r.mention.surface == "Burlington"] == [
        ("Otsego County", "New York"), ("Otsego County", "New York"), ("Burlington", "New Jersey")]


def test_a_name_the_text_calls_a_town_is_not_the_state_of_that_name(parser):
    res = parser.parse("Washington is a small town in Rappahannock County, Virginia, west of the capital.").resolutions
    assert res[0].place.kind != "admin1"
    assert res[0].place.name == "Rappahannock County"


def test_an_unsure_pick_abroad_of_a_region_its_sentence_names_surely_is_no_point(parser):
    # no Dara in Afghanistan: Daraa, Syria, an unsure guess beside the sure Samangan, is not drawn
    res = parser.parse("Taliban militants attacked a militia check point in Chaharmaghzak village (Pusqul area "
                       "of Dara) in Sufi Bala district, Samangan, killing nine.").resolutions
    by_surface = {r.mention.surface: r for r in res}
    assert by_surface["Dara"].place is None and by_surface["Dara"].alternates[0].country_code == "SY"
    assert "its sentence names AF surely" in by_surface["Dara"].reasons[0]
    assert by_surface["Samangan"].place.country_code == "AF"


def test_an_unsure_town_in_a_country_nothing_else_points_to_is_no_point(parser):
    # no Iraqi Gare in the gazetteer: a French village of that name is no guess worth drawing
    res = parser.parse("Turkish jets bombed PKK hideouts near Gare (Chiya-e Gara), in Dahuk province of Iraq.").resolutions
    gare = {r.mention.surface: r for r in res}["Gare"]
    assert gare.place is None and gare.alternates[0].country_code == "FR"
    assert "nothing else in the article is in FR while it names IQ surely" in gare.reasons[0]
    # ... but a demonym places no story ("Somali residents of Eastleigh" live in Kenya), and a
    # second place in that country is a pointer to it
    res = parser.parse("Police targeted Somali residents of Eastleigh after a grenade attack in Nairobi.").resolutions
    assert {r.mention.surface: r.place for r in res}["Eastleigh"] is not None


def test_an_unsure_town_abroad_is_no_point_where_the_articles_cues_name_one_country(parser):
    # ODM is a Kenyan party; no Kenyan Gare or Orange: a French village or a Californian city
    # (however large, when only a building's name holds it) would be a wrong point
    for text, name in [("ODM supporters protested in Gare town.", "Gare"),
                       ("ODM supporters held a peace march from Orange House to the cathedral.", "Orange")]:
        res = {r.mention.surface: r for r in parser.parse(text).resolutions}[name]
        assert res.place is None and "country cues (parties, forces, --about) point to KE" in res.reasons[0]


def test_a_hamlet_picked_for_its_country_alone_yields_to_the_state_its_sentence_names(parser):
    # the gazetteer's only American North Shore is a hamlet in Virginia, picked at 0.94 for the US
    text = "About 60 demonstrators gathered on the North Shore near Wainiha (Hawaii) on Friday."
    shore = {r.mention.surface: r for r in parser.parse(text).resolutions}["North Shore"]
    assert shore.place is None and "names Hawaii surely" in shore.reasons[0]
    # ... but a very sure pick stays, and so does a hamlet the article puts us near
    res = parser.parse("Bond for a man of Kansas City, Kan., and a man of Platte City, Mo., was set.").resolutions
    assert {r.mention.surface: r.place for r in res}["Platte City"] is not None


def test_an_unsure_hamlet_in_another_state_than_its_sentence_names_surely_is_no_point(parser):
    # the gazetteer's only Ejido El Castillo lies in the State of Mexico, 700 km from Nuevo Leon
    res = parser.parse("In Cadereyta Jimenez, Nuevo Leon, a man was shot dead inside his house by a pair of "
                       "armed individuals in Ejido El Castillo.").resolutions
    by_surface = {r.mention.surface: r for r in res}
    assert by_surface["Ejido El Castillo"].place is None
    assert "names Nuevo León surely" in by_surface["Ejido El Castillo"].reasons[0]
    assert by_surface["Cadereyta Jimenez"].place.admin1 == "Nuevo León"
    # a town picked surely stays, whatever state it lies in
    res = parser.parse("Protesters marched in Austin, Texas, and in Chicago.").resolutions
    assert {r.mention.surface: r.place.admin1 for r in res}["Chicago"] == "Illinois"



def test_an_unsure_town_in_a_state_the_article_names_surely_elsewhere_stays(gazetteer):
    from geomap.article_checks import _unsure_outside_a_sure_region
    from geomap.types import Mention, Resolution

    def first(name, admin1):
        return next(c.place for c in gazetteer.candidates(name, limit=30) if c.place.admin1 == admin1)

    text = "Bangor lies in California. Bangor took its name from Bangor, Maine."
    picked = [("Bangor", 0, first("Bangor", "California"), 0.57), ("California", 15, first("California", "California"), 1.0),
              ("Bangor", 27, first("Bangor", "California"), 0.57), ("Bangor", 53, first("Bangor", "Maine"), 0.94),
              ("Maine", 61, first("Maine", "Maine"), 1.0)]
    results = [Resolution(Mention(start, start + len(name), name, "literal"), place, conf) for name, start, place, conf in picked]
    assert all(text[r.mention.start:r.mention.end] == r.mention.surface for r in results)
    kept = _unsure_outside_a_sure_region(results, text)
    # the second Bangor's sentence names Maine surely, but the article names California surely too
    assert [r.place.admin1 if r.place else None for r in kept] == ["California"] * 3 + ["Maine"] * 2
    # without California named, the unsure Bangor beside Maine is no point
    alone = _unsure_outside_a_sure_region([results[2], results[3], results[4]], text)
    assert alone[0].place is None and alone[1].place.admin1 == "Maine"


def test_an_unsure_small_town_outside_the_region_written_with_it_is_a_namesake(parser):
    # the gazetteer's Kutulo lies in Mandera county; "Kutulo, Wajir" is another one
    res = parser.parse("Al-Shabaab fighters raided a camp at Kutulo, Wajir, overnight.").resolutions
    assert res[0].place is None and "outside Wajir" in res[0].reasons[0]
    # a big town is the place its name means, however the writer slipped on its region
    res = parser.parse("A mob attacked police at a village near Bhagalpur, Madhya Pradesh.").resolutions
    assert (res[0].place.name, res[0].place.admin1) == ("Bhāgalpur", "Bihār")


def test_a_village_outside_the_oblast_written_with_it_is_a_namesake_however_sure(parser):
    # the gazetteer's Bohdanivkas (picked at 0.73) lie in other oblasts than Donetsk's
    res = parser.parse("Rebel forces fired mortars at positions near Bohdanivka, Donetsk, on Friday.")
    bohdanivka = res.resolutions[0]
    assert bohdanivka.place is None and "outside Donetska" in bohdanivka.reasons[0]
    assert res.events[0].place.place.admin1 == "Donetska"
    # "Washington Township" is no state: Petersburg stays in Indiana
    res = parser.parse("Petersburg is a city in Washington Township, Pike County, Indiana.").resolutions
    assert res[0].place is not None and res[0].place.admin1 == "Indiana"


def test_a_pick_outside_the_written_region_that_holds_the_name_without_a_point_is_a_namesake(parser):
    # the gazetteer lists Takhar's Baharak district without a point; Badakhshan's (32,551 people,
    # 136 km away) is another district of the name, so the strike goes to Takhar, not there
    res = parser.parse("On 6 May, an airstrike killed two militants in Baharak district, Takhar.")
    baharak = res.resolutions[0]
    assert baharak.mention.surface == "Baharak"
    assert baharak.place is None and "outside Takhār" in baharak.reasons[0]
    assert res.events[0].place.place.name == "Takhār"
    # the district written with its own province stays placed
    res = parser.parse("On 6 May, an airstrike killed two militants in Baharak district, Badakhshan.")
    assert res.resolutions[0].place.admin1 == "Badakhshān"

def test_a_town_written_with_its_state_is_the_town_and_the_state(parser):
    # GeoNames also lists "Orange (Virginia)" as a name of the town; matched whole it was one
    # weak alternate name, dropped, and a protest "in Orange, Virginia" went to California
    res = parser.parse("Hundreds marched in Orange, Virginia, on Thursday.").resolutions
    assert [(r.mention.surface, r.place.name, r.place.admin1) for r in res] == [
        ("Orange", "Orange", "Virginia"), ("Virginia", "Virginia", "Virginia")]


def test_a_country_name_nothing_else_supports_is_the_town_beside_the_article_towns(parser):
    # an obituary from Pennsylvania: Lebanon lies 10 km from Myerstown, the country far away
    text = ("She was born in Jackson Township. She is survived by her son, Bryan, of Lebanon, and by "
            "her half sister Betty Kneasel of Myerstown. The service will be held in Lebanon on Monday, "
            "with burial at Grand View Cemetery.")
    res = [r for r in parser.parse(text).resolutions if r.mention.surface == "Lebanon"]
    assert [(r.place.country_code, r.place.admin1) for r in res] == [("US", "Pennsylvania")] * 2
    # the country, where anything else in the article points to it
    res = parser.parse("He moved from Lebanon to Myerstown after the war in Beirut.").resolutions
    assert res[0].place.kind == "country" and res[0].place.country_code == "LB"
    # and a town of the country itself near the article's towns leaves the country as it is
    res = parser.parse("Pilgrims walked from Rome to the Vatican on Sunday.").resolutions
    assert res[1].place.country_code == "VA" and res[1].place.kind == "country"


def test_a_river_written_as_one_is_no_town_or_county_of_its_name(parser):
    # "the Red River" in Fargo is the river: Red River County, Texas, was a wrong point
    res = parser.parse("Forecasters said the Red River will crest at 40 feet in Fargo on Friday.").resolutions
    assert res[0].mention.surface == "Red River" and res[0].place is None
    assert res[0].reasons == ("a river the gazetteer does not hold",)
    # written without the article, it is the town of that name
    res = parser.parse("Tourists filled the ski slopes of Red River, New Mexico.").resolutions
    assert (res[0].place.kind, res[0].place.admin1) == ("city", "New Mexico")
    # a river the gazetteer holds is still that river
    res = parser.parse("Barges were stuck on the Mississippi River near St. Louis.").resolutions
    assert res[0].place.feature_code == "STM"


def test_a_family_in_the_plural_is_not_a_town_known_by_that_name(parser):
    # "Boons" is an old name of Severna Park, Maryland
    text = "The agreement was signed last week by the Boons and the provincial government."
    assert all(r.place is None for r in parser.parse(text).resolutions if r.mention.surface == "Boons")
    # a country named with its article is its own name, and stays
    res = parser.parse("Protesters marched in the Netherlands on Sunday.").resolutions
    assert res[0].place.country_code == "NL"


def test_a_number_given_as_a_span_is_no_place(parser):
    # a house number in an address; GeoNames lists "33" among the names of Kaarela, Helsinki,
    # which the article's Finnish focus made a sure pick
    text = "We stayed in Helsinki and Espoo, at a guesthouse on Kaarelantie 33 near Vantaa, Finland."
    start = text.index("33")
    res = parser.parse(Document(id="d", text=text, spans=((start, start + 2),)), given_spans=True).resolutions
    assert [r.place for r in res] == [None]


def test_the_river_written_before_a_campus_is_the_sizeable_town_of_that_name(parser):
    res = parser.parse("Students at the Athi River campus of Daystar University held a protest.").resolutions
    assert (res[0].place.name, res[0].place.kind) == ("Athi River", "city")


def test_a_lake_of_no_one_country_may_lie_in_the_region_written_with_it(parser):
    text = ("Villagers said a meteorite hit a field outside Carancas, near Lake Titicaca in the Puno "
            "region of Peru, on the border with Bolivia.")
    lake = next(r for r in parser.parse(text).resolutions if r.mention.surface == "Lake Titicaca")
    assert lake.place is not None and lake.place.feature_code == "LK"
    res = parser.parse("Tourists near Lake Titicaca in Puno, Peru.").resolutions
    assert res[0].place is not None and res[0].place.feature_code == "LK"
    # a county holds no range: "Andes is a town in Delaware County" is not the Andes
    res = parser.parse("Andes is a town in Delaware County, New York, United States.").resolutions
    assert res[0].place is None or res[0].place.feature_code != "MTS"


def test_a_valley_named_as_a_region_is_that_region(parser):
    # "region" after the name says it is an area: the gazetteer's valley, not a place it lacks
    text = ("The outbreak sickened people in the United States and Canada. The spinach was traced "
            "to the Salinas Valley region of California.")
    valley = next(r for r in parser.parse(text).resolutions if r.mention.surface == "Salinas Valley")
    assert valley.place is not None and valley.place.feature_code == "VAL"
    assert "named as a region" in valley.reasons


def test_the_short_form_of_a_towns_own_name_is_no_foreign_variant(parser):
    # "Marburg" is how everyone writes Marburg an der Lahn: in an article about Angola and
    # Uganda it is not weaker than a Queensland hamlet's own name
    text = "Health officials in Angola and Uganda said the Marburg virus, first seen in Marburg, has spread."
    town = [r for r in parser.parse(text).resolutions if r.mention.surface == "Marburg"][-1]
    assert (town.place.country_code, town.place.admin1) == ("DE", "Hessen")


def test_a_short_form_that_a_capital_or_a_state_bears_as_its_own_name_is_theirs(gazetteer):
    from geomap.resolve import _own_name_of_a_bigger_place

    readings = list(gazetteer.candidates("Washington", limit=30))
    court_house = next(c for c in readings if c.place.name == "Washington Court House")
    assert _own_name_of_a_bigger_place(court_house, readings)  # Washington, D.C. and the state bear it
    readings = list(gazetteer.candidates("New York", limit=30))
    city = next(c for c in readings if c.place.name == "New York City")
    assert not _own_name_of_a_bigger_place(city, readings)  # a third of its state: "New York" may be the city


def test_a_french_compound_is_no_short_form_of_its_first_word():
    from geomap.resolve import _short_form_of_its_name
    from geomap.types import Candidate, Place

    def cand(name, matched):
        return Candidate(Place(1, 1, name, "city", "P", "PPL", "FR", None, None, 100, 0.0, 0.0), matched, "alt", 1.0)

    assert _short_form_of_its_name(cand("Clacton-on-Sea", "Clacton"))
    assert _short_form_of_its_name(cand("Clifton upon Teme", "Clifton"))
    assert not _short_form_of_its_name(cand("Saint-Pierre-du-Perray", "Saint-Pierre"))


def test_neighbouring_countries_say_georgia_is_the_country(parser):
    text = ("Armenia faced a blockade by Azerbaijan and Turkey, with weak links to an unstable Georgia "
            "and to Iran, while Russia and the USA watched.")
    georgia = next(r for r in parser.parse(text).resolutions if r.mention.surface == "Georgia")
    assert georgia.place.kind == "country" and georgia.place.country_code == "GE"
    # far-off countries are no neighbours: the state, in an article about the United States
    text = "Voters in Georgia, Arizona and Texas went to the polls as Russia and China watched."
    georgia = next(r for r in parser.parse(text).resolutions if r.mention.surface == "Georgia")
    assert georgia.place.kind == "admin1" and georgia.place.country_code == "US"


def test_an_unaccented_spelling_is_still_the_bigger_places_own_name():
    from geomap.resolve import _own_name_of_a_bigger_place
    from geomap.types import Candidate, Place

    def place(name, cc, population):
        return Place(hash(name) % 1000, None, name, "city", "P", "PPL", cc, None, None, population, 0.0, 0.0)

    quebec = Candidate(place("Québec", "CA", 531_902), "Québec", "name", 9.5)
    # GeoNames lists "Quebec" as an old name of New Britain, Connecticut
    new_britain = Candidate(place("New Britain", "US", 72_808), "Quebec", "alt", 7.0)
    assert _own_name_of_a_bigger_place(new_britain, [quebec, new_britain])


def test_new_zealands_islands_are_no_californian_town(parser):
    # "South Island" is an old name of Coronado, California; the island is its own name
    text = ("NEWARK, Ohio -- The doctor grew up in New Hampshire and Minnesota and trained in the "
            "United States before she worked in New Zealand, from the northernmost point of the North "
            "Island to the southernmost point of South Island.")
    picks = {r.mention.surface: r.place for r in parser.parse(text).resolutions}
    assert picks["South Island"].country_code == "NZ" and picks["North Island"].country_code == "NZ"


def test_a_township_is_no_town_of_its_name_in_a_region_the_article_does_not_name(parser):
    # a Pennsylvania obituary: Jackson Township is not Jackson, Mississippi
    text = "She was born in Jackson Township. She lived in Lebanon and Myerstown, Pennsylvania."
    jackson = parser.parse(text).resolutions[0]
    assert jackson.mention.surface == "Jackson" and jackson.place is None
    assert "township in a region the article does not name" in jackson.reasons[0]
    # the town of the township's name in the article's region stays ("Oakport Township" is at Oakport)
    text = "Students stacked sandbags in Oakport Township north of Moorhead, Minnesota."
    assert parser.parse(text).resolutions[0].place.name == "Oakport"


def test_a_neighbourhood_far_from_the_town_written_before_it_is_no_point(parser):
    # Trindade, Pernambuco, is picked but not surely enough to anchor; "Sao Geraldo" is also a
    # name of Goianira, Goiás, 1,400 km away
    text = ("On 30 April 2020, in Trindade, Pernambuco, two men were killed in a drive-by shooting in "
            "Sao Geraldo neighborhood by armed men on a motorcycle.")
    hood = next(r for r in parser.parse(text).resolutions if r.mention.surface == "Sao Geraldo")
    assert hood.place is None and "a neighbourhood" in hood.reasons[0]


def test_a_country_the_text_says_is_a_town_is_not_the_country(parser):
    # the country's class bonus no longer outweighs what the text says (the gazetteer lacks
    # Canada, Kansas: no point rather than the country)
    text = "Canada is an unincorporated community in Marion County, Kansas, United States."
    res = parser.parse(text).resolutions[0]
    assert res.mention.surface == "Canada" and res.place is None


def test_two_ambiguous_towns_agree_on_the_state_both_lie_in(parser):
    # each name's first reading (Springfield: Illinois' capital; Dayton: Ohio's city) used to
    # lend the other its state, which made Dayton a village of 537 in Illinois
    got = picks(parser, "Police arrested two men in Springfield, 40 miles north of Dayton, on Friday.")
    assert (got["Springfield"].admin1, got["Dayton"].admin1) == ("Ohio", "Ohio")
    assert got["Dayton"].population > 100_000


def test_a_small_namesake_in_another_towns_state_lends_no_state(parser):
    # Rochester has a village in Illinois, where Chicago is, but that reading is too weak to
    # vote for Illinois and so make the article's "Oregon" the Illinois town of 3,580
    got = picks(parser, "Goodwin was arrested in Georgia. A professor in Rochester who supports Oregon and "
                        "Washington laws spoke in Chicago.")
    assert got["Oregon"].kind == "admin1" and got["Oregon"].admin1 == "Oregon"


def test_a_far_neighbour_is_weaker_evidence_than_a_near_one(parser):
    # Atlanta, Illinois (1,648 people) lies 221 km from Chicago: too far for half a proximity
    # bonus to outweigh Georgia's city of half a million
    got = picks(parser, "Ted Goodwin was arrested in Atlanta. A professor in Rochester who supports Oregon and "
                        "Washington laws spoke in Chicago.")
    assert got["Atlanta"].admin1 == "Georgia"
    # ... while a town next to another pick still gets the whole bonus
    got = picks(parser, "Protesters marched in Springfield, 40 miles north of Dayton.")
    assert got["Springfield"].admin1 == "Ohio"


def test_regions_listed_with_the_preposition_repeated_are_regions(parser):
    # "in Wales and in England": a list of Britain's nations, not Wales, South Yorkshire (6,000
    # people), which England's focus would otherwise favour
    got = picks(parser, "Officials are prepared to handle 48,000 deaths in Wales and in England in a pandemic.")
    assert got["Wales"].kind == "admin1" and got["Wales"].admin1 == "Wales"


def test_an_area_of_a_county_lies_in_it_and_a_possessor_holds_nothing(parser):
    # "the Rice Lake area of Fulton County": inside the county (Rice Lake, Wisconsin is 580 km
    # off); "the Mediterranean area of Rome's dominions" names whose, not where
    got = picks(parser, "The ducks were found in the Rice Lake area of Fulton County, Illinois.")
    assert got["Rice Lake"].admin2 == got["Fulton County"].admin2 and got["Rice Lake"].admin1 == "Illinois"
    got = picks(parser, "Antioch was among the great cities of the eastern Mediterranean area of Rome's dominions.")
    assert got["Mediterranean"].feature_code == "SEA"


def test_a_province_divided_in_2022_and_a_partys_country_are_known(parser):
    # news before 2022 names Maguindanao whole; the Colorado Party is Paraguay's (or Uruguay's)
    got = picks(parser, "Two rival clans of the MILF clashed in Mamasapano, Maguindanao.")
    assert got["Maguindanao"].country_code == "PH"
    got = picks(parser, "In San Pedro, residents marched against mayor Gustavo Rodriguez (Colorado Party).")
    assert (got["San Pedro"].country_code, got["San Pedro"].kind) == ("PY", "admin1")


def test_an_unsure_village_far_from_the_articles_sure_places_is_no_point(parser):
    # Rose City, Michigan (633 people) is 3,000 km from the Portland the article is sure of: the
    # organisation is named for Portland's nickname
    result = parser.parse("Hundreds marched in Portland (Oregon) against police brutality. The demonstration "
                          "was organized by Rose City Justice.")
    rose = next(r for r in result.resolutions if r.mention.surface == "Rose City")
    assert rose.place is None and "every place the article names surely" in rose.reasons[0]
    assert {e.place.place.name for e in result.events if e.place} == {"Portland"}


def test_a_great_river_by_its_bare_name_is_the_river(parser):
    # "the Thames" is London's river, not Thames, New Zealand (7,000 people)
    got = picks(parser, "Ice floes drifted on the Thames past Bankside in February 1855.")
    assert got["Thames"].feature_code == "STM" and got["Thames"].country_code == "GB"


def test_a_state_in_brackets_after_a_feature_named_for_a_town_is_its_parent(parser):
    # "Richardson Bay (California)" is no Richardson, Texas
    got = picks(parser, "Demonstrators rallied aboard a boat in Richardson Bay (California) near Sausalito.")
    assert got["Richardson"] is None or got["Richardson"].admin1 == "California"
