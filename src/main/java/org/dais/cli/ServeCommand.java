package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.rdf.IriMinter;
import org.dais.server.DaisServer;
import org.dais.server.ListeningPort;
import org.dais.server.ServerOptions;
import org.dais.store.DaisStore;
import org.dais.store.StoreRefusal;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Ingest the input (default seeds/ when the store is empty), then serve the store over SPARQL, as linked data "
                + "and with the Fuseki UI. Entity IRIs follow the server's address unless --base says otherwise.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles to ingest before serving")
    List<Path> inputs;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "localhost",
            description = "Address to listen on: localhost keeps the server to this machine, 0.0.0.0 opens it to the network (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--rebase",
            description = "If the store was built under another base, rewrite its IRIs to this server's base (or --base) instead of refusing")
    boolean rebase;

    @Option(names = "--admin-password", description = "Enables Fuseki admin writes and /dais/update for user 'admin' (env DAIS_ADMIN_PASSWORD)")
    String adminPassword;

    @Option(names = "--allow-update", description = "Open a password-protected SPARQL update endpoint (needs --admin-password)")
    boolean allowUpdate;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", split = ",",
            description = "Origins (e.g. https://app.example.org) whose scripts may send credentials; any other origin reads anonymously, without them")
    List<String> corsOrigins;

    @Option(names = "--license", paramLabel = "IRI", description = "Licence of the data, stated in VoID/DCAT (e.g. https://creativecommons.org/licenses/by/4.0/)")
    String license;

    @Option(names = "--publisher", paramLabel = "NAME|IRI", description = "Who publishes the data, stated in VoID/DCAT (a name or an IRI)")
    String publisher;

    @Option(names = "--watch", paramLabel = "DIR", description = "Ingest articles dropped into DIR while serving")
    Path watch;

    @Option(names = "--query-timeout", defaultValue = "30000", paramLabel = "MS", description = "Cancel a query after this many milliseconds (default: ${DEFAULT-VALUE})")
    long queryTimeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_RESULTS,
            description = "Most rows (SELECT) or solutions (CONSTRUCT/DESCRIBE) a query answers; a larger or missing LIMIT is lowered"
                    + " to N and the response carries X-Dais-Result-Limit: N; 0 or negative = unlimited (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        // The port first, bound and held: a busy one is refused before anything is ingested or a
        // store is made, and none other can take it while the input is ingested (port 0: the port
        // the system picks is the one the IRIs name).
        try (ListeningPort listening = ListeningPort.bind(host, port);
             DaisStore store = DaisStore.open(storeOptions.store)) {
            port = listening.port();
            String base = baseToServe(store);
            List<Path> toIngest = inputs;
            if ((toIngest == null || toIngest.isEmpty()) && store.isEmpty() && Files.isDirectory(Path.of("seeds"))) {
                toIngest = List.of(Path.of("seeds"));
            }
            store.recordBase(base);
            if (toIngest != null && !toIngest.isEmpty()) BuildCommand.build(store, toIngest, base, Runtime.getRuntime().availableProcessors());
            DaisServer server = DaisServer.start(store, serverOptions(base), listening);
            if (watch != null) {
                org.dais.store.LiveIngest live = new org.dais.store.LiveIngest(watch,
                        new org.dais.pipeline.Pipeline(new IriMinter(base)), store, System.err::println);
                System.err.println("dais serve: watching " + watch + " for new articles");
                Runtime.getRuntime().addShutdownHook(new Thread(live::close));
            }
            server.join();
        }
        return 0;
    }

    /**
     * The base this server mints and serves under: {@code --base}, else its own address. A store
     * built under another base is refused (its IRIs would not answer here), or rewritten with
     * {@code --rebase}.
     */
    String baseToServe(DaisStore store) {
        String wanted = new IriMinter(storeOptions.base != null ? storeOptions.base : IriMinter.baseFor(host, port)).base();
        String recorded = store.recordedBase().orElse(null);
        if (recorded == null || recorded.equals(wanted)) return wanted;
        if (!rebase) {
            throw new StoreRefusal("the store " + storeOptions.store + " was built with base " + recorded + ", not " + wanted
                    + (storeOptions.base == null ? " (this server's address)" : "") + ": serve with --base " + recorded
                    + ", or add --rebase to rewrite the store to " + wanted);
        }
        long quads = store.rebase(recorded, wanted);
        System.err.println("dais serve: rebased " + quads + " quads of " + storeOptions.store + " from " + recorded + " to " + wanted);
        return wanted;
    }

    /** The server options these arguments ask for (the password from DAIS_ADMIN_PASSWORD if not given). */
    public ServerOptions serverOptions(String base) {
        String password = adminPassword != null ? adminPassword : System.getenv("DAIS_ADMIN_PASSWORD");
        return new ServerOptions(host, port, password, allowUpdate, queryTimeout, maxResults, ServerOptions.DEFAULT_FUSEKI_BASE, base,
                corsOrigins, license, publisher);
    }

    /** The server options for the base these arguments name (or the server's own address). */
    public ServerOptions serverOptions() {
        return serverOptions(storeOptions.base != null ? storeOptions.base : IriMinter.baseFor(host, port));
    }
}
