package org.dais.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dais.store.DaisStore;

/**
 * The embedded Fuseki server.
 *
 * <ul>
 * <li>Dataset {@code /dais} over the store, whose default graph is the union of the document
 *     graphs: SPARQL queries at {@code /dais/sparql}, {@code /dais/query} and {@code /dais}
 *     itself (GET and POST); Graph Store Protocol reads at {@code /dais/get} and {@code /dais}.</li>
 * <li>No update and no Graph Store write endpoint, unless {@link ServerOptions#updatesEnabled()}:
 *     then {@code /dais/update}, behind Fuseki's HTTP Basic authentication (user
 *     {@value ServerOptions#ADMIN_USER}, the operator's password).</li>
 * <li>The Fuseki UI at {@code /}; its admin area {@code /$/...} answers reads (server, datasets,
 *     ping, stats, tasks), while admin writes (create/delete dataset, backup, compact, ...) are
 *     refused (403) without an operator password and need Basic credentials with one.</li>
 * <li>CORS ({@link CorsFilter}): anonymous reads from any origin, credentials only for the
 *     {@link ServerOptions#corsOrigins()} allow-list. Bound to {@link ServerOptions#host()} (localhost by default); every query is
 *     cancelled after {@link ServerOptions#queryTimeoutMillis()}, and answers at most
 *     {@link ServerOptions#maxResults()} rows or solutions ({@link ResultLimit}; the response
 *     header {@value ResultLimit#HEADER} tells when a query was capped).</li>
 * <li>Linked data under the base's path (entity IRIs, 406, validators and 304, 301 from old meeting
 *     IRIs), VoID/DCAT at {@code /.well-known/void}, the ontology at {@code /ontology[.ext]}, a
 *     SPARQL service description on GET of {@code /dais/sparql} without a query.</li>
 * <li>Limits per client: {@value #MAX_HEADER_BYTES} bytes of headers, {@value #IDLE_TIMEOUT_MILLIS} ms
 *     idle, {@value #FIRST_REQUEST_DEADLINE_MILLIS} ms to send the first whole request.</li>
 * </ul>
 */
