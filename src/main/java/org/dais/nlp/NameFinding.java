package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Pipeline stage 4: runs {@link TokenNameFinder}s over each sentence's tokens (Korean names, then
 * foreign persons); where two finders claim overlapping tokens, the first finder's name stands.
 */
public final class NameFinding {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s)$");

    private static final java.util.regex.Pattern JOINED_NAMES = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}{1,6})[-‐](\\p{Lu}\\p{Ll}{0,5})");
    private static final java.util.regex.Pattern HYPHEN_SYLLABLE = java.util.regex.Pattern.compile("[-‐]([\\p{L}'’]{1,7})(?![\\p{L}])");
    private static final java.util.regex.Pattern GLUED_FRONT = java.util.regex.Pattern.compile("^(.*?[^\\p{Lu}\\s])(\\p{Lu}\\p{Ll}+)$");
    /** A given-name syllable with the next word glued on: only words that follow a name in these reports. */
    private static final java.util.regex.Pattern GLUED_BACK = java.util.regex.Pattern.compile(
            "^(\\p{Lu}\\p{Ll}{0,5}?)(was|were|visited|made|arrived|at|and|who|personally|had|hosted|received|paid|expressed|sent|said|"
            + "reviewed|approved|went|gladly|affirmed|warmly|is|has|in|on|of|to|for|with|as|looked|inspected|oversaw|watched|enjoyed|"
            + "posed|called|noted|stressed|learned|set|gave|took|met|saw|also|again|himself|the|by|from|that|which|while|when|"
            + "appreciated|acknowledged|conferred|awarded|presided|guided|convened|delivered|spoke|listened|toured|walked|"
            + "climbed|drove|rode|boarded|left|returned|added|continued|indicated|instructed|praised|emphasized|underlined)$");
    private static final java.util.regex.Pattern FINAL_NAME = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{3,}\\.");
    private final List<TokenNameFinder> finders;

    public NameFinding(TokenNameFinder... finders) {
        this.finders = List.of(finders);
    }

    /** Every finder's spans over one sentence, in token order, none overlapping an earlier finder's. */
    private List<Span> spans(String[] words) {
        List<Span> spans = new ArrayList<>();
        for (TokenNameFinder finder : finders) {
            for (Span span : finder.find(words)) {
                if (spans.stream().noneMatch(s -> s.intersects(span))) spans.add(span);
            }
        }
        spans.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return spans;
    }

    /** Word {@code i} follows a Korean surname and at most one given-name syllable ("Kim Jong" before "Unwas"). */
    private static boolean inKoreanName(String[] words, int i) {
        if (KoreanNameFinder.isSurname(words[i - 1])) return true;
        return i > 1 && KoreanNameFinder.isSurname(words[i - 2]) && !words[i - 1].isEmpty()
                && Character.isUpperCase(words[i - 1].charAt(0)) && KoreanNameFinder.isSyllable(words[i - 1]);
    }

    /**
     * "... Chol-Choe ...": a tokenizer that keeps hyphenated words whole ("Vice-Premier") also keeps
     * two names joined by a hyphen as one token. A given-name syllable hyphenated to a capitalised
     * surname is split into its parts, so each name can be found (the filter decides which it joins).
     */
    private static List<Token> splitJoinedNames(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            java.util.regex.Matcher m = JOINED_NAMES.matcher(t.text());
            boolean split = m.matches() && KoreanNameFinder.isSurname(m.group(2))
                    && KoreanNameFinder.isSyllable(m.group(1).toLowerCase(java.util.Locale.ROOT));
            if (split && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (split) {
                int hyphen = t.start() + m.end(1);
                out.add(new Token(m.group(1), t.start(), hyphen));
                out.add(new Token(t.text().substring(m.end(1), m.start(2)), hyphen, t.start() + m.start(2)));
                out.add(new Token(m.group(2), t.start() + m.start(2), t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    public List<NameMention> find(String documentText, List<Sentence> sentences) {
        List<NameMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = splitJoinedNames(sentence.tokens());
            String[] words = new String[tokens.size()];
            int[] shift = new int[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                String word = tokens.get(i).text();
                // Scraped pages glue words to names ("ComradeKim", "--Kim"; "Unvisited" after "Kim Jong"):
                // the finders see the name's part of the token.
                java.util.regex.Matcher front = GLUED_FRONT.matcher(word);
                if (front.matches()) {
                    shift[i] = front.start(2);
                    word = front.group(2);
                }
                java.util.regex.Matcher back = GLUED_BACK.matcher(word);
                if (i > 0 && back.matches() && inKoreanName(words, i) && KoreanNameFinder.isSyllable(back.group(1))
                        && !KoreanNameFinder.isSyllable(word)) {
                    word = back.group(1);
                }
                // The tokenizer leaves a sentence's full stop on a name it does not know ("Gromtsev.").
                if (word.length() > 4 && word.endsWith(".") && FINAL_NAME.matcher(word).matches()) word = word.substring(0, word.length() - 1);
                words[i] = word;
            }
            for (Span span : NameMentionFilter.persons(words, spans(words))) {
                int first = span.getStart(), last = span.getEnd() - 1;
                int start = tokens.get(first).start() + shift[first];
                int end = tokens.get(last).start() + shift[last] + words[last].length();
                // A hyphenated given name the tokenizer split ("Chŏng" "-ŭn") belongs to the name.
                java.util.regex.Matcher tail = HYPHEN_SYLLABLE.matcher(documentText).region(end, documentText.length());
                if (tail.lookingAt() && KoreanNameFinder.isSyllable(tail.group(1))
                        && !NameMentionFilter.startsAnotherName(tail.group(1), span)) end = tail.end();
                String name = POSSESSIVE.matcher(WHITESPACE.matcher(documentText.substring(start, end)).replaceAll(" ")).replaceAll("").strip();
                if (name.endsWith("'s") || name.endsWith("’s")) end -= 2;
                // A page cut off mid-name ("... preserved by Kim Jo"): a surname and one syllable at the very end is no name.
                if (blankFrom(documentText, start + name.length()) && name.split(" ").length < 3) continue;
                mentions.add(new NameMention(name, start, start + name.length(), sentence.index()));
            }
        }
        return mentions;
    }

    /**
     * {@code text.substring(from).isBlank()} without the copy: it stops at the first character
     * that is not blank, where the copy cost the rest of the document for every name found
     * (quadratic on a long page full of names).
     */
    static boolean blankFrom(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }
}
