package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Chinese persons in pinyin, surname and a given name of two or three syllables in one word (all names invented). */
class ChineseNameFinderTest {
    private final ChineseNameFinder finder = new ChineseNameFinder();

    private List<String> names(String sentence) {
        String[] tokens = sentence.replaceAll("([,.;])", " $1").trim().split("\\s+");
        return Arrays.stream(finder.find(tokens)).map(s -> String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()))).toList();
    }

    @Test
    void aListOfDonorsWithNoCountryWord() {
        assertEquals(List.of("Zhou Haoran", "Liang Wenbo", "Tang Xiaoyu"),
                names("Floral baskets came from Zhou Haoran, honorary chairman of the Board of the Evergreen Foundation, and Liang Wenbo and Tang Xiaoyu, members of the foundation."));
        assertEquals(List.of("Meng Qingshan"), names("Meng Qingshan, general manager of the Sanhe Trade Co. Ltd., laid a basket."));
    }

    @Test
    void aKoreanNameAnEnglishPhraseAndALongerNameAreNone() {
        assertEquals(List.of(), names("Yun Sun Gol and Ma Chun Sik were present."), "Korean syllables stand apart");
        assertEquals(List.of(), names("They shouted Long Live the union."), "no pinyin");
        assertEquals(List.of(), names("He visited the Li Chengtai Trading Co. in the city."), "a company's name goes on");
        assertEquals(List.of(), names("Wang Yi spoke."), "one syllable: left to the office finders");
    }

    @Test
    void theGivenNameIsTwoOrThreeSyllables() {
        assertTrue(ChineseNameFinder.isPinyinGivenName("xiaoyu"));
        assertTrue(ChineseNameFinder.isPinyinGivenName("qingshan"));
        assertFalse(ChineseNameFinder.isPinyinGivenName("live"));
        assertFalse(ChineseNameFinder.isPinyinGivenName("nam"));
        assertFalse(ChineseNameFinder.isPinyinGivenName("university"));
    }

    @Test
    void aOneSyllableGivenNameInAListBesideAChineseName() {
        assertEquals(List.of("Gao Ming", "Feng Jiahui", "Su Lan", "Xu Tao"),
                names("Baskets came from its members Gao Ming, Feng Jiahui, Su Lan and Xu Tao on the day."));
        // Alone, or beside no Chinese name read, one syllable stays the office finders' to read.
        assertEquals(List.of(), names("Gao Ming and Su Lan sent a basket."));
    }

    @Test
    void aRarerSurnameBeforeAnOfficeAndASurnameKoreansShare() {
        assertEquals(List.of("Nao Jiangwei"), names("It came from Nao Jiangwei, honorary director of the Sunrise Foundation."));
        assertEquals(List.of(), names("It came from Nao Jiangwei and others."), "no office after it: no evidence");
        assertEquals(List.of("An Qiuping"), names("Present was An Qiuping, representative of the Harbor Trade Co. Ltd."));
        assertTrue(ChineseNameFinder.isChineseShaped("Gao Ming"));
        assertFalse(ChineseNameFinder.isChineseShaped("Vladimir Orlov"));
    }
}
