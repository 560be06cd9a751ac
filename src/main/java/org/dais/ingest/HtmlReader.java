package org.dais.ingest;

import java.nio.file.Path;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads saved web pages: scripts, styles and page chrome (navigation, header, footer, asides,
 * forms) are dropped; block elements become paragraphs so sentences don't run together.
 */
public final class HtmlReader implements DocumentReader {
    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
    }

    @Override
    public SourceDocument read(Path file) throws DocumentException {
        byte[] bytes = ReadFiles.bytes(file, PlainTextReader.MAX_BYTES);
        return fromText(file, TextDecoder.decode(file, bytes));
    }

    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile(
            "(?is)^\\s*(?:<!doctype\\s+html|<html\\b|<head\\b|<body\\b|<!--.*?-->\\s*<html\\b).*");

    /** Whether decoded text is an HTML page (saved with another extension). */
    static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.substring(0, Math.min(text.length(), 2000))).matches();
    }

    /** The article text of an HTML page already decoded. */
    SourceDocument fromText(Path file, String html) throws DocumentException {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, menu").remove();
        Element body = page.body();
        StringBuilder text = new StringBuilder();
        String title = page.title().strip();
        Element main = body.selectFirst("article, main, [role=main]");
        Element root = main != null ? main : body;
        if (!title.isEmpty() && (main == null || main.selectFirst("h1, h2") == null)) text.append(title).append("\n\n");
        for (Element block : root.select("h1, h2, h3, h4, p, li, pre, blockquote, td")) {
            if (!block.children().select("p, li, h1, h2, h3, h4").isEmpty() && !block.is("li, td")) continue; // its children are taken
            String line = block.text().strip();
            if (!line.isEmpty()) text.append(line).append("\n\n");
        }
        if (text.toString().strip().equals(title)) text.append(root.text());
        String result = text.toString().strip();
        if (result.isEmpty()) throw new DocumentException(file, "HTML page has no text");
        return new SourceDocument(file.getFileName().toString(), file, result);
    }

}
