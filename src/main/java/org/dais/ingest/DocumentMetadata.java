package org.dais.ingest;

import java.time.LocalDate;

/**
 * What the page says about the article itself. {@code published} may be null when no date can
 * be read; {@code yearStated} is false when the year was inferred rather than printed.
 * {@code bodyStart}/{@code bodyEnd} bound the article text proper: page banners before it and
 * teaser lists or comment footers after it produce no facts. {@code dateConflict}, when not
 * null, says how the text's own date disagreed with the date declared for the document.
 */
public record DocumentMetadata(
        String publisher,
        LocalDate published,
        String publishedWording,
        boolean yearStated,
        String headline,
        int bodyStart,
        int bodyEnd,
        String dateConflict) {

    public DocumentMetadata(String publisher, LocalDate published, String publishedWording, boolean yearStated,
                            String headline, int bodyStart, int bodyEnd) {
        this(publisher, published, publishedWording, yearStated, headline, bodyStart, bodyEnd, null);
    }
}
