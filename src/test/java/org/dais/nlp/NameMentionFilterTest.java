package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Candidates the finders read in a person's context that are no persons (invented sentences,
 * invented persons and bodies), through the real sentence, token and name stages.
 */
class NameMentionFilterTest {
    private static final OpenNlpSentenceAnalyzer ANALYZER = new OpenNlpSentenceAnalyzer();
    private static final NameFinding NAMES = new NameFinding(new KoreanNameFinder(), new ForeignNameFinder());

    static List<String> names(String text) {
        List<Sentence> sentences = ANALYZER.analyze(text, 0, text.length());
        return NAMES.find(text, sentences).stream().map(NameMention::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // The tail of an organization's name after a foreign office word.
            "He met the chairman of the Bolivian Peasant Liberation Front on Monday. | ",
            "A message came from the secretary of the Nepalese Workers Solidarity Movement. | ",
            "The president of the Hungarian Korea Friendship Association arrived. | ",
            "Lectures were given by the director of the Peruvian Regional Institute. | ",
            "The head of the Thai Economic Relations spoke at the meeting. | ",
            // Countries and regions are no persons.
            "The ambassador of Kenya South Africa was not named. | ",
            "Envoy of West Africa states arrived. | ",
            // Headline verb phrases in title case.
            "Cuban President Sends Warm Greetings | ",
            "Chinese Ambassador Pays Farewell Call | ",
            "Mongolian Ambassador Visits Art Gallery | ",
            "Lao Envoy Attends Opening Ceremony | ",
            // A person's name inside a unit's or places' names.
            "Soldiers of the Guards Ryu Chang Dok 25th Tank Regiment trained. | ",
            "Farmers of the Han Bong Sik and Ko Ryong Nam counties harvested rice. | ",
            // A place named like a person, in a list of places.
            "Tourists went to Mt. Pongrae, Sindok, Kim Song and Ryonhwa last summer. | ",
            "Rain fell in Pyoksong County, Kang Won, Unsan and Tongdok. | ",
            "Rice was transplanted in Hwapyong, Choe Mun and Sinwon counties. | ",
            "Rice was transplanted in Hwapyong, Choe Mun, and Sinwon districts. | ",
            // Not a list of places: persons in a list stay, even next to a place.
            "Ri Sang Gol, Jon Myong Hui and Kang Thae Sop of Sinwon County spoke. | Ri Sang Gol;Jon Myong Hui;Kang Thae Sop",
            "The chairman of Hwapyong County, Kang Thae Sop, and Ri Sang Gol attended. | Kang Thae Sop;Ri Sang Gol",
            "The chairman of Hwapyong County, Kang Chol, spoke. | Kang Chol",
            "Kang Chol, Mt. Pongrae guide, spoke. | Kang Chol",
            // A place ending a phrase of "in" or "at", then a name with an apposition or a verb: the person, not a list member.
            "The manager of the Sokhwa Co. in Hwapyong County, Kang Chol, manager of the Tonghung Co., sent a basket. | Kang Chol",
            "At the farm in Hwapyong County, Kang Chol said the crop was good. | Kang Chol",
            "Rain fell in Hwapyong County, Kang Won and Sinwon. | ",
            // Two full names joined by a hyphen split there, not into "A B C D".
            "The Pak Yong Chol-Choe Hyon Su Fund donated books. | Pak Yong Chol;Choe Hyon Su",
            "The Pak Yong Chol - Choe Hyon Su Fund donated books. | Pak Yong Chol;Choe Hyon Su",
            // A foundation named after two persons hyphenated is an institution, as a university named after one is.
            "Han Bong Sik, director of the Ryu Chang Dok-Ko Ryong Nam Foundation, spoke. | Han Bong Sik",
            "Han Bong Sik, director of the Ryu Chang Dok Foundation, spoke. | Han Bong Sik",
            // Real persons stay.
            "Russian Defence Minister Arkady Belogorov met the delegation. | Arkady Belogorov",
            "Vietnamese Ambassador Tran Van Lam attended. | Tran Van Lam",
            "Ryu Chang Dok, Han Bong Sik and Ko Ryong Nam attended the meeting. | Ryu Chang Dok;Han Bong Sik;Ko Ryong Nam",
            "Han Bong Sik, a graduate of Kim Chaek University of Technology, spoke. | Han Bong Sik",
            "Vietnamese President Ba Lam received the envoy. | Ba Lam",
            "Lao Envoy Sends Large Floral Basket | ",
            "Han Bong Sik Visits Ryu Chang Dok University | Han Bong Sik",
            "Han Bong Sik Tours Kwangmyong Textile Mill Institute | Han Bong Sik",
            "Nicaraguan President Marcos Sands received the envoy. | Marcos Sands",
    })
    void onlyPersonsRemain(String text, String expected) {
        List<String> wanted = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(wanted, names(text), text);
    }

    @Test
    void koreanShapeIsSurnameAndSyllables() {
        assertTrue(NameMentionFilter.koreanShaped("Ryu Chang Dok"));
        assertTrue(NameMentionFilter.koreanShaped("Han Bong-sik"));
        assertFalse(NameMentionFilter.koreanShaped("Arkady Belogorov"));
        assertFalse(NameMentionFilter.koreanShaped("Bounma Phetsavong"));
    }
}
