package org.dais.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Long regex alternations of words ("(?:Russian|Russia|China|...)") regrouped by their first
 * letter ("(?:R(?:ussian|ussia)|C(?:hina)|...)"), so that a scan tries one branch per initial
 * instead of every word at every capital. The regrouping matches the same strings with the same
 * preference: at any position only the words of that position's letter can match, and they keep
 * their order. Alternatives that do not open with a plain letter stay whole, after the grouped
 * ones, which is only done when they came last already (else the alternation is left as it is).
 */
public final class Alternations {
    private Alternations() {}

    public static String byInitial(String alternation) {
        if (!alternation.startsWith("(?:") || !alternation.endsWith(")")) return alternation;
        List<String> alternatives = topLevel(alternation.substring(3, alternation.length() - 1));
        if (alternatives == null) return alternation;
        Map<Character, List<String>> byLetter = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String a : alternatives) {
            boolean plainInitial = !a.isEmpty() && Character.isLetter(a.charAt(0))
                    && (a.length() == 1 || "?*+{".indexOf(a.charAt(1)) < 0);
            if (!plainInitial) {
                others.add(a);
                continue;
            }
            if (!others.isEmpty()) return alternation; // a lettered word after another form: its order would change
            byLetter.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a.substring(1));
        }
        StringBuilder out = new StringBuilder("(?:");
        for (Map.Entry<Character, List<String>> e : byLetter.entrySet()) {
            if (out.length() > 3) out.append('|');
            out.append(e.getKey()).append("(?:").append(String.join("|", e.getValue())).append(')');
        }
        for (String o : others) out.append(out.length() > 3 ? "|" : "").append(o);
        return out.append(')').toString();
    }

    /** The alternatives at the top level of {@code body}, or null if it cannot be split safely (unbalanced). */
    private static List<String> topLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0, from = 0;
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') { if (--depth < 0) return null; }
            else if (c == '|' && depth == 0) { parts.add(body.substring(from, i)); from = i + 1; }
        }
        if (depth != 0 || inClass) return null;
        parts.add(body.substring(from));
        return parts;
    }
}
