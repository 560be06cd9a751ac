package org.dais.pipeline;

import static org.dais.pipeline.ActivityFormsReading.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.ingest.DocumentException;

/**
 * Who was with him, in forms of other sources and years (invented reports: other names, bodies and places than any
 * real one): "Among those who accompanied him were" (Pyongyang Times), the officer who "courteously reported to him"
 * at a ceremony or a drill, and a visitor received whose name the name reader does not know ("received A B, special
 * envoy of ...": the reception is still read). The older wire's "today" is the dateline's day; "Talks between him and B
 * took place" are his talks with B; "appeared on the platform" of a parade is his being at it; an exhibition in common
 * words visited is where it is held.
 */
class ActivityCompanyFormsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // The company named after "those who accompanied him were", in printed order.
            "2014-10-29_home.txt | Pyongyang, October 29 (Pyongyang Times) | Kim Jong Un Visits Baby Home "
                    + "| Marshal Kim Jong Un, first secretary of the WPK, visited the Hamhung Baby Home on October 28. "
                    + "Among those who accompanied him were Tae Yong Guk, Mo Chang Il and Kye Sun Ho. "
                    + "He was greeted by Yon Hye Ok, manager of the home. "
                    + "| visit@2014-10-28@Hamhung Baby Home // Kim Jong Un@led@visit ; Tae Yong Guk@accompanied@visit ; Mo Chang Il@accompanied@visit ; "
                    + "Kye Sun Ho@accompanied@visit ; Yon Hye Ok@greeted@visit",
            // Not his company: "the officials who accompanied him were briefed" names no list after "were".
            "2014-10-30_not.txt | Pyongyang, October 30 (Pyongyang Times) | Kim Jong Un Visits Baby Home "
                    + "| Marshal Kim Jong Un, first secretary of the WPK, visited the Hamhung Baby Home on October 29. "
                    + "The officials who accompanied him were moved by the sight. "
                    + "| visit@2014-10-29@Hamhung Baby Home // Kim Jong Un@led@visit",
            // The officer reporting to him at a ceremony attended it; the one at an inspection is read by no such act.
            "2021-08-05_ceremony.txt | Pyongyang, August 5 (KCNA) | Ceremony of Handing Over New Tanks "
                    + "| A ceremony of handing over new tanks to the frontline units took place on August 4. "
                    + "Respected Comrade Kim Jong Un, general secretary of the WPK, appeared at the venue of the ceremony. "
                    + "Ham Sok Jin, director of the Munitions Industry Department, courteously reported to Kim Jong Un that the tanks were ready. "
                    + "| ceremony@2021-08-04@ // Kim Jong Un@led@ceremony ; Ham Sok Jin@attended@ceremony",
            "2021-08-06_not.txt | Pyongyang, August 6 (KCNA) | Respected Comrade Kim Jong Un Inspects Farm "
                    + "| Respected Comrade Kim Jong Un, general secretary of the WPK, inspected the Wolbong Farm on August 5. "
                    + "Ham Sok Jin, manager of the farm, courteously reported to him on the harvest. "
                    + "| inspection@2021-08-05@Wolbong Farm // Kim Jong Un@led@inspection",
    })
    void readsTheCompany(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // A visitor the name reader does not know, then the office: a reception all the same.
            "2015-04-02_envoy.txt | Pyongyang, April 2 (KCNA) | Kim Jong Un Receives Special Envoy "
                    + "| The respected Marshal Kim Jong Un received Anouk Verhaegen, special envoy of the prime minister of Ruritania, at the Kumsusan Palace on April 1. "
                    + "| reception@2015-04-01@Kumsusan Palace // Kim Jong Un@led@reception",
            // Not a reception: a capitalised thing received, and an office not of a visitor.
            "2015-04-03_not.txt | Pyongyang, April 3 (KCNA) | Kim Jong Un Receives Gift "
                    + "| The respected Marshal Kim Jong Un received Order Number One, a token of thanks, on April 2. "
                    + "| // ",
    })
    void readsAReceptionOfAVisitorByOffice(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // The older wire's "today": the dateline's day; the word is no part of the place.
            "1994-02-11_today.txt | Pyongyang, February 11 (KCNA) | Kim Il Sung Meets Foreign Guest "
                    + "| President Kim Il Sung met with Tae Yong Guk, chairman of the Kumgang Company, at the Manpok Hall today. "
                    + "| reception@1994-02-11@Manpok Hall // Kim Il Sung@led@reception ; Tae Yong Guk@guest@reception",
            // Not the day: "today" of the present, in a clause of its own.
            "1994-02-12_not.txt | Pyongyang, February 12 (KCNA) | Kim Il Sung Visits Farm "
                    + "| President Kim Il Sung visited the Ryongbok Farm, which today is a model farm. "
                    + "| visit@null@Ryongbok Farm // Kim Il Sung@led@visit",
            // Talks named as the subject, between him and a visitor: his talks, the visitor a guest.
            "2019-06-21_talks.txt | Pyongyang, June 21 (KCNA) | Kim Jong Un Holds Talks with Visiting Premier "
                    + "| Talks between Kim Jong Un, chairman of the State Affairs Commission, and Ryo Sang Hun, premier of the Cabinet of Ruritania, "
                    + "took place at the Sinhung Guesthouse on June 20. Present at the talks were Kye Sun Ho and Mo Chang Il. "
                    + "| talks@2019-06-20@Sinhung Guesthouse // Kim Jong Un@led@talks ; Ryo Sang Hun@guest@talks ; Kye Sun Ho@attended@talks ; Mo Chang Il@attended@talks",
            // Not his: talks between two others, though he is named in the article.
            "2019-06-22_not.txt | Pyongyang, June 22 (KCNA) | Ministers Hold Talks "
                    + "| Respected Comrade Kim Jong Un sent greetings to the forum. Talks between Kye Sun Ho and Mo Chang Il took place on June 21. "
                    + "| // ",
            // "appeared on the platform" of a parade reported before: he is at it.
            "2020-10-10_platform.txt | Pyongyang, October 10 (KCNA) | Military Parade Held "
                    + "| A military parade was held at the Ryomyong Square on October 10. "
                    + "When Kim Jong Un, chairman of the WPK, appeared on the platform, all the participants broke into cheers. "
                    + "| ceremony@2020-10-10@Ryomyong Square // Kim Jong Un@led@ceremony",
            // An exhibition in common words is where it is held.
            "2016-04-10_show.txt | Pyongyang, April 10 (KCNA) | Kim Jong Un Visits Exhibition "
                    + "| Kim Jong Un, chairman of the WPK, visited the exhibition of arms and equipment held at the Sinhung House of Culture on April 9. "
                    + "| visit@2016-04-09@Sinhung House of Culture // Kim Jong Un@led@visit",
    })
    void readsTheOlderWiresAndTheOccasionAsSubject(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            // An anecdote under a headline that is the place's name, with the wire's "in DPRK": "visited it" is that place.
            "2024-05-02_it.txt | Pyongyang, May 2 (KCNA) | Tongam Duck Farm in DPRK "
                    + "| Kim Jong Un took great care of the farm, once a marsh. On June 3, 2017, he visited it, now a big duck farm. "
                    + "| visit@2017-06-03@Tongam Duck Farm // Kim Jong Un@led@visit",
            // The guidance of a clause of time about a task is referred to; the report of the visit is the occasion.
            "2024-05-03_while.txt | Pyongyang, May 3 (KCNA) | Respected Comrade Kim Jong Un Visits Tongam Duck Farm "
                    + "| Respected Comrade Kim Jong Un, general secretary of the WPK, visited the Tongam Duck Farm on May 2. "
                    + "Its workers carry out the task Kim Jong Un set while giving field guidance at farms in different areas. "
                    + "| visit@2024-05-02@Tongam Duck Farm // Kim Jong Un@led@visit",
    })
    void readsTheHeadlinesPlaceAndSkipsAGuidanceReferredTo(String file, String dateline, String headline, String body, String expected) throws DocumentException {
        assertEquals(expected.strip(), read(file.strip(), dateline.strip(), headline.strip(), body.strip()).strip());
    }
}
