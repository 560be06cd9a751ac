package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A word alternation regrouped by initial matches what the list matched, with the same preference (fuzzed). */
class AlternationsTest {
    /** Invented word lists with the hard cases: a word that is the prefix of another before and after it, dots, spaces, a trailing form. */
    private static final List<String> LISTS = List.of(
            "(?:Ab|A|Abc|Ba|B\\.C\\.|Bad Ab|Ca's|C|(?:Ab|Ca) of [A-Z][a-z]+)",
            "(?:Zed|Zeb|Ze|Yo|Y|Zebra)");
    /** Wrappers as the finders use them: bare, with a following test, in a negative lookahead, in a capturing group. */
    private static final List<String> WRAPPERS = List.of("%s", "(?<![a-z])%s(?![a-z])", "(?!%s(?![a-z'-]))[A-Z][a-z]+", "(%s)( [a-z]+)?");

    @Test
    void regroupedListsMatchAsTheListsDid() {
        Random random = new Random(7);
        String alphabet = "ABCYZabcdeoz.' ";
        for (String list : LISTS) {
            String grouped = Alternations.byInitial(list);
            assertNotEquals(list, grouped, "regrouped: " + list);
            for (String wrapper : WRAPPERS) {
                Pattern before = Pattern.compile(String.format(wrapper, list)), after = Pattern.compile(String.format(wrapper, grouped));
                for (int n = 0; n < 20_000; n++) {
                    StringBuilder text = new StringBuilder();
                    for (int i = random.nextInt(24); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    assertEquals(matches(before, text.toString()), matches(after, text.toString()), wrapper + " / " + list + " on '" + text + "'");
                }
            }
        }
    }

    @Test
    void aLetteredWordAfterAnotherFormKeepsTheListAsItIs() {
        String list = "(?:Ab|(?:X|Y) of Z|Ac)";
        assertEquals(list, Alternations.byInitial(list));
    }

    private static String matches(Pattern p, String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) out.append('/').append(m.start(g)).append('-').append(m.end(g));
            out.append(' ');
        }
        return out.toString();
    }
}
