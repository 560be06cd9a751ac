package org.dais.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds Chinese persons written in pinyin, surname first and the given name in one word ("Lin Gennan", "Cui Tongjun"), as
 * state media print the donors of floral baskets, managers of trading companies and members of foundations, often in a
 * list with no country word near ("from A B, honorary director of the X Foundation, and C D, E F and G H, members of
 * the foundation"). Generic knowledge, as the Korean finder's syllables are: the common Chinese surnames and the
 * syllables of pinyin. The given name must be two or three syllables written as one word, which no Korean name of this
 * romanization is (its syllables stand apart: "Yun Sun Gol") and few English words are; a single-syllable given name
 * ("Wang Yi") is left to the finders that read an office or a country.
 */
public final class ChineseNameFinder implements TokenNameFinder {
    public static final String TYPE = "person";

    /** The common Chinese surnames in pinyin (the hundred or so most frequent). */
    private static final Set<String> SURNAMES = Set.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
            "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao",
            "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren",
            "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin",
            "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Long", "Tao", "Gu", "Mao", "Hao", "Gong", "Shao", "Wan", "Qian", "Dai", "Mo",
            "Kong", "Xiang", "Chang", "Qi", "Niu", "Yue", "Geng", "Lai", "Mu", "Zuo", "Ji", "Bao", "Hong", "Shu", "Ni", "Qiao", "Ou", "Tong");

    /** The syllables of pinyin without tones, each initial with the finals it takes (a few rare ones more do no harm). */
    private static final Set<String> SYLLABLES = syllables();

    private static Set<String> syllables() {
        String[][] table = {
                {"b p m", "a o ai ei ao an en ang eng i ie iao ian in ing u"},
                {"f", "a o ei ou an en ang eng u"},
                {"d t n l", "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo ui uan un v ve ue"},
                {"g k h", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
                {"j q x", "i ia ie iao iu ian in iang ing iong u ue uan un"},
                {"zh ch sh r z c s", "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"},
                {"y", "a e i o u ao ou an en ang in ing ong ue uan un"},
                {"w", "a o u ai ei an en ang eng"},
                {"", "a o e ai ei ao ou an en ang eng er"}};
        Set<String> all = new HashSet<>();
        for (String[] row : table) {
            for (String initial : row[0].isEmpty() ? new String[] {""} : row[0].split(" ")) {
                for (String fin : row[1].split(" ")) all.add(initial + fin);
            }
        }
        return Set.copyOf(all);
    }

    /** Whether {@code word} (lower case) is two or three pinyin syllables in a row. */
    static boolean isPinyinGivenName(String word) {
        return syllablesFrom(word, 0) >= 2;
    }

    /** How many syllables {@code word} splits into from {@code at} (longest syllables first), up to three; -1 if it does not. */
    private static int syllablesFrom(String word, int at) {
        if (at == word.length()) return 0;
        for (int len = Math.min(6, word.length() - at); len >= 1; len--) {
            if (!SYLLABLES.contains(word.substring(at, at + len))) continue;
            int rest = syllablesFrom(word, at + len);
            if (rest >= 0 && rest < 3) return rest + 1;
        }
        return -1;
    }

    @Override
    public Span[] find(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            String given = tokens[i + 1];
            if (!SURNAMES.contains(tokens[i]) || given.length() < 4 || !Character.isUpperCase(given.charAt(0))) continue;
            if (!isPinyinGivenName(given.toLowerCase(Locale.ROOT))) continue;
            // A capitalised word after it goes on a longer name ("Li Changsha Trading Co."); a Korean surname or syllable
            // before it makes it part of a Korean name ("Yun Sun ...").
            if (i + 2 < tokens.length && Character.isUpperCase(tokens[i + 2].charAt(0))) continue;
            if (i > 0 && (KoreanNameFinder.isSurname(tokens[i - 1]) || SURNAMES.contains(tokens[i - 1]))) continue;
            spans.add(new Span(i, i + 2, TYPE));
            i++;
        }
        return Spans.toArray(spans);
    }

    @Override
    public void clearAdaptiveData() {
        // Pattern finder: nothing is learned across documents.
    }
}
