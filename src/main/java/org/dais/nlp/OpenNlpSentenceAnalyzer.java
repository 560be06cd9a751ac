package org.dais.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * Sentences with OpenNLP's UD-EWT model, tokens by rule ({@link RuleTokenizer}: cut where the
 * statistical {@code TokenizerME} cuts this genre, tens of times faster; TokenizerME was half of
 * extraction time on real text). Canonical facts of the seeds, dev, dev2 and dev-activities sets
 * are identical with either; on the unseen 2024 archive 20 of 3,350 fact lines differ, mostly
 * foreign names now whole (OpenNLP's SimpleTokenizer, which splits at apostrophes and hyphens,
 * lost foreign names and states there and was not taken). Pages are hard-wrapped and carry headline
 * lines without final punctuation, so the text is first cut into blocks: a line ends a block
 * when it ends a sentence or is short (a headline); a long line without final punctuation runs
 * on into the next. Not thread-safe ({@code SentenceDetectorME} is not): one instance per thread.
 */
public final class OpenNlpSentenceAnalyzer implements SentenceAnalyzer {
    // Compiled once: these run for every sentence of every document.
    static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile("(?s).*[.!?:\"\u201D\u2019)]|.*-0-");
    static final java.util.regex.Pattern ENDS_WITH_FUNCTION_WORD = java.util.regex.Pattern.compile("(?is).*\\b(?:of|and|for|the|in|to|at|on|by|with|a|an)$");

    static final Pattern LINE = Pattern.compile("[^\\n]*(?:\\n|$)");
    private static final int HEADLINE_MAX = 160;

    private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
    private final Tokenizer tokenizer = RuleTokenizer.INSTANCE;

    @Override
    public List<Sentence> analyze(String documentText, int bodyStart, int bodyEnd) {
        String clean = blankMarkup(documentText);
        List<Sentence> result = new ArrayList<>();
        // A block at a time, and a sentence's tokens, in methods of their own: this loop runs once per document,
        // and compiled on stack (OSR) with all of it inlined it was among the largest C2 units, compiled twice
        // (JFR of a build of seeds x 200). Apart, each is an ordinary compile of its own, the loop a small one.
        for (int[] block : blocks(clean, bodyStart, bodyEnd)) block(clean, block, result);
        return result;
    }

    /** The sentences of one block of {@code clean}, added to {@code result}. */
    private void block(String clean, int[] block, List<Sentence> result) {
        String blockText = clean.substring(block[0], block[1]).replace('\n', ' ');
        for (Span detected : joinedAtAbbreviations(blockText, sentences.sentPosDetect(blockText))) {
            for (Span s : capped(blockText, detected)) {
                int start = block[0] + s.getStart(), end = block[0] + s.getEnd();
                String text = blockText.substring(s.getStart(), s.getEnd());
                if (text.isBlank()) continue;
                result.add(new Sentence(result.size(), start, end, text, tokens(text, start)));
            }
        }
    }

    /** The tokens of a sentence's {@code text}, which starts at {@code start} of the document. */
    private List<Token> tokens(String text, int start) {
        List<Token> tokens = new ArrayList<>();
        for (Span t : tokenizer.tokenizePos(text)) {
            tokens.add(new Token(text.substring(t.getStart(), t.getEnd()), start + t.getStart(), start + t.getEnd()));
        }
        return tokens;
    }

