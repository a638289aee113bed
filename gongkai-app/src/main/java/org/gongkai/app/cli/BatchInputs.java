package org.gongkai.app.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files a command is given: each file as named, each folder read recursively for the kinds
 * Gongkai reads (.txt, .json, .pdf, .xlsx), in name order; symbolic links to folders are not followed.
 */
final class BatchInputs {

    /** The extensions of the inputs {@code Pipeline.load} reads: 公开文本, JSON, published PDF. */
    static final List<String> EXTENSIONS = List.of(".txt", ".json", ".pdf", ".xlsx");

    /** Paths found, and folders that could not be listed (each becomes an unreadable row). */
    record Found(List<Path> files, Map<Path, String> failures) {
    }

    private BatchInputs() {
    }

    /** Whether the arguments are one file, to be handled exactly as a single-file command. */
    static boolean isSingleFile(List<Path> args) {
        return args.size() == 1 && !Files.isDirectory(args.get(0));
    }

    static Found expand(List<Path> args) {
        Set<Path> files = new LinkedHashSet<>();
        Map<Path, String> failures = new java.util.LinkedHashMap<>();
        for (Path arg : args) {
            if (!Files.isDirectory(arg)) {
                files.add(arg);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(arg, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (readable(file) && Files.isRegularFile(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        failures.put(file, "无法读取目录或文件：" + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                failures.put(arg, "无法读取目录：" + e.getMessage());
            }
            found.sort(null);
            files.addAll(found);
        }
        return new Found(List.copyOf(files), failures);
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * A name for each file's own output (report, subfolder), from its file name without the
     * extension, made safe and unique in the order given: "a", "a-2", …
     */
    static List<String> uniqueStems(List<Path> files) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> stems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName() == null ? "input" : f.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            for (String ext : EXTENSIONS) {
                if (lower.endsWith(ext) && name.length() > ext.length()) {
                    name = name.substring(0, name.length() - ext.length());
                    break;
                }
            }
            name = name.replaceAll("[\\\\/:*?\"<>|\\s]", "_");
            if (name.isEmpty() || name.startsWith(".")) {
                name = "_" + name;
            }
            String key = name.toLowerCase(Locale.ROOT);
            int n = seen.merge(key, 1, Integer::sum);
            String stem = n == 1 ? name : name + "-" + n;
            while (n > 1 && seen.containsKey(stem.toLowerCase(Locale.ROOT))) {
                n = seen.merge(key, 1, Integer::sum);
                stem = name + "-" + n;
            }
            if (n > 1) {
                seen.put(stem.toLowerCase(Locale.ROOT), 1);
            }
            stems.add(stem);
        }
        return stems;
    }
}
