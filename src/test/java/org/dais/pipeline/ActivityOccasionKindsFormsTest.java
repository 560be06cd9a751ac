package org.dais.pipeline;

import static org.dais.pipeline.ActivityFormsReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.ingest.DocumentException;

/**
 * The kind and place of occasions named by what is shown or handed over (invented reports of several years: other
 * names, units and works than any real one): a demonstration of civilian machines, or a trial run, is a test of
 * them, not a drill; a ceremony of presenting colours or a flag to a unit is held at that unit; a ceremony of
 * launching the construction of works is held for those works. Three named facilities in one list are an occasion
 * each; climbing a mountain is a visit to it; a parade "reviewed" is his occasion.
 */
class ActivityOccasionKindsFormsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // Farm machines and lorries shown at work: a test of the machines, at the plant where it was held.
            "2019-05-10_machines.txt | Pyongyang, May 10 (KCNA) | Kim Jong Un Watches Demonstration of New Farm Machines "
                    + "| Kim Jong Un, chairman of the State Affairs Commission, watched a demonstration of newly made tractors, rice-transplanters and lorries "
                    + "at the Ansok Tractor Plant on May 9. He was accompanied by Ryang Chol Gu and Pyon Hak Su. "
                    + "| test@2019-05-09@Ansok Tractor Plant // Kim Jong Un@led@test ; Ryang Chol Gu@accompanied@test ; Pyon Hak Su@accompanied@test",
            // "a demonstration run of new trolley buses": the same, the machines named after "run of".
            "2022-03-20_buses.txt | Pyongyang, March 20 (KCNA) | Respected Comrade Kim Jong Un Sees New Buses "
                    + "| Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea, saw a demonstration run of new trolley buses at the Tongbu Bus Depot on March 19. "
                    + "Accompanying him were Kye Sun Ho and Mo Chang Il. "
                    + "| test@2022-03-19@Tongbu Bus Depot // Kim Jong Un@led@test ; Kye Sun Ho@accompanied@test ; Mo Chang Il@accompanied@test",
            // Kim Jong Il's years: "watched a trial run of a new locomotive".
            "2009-04-02_locomotive.txt | Pyongyang, April 2 (KCNA) | Kim Jong Il Watches Trial Run of New Locomotive "
                    + "| Kim Jong Il, general secretary of the Workers' Party of Korea, watched a trial run of a new electric locomotive on April 1. "
                    + "He was accompanied by Sok Myong Dae. "
                    + "| test@2009-04-01@ // Kim Jong Il@led@test ; Sok Myong Dae@accompanied@test",
            // A photo session reported alone is his occasion, where it was held; one at the end of a visit is part of the visit.
            "2027-11-03_photo.txt | Pyongyang, November 3 (KCNA) | Kim Jong Un Has Photo Session with Model Builders "
                    + "| Kim Jong Un, general secretary of the Workers' Party of Korea, had a photo session with the participants in the national meeting of model builders "
                    + "at the Kumsu Hall of Culture on November 2. He was accompanied by Ryang Chol Gu. "
                    + "| other@2027-11-02@Kumsu Hall of Culture // Kim Jong Un@led@other ; Ryang Chol Gu@accompanied@other",
            "2027-11-05_photo-visit.txt | Pyongyang, November 5 (KCNA) | Kim Jong Un Visits Sokhu Naval College "
                    + "| Kim Jong Un, general secretary of the Workers' Party of Korea, visited the Sokhu Naval College on November 4. "
                    + "He went round the classrooms. He had a significant photo session with the teachers and cadets of the college. "
                    + "| visit@2027-11-04@Sokhu Naval College // Kim Jong Un@led@visit",
            // Not a test: a demonstration of soldiers' combat skills is a drill.
            "2016-05-10_skills.txt | Pyongyang, May 10 (KCNA) | Kim Jong Un Watches Demonstration "
                    + "| Kim Jong Un, chairman of the WPK, watched a demonstration of the combat skills of special operation units on May 9. "
                    + "| drill@2016-05-09@ // Kim Jong Un@led@drill",
    })
    void aDemonstrationOfMachinesIsATest(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // The colours presented to a numbered unit: the ceremony's place.
            "2013-06-04_colours.txt | Pyongyang, June 4 (KCNA) | Kim Jong Un Presents Colours to KPA Unit "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, attended a ceremony of presenting the colours of the Supreme Commander to KPA Unit 4071 on June 3. "
                    + "He was accompanied by Tae Yong Guk. "
                    + "| ceremony@2013-06-03@KPA Unit 4071 // Kim Jong Un@led@ceremony ; Tae Yong Guk@accompanied@ceremony",
            // A flag conferred on a division, the ceremony reported first, he attending it after.
            "2015-10-02_flag.txt | Pyongyang, October 2 (KCNA) | Kim Jong Un Presents Flag to Division "
                    + "| A ceremony of conferring the flag of the Supreme Commander on the 319th Guards Rifle Division took place on October 1. "
                    + "Kim Jong Un, first secretary of the Workers' Party of Korea, attended the ceremony. "
                    + "| ceremony@2015-10-01@319th Guards Rifle Division // Kim Jong Un@led@ceremony",
            // Not a place: orders awarded to a person; "conferring orders on May 11" names a day, the hall is the place.
            "2016-05-11_person.txt | Pyongyang, May 11 (KCNA) | Kim Jong Un Attends Ceremony "
                    + "| Kim Jong Un, chairman of the WPK, attended a ceremony of awarding orders to Pang Kum Chol, a war veteran, on May 10. "
                    + "| ceremony@2016-05-10@ // Kim Jong Un@led@ceremony",
            "2016-05-12_day.txt | Pyongyang, May 12 (KCNA) | Kim Jong Un Attends Ceremony "
                    + "| Kim Jong Un, chairman of the WPK, attended a ceremony of conferring orders on May 11 at the Chongsan Hall. "
                    + "| ceremony@2016-05-11@Chongsan Hall // Kim Jong Un@led@ceremony",
            // The construction launched: the works the ceremony is for, a street or flats in an area.
            "2018-11-20_street.txt | Pyongyang, November 20 (KCNA) | Kim Jong Un Attends Ceremony "
                    + "| A ceremony for starting the construction of the Hwaryong Street took place on November 19. "
                    + "Kim Jong Un, chairman of the WPK, attended the ceremony. "
                    + "| ceremony@2018-11-19@Hwaryong Street // Kim Jong Un@led@ceremony",
            "2021-04-20_flats.txt | Pyongyang, April 20 (KCNA) | Construction of Flats Starts "
                    + "| A ceremony of launching the construction of 5,000 flats in the Toksong area took place on April 19. "
                    + "Respected Comrade Kim Jong Un, general secretary of the WPK, attended the ceremony. "
                    + "| ceremony@2021-04-19@5,000 flats in the Toksong area // Kim Jong Un@led@ceremony",
    })
    void aCeremonyIsHeldWhereItsWorksOrUnitAre(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // Three named farms in one list: one occasion each, the company at each.
            "2003-07-10_farms.txt | Pyongyang, July 10 (KCNA) | Kim Jong Il Inspects Farms "
                    + "| Kim Jong Il, general secretary of the Workers' Party of Korea, inspected the Unsan Silkworm Farm, the Tokchon Duck Farm and the Hyangsan Fish Farm in Ragwon County. "
                    + "He was accompanied by Sok Myong Dae. "
                    + "| inspection@null@Unsan Silkworm Farm ; inspection@null@Tokchon Duck Farm ; inspection@null@Hyangsan Fish Farm in Ragwon County "
                    + "// Kim Jong Il@led@inspection ; Kim Jong Il@led@inspection ; Kim Jong Il@led@inspection ; "
                    + "Sok Myong Dae@accompanied@inspection ; Sok Myong Dae@accompanied@inspection ; Sok Myong Dae@accompanied@inspection",
            // Two detachments, the first in common words placed by the islet it is on.
            "2013-11-30_islets.txt | Pyongyang, November 30 (KCNA) | Kim Jong Un Inspects Defence Detachments "
                    + "| Kim Jong Un, first secretary of the WPK, inspected the defence detachment on Sogap Islet and the Hero Defence Detachment on Tae Islet. "
                    + "| inspection@null@defence detachment on Sogap Islet ; inspection@null@Hero Defence Detachment on Tae Islet // Kim Jong Un@led@inspection ; Kim Jong Un@led@inspection",
            // Not split: areas named by their parts, and a list that is no list of facilities.
            "2020-08-14_areas.txt | Pyongyang, August 14 (KCNA) | Kim Jong Un Inspects Flood-hit Areas "
                    + "| Kim Jong Un, chairman of the WPK, inspected the flood-hit areas of Ryonghung County, Taeha County and Sobaek County on August 13. "
                    + "| inspection@2020-08-13@flood-hit areas of Ryonghung County // Kim Jong Un@led@inspection",
            // A riding club's completion: the club is the ceremony's place.
            "2015-10-11_club.txt | Pyongyang, October 11 (KCNA) | Kim Jong Un Attends Completion Ceremony "
                    + "| Kim Jong Un, first secretary of the WPK, attended the completion ceremony of the Taesong Riding Club on October 10. "
                    + "| ceremony@2015-10-10@Taesong Riding Club // Kim Jong Un@led@ceremony",
            // Climbing a mountain is a visit to it; the manner is no part of the place.
            "2019-10-16_mountain.txt | Pyongyang, October 16 (KCNA) | Supreme Leader Kim Jong Un Climbs Mountain "
                    + "| Supreme Leader Kim Jong Un climbed Mt Chilbo on horseback on October 15. Accompanying him were Kye Sun Ho and Mo Chang Il. "
                    + "| visit@2019-10-15@Mt Chilbo // Kim Jong Un@led@visit ; Kye Sun Ho@accompanied@visit ; Mo Chang Il@accompanied@visit",
            // Not a visit: a figure that climbed.
            "2019-10-17_not.txt | Pyongyang, October 17 (KCNA) | Output Rises "
                    + "| Supreme Leader Kim Jong Un noted that the output climbed sharply. "
                    + "| // ",
            // A parade reported without him, then "reviewed the parade": his occasion, those present at it.
            "2022-04-26_parade.txt | Pyongyang, April 26 (KCNA) | Military Parade Held "
                    + "| A military parade took place at the Ryomyong Square on April 25. "
                    + "Respected Comrade Kim Jong Un, general secretary of the WPK, reviewed the parade. "
                    + "Present there were Kye Sun Ho and Mo Chang Il. "
                    + "| ceremony@2022-04-25@Ryomyong Square // Kim Jong Un@led@ceremony ; Kye Sun Ho@attended@ceremony ; Mo Chang Il@attended@ceremony",
            // Not an occasion: a plan reviewed.
            "2022-04-27_not.txt | Pyongyang, April 27 (KCNA) | Plan Reviewed "
                    + "| Respected Comrade Kim Jong Un, general secretary of the WPK, reviewed the parade plan of the units. "
                    + "| // ",
    })
    void readsTheListedPlacesAndOtherActs(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }
}
