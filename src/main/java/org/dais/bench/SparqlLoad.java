package org.dais.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load on a SPARQL endpoint: {@code clients} threads each send one query,
 * wait for the whole response, and send the next, for a fixed time. Latency is measured per
 * request from send to last byte, as a client sees it.
 */
public final class SparqlLoad {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    public SparqlLoad(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Latencies and failures of one run. */
    public record Result(String query, int clients, double seconds, long[] latenciesNanos, long errors) {
        public double qps() { return latenciesNanos.length / seconds; }
        public double percentileMillis(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /**
     * Runs {@code clients} concurrent clients for {@code seconds}; {@code queryText} gives the
     * query for the n-th request (so parameters can vary between requests).
     */
    public Result run(String name, int clients, double seconds, IntFunction<String> queryText) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        List<Future<List<Long>>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    String query = queryText.apply((int) counter.getAndIncrement());
                    long start = System.nanoTime();
                    if (send(query)) latencies.add(System.nanoTime() - start);
                    else errors.incrementAndGet();
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            try {
                all.addAll(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("load client failed", e.getCause());
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new Result(name, clients, elapsed, all.stream().mapToLong(Long::longValue).toArray(), errors.get());
    }

    /** One query, the response read to the end; false on an HTTP error or a failure to connect. */
    public boolean send(String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * An analyst query with its parameter — a person's name ({@code ?name}) or part of a meeting's
     * or series' name ({@code ?meetingName}, {@code ?seriesName}), given in a {@code VALUES} or a
     * {@code BIND} — replaced by one of {@code names} or {@code meetings}, chosen per request.
     */
    public static IntFunction<String> parameterized(String query, List<String> names, List<String> meetings, long seed) {
        return n -> {
            Random r = new Random(seed * 31 + n);
            java.util.regex.Matcher m = PARAMETER.matcher(query);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String variable = m.group(2) != null ? m.group(2) : m.group(4);
                List<String> values = variable.equals("name") ? names
                        : variable.equals("meetingName") || variable.equals("seriesName") ? meetings : List.of();
                String replacement = m.group();
                if (!values.isEmpty()) {
                    String value = values.get(r.nextInt(values.size())).replace("\\", "\\\\").replace("\"", "\\\"");
                    replacement = m.group(2) != null ? "VALUES ?" + variable + " { \"" + value + "\" }" : "BIND (\"" + value + "\" AS ?" + variable + ")";
                }
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        };
    }

    private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile(
            "(VALUES \\?(\\w+) \\{ \"[^\"]*\" \\})|(BIND \\(\"[^\"]*\" AS \\?(\\w+)\\))");

    /** Whether the query takes a person or meeting parameter (a lookup), rather than reporting over the whole graph. */
    public static boolean isLookup(String query) {
        java.util.regex.Matcher m = PARAMETER.matcher(query);
        while (m.find()) {
            String variable = m.group(2) != null ? m.group(2) : m.group(4);
            if (List.of("name", "meetingName", "seriesName").contains(variable)) return true;
        }
        return false;
    }
}
