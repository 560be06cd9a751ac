package org.dais.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query handler with a cap on the size of every answer: a query's LIMIT is lowered to
 * {@code maxResults} (SELECT rows, CONSTRUCT/DESCRIBE solutions of the WHERE clause), so one
 * {@code SELECT * { ?s ?p ?o }} cannot stream the whole store to a stranger. A lower LIMIT of the
 * query's own is kept; OFFSET is kept, so a client can page past the cap. ASK answers one boolean
 * and is left alone.
 *
 * <p>When the cap applies, the response says so in {@value #HEADER} (the cap); the rows themselves
 * are a standard result. The header can be set here because the dataset is decided before any
 * result is written.
 */
final class ResultLimit extends SPARQL_QueryDataset {
    /** Present, with the cap as value, on a response whose query was capped. */
    static final String HEADER = "X-Dais-Result-Limit";

    private final long maxResults;

    ResultLimit(long maxResults) {
        if (maxResults <= 0) throw new IllegalArgumentException("result limit must be positive: " + maxResults);
        this.maxResults = maxResults;
    }

    // The latest point where the parsed query is in hand and the one to execute is chosen.
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query toRun = decided.getRight() != null ? decided.getRight() : query;
        if (toRun.isAskType() || (toRun.hasLimit() && toRun.getLimit() <= maxResults)) return decided;
        Query capped = toRun.cloneQuery();
        capped.setLimit(maxResults);
        action.setResponseHeader(HEADER, Long.toString(maxResults));
        return Pair.create(decided.getLeft(), capped);
    }
}
