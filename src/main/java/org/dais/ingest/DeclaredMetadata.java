package org.dais.ingest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The publication date and URL a document carries from outside its text: a file name that
 * starts with a date ({@code 2024-07-14_farm-visit.txt}), or a sidecar JSON object beside the
 * file ({@code farm-visit.txt.json} or {@code farm-visit.json}) with {@code date}/{@code url}.
 * The sidecar, written for the file, wins over the file name.
 */
public final class DeclaredMetadata {
    private DeclaredMetadata() {}

    /** What was declared; either part may be null. */
    public record Declared(LocalDate date, String url) {
        static final Declared NONE = new Declared(null, null);
    }

    private static final Pattern DATED_NAME = Pattern.compile("^((?:19|20)\\d\\d)[-_.]?(\\d\\d)[-_.]?(\\d\\d)(?![0-9])");

    /** Sidecars are small; a larger one is not a sidecar of dates and links. */
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    /** The date a file name starts with, or null. */
    public static LocalDate fromFileName(String fileName) {
        Matcher m = DATED_NAME.matcher(fileName);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null; // "2024-13-40_..." is a name, not a date
        }
    }

    /** The sidecar files that may describe {@code file}, most specific first. */
    static List<Path> sidecarsOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path withSuffix = file.resolveSibling(name + ".json");
        return dot > 0 ? List.of(withSuffix, file.resolveSibling(name.substring(0, dot) + ".json")) : List.of(withSuffix);
    }

    /**
     * Whether {@code file} is a sidecar of a file beside it (and so not an input of its own): a
     * {@code .json} whose name is another file's name plus {@code .json}, or an article's stem plus {@code .json}.
     */
    public static boolean isSidecar(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) return false;
        String stem = name.substring(0, name.length() - 5);
        if (stem.isEmpty()) return false;
        if (Files.isRegularFile(file.resolveSibling(stem))) return true;
        for (String ext : ARTICLE_EXTENSIONS) if (Files.isRegularFile(file.resolveSibling(stem + ext))) return true;
        return false;
    }

    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".md", ".html", ".htm", ".xhtml");

    /** The declared date and URL of a file on disk: its sidecar's, else its name's date. */
    public static Declared of(Path file) throws DocumentException {
        Declared declared = new Declared(fromFileName(file.getFileName().toString()), null);
        for (Path sidecar : sidecarsOf(file)) {
            if (!Files.isRegularFile(sidecar)) continue;
            Declared side = readSidecar(sidecar);
            return new Declared(side.date() != null ? side.date() : declared.date(), side.url());
        }
        return declared;
    }

    private static Declared readSidecar(Path sidecar) throws DocumentException {
        String json = new String(ReadFiles.bytes(sidecar, MAX_SIDECAR_BYTES), StandardCharsets.UTF_8);
        JsonElement root;
        try {
            root = JsonParser.parseReader(new StringReader(json.startsWith("\uFEFF") ? json.substring(1) : json));
        } catch (JsonParseException e) {
            throw new DocumentException(sidecar, "sidecar is not valid JSON: " + rootMessage(e));
        }
        if (!root.isJsonObject()) throw new DocumentException(sidecar, "sidecar is not a JSON object");
        JsonObject o = root.getAsJsonObject();
        String date = stringField(sidecar, o, "date", "published");
        String url = stringField(sidecar, o, "url", "link");
        LocalDate parsed = null;
        if (date != null) {
            parsed = parseDate(date);
            if (parsed == null) throw new DocumentException(sidecar, "sidecar date \"" + date + "\" is not a date (YYYY-MM-DD)");
        }
        return new Declared(parsed, url);
    }

    private static String stringField(Path sidecar, JsonObject o, String... names) throws DocumentException {
        for (String name : names) {
            JsonElement e = o.get(name);
            if (e == null || e.isJsonNull()) continue;
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw new DocumentException(sidecar, "sidecar field \"" + name + "\" is not a string");
            }
            String v = e.getAsString().strip();
            if (!v.isEmpty()) return v;
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static final Pattern ISO_PREFIX = Pattern.compile("^((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?:$|[T ]).*");
    private static final Pattern NUMERIC = Pattern.compile("^((?:19|20)\\d\\d)[./](\\d{1,2})[./](\\d{1,2})\\.?$");
    private static final List<DateTimeFormatter> WORDED = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    /**
     * A declared date as archives write it: {@code 2024-07-14}, an ISO date-time (its date),
     * {@code 2024/07/14}, {@code 2024.7.14.}, {@code July 14, 2024} or {@code 14 July 2024};
     * null when it is none of these or no calendar date.
     */
    public static LocalDate parseDate(String value) {
        String v = value.strip();
        for (Pattern p : List.of(ISO_PREFIX, NUMERIC)) {
            Matcher m = p.matcher(v);
            if (m.matches()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        String worded = v.replaceFirst("^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+", "").replace(".", "");
        for (DateTimeFormatter f : WORDED) {
            try {
                return LocalDate.parse(worded, f);
            } catch (DateTimeParseException e) {
                // the next form may fit
            }
        }
        return null;
    }
}
