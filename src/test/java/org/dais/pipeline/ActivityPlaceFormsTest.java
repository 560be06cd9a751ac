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
 * The place of an occasion is a place's name, not the words around it (forms seen on a real feed,
 * in invented wording): time and manner words end it, a leading "then" is no part of it, a place
 * inside a relative clause is not the occasion's, and things received are no reception.
 */
class ActivityPlaceFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    private static List<String> occasions(String body) throws DocumentException {
        String article = "Leader Active\n\nPyongyang, May 6 (KCNA) -- " + body + "\n-0-\n";
        return PIPELINE.extract(new DocumentReaders().read("2031-05-06_occasion.txt", article.getBytes(StandardCharsets.UTF_8)))
                .events().stream().map(e -> e.kind() + "@" + (e.place() == null ? "" : e.place())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Respected Comrade Kim Jong Un gave field guidance at the Ryongbong Textile Mill on a day in March. | inspection@Ryongbong Textile Mill",
            "Respected Comrade Kim Jong Un visited the Chonsam Ice Rink near its completion. | visit@Chonsam Ice Rink",
            "Respected Comrade Kim Jong Un visited the Kumsan Shoe Factory and learnt about its production. | visit@Kumsan Shoe Factory",
            "Respected Comrade Kim Jong Un visited the Sokchon Teachers College one day in March. | visit@Sokchon Teachers College",
            "Respected Comrade Kim Jong Un visited then the Namgol Fishery Station. | visit@Namgol Fishery Station",
            "Respected Comrade Kim Jong Un visited the then Pongsu-ri in a border county. | visit@Pongsu-ri in a border county",
            "Respected Comrade Kim Jong Un visited some bakeries in Hamhung at night. | visit@some bakeries in Hamhung",
            // A place the text does not name is none: "a factory" of an anecdote is no place to count visits at.
            "Respected Comrade Kim Jong Un visited a factory and looked round its control room. | visit@",
            "Respected Comrade Kim Jong Un visited an old foundry. | visit@",
            // A named farm does not need the committee it is under, as it needs no town.
            "Respected Comrade Kim Jong Un visited the Songnim Duck Farm under the Provincial Rural Economy Committee. | visit@Songnim Duck Farm",
            "Respected Comrade Kim Jong Un visited the Songnim Duck Farm under construction. | visit@Songnim Duck Farm",
            // A test or drill is where he watched it from, said in its sentence or the next.
            "Respected Comrade Kim Jong Un watched the test-fire of a new rocket on May 5. He observed the launch from the Changgol Observation Post. "
                    + "| test@Changgol Observation Post",
            "Respected Comrade Kim Jong Un watched the firing drill of the gunners from the Sokdam Command Post on May 5. | drill@Sokdam Command Post",
            // An unnamed post is no place's name.
            "Respected Comrade Kim Jong Un watched the firing drill of the gunners from an observation post on May 5. | drill@",
    })
    void thePlaceIsAPlacesName(String body, String expected) throws DocumentException {
        assertEquals(List.of(expected), occasions(body), body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Respected Comrade Kim Jong Un received New Year cards from foreign leaders.",
            "Respected Comrade Kim Jong Un received floral baskets from the envoys.",
    })
    void thingsReceivedAreNoReception(String body) throws DocumentException {
        assertEquals(List.of(), occasions(body).stream().filter(o -> o.startsWith("reception")).toList(), body);
    }

    /** Where performers came from is no place of the performance. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Respected Comrade Kim Jong Un watched a performance given by artists from the Tongrim Art Troupe on May 5.",
    })
    void performersOriginIsNoPlace(String body) throws DocumentException {
        assertEquals(List.of("performance@"), occasions(body), body);
    }

    /**
     * A headline names him only where it names him, not an institution named after him: the text of a speech "at
     * Congratulatory Visit to" such a school reports no visit of its own (the report of the visit is another article).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Speech at Congratulatory Visit to Kim Jong Un Institute of Forestry | ",
            "Respected Comrade Kim Jong Un Visits Institute of Forestry | visit@Institute of Forestry",
    })
    void theHeadlinesOccasionIsHisWhereItNamesHim(String headline, String expected) throws DocumentException {
        String article = headline + "\n\nPyongyang, May 6 (KCNA) -- Kim Jong Un, general secretary of the WPK, made a speech.\n"
                + "Dear comrades, our forests are the wealth of the country.\n-0-\n";
        List<String> read = PIPELINE.extract(new DocumentReaders().read("2031-05-06_speech.txt", article.getBytes(StandardCharsets.UTF_8)))
                .events().stream().map(e -> e.kind() + "@" + (e.place() == null ? "" : e.place())).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), read, headline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Respected Comrade Kim Jong Un met war veterans who had worked for decades at important posts of the Party.",
    })
    void aPlaceInARelativeClauseIsNotTheOccasions(String body) throws DocumentException {
        for (String o : occasions(body)) assertEquals(false, o.contains("posts"), o);
    }
}
