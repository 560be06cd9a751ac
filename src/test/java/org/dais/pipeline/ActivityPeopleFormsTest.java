package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.extract.EventClaim;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/**
 * Who was at an occasion besides the lists (forms seen on real reports, in invented wording):
 * the one who read out the decree at a ceremony and the officer who gave the order at a test
 * attended it; a person named after a rank abbreviation ("Col. General") is still the one who
 * greeted him. Those the order or decree was for are not at it.
 */
class ActivityPeopleFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    /** person@role@kind of every appearance but the leader's. */
    private static List<String> appearances(String body) throws DocumentException {
        return appearances("Leader Active", body);
    }

    private static List<String> appearances(String headline, String body) throws DocumentException {
        String article = headline + "\n\nPyongyang, May 6 (KCNA) -- " + body + "\n-0-\n";
        Extraction x = PIPELINE.extract(new DocumentReaders().read("2031-05-06_occasion.txt", article.getBytes(StandardCharsets.UTF_8)));
        Map<Integer, String> kinds = x.events().stream().collect(Collectors.toMap(EventClaim::id, EventClaim::kind));
        return x.appearances().stream().filter(a -> !a.role().equals("led"))
                .map(a -> a.person() + "@" + a.role() + "@" + kinds.get(a.event())).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The decree read out at an award ceremony held during a visit.
            "Kim Jong Un, general secretary of the WPK, visited a tank regiment on May 5. There took place a ceremony of conferring a title on the regiment. "
                    + "Kang Un Hyok read out the decision of the Central Military Commission on conferring the title. He affixed the order to the flag. "
                    + "| Kang Un Hyok@attended@ceremony",
            // The order to fire at a test he oversaw, given by an officer in apposition.
            "Kim Jong Un, general secretary of the WPK, oversaw a test-fire of a new rocket on May 5. When he approved the launch, "
                    + "Lieutenant General Pak Sang Chol, chief of the rocket bureau, gave an order to the launching battery. "
                    + "| Pak Sang Chol@attended@test",
            // A rank abbreviation before the name of the host who met him.
            "Kim Jong Un, general secretary of the WPK, visited the Sungri Naval College on May 5. He received a salute from Col. General Tak Yong Su, president of the college. "
                    + "| Tak Yong Su@greeted@visit",
            "Kim Jong Un, general secretary of the WPK, visited the Pothong Gunnery School on May 5. He was greeted on the spot by Maj. Gen. Yun Song Jin, head of the school. "
                    + "| Yun Song Jin@greeted@visit",
            // The one who handed over the flag at the ceremony.
            "Kim Jong Un, general secretary of the WPK, visited a tank regiment on May 5. There took place a ceremony of conferring a title on the regiment. "
                    + "Sol Kum Chol, a secretary of the WPK Central Committee, presented the flag of the title to the regiment. "
                    + "| Sol Kum Chol@attended@ceremony",
    })
    void theyAttendedOrGreeted(String body, String expected) throws DocumentException {
        assertEquals(List.of(expected), appearances(body), body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // A decree read out on the radio after a visit: no ceremony, test or drill it was part of.
            "Kim Jong Un, general secretary of the WPK, visited a tank regiment on May 5. He looked round the barracks. Then he left. The soldiers cheered. "
                    + "The band played. The flags flew. The crowd sang. Later the announcer Ko Chun Sim read out the decree on the radio.",
            // The one the order went to is not its subject.
            "Kim Jong Un, general secretary of the WPK, oversaw a test-fire of a new rocket on May 5. He gave an order to Pak Sang Chol, chief of the rocket bureau.",
    })
    void noOneElseIsAtIt(String body) throws DocumentException {
        List<String> found = appearances(body);
        assertTrue(found.isEmpty(), body + " -> " + found);
    }

    @org.junit.jupiter.api.Test
    void thosePresentWhereHisGiftsWereConveyedAreNotWithHim() throws DocumentException {
        // He sent the gifts; he is said to have visited before, but the list is of the ceremonies he was not at:
        // those present attended the ceremony (an occasion without him), not his visit.
        List<String> found = appearances("Respected Comrade Kim Jong Un Sends Gifts to Miners",
                "Kim Jong Un, general secretary of the WPK, always cares for the miners. He visited their pits and took measures for their life. "
                + "On May 4 and 5, there took place ceremonies for conveying the gifts sent by him to the miners. "
                + "Present there were Ko Un Chol, secretary of the provincial committee, and miners. "
                + "The speakers praised Kim Jong Un, who had planned the new pits and personally attended the ceremony of their opening.");
        assertEquals(List.of("Ko Un Chol@attended@ceremony"), found);
    }
}
