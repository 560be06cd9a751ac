package org.dais.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.dais.store.DaisStore;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL SELECT/ASK file against the store.")
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "FILE.rq")
    Path file;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("dais query: " + file + ": no such file");
            return 2;
        }
        Query query;
        try {
            query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (QueryParseException e) {
            System.err.println("dais query: " + file + ": " + e.getMessage());
            return 2;
        }
        try (DaisStore store = DaisStore.open(storeOptions.store)) {
            Txn.executeRead(store.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                    if (query.isAskType()) {
                        System.out.println(qe.execAsk());
                        return;
                    }
                    var rs = qe.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                        default -> ResultSetFormatter.out(System.out, rs, query.getPrefixMapping());
                    }
                }
            });
        }
        return 0;
    }
}
