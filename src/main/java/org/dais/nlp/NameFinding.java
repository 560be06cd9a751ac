package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/** Pipeline stage 4: runs a {@link TokenNameFinder} over each sentence's tokens. */
public final class NameFinding {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?:'s|’s)$");

    private static final java.util.regex.Pattern HYPHEN_SYLLABLE = java.util.regex.Pattern.compile("[-‐]([\\p{L}'’]{1,7})(?![\\p{L}])");
    private final TokenNameFinder finder;

    public NameFinding(TokenNameFinder finder) {
        this.finder = finder;
    }

    public List<NameMention> find(String documentText, List<Sentence> sentences) {
        List<NameMention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
            for (Span span : finder.find(words)) {
                int start = tokens.get(span.getStart()).start();
                int end = tokens.get(span.getEnd() - 1).end();
                // A leader's name glued to its neighbours ("byKim Jong Unwas") or punctuation ("--Kim"): the name only.
                java.util.regex.Matcher glued = KoreanNameFinder.GLUED_LEADER.matcher(documentText).region(start, end);
                if (glued.find() && (glued.start() > start || glued.end() < end)) {
                    start = glued.start();
                    end = glued.end();
                }
                while (start < end && !Character.isLetter(documentText.charAt(start))) start++;
                // A hyphenated given name the tokenizer split ("Chŏng" "-ŭn") belongs to the name.
                java.util.regex.Matcher tail = HYPHEN_SYLLABLE.matcher(documentText).region(end, documentText.length());
                if (tail.lookingAt() && KoreanNameFinder.isSyllable(tail.group(1))) end = tail.end();
                String name = POSSESSIVE.matcher(WHITESPACE.matcher(documentText.substring(start, end)).replaceAll(" ")).replaceAll("").strip();
                if (name.endsWith("'s") || name.endsWith("’s")) end -= 2;
                // A page cut off mid-name ("... preserved by Kim Jo"): a surname and one syllable at the very end is no name.
                if (documentText.substring(start + name.length()).isBlank() && name.split(" ").length < 3) continue;
                mentions.add(new NameMention(name, start, start + name.length(), sentence.index()));
            }
        }
        return mentions;
    }
}
