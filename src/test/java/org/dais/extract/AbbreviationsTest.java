package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Abbreviations spelled out by the article (invented bodies), and those it does not spell out. */
class AbbreviationsTest {
    @Test
    void anAbbreviationIsThePhraseOfItsInitials() {
        String text = "Members of the General Union of Textile Workers of Korea met. The GUTWK adopted a resolution. "
                + "The Korean Coastal Rescue Forces were praised; the KCRF thanked them.";
        Map<String, String> found = Abbreviations.spelledOut(text);
        assertEquals("General Union of Textile Workers of Korea", found.get("GUTWK"));
        assertEquals("Korean Coastal Rescue Forces", found.get("KCRF"));
        assertEquals("Chairman of the Korean Coastal Rescue Forces", Abbreviations.expand("Chairman of the KCRF", found));
        // Printed beside the name, the abbreviation is dropped rather than spelled out twice.
        assertEquals("General Union of Textile Workers of Korea", Abbreviations.expand("General Union of Textile Workers of Korea (GUTWK)", found));
    }

    @Test
    void anAbbreviationTheArticleDoesNotSpellOutStays() {
        String text = "The ABCD sent a message. Another Big Committee, Delegates agreed.";
        // "Another Big Committee, Delegates": a comma ends the phrase, so no spelling-out is found.
        assertFalse(Abbreviations.spelledOut(text).containsKey("ABCD"));
        assertEquals("Presidium of the ABCD", Abbreviations.expand("Presidium of the ABCD", Abbreviations.spelledOut(text)));
    }

    /** Abbreviations are found where the pattern's scan at every character found them (random invented texts). */
    @Test
    void abbreviationsAreFoundAsByAScanAtEveryCharacter() {
        java.util.regex.Pattern scan = java.util.regex.Pattern.compile("(?=[A-Z])\\b[A-Z]{3,7}\\b");
        String[] pieces = {"KCRF", "ABCDEFGH", "AB", "GUTWK", "DPRK", "Korean", "x", "_", "3", "\u00c9", "-", ",", " ", "(", ")", "’s", "KCRFs", "\u0301"};
        java.util.Random random = new java.util.Random(15);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            java.util.List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = scan.matcher(text);
            while (m.find()) if (!java.util.Set.of("WPK", "DPRK", "KPA", "SPA", "CMC", "KCNA", "SAC", "USA", "UN", "DMZ").contains(m.group())
                    && !expected.contains(m.group())) expected.add(m.group());
            assertEquals(expected, Abbreviations.abbreviationsIn(text), "'" + text + "'");
        }
    }
}