    /**
     * Ranks and honorifics written with a stop before a name ("Col. General A B", "Lt. Gen. A",
     * "Dr. A", and "Mt. A" before a mountain's name): the statistical model ends a sentence at some of them, and the name after it is then
     * cut off the verb it belongs to ("He received a salute from Col. | General A B, president of
     * ..."). A sentence ending in one of these, before a capital, runs on into the next.
     */
    static final Pattern ABBREVIATION_BEFORE_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:Col|Lt|Gen|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Adm|Brig|Cmdr|Cdr|Comdr|Lieut|Dr|Mr|Mrs|Ms|Prof|Amb|Gov|Sen|Rep|Hon|Rev|Mt)\\.$");

    static Span[] joinedAtAbbreviations(String text, Span[] detected) {
        List<Span> joined = new ArrayList<>();
        for (Span s : detected) {
            if (!joined.isEmpty()) {
                Span previous = joined.get(joined.size() - 1);
                String before = text.substring(previous.getStart(), previous.getEnd());
                char first = text.charAt(s.getStart());
                if (Character.isUpperCase(first) && (endsWithAbbreviationBeforeName(before) || endsWithInitial(before))
                        || continuesAfterStop(before, first)
                        || Character.isDigit(first) && (endsWithNumberSign(before) || endsWithAbbreviatedMonth(before))) {
                    joined.set(joined.size() - 1, new Span(previous.getStart(), s.getEnd()));
                    continue;
                }
            }
            joined.add(s);
        }
        return Spans.toArray(joined);
    }

    /**
     * Initials written in full before a surname ("from A. Petrov, president", "Prime Minister A. B. Grey"): the model ends
     * a sentence after some of them, and the surname then starts the next one, cut off its initials and its verb. A text
     * ending in a capital letter and a stop, the letter after no other letter, is an initial, except in the dotted
     * abbreviations of states and bodies that do end sentences ("the U.S.", "the U.N.").
     */
    static boolean endsWithInitial(String text) {
        int stop = text.length() - 1;
        if (stop < 1 || text.charAt(stop) != '.' || !isAsciiUpper(text.charAt(stop - 1))) return false;
        if (stop >= 2 && Character.isLetter(text.charAt(stop - 2))) return false;
        for (String abbreviation : DOTTED_ABBREVIATIONS) {
            int at = text.length() - abbreviation.length();
            if (at >= 0 && text.startsWith(abbreviation, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) return false;
        }
        return true;
    }

    /** Dotted abbreviations that stand for a state or body, not a person's initials: a sentence may end in them. */
    private static final String[] DOTTED_ABBREVIATIONS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "C.C.", "U.S.A.", "R.O.K."};

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * "X Trading Co. Ltd. | of China, and B, manager of ...": a stop followed by a lower-case word or a comma ends no sentence of
     * edited wire copy (the model cuts after abbreviations it does not know, "Co.", "Ltd.", and the rest is cut off its name).
     * Nor does a quoted exclamation or question before a lower-case word: "a rally under the slogan \"X!\" | was held on
     * May 3" is one sentence, its verb and day after the slogan.
     */
    static boolean continuesAfterStop(String before, char first) {
        boolean lowerCase = first >= 'a' && first <= 'z';
        return before.endsWith(".") && (first == ',' || first == ';' || lowerCase) || lowerCase && endsWithQuotedExclamation(before);
    }

    /** The text ends with "!" or "?" and the quote that closes it: "... titled \"Forward!\"". */
    private static boolean endsWithQuotedExclamation(String text) {
        int quote = text.length() - 1;
        if (quote < 1) return false;
        char close = text.charAt(quote), mark = text.charAt(quote - 1);
        return (close == '"' || close == '\u201D' || close == '\u2019' || close == '\'') && (mark == '!' || mark == '?');
    }

    /** "the X Power Station No. 3", "KPA Unit No. 7": "No." before a number ends no sentence. */
    static boolean endsWithNumberSign(String text) {
        int at = text.length() - 3;
        return at >= 0 && text.startsWith("No.", at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)));
    }

    private static final String[] MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};

    /**
     * "held on Feb. | 15 to mark X": an abbreviated month before a day ends no sentence (the model cuts some of them,
     * and the meeting's purpose after the day is then cut off its name).
     */
    static boolean endsWithAbbreviatedMonth(String text) {
        int stop = text.length() - 1;
        if (stop < 0 || text.charAt(stop) != '.') return false;
        for (String month : MONTH_ABBREVIATIONS) {
            int at = stop - month.length();
            if (at >= 0 && text.startsWith(month, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) return true;
        }
        return false;
    }

    private static final String[] ABBREVIATIONS_BEFORE_NAME = {"Col", "Lt", "Gen", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig",
            "Cmdr", "Cdr", "Comdr", "Lieut", "Dr", "Mr", "Mrs", "Ms", "Prof", "Amb", "Gov", "Sen", "Rep", "Hon", "Rev", "Mt"};

    /**
     * What {@code ABBREVIATION_BEFORE_NAME.matcher(text).find()} says, without trying its lookbehind at every
     * character of the sentence: the text ends with a full stop after one of the words, with no letter before the
     * word. A text ending otherwise (a line terminator, which the pattern's {@code $} may stand before) or with a
     * character beyond ASCII before the word is left to the pattern.
     */
    static boolean endsWithAbbreviationBeforeName(String text) {
        int stop = text.length() - 1;
        if (stop < 0) return false;
        if (text.charAt(stop) != '.') {
            char last = text.charAt(stop);
            return (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029')
                    && ABBREVIATION_BEFORE_NAME.matcher(text).find();
        }
        for (String word : ABBREVIATIONS_BEFORE_NAME) {
            int at = stop - word.length();
            if (at < 0 || !text.startsWith(word, at)) continue;
            if (at == 0) return true;
            char before = text.charAt(at - 1);
            if (before >= 128) return ABBREVIATION_BEFORE_NAME.matcher(text).find();
            if (!(before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z')) return true;
        }
        return false;
    }

    /**
     * What {@link #ENDS_SENTENCE} matches, without its backtracking over the whole line: the line's last
     * character is a final stop, mark, colon, quote or bracket, or it ends with the sign-off "-0-".
     */
    static boolean endsSentence(String text) {
        if (text.isEmpty()) return false;
        switch (text.charAt(text.length() - 1)) {
            case '.', '!', '?', ':', '"', '\u201D', '\u2019', ')': return true;
            default: return text.endsWith("-0-");
        }
    }

    /**
     * No sentence of this genre runs past a few thousand characters (the longest are ranked lists
     * of names); a text without full stops is cut at whitespace into pieces of at most this many,
     * so one malformed page cannot make the extractor's work grow without bound.
     */
    static final int MAX_SENTENCE = 8_000;

    static List<Span> capped(String text, Span sentence) {
        if (sentence.length() <= MAX_SENTENCE) return List.of(sentence);
        List<Span> pieces = new ArrayList<>();
        int start = sentence.getStart();
        while (sentence.getEnd() - start > MAX_SENTENCE) {
            int cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
            if (cut <= start) cut = start + MAX_SENTENCE;
            pieces.add(new Span(start, cut));
            start = cut;
        }
        pieces.add(new Span(start, sentence.getEnd()));
        return pieces;
    }

    /** Markdown emphasis/heading markers and line breaks become spaces: same length, same offsets. */
    static String blankMarkup(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '*' || c == '#' || c == '\r' || c == '\t' || c == '\u00A0') chars[i] = ' ';
        }
        return new String(chars);
    }

    /**
     * The lines of clean[from, to) that are not blank, each with its '\\n', as repeated {@code find()} of
     * {@link #LINE} in that region gives them (the greedy {@code [^\\n]*} runs to a '\\n' or the region's end):
     * found with indexOf, where the matcher stepped through every character of the article.
     */
    static List<int[]> lines(String clean, int from, int to) {
        List<int[]> lines = new ArrayList<>();
        for (int start = from; ; ) {
            int newline = clean.indexOf('\n', start);
            int end = newline >= 0 && newline < to ? newline + 1 : to;
            if (!blank(clean, start, end)) lines.add(new int[] {start, end});
            if (end >= to || end == start) return lines;
            start = end;
        }
    }

    /** {@code substring(start, end).isBlank()} without the copy (no whitespace lies outside the BMP). */
    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }

    static List<int[]> blocks(String clean, int from, int to) {
        List<int[]> lines = lines(clean, from, to);
        List<int[]> blocks = new ArrayList<>();
        int blockStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            int[] line = lines.get(i);
            String text = clean.substring(line[0], line[1]).strip();
            if (blockStart < 0) blockStart = line[0];
            boolean endsSentence = endsSentence(text);
            boolean last = i == lines.size() - 1;
            // A short line before a capitalised one is a headline or byline, not a wrapped sentence.
            boolean headline = text.length() <= HEADLINE_MAX && !last && startsUpper(clean, lines.get(i + 1)[0])
                    && !endsWithFunctionWord(text);
            if (endsSentence || headline || last) {
                blocks.add(new int[] {blockStart, Math.min(line[1], to)});
                blockStart = -1;
            }
        }
        return blocks;
    }

    private static final String[] FUNCTION_WORDS = {"of", "and", "for", "the", "in", "to", "at", "on", "by", "with", "a", "an"};

    /**
     * What {@link #ENDS_WITH_FUNCTION_WORD} matches, without its backtracking over the whole line: the line
     * ends with one of the words, ASCII case aside, and an ASCII non-word character or the line's start is
     * before it. A character beyond ASCII there is left to the pattern (its {@code \b} reads such characters
     * by rules of its own).
     */
    static boolean endsWithFunctionWord(String text) {
        for (String word : FUNCTION_WORDS) {
            int at = text.length() - word.length();
            if (at < 0 || !endsWithAsciiCaseAside(text, word)) continue;
            if (at == 0) return true;
            char before = text.charAt(at - 1);
            if (before >= 128) return ENDS_WITH_FUNCTION_WORD.matcher(text).matches();
            if (!(before == '_' || before >= '0' && before <= '9' || before >= 'a' && before <= 'z' || before >= 'A' && before <= 'Z')) return true;
        }
        return false;
    }

    private static boolean endsWithAsciiCaseAside(String text, String lowerWord) {
        int at = text.length() - lowerWord.length();
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = text.charAt(at + k);
            if (c >= 128 || Character.toLowerCase(c) != lowerWord.charAt(k)) return false;
        }
        return true;
    }

    private static boolean startsUpper(String clean, int from) {
        for (int i = from; i < clean.length(); i++) {
            char c = clean.charAt(i);
            if (Character.isWhitespace(c)) continue;
            return !Character.isLowerCase(c);
        }
        return true;
    }
}
