package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in the forms real pages print them (invented persons): through the stages the pipeline
 * runs before names (glued-word repair, then sentences and tokens), so that offsets and the
 * tokenizer's splits are those of a document.
 */
class NameFormsTest {
    private static final OpenNlpSentenceAnalyzer ANALYZER = new OpenNlpSentenceAnalyzer();
    private static final NameFinding NAMES = new NameFinding(new KoreanNameFinder());
    private static final GluedWordRepair REPAIR = new GluedWordRepair();

    static List<String> names(String printed) {
        String text = REPAIR.repair(printed);
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        return NAMES.find(text, sentences).stream().map(NameMention::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The leader's name glued to its neighbours by a scraper, or to the dateline's dash.
            "A message sent byKim Jong Unwas conveyed to the envoy. | Kim Jong Un",
            "Pyongyang, May 2 (KCNA) --Kim Jong Un, general secretary of the WPK, visited a farm. | Kim Jong Un",
            "The respected ComradeKim Jong Unreceived the guests. | Kim Jong Un",
            "Stating the aim of the talks, Kim Jong Unstressed the point. | Kim Jong Un",
            "Kim Jong Unpresided over the meeting. | Kim Jong Un",
            "The message praised the pluck of HEKim Jong Unand his leadership. | Kim Jong Un",
            "They hold in high esteem the respected ComradeKim Jong Unat the top posts of the Party. | Kim Jong Un",
            "Referring to the purpose of the convening of the meeting,Kim Jong Unanalyzed the economic potential of the seas. | Kim Jong Un",
            "After the meeting,Kim Jong Unwent round the farm. | Kim Jong Un",
            "Pyongyang, October 8 (KCNA) --Kim Jong UnUniversity of National Defence marked its day. | ",
            // "Jun" is a given syllable here, a month only before a day.
            "Kim Kyong Jun, director of a mill, spoke. | Kim Kyong Jun",
            "Ri Tae Jun and Pak Jin Ok attended. | Ri Tae Jun;Pak Jin Ok",
            // Places that read as a surname and a syllable.
            "A delegation left for Hong Kong on Monday. | ",
            "The farm in Ri Won County grew rice. | ",
            "Workers of Kim Chaek City met. | ",
            // A place named after a person, printed as "the city of" the name.
            "New houses rose in the city of Ryo Chol Sang last year. | ",
            "Houses in the county of Jang Tae Hun were handed over to Mun Sok Ho. | Mun Sok Ho",
            // A page cut off in the middle of a name at its very end.
            "The feats have been preserved by Kim Jo | ",
    })
    void namesAsPrinted(String text, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(wanted, names(text), text);
    }
}
