package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The name finder on names it has never seen (invented for this test, not in any article) and
 * on look-alikes that are not persons: precision and recall must both reach 0.95.
 */
class KoreanNameFinderTest {
    static final List<String> NAMES = List.of(
            "Ryu Chang Sok", "Hyon Tae Gwang", "Ma Won Chol", "Pyon Sung Il", "Kang Song Gun", "Cha Myong Ho", "Sok Un Jong",
            "Paek Hak Rim", "Ham Sung Dok", "Ri Kwang Son", "Ju Myong Sok", "Wi Song Ho", "No Jong Ae", "Kwak Chol Ung",
            "Tak Yong Ho", "Ok Hye Song", "Pang Chol Su", "Yun Ki Chol", "Jin Sok Hwan", "Hwang Pong Nam", "Myong Chun Sik",
            "Kye Sung Il", "Ryo Tong Hwan", "Ra Chang Bok", "Pyo Chol Gyu", "Choe Hyon Suk", "Pak Yong Sik", "Jon Kwang Ho",
            "Han Kum Nyo", "O Chol Min", "An Jong Su", "Yang Hyong Il", "Sin Tae Rok", "Ko Kil Son", "Mun Chol Ho", "Song Chun Sop",
            "Hong Sun Hui", "Kim Tae Hyok", "Ri Jong Gil", "Jang Kum Chol", "Ryom Chol Su", "Thae Song Chol", "Ho Kwang Il",
            "Jo Sung Gwon", "Kim Ok", "Ri Son", "Pak Chol", "Choe Hun", "Jong Kum Hui", "Kim Jong-il", "Ri Song-gwon",
            "Kim Chŏng-ŭn", "Ch'oe Yong-gŏn", "Pak Hŏn-yŏng", "Lee Chang Sok", "Choi Tae Bok", "Park Myong Sun", "Kim Yŏng-nam",
            "Yu Kyong Ae", "Rim Chol Ung", "Ju Song Nam", "Wang Chol Bok", "Ban Myong Sil", "U Kyong Nam", "Kuk Song Hwan",
            // rare surnames: the name is not cut to its given syllables
            "Tang Myong Chol", "Pom Sun Hwa", "Ka Chol Ung", "Yuk Kwang Nam", "Min Song Ae", "Mok Tae Sik", "Chup Il Bong",
            // an older woman's three-syllable given name ending in Nyo
            "Kang Sun Bok Nyo", "Pak Kum Nyo");

    static final List<String> NOT_NAMES = List.of(
            "Kim Il Sung University", "Kimilsungism", "Kimjongilism", "Party Central Committee", "On Monday", "In January",
            "Korean People's Army", "Democratic People's Republic of Korea", "Central Committee", "Kim Il Sung Square",
            "Kim Jong Il Prize", "Pyongyang", "Mansudae Assembly Hall", "General Secretary", "Premier", "Political Bureau",
            "State Affairs Commission", "Supreme People's Assembly", "Sinuiju", "Hamhung", "Kaesong Industrial Zone",
            "North Hamgyong Province", "The Cabinet", "Juche idea", "Songun politics", "Chollima", "Day of Sun", "Mt Paektu",
            "Taedong River", "Juche Tower", "Arch of Triumph", "Ryugyong Hotel", "May Day Stadium", "April 25 House of Culture",
            "Kim Chaek University of Technology", "Kim Il Sung Socialist Youth League", "Korean War", "United States", "South Korea",
            "Kim Jong Il Military University", "U.S. Embassy", "Wang Street");

    private final KoreanNameFinder finder = new KoreanNameFinder();

    private static String[] tokens(String sentence) {
        return sentence.replace(",", " ,").replace(".", " .").split("\\s+");
    }

    private List<String> find(String sentence) {
        String[] t = tokens(sentence);
        List<String> found = new ArrayList<>();
        for (Span s : finder.find(t)) {
            assertEquals(KoreanNameFinder.TYPE, s.getType());
            found.add(String.join(" ", java.util.Arrays.copyOfRange(t, s.getStart(), s.getEnd())));
        }
        return found;
    }

    @Test
    void rareSurnamesOfTheWholeInventoryOpenTheirNames() {
        // Each name whole, not its given syllables alone (nor the surname left out).
        for (String name : List.of("Ong Chol Min", "Yong Sun Hui", "Phyong Kwang Il", "Jom Song Nam", "Sagong Myong Ho", "Hae Kum Sil",
                "Kam Yong Jin", "Muk Chol Ho")) {
            assertEquals(List.of(name), find("The meeting was attended by " + name + " , member of the committee ."), name);
        }
        // "Yong" after a surname is a given syllable of that name, not a second name.
        assertEquals(List.of("Ri Yong Chol", "Kim Song Yong"), find("Ri Yong Chol and Kim Song Yong spoke ."));
    }

    @Test
    void precisionAndRecallOnUnseenNames() {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        for (String name : NAMES) {
            String written = name.replace("-", " - ");
            List<String> found = find("The meeting was attended by " + written + " , member of the committee .");
            Set<String> normal = new HashSet<>();
            for (String f : found) normal.add(f.replace(" - ", "-"));
            if (normal.contains(name) || normal.contains(name.replace("-", " "))) truePositives++;
            else {
                falseNegatives++;
                System.out.println("missed: " + name + " found " + found);
            }
            falsePositives += found.size() - (normal.contains(name) || normal.contains(name.replace("-", " ")) ? 1 : 0);
        }
        for (String thing : NOT_NAMES) {
            List<String> found = find("Officials visited " + thing + " on the occasion .");
            if (!found.isEmpty()) System.out.println("false alarm: " + thing + " -> " + found);
            falsePositives += found.size();
        }
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        System.out.printf("name finder on unseen names: precision %.3f, recall %.3f (%d names, %d look-alikes)%n",
                precision, recall, NAMES.size(), NOT_NAMES.size());
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    @Test
    void aThirdGivenSyllableOnlyWhenItIsTheFeminineEnding() {
        assertEquals(List.of("Kang Sun Bok Nyo"), find("A spread was sent to Kang Sun Bok Nyo , a centenarian ."));
        assertEquals(List.of("Pyon Chol Ho"), find("He met Pyon Chol Ho Su , an official ."));
        assertEquals(List.of("Tang Kyong Chol"), find("Tang Kyong Chol , director of a bureau , spoke ."));
    }

    @Test
    void returnsOpenNlpSpansOfTypePerson() {
        Span[] spans = finder.find(new String[] {"Premier", "Ryu", "Chang", "Sok", "spoke", "."});
        assertEquals(1, spans.length);
        assertEquals(new Span(1, 4, KoreanNameFinder.TYPE), spans[0]);
    }
}
