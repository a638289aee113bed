package org.gongkai.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of an input, before they are read as a disclosure: a file read within
 * {@link TextDisclosureReader#MAX_BYTES}, and whether the bytes are a JSON document
 * ({@link JsonInput}) or a published text ({@link TextDisclosureReader}). Loading an input as a
 * whole — which profile, which reader — is the pipeline's first stage
 * ({@code org.gongkai.core.pipeline.Pipeline#load}).
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The bytes of a file, refusing a missing file, anything that is not a regular file, and a file
     * larger than {@link TextDisclosureReader#MAX_BYTES} before reading it.
     *
     * @throws IngestException saying what is wrong, in Chinese
     */
    public static byte[] readBounded(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new IngestException(name, "文件不存在：" + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new IngestException(name, "不是普通文件：" + file);
        }
        try {
            if (Files.size(file) > TextDisclosureReader.MAX_BYTES) {
                throw new IngestException(name, "文件过大（" + Files.size(file) + " 字节），上限为 "
                        + TextDisclosureReader.MAX_BYTES + " 字节");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) TextDisclosureReader.MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new IngestException(name, "无法读取文件：" + e.getMessage());
        }
    }

    /** Whether the bytes hold a JSON object (after an optional BOM and whitespace) rather than text. */
    public static boolean looksLikeJson(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{';
    }
}
