package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.dais.RandomTexts;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests run before a pattern skip it only where it cannot match: on random texts of the
 * words and characters each pattern reads, a text the test rejects never holds a match.
 */
class RegexGuardsTest {
    private static void neverSkipsAMatch(Pattern pattern, Predicate<String> guard, String[] pieces) {
        Random random = new Random(11);
        int matched = 0;
        for (int round = 0; round < 60_000; round++) {
            String text = RandomTexts.of(random, pieces, 10);
            boolean matches = pattern.matcher(text).find();
            if (matches) {
                matched++;
                assertTrue(guard.test(text), pattern + " matches, the guard skipped it: " + text);
            }
        }
        assertTrue(matched > 20, pattern + ": too few matching texts to say anything (" + matched + ")");
    }

    @Test
    void cutOffAndConnectorGuardsOfOrganizationNames() {
        String[] pieces = {" of", " of the", " the", " and", " for", " ", "\t", "\n", "Q", "Z", "Academy", "Chef", "Board", "Tor", "off",
                "'", "-", "x", "É", "q"};
        neverSkipsAMatch(OrganizationMentions.CUT_OFF, OrganizationMentions::mayBeCutOff, pieces);
        neverSkipsAMatch(OrganizationMentions.DANGLING_CONNECTOR, OrganizationMentions::endsWithConnector, pieces);
        neverSkipsAMatch(OrganizationMentions.POSSESSIVE_END, OrganizationMentions::endsWithPossessive,
                new String[] {"'s", "’s", "'", "s", "Guild", " ", "\n", "\r\n", "\u2028", "x"});
        assertFalse(OrganizationMentions.mayBeCutOff("Council of the Riverside Growers"));
        assertFalse(OrganizationMentions.endsWithConnector("Guild of Lighthouse Keepers"));
    }

    @Test
    void rankAndBareHeadGuardsOfTitlesBeforeNames() {
        String[] pieces = {"Vice Marshal", "Marshal", "Colonel General", "General", "Rear Admiral", "Admiral", "Headmaster", "Director-General",
                "First Vice President", "Manager", "Secretary General", "Chief", "Rector", "Principal", "Deputy ", " ", ",", "(", "the ", "met "};
        neverSkipsAMatch(OfficeRules.PREFIX_RANK,
                before -> before.contains("Marshal") || before.contains("General") || before.contains("Admiral"), pieces);
        neverSkipsAMatch(OfficeRules.BARE_HEAD_BEFORE, OfficeRules::mayHoldBareHead, pieces);
        assertFalse(OfficeRules.mayHoldBareHead("the delegation led by "));
    }

    @Test
    void enlargedMeetingGuardOfMeetingNames() {
        String[] pieces = {"the ", "The ", "ENLARGED ", "Enlarged ", "expanded ", "Expanded", " meeting ", "Meeting ", "of ", "of the ", "OF ",
                "  ", "\t", "session ", "x"};
        neverSkipsAMatch(MeetingNames.ENLARGED_MEETING_OF,
                text -> text.toLowerCase(java.util.Locale.ROOT).contains("enlarged") || text.toLowerCase(java.util.Locale.ROOT).contains("expanded"), pieces);
    }
}
