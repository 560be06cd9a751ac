package org.dais.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.logging.log4j.core.config.plugins.processor.PluginCache;
import org.apache.logging.log4j.core.config.plugins.processor.PluginEntry;
import org.apache.logging.log4j.core.config.plugins.processor.PluginProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dais.jar carries a Log4j plugin cache of its own ({@code Log4j2Plugins.dat}, in place of log4j-core's,
 * which the shade plugin leaves out): Log4j loads the class of every plugin its cache lists at its
 * start, 226 in log4j-core's (appenders to JDBC, Kafka, SMTP, rolling files, every layout and
 * lookup), about 200 classes more than the console logger dais configures uses, at the start of
 * every process. The cache here is log4j-core's own entries for the plugins below; the tests check
 * it is exactly that, and that Log4j started with it alone logs as {@code log4j2.properties} says.
 */
class LoggingPluginsTest {
    static final Path CACHE = Path.of("src/main/resources", PluginProcessor.PLUGIN_CACHE_FILE);

    /**
     * The plugins kept, by category and key: every configuration factory (another configuration
     * format given with {@code -Dlog4j2.configurationFile} is still read), every type converter (the
     * attributes' values), the elements of a properties configuration with a console appender and a
     * pattern layout, the converters of dais's pattern and of Log4j's default configuration (built at
     * every start before dais's), and the system-property and environment lookups.
     */
    static final Map<String, Set<String>> KEPT = Map.of(
            "configurationfactory", Set.of("*"),
            "typeconverter", Set.of("*"),
            "core", Set.of("appenders", "console", "patternlayout", "loggers", "logger", "root", "appenderref", "appender-ref"),
            "converter", Set.of("datepatternconverter", "levelpatternconverter", "loggerpatternconverter", "messagepatternconverter",
                    "lineseparatorpatternconverter", "threadpatternconverter"),
            "lookup", Set.of("sys", "env"));

    /** log4j-core's own cache, read from its jar. */
    private static PluginCache log4jCores() throws IOException {
        List<URL> found = new ArrayList<>();
        for (URL url : Collections.list(LoggingPluginsTest.class.getClassLoader().getResources(PluginProcessor.PLUGIN_CACHE_FILE))) {
            if (url.getProtocol().equals("jar") && url.getPath().contains("log4j-core")) found.add(url);
        }
        assertEquals(1, found.size(), "log4j-core's plugin cache on the class path: " + found);
        PluginCache cache = new PluginCache();
        cache.loadCacheFiles(Collections.enumeration(found));
        return cache;
    }

    /** The cache dais.jar should carry: log4j-core's entries for {@link #KEPT}, in its order. */
    private static byte[] expectedCache() throws IOException {
        PluginCache all = log4jCores();
        PluginCache kept = new PluginCache();
        for (var category : new TreeMap<>(KEPT).entrySet()) {
            Map<String, PluginEntry> entries = all.getCategory(category.getKey());
            for (String key : category.getValue()) {
                if (!key.equals("*")) assertTrue(entries.containsKey(key), "log4j-core has no plugin " + category.getKey() + "/" + key);
            }
            entries.forEach((key, entry) -> {
                if (category.getValue().contains("*") || category.getValue().contains(key)) kept.getCategory(category.getKey()).put(key, entry);
            });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kept.writeCache(out);
        return out.toByteArray();
    }

    @Test
    void theJarsCacheIsLog4jCoresEntriesForTheKeptPlugins() throws IOException {
        byte[] expected = expectedCache();
        byte[] actual = Files.exists(CACHE) ? Files.readAllBytes(CACHE) : new byte[0];
        if (!java.util.Arrays.equals(expected, actual)) {
            // After a Log4j upgrade or a change of KEPT: the cache to put in its place.
            Path fresh = Files.write(Files.createDirectories(Path.of("target")).resolve("Log4j2Plugins.dat"), expected);
            assertArrayEquals(expected, actual, "copy " + fresh + " over " + CACHE);
        }
    }

    /**
     * A JVM whose class path holds Log4j (log4j-core without its own cache), SLF4J's binding and the
     * main resources' logging files and cache, as dais.jar does: its lines are laid out as
     * {@code log4j2.properties} says, a logger below WARN is quiet, an exception is printed, and
     * Log4j's status logger reports nothing (a plugin missing from the cache is an ERROR there).
     */
    @Test
    void log4jStartedWithThisCacheAloneLogsAsConfigured(@TempDir Path dir) throws Exception {
        Path resources = dir.resolve("resources");
        for (String name : List.of("log4j2.properties", "log4j2.component.properties", PluginProcessor.PLUGIN_CACHE_FILE)) {
            Path target = resources.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("src/main/resources", name), target);
        }
        Path core = withoutCache(jarOf(org.apache.logging.log4j.core.LoggerContext.class), dir.resolve("log4j-core.jar"));
        String classPath = String.join(java.io.File.pathSeparator, resources.toString(), core.toString(),
                jarOf(org.apache.logging.log4j.LogManager.class).toString(), jarOf(org.slf4j.LoggerFactory.class).toString(),
                jarOf(org.apache.logging.slf4j.Log4jLoggerFactory.class).toString(), jarOf(LoggingPluginsTest.class).toString());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                Child.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not end");
        assertEquals(0, child.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertTrue(lines.get(0).matches("\\d\\d:\\d\\d:\\d\\d WARN  Child        :: a warning from 2031"), output);
        assertTrue(lines.get(1).matches("\\d\\d:\\d\\d:\\d\\d INFO  Loaded       :: an informative line of dais"), output);
        assertTrue(lines.get(2).matches("\\d\\d:\\d\\d:\\d\\d ERROR Child        :: a failure"), output);
        assertEquals("java.lang.IllegalStateException: an invented failure", lines.get(3), output);
        assertTrue(lines.get(4).trim().startsWith("at "), output);
        assertFalse(output.contains("quiet"), output);
        assertFalse(output.contains("Unable to locate plugin") || output.contains("Unrecognized") || output.contains(" main ERROR "), output);
    }

    /** A child process's logging: a warning, an info line below dais's threshold and one at it, an exception. */
    public static final class Child {
        public static void main(String[] args) {
            org.slf4j.LoggerFactory.getLogger("org.example.Child").warn("a warning from {}", 2031);
            org.slf4j.LoggerFactory.getLogger("org.apache.jena.Quiet").info("quiet: Jena below WARN");
            org.slf4j.LoggerFactory.getLogger("org.dais.store.Loaded").info("an informative line of dais");
            org.slf4j.LoggerFactory.getLogger("org.example.Child").error("a failure", new IllegalStateException("an invented failure"));
        }
    }

    private static Path jarOf(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** A copy of the jar {@code from} without its plugin cache. */
    private static Path withoutCache(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from); ZipInputStream zin = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(to); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(PluginProcessor.PLUGIN_CACHE_FILE)) continue;
                zout.putNextEntry(new ZipEntry(e.getName()));
                zin.transferTo(zout);
                zout.closeEntry();
            }
        }
        return to;
    }
}
