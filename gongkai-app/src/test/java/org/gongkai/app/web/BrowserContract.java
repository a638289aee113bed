package org.gongkai.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.app.search.SearchIndex;
import org.gongkai.app.store.Directory;
import org.gongkai.core.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The portal in a real browser: the server on a random port on the embedded H2 database (the
 * directory of {@link WebContract}: regions 山西省 › 太原市 › 示范区 and 大同市, departments 608 and 7101,
 * editors {@code ed}/{@code ed2}, reviewers {@code rv}/{@code rv2}), set up once for the class, and one
 * headless Chromium driven through its chromedriver — Debian's {@code chromium} and
 * {@code chromium-driver}, never a browser or driver downloaded (system properties
 * {@code gongkai.chromium} and {@code gongkai.chromedriver} name others). Helpers open a page and
 * wait for its charts, run axe-core (the copy the build vendors, read from the class path) inside
 * it, and take screenshots at 1366 and 390 CSS pixels into {@code target/screenshots/}.
 */
@SpringBootTest(classes = GongkaiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gongkai.bootstrap-admin=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserContract {

    static final String PASSWORD = WebContract.PASSWORD;
    /** The widths every page is looked at: a laptop and a phone (CSS pixels). */
    static final int WIDE = 1366;
    static final int NARROW = 390;

    @Autowired Environment env;
    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired LoginThrottle throttle;
    @Autowired SearchIndex index;

    Api api;
    ChromeDriver driver;
    Path downloads;
    private Path profile;
    private String axeSource;
    private int width = WIDE;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry r) throws IOException {
        String dir = Files.createTempDirectory("gongkai-browser-").toString();
        r.add("gongkai.data", () -> dir);
    }

    @BeforeAll
    void startBrowser() throws Exception {
        directory();
        api = new Api(env.getProperty("local.server.port"));
        data();
        downloads = Files.createTempDirectory("gongkai-downloads-");
        profile = Files.createTempDirectory("gongkai-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-extensions", "--lang=zh-CN", "--window-size=" + WIDE + ",900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        width(WIDE);
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** The class's published and draft disclosures, made once before its tests. */
    abstract void data() throws Exception;

    /** An empty store with the directory of {@link WebContract}, the search index emptied too. */
    private void directory() {
        WebContract.freshDirectory(jdbc, directory, throttle);
        index.rebuild();
    }

    // ---- data through the REST API, as the editors and reviewers would

    static byte[] reference() throws Exception {
        Path root = Path.of(System.getProperty("gongkai.repoRoot", ".."));
        return Files.readAllBytes(root.resolve("samples/shanxi-zonggai-jianguanbu-2026.txt"));
    }

    /** Uploads a file as the editor; the disclosure's id. */
    long upload(String editor, String name, byte[] content, String approvalDate) throws Exception {
        Api.Answer up = api.upload(api.token(editor, PASSWORD), name, content, Map.of("approvalDate", approvalDate));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        return up.json().get("id").asLong();
    }

    /** Submits (every error acknowledged), approves and publishes the latest version; {@code reason} for a correction. */
    void publish(long id, int version, String editor, String reviewer, String reason) throws Exception {
        String ed = api.token(editor, PASSWORD);
        String rv = api.token(reviewer, PASSWORD);
        JsonNode findings = api.get("/api/disclosures/" + id + "/versions/" + version + "/findings", ed).json();
        StringBuilder ack = new StringBuilder("[");
        for (JsonNode f : findings) {
            if (f.get("severity").asString().equals("error")) {
                ack.append(ack.length() > 1 ? "," : "").append("{\"finding\":\"").append(f.get("id").asString())
                        .append("\",\"reason\":\"已与批复核对\"}");
            }
        }
        ack.append(']');
        assertThat(api.postJson("/api/disclosures/" + id + "/submit", ed, ack.toString()).status()).isEqualTo(200);
        assertThat(api.postJson("/api/disclosures/" + id + "/approve", rv, null).status()).isEqualTo(200);
        Api.Answer p = api.postJson("/api/disclosures/" + id + "/publish", rv, reason == null ? null : "{\"reason\":\"" + reason + "\"}");
        assertThat(p.status()).as(p.text()).isEqualTo(200);
    }

    // ---- the browser

    /** The browser's viewport: this many CSS pixels wide (a phone's is emulated as one, touch and all). */
    void width(int w) {
        this.width = w;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", w, "height", w == NARROW ? 844 : 900,
                "deviceScaleFactor", 1, "mobile", w == NARROW));
    }

    /** Opens a root-relative address and waits until the page and its charts are there. */
    void open(String path) {
        driver.get(api.base + path);
        settle();
    }

    /** Waits for the page loaded and each chart's data drawn as a chart. */
    void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(js("return document.readyState"))
                && ((Number) js("return document.querySelectorAll('script.chart-data').length - document.querySelectorAll('figure.chart svg').length"))
                        .intValue() <= 0);
    }

    /** The address the browser shows, root-relative and decoded. */
    String path() {
        String u = driver.getCurrentUrl();
        return java.net.URLDecoder.decode(u.substring(api.base.length()), StandardCharsets.UTF_8);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** A link in {@code <main>} by its whole visible text. */
    WebElement link(String text) {
        return driver.findElement(By.xpath("//main//a[normalize-space(.)=" + xpathString(text) + "]"));
    }

    private static String xpathString(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }

    /**
     * The serious and critical violations axe-core finds in the page as it stands, each with its
     * rule, the node's target and its HTML (empty when there is none).
     */
    List<String> axe() {
        if (axeSource == null) {
            try (InputStream in = getClass().getResourceAsStream("/static/vendor/axe.min.js")) {
                assertThat(in).as("axe.min.js in the build's static/vendor").isNotNull();
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axeSource);
        }
        String json = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); },"
                        + " function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])); });");
        List<String> out = new ArrayList<>();
        for (JsonNode v : Json.mapper().readTree(json)) {
            String impact = v.path("impact").asString("");
            if (!impact.equals("serious") && !impact.equals("critical")) {
                continue;
            }
            StringBuilder sb = new StringBuilder().append(path()).append(" @").append(width).append("px: ").append(v.path("id").asString())
                    .append(" (").append(impact).append(") ").append(v.path("help").asString());
            int n = 0;
            for (JsonNode node : v.path("nodes")) {
                if (n++ == 5) {
                    sb.append("\n    … ").append(v.path("nodes").size() - 5).append(" more");
                    break;
                }
                String html = node.path("html").asString("");
                sb.append("\n    ").append(node.path("target").toString()).append("  ")
                        .append(html.length() > 300 ? html.substring(0, 300) + "…" : html);
                String summary = node.path("failureSummary").asString("");
                if (!summary.isEmpty()) {
                    sb.append("\n      ").append(summary.replace("\n", " "));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** A screenshot of the page from its top, at the current width, into target/screenshots/NAME-WIDTH.png. */
    Path screenshot(String name) throws IOException {
        Number h = (Number) js("return Math.min(Math.max(document.documentElement.scrollHeight, window.innerHeight), 6000)");
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", h.intValue(), "scale", 1)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + width + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** A screenshot of what the window shows now, into target/screenshots/NAME-WIDTH.png. */
    Path screenshotOfWindow(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + width + ".png");
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
    }

    /** The page scrolls sideways as a whole: its content wider than the window. */
    boolean pageScrollsSideways() {
        return (Boolean) js("return document.documentElement.scrollWidth > window.innerWidth");
    }
}
