package org.dais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link LowerCase#of} gives what the JDK's lower case in the root locale gives, on ASCII and beyond it. */
class LowerCaseTest {
    @Test
    void agreesWithTheJdksLowerCase() {
        // ASCII letters at both ends of both cases, the characters next to them, Latin-1 and other capitals,
        // a dotted capital I whose lower case is longer, a Greek final sigma's capital, a surrogate pair.
        String alphabet = "AZaz@[`{ 1'-ÀÉßŎĞİΣ\uD835\uDC00ǅ";
        Random random = new Random(11);
        List<String> cases = new java.util.ArrayList<>(List.of("", "Ryom", "RYOM", "ryom", "Ch'oe", "Chŏng", "ÉCOLE", "İstanbul", "ΟΔΟΣ"));
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            cases.add(b.toString());
        }
        for (String s : cases) assertEquals(s.toLowerCase(Locale.ROOT), LowerCase.of(s), s);
    }
}
