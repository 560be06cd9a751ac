package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;

/**
 * Occasions reported in words the first rules did not read (invented wording of forms real reports use):
 * a walk round a place ("looked round", "went round", "dropped in at"), his own act at a ceremony ("cut the
 * tape", "broke ground"), congratulating a team in person, the lists "Those who guided the test included" and
 * "Also watching it were", the leader known only as the head of the military commission or from the headline,
 * and the state of the works ("newly built", "under construction", "recently") that is no part of a place.
 * And what is none: congratulations in a message, a walk round a shop during a visit already reported (no
 * second occasion), others who looked round.
 */
class ActivityVerbFormsTest {
    private static Extraction extract(String headline, String body) throws DocumentException {
        // "\\n" in a case is a line break (CsvSource would take a real one for the next case).
        String article = headline + "\n\nPyongyang, May 6 (KCNA) -- " + body.replace("\\n", "\n") + "\n-0-\n";
        return ActivityFormsReading.extract("2031-05-06_occasion.txt", article);
    }

    /** kind@start@place of each occasion, then person@role@kind of each appearance, in the order read. */
    private static String read(String headline, String body) throws DocumentException {
        return ActivityFormsReading.summary(extract(headline, body));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // A walk round a place, the first act of the report: the visit. Its shops are further stops of it.
            "Leader Sees New Works | Kim Jong Un, general secretary of the WPK, looked round the newly built Haksong Valve Factory on May 5. "
                    + "He went round the casting shop and the packing room. He was greeted on the spot by Kwon Tae Ho, manager of the factory. "
                    + "| visit@2031-05-05@Haksong Valve Factory // Kim Jong Un@led@visit ; Kwon Tae Ho@greeted@visit",
            "Leader on the Farm | The respected Comrade Kim Jong Un dropped in at the Saemul Cooperative Farm on Monday. He called at the home of a farmer. "
                    + "Also present were Pyon In Su, chief secretary of the county Party committee. "
                    + "| visit@2031-05-05@Saemul Cooperative Farm // Kim Jong Un@led@visit ; Pyon In Su@attended@visit",
            // "the X shop at the Y Mill": the named mill, not the shop.
            "Care for Weavers | One day in June 2019, the respected Comrade Kim Jong Un looked round the dyeing process at the Kumgol Linen Mill. "
                    + "| visit@null@Kumgol Linen Mill // Kim Jong Un@led@visit",
            // His own act at a ceremony: he is at it; the inauguration is no part of the street's name.
            "Street Completed | Kim Jong Un, general secretary of the WPK, cut the tape at the inauguration of the Chongbong Street on May 4. "
                    + "He was accompanied by Marshal Ju Hak Son and Col. Gen. Ok Chang Ryol. "
                    + "| ceremony@2031-05-04@Chongbong Street // Kim Jong Un@led@ceremony ; Ju Hak Son@accompanied@ceremony ; Ok Chang Ryol@accompanied@ceremony",
            "Ground Broken for Hospital | A ground-breaking ceremony for a new hospital took place in Hamhung on May 4. "
                    + "Kim Jong Un, general secretary of the WPK, broke ground for the hospital. Present at the ceremony were Yang Song Dok, premier of the Cabinet. "
                    + "| ceremony@2031-05-04@Hamhung // Kim Jong Un@led@ceremony ; Yang Song Dok@attended@ceremony",
            // Congratulating a team in person is an occasion of its own.
            "Champions Honoured | The respected Comrade Kim Jong Un congratulated the players and coaches of the national wrestling team on May 5. "
                    + "Present there were Kye Ung Bom, minister of Physical Culture and Sports. "
                    + "| other@2031-05-05@ // Kim Jong Un@led@other ; Kye Ung Bom@attended@other",
            // Those who guided the test or drill were at it; so were those also watching.
            "Leader Watches Test | The Academy of Weapons Research conducted a test-fire of a new-type cruise missile on Monday. "
                    + "Kim Jong Un, general secretary of the WPK, watched the test-fire. Those who guided the test included Gen. Paek Sung Hwan, director of the rocket bureau. "
                    + "| test@2031-05-05@ // Kim Jong Un@led@test ; Paek Sung Hwan@attended@test",
            "Leader Enjoys Concert | Kim Jong Un, general secretary of the WPK, enjoyed a concert given by the Chongbong Band at the Moranbong Theatre on May 5. "
                    + "Also watching it were Pae Chun Sik and Ma Chol Ung, secretaries of the WPK Central Committee. "
                    + "| performance@2031-05-05@Moranbong Theatre // Kim Jong Un@led@performance ; Pae Chun Sik@attended@performance ; Ma Chol Ung@attended@performance",
            // The leader as the head of the military commission, or named "Comrade" only in the headline; "recently" is no part of the unit.
            "Leader Inspects Unit | Kim Jong Un, chairman of the Central Military Commission of the WPK, inspected KPA Unit 3318 recently. "
                    + "He was accompanied by Yu Tae Sop, vice-chairman of the Central Military Commission. "
                    + "| inspection@null@KPA Unit 3318 // Kim Jong Un@led@inspection ; Yu Tae Sop@accompanied@inspection",
            "Respected Comrade Kim Jong Un Inspects Machine Plant | Kim Jong Un inspected the Hangwon Machine Plant on May 5. "
                    + "| inspection@2031-05-05@Hangwon Machine Plant // Kim Jong Un@led@inspection",
            "Leader Tours Farm | Kim Jong Un, general secretary of the WPK, toured the Ryonmot Greenhouse Farm under construction on May 4. "
                    + "| visit@2031-05-04@Ryonmot Greenhouse Farm // Kim Jong Un@led@visit",
            // The place a ceremony is for; the day and place of the occasion in hand given in a sentence of their own;
            // "Among those who watched it together with him".
            "Leader Attends Ceremony | Kim Jong Un, general secretary of the WPK, was present at the ceremony for the completion of the Sokchon Power Station on May 5. "
                    + "Present there were Pak Pong Dok and Ri Man Sok. "
                    + "| ceremony@2031-05-05@Sokchon Power Station // Kim Jong Un@led@ceremony ; Pak Pong Dok@attended@ceremony ; Ri Man Sok@attended@ceremony",
            "Leader Guides Drill | Kim Jong Un, general secretary of the WPK, guided the launching drill of a tactical guided weapon. It was organized at the Tokpho airfield on May 4. "
                    + "Among those who watched the drill together with him were Ri Phyong Gun and Kim Tae Sik. "
                    + "| drill@2031-05-04@Tokpho airfield // Kim Jong Un@led@drill ; Ri Phyong Gun@attended@drill ; Kim Tae Sik@attended@drill",
            // The day given only when he met the cadres, after an opening that named the occasion without it.
            "Respected Comrade Kim Jong Un Meets Cadres | The respected Comrade Kim Jong Un met leading cadres of the Party and government. "
                    + "Kim Jong Un, general secretary of the WPK, met and congratulated the cadres on the national day, May 4. "
                    + "| other@2031-05-04@ // Kim Jong Un@led@other",
            // Other years' offices and forms of address.
            "Leader Inspects Unit | Kim Jong Il, general secretary of the Workers' Party of Korea and chairman of the DPRK National Defence Commission, inspected KPA Unit 1706. "
                    + "He was greeted on the spot by Col. Gen. Ryo Chun Gap. "
                    + "| inspection@null@KPA Unit 1706 // Kim Jong Il@led@inspection ; Ryo Chun Gap@greeted@inspection",
            "Leader Visits Camp | Kim Jong Un, first secretary of the Workers' Party of Korea and first chairman of the National Defence Commission of the DPRK, "
                    + "visited the Sonbong Children's Union Camp. He was accompanied by Chon Ryong Sik. "
                    + "| visit@null@Sonbong Children's Union Camp // Kim Jong Un@led@visit ; Chon Ryong Sik@accompanied@visit",
            // A head of state's visit: welcomed and seen off in person, talks with the visitor named beside him, the welcome ceremony he attended.
            "Leader Welcomes President | Kim Jong Un, president of the State Affairs of the DPRK, warmly welcomed Ivan Petrenkov, president of the Republic of Moravania, "
                    + "at the Sunan Airport on May 5. He was accompanied by Tae Hyong Chol. "
                    + "| reception@2031-05-05@Sunan Airport // Kim Jong Un@led@reception ; Ivan Petrenkov@guest@reception ; Tae Hyong Chol@accompanied@reception",
            "Talks Held | Kim Jong Un, general secretary of the WPK and president of the State Affairs, and Ivan Petrenkov, president of the Republic of Moravania, "
                    + "held talks at the Paekhwawon Guest House on May 5. Present at the talks from the DPRK side were Song Yong Gap. "
                    + "| talks@2031-05-05@Paekhwawon Guest House // Kim Jong Un@led@talks ; Ivan Petrenkov@guest@talks ; Song Yong Gap@attended@talks",
            "Visitor Leaves | Kim Jong Un, president of the State Affairs of the DPRK, saw off Ivan Petrenkov, president of the Republic of Moravania, at the Sunan Airport on May 5. "
                    + "| other@2031-05-05@Sunan Airport // Kim Jong Un@led@other ; Ivan Petrenkov@guest@other",
            "Leader Meets Visitor | Kim Jong Un, president of the State Affairs of the DPRK, had a tete-a-tete with Ivan Petrenkov, president of the Republic of Moravania, on May 5. "
                    + "| talks@2031-05-05@ // Kim Jong Un@led@talks ; Ivan Petrenkov@guest@talks",
            "Welcome Ceremony Held | An official welcome ceremony for Ivan Petrenkov, president of the Republic of Moravania, took place at the Ryugyong Square on May 5. "
                    + "Kim Jong Un, general secretary of the WPK and president of the State Affairs, attended it. "
                    + "| ceremony@2031-05-05@Ryugyong Square // Kim Jong Un@led@ceremony",
            // A contest among units; planting trees.
            "Leader Watches Contest | Kim Jong Un, general secretary of the WPK, watched on the spot a firing contest among the sniper units of the KPA on the morning of May 5. "
                    + "| drill@2031-05-05@ // Kim Jong Un@led@drill",
            "Leader Plants Trees | Kim Jong Un, general secretary of the WPK, took part in tree planting at the Kumsong Fruit Farm on May 5. "
                    + "| other@2031-05-05@Kumsong Fruit Farm // Kim Jong Un@led@other",
            // Homage paid at a place is a visit there; his wife named beside him or with him is with him.
            "Leader Pays Homage | Kim Jong Un, general secretary of the WPK, paid homage to Kim Il Sung and Kim Jong Il at the Kumsusan Palace of the Sun on May 5. "
                    + "| visit@2031-05-05@Kumsusan Palace of the Sun // Kim Jong Un@led@visit",
            "Leader Watches Performance | Kim Jong Un, general secretary of the WPK, and his wife Ri Sol Ju watched a performance given by the Chongbong Band at the Moranbong Theatre on May 5. "
                    + "| performance@2031-05-05@Moranbong Theatre // Kim Jong Un@led@performance ; Ri Sol Ju@accompanied@performance",
            "Leader Visits Factory | Kim Jong Un, general secretary of the WPK, visited the Haksong Glass Factory together with his wife Ri Sol Ju on May 5. "
                    + "| visit@2031-05-05@Haksong Glass Factory // Kim Jong Un@led@visit ; Ri Sol Ju@accompanied@visit",
            // An anecdote under a headline that is the place's name: "the factory" is that one.
            "Haksong Glass Factory | One day in May 2019, the respected Comrade Kim Jong Un visited the factory and looked round its control room. "
                    + "| visit@null@Haksong Glass Factory // Kim Jong Un@led@visit",
            // A place too long as written: the named institution it is part of.
            "Banquet Given | A banquet was given at the green zone park of the Central Cadres Training School of the Workers' Party of Korea (WPK) on May 5. "
                    + "Kim Jong Un, general secretary of the WPK, attended the banquet. "
                    + "| other@2031-05-05@Central Cadres Training School of the Workers' Party of Korea // Kim Jong Un@led@other",
            // The day of the gathering reported before he is said to meet the group there.
            "Veterans Honoured | A meeting with the war veterans took place in the capital on May 4. The hall was full. "
                    + "Kim Jong Un, general secretary of the WPK, arrived at the Chongchun Hall and met the war veterans. "
                    + "| other@2031-05-04@Chongchun Hall // Kim Jong Un@led@other",
    })
    void readAsHisOccasion(String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(headline, body), body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // Congratulations written, or conveyed by another on his behalf: no occasion of his.
            "Message to Athletes | Kim Jong Un, general secretary of the WPK, sent a message to the national wrestling team. In the message he congratulated the players on their victory.",
            "Respected Comrade Kim Jong Un Sends Gifts to Innovators | A meeting was held on May 5 to convey the gifts sent by Kim Jong Un, general secretary of the WPK, to innovators. "
                    + "Han Tae Sok, a department director, spoke at the meeting. He warmly congratulated all the participants on the gifts.",
            // Others who looked round, with him only praised.
            "Visitors at Museum | Workers of the Haksong Valve Factory looked round the Museum of Industry on May 5, learning about the exploits of Kim Jong Un, general secretary of the WPK.",
            // Greeted by others, not welcoming anyone; seeing off no visitor.
            "Leader Arrives | Kim Jong Un, general secretary of the WPK, was warmly welcomed by the people of the town.",
            "Train Leaves | Kim Jong Un, general secretary of the WPK, saw off the train of the volunteers with a wave.",
            // Tribute paid in words, and homage paid by others.
            "Leader Speaks | Kim Jong Un, general secretary of the WPK, paid high tribute to the martyrs in his speech. The participants paid homage to the leaders at the Mansu Hill.",
    })
    void noOccasionOfHis(String headline, String body) throws DocumentException {
        assertEquals(List.of(), extract(headline, body).events(), body);
    }
}
