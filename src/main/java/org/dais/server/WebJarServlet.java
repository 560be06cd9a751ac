package org.dais.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves WebJar files from the classpath at {@code /webjars/...}: the explorer's scripts come from the jar, not a CDN. */
final class WebJarServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || !path.matches("/[\\w./-]+")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebJarServlet.class.getResourceAsStream("/META-INF/resources/webjars" + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] body = in.readAllBytes();
            response.setContentType(path.endsWith(".js") ? "text/javascript; charset=utf-8" : path.endsWith(".css") ? "text/css" : "application/octet-stream");
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
