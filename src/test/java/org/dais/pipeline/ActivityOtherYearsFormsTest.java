package org.dais.pipeline;

import static org.dais.pipeline.ActivityFormsReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.ingest.DocumentException;

/**
 * The leader's activities in the words of other years and outlets (invented reports, other names, bodies
 * and counties than any real one): Kim Jong Il's field guidance of 1995-2011 ("gave field guidance",
 * "inspected", "was accompanied by"), Kim Jong Un's forms of 2012-2019 ("watched", "enjoyed a performance",
 * "paid a courtesy visit", "posed for a photo with"), the accompanying officials in several sentence shapes,
 * places named as units, factories, farms and construction sites with their county and province, days by
 * weekday against the dateline, his arrival at an occasion reported without him, and a list of speakers.
 */
class ActivityOtherYearsFormsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // Kim Jong Il's field guidance, undated as the wire often printed it; his company in one list with two titles.
            "2007-05-06_guidance.txt | Pyongyang, May 6 (KCNA) | Kim Jong Il Gives Field Guidance to Glass Factory "
                    + "| Kim Jong Il, general secretary of the Workers' Party of Korea and chairman of the DPRK National Defence Commission, "
                    + "gave field guidance to the Sokhwa Glass Factory in Kusong City, North Phyongan Province. "
                    + "He was accompanied by Ri Sang Gol and Jon Myong Hui, secretaries of the WPK Central Committee, and Kang Thae Sop, first vice department director of the WPK Central Committee. "
                    + "| inspection@null@Sokhwa Glass Factory // Kim Jong Il@led@inspection ; Ri Sang Gol@accompanied@inspection ; Jon Myong Hui@accompanied@inspection ; Kang Thae Sop@accompanied@inspection",
            // An inspection of a unit, the company named in "Accompanying him were" with ranks before the names.
            "2003-09-12_unit.txt | Pyongyang, September 12 (KCNA) | Kim Jong Il Inspects KPA Unit "
                    + "| General Secretary Kim Jong Il inspected KPA Unit 2718 on Thursday. "
                    + "Accompanying him were Vice-Marshal Ho Chang Bom and Generals Mun Kyong Sop and So Yong Dal. "
                    + "| inspection@2003-09-11@KPA Unit 2718 // Kim Jong Il@led@inspection ; Ho Chang Bom@accompanied@inspection ; Mun Kyong Sop@accompanied@inspection ; So Yong Dal@accompanied@inspection",
            // 2012-2019: watching a drill on a weekday, resolved against the dateline (May 6, 2013 is a Monday).
            "2013-05-06_drill.txt | Pyongyang, May 6 (KCNA) | Kim Jong Un Watches Firing Contest "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, watched a firing contest of the artillery units of KPA Unit 6120 on Sunday. "
                    + "He was accompanied by Pyon Tae Hun, chief of the General Staff of the KPA. "
                    + "| drill@2013-05-05@KPA Unit 6120 // Kim Jong Un@led@drill ; Pyon Tae Hun@accompanied@drill",
            // Enjoying a performance given by a band at a theatre.
            "2015-10-12_concert.txt | Pyongyang, October 12 (KCNA) | Kim Jong Un Enjoys Performance "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, enjoyed a performance given by the Unha Art Troupe at the Haebang Theatre on October 11. "
                    + "Among the audience were Yom Chun Hwa and Tak Song Il, vice department directors of the WPK Central Committee. "
                    + "| performance@2015-10-11@Haebang Theatre // Kim Jong Un@led@performance ; Yom Chun Hwa@attended@performance ; Tak Song Il@attended@performance",
            // A courtesy visit to a memorial hall, the company in the active voice after the names.
            "2018-02-17_memorial.txt | Pyongyang, February 17 (KCNA) | Kim Jong Un Visits Memorial Hall "
                    + "| Kim Jong Un, chairman of the Workers' Party of Korea, paid a courtesy visit to the Ryongbong Memorial Hall on February 16. "
                    + "Kim Sol Ha and Paek Mun Gi accompanied him. "
                    + "| visit@2018-02-16@Ryongbong Memorial Hall // Kim Jong Un@led@visit ; Kim Sol Ha@accompanied@visit ; Paek Mun Gi@accompanied@visit",
            // Meeting a team and posing for a photo with them: an occasion of its own, a day given.
            "2017-08-09_team.txt | Pyongyang, August 9 (KCNA) | Kim Jong Un Meets Weightlifters "
                    + "| Kim Jong Un, chairman of the Workers' Party of Korea, met the weightlifters and coaches of the national team on Tuesday and posed for a photo with them. "
                    + "| other@2017-08-08@ // Kim Jong Un@led@other",
            // A construction site named with its county (the province after a comma is cut), the greeting officials after it.
            "2019-06-21_dam.txt | Pyongyang, June 21 (KCNA) | Kim Jong Un Visits Construction Site "
                    + "| Kim Jong Un, chairman of the State Affairs Commission, visited the construction site of the Tokchon Youth Dam in Unsong County, South Phyongan Province, on June 20. "
                    + "He was greeted on the spot by Nam Chol Ung, chief secretary of the Unsong County Party Committee. "
                    + "| visit@2019-06-20@construction site of the Tokchon Youth Dam in Unsong County // Kim Jong Un@led@visit ; Nam Chol Ung@greeted@visit",
            // A farm under a unit; the company with their offices first ("... secretaries ..., A and B").
            "2016-09-03_farm.txt | Pyongyang, September 3 (KCNA) | Kim Jong Un Inspects Farm "
                    + "| Kim Jong Un, chairman of the Workers' Party of Korea, inspected the Munhwa Stockbreeding Farm under KPA Unit 1503 on September 2. "
                    + "He was accompanied by Ri Hak Bom and Chae Yong Sop, vice department directors of the WPK Central Committee. "
                    + "| inspection@2016-09-02@Munhwa Stockbreeding Farm // Kim Jong Un@led@inspection ; Ri Hak Bom@accompanied@inspection ; Chae Yong Sop@accompanied@inspection",
            // A wreath sent and laid by another on his behalf: no occasion of his.
            "2019-04-12_wreath.txt | Pyongyang, April 12 (KCNA) | Kim Jong Un Sends Wreath "
                    + "| Kim Jong Un, chairman of the State Affairs Commission, sent a wreath to the Chonma Memorial Tower on April 11. "
                    + "Upon authorization, Hyon Myong Do, a vice department director, laid the wreath before the tower. "
                    + "| // ",
            // "accompanied on the inspection by"; a hospital named with its county in its name.
            "2009-04-10_hospital.txt | Pyongyang, April 10 (KCNA) | Kim Jong Il Inspects Hospital "
                    + "| Kim Jong Il, general secretary of the Workers' Party of Korea and chairman of the DPRK National Defence Commission, inspected the Taehung County People's Hospital recently. "
                    + "He was accompanied on the inspection by Ri Sang Gol and Kang Thae Sop, department directors of the WPK Central Committee. "
                    + "| inspection@null@Taehung County People's Hospital // Kim Jong Il@led@inspection ; Ri Sang Gol@accompanied@inspection ; Kang Thae Sop@accompanied@inspection",
            // A weekday opening the sentence (March 10, 2014 is a Monday); "Among the officials accompanying him were".
            "2014-03-10_weekly.txt | Pyongyang, March 10 (KCNA) | Kim Jong Un Provides Field Guidance "
                    + "| On Saturday, Kim Jong Un, first secretary of the Workers' Party of Korea, provided field guidance to the Namchon Chicken Farm in Sinwon County, South Hwanghae Province. "
                    + "Among the officials accompanying him were Jon Myong Hui and Ri Sang Gol. "
                    + "| inspection@2014-03-08@Namchon Chicken Farm // Kim Jong Un@led@inspection ; Jon Myong Hui@accompanied@inspection ; Ri Sang Gol@accompanied@inspection",
            // A delegation received, its head the guest; the talk and the photo with it are the same occasion.
            "2016-06-02_talks.txt | Pyongyang, June 2 (KCNA) | Kim Jong Un Receives Delegation "
                    + "| Kim Jong Un, chairman of the Workers' Party of Korea, received a delegation of the Lao People's Revolutionary Party led by Kham Vongsa, member of its Political Bureau, on June 1. "
                    + "He had a talk with the delegation and posed for a commemorative photo with its members. "
                    + "| reception@2016-06-01@ // Kim Jong Un@led@reception ; Kham Vongsa@guest@reception",
            // A unit's post named by where it stands; greeted there by its commander.
            "2012-08-20_islet.txt | Pyongyang, August 20 (KCNA) | Kim Jong Un Inspects Defence Detachment "
                    + "| Kim Jong Un, first chairman of the National Defence Commission, inspected the defence detachment on Kalmi Islet, the southernmost tip of the southwestern front, on Saturday. "
                    + "He was greeted there by Jang Thae Ho, commander of KPA Unit 7124. "
                    + "| inspection@2012-08-18@defence detachment on Kalmi Islet // Kim Jong Un@led@inspection ; Jang Thae Ho@greeted@inspection",
            // Two occasions, the second "the next day" at another factory; the company named for the first.
            "2015-05-12_two.txt | Pyongyang, May 12 (KCNA) | Kim Jong Un Visits Factories "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, visited the Sunam Shoe Factory on May 10. "
                    + "He was accompanied by Pak Un Sim, vice department director of the WPK Central Committee. "
                    + "The next day he gave field guidance at the Kumbit Knitwear Factory. "
                    + "| visit@2015-05-10@Sunam Shoe Factory ; inspection@2015-05-11@Kumbit Knitwear Factory // Kim Jong Un@led@visit ; Kim Jong Un@led@inspection ; Pak Un Sim@accompanied@visit",
            // Pyongyang Times wording: "Supreme leader ... has inspected", a weekday morning, "Those accompanying him included".
            "2018-11-20_times.txt | Pyongyang, November 20 (KCNA) | Kim Jong Un inspects fish farm "
                    + "| Supreme leader Kim Jong Un has inspected the Sinchang Fish Farm in Ryongyon County on Monday morning. "
                    + "Those accompanying him included Jo Kyong Hui and Han Sung Ho. "
                    + "| inspection@2018-11-19@Sinchang Fish Farm // Kim Jong Un@led@inspection ; Jo Kyong Hui@accompanied@inspection ; Han Sung Ho@accompanied@inspection",
            // Rodong Sinmun wording: "The respected Supreme Leader Comrade ... looked round", his name again in the company's sentence.
            "2017-04-16_rodong.txt | Pyongyang, April 16 (KCNA) | Respected Supreme Leader Looks Round Housing "
                    + "| The respected Supreme Leader Comrade Kim Jong Un looked round the newly built Ryongam Apartments on April 15. "
                    + "Kim Jong Un was accompanied by Choe Yong Bok, Ri Pyong Sam and other leading officials of the WPK Central Committee. "
                    + "| visit@2017-04-15@Ryongam Apartments // Kim Jong Un@led@visit ; Choe Yong Bok@accompanied@visit ; Ri Pyong Sam@accompanied@visit",
            // A numbered power station, greeted "at the site".
            "2010-11-03_kji.txt | Pyongyang, November 3 (KCNA) | Kim Jong Il Visits Power Station "
                    + "| Kim Jong Il, general secretary of the WPK and chairman of the DPRK National Defence Commission, visited the Wonbong Youth Power Station No. 3 on Tuesday. "
                    + "He was greeted at the site by Kim Tae Bong, chief engineer of the station. "
                    + "| visit@2010-11-02@Wonbong Youth Power Station No. 3 // Kim Jong Il@led@visit ; Kim Tae Bong@greeted@visit",
            // His company named in a participle opening the sentence; "on-the-spot guidance to".
            "2005-07-22_kji.txt | Pyongyang, July 22 (KCNA) | Kim Jong Il Provides Guidance "
                    + "| Accompanied by Ri Sang Gol and Kang Thae Sop, Kim Jong Il, general secretary of the Workers' Party of Korea, gave on-the-spot guidance to the Hwangju Silkworm Farm on July 20. "
                    + "| inspection@2005-07-20@Hwangju Silkworm Farm // Kim Jong Il@led@inspection ; Ri Sang Gol@accompanied@inspection ; Kang Thae Sop@accompanied@inspection",
            // A resort under construction (no part of its name) on a weekday, with his wife; then the company.
            "2013-12-02_ski.txt | Pyongyang, December 2 (KCNA) | Kim Jong Un Visits Ski Resort "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, looked round the Ogye Pass Ski Resort under construction on Sunday together with his wife. "
                    + "He was accompanied by Chon Yong Hak, Kim Pong Sul and Ri Myong Gun. "
                    + "| visit@2013-12-01@Ogye Pass Ski Resort // Kim Jong Un@led@visit ; Chon Yong Hak@accompanied@visit ; Kim Pong Sul@accompanied@visit ; Ri Myong Gun@accompanied@visit",
            // Talks with a foreign head of state, known from his office and country, at a guesthouse.
            "2018-05-06_talks.txt | Pyongyang, May 6 (KCNA) | Kim Jong Un Holds Talks "
                    + "| Kim Jong Un, chairman of the State Affairs Commission, had talks with Bounmy Sithong, president of the Lao People's Democratic Republic, at the Unsu Guesthouse on May 5. "
                    + "| talks@2018-05-05@Unsu Guesthouse // Kim Jong Un@led@talks ; Bounmy Sithong@guest@talks",
            // Two units in one inspection, undated: an event has one place, so one occasion per unit; the company "accompanied there by" at both.
            "2008-10-11_two.txt | Pyongyang, October 11 (KCNA) | Kim Jong Il Inspects Units "
                    + "| Kim Jong Il, general secretary of the WPK and chairman of the DPRK National Defence Commission, inspected KPA Unit 2311 and KPA Unit 1907. "
                    + "He was accompanied there by Ri Sang Gol, a general of the KPA. "
                    + "| inspection@null@KPA Unit 2311 ; inspection@null@KPA Unit 1907 // Kim Jong Il@led@inspection ; Kim Jong Il@led@inspection ; Ri Sang Gol@accompanied@inspection ; Ri Sang Gol@accompanied@inspection",
            // Two factories of different kinds, dated, "the" before each name.
            "2012-11-22_two.txt | Pyongyang, November 22 (KCNA) | Kim Jong Un Gives Field Guidance "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, gave field guidance to the Ryonghwa Tile Factory and the Sobaeksu Foodstuff Factory on November 21. "
                    + "| inspection@2012-11-21@Ryonghwa Tile Factory ; inspection@2012-11-21@Sobaeksu Foodstuff Factory // Kim Jong Un@led@inspection ; Kim Jong Un@led@inspection",
            // Not split: one area named by its two parts; the statues of two leaders are one place.
            "2010-08-03_area.txt | Pyongyang, August 3 (KCNA) | Kim Jong Il Visits Flooded Area "
                    + "| Kim Jong Il, general secretary of the WPK, visited the flooded areas in the town of Hwapyong and Tongsin County on August 2. "
                    + "| visit@2010-08-02@flooded areas in the town of Hwapyong and Tongsin County // Kim Jong Il@led@visit",
    })
    void readsTheFormsOfOtherYears(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // A performance given before a monument, without him; his arrival at its venue, told in a "when" clause, makes it his.
            "2031-07-28_concert.txt | Pyongyang, July 28 (KCNA) | Concert Given to Mark Victory Day "
                    + "| A grand concert was given before the Monument to the Victors of the Kangryong Battle on the evening of July 27. "
                    + "When Kim Jong Un, general secretary of the Workers' Party of Korea, appeared at the venue of the concert together with veterans, all the participants broke into cheers. "
                    + "| performance@2031-07-27@Monument to the Victors of the Kangryong Battle // Kim Jong Un@led@performance",
            // Two speakers of one ceremony in one sentence: both attended it.
            "2031-03-14_send-off.txt | Pyongyang, March 14 (KCNA) | Send-off Ceremony Held "
                    + "| A ceremony of sending off the Chollima Youth Shock Brigade to the reclamation sites took place in Sariwon on March 13. "
                    + "Present there was Ko Chang Sik, chairman of the youth league. "
                    + "Mun Yong Gil, commander of the Chollima Youth Shock Brigade, and Cha Un Hui, a member of the brigade, made oath-taking speeches. "
                    + "| ceremony@2031-03-13@Sariwon // Ko Chang Sik@attended@ceremony ; Mun Yong Gil@attended@ceremony ; Cha Un Hui@attended@ceremony",
            // Ranks before the second speaker's name.
            "2031-03-14_send-off.txt | Pyongyang, March 14 (KCNA) | Send-off Ceremony Held "
                    + "| A ceremony of sending off the Chollima Youth Shock Brigade to the reclamation sites took place in Sariwon on March 13. "
                    + "Army Colonel Ho Nam Sik and Navy Captain Yun Chol Bom, officers of the KPA, made oath-taking speeches. "
                    + "| ceremony@2031-03-13@Sariwon // Ho Nam Sik@attended@ceremony ; Yun Chol Bom@attended@ceremony",
            // Those at a ceremony named after "with the attendance of" or "in the presence of".
            "2031-11-08_houses.txt | Pyongyang, November 8 (KCNA) | New Houses Built for Farmers "
                    + "| New houses were built at the Sokjong Farm in Hwanam County. "
                    + "A ceremony for moving into the houses took place on November 7 with the attendance of Pang Yong Dok, secretary of the Hwanam County Committee of the WPK, "
                    + "and Yo Chun Gil, chairman of the county people's committee. "
                    + "| ceremony@2031-11-07@Sokjong Farm // Pang Yong Dok@attended@ceremony ; Yo Chun Gil@attended@ceremony",
            "2031-11-08_dam.txt | Pyongyang, November 8 (KCNA) | Dam Completed "
                    + "| A ceremony for the completion of the Sangwon Dam took place on November 7 in the presence of Ri Sok Bong, vice-premier of the Cabinet. "
                    + "| ceremony@2031-11-07@Sangwon Dam // Ri Sok Bong@attended@ceremony",
            // A speech at a banquet he hosted: the speaker was at it.
            "2031-10-11_banquet.txt | Pyongyang, October 11 (KCNA) | Banquet Given "
                    + "| Kim Jong Un, general secretary of the Workers' Party of Korea, hosted a banquet at the Okryu Hall on October 10. "
                    + "Sok Chang Ho, secretary of the WPK Central Committee, made a congratulatory speech at the banquet. "
                    + "| other@2031-10-10@Okryu Hall // Kim Jong Un@led@other ; Sok Chang Ho@attended@other",
            // "Then followed a closing ceremony": the ceremony spoken of again, its speaker many sentences after its first mention.
            "2031-10-31_games.txt | Pyongyang, October 31 (KCNA) | Games Close "
                    + "| The finals of the national games and their closing ceremony took place at the Chongchun Hall on Oct. 30. "
                    + "The Hamhung team beat the Sariwon team. The Kaesong team won the relay. The Nampho team came second. "
                    + "The Haeju team won the tug-of-war. The scores were announced. "
                    + "Then followed a closing ceremony of the games. Medals were awarded. "
                    + "Kye Sun Hui, minister of Physical Culture and Sports, made a closing address. "
                    + "| ceremony@2031-10-30@Chongchun Hall // Kye Sun Hui@attended@ceremony",
    })
    void readsOccasionsHeldWithoutHimFirst(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }
}
