package org.waymark.nlp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What Waymark's model forms ({@link ParserModel}, {@link TaggerModels}) need of CoreNLP beyond its public API: its
 * fields and methods, reached by reflection (CoreNLP's version is pinned in the pom; a field or method it no longer
 * has fails with the name and that hint), and the build steps' way of writing a model file, replaced only once
 * complete.
 */
final class CoreNlpInternals {
    private CoreNlpInternals() {
    }

    /** Field {@code name}, declared by {@code owner}, of {@code o}. */
    static Object get(Object o, Class<?> owner, String name) {
        try {
            return field(owner, name).get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name + " cannot be read", e);
        }
    }

    static void set(Object o, Class<?> owner, String name, Object value) {
        try {
            field(owner, name).set(o, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name + " cannot be set", e);
        }
    }

    /**
     * Calls method {@code name} of {@code owner} on {@code o}, its parameter types those of {@code args} ({@code
     * boolean} for a {@code Boolean}); what the method throws is thrown as it is if it is unchecked or an
     * {@code IOException}.
     */
    static void call(Object o, Class<?> owner, String name, Object... args) throws IOException {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i] instanceof Boolean ? boolean.class : args[i].getClass();
        }
        try {
            Method m = owner.getDeclaredMethod(name, types);
            m.setAccessible(true);
            m.invoke(o, args);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name + " cannot be called",
                    e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name + " failed",
                    e.getCause());
        }
    }

    /** What a build step writes into a model file. */
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} (and its folders) through a temporary file beside it, replacing it only once complete. */
    static void write(Path file, Writer writer) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + " has no field " + name
                    + ": another CoreNLP version than the pom's?", e);
        }
    }
}
