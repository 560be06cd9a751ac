package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/**
 * What is no occasion of his, though it names him with a verb of one (forms from a hand-judged
 * sample of the 2024 feed, in invented wording): a digest's bullet retelling another report, an
 * occasion in a relative clause about him, a habit or a vague past ("many times", "years ago"),
 * a noun "visits", and the acts of one who acted upon his authorization. And the year printed
 * in Juche form is the occasion's year.
 */
class ActivityOccasionFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    /** kind@start@place of every occasion read. */
    private static List<String> occasions(String headline, String body) throws DocumentException {
        // "\\n" in a case is a line break (CsvSource would take a real one for the next case).
        String article = headline + "\n\nPyongyang, May 6 (KCNA) -- " + body.replace("\\n", "\n") + "\n-0-\n";
        return PIPELINE.extract(new DocumentReaders().read("2031-05-06_occasion.txt", article.getBytes(StandardCharsets.UTF_8)))
                .events().stream().map(e -> e.kind() + "@" + e.start() + "@" + (e.place() == null ? "" : e.place())).toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Newspapers Today | The papers today carry these articles.\\n- The respected Comrade Kim Jong Un inspected the Tongil Silk Mill.\\n- He oversaw a firing contest of gunners.",
            "Builders Speed Up Work | The builders are encouraged by the trust of the respected Comrade Kim Jong Un who visited the building site again.",
            "Mill Renewed | Respected Comrade Kim Jong Un gave field guidance at the Tongil Silk Mill many times.",
            "Relief Arrives | Respected Comrade Kim Jong Un repeatedly visited the stricken villages.",
            "Cards from Abroad | Respected Comrade Kim Jong Un received New Year's cards from friends abroad.",
            "Fifth Anniversary of Respected Comrade Kim Jong Un's Field Guidance at Tongil Silk Mill Marked | Present there were officials and employees of the mill.",
            "Fishery Grows | Respected Comrade Kim Jong Un visited the fishery about ten years ago and set its tasks.",
            "Envoy Leaves | Recalling that the late president made two visits to the kingdom, the envoy thanked the hosts.",
            "Credentials Accepted | Respected Comrade Kim Jong Un, president of the State Affairs, accepted the credentials of an envoy. "
                    + "Upon authorization of the president, Ryang Sok Chon, vice-president of the State Affairs Commission, received the credentials from the envoy. "
                    + "He had a talk with the envoy.",
    })
    void noOccasionOfHis(String headline, String body) throws DocumentException {
        assertEquals(List.of(), occasions(headline, body), body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "Fishery Grows | On March 4, Juche 105 (2016), Respected Comrade Kim Jong Un visited the Sohae Fishery. | visit@2016-03-04@Sohae Fishery",
            "Fishery Grows | On March 4, 2016, Respected Comrade Kim Jong Un visited the Sohae Fishery. | visit@2016-03-04@Sohae Fishery",
            "Fishery Grows | Respected Comrade Kim Jong Un, who is general secretary of the WPK, visited the Sohae Fishery on May 5. | visit@2031-05-05@Sohae Fishery",
            "Respected Comrade Kim Jong Un Visits Sohae Fishery on Anniversary of Its Founding | Respected Comrade Kim Jong Un visited the Sohae Fishery on May 5. | visit@2031-05-05@Sohae Fishery",
    })
    void theYearPrintedIsTheOccasions(String headline, String body, String expected) throws DocumentException {
        assertEquals(List.of(expected), occasions(headline, body), body);
    }
}
