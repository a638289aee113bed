package org.gongkai.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.app.store.Acknowledgement;
import org.gongkai.app.store.Caller;
import org.gongkai.app.store.Department;
import org.gongkai.app.store.DepartmentKind;
import org.gongkai.app.store.Directory;
import org.gongkai.app.store.DisclosureFilter;
import org.gongkai.app.store.Disclosures;
import org.gongkai.app.store.NewUser;
import org.gongkai.app.store.Region;
import org.gongkai.app.store.Role;
import org.gongkai.app.store.StoreSettings;
import org.gongkai.app.store.StoredFinding;
import org.gongkai.app.store.UploadRequest;
import org.gongkai.app.store.UploadResult;
import org.gongkai.app.store.Workflow;
import org.gongkai.core.derive.FactsGenerator;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.json.Json;
import org.gongkai.core.pipeline.Pipeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: fills an empty database with an example — regions of 山西 (province, two
 * cities, three districts), the reference (山西转型综合改革示范区建设与公用事业管理部 2026, published
 * after its errors were acknowledged, with a later draft), and generated departments of consistent
 * random facts in 2024–2026, some published, some submitted, some drafts — all through the same
 * services as the API (upload through the core pipeline, the workflow's transitions). Prints the
 * demo accounts. Does nothing when the database already holds a disclosure. With
 * {@code gongkai.demo-size} N (the {@code serve --demo-size} option), more generated departments are
 * published until N disclosures are (a data set for the server benchmark, {@code bench/server.sh}).
 */
@Component
@Order(10)
public class DemoData implements ApplicationRunner {

    /** The password of every demo account (printed at start). */
    public static final String DEMO_PASSWORD = "gongkai-demo";
    private static final String REFERENCE = "samples/shanxi-zonggai-jianguanbu-2026.txt";

    private final boolean enabled;
    private final int size;
    private final Directory directory;
    private final Disclosures disclosures;
    private final Workflow workflow;
    private final Pipeline pipeline;
    private final Clock clock;
    private final StoreSettings settings;

    public DemoData(@Value("${gongkai.demo:false}") boolean enabled, @Value("${gongkai.demo-size:0}") int size,
            Directory directory, Disclosures disclosures, Workflow workflow, Pipeline pipeline, Clock clock, StoreSettings settings) {
        this.enabled = enabled || size > 0;
        this.size = size;
        this.directory = directory;
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.pipeline = pipeline;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled) {
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!disclosures.list(Caller.admin("demo"), DisclosureFilter.all()).isEmpty()) {
            out.println("gongkai: 数据库已有公开文件，不再填入示例数据");
            return;
        }
        Summary s = fill();
        if (size > s.published) {
            long start = System.nanoTime();
            int added = fillPublished(size - s.published);
            s = new Summary(s.disclosures + added, s.published + added, s.firstGenerated);
            out.println("gongkai: 另填入 " + added + " 份已公开的随机生成公开文件（--demo-size " + size + "），用时 "
                    + (System.nanoTime() - start) / 1_000_000_000 + " 秒");
        }
        out.println("gongkai: 已填入示例数据：" + s.disclosures + " 份公开文件（" + s.published + " 份已公开），"
                + "示例账号的密码均为 " + DEMO_PASSWORD + "：");
        out.println("  reviewer-sx    审核人员，山西省（全部地区）");
        out.println("  reviewer-ty    审核人员，太原市");
        out.println("  editor-608     编制人员，" + "山西转型综合改革示范区建设与公用事业管理部（参考文件）");
        out.println("  editor-<代码>  编制人员，其他示例部门（代码见 /api/disclosures，如 editor-" + s.firstGenerated + "）");
    }

    private record Summary(int disclosures, int published, String firstGenerated) {
    }

    /** Fills the database; returns what it stored. */
    Summary fill() throws IOException {
        Caller admin = Caller.admin("demo");
        directory.createRegion(admin, new Region("140000", "山西省", null));
        directory.createRegion(admin, new Region("140100", "太原市", "140000"));
        directory.createRegion(admin, new Region("140200", "大同市", "140000"));
        directory.createRegion(admin, new Region("140171", "山西转型综改示范区太原开发区", "140100"));
        directory.createRegion(admin, new Region("140105", "小店区", "140100"));
        directory.createRegion(admin, new Region("140213", "平城区", "140200"));
        directory.createUser(admin, new NewUser("reviewer-sx", DEMO_PASSWORD, Role.REVIEWER, null, "140000"));
        directory.createUser(admin, new NewUser("reviewer-ty", DEMO_PASSWORD, Role.REVIEWER, null, "140100"));
        Caller reviewer = Caller.reviewer("reviewer-sx", "140000");
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        int count = 0;
        int published = 0;

        // the reference: errors acknowledged, published; then a correction uploaded as a draft
        Department ref = directory.createDepartment(admin,
                new Department("608", "山西转型综合改革示范区建设与公用事业管理部", DepartmentKind.DEPARTMENT, null, "140171"));
        directory.createUser(admin, new NewUser("editor-608", DEMO_PASSWORD, Role.EDITOR, ref.code(), null));
        Caller refEditor = Caller.editor("editor-608", ref.code());
        byte[] reference = reference();
        if (reference != null) {
            UploadResult r = disclosures.upload(refEditor, new UploadRequest("shanxi-zonggai-jianguanbu-2026.txt", reference, null,
                    null, today.minusDays(12)));
            List<Acknowledgement> acks = new ArrayList<>();
            for (StoredFinding f : disclosures.findings(refEditor, r.id(), r.version())) {
                if ("error".equals(f.severity())) {
                    acks.add(Acknowledgement.of(f.id(), "示例：已与批复核对，按批复数公开"));
                }
            }
            workflow.submit(refEditor, r.id(), acks);
            workflow.approve(reviewer, r.id());
            workflow.publish(reviewer, r.id(), null);
            disclosures.upload(refEditor, new UploadRequest("shanxi-zonggai-jianguanbu-2026.txt", reference, null, null,
                    today.minusDays(12)));
            count++;
            published++;
        }

        // generated departments in three districts, 2024–2026
        String[][] districts = {{"140171", "山西转型综改示范区太原开发区"}, {"140105", "小店区"}, {"140213", "平城区"}};
        String[] names = {"教育局", "卫生健康局", "交通运输局", "民政局"};
        String first = null;
        int n = 0;
        for (String[] d : districts) {
            for (int k = 0; k < names.length; k++) {
                String code = d[0].substring(4) + String.format("%02d", k + 1);
                String name = d[1] + names[k];
                Department dept = directory.createDepartment(admin, new Department(code, name, DepartmentKind.DEPARTMENT, null, d[0]));
                directory.createUser(admin, new NewUser("editor-" + code, DEMO_PASSWORD, Role.EDITOR, dept.code(), null));
                first = first == null ? code : first;
                Caller editor = Caller.editor("editor-" + code, dept.code());
                for (int year = 2024; year <= 2026; year++) {
                    BudgetFacts facts = new FactsGenerator(new Random(Integer.parseInt(code) * 10_000L + year),
                            pipeline.catalogues().forYear(year), FactsGenerator.Setting.of(code, d[1], year)).next(name);
                    byte[] json = Json.write(facts).getBytes(StandardCharsets.UTF_8);
                    UploadResult r = disclosures.upload(editor, new UploadRequest(code + "-" + year + ".json", json, null, null,
                            today.minusDays(5 + (n % 30))));
                    count++;
                    switch (n++ % 4) {
                        case 0, 1 -> {
                            workflow.submit(editor, r.id(), List.of());
                            workflow.approve(reviewer, r.id());
                            workflow.publish(reviewer, r.id(), null);
                            published++;
                        }
                        case 2 -> workflow.submit(editor, r.id(), List.of());
                        default -> { }
                    }
                }
            }
        }
        return new Summary(count, published, first);
    }

    /**
     * For {@code --demo-size}: {@code count} more published disclosures of generated departments
     * (codes 9xxxx, no accounts), three years each, in the three districts of {@link #fill}.
     */
    int fillPublished(int count) {
        Caller admin = Caller.admin("demo");
        Caller reviewer = Caller.reviewer("reviewer-sx", "140000");
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        String[][] districts = {{"140171", "山西转型综改示范区太原开发区"}, {"140105", "小店区"}, {"140213", "平城区"}};
        String[] names = {"教育局", "卫生健康局", "交通运输局", "民政局", "财政局", "农业农村局", "文化和旅游局", "水务局"};
        int added = 0;
        for (int k = 0; added < count; k++) {
            String[] d = districts[k % districts.length];
            String code = String.valueOf(90_000 + k);
            String name = d[1] + names[k % names.length] + "（示例" + (k + 1) + "）";
            directory.createDepartment(admin, new Department(code, name, DepartmentKind.DEPARTMENT, null, d[0]));
            Caller editor = Caller.editor("editor-" + code, code);
            for (int year = 2024; year <= 2026 && added < count; year++) {
                BudgetFacts facts = new FactsGenerator(new Random(Integer.parseInt(code) * 10_000L + year),
                        pipeline.catalogues().forYear(year), FactsGenerator.Setting.of(code, d[1], year)).next(name);
                byte[] json = Json.write(facts).getBytes(StandardCharsets.UTF_8);
                UploadResult r = disclosures.upload(editor, new UploadRequest(code + "-" + year + ".json", json, null, null,
                        today.minusDays(10)));
                workflow.submit(editor, r.id(), List.of());
                workflow.approve(reviewer, r.id());
                workflow.publish(reviewer, r.id(), null);
                added++;
            }
        }
        return added;
    }

    /** The reference text: beside the working directory (the repository) or in the jar's folder; null when absent. */
    private static byte[] reference() throws IOException {
        for (Path p : List.of(Path.of(REFERENCE), Path.of("..", REFERENCE))) {
            if (Files.isRegularFile(p)) {
                return Files.readAllBytes(p);
            }
        }
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/shanxi-zonggai-jianguanbu-2026.txt")) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
