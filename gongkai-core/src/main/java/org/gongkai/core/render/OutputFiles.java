package org.gongkai.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A set of output files written all-or-nothing: each file goes to a temporary file beside it and
 * is moved into place only when every file has been written, so a failure leaves what was there.
 */
public final class OutputFiles {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public OutputFiles put(String name, String content) {
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public OutputFiles put(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** Writes every file into {@code dir} (created if missing). */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path tmp = partFile(dir, e.getKey());
                staged.put(tmp, target);
                Files.write(tmp, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getKey(), e.getValue());
            }
        } finally {
            for (Path tmp : staged.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Writes one file atomically. A target that exists and is not a regular file (/dev/null, a
     * pipe) cannot be replaced by a rename, so it is written to directly.
     */
    public static void write(Path file, byte[] content) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                out.write(content);
            }
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = partFile(dir, file.getFileName().toString());
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A fresh hidden file beside the target, created with the usual permissions (not 0600). */
    private static Path partFile(Path dir, String name) {
        return dir.resolve("." + name + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".part");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
