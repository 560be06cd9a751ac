package org.dais.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.dais.extract.EventClaim;
import org.dais.extract.Extraction;
import org.dais.ingest.DocumentException;
import org.dais.ingest.DocumentReaders;
import org.dais.rdf.IriMinter;

/** Reads an invented activity report and sums up its occasions and appearances in one line, for the forms tests. */
final class ActivityFormsReading {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));

    private ActivityFormsReading() {}

    static Extraction extract(String file, String article) throws DocumentException {
        return PIPELINE.extract(new DocumentReaders().read(file, article.getBytes(StandardCharsets.UTF_8)));
    }

    /** The summary of an invented wire item: headline, a blank line, the dateline, " -- ", the body and the wire's end mark. */
    static String read(String file, String dateline, String headline, String body) throws DocumentException {
        return summary(extract(file, headline + "\n\n" + dateline + " -- " + body + "\n-0-\n"));
    }

    /** kind@start@place of each occasion, then person@role@kind of each appearance, in the order read. */
    static String summary(Extraction x) {
        Map<Integer, String> kinds = x.events().stream().collect(Collectors.toMap(EventClaim::id, EventClaim::kind));
        String events = x.events().stream().map(e -> e.kind() + "@" + e.start() + "@" + (e.place() == null ? "" : e.place()))
                .collect(Collectors.joining(" ; "));
        String people = x.appearances().stream().map(a -> a.person() + "@" + a.role() + "@" + kinds.get(a.event()))
                .collect(Collectors.joining(" ; "));
        return events + " // " + people;
    }
}
