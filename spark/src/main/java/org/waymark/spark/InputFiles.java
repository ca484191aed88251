package org.waymark.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.waymark.text.DocumentReader;

/**
 * The files that the {@code --input} arguments name, listed on the driver through Hadoop's file systems (local
 * paths, {@code hdfs://}, {@code s3a://} …): a file as it is, a folder walked recursively in path order without its
 * hidden files and folders, as {@code waymark map} walks one. Documents are read from {@code .txt}, {@code .md},
 * {@code .html}, {@code .htm} and {@code .jsonl} files, tables from {@code .parquet} files; other files are counted
 * and skipped. A local path keeps the spelling it was given in, so that documents get the source {@code map} gives
 * them.
 *
 * @param documents files read as documents, in order: their names (source and id of their documents) and URIs
 * @param parquet   Parquet files of documents ({@code id}, {@code text}, optional {@code title}, {@code url},
 *                  {@code date})
 * @param skipped   files of other types under the folders
 */
record InputFiles(List<File> documents, List<String> parquet, int skipped) {

    /** A file to read: how documents name it, and where it is. */
    record File(String name, String uri) implements java.io.Serializable {
    }

    InputFiles {
        documents = List.copyOf(documents);
        parquet = List.copyOf(parquet);
    }

    /**
     * @throws IllegalArgumentException naming every argument that does not exist or cannot be listed
     */
    static InputFiles list(List<String> arguments, Configuration conf) {
        List<File> documents = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int skipped = 0;
        for (String argument : arguments) {
            try {
                Path root = new Path(argument);
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(root);
                List<FileStatus> files = status.isDirectory() ? walk(fs, status.getPath()) : List.of(status);
                for (FileStatus file : files) {
                    String uri = file.getPath().toString();
                    if (isParquet(uri)) {
                        parquet.add(uri);
                    } else if (DocumentReader.supported(file.getPath().getName())) {
                        documents.add(new File(name(argument, status, file), uri));
                    } else if (status.isDirectory()) {
                        skipped++;
                    } else {
                        missing.add(argument + ": unsupported file type; expected .txt, .md, .html, .htm, .jsonl "
                                + "or .parquet files or a folder");
                    }
                }
            } catch (FileNotFoundException e) {
                missing.add(argument + ": no such file or folder");
            } catch (IOException | IllegalArgumentException e) {
                missing.add(argument + ": " + e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("cannot read " + String.join("; ", missing));
        }
        return new InputFiles(documents, parquet, skipped);
    }

    boolean isEmpty() {
        return documents.isEmpty() && parquet.isEmpty();
    }

    private static boolean isParquet(String uri) {
        return uri.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** The files under a folder, in path order, without hidden ones (a name starting with a dot or, as Spark and
     * Hadoop write them, an underscore: {@code _SUCCESS}). */
    private static List<FileStatus> walk(FileSystem fs, Path root) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        String prefix = root.toUri().getPath();
        while (it.hasNext()) {
            LocatedFileStatus file = it.next();
            String relative = file.getPath().toUri().getPath().substring(prefix.length());
            if (!hidden(relative)) {
                files.add(file);
            }
        }
        files.sort(Comparator.comparing(f -> f.getPath().toUri().getPath()));
        return files;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of a file as {@code waymark map} gives it: a local argument as written, a file under it as the
     * argument joined with its relative path; a URI of another file system as the file's URI.
     */
    private static String name(String argument, FileStatus root, FileStatus file) {
        URI given = URI.create(argument.replace(" ", "%20"));
        if (given.getScheme() != null && !"file".equals(given.getScheme())) {
            return file.getPath().toString();
        }
        if (!root.isDirectory()) {
            return argument;
        }
        String relative = file.getPath().toUri().getPath().substring(root.getPath().toUri().getPath().length());
        return java.nio.file.Path.of(argument).resolve(relative.replaceFirst("^/", "")).toString();
    }
}
