package org.dais.server;

import java.nio.file.Path;

/**
 * How the server runs. {@code adminPassword} null means no write of any kind: Fuseki admin
 * writes (create/delete dataset, backup, compact) are refused, and there is no update endpoint.
 * An update endpoint exists only when {@code allowUpdate} and a password are both given.
 */
public record ServerOptions(String host, int port, String adminPassword, boolean allowUpdate, long queryTimeoutMillis, Path fusekiBase,
        String base) {
    public static final String ADMIN_USER = "admin";

    public ServerOptions {
        if (host == null || host.isBlank()) host = "localhost";
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (adminPassword != null && adminPassword.isBlank()) adminPassword = null;
        if (queryTimeoutMillis <= 0) throw new IllegalArgumentException("query timeout must be positive: " + queryTimeoutMillis);
        if (fusekiBase == null) fusekiBase = Path.of("run", "fuseki");
        if (base == null || base.isBlank()) base = org.dais.rdf.IriMinter.DEFAULT_BASE;
        if (!base.endsWith("/")) base = base + "/";
    }

    /** Options for entities minted under the default base. */
    public ServerOptions(String host, int port, String adminPassword, boolean allowUpdate, long queryTimeoutMillis, Path fusekiBase) {
        this(host, port, adminPassword, allowUpdate, queryTimeoutMillis, fusekiBase, org.dais.rdf.IriMinter.DEFAULT_BASE);
    }

    public static ServerOptions defaults() {
        return new ServerOptions("localhost", 3030, null, false, 30_000, Path.of("run", "fuseki"), org.dais.rdf.IriMinter.DEFAULT_BASE);
    }

    public boolean updatesEnabled() { return allowUpdate && adminPassword != null; }
}
