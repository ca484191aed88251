package org.waymark.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.waymark.eval.MoveLink.End;

/**
 * SpaceEval 2015 (ISO-Space) documents with their MOVELINKs. Each file holds {@code <TEXT>} (CDATA) and
 * {@code <TAGS>}, whose elements carry {@code id}, {@code start}, {@code end} (UTF-16 offsets into the text,
 * -1 for non-consuming tags) and {@code text}; a MOVELINK refers to them by id in {@code trigger},
 * {@code source} and {@code goal}.
 *
 * @param documents in path order
 */
public record MovelinkCorpus(List<MovelinkDocument> documents) {

    public MovelinkCorpus {
        documents = List.copyOf(documents);
    }

    /**
     * Reads every {@code *.xml} below a folder (or one file), in path order.
     *
     * @throws IllegalArgumentException naming the file when one is not a SpaceEval document, or none is found
     */
    public static MovelinkCorpus read(Path folderOrFile) {
        List<Path> files;
        if (Files.isDirectory(folderOrFile)) {
            try (Stream<Path> walk = Files.walk(folderOrFile)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folderOrFile, e);
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException(folderOrFile + " holds no .xml file");
            }
        } else if (Files.isRegularFile(folderOrFile)) {
            files = List.of(folderOrFile);
        } else {
            throw new IllegalArgumentException(folderOrFile + " is neither a folder nor a file");
        }
        Path base = Files.isDirectory(folderOrFile) ? folderOrFile : folderOrFile.getParent();
        List<MovelinkDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String id = (base == null ? file : base.relativize(file)).toString()
                    .replace(java.io.File.separatorChar, '/').replaceFirst("\\.xml$", "");
            documents.add(readFile(file, id));
        }
        return new MovelinkCorpus(documents);
    }

    public int links() {
        return count(l -> true);
    }

    /** Links that name a source, whether or not it can be scored. */
    public int linksWithSource() {
        return count(l -> l.source() != null);
    }

    public int linksWithGoal() {
        return count(l -> l.goal() != null);
    }

    /** Sources with a span: the gold of source scoring. */
    public int scorableSources() {
        return count(l -> l.source() != null && l.source().scorable());
    }

    public int scorableGoals() {
        return count(l -> l.goal() != null && l.goal().scorable());
    }

    private int count(Predicate<MoveLink> p) {
        return (int) documents.stream().flatMap(d -> d.links().stream()).filter(p).count();
    }

    private record Tag(String element, int start, int end, String text, boolean named) {
    }

    private static MovelinkDocument readFile(Path file, String id) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Element root = Xml.parse(xml, file.toString());
        String text = Xml.rawText(root, "TEXT");
        Element tags = Xml.child(root, "TAGS");
        if (text == null || tags == null) {
            throw new IllegalArgumentException(file + ": not a SpaceEval document: the root <" + root.getTagName()
                    + "> needs <TEXT> and <TAGS>");
        }
        Map<String, Tag> byId = new HashMap<>();
        List<Element> movelinks = new ArrayList<>();
        for (Node n = tags.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (e.getTagName().equals("MOVELINK")) {
                movelinks.add(e);
            } else if (!e.getAttribute("id").isEmpty() && e.hasAttribute("start")) {
                byId.put(e.getAttribute("id"), tag(e, text, file));
            }
        }
        List<MoveLink> links = new ArrayList<>();
        for (Element link : movelinks) {
            String linkId = link.getAttribute("id");
            Span trigger = null;
            End t = end(link.getAttribute("trigger"), byId, text);
            if (t != null) {
                trigger = t.span();
            }
            links.add(new MoveLink(linkId, trigger, end(link.getAttribute("source"), byId, text),
                    end(link.getAttribute("goal"), byId, text)));
        }
        return new MovelinkDocument(id, text, links);
    }

    private static Tag tag(Element e, String text, Path file) {
        String where = file + ": <" + e.getTagName() + " id=\"" + e.getAttribute("id") + "\">";
        int start, end;
        try {
            start = Integer.parseInt(e.getAttribute("start").strip());
            end = Integer.parseInt(e.getAttribute("end").strip());
        } catch (NumberFormatException x) {
            throw new IllegalArgumentException(where + " has a start or end that is not an integer", x);
        }
        if (start >= 0 && (end <= start || end > text.length())) {
            throw new IllegalArgumentException(where + " spans [" + start + ", " + end
                    + "), outside its text of " + text.length() + " characters");
        }
        return new Tag(e.getTagName(), start, end, e.getAttribute("text"), "NAM".equals(e.getAttribute("form")));
    }

    /** The link end an id refers to, null for an empty attribute. */
    private static End end(String ref, Map<String, Tag> byId, String text) {
        String id = ref.strip();
        if (id.isEmpty()) {
            return null;
        }
        Tag tag = byId.get(id);
        if (tag == null) {
            return new End(id, null, null, null, false);
        }
        Span span = tag.start() < 0 ? null
                : new Span(text.codePointCount(0, tag.start()), text.codePointCount(0, tag.end()));
        return new End(id, tag.element(), span, tag.text(), tag.named());
    }
}
