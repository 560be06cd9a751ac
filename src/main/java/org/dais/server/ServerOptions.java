package org.dais.server;

import java.nio.file.Path;

/**
 * How the server runs.
 *
 * <ul>
 * <li>{@code host}: the address to bind; default {@code localhost} (loopback only).</li>
 * <li>{@code port}: default 3030; 0 picks a free port ({@link DaisServer#port()} tells which).</li>
 * <li>{@code adminPassword}: null means no write of any kind — Fuseki admin writes (create/delete
 *     dataset, backup, compact) are refused and there is no update endpoint. Given, admin writes
 *     need HTTP Basic credentials of user {@value #ADMIN_USER} with this password.</li>
 * <li>{@code allowUpdate}: opens {@code /dais/update} (SPARQL Update, Basic auth as above); only
 *     effective together with an {@code adminPassword}.</li>
 * <li>{@code queryTimeoutMillis}: every SPARQL query is cancelled after this long (default 30 s).</li>
 * <li>{@code maxResults}: the most rows (SELECT) or solutions (CONSTRUCT, DESCRIBE) a query answers
 *     (default {@value #DEFAULT_MAX_RESULTS}); 0 or negative means unlimited, kept as 0.</li>
 * <li>{@code fusekiBase}: the work folder of Fuseki's admin module (FUSEKI_BASE); default
 *     {@code run/fuseki} under the current folder (a temporary folder if that can't be created).</li>
 * <li>{@code base}: the IRI base entities are minted under; its path is served as linked data.</li>
 * <li>{@code corsOrigins}: the origins (e.g. {@code https://analysis.example.org}) whose scripts may
 *     make credentialed requests; any other origin reads anonymously, without credentials.</li>
 * <li>{@code license}, {@code publisher}: what VoID/DCAT say of the dataset (null: not said).</li>
 * </ul>
 */
public record ServerOptions(String host, int port, String adminPassword, boolean allowUpdate, long queryTimeoutMillis, long maxResults,
        Path fusekiBase, String base, java.util.List<String> corsOrigins, String license, String publisher) {
    public static final String ADMIN_USER = "admin";
    public static final String DEFAULT_HOST = "localhost";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_QUERY_TIMEOUT_MILLIS = 30_000;
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    public static final Path DEFAULT_FUSEKI_BASE = Path.of("run", "fuseki");

    public ServerOptions {
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        host = host.strip();
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (adminPassword != null && adminPassword.isBlank()) adminPassword = null;
        if (queryTimeoutMillis <= 0) throw new IllegalArgumentException("query timeout must be positive: " + queryTimeoutMillis);
        if (maxResults < 0) maxResults = 0;
        if (fusekiBase == null) fusekiBase = DEFAULT_FUSEKI_BASE;
        if (base == null || base.isBlank()) base = org.dais.rdf.IriMinter.DEFAULT_BASE;
        if (!base.endsWith("/")) base = base + "/";
        corsOrigins = corsOrigins == null ? java.util.List.of() : java.util.List.copyOf(corsOrigins);
        if (license != null && license.isBlank()) license = null;
        if (publisher != null && publisher.isBlank()) publisher = null;
    }

    /** Options without a credentialed CORS allow-list, licence or publisher. */
    public ServerOptions(String host, int port, String adminPassword, boolean allowUpdate, long queryTimeoutMillis, long maxResults,
            Path fusekiBase, String base) {
        this(host, port, adminPassword, allowUpdate, queryTimeoutMillis, maxResults, fusekiBase, base, null, null, null);
    }

    /** Options for entities minted under the default base. */
    public ServerOptions(String host, int port, String adminPassword, boolean allowUpdate, long queryTimeoutMillis, long maxResults,
            Path fusekiBase) {
        this(host, port, adminPassword, allowUpdate, queryTimeoutMillis, maxResults, fusekiBase, org.dais.rdf.IriMinter.DEFAULT_BASE);
    }

    /** localhost:3030, read-only, no admin writes, 30 s query timeout, 100,000 results, work folder run/fuseki. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, null, false, DEFAULT_QUERY_TIMEOUT_MILLIS, DEFAULT_MAX_RESULTS,
                DEFAULT_FUSEKI_BASE, org.dais.rdf.IriMinter.DEFAULT_BASE);
    }

    /** The same options on another port (0 = a free one). */
    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, adminPassword, allowUpdate, queryTimeoutMillis, maxResults, fusekiBase, base, corsOrigins,
                license, publisher);
    }

    /** The same options with a credentialed-CORS allow-list, a licence IRI and a publisher (each may be null). */
    public ServerOptions withPublication(java.util.List<String> origins, String licenseIri, String publisherNameOrIri) {
        return new ServerOptions(host, port, adminPassword, allowUpdate, queryTimeoutMillis, maxResults, fusekiBase, base, origins,
                licenseIri, publisherNameOrIri);
    }

    /** Whether query answers are capped at {@link #maxResults()}. */
    public boolean limitsResults() { return maxResults > 0; }

    /** Whether {@code /dais/update} exists: asked for, and protected by a password. */
    public boolean updatesEnabled() { return allowUpdate && adminPassword != null; }

    /** Whether Fuseki admin writes are possible at all (with the password). */
    public boolean adminWritesEnabled() { return adminPassword != null; }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ServerOptions[host=" + host + ", port=" + port + ", adminPassword=" + (adminPassword == null ? "none" : "****")
                + ", allowUpdate=" + allowUpdate + ", queryTimeoutMillis=" + queryTimeoutMillis + ", maxResults=" + maxResults
                + ", fusekiBase=" + fusekiBase
                + ", base=" + base + ", corsOrigins=" + corsOrigins + ", license=" + license + ", publisher=" + publisher + "]";
    }
}
