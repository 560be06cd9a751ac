package org.dais.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.dais.extract.EventClaim;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/**
 * Who the leader is, in the forms of other years and sources (invented wording): the chairman of the
 * Party in the years it had one, his titles printed before his name, or his name alone, which is the
 * one who led the country in the year of publication. And what is not his: the news of his guidance
 * others heard, another official's inspection.
 */
class ActivityLeaderFormsTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    /** kind@start@place of every occasion, then person@role@kind of every appearance, sorted. */
    private static List<String> read(String file, String headline, String body) throws DocumentException {
        String article = headline + "\n\nPyongyang, " + body + "\n-0-\n";
        Extraction x = PIPELINE.extract(new DocumentReaders().read(file, article.getBytes(StandardCharsets.UTF_8)));
        Map<Integer, String> kinds = x.events().stream().collect(Collectors.toMap(EventClaim::id, EventClaim::kind));
        return Stream.concat(
                x.events().stream().map(e -> e.kind() + "@" + e.start() + "@" + (e.place() == null ? "" : e.place())),
                x.appearances().stream().map(a -> a.person() + "@" + a.role() + "@" + kinds.get(a.event()))).sorted().toList();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // The Party's chairman (2016-2021).
            "2019-11-07_a.txt | Leader at Factory | November 7 (KCNA) -- Kim Jong Un, chairman of the WPK, provided field guidance to the Kumsong Tractor Works. "
                    + "He was accompanied by Ri Pyong Jong. "
                    + "| Kim Jong Un@led@inspection, Ri Pyong Jong@accompanied@inspection, inspection@null@Kumsong Tractor Works",
            // His titles before his name, a weekday against the record date.
            "2013-06-02_b.txt | Firing Drill Observed | June 2 (KCNA) -- Supreme Commander of the KPA Marshal Kim Jong Un observed a firing drill of KPA Unit 641 on Saturday. "
                    + "He was greeted by Lt. Gen. O Sung Ho, commander of the unit. "
                    + "| Kim Jong Un@led@drill, O Sung Ho@greeted@drill, drill@2013-06-01@KPA Unit 641",
            // His name alone, those accompanying him in the same sentence.
            "2017-09-05_c.txt | Farm Visited | September 5 (KCNA) -- Kim Jong Un, accompanied by Pong Sok Jin and Kwak Myong Chol, visited the Hwanggum Farm on Monday. "
                    + "| Kim Jong Un@led@visit, Kwak Myong Chol@accompanied@visit, Pong Sok Jin@accompanied@visit, visit@2017-09-04@Hwanggum Farm",
            // A recollection of an earlier leader's visit, in an article of a later year: he is the one who visited.
            "2031-05-02_f.txt | Care for Miners | May 2 (KCNA) -- One day in June Juche 60 (1971), President Kim Il Sung visited the Ryongbuk Mine. "
                    + "He looked round the pits and asked about the miners' meals. "
                    + "| Kim Il Sung@led@visit, visit@null@Ryongbuk Mine",
            // The day told in full, the other earlier leader, the verb of guidance.
            "2031-05-03_g.txt | Night at Farm | May 3 (KCNA) -- Chairman Kim Jong Il gave field guidance to the Sokam Cooperative Farm on the night of March 9, Juche 71 (1982). "
                    + "He learned about its preparations for sowing. "
                    + "| Kim Jong Il@led@inspection, inspection@1982-03-09@Sokam Cooperative Farm",
            // The works' state and the company he came in are no part of the place.
            "2031-05-06_j.txt | Dam Visited | May 6 (KCNA) -- One day in August Juche 58 (1969), Chairman Kim Jong Il visited the Chonsam Dam nearing its inauguration. "
                    + "| Kim Jong Il@led@visit, visit@null@Chonsam Dam",
            "2031-05-07_k.txt | Mill Visited | May 7 (KCNA) -- One day in June Juche 57 (1968), Chairman Kim Jong Il visited the then Unha Silk Mill in company with two officials. "
                    + "| Kim Jong Il@led@visit, visit@null@Unha Silk Mill",
    })
    void theLeaderIsKnown(String file, String headline, String body, String expected) throws DocumentException {
        assertEquals(List.of(expected.split(",\\s*")), read(file, headline, body), body);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // The news of his guidance, heard by others, is no occasion reported here.
            "2024-08-02_d.txt | Youth Volunteer | August 2 (KCNA) -- Upon hearing the news that the respected fatherly Marshal Kim Jong Un gave field guidance at the Sonbong Fish Farm, "
                    + "young people volunteered to work there.",
            // Another official's inspection, the leader named only in passing: not his.
            "2017-09-05_e.txt | Premier Inspects Mill | September 5 (KCNA) -- Ro Tu Chol, premier of the Cabinet, inspected the Ryongsong Paper Mill on Monday. "
                    + "He called for carrying out the tasks set by Kim Jong Un.",
            // An earlier leader named in passing, others doing the visiting: not his occasion.
            "2031-05-04_h.txt | Tribute Paid | May 4 (KCNA) -- Officials recalled the exploits of President Kim Il Sung. "
                    + "They visited the Ponghwa Revolutionary Site and he was remembered there.",
            // His statue visited by others, and his name before a verb of theirs that is no act of his.
            "2031-05-05_i.txt | Seminar Held | May 5 (KCNA) -- A seminar on the works of Chairman Kim Jong Il was held in Hamhung. "
                    + "Its participants visited the Hungnam Fertilizer Complex.",
    })
    void noOccasionOfHis(String file, String headline, String body) throws DocumentException {
        assertEquals(List.of(), read(file, headline, body).stream().filter(l -> l.contains("Kim Jong Un") || l.contains("Kim Il Sung") || l.contains("Kim Jong Il") || l.contains("@led@")).toList(), body);
    }
}
