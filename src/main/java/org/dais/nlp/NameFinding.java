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

    private static final java.util.regex.Pattern JOINED_NAMES = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}{1,6})[-‐](\\p{Lu}\\p{Ll}{0,5})");
    private static final java.util.regex.Pattern HYPHEN_SYLLABLE = java.util.regex.Pattern.compile("[-‐]([\\p{L}'’]{1,7})(?![\\p{L}])");
    private final List<TokenNameFinder> finders;

    public NameFinding(TokenNameFinder... finders) {
        this.finders = List.of(finders);
    }

    /** Every finder's spans over one sentence, in token order, none overlapping an earlier finder's. */
    private List<Span> spans(String[] words) {
        List<Span> spans = new ArrayList<>();
        for (TokenNameFinder finder : finders) {
            for (Span span : finder.find(words)) if (!Spans.intersectsAny(spans, span)) spans.add(span);
        }
        spans.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
        return spans;
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
            // Only a hyphenated token can be two joined names: the others skip the matcher.
            java.util.regex.Matcher m = t.text().indexOf('-') < 0 && t.text().indexOf('‐') < 0 ? null : JOINED_NAMES.matcher(t.text());
            boolean split = m != null && m.matches() && KoreanNameFinder.isSurname(m.group(2))
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

    /**
     * A surname and one syllable followed by a capitalised word that goes on the name: a syllable the
     * finder took for an English word before a comma ("Vice-Chairman So Chung On, Director ..."), or a
     * word that is neither English nor Korean ("Ho Chi Minh"). Cut there, the name was another person's.
     */
    static boolean continuesName(String[] words, int first, int last) {
        if (last != first + 1 || last + 1 >= words.length || !KoreanNameFinder.isSurname(words[first])) return false;
        String next = KoreanNameFinder.withoutPossessive(words[last + 1]);
        if (next.length() < 2 || !Character.isUpperCase(next.charAt(0)) || !lowerFrom(next, 1)) return false;
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        boolean endsThere = last + 2 >= words.length || !Character.isLetter(words[last + 2].charAt(0));
        if (KoreanNameFinder.isSyllable(lower)) return endsThere;
        return !GluedWordRepair.isListedWord(lower) && !GluedWordRepair.isListedWord(next) && !KoreanNameFinder.isSurname(next);
    }

    /** Whether every character of {@code s} from {@code from} on is lower case (a loop: a stream was a large unit to inline). */
    private static boolean lowerFrom(String s, int from) {
        // Over a copy of the characters: a charAt loop over a plain word deoptimized the unit it was inlined into (see GluedWordRepair.lowerFrom).
        char[] chars = s.toCharArray();
        for (int i = from; i < chars.length; i++) if (!Character.isLowerCase((int) chars[i])) return false;
        return true;
    }

    public List<NameMention> find(String documentText, List<Sentence> sentences) {
        List<NameMention> mentions = new ArrayList<>();
        List<List<Token>> sentenceTokens = new ArrayList<>();
        // A sentence at a time in a method of its own: this loop runs once per document, and compiled on stack
        // (OSR) with every sentence's work inlined it was the second largest C2 unit, compiled twice (JFR of a
        // build of seeds x 200). Apart, the sentence's work is one ordinary compile, the loop a small one.
        for (Sentence sentence : sentences) sentenceTokens.add(find(documentText, sentence, mentions));
        return againWithoutTitle(mentions, sentences, sentenceTokens);
    }

    /** The names of one sentence, added to {@code mentions}; returns its tokens, joined names split. */
    private List<Token> find(String documentText, Sentence sentence, List<NameMention> mentions) {
        List<Token> tokens = splitJoinedNames(sentence.tokens());
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            // Words a scraper glued to names ("ComradeKim", "Unwas") were split by GluedWordRepair before analysis.
            String word = tokens.get(i).text();
            // The tokenizer leaves a sentence's full stop on a name it does not know ("Gromtsev.").
            if (word.length() > 4 && word.endsWith(".") && isNameWithStop(word)) word = word.substring(0, word.length() - 1);
            words[i] = word;
        }
        for (Span span : NameMentionFilter.persons(words, spans(words))) {
            NameMention mention = mention(documentText, sentence, tokens, words, span);
            if (mention != null) mentions.add(mention);
        }
        return tokens;
    }

    /**
     * What {@code \p{Lu}\p{Ll}{3,}\.} matches: a capital, three lower-case letters or more, a full stop; read by
     * code points, in a loop run for the tokens ending in a stop (the regex's matcher was the larger unit).
     */
    static boolean isNameWithStop(String word) {
        int stop = word.length() - 1;
        if (stop < 0 || word.charAt(stop) != '.') return false;
        int i = 0, lower = 0;
        for (boolean capital = true; i < stop; capital = false) {
            int c = word.codePointAt(i);
            if (Character.getType(c) != (capital ? Character.UPPERCASE_LETTER : Character.LOWERCASE_LETTER)) return false;
            if (!capital) lower++;
            i += Character.charCount(c);
        }
        return i == stop && lower >= 3;
    }

    /** The mention a person's span makes, widened and trimmed as the text around it says; null for a name cut off. */
    private static NameMention mention(String documentText, Sentence sentence, List<Token> tokens, String[] words, Span span) {
        int first = span.getStart(), last = span.getEnd() - 1;
        if (continuesName(words, first, last)) last++;
        int start = tokens.get(first).start();
        int end = tokens.get(last).start() + words[last].length();
        // A hyphenated given name the tokenizer split ("Chŏng" "-ŭn") belongs to the name.
        java.util.regex.Matcher tail = HYPHEN_SYLLABLE.matcher(documentText).region(end, documentText.length());
        if (tail.lookingAt() && KoreanNameFinder.isSyllable(tail.group(1))
                && !NameMentionFilter.startsAnotherName(tail.group(1), span)) end = tail.end();
        String name = KoreanNameFinder.withoutPossessive(WHITESPACE.matcher(documentText.substring(start, end)).replaceAll(" ")).strip();
        if (name.endsWith("'s") || name.endsWith("’s")) end -= 2;
        // A page cut off mid-name ("... preserved by Kim Jo"): a surname and one syllable at the very end is no name.
        if (blankFrom(documentText, start + name.length()) && name.split(" ").length < 3) return null;
        return new NameMention(name, start, start + name.length(), sentence.index());
    }

    /**
     * A foreign person the article named once in a context the finder reads ("A B, president of X") and again bare
     * ("He and A B held talks", "A B said"): the later mentions are the same person. Korean names need no context to be
     * found; foreign ones of two words or more are looked for again, word for word, where no name was found.
     */
    private static List<NameMention> againWithoutTitle(List<NameMention> mentions, List<Sentence> sentences, List<List<Token>> sentenceTokens) {
        List<String[]> foreign = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NameMention m : mentions) {
            if (!NameMentionFilter.koreanShaped(m.name()) && m.name().indexOf(' ') > 0 && seen.add(m.name())) foreign.add(m.name().split(" "));
        }
        if (foreign.isEmpty()) return mentions;
        List<NameMention> all = new ArrayList<>(mentions);
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentenceTokens.get(si);
            for (int i = 0; i < tokens.size(); i++) {
                for (String[] name : foreign) {
                    if (!matchesAt(tokens, i, name)) continue;
                    Token lastWord = tokens.get(i + name.length - 1);
                    int start = tokens.get(i).start(), end = lastWord.start() + name[name.length - 1].length();
                    // The next word goes on a longer name: not this one's mention.
                    boolean longer = i + name.length < tokens.size() && Character.isUpperCase(tokens.get(i + name.length).text().charAt(0));
                    if (longer || overlapsAny(all, start, end)) continue;
                    all.add(new NameMention(String.join(" ", name), start, end, sentences.get(si).index()));
                }
            }
        }
        if (all.size() == mentions.size()) return mentions;
        all.sort(java.util.Comparator.comparingInt(NameMention::start));
        return all;
    }

    /** Whether a mention of {@code mentions} overlaps the characters from {@code start} to {@code end}. */
    private static boolean overlapsAny(List<NameMention> mentions, int start, int end) {
        for (int k = 0; k < mentions.size(); k++) if (mentions.get(k).start() < end && start < mentions.get(k).end()) return true;
        return false;
    }

    private static boolean matchesAt(List<Token> tokens, int at, String[] name) {
        if (at + name.length > tokens.size()) return false;
        for (int k = 0; k < name.length; k++) {
            String word = tokens.get(at + k).text();
            if (k == name.length - 1) word = KoreanNameFinder.withoutPossessive(word);
            if (!word.equals(name[k])) return false;
        }
        return true;
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
