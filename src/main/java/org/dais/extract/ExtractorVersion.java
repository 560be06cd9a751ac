package org.dais.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of dais that extracts graphs: the project version and the build's time, read from
 * a resource Maven fills in. A graph records it, and a store's documents extracted by another
 * build are extracted again even when their content is unchanged (the rules may have changed).
 */
public final class ExtractorVersion {
    private ExtractorVersion() {}

    private static final String CURRENT = load();

    public static String current() { return CURRENT; }

    private static String load() {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream("/extract/dais-version.properties")) {
            if (in == null) throw new IllegalStateException("resource /extract/dais-version.properties is missing from the build");
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            String built = p.getProperty("built", "");
            if (version.isBlank() || version.contains("${")) throw new IllegalStateException("dais-version.properties was not filled in by the build");
            return built.isBlank() || built.contains("${") ? version : version + " (built " + built + ")";
        } catch (IOException e) {
            throw new UncheckedIOException("reading dais-version.properties", e);
        }
    }
}
