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
 * credentials of user {@code admin} (401 otherwise). Reads pass untouched. After
 * {@value #FREE_FAILURES} wrong credentials from one address, each further wrong attempt is
 * answered only after a delay that doubles up to {@value #MAX_DELAY_MILLIS} ms, so guessing the
 * password is slow; right credentials clear the count.
 */
final class WriteGuard implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private final byte[] expected;
    private final boolean guardReads;
    static final int FREE_FAILURES = 3;
    static final long FIRST_DELAY_MILLIS = 500;
    static final long MAX_DELAY_MILLIS = 8_000;
    /** Failures forgotten after this long without one. */
    private static final long FORGET_MILLIS = 15 * 60_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Failures> failures = new java.util.concurrent.ConcurrentHashMap<>();

    private record Failures(int count, long lastMillis) {}

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
            if (given != null) slowDown(request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Basic realm=\"dais admin\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Admin credentials required.");
            return;
        }
        failures.remove(request.getRemoteAddr());
        chain.doFilter(req, res);
    }

    /** Counts a wrong password from {@code address} and, past the free ones, waits before answering. */
    private void slowDown(String address) {
        long now = System.currentTimeMillis();
        if (failures.size() > 10_000) failures.clear(); // many addresses: start afresh rather than grow without bound
        Failures f = failures.merge(address, new Failures(1, now),
                (old, one) -> now - old.lastMillis() > FORGET_MILLIS ? one : new Failures(old.count() + 1, now));
        long delay = delayAfter(f.count());
        if (delay == 0) return;
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 0 for the first {@value #FREE_FAILURES} failures, then 0.5 s, 1 s, 2 s ... up to {@value #MAX_DELAY_MILLIS} ms. */
    static long delayAfter(int failuresSoFar) {
        if (failuresSoFar <= FREE_FAILURES) return 0;
        int doublings = Math.min(failuresSoFar - FREE_FAILURES - 1, 10);
        return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << doublings);
    }
}
