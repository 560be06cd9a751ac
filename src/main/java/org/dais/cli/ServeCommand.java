package org.dais.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.dais.server.DaisServer;
import org.dais.server.ServerOptions;
import org.dais.store.DaisStore;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Ingest the input (default seeds/ when the store is empty), then serve the store over SPARQL with the Fuseki UI.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest before serving")
    List<Path> inputs;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "localhost", description = "Address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--admin-password", description = "Enables Fuseki admin writes and /dais/update for user 'admin' (env DAIS_ADMIN_PASSWORD)")
    String adminPassword;

    @Option(names = "--allow-update", description = "Open a password-protected SPARQL update endpoint (needs --admin-password)")
    boolean allowUpdate;

    @Option(names = "--watch", paramLabel = "DIR", description = "Ingest articles dropped into DIR while serving")
    Path watch;

    @Option(names = "--query-timeout", defaultValue = "30000", description = "Query timeout in ms (default: ${DEFAULT-VALUE})")
    long queryTimeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_MAX_RESULTS,
            description = "Most rows (SELECT) or solutions (CONSTRUCT/DESCRIBE) a query answers; a larger or missing LIMIT is lowered"
                    + " to N and the response carries X-Dais-Result-Limit: N; 0 or negative = unlimited (default: ${DEFAULT-VALUE})")
    long maxResults;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            List<Path> toIngest = inputs;
            if ((toIngest == null || toIngest.isEmpty()) && store.isEmpty() && Files.isDirectory(Path.of("seeds"))) {
                toIngest = List.of(Path.of("seeds"));
            }
            if (toIngest != null && !toIngest.isEmpty()) BuildCommand.build(store, toIngest, storeOptions.base, Runtime.getRuntime().availableProcessors());
            DaisServer server = DaisServer.start(store, serverOptions());
            if (watch != null) {
                org.dais.store.LiveIngest live = new org.dais.store.LiveIngest(watch,
                        new org.dais.pipeline.Pipeline(new org.dais.rdf.IriMinter(storeOptions.base)), store, System.err::println);
                System.err.println("dais serve: watching " + watch + " for new articles");
                Runtime.getRuntime().addShutdownHook(new Thread(live::close));
            }
            server.join();
        }
        return 0;
    }

    /** The server options these arguments ask for (the password from DAIS_ADMIN_PASSWORD if not given). */
    public ServerOptions serverOptions() {
        String password = adminPassword != null ? adminPassword : System.getenv("DAIS_ADMIN_PASSWORD");
        return new ServerOptions(host, port, password, allowUpdate, queryTimeout, maxResults, ServerOptions.DEFAULT_FUSEKI_BASE,
                storeOptions.base);
    }
}
