package org.waymark.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The documents named by the INPUT arguments of {@code waymark map}, read lazily as the stream is consumed.
 *
 * <ul>
 *   <li>{@code .txt}, {@code .md}: one document of UTF-8 text, kept whole. Id: the file name without its
 *       extension. Title: the first non-empty line when it reads like a headline (at most 200 characters, more
 *       text after it, no closing full stop; a Markdown {@code #} heading always). Source: the path.</li>
 *   <li>{@code .html}, {@code .htm}: the main text (largest {@code <article>}, else {@code <main>}, else the
 *       body, without scripts, styles, navigation, headers, footers, asides and forms), one paragraph per block
 *       separated by a blank line. Title from {@code og:title}, else {@code <title>}; date from
 *       {@code article:published_time}, {@code datePublished}, {@code pubdate}, {@code date} and similar meta
 *       tags, as written.</li>
 *   <li>{@code .jsonl}: one document per line, streamed in constant memory. Each line is a JSON object with
 *       {@code id} (string or integer) and {@code text} (non-empty string), optionally {@code title},
 *       {@code url} (becomes the source; without it, the file's path) and {@code date}. Blank lines are
 *       skipped.</li>
 *   <li>a directory: the files above found under it, recursively, in path order. Files with other extensions
 *       are skipped and counted ({@link #skippedFiles()}); hidden files and directories (name starting with a
 *       dot) are skipped without counting; symbolic links are followed.</li>
 *   <li>{@code -}: standard input as one text document with id {@code stdin} (no source).</li>
 * </ul>
 *
 * <p>Extensions are matched case-insensitively. Text must be strict UTF-8 (an HTML page that is not UTF-8 may
 * declare its charset in a meta tag); a leading byte order mark is dropped.
 *
 * <p>Bad input never stops the run. Each missing or unreadable path, unsupported file type, empty, binary or
 * non-UTF-8 file, over-large file (more than {@value #MAX_DOCUMENT_BYTES} bytes for one document) and malformed
 * JSONL line is reported as one {@link InputProblem}, and the other inputs are read. Problems with paths are
 * reported by {@link #open}, before any document is read, so a mistyped path is known at once; problems with
 * content are reported while streaming, in input order.
 *
 * <p><b>Duplicate ids:</b> the first document with an id wins; a later one with the same id is reported and
 * skipped, not renamed, so that an id always means the same document from run to run (ids and text hashes
 * identify documents for {@code --append}). Two files with the same name in different directories therefore
 * collide: give them distinct names, or put them in a JSONL file with distinct ids.
 *
 * <p>Not thread-safe, except {@link #fractionRead()}, which a progress bar may poll from another thread.
 */
public final class DocumentReader {

    /** Largest input read as one document; bigger corpora belong in JSONL, which has no such limit per file. */
    public static final long MAX_DOCUMENT_BYTES = 64L << 20;

    private static final String STDIN = "stdin";
    private static final String SUPPORTED = ".txt, .md, .html, .htm or .jsonl";

    private enum Format {
        TEXT, MARKDOWN, HTML, JSONL;

        static Format of(Path path) {
            return of(path.getFileName() == null ? "" : path.getFileName().toString());
        }

        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".txt")) {
                return TEXT;
            } else if (name.endsWith(".md")) {
                return MARKDOWN;
            } else if (name.endsWith(".html") || name.endsWith(".htm")) {
                return HTML;
            } else if (name.endsWith(".jsonl")) {
                return JSONL;
            }
            return null;
        }
    }

    /** One file to read, or standard input when {@code path} is null. */
    private record Input(String name, Path path, Format format, long size) {
    }

    private final List<Input> inputs;
    private final InputStream stdin;
    private final Consumer<InputProblem> problems;
    private final int skippedFiles;
    private final long totalBytes;
    private final AtomicLong bytesRead = new AtomicLong();
    /** id → where it was first read from, to name both sides of a duplicate. */
    private final Map<String, String> firstSource = new HashMap<>();
    private boolean streamed;

    private DocumentReader(List<Input> inputs, int skippedFiles, InputStream stdin, Consumer<InputProblem> problems) {
        this.inputs = List.copyOf(inputs);
        this.skippedFiles = skippedFiles;
        this.stdin = stdin;
        this.problems = problems;
        this.totalBytes = inputs.stream().mapToLong(Input::size).sum();
    }

    /** {@link #open(List, InputStream, Consumer)} with {@code System.in} for {@code -}. */
    public static DocumentReader open(List<String> arguments, Consumer<InputProblem> problems) {
        return open(arguments, System.in, problems);
    }

    /**
     * Resolves the arguments to the files to read (walking directories) and reports the paths that cannot be
     * read. Reads no file content yet.
     *
     * @param arguments paths of files or directories, or {@code -} for standard input
     * @param stdin     what {@code -} reads
     * @param problems  told about every input, or JSONL line, that gives no document
     */
    public static DocumentReader open(List<String> arguments, InputStream stdin, Consumer<InputProblem> problems) {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(problems, "problems");
        Planner planner = new Planner(problems);
        for (String argument : arguments) {
            planner.add(argument);
        }
        return new DocumentReader(planner.inputs, planner.skipped, stdin, problems);
    }

    /**
     * The documents, read as the stream is consumed. Can be called once. Close the stream (try-with-resources)
     * if it may be abandoned before its end, to close the JSONL file being read.
     */
    public Stream<Document> documents() {
        if (streamed) {
            throw new IllegalStateException("documents() can be called once: inputs are read as they are streamed");
        }
        streamed = true;
        Documents documents = new Documents();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(documents::close);
    }

    /**
     * How many documents the stream will give at most (fewer if some inputs are bad), known when no JSONL file
     * is among the inputs: one per file, one for standard input. Empty otherwise; use {@link #fractionRead()}.
     */
    public OptionalLong expectedDocuments() {
        return inputs.stream().anyMatch(input -> input.format == Format.JSONL)
                ? OptionalLong.empty()
                : OptionalLong.of(inputs.size());
    }

    /**
     * Share of the input files' bytes read so far, 0..1, or NaN when there are no bytes to measure (only
     * standard input, or only empty files). Safe to call from any thread.
     */
    public double fractionRead() {
        return totalBytes == 0 ? Double.NaN : Math.min(1.0, (double) bytesRead.get() / totalBytes);
    }

    /** Files found in directories and skipped because their extension is not one Waymark reads. */
    public int skippedFiles() {
        return skippedFiles;
    }

    /** Turns the arguments into inputs, walking directories, and reports paths that cannot be read. */
    private static final class Planner {
        final List<Input> inputs = new ArrayList<>();
        final Consumer<InputProblem> problems;
        int skipped;
        boolean stdinSeen;

        Planner(Consumer<InputProblem> problems) {
            this.problems = problems;
        }

        void add(String argument) {
            if (argument.equals("-")) {
                if (stdinSeen) {
                    problems.accept(InputProblem.of(STDIN, "standard input (-) given more than once; read once"));
                } else {
                    stdinSeen = true;
                    inputs.add(new Input(STDIN, null, Format.TEXT, 0));
                }
                return;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                problems.accept(InputProblem.of(argument, "not a valid path: " + e.getReason()));
                return;
            }
            if (Files.isDirectory(path)) {
                walk(path, argument);
            } else if (!Files.exists(path)) {
                problems.accept(InputProblem.of(argument, Files.isSymbolicLink(path)
                        ? "broken symbolic link" : "no such file or directory"));
            } else if (Format.of(path) == null) {
                problems.accept(InputProblem.of(argument, "unsupported file type; expected " + SUPPORTED
                        + " files or a directory"));
            } else if (!Files.isReadable(path)) {
                problems.accept(InputProblem.of(argument, "permission denied"));
            } else {
                inputs.add(new Input(argument, path, Format.of(path), size(path)));
            }
        }

        private void walk(Path root, String argument) {
            List<Input> found = new ArrayList<>();
            int skippedBefore = skipped;
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                return !dir.equals(root) && isHidden(dir)
                                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                Format format = Format.of(file);
                                if (isHidden(file)) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (format == null || attrs.isDirectory()) {
                                    skipped++;
                                } else {
                                    found.add(new Input(file.toString(), file, format, attrs.size()));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                problems.accept(InputProblem.of(file.toString(), describe(e)));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.accept(InputProblem.of(argument, describe(e)));
            }
            if (found.isEmpty()) {
                int others = skipped - skippedBefore;
                problems.accept(InputProblem.of(argument, "no " + SUPPORTED + " files in this directory"
                        + (others > 0 ? " (" + others + " other files skipped)" : "")));
            }
            found.sort((a, b) -> a.path.compareTo(b.path));
            inputs.addAll(found);
        }

        private static boolean isHidden(Path path) {
            Path name = path.getFileName();
            return name != null && name.toString().startsWith(".");
        }

        private static long size(Path path) {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return 0; // reported when the file is read
            }
        }
    }

    /** Walks the inputs in order, one document ahead at most. */
    private final class Documents implements Iterator<Document> {
        private int next;
        private Document pending;
        private JsonlFile jsonl;
        private Input jsonlInput;
        private long jsonlBytes;

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (jsonl != null) {
                    Document document = jsonl.next();
                    if (document == null) {
                        finishJsonl();
                    } else if (isFirstWithId(document, jsonlInput.name, jsonl.lineNumber())) {
                        pending = document;
                    }
                } else if (next < inputs.size()) {
                    Input input = inputs.get(next++);
                    if (input.format == Format.JSONL) {
                        openJsonl(input);
                    } else {
                        Document document = readWhole(input);
                        if (document != null && isFirstWithId(document, input.name, 0)) {
                            pending = document;
                        }
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document document = pending;
            pending = null;
            return document;
        }

        private void openJsonl(Input input) {
            try {
                jsonl = new JsonlFile(Files.newInputStream(input.path), input.name, MAX_DOCUMENT_BYTES, problems,
                        n -> {
                            jsonlBytes += n;
                            bytesRead.addAndGet(n);
                        });
                jsonlInput = input;
                jsonlBytes = 0;
            } catch (IOException e) {
                problems.accept(InputProblem.of(input.name, describe(e)));
                bytesRead.addAndGet(input.size);
            }
        }

        private void finishJsonl() {
            close();
            // A file cut short by an error, or grown since it was listed, still ends at its listed size.
            bytesRead.addAndGet(Math.max(0, jsonlInput.size - jsonlBytes));
            jsonlInput = null;
        }

        private Document readWhole(Input input) {
            try {
                byte[] bytes;
                if (input.path == null) {
                    bytes = stdin.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                } else {
                    try (InputStream in = Files.newInputStream(input.path)) {
                        bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
                    }
                }
                checkSize(bytes, input.path == null ? "empty input" : "empty file");
                String id = input.path == null ? STDIN : withoutExtension(input.path.getFileName().toString());
                return whole(input.format, bytes, id, input.path == null ? null : input.name);
            } catch (IOException e) {
                problems.accept(InputProblem.of(input.name, describe(e)));
            } catch (BadInputException e) {
                problems.accept(e.toProblem(input.name));
            } finally {
                bytesRead.addAndGet(input.size);
            }
            return null;
        }

        private boolean isFirstWithId(Document document, String inputName, int line) {
            String first = firstSource.putIfAbsent(document.id(), inputName);
            if (first == null) {
                return true;
            }
            problems.accept(new InputProblem(inputName, line, "duplicate id \"" + document.id()
                    + "\", first read from " + first + "; skipped"));
            return false;
        }

        void close() {
            if (jsonl != null) {
                try {
                    jsonl.close();
                } catch (IOException e) {
                    // a file only read from: nothing is lost if closing it fails
                } finally {
                    jsonl = null;
                }
            }
        }
    }

    /** A whole file read as one document is neither empty nor more than {@value #MAX_DOCUMENT_BYTES} bytes. */
    private static void checkSize(byte[] bytes, String empty) throws BadInputException {
        if (bytes.length == 0) {
            throw new BadInputException(empty);
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new BadInputException("larger than " + (MAX_DOCUMENT_BYTES >> 20)
                    + " MB, too large for one document; split it, or put its parts in a JSONL file");
        }
    }

    /** One document of a whole file's bytes (text, Markdown or HTML). */
    private static Document whole(Format format, byte[] bytes, String id, String source) throws BadInputException {
        if (format == Format.HTML) {
            return HtmlText.read(bytes, id, source);
        }
        String text = TextBytes.utf8File(bytes);
        if (text.isBlank()) {
            throw new BadInputException("empty file (only whitespace)");
        }
        return new Document(id, text, PlainText.title(text, format == Format.MARKDOWN), source, null);
    }

    /**
     * Whether a file of that name is read as documents ({@value #SUPPORTED}), for a reader of files that are not on
     * the local file system (the Spark job's).
     */
    public static boolean supported(String fileName) {
        return Format.of(fileName) != null;
    }

    /**
     * The documents of one file that is read as a stream (a file of a Hadoop file system: the Spark job's inputs),
     * in file order, as {@link #documents()} reads the file of that name: id, title, source and problems alike.
     * Duplicate ids are not looked for here. The stream is closed by the caller.
     *
     * @param name     the file's path or URI as the documents' source and the problems name it; its extension
     *                 says how it is read ({@link #supported})
     * @param problems told about the file, or each JSONL line, that gives no document
     */
    public static Iterator<Document> documentsOf(String name, InputStream in, Consumer<InputProblem> problems) {
        Format format = Format.of(name.substring(name.lastIndexOf('/') + 1));
        if (format == null) {
            problems.accept(InputProblem.of(name, "unsupported file type; expected " + SUPPORTED));
            return java.util.Collections.emptyIterator();
        }
        if (format == Format.JSONL) {
            JsonlFile jsonl = new JsonlFile(in, name, MAX_DOCUMENT_BYTES, problems, n -> { });
            return Stream.generate(jsonl::next).takeWhile(Objects::nonNull).iterator();
        }
        try {
            byte[] bytes = in.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
            checkSize(bytes, "empty file");
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            return List.of(whole(format, bytes, withoutExtension(fileName), name)).iterator();
        } catch (IOException e) {
            problems.accept(InputProblem.of(name, describe(e)));
        } catch (BadInputException e) {
            problems.accept(e.toProblem(name));
        }
        return java.util.Collections.emptyIterator();
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** One line for an I/O failure, without the stack of path prefixes Java puts in its messages. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemLoopException) {
            return "symbolic link loop; skipped";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
