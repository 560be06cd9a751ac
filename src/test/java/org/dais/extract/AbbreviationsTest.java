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
}
