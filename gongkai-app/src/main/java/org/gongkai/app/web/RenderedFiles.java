package org.gongkai.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.app.store.StoreException;
import org.gongkai.app.store.StoreSettings;
import org.gongkai.app.store.VersionDocument;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.pipeline.ExportFormat;
import org.gongkai.core.pipeline.Loaded;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.pipeline.RenderFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A version's files, made on demand through the core pipeline and kept under {@code <data>/cache}
 * (a version's documents never change, so a file made once stays right): pdf, html and xlsx are
 * rendered from the version's BudgetFacts as {@code render} does; json is the stored Disclosure
 * JSON; csv is a zip of the CSV files {@code export --format csv} writes.
 */
@Component
public class RenderedFiles {

    /** The formats of {@code /files/{format}}. */
    public enum Format {
        PDF("pdf", MediaType.APPLICATION_PDF),
        HTML("html", new MediaType("text", "html", StandardCharsets.UTF_8)),
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        JSON("json", MediaType.APPLICATION_JSON),
        CSV("zip", MediaType.parseMediaType("application/zip"));

        final String extension;
        final MediaType mediaType;

        Format(String extension, MediaType mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        static Format of(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new StoreException.NotFound("没有这种文件格式：" + s + "（可用 pdf、html、xlsx、json、csv）");
        }
    }

    private final Pipeline pipeline;
    private final Path cacheDir;

    public RenderedFiles(Pipeline pipeline, StoreSettings settings) {
        this.pipeline = pipeline;
        this.cacheDir = settings.dataDir().resolve("cache");
    }

    /** The file's bytes: from the cache, or made now and cached. */
    public byte[] get(VersionDocument doc, Format format) {
        if (format == Format.JSON) {
            return doc.disclosureJsonBytes();
        }
        String key = doc.disclosure().id() + "-" + doc.version().number() + "-" + doc.version().fileSha256().substring(0, 16)
                + "." + format.name().toLowerCase(Locale.ROOT);
        Path cached = cacheDir.resolve(key);
        try {
            if (Files.isRegularFile(cached)) {
                return Files.readAllBytes(cached);
            }
            byte[] bytes = make(doc, format);
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, key, ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name a download gets: {@code <id>-v<n>.pdf}, {@code <id>-v<n>-csv.zip}. */
    static String fileName(VersionDocument doc, Format format) {
        String base = "disclosure-" + doc.disclosure().id() + "-v" + doc.version().number();
        return format == Format.CSV ? base + "-csv.zip" : base + "." + format.extension;
    }

    private byte[] make(VersionDocument doc, Format format) throws IOException {
        try {
            if (format == Format.CSV) {
                Loaded loaded = pipeline.load("disclosure.json", doc.disclosureJson().getBytes(StandardCharsets.UTF_8));
                return zip(pipeline.export(loaded, ExportFormat.CSV));
            }
            Loaded facts = pipeline.load("facts.json", doc.factsJson().getBytes(StandardCharsets.UTF_8));
            RenderFormat rf = switch (format) {
                case PDF -> RenderFormat.PDF;
                case HTML -> RenderFormat.HTML;
                default -> RenderFormat.XLSX;
            };
            return pipeline.render(pipeline.publish(facts).disclosure(), rf);
        } catch (IngestException e) {
            throw new StoreException.Integrity("存储的版本无法读出：" + e.describe());
        }
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
