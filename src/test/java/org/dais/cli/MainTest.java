package org.dais.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dais}'s command line: every command reachable by its own name, only the one named built. */
class MainTest {
    @Test
    void eachCommandIsListedUnderTheNameItsAnnotationGivesIt() {
        for (var entry : Main.COMMANDS.entrySet()) {
            Command command = entry.getValue().getAnnotation(Command.class);
            assertEquals(entry.getKey(), command.name(), entry.getValue().getName());
        }
        assertEquals(Main.COMMANDS.keySet(), Main.commandLine().getSubcommands().keySet());
    }

    @Test
    void everyCommandClassOfThePackageIsReachable() throws Exception {
        // A command class left out of Main.COMMANDS (and of every command's own subcommands) could not be run.
        Set<Class<?>> reachable = new HashSet<>(Main.COMMANDS.values());
        for (Class<?> top : Main.COMMANDS.values()) reachable.addAll(List.of(top.getAnnotation(Command.class).subcommands()));
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("org/dais/cli");
        List<String> commands;
        try (var files = Files.list(classes)) {
            commands = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> "org.dais.cli." + n.substring(0, n.length() - ".class".length())).toList();
        }
        int annotated = 0;
        for (String name : commands) {
            Class<?> c = Class.forName(name);
            if (c == Main.class || c.getAnnotation(Command.class) == null) continue;
            annotated++;
            assertTrue(reachable.contains(c), name + " is a command no command line reaches");
        }
        assertTrue(annotated >= Main.COMMANDS.size(), "found " + annotated + " command classes in " + classes);
    }

    @Test
    void aCommandLineNamingACommandBuildsThatOneOnly() {
        CommandLine cl = Main.commandLine(new String[] {"facts", "--store", "somewhere"});
        assertEquals(List.of("facts"), List.copyOf(cl.getSubcommands().keySet()));
        // Its own subcommands come with it.
        CommandLine bench = Main.commandLine(new String[] {"bench", "process", "--help"});
        assertEquals(List.of("sparql", "process"), List.copyOf(bench.getSubcommands().get("bench").getSubcommands().keySet()));
    }

    @Test
    void noCommandOrAnUnknownOneGetsTheHelpOfAll() {
        StringWriter err = new StringWriter();
        CommandLine alone = Main.commandLine(new String[0]);
        alone.setErr(new PrintWriter(err));
        assertEquals(Main.USAGE, alone.execute());
        for (String name : Main.COMMANDS.keySet()) assertTrue(err.toString().contains(name), name + " is not in the help:\n" + err);

        StringWriter misspelt = new StringWriter();
        String[] args = {"buidl", "--input", "x"};
        CommandLine cl = Main.commandLine(args);
        assertEquals(Main.COMMANDS.keySet(), cl.getSubcommands().keySet());
        cl.setErr(new PrintWriter(misspelt));
        assertEquals(Main.USAGE, cl.execute(args));
        assertTrue(misspelt.toString().contains("'buidl'"), misspelt.toString());
    }

    @Test
    void aBadOptionOfTheNamedCommandIsItsOwnShortMessage() {
        StringWriter err = new StringWriter();
        String[] args = {"export", "--format", "no-such-format", "--store", "nowhere"};
        CommandLine cl = Main.commandLine(args);
        cl.getSubcommands().get("export").setErr(new PrintWriter(err));
        assertEquals(Main.USAGE, cl.execute(args));
        assertTrue(err.toString().startsWith("dais export: "), err.toString());
        assertTrue(err.toString().contains("--help"), err.toString());
    }
}
