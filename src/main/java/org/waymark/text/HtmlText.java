package org.waymark.text;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page: its main text with paragraphs kept apart, its title and its publication date.
 * Page furniture (scripts, styles, navigation, headers, footers, asides, forms) is dropped; the largest
 * {@code <article>} is preferred, then {@code <main>}, then the whole body.
 */
final class HtmlText {

    /** Page furniture, never article text. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "nav, header, footer, aside, form, button, select, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [hidden]";

    /** Meta tags that carry the publication date, most specific first. */
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=publish-date]", "meta[name=dc.date.issued]", "meta[name=dcterms.date]",
        "meta[name=dc.date]", "meta[name=date]",
    };

    /** Elements that start a new paragraph. Table cells are only separated by a space. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "body", "caption", "dd",
            "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
            "h6", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
            "tr", "ul");

    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private HtmlText() {
    }

    /**
     * Reads an HTML file. UTF-8 is tried first; only if the bytes are not UTF-8 is a charset declared in a
     * {@code <meta>} tag used (old pages in windows-1252 and the like).
     *
     * @throws BadInputException not decodable, or no text left once the page furniture is gone
     */
    static Document read(byte[] bytes, String id, String source) throws BadInputException {
        String html;
        try {
            html = TextBytes.utf8File(bytes);
        } catch (BadInputException notUtf8) {
            Charset declared = declaredCharset(bytes);
            if (declared == null || declared.equals(StandardCharsets.UTF_8) || bytes.length == 0) {
                throw notUtf8;
            }
            html = TextBytes.file(bytes, declared);
        }
        org.jsoup.nodes.Document page = Jsoup.parse(html, "");
        String title = firstNonBlank(page.select("meta[property=og:title]").attr("content"), page.title());
        String date = null;
        for (String query : DATE_META) {
            date = firstNonBlank(page.select(query).attr("content"));
            if (date != null) {
                break;
            }
        }
        page.select(FURNITURE).remove();
        String text = text(mainElement(page));
        if (text.isEmpty()) {
            throw new BadInputException("no text in the HTML once scripts, styles and navigation are dropped");
        }
        return new Document(id, text, title, source, date);
    }

    private static Element mainElement(org.jsoup.nodes.Document page) {
        Element article = page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .orElse(null);
        if (article != null && article.hasText()) {
            return article;
        }
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && main.hasText()) {
            return main;
        }
        return page.body();
    }

    /** Text with whitespace collapsed inside paragraphs, a blank line between them, and a newline for a br. */
    static String text(Element root) {
        ParagraphText visitor = new ParagraphText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString();
    }

    private static final class ParagraphText implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        int pendingNewlines;
        boolean pendingSpace;
        int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (preDepth > 0) {
                    appendVerbatim(text.getWholeText());
                } else {
                    appendCollapsed(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    pendingNewlines = Math.min(2, pendingNewlines + 1);
                } else if (BLOCKS.contains(tag)) {
                    pendingNewlines = 2;
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) {
                    pendingNewlines = 2;
                } else if (tag.equals("td") || tag.equals("th")) {
                    pendingSpace = true;
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                } else {
                    flushPending();
                    out.append(c);
                }
            }
        }

        private void appendVerbatim(String s) {
            String[] lines = s.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    pendingNewlines = Math.max(pendingNewlines, 1);
                }
                String line = lines[i].stripTrailing();
                if (!line.isEmpty()) {
                    flushPending();
                    out.append(line);
                }
            }
        }

        private void flushPending() {
            if (out.length() > 0) {
                if (pendingNewlines > 0) {
                    out.append("\n".repeat(pendingNewlines));
                } else if (pendingSpace) {
                    out.append(' ');
                }
            }
            pendingNewlines = 0;
            pendingSpace = false;
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... candidates) {
        for (String s : candidates) {
            if (s != null && !s.isBlank()) {
                return s.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
