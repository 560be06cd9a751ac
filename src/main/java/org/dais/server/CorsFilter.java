package org.dais.server;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Cross-origin access. Any origin reads anonymously ({@code Access-Control-Allow-Origin: *},
 * which browsers never combine with cookies or HTTP credentials); only the operator's allow-list
 * ({@code serve --cors-origin}) is answered with its own origin and
 * {@code Access-Control-Allow-Credentials: true}, so a page elsewhere cannot use an operator's
 * credentials against the admin endpoints. Every response says {@code Vary: Origin}, and the
 * headers scripts need are exposed.
 */
final class CorsFilter implements Filter {
    static final String EXPOSED = "Link, Content-Location, " + ResultLimit.HEADER + ", ETag, Last-Modified, Location";
    private static final String METHODS = "GET, HEAD, POST, OPTIONS";
    private static final String ANONYMOUS_HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since";
    private final Set<String> credentialed;

    CorsFilter(List<String> credentialedOrigins) {
        this.credentialed = Set.copyOf(credentialedOrigins.stream().map(o -> o.strip().replaceFirst("/+$", "")).toList());
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = new VaryOrigin((HttpServletResponse) res);
        response.setHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean trusted = credentialed.contains(origin);
        response.setHeader("Access-Control-Allow-Origin", trusted ? origin : "*");
        if (trusted) response.setHeader("Access-Control-Allow-Credentials", "true");
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            // A preflight: answered here, for every path.
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", trusted ? ANONYMOUS_HEADERS + ", Authorization" : ANONYMOUS_HEADERS);
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Keeps "Origin" in Vary when a servlet later sets its own Vary (Accept), and the CORS headers ours. */
    private static final class VaryOrigin extends HttpServletResponseWrapper {
        VaryOrigin(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (ours(name) && containsHeader(name)) return;
            super.setHeader(name, vary(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (ours(name) && containsHeader(name)) return;
            if ("Vary".equalsIgnoreCase(name)) {
                super.setHeader(name, vary(name, value));
                return;
            }
            super.addHeader(name, value);
        }

        /** Fuseki's own CORS answers must not widen ours. */
        private static boolean ours(String name) {
            return name.regionMatches(true, 0, "Access-Control-", 0, 15);
        }

        private String vary(String name, String value) {
            if (!"Vary".equalsIgnoreCase(name) || value == null) return value;
            String current = getHeader("Vary");
            java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
            for (String v : ((current == null ? "" : current) + "," + value).split(",")) if (!v.isBlank()) all.add(v.strip());
            if (all.stream().noneMatch("Origin"::equalsIgnoreCase)) all.add("Origin");
            return String.join(", ", all);
        }
    }
}
