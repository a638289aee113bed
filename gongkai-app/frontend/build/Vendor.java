import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * The build's frontend step (run by the Maven build in generate-resources, as a single-file Java
 * program): installs the locked npm packages with {@code npm ci} unless node_modules is already
 * newer than package-lock.json, then copies the browser files the portal serves into the jar's
 * static/vendor/. Arguments: the frontend folder and the output folder.
 */
public class Vendor {

    /** What the portal serves: the file in node_modules and its name under static/vendor/. */
    private static final List<String[]> FILES = List.of(
            new String[] {"echarts/dist/echarts.min.js", "echarts.min.js"},
            new String[] {"echarts/LICENSE", "echarts.LICENSE.txt"},
            new String[] {"axe-core/axe.min.js", "axe.min.js"},
            new String[] {"axe-core/LICENSE", "axe-core.LICENSE.txt"});

    public static void main(String[] args) throws IOException, InterruptedException {
        Path frontend = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path lock = frontend.resolve("package-lock.json");
        Path installed = frontend.resolve("node_modules/.package-lock.json");
        if (!Files.isRegularFile(lock)) {
            fail("frontend: " + lock + " is missing");
        }
        if (Files.isRegularFile(installed) && newer(installed, lock) && newer(installed, frontend.resolve("package.json"))) {
            System.out.println("frontend: node_modules is up to date with package-lock.json, npm ci skipped");
        } else {
            boolean windows = System.getProperty("os.name", "").toLowerCase().contains("win");
            List<String> command = List.of(windows ? "npm.cmd" : "npm", "ci", "--no-audit", "--no-fund");
            System.out.println("frontend: " + String.join(" ", command));
            Process p;
            try {
                p = new ProcessBuilder(command).directory(frontend.toFile()).inheritIO().start();
            } catch (IOException e) {
                fail("frontend: npm was not found (install Node.js and npm, e.g. apt-get install nodejs npm): " + e.getMessage());
                return;
            }
            int rc = p.waitFor();
            if (rc != 0) {
                fail("frontend: npm ci failed with exit code " + rc);
            }
        }
        Files.createDirectories(out);
        for (String[] f : FILES) {
            Path from = frontend.resolve("node_modules").resolve(f[0]);
            if (!Files.isRegularFile(from)) {
                fail("frontend: " + from + " is missing after npm ci");
            }
            Files.copy(from, out.resolve(f[1]), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        System.out.println("frontend: " + FILES.size() + " files in " + out);
    }

    private static boolean newer(Path a, Path b) throws IOException {
        if (!Files.exists(b)) {
            return true;
        }
        FileTime ta = Files.getLastModifiedTime(a);
        return ta.compareTo(Files.getLastModifiedTime(b)) >= 0;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
