package org.dais.pipeline;

import static org.dais.pipeline.ActivityFormsReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.ingest.DocumentException;

/**
 * The leader's activities in the wording of Kim Jong Il's years and of 2012-2019 (invented reports: other
 * names, bodies and counties than any real one): "looked round", "was accompanied by A and B", "was greeted
 * on the spot by", "There he was briefed by", "watched a demonstration of", "had a photo session with".
 */
class ActivityEarlierFormsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // "looked round" a works as the first act: a visit; then "was greeted on the spot by" its manager.
            "2006-03-14_works.txt | Pyongyang, March 14 (KCNA) | Kim Jong Il Looks Round Works "
                    + "| Kim Jong Il, general secretary of the Workers' Party of Korea, looked round the Hwangchon Cement Works. "
                    + "He was greeted on the spot by Jon Hak Chol, manager of the works. "
                    + "| visit@null@Hwangchon Cement Works // Kim Jong Il@led@visit ; Jon Hak Chol@greeted@visit",
            // "There he was briefed by" the manager: greeted him there.
            "2010-06-08_mill.txt | Pyongyang, June 8 (KCNA) | Kim Jong Il Gives Field Guidance to Mill "
                    + "| Kim Jong Il gave field guidance to the Sinhung Flax Mill in Ryongsan County on June 7. "
                    + "There he was briefed by Pak Yong Sun, manager of the mill, on its production. "
                    + "He was accompanied by Choe Thae Bok and Kim Ki Nam, secretaries of the WPK Central Committee. "
                    + "| inspection@2010-06-07@Sinhung Flax Mill // Kim Jong Il@led@inspection ; Pak Yong Sun@greeted@inspection ; Choe Thae Bok@accompanied@inspection ; Kim Ki Nam@accompanied@inspection",
            // "heard an explanation ... from" the curator: met him there; the company after.
            "2011-02-09_museum.txt | Pyongyang, February 9 (KCNA) | Kim Jong Il Visits Museum "
                    + "| Kim Jong Il visited the Chongbong Revolutionary Museum on February 8. "
                    + "He heard an explanation about the exhibits from So Kum Ok, a guide of the museum. "
                    + "He was accompanied by Ri Yong Chol. "
                    + "| visit@2011-02-08@Chongbong Revolutionary Museum // Kim Jong Il@led@visit ; So Kum Ok@greeted@visit ; Ri Yong Chol@accompanied@visit",
            // Not greeted: one briefed far from the occasion, in another country's news many sentences on, is no one he met.
            "2012-12-03_not.txt | Pyongyang, December 3 (KCNA) | Kim Jong Un Visits Factory "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, visited the Taeryong Soap Factory on December 2. "
                    + "The factory was built in the 1970s. Its soap is sold across the country. Its workers took part in a contest. "
                    + "Their output rose. Their goods were praised. A new shop opened. A new line was set up. "
                    + "A foreign minister was briefed on the matter by Kwon Sol Hwa, an envoy. "
                    + "| visit@2012-12-02@Taeryong Soap Factory // Kim Jong Un@led@visit",
            // Older copy: "the President" after "President X" is X, the subject of his next act.
            "1986-09-17_president.txt | Pyongyang, September 17 (KCNA) | President Kim Il Sung Inspects Works "
                    + "| President Kim Il Sung inspected the Ryongsan Bearing Works on September 16. "
                    + "The President then visited the Ryongsan Agricultural College. "
                    + "| inspection@1986-09-16@Ryongsan Bearing Works ; visit@1986-09-16@Ryongsan Agricultural College // Kim Il Sung@led@inspection ; Kim Il Sung@led@visit",
            // Not his: with another president named in the article, the bare title is not read as his.
            "1986-09-18_not.txt | Pyongyang, September 18 (KCNA) | President Kim Il Sung Inspects Works "
                    + "| President Kim Il Sung inspected the Ryongsan Bearing Works on September 17. "
                    + "A letter came to him from President Amadou Sissoko of Mali. "
                    + "The President then visited the Ryongsan Agricultural College. "
                    + "| inspection@1986-09-17@Ryongsan Bearing Works // Kim Il Sung@led@inspection",
            // "had a photo session with" the staff after a visit: the same occasion.
            "2016-04-20_photo.txt | Pyongyang, April 20 (KCNA) | Kim Jong Un Visits Hospital "
                    + "| Kim Jong Un, chairman of the Workers' Party of Korea, visited the Okryu Children's Hospital on April 19. "
                    + "He had a photo session with its doctors and nurses. "
                    + "| visit@2016-04-19@Okryu Children's Hospital // Kim Jong Un@led@visit",
            // The company named before him in the active voice: "A and B accompanied him".
            "1999-07-02_farm.txt | Pyongyang, July 2 (KCNA) | Kim Jong Il Inspects Farm "
                    + "| General Secretary Kim Jong Il inspected the Sambong Cooperative Farm in Chongdan County on July 1. "
                    + "He was accompanied by Kim Yong Sun and Ryo Chun Sok. "
                    + "| inspection@1999-07-01@Sambong Cooperative Farm // Kim Jong Il@led@inspection ; Kim Yong Sun@accompanied@inspection ; Ryo Chun Sok@accompanied@inspection",
            // A unit numbered "No.", the company in a participle; two commanders greeting him in one list.
            "2004-11-20_p1.txt | Pyongyang, November 20 (KCNA) | Kim Jong Il Inspects KPA Unit "
                    + "| Kim Jong Il inspected KPA Unit No. 5127, accompanied by Pak Jae Gyong and Hyon Chol Hae, generals of the KPA. "
                    + "He was greeted on the spot by Ri Myong Su and Jang Song Ung, commanders of the unit. "
                    + "| inspection@null@KPA Unit No. 5127 // Kim Jong Il@led@inspection ; Pak Jae Gyong@accompanied@inspection ; Hyon Chol Hae@accompanied@inspection ; Ri Myong Su@greeted@inspection ; Jang Song Ung@greeted@inspection",
            // "went round", "welcomed at the entrance by", a photo session with unnamed athletes.
            "2012-08-15_p2.txt | Pyongyang, August 15 (KCNA) | Kim Jong Un Visits Sports Village "
                    + "| Kim Jong Un, first secretary of the WPK, went round the Chongchun Sports Village on August 14. "
                    + "He was welcomed at the entrance by So Chang Sik, manager of the village. "
                    + "He had a photo session with the athletes. "
                    + "| visit@2012-08-14@Chongchun Sports Village // Kim Jong Un@led@visit ; So Chang Sik@greeted@visit",
            // Two named facilities, the second with its county: one occasion each, the company at both.
            "2001-01-22_p4.txt | Pyongyang, January 22 (KCNA) | Kim Jong Il Provides Field Guidance "
                    + "| Kim Jong Il provided field guidance to the Taedong Paper Mill and the Pongchon Pig Farm in Kangso County. "
                    + "Accompanying him were Kim Kuk Thae and Jon Pyong Ho. "
                    + "| inspection@null@Taedong Paper Mill ; inspection@null@Pongchon Pig Farm in Kangso County // Kim Jong Il@led@inspection ; Kim Jong Il@led@inspection ; "
                    + "Kim Kuk Thae@accompanied@inspection ; Kim Kuk Thae@accompanied@inspection ; Jon Pyong Ho@accompanied@inspection ; Jon Pyong Ho@accompanied@inspection",
            // "briefed on the production by", then "looked round" as a further act of the same occasion.
            "2010-04-03_p5.txt | Pyongyang, April 3 (KCNA) | Kim Jong Il Gives Field Guidance "
                    + "| Kim Jong Il gave on-the-spot guidance at the Chonnae Cement Factory. "
                    + "There he was briefed on the production by Kim Chol Nam, manager of the factory. "
                    + "He then looked round the production processes. "
                    + "| inspection@null@Chonnae Cement Factory // Kim Jong Il@led@inspection ; Kim Chol Nam@greeted@inspection",
    })
    void readsEarlierForms(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // A closing address long after the ceremony was last named, nothing else held since: its speaker attended it.
            "2017-05-02_bridge.txt | Pyongyang, May 2 (KCNA) | Bridge Opened "
                    + "| A ceremony for the opening of the Ryesong River Bridge took place on May 1. "
                    + "The bridge is 900 metres long. It links two counties. Builders worked for three years. "
                    + "They overcame many difficulties. Youth shock brigades joined them. The deck was laid in winter. "
                    + "Cars crossed it for the first time. "
                    + "Pang Chol Ho, vice-premier of the Cabinet, made a closing address. "
                    + "| ceremony@2017-05-01@Ryesong River Bridge // Pang Chol Ho@attended@ceremony",
            // The leader at a ceremony, the closing speech of an officer long after: he attended it.
            "2013-07-29_unit.txt | Pyongyang, July 29 (KCNA) | Kim Jong Un Attends Ceremony "
                    + "| Kim Jong Un, first secretary of the Workers' Party of Korea, attended a ceremony of presenting colours to a unit, held at the Kumgang Hall on July 28. "
                    + "The unit was formed in wartime. Its soldiers fought bravely. They built roads and dams. "
                    + "They harvested crops. They won many prizes. Their songs are known to all. Their drill is exemplary. "
                    + "Kim Chol Su, commander of the unit, delivered the concluding speech. "
                    + "| ceremony@2013-07-28@Kumgang Hall // Kim Jong Un@led@ceremony ; Kim Chol Su@attended@ceremony",
            // Not the ceremony's: a meeting is named after it, so the far closing address may be the meeting's.
            "2017-05-03_not.txt | Pyongyang, May 3 (KCNA) | Bridge Opened "
                    + "| A ceremony for the opening of the Ulsan River Bridge took place on May 2. "
                    + "The bridge is 700 metres long. It links two counties. Builders worked for two years. "
                    + "A meeting of the builders was then held in the county. Its participants vowed to build more. "
                    + "They praised the shock brigades. "
                    + "Ho Ung Bom, chairman of the county people's committee, made a closing address. "
                    + "| ceremony@2017-05-02@Ulsan River Bridge // ",
            // Not the ceremony's: a far speech that closes nothing.
            "2017-05-04_far.txt | Pyongyang, May 4 (KCNA) | Bridge Opened "
                    + "| A ceremony for the opening of the Kwanmo River Bridge took place on May 3. "
                    + "The bridge is 600 metres long. It links two counties. Builders worked for two years. "
                    + "They overcame many difficulties. Youth shock brigades joined them. The deck was laid in winter. "
                    + "Cars crossed it for the first time. "
                    + "Tak Yong Sik, an old builder, made a speech on television. "
                    + "| ceremony@2017-05-03@Kwanmo River Bridge // ",
    })
    void keepsTheOccasionForItsClosingSpeech(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }
}
