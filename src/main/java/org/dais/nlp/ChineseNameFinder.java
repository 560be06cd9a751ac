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
            "Kong", "Xiang", "Chang", "Qi", "Niu", "Yue", "Geng", "Lai", "Mu", "Zuo", "Ji", "Bao", "Hong", "Shu", "Ni", "Qiao", "Ou", "Tong",
            // the next most frequent, some spelled as Korean surnames are ("An", "Kang"): a glued pinyin given name tells them apart
            "An", "Kang", "Yi", "Xi", "Wen", "Ge", "Qu", "Lan", "Miao", "Fei", "Zhan", "Bi", "Nie", "Ruan", "Lou", "Ai", "Sang", "Ling");
    /**
     * Office words that open an apposition after a name ("A Bcd, general manager of ..."): a rarer surname than the list's, but
     * a pinyin syllable, and a glued pinyin given name before one of them make a Chinese name too.
     */
    private static final Set<String> APPOSITION_OFFICES = Set.of("honorary", "general", "managing", "chairman", "chairwoman", "chairperson",
            "vice-chairman", "director", "president", "vice-president", "member", "secretary", "head", "representative", "manager",
            "deputy", "executive", "minister", "vice-minister", "ambassador", "professor", "editor", "chief", "consul", "counsellor", "mayor", "governor");

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

    /** A common Chinese surname and a given name of pinyin syllables, one word or one syllable: "Li Wenqiang", "Wang Yi". */
    public static boolean isChineseShaped(String name) {
        String[] words = name.split(" ");
        if (words.length != 2 || !SURNAMES.contains(words[0])) return false;
        String given = words[1].toLowerCase(Locale.ROOT);
        return SYLLABLES.contains(given) || isPinyinGivenName(given);
    }

    @Override
    public Span[] find(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.length; i++) {
            String given = tokens[i + 1];
            if (given.length() < 4 || !Character.isUpperCase(given.charAt(0))) continue;
            if (!SURNAMES.contains(tokens[i]) && !rareSurnameBeforeOffice(tokens, i)) continue;
            if (!isPinyinGivenName(given.toLowerCase(Locale.ROOT))) continue;
            // A capitalised word after it goes on a longer name ("Li Changsha Trading Co."); a Korean surname or syllable
            // before it makes it part of a Korean name ("Yun Sun ...").
            if (i + 2 < tokens.length && Character.isUpperCase(tokens[i + 2].charAt(0))) continue;
            if (i > 0 && (KoreanNameFinder.isSurname(tokens[i - 1]) || SURNAMES.contains(tokens[i - 1]))) continue;
            spans.add(new Span(i, i + 2, TYPE));
            i++;
        }
        if (!spans.isEmpty()) oneSyllableNamesListed(tokens, spans);
        return Spans.toArray(spans);
    }

    /** "Sai Tiejun, honorary vice-chairman of ...": a capitalised pinyin syllable before a glued given name and an office. */
    private static boolean rareSurnameBeforeOffice(String[] tokens, int i) {
        String surname = tokens[i];
        if (surname.length() < 2 || !Character.isUpperCase(surname.charAt(0)) || !SYLLABLES.contains(surname.toLowerCase(Locale.ROOT))) return false;
        return i + 3 < tokens.length && tokens[i + 2].equals(",") && APPOSITION_OFFICES.contains(tokens[i + 3]);
    }

    /**
     * "members Lin Gennan, Cui Yan, Cui Tongjun and Wang Shuli": a given name of one syllable is no evidence alone ("Wang Yi"
     * may be a Korean's or a word's), but in a list beside a Chinese name read above it is one more. Only a surname that is no
     * Korean one: a Korean surname and one syllable is the Korean finder's to read. Repeated, so that a run of such names is read.
     */
    private static void oneSyllableNamesListed(String[] tokens, List<Span> spans) {
        for (boolean added = true; added; ) {
            added = false;
            for (int i = 0; i + 1 < tokens.length; i++) {
                String given = tokens[i + 1];
                if (!SURNAMES.contains(tokens[i]) || KoreanNameFinder.isSurname(tokens[i]) || given.length() < 2
                        || !Character.isUpperCase(given.charAt(0)) || !SYLLABLES.contains(given.toLowerCase(Locale.ROOT))) continue;
                if (i + 2 < tokens.length && Character.isUpperCase(tokens[i + 2].charAt(0))) continue;
                Span span = new Span(i, i + 2, TYPE);
                if (Spans.intersectsAny(spans, span)) continue;
                boolean afterListed = i >= 2 && isSeparator(tokens[i - 1]) && endsSpan(spans, i - 1);
                boolean beforeListed = i + 3 < tokens.length && isSeparator(tokens[i + 2]) && startsSpan(spans, i + 3);
                if (!afterListed && !beforeListed) continue;
                spans.add(span);
                added = true;
            }
        }
        spans.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    }

    private static boolean isSeparator(String token) {
        return token.equals(",") || token.equals("and");
    }

    private static boolean endsSpan(List<Span> spans, int end) {
        for (Span s : spans) if (s.getEnd() == end) return true;
        return false;
    }

    private static boolean startsSpan(List<Span> spans, int start) {
        for (Span s : spans) if (s.getStart() == start) return true;
        return false;
    }

    @Override
    public void clearAdaptiveData() {
        // Pattern finder: nothing is learned across documents.
    }
}
