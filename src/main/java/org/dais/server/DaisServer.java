package org.dais.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dais.store.DaisStore;

/**
 * The embedded Fuseki server: dataset {@code /dais} answering SPARQL queries at
 * {@code /dais/sparql} (and {@code /dais/query}, and the dataset URL itself) and Graph Store
 * reads at {@code /dais/get}; the Fuseki UI at {@code /}. Read-only unless an operator enables
 * updates with a password; bound to localhost unless told otherwise; CORS on; queries time out.
 */
public final class DaisServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaisServer.class);
    public static final String DATASET = "/dais";

    private final FusekiServer server;
    private final String host;

    private DaisServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static DaisServer start(DaisStore store, ServerOptions options) {
        try {
            Files.createDirectories(options.fusekiBase());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Fuseki work folder " + options.fusekiBase(), e);
        }
        // The admin module keeps its work area (FUSEKI_BASE) here rather than in the current folder's "run/".
        System.setProperty("FUSEKI_BASE", options.fusekiBase().toAbsolutePath().toString());

        DatasetGraph dsg = store.datasetGraph();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R);
        if (options.updatesEnabled()) service.addEndpoint(Operation.Update, "update");

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .enableCors(true)
                .add(DATASET, service.build())
                // Admin writes (create/delete dataset, backup, compact) need the operator password.
                .addFilter("/$/*", new WriteGuard(options.adminPassword(), false));
        if (options.updatesEnabled()) builder.addFilter(DATASET + "/update", new WriteGuard(options.adminPassword(), true));
        // Linked data: entity IRIs dereference here, whatever domain they are minted under.
        String localPrefix = java.net.URI.create(options.base()).getPath();
        if (localPrefix == null || localPrefix.isEmpty() || localPrefix.equals("/")) localPrefix = "/id/";
        builder.addServlet(localPrefix + "*", new LinkedDataServlet(store.dataset(), options.base(), localPrefix))
                .addServlet("/.well-known/void", new VoidServlet(store.dataset(), null))
                .addServlet("/ontology", StaticServlets.ontology())
                .addServlet("/ontology/*", StaticServlets.ontology())
                .addServlet("/context.jsonld", StaticServlets.context())
                .addFilter(DATASET + "/*", StaticServlets.dumps(store.dataset()));
        builder.loopback(isLoopback(options.host()));
        FusekiServer server = builder.build();
        bindHost(server, options.host());
        server.start();
        DaisServer dais = new DaisServer(server, options.host());
        LOG.info("dais SPARQL endpoint: {} (read-only{}) — open {}/ in a browser",
                dais.sparqlUrl(), options.updatesEnabled() ? ", updates at " + dais.baseUrl() + DATASET + "/update with admin password" : "",
                dais.baseUrl());
        return dais;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** Binds the Jetty connectors to the requested address (Fuseki's builder only knows "loopback or all"). */
    private static void bindHost(FusekiServer server, String host) {
        for (var connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) sc.setHost(host.equals("localhost") ? "localhost" : host);
        }
    }

    public int port() {
        for (var connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof NetworkConnector nc && nc.getLocalPort() > 0) return nc.getLocalPort();
        }
        return server.getHttpPort();
    }

    public String baseUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port();
    }

    public String sparqlUrl() { return baseUrl() + DATASET + "/sparql"; }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }

}
