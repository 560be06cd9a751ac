package org.dais.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards the operations that change the server or its data (Fuseki admin writes, the update
 * endpoint): without an operator password they are refused (403); with one they need HTTP Basic
 * credentials of user {@code admin} (401 otherwise). Reads pass untouched.
 */
final class WriteGuard implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final byte[] expected;
    private final boolean guardReads;

    /** {@code guardReads}: also guard GET (for an endpoint that only writes). */
    WriteGuard(String password, boolean guardReads) {
        this.expected = password == null ? null
                : ("Basic " + Base64.getEncoder().encodeToString((ServerOptions.ADMIN_USER + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .getBytes(StandardCharsets.UTF_8);
        this.guardReads = guardReads;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (SAFE.contains(request.getMethod()) && !(guardReads && !"OPTIONS".equals(request.getMethod()))) {
            chain.doFilter(req, res);
            return;
        }
        if (expected == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "This dais server is read-only: writes need an operator password (serve --admin-password).");
            return;
        }
        String given = request.getHeader("Authorization");
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"dais admin\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Admin credentials required.");
            return;
        }
        chain.doFilter(req, res);
    }
}
