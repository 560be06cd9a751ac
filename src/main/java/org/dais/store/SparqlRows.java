package org.dais.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** SELECT results as rows of variable → lexical form (literals) or IRI, in a read transaction; unbound variables are absent. */
public final class SparqlRows {
    private SparqlRows() {}

    public static List<Map<String, String>> select(Dataset dataset, Query query) {
        return Txn.calculateRead(dataset, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        if (n != null) row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    public static List<Map<String, String>> select(Dataset dataset, String query) {
        return select(dataset, org.apache.jena.query.QueryFactory.create(query));
    }
}
