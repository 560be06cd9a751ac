package org.dais;

import java.util.Random;

/** Random texts for the tests that compare a hand-written scan with the pattern it replaced. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** Up to {@code parts - 1} pieces drawn at random, joined. */
    public static String of(Random random, String[] pieces, int parts) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(parts);
        for (int k = 0; k < n; k++) text.append(pieces[random.nextInt(pieces.length)]);
        return text.toString();
    }
}
