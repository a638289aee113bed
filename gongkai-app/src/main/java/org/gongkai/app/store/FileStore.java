package org.gongkai.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The uploaded files under {@code <data>/files/}: each written once under a new name (a temporary
 * file, forced to disk, then moved into place), never changed. Written inside a transaction, a file
 * is deleted again when the transaction rolls back; a file left by a process killed before its
 * commit belongs to no version and {@link #sweep} removes it on the next start.
 */
@Component
public class FileStore {

    private final Path root;

    public FileStore(StoreSettings settings) {
        this.root = settings.filesDir();
    }

    /** A stored file: its path relative to the files directory. */
    public record StoredFile(String path, long size, String sha256) {
    }

    /** Writes the bytes under a new name; inside a transaction, deleted again on rollback. */
    public StoredFile store(byte[] bytes) {
        String name = UUID.randomUUID() + ".bin";
        String rel = name.substring(0, 2) + "/" + name;
        Path target = root.resolve(rel);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(name + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存上传文件：" + e.getMessage(), e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(rel);
                    }
                }
            });
        }
        return new StoredFile(rel, bytes.length, Hashes.sha256(bytes));
    }

    /** The bytes of a stored file. */
    public byte[] read(String rel) {
        try {
            return Files.readAllBytes(resolve(rel));
        } catch (IOException e) {
            throw new StoreException.Integrity("存储的文件缺失或无法读取：" + rel);
        }
    }

    public boolean exists(String rel) {
        return Files.isRegularFile(resolve(rel));
    }

    void delete(String rel) {
        try {
            Files.deleteIfExists(resolve(rel));
        } catch (IOException e) {
            // left for the next sweep
        }
    }

    /**
     * Deletes every file (and temporary file) that no version references: what a process killed
     * mid-upload left. Run at start, before any upload. Returns how many were deleted.
     */
    public int sweep(Set<String> referenced) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int[] deleted = {0};
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!referenced.contains(rel)) {
                    delete(rel);
                    deleted[0]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted[0];
    }

    private Path resolve(String rel) {
        Path p = root.resolve(rel).normalize();
        if (!p.startsWith(root)) {
            throw new StoreException.Invalid("文件路径越界：" + rel);
        }
        return p;
    }
}
