package org.dais.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.dais.cli.Main;
import org.dais.rdf.IriMinter;
import org.dais.store.DaisStore;

/**
 * {@code java -jar target/dais.jar} as a user runs it, in its own process: refusals are one or
 * two lines naming what is wrong and what to do, with a non-zero exit (a store a server holds, a
 * busy port, a bad value, no command, a store built under another base); {@code serve --rebase}
 * moves a store, and rdflib dereferences a person at its new address.
 */
class ServeCommandIT {
    static final Path JAR = Path.of("target", "dais.jar");

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    static Run dais(String... args) throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "target/dais.jar is built by mvn package");
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        // Both streams drained beside the wait, so that a process that never ends fails the test at
        // the timeout instead of blocking a read forever.
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Thread drainOut = drain(p.getInputStream(), out), drainErr = drain(p.getErrorStream(), err);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dais " + String.join(" ", args) + " did not end");
        }
        drainOut.join();
        drainErr.join();
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Thread drain(java.io.InputStream from, java.io.ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }

    /** A refusal: non-zero, one or two lines (no stack trace), naming {@code what}. */
    static void assertRefusal(Run run, String... what) {
        assertTrue(run.code() != 0, "exit 0:\n" + run.err());
        assertTrue(run.errLines().size() <= 2, "more than two lines:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "a stack trace:\n" + run.err());
        for (String w : what) assertTrue(run.err().contains(w), "does not name " + w + ":\n" + run.err());
    }

    @Test
    void noCommandPrintsHelpAndExits2() throws Exception {
        Run run = dais();
        assertEquals(2, run.code());
        assertTrue(run.err().contains("Usage: dais") && run.err().contains("serve"), run.err());
    }

    @Test
    void aBadFormatIsPicocliMessageListingTheValues() throws Exception {
        Run run = dais("export", "--format", "gexff", "--store", "no-such-store");
        assertRefusal(run, "'gexff'", "graphml", "gexf", "cytoscape-json", "jsonld", "nquads");
        assertEquals(2, run.code());
        assertFalse(run.err().contains("No enum constant"), run.err());
    }

    @Test
    void everyOptionSaysWhatItIsFor() {
        CommandLine cl = Main.commandLine();
        for (CommandLine sub : cl.getSubcommands().values()) {
            for (var option : sub.getCommandSpec().options()) {
                String text = String.join(" ", option.description()).strip();
                assertTrue(text.length() > 10, "dais " + sub.getCommandName() + " " + option.longestName() + " has no help text");
            }
        }
    }

    @Test
    void aBusyPortIsRefusedBeforeIngestingAndLeavesNoStore(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Path store = dir.resolve("new-store");
            Run run = dais("serve", "--port", String.valueOf(taken.getLocalPort()), "--store", store.toString(), "--input", "seeds");
            assertRefusal(run, "port " + taken.getLocalPort(), "--port");
            assertFalse(Files.exists(store), "a store was left behind");
            assertFalse(run.err().contains("ingested"), "ingested before finding the port busy:\n" + run.err());
        }
    }

    @Test
    void aStoreHeldByARunningServerIsRefusedByEveryCommand(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("held");
        try (DaisStore store = DaisStore.open(storeDir);
             DaisServer server = DaisServer.start(store, new ServerOptions("localhost", 0, null, false, 10_000,
                     ServerOptions.DEFAULT_MAX_RESULTS, dir.resolve("fuseki")))) {
            Path query = Files.writeString(dir.resolve("q.rq"), "ASK {}");
            List<String[]> commands = List.of(
                    new String[] {"serve", "--port", "0"}, new String[] {"build", "--input", "seeds"},
                    new String[] {"query", query.toString()}, new String[] {"export", "--format", "nquads"}, new String[] {"facts"});
            for (String[] c : commands) {
                List<String> args = new ArrayList<>(List.of(c));
                args.addAll(List.of("--store", storeDir.toString()));
                Run run = dais(args.toArray(String[]::new));
                assertRefusal(run, storeDir.toString(), "in use", "stop");
            }
            assertTrue(server.port() > 0);
        }
    }

    @Test
    void aStoreBuiltUnderAnotherBaseIsRefusedThenRebasedAndDereferencedByRdflib(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("moved");
        Run built = dais("build", "--input", "seeds", "--store", storeDir.toString());
        assertEquals(0, built.code(), built.err());
        // Port 0 throughout: each serve binds a port of its own before it reads the store (a port
        // picked here and handed over could be taken by another process in between).
        Run refused = dais("serve", "--port", "0", "--store", storeDir.toString());
        assertRefusal(refused, IriMinter.DEFAULT_BASE, "--rebase");
        assertTrue(java.util.regex.Pattern.compile("not http://localhost:[1-9][0-9]*/id/ \\(this server's address\\)").matcher(refused.err()).find(),
                "does not name the server's own base:\n" + refused.err());
        assertEquals(1, refused.errLines().size(), refused.err());

        // An incremental build keeps the store's base; another --base is refused.
        assertRefusal(dais("build", "--input", "seeds", "--store", storeDir.toString(), "--base", "https://elsewhere.example/id/"),
                IriMinter.DEFAULT_BASE, "https://elsewhere.example/id/");

        Path log = dir.resolve("serve.log");
        ProcessBuilder serving = new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0", "--store",
                storeDir.toString(), "--rebase").redirectErrorStream(true).redirectOutput(log.toFile());
        // Fuseki's work folder in this test's folder, not run/fuseki of the checkout, which outlives the run.
        serving.environment().put("FUSEKI_BASE", dir.resolve("fuseki").toString());
        Process serve = serving.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(log).contains("SPARQL endpoint")) {
                assertTrue(serve.isAlive(), "serve --rebase ended:\n" + Files.readString(log));
                assertTrue(System.nanoTime() < deadline, "serve --rebase did not start:\n" + Files.readString(log));
                Thread.sleep(200);
            }
            assertTrue(Files.readString(log).contains("rebased"), Files.readString(log));
            var endpoint = java.util.regex.Pattern.compile("SPARQL endpoint: http://localhost:([0-9]+)/dais/sparql").matcher(Files.readString(log));
            assertTrue(endpoint.find(), "serve does not say its port:\n" + Files.readString(log));
            int port = Integer.parseInt(endpoint.group(1));
            String newBase = IriMinter.baseFor("localhost", port);
            assertTrue(Files.readString(log).contains("to " + newBase), "not rebased to the port it serves on:\n" + Files.readString(log));
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")) || System.getenv("CI") != null, "no /usr/bin/python3");
            String person = firstPerson(port);
            assertTrue(person.startsWith(newBase), person);
            // rdflib dereferences the person (content negotiation) and gets statements about that very IRI.
            Process py = new ProcessBuilder("/usr/bin/python3", "-c", String.join("\n",
                    "import sys, rdflib",
                    "g = rdflib.Graph()",
                    "g.parse(sys.argv[1])",
                    "s = rdflib.URIRef(sys.argv[1])",
                    "names = list(g.objects(s, rdflib.URIRef('http://xmlns.com/foaf/0.1/name')))",
                    "print(len(g), len(names), all(str(t).startswith(sys.argv[2]) for t in g.subjects() if isinstance(t, rdflib.URIRef) and '/id/' in str(t)))"),
                    person, newBase).redirectErrorStream(true).start();
            String out = new String(py.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(py.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, py.exitValue(), out);
            String[] fields = out.lines().reduce((a, b) -> b).orElse("").split(" ");
            assertTrue(Integer.parseInt(fields[0]) > 0 && Integer.parseInt(fields[1]) > 0, out);
            assertEquals("True", fields[2], "an IRI of the old base is left: " + out);
        } finally {
            // It must be gone before the temporary folder holding its store is deleted.
            serve.destroy();
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
                assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not end when killed");
            }
        }
    }

    /** A person IRI, asked of the running server by SPARQL. */
    static String firstPerson(int port) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String q = java.net.URLEncoder.encode("SELECT ?p { ?p a <http://xmlns.com/foaf/0.1/Person> } ORDER BY ?p LIMIT 1", StandardCharsets.UTF_8);
        String csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/dais/sparql?query=" + q))
                .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return csv.lines().skip(1).findFirst().orElseThrow().strip();
    }
}