public final class DaisServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaisServer.class);
    public static final String DATASET = "/dais";
    /** The realm named in the Basic authentication challenge. */
    public static final String REALM = "dais";

    private final FusekiServer server;
    private final String host;
    private final Path fusekiBase;

    private DaisServer(FusekiServer server, String host, Path fusekiBase) {
        this.server = server;
        this.host = host;
        this.fusekiBase = fusekiBase;
    }

    /** Binds the options' port, builds and starts the server; it runs until {@link #close()}. */
    public static DaisServer start(DaisStore store, ServerOptions options) {
        return start(store, options, ListeningPort.bind(options.host(), options.port()));
    }

    /**
     * Builds and starts the server on a socket bound beforehand (the one whose port the store's IRIs
     * name); the server owns it from here, and a failure to start lets it go. The options' port is
     * that socket's, or 0.
     */
    public static DaisServer start(DaisStore store, ServerOptions options, ListeningPort listening) {
        try {
            if (options.port() != 0 && options.port() != listening.port()) {
                throw new IllegalArgumentException("options name port " + options.port() + " but the socket is bound to " + listening.port());
            }
            return startOn(store, options, listening);
        } catch (RuntimeException | Error e) {
            listening.close();
            throw e;
        }
    }

    private static DaisServer startOn(DaisStore store, ServerOptions options, ListeningPort listening) {
        Path fusekiBase = useFusekiBase(options.fusekiBase());

        // The query timeout goes into the context of each query endpoint (Fuseki merges the
        // server, dataset and endpoint contexts), leaving the store's own context as it is.
        Context limits = new Context();
        limits.set(ARQ.queryTimeout, Long.toString(options.queryTimeoutMillis()));
        // The result cap is a query handler of the query endpoints only (not registered server-wide,
        // so another server in the same JVM keeps its own); null leaves Fuseki's own handler.
        ResultLimit cap = options.limitsResults() ? new ResultLimit(options.maxResults()) : null;
        DataService.Builder service = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(query("sparql", limits, cap))
                .addEndpoint(query("query", limits, cap))
                .addEndpoint(query(null, limits, cap))
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R);
        if (options.updatesEnabled()) {
            service.addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(ServerOptions.ADMIN_USER));
        }

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                // Our own CORS (first, around everything): anonymous reads from anywhere, credentials
                // only for the operator's allow-list. Fuseki's would reflect any origin with credentials.
                .enableCors(false)
                .addFilter("/*", new CorsFilter(options.corsOrigins()))
                .add(DATASET, service.build())
                // Admin writes (create/delete dataset, backup, compact): 403 without the operator
                // password, Basic credentials of "admin" with it. Reads (the UI's) pass.
                .addFilter("/$/*", new WriteGuard(options.adminPassword(), false))
                // Every request body is size-limited, queries included.
                .addFilter("/*", new BodyLimit(BodyLimit.DEFAULT_MAX_BYTES));
        // A SPARQL 1.1 service description on GET of a query endpoint without a query.
        builder.addFilter(DATASET + "/sparql", new ServiceDescription()).addFilter(DATASET + "/query", new ServiceDescription());
        if (options.updatesEnabled()) {
            // Fuseki's own authentication: a path constraint on /dais/update (from the endpoint's
            // auth policy) checked by Jetty, and the policy checked again when Fuseki dispatches.
            var users = JettySecurityLib.makeUserStore(ServerOptions.ADMIN_USER, options.adminPassword());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC));
        }

        // Linked data: entity IRIs dereference here, whatever domain they are minted under.
        String localPrefix = java.net.URI.create(options.base()).getPath();
        if (localPrefix == null || localPrefix.isEmpty() || localPrefix.equals("/")) localPrefix = "/id/";
        java.util.function.Supplier<java.time.Instant> lastChange = () -> lastChange(store);
        builder.addServlet(localPrefix + "*", new LinkedDataServlet(store.dataset(), options.base(), localPrefix, lastChange,
                        graphs -> store.lastChange(graphs).orElse(null)))
                .addServlet("/.well-known/void", new VoidServlet(store.dataset(), publicServer(options.base(), localPrefix), options.base(), options.license(), options.publisher(), lastChange))
                .addServlet("/ontology", StaticServlets.ontology())
                .addServlet("/ontology/*", StaticServlets.ontology());
        for (Formats f : Formats.values()) builder.addServlet("/ontology." + f.extension, StaticServlets.ontology());
        builder
                .addServlet("/context.jsonld", StaticServlets.context())
                .addServlet("/explore", new ExplorerServlet(store.dataset()))
                .addServlet("/explore/*", new ExplorerServlet(store.dataset()))
                .addServlet("/webjars/*", new WebJarServlet())
                .addServlet("/changes.atom", new ChangeFeedServlet(store.dataset(), options.base()))
                .addFilter(DATASET + "/*", StaticServlets.dumps(store.dataset()));

        FusekiServer server = builder.build();
        bindHost(server, options.host());
        limitRequests(server);
        useSocket(server, listening);
        server.start();
        DaisServer dais = new DaisServer(server, options.host(), fusekiBase);
        LOG.info("dais SPARQL endpoint: {} — open {}/ in a browser", dais.sparqlUrl(), dais.baseUrl());
        if (options.updatesEnabled()) {
            LOG.info("SPARQL update at {}{}/update and admin writes for user '{}' with the operator password", dais.baseUrl(), DATASET,
                    ServerOptions.ADMIN_USER);
        } else if (options.adminWritesEnabled()) {
            LOG.info("read-only dataset; admin writes for user '{}' with the operator password", ServerOptions.ADMIN_USER);
        } else if (options.allowUpdate()) {
            LOG.warn("updates were asked for but no admin password was given: the server is read-only");
        }
        return dais;
    }

    /** Request headers larger than this are refused (431): a client cannot make the server buffer more. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** A connection idle this long (no byte in or out) is closed: a trickle slower than this is cut. */
    public static final long IDLE_TIMEOUT_MILLIS = 20_000;
    /** A connection that has not sent one whole request within this long of opening is closed (a slowloris trickle). */
    public static final long FIRST_REQUEST_DEADLINE_MILLIS = 15_000;

    /**
     * Bounds what one client can make the server hold: header size, idle time, and a deadline for
     * the first request on a connection (a trickle of one byte every few seconds resets the idle
     * timeout but not this).
     */
    private static void limitRequests(FusekiServer server) {
        var scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dais-request-deadline");
            t.setDaemon(true);
            return t;
        });
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) sc.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            for (var factory : connector.getConnectionFactories()) {
                if (factory instanceof org.eclipse.jetty.server.HttpConnectionFactory http) {
                    http.getHttpConfiguration().setRequestHeaderSize(MAX_HEADER_BYTES);
                }
            }
            connector.addEventListener(new org.eclipse.jetty.io.Connection.Listener() {
                @Override
                public void onOpened(org.eclipse.jetty.io.Connection connection) {
                    if (!(connection instanceof org.eclipse.jetty.server.internal.HttpConnection http)) return;
                    scheduler.schedule(() -> {
                        if (http.getMessagesIn() == 0 && http.getEndPoint().isOpen()) http.getEndPoint().close();
                    }, FIRST_REQUEST_DEADLINE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            });
        }
    }

    /**
     * Makes the HTTP connector accept on the socket bound beforehand instead of binding its own
     * at start, when the port could already be another process's.
     */
    private static void useSocket(FusekiServer server, ListeningPort listening) {
        ServerConnector http = null;
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                if (http != null) throw new IllegalStateException("Fuseki built more than one HTTP connector");
                http = sc;
            }
        }
        if (http == null) throw new IllegalStateException("Fuseki built no HTTP connector");
        try {
            http.open(listening.channel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on port " + listening.port(), e);
        }
    }

    /**
     * The server's public address, from the base ({@code https://kg.example.org/id/} → {@code
     * https://kg.example.org}): what VoID names, rather than whatever Host a request claims.
     */
    private static String publicServer(String base, String localPrefix) {
        return base.endsWith(localPrefix) ? base.substring(0, base.length() - localPrefix.length()) : null;
    }

    /** When the store last changed: its last recorded ingest, else its folder's last modification. */
    private static java.time.Instant lastChange(DaisStore store) {
        return store.lastIngest().orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(store.directory()).toInstant();
            } catch (IOException e) {
                return null; // no Last-Modified then; the ETag still validates
            }
        });
    }

    private static Endpoint query(String name, Context context, ResultLimit cap) {
        Endpoint.Builder ep = Endpoint.create().operation(Operation.Query).context(context).processor(cap);
        if (name != null) ep.endpointName(name);
        return ep.build();
    }

    /**
     * Points Fuseki's admin module at {@code requested} (created if needed; a temporary folder if
     * that is impossible). The module reads FUSEKI_BASE from the environment, else the system
     * property; a FUSEKI_BASE environment variable therefore wins, and is reported.
     */
    private static Path useFusekiBase(Path requested) {
        Path dir = requested.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) throw new IOException("not writable");
        } catch (IOException e) {
            try {
                Path temp = Files.createTempDirectory("dais-fuseki-");
                LOG.warn("cannot use {} as the Fuseki work folder ({}); using {}", dir, e.getMessage(), temp);
                dir = temp;
            } catch (IOException again) {
                throw new UncheckedIOException("cannot create a Fuseki work folder", again);
            }
        }
        String fromEnvironment = System.getenv(FusekiServerCtl.envFusekiBase);
        if (fromEnvironment != null && !Path.of(fromEnvironment).toAbsolutePath().normalize().equals(dir)) {
            LOG.warn("the environment sets FUSEKI_BASE={}, which Fuseki uses instead of {}", fromEnvironment, dir);
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        System.setProperty(FusekiServerCtl.envFusekiBase, dir.toString());
        return dir;
    }

    /**
     * Binds every connector to {@code host}: "localhost" (or a 127.x / ::1 address) keeps the
     * server to this machine; "0.0.0.0", "::" or "*" listens everywhere.
     */
    private static void bindHost(FusekiServer server, String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) sc.setHost(h.equals("*") ? null : h);
        }
    }

    /** The port the server listens on (the free one picked when asked for port 0). */
    public int port() {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof NetworkConnector nc && nc.getLocalPort() > 0) return nc.getLocalPort();
        }
        return server.getHttpPort();
    }

    /** E.g. {@code http://localhost:3030}; a wildcard bind is shown as localhost. */
    public String baseUrl() {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (h.equals("*") || h.equals("0.0.0.0") || h.equals("::")) h = "localhost";
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port();
    }

    /** E.g. {@code http://localhost:3030/dais/sparql}. */
    public String sparqlUrl() { return baseUrl() + DATASET + "/sparql"; }

    /** The work folder the admin module uses. */
    public Path fusekiBase() { return fusekiBase; }

    /** The socket address the server listens on (for checks that it is loopback). */
    InetSocketAddress boundAddress() {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc && sc.getTransport() instanceof ServerSocketChannel channel) {
                try {
                    SocketAddress address = channel.getLocalAddress();
                    if (address instanceof InetSocketAddress inet) return inet;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("server is not listening");
    }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }

}
