package org.dais.extract;

import java.util.regex.Pattern;

/**
 * Whether an article is a press review or news digest: a list of items each summing up another
 * article ("Following are major news items and articles in leading newspapers ..."). Its items
 * name meetings and occasions that their own articles report; read as this article's, they would
 * be undated copies that never merge with the report. One definition for every rule family.
 */
final class PressReview {
    /** The whole headline names the genre: "Press Review", "Review of X Sinmun", "News Digest", "Today's Headlines". */
    private static final Pattern HEADLINE = Pattern.compile(
            "(?i)^\\W*(?:(?:press|news(?:paper)?s?)\\s+(?:review|digest|round-?up|highlights)"
            + "|review\\s+of\\s+(?:the\\s+)?[\\w\\s'’]{0,40}?(?:sinmun|newspapers?|press|papers|dailies)"
            + "|(?:today'?s\\s+|major\\s+|main\\s+)?(?:news\\s+)?headlines|major\\s+news(?:\\s+items)?)\\W*$");
    /**
     * Its opening, after the dateline: "Following are the main items ...", "The following are major news items of ...".
     * Items and articles must be the press's ("... in leading newspapers", "... carried by Rodong Sinmun"): "Following
     * are the main articles of the law" opens no review. A sentence further in ("He said that the following ...") is none.
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)(?:^|\\n|--)\\s*(?:the\\s+)?following\\s+(?:are|is)\\s+(?:a\\s+(?:summary|digest|review)\\s+of\\s+)?(?:the\\s+)?"
            + "(?:(?:major|main|important|leading|key|latest|top)\\s+)*"
            + "(?:news(?:\\s+items|\\s+stories)?|headlines"
            + "|(?:items|articles|stories)(?:\\s+and\\s+(?:articles|items|commentaries))?\\s+(?:carried\\s+|run\\s+|published\\s+)?(?:in|of|by)\\s+[^.\\n]{0,60}?"
            + "(?:newspapers?|sinmun|press|papers|dailies|daily))\\b");
    /** How far into the text the opening is looked for: the headline, the dateline and the first words after it. */
    private static final int OPENING_REACH = 400;

    private PressReview() {}

    /** Whether the article is a press review: its headline says so, or its opening lists the news items that follow. */
    static boolean is(String text, String headline) {
        if (headline != null && HEADLINE.matcher(headline.strip()).matches()) return true;
        return OPENING.matcher(text).region(0, Math.min(text.length(), OPENING_REACH)).find();
    }
}
