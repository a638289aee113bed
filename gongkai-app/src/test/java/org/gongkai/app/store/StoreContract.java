package org.gongkai.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.app.GongkaiApplication;
import org.gongkai.core.derive.FactsGenerator;
import org.gongkai.core.catalogue.CatalogueSource;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.json.Json;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store and the workflow, run against H2 ({@link H2StoreTest}) and a real PostgreSQL
 * ({@link PostgresStoreTest}). The reference (samples/shanxi-zonggai-jianguanbu-2026.txt) has error
 * findings to acknowledge; a generated department of consistent facts has none.
 */
@SpringBootTest(classes = {GongkaiApplication.class, StoreContract.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "gongkai.bootstrap-admin=false")
abstract class StoreContract {

    static final Caller ADMIN = Caller.admin("root");
    static final Caller EDITOR = Caller.editor("ed", "608");
    static final Caller OTHER_EDITOR = Caller.editor("ed2", "7101");
    static final Caller REVIEWER = Caller.reviewer("rv", "140100");
    static final Caller OTHER_REVIEWER = Caller.reviewer("rv2", "140200");

    /** A clock the tests move: dates of publishing against the 批复 date. */
    @TestConfiguration
    static class TestClock {
        static final MutableClock CLOCK = new MutableClock();

        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    static final class MutableClock extends Clock {
        volatile Instant now = Instant.parse("2026-02-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired Directory directory;
    @Autowired Disclosures disclosures;
    @Autowired Workflow workflow;
    @Autowired BudgetLines budgetLines;
    @Autowired AuditLog audit;
    @Autowired StoreSettings settings;
    @Autowired TransactionTemplate tx;
    @Autowired VerifiedDocuments verified;

    static byte[] reference() throws Exception {
        Path root = Path.of(System.getProperty("gongkai.repoRoot", ".."));
        return Files.readAllBytes(root.resolve("samples/shanxi-zonggai-jianguanbu-2026.txt"));
    }

    static BudgetFacts generated(String name, String code, int year) {
        return new FactsGenerator(new Random(42L + year), CatalogueSource.shipped().forYear(year),
                FactsGenerator.Setting.of(code, "示范区", year)).next(name);
    }

    @BeforeEach
    void clean() throws Exception {
        for (String t : List.of("rechecks", "budget_lines", "finding_acknowledgements", "findings", "audit_log", "api_tokens", "versions",
                "disclosures", "users", "departments")) {
            jdbc.sql("DELETE FROM " + t).update();
        }
        jdbc.sql("UPDATE regions SET parent_id = NULL").update();
        jdbc.sql("DELETE FROM regions").update();
        TestClock.CLOCK.now = Instant.parse("2026-02-01T02:00:00Z");
        directory.createRegion(ADMIN, new Region("140000", "山西省", null));
        directory.createRegion(ADMIN, new Region("140100", "太原市", "140000"));
        directory.createRegion(ADMIN, new Region("140171", "示范区", "140100"));
        directory.createRegion(ADMIN, new Region("140200", "大同市", "140000"));
        directory.createDepartment(ADMIN, new Department("608", "山西转型综合改革示范区建设与公用事业管理部", DepartmentKind.DEPARTMENT, null, "140171"));
        directory.createDepartment(ADMIN, new Department("7101", "平城区教育局", DepartmentKind.DEPARTMENT, null, "140200"));
    }

    private UploadResult uploadReference(LocalDate approval) throws Exception {
        return disclosures.upload(EDITOR, new UploadRequest("shanxi-zonggai-jianguanbu-2026.txt", reference(), null, null, approval));
    }

    private UploadResult uploadGenerated(int year) {
        byte[] json = Json.write(generated("山西转型综合改革示范区建设与公用事业管理部", "608", year)).getBytes(StandardCharsets.UTF_8);
        return disclosures.upload(EDITOR, new UploadRequest("facts-" + year + ".json", json, null, null, LocalDate.of(2026, 1, 20)));
    }

    private List<Acknowledgement> acknowledgeAll(UploadResult r) {
        return disclosures.findings(EDITOR, r.id(), r.version()).stream().filter(f -> f.severity().equals("error"))
                .map(f -> Acknowledgement.of(f.id(), "已核实")).toList();
    }

    private void publish(UploadResult r, List<Acknowledgement> acks, String reason) {
        workflow.submit(EDITOR, r.id(), acks);
        workflow.approve(REVIEWER, r.id());
        workflow.publish(REVIEWER, r.id(), reason);
    }

    @Test
    void uploadStoresADraftWithTheFileAndItsFindings() throws Exception {
        UploadResult r = uploadReference(null);
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(r.created()).isTrue();
        assertThat(r.summary().fiscalYear()).isEqualTo(2026);
        assertThat(r.summary().tables()).isEqualTo(13);
        assertThat(r.summary().errors()).isPositive();
        assertThat(disclosures.file(EDITOR, r.id(), 1)).isEqualTo(reference());
        List<StoredFinding> findings = disclosures.findings(EDITOR, r.id(), 1);
        assertThat(findings).hasSize(r.summary().errors() + r.summary().warnings() + r.summary().infos());
        assertThat(findings.stream().map(StoredFinding::id).distinct().count()).isEqualTo(findings.size());
        assertThat(findings.get(0).json()).contains("\"id\"").contains("\"rule\"").contains("\"evidence\"");

        UploadResult again = uploadReference(null);
        assertThat(again.id()).isEqualTo(r.id());
        assertThat(again.version()).isEqualTo(2);
        assertThat(again.created()).isFalse();
        // the same document gives the same finding ids
        assertThat(disclosures.findings(EDITOR, r.id(), 2).stream().map(StoredFinding::id).toList())
                .isEqualTo(findings.stream().map(StoredFinding::id).toList());
    }

    @Test
    void uploadIsRefusedToOthersAndUnreadableInputIsNamed() {
        byte[] bytes = "不是公开文件".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> disclosures.upload(REVIEWER, new UploadRequest("a.txt", bytes, null, null, null)))
                .isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> disclosures.upload(Caller.anonymous(), new UploadRequest("a.txt", bytes, null, null, null)))
                .isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> disclosures.upload(EDITOR, new UploadRequest("x.txt", reference0(), "7101", null, null)))
                .isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> disclosures.upload(EDITOR, new UploadRequest("bad.json", "{\"format\": 1".getBytes(), null, null, null)))
                .isInstanceOf(StoreException.Unreadable.class).hasMessageContaining("bad.json");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single()).isZero();
    }

    private static byte[] reference0() {
        try {
            return reference();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void submitIsRefusedWhileErrorsAreNotAcknowledged() throws Exception {
        UploadResult r = uploadReference(null);
        List<Acknowledgement> all = acknowledgeAll(r);
        assertThat(all).hasSize(r.summary().errors());
        assertThatThrownBy(() -> workflow.submit(EDITOR, r.id(), List.of()))
                .isInstanceOfSatisfying(StoreException.UnacknowledgedErrors.class,
                        e -> assertThat(e.findingIds()).hasSize(all.size()));
        assertThatThrownBy(() -> workflow.submit(EDITOR, r.id(), all.subList(1, all.size())))
                .isInstanceOfSatisfying(StoreException.UnacknowledgedErrors.class,
                        e -> assertThat(e.findingIds()).containsExactly(all.get(0).finding()));
        assertThatThrownBy(() -> workflow.submit(EDITOR, r.id(), List.of(Acknowledgement.of(all.get(0).finding(), " "))))
                .isInstanceOf(StoreException.Invalid.class);
        assertThatThrownBy(() -> workflow.submit(EDITOR, r.id(), List.of(Acknowledgement.of("nope", "理由"))))
                .isInstanceOf(StoreException.Invalid.class);
        // a refused submit stores nothing
        assertThat(jdbc.sql("SELECT COUNT(*) FROM finding_acknowledgements").query(Long.class).single()).isZero();
        assertThat(disclosures.get(EDITOR, r.id()).latestStatus()).isEqualTo(VersionStatus.DRAFT);

        VersionInfo v = workflow.submit(EDITOR, r.id(), all);
        assertThat(v.status()).isEqualTo(VersionStatus.SUBMITTED);
        StoredFinding first = disclosures.findings(REVIEWER, r.id(), 1).stream()
                .filter(f -> f.id().equals(all.get(0).finding())).findFirst().orElseThrow();
        assertThat(first.acknowledgement().reason()).isEqualTo("已核实");
        assertThat(first.acknowledgement().username()).isEqualTo("ed");
    }

    @Test
    void transitionsAllowedAndRefused() {
        UploadResult r = uploadGenerated(2026);
        assertThat(r.summary().errors()).isZero();
        assertThatThrownBy(() -> workflow.approve(REVIEWER, r.id())).isInstanceOf(StoreException.TransitionNotAllowed.class);
        assertThatThrownBy(() -> workflow.publish(REVIEWER, r.id(), null)).isInstanceOf(StoreException.TransitionNotAllowed.class);
        assertThatThrownBy(() -> workflow.withdraw(REVIEWER, r.id(), "x")).isInstanceOf(StoreException.TransitionNotAllowed.class);
        assertThatThrownBy(() -> workflow.submit(OTHER_EDITOR, r.id(), List.of())).isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> workflow.submit(REVIEWER, r.id(), List.of())).isInstanceOf(StoreException.Forbidden.class);
        assertThat(workflow.submit(EDITOR, r.id(), List.of()).status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThatThrownBy(() -> workflow.submit(EDITOR, r.id(), List.of())).isInstanceOf(StoreException.TransitionNotAllowed.class);
        assertThatThrownBy(() -> workflow.approve(EDITOR, r.id())).isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> workflow.approve(OTHER_REVIEWER, r.id())).isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> workflow.approve(ADMIN, r.id())).isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> workflow.reject(REVIEWER, r.id(), "")).isInstanceOf(StoreException.Invalid.class);
        assertThat(workflow.reject(REVIEWER, r.id(), "数字与批复不符").status()).isEqualTo(VersionStatus.DRAFT);
        workflow.submit(EDITOR, r.id(), List.of());
        assertThat(workflow.approve(REVIEWER, r.id()).status()).isEqualTo(VersionStatus.APPROVED);
        assertThatThrownBy(() -> workflow.publish(EDITOR, r.id(), null)).isInstanceOf(StoreException.Forbidden.class);
        assertThat(workflow.publish(REVIEWER, r.id(), null).status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThatThrownBy(() -> workflow.withdraw(REVIEWER, r.id(), " ")).isInstanceOf(StoreException.Invalid.class);
        assertThat(workflow.withdraw(REVIEWER, r.id(), "发现错误").status()).isEqualTo(VersionStatus.WITHDRAWN);
        assertThatThrownBy(() -> disclosures.published(r.id())).isInstanceOf(StoreException.NotFound.class);

        List<AuditEntry> log = audit.forDisclosure(r.id());
        assertThat(log).extracting(AuditEntry::action)
                .containsExactly("upload", "submit", "reject", "submit", "approve", "publish", "withdraw");
        AuditEntry reject = log.get(2);
        assertThat(reject.username()).isEqualTo("rv");
        assertThat(reject.statusBefore()).isEqualTo("submitted");
        assertThat(reject.statusAfter()).isEqualTo("draft");
        assertThat(reject.reason()).isEqualTo("数字与批复不符");
    }

    @Test
    void publishRecordsTheDateAndSupersedesTheEarlierVersion() throws Exception {
        UploadResult v1 = uploadGenerated(2026);
        TestClock.CLOCK.now = Instant.parse("2026-02-09T01:00:00Z"); // 2026-02-09 in China: 20 days after 01-20
        publish(v1, List.of(), null);
        VersionInfo p1 = disclosures.version(Caller.anonymous(), v1.id(), 1);
        assertThat(p1.publishedDate()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(p1.publishedWithin20Days()).isTrue();
        VersionDocument pub = disclosures.published(v1.id());
        assertThat(pub.version().number()).isEqualTo(1);

        // a later draft changes nothing the public sees
        UploadResult v2 = uploadGenerated(2026);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(disclosures.published(v1.id()).disclosureJson()).isEqualTo(pub.disclosureJson());
        assertThat(disclosures.get(Caller.anonymous(), v1.id())).isEqualTo(disclosures.get(OTHER_EDITOR, v1.id()));
        assertThat(disclosures.get(Caller.anonymous(), v1.id()).latestVersion()).isEqualTo(1);
        assertThat(disclosures.versions(Caller.anonymous(), v1.id())).hasSize(1);
        assertThatThrownBy(() -> disclosures.version(Caller.anonymous(), v1.id(), 2)).isInstanceOf(StoreException.NotFound.class);
        assertThat(disclosures.versions(EDITOR, v1.id())).hasSize(2);

        TestClock.CLOCK.now = Instant.parse("2026-02-10T01:00:00Z"); // 21 days after 01-20
        workflow.submit(EDITOR, v1.id(), List.of());
        workflow.approve(REVIEWER, v1.id());
        assertThatThrownBy(() -> workflow.publish(REVIEWER, v1.id(), null)).isInstanceOf(StoreException.Invalid.class);
        VersionInfo p2 = workflow.publish(REVIEWER, v1.id(), "更正项目名称");
        assertThat(p2.publishedWithin20Days()).isFalse();
        assertThat(p2.publishReason()).isEqualTo("更正项目名称");
        VersionInfo old = disclosures.version(Caller.anonymous(), v1.id(), 1);
        assertThat(old.superseded()).isTrue();
        assertThat(old.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(disclosures.published(v1.id()).version().number()).isEqualTo(2);
        // the superseded version stays reachable, its documents unchanged
        assertThat(disclosures.document(Caller.anonymous(), v1.id(), 1).disclosureJson()).isEqualTo(pub.disclosureJson());
    }

    @Test
    void thePublicsCurrentDocumentFollowsEachPublicationAndWithdrawal() {
        UploadResult v1 = uploadGenerated(2026);
        assertThatThrownBy(() -> disclosures.currentDocument(Caller.anonymous(), v1.id())).isInstanceOf(StoreException.NotFound.class);
        publish(v1, List.of(), null);
        assertThat(disclosures.currentDocument(Caller.anonymous(), v1.id()).version().number()).isEqualTo(1);
        // read twice while nothing changes: the same version
        assertThat(disclosures.currentDocument(Caller.anonymous(), v1.id()).version().number()).isEqualTo(1);

        uploadGenerated(2026);
        assertThat(disclosures.currentDocument(Caller.anonymous(), v1.id()).version().number()).isEqualTo(1);
        publish(v1, List.of(), "更正项目名称");
        VersionDocument corrected = disclosures.currentDocument(Caller.anonymous(), v1.id());
        assertThat(corrected.version().number()).isEqualTo(2);
        assertThat(corrected.version().publishReason()).isEqualTo("更正项目名称");

        workflow.withdraw(REVIEWER, v1.id(), "数字有误");
        assertThatThrownBy(() -> disclosures.currentDocument(Caller.anonymous(), v1.id())).isInstanceOf(StoreException.NotFound.class);
    }

    @Test
    void publishWithoutApprovalDateLeavesTheTwentyDaysOpen() {
        byte[] json = Json.write(generated("山西转型综合改革示范区建设与公用事业管理部", "608", 2024)).getBytes(StandardCharsets.UTF_8);
        UploadResult r = disclosures.upload(EDITOR, new UploadRequest("f.json", json, null, null, null));
        publish(r, List.of(), null);
        VersionInfo v = disclosures.version(Caller.anonymous(), r.id(), 1);
        assertThat(v.approvalDate()).isNull();
        assertThat(v.publishedDate()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(v.publishedWithin20Days()).isNull();
    }

    @Test
    void storedBytesAndJsonAreCheckedOnRead() throws Exception {
        UploadResult r = uploadGenerated(2026);
        publish(r, List.of(), null);
        String path = jdbc.sql("SELECT file_path FROM versions").query(String.class).single();
        Path file = settings.filesDir().resolve(path);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, "改过的".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> disclosures.file(Caller.anonymous(), r.id(), 1)).isInstanceOf(StoreException.Integrity.class);
        Files.write(file, original);
        assertThat(disclosures.file(Caller.anonymous(), r.id(), 1)).isEqualTo(original);

        jdbc.sql("UPDATE versions SET disclosure_json = ?").param("{}").update();
        // the search index read (and checked) the published version when it was published: a new
        // process reads it first
        verified.clear();
        assertThatThrownBy(() -> disclosures.published(r.id())).isInstanceOf(StoreException.Integrity.class);
    }

    @Test
    void aRolledBackUploadLeavesNeitherRowsNorFile() throws Exception {
        long before = countFiles();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            uploadGenerated(2026);
            throw new IllegalStateException("fails after the upload, in the same transaction");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(countFiles()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM versions").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosures").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'upload'").query(Long.class).single()).isZero();
    }

    private long countFiles() throws Exception {
        if (!Files.isDirectory(settings.filesDir())) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(settings.filesDir())) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void draftsAreHiddenFromThePublicAndOtherDepartments() {
        UploadResult r = uploadGenerated(2025);
        assertThatThrownBy(() -> disclosures.get(Caller.anonymous(), r.id())).isInstanceOf(StoreException.NotFound.class);
        assertThatThrownBy(() -> disclosures.get(OTHER_EDITOR, r.id())).isInstanceOf(StoreException.NotFound.class);
        assertThatThrownBy(() -> disclosures.file(OTHER_REVIEWER, r.id(), 1)).isInstanceOf(StoreException.NotFound.class);
        assertThat(disclosures.list(Caller.anonymous(), DisclosureFilter.all())).isEmpty();
        assertThat(disclosures.list(REVIEWER, DisclosureFilter.all())).hasSize(1);
        assertThat(disclosures.list(EDITOR, new DisclosureFilter(null, "608", 2025, VersionStatus.DRAFT))).hasSize(1);
        assertThat(disclosures.list(EDITOR, new DisclosureFilter(null, null, 2024, null))).isEmpty();
        assertThatThrownBy(() -> disclosures.history(Caller.anonymous(), r.id())).isInstanceOf(StoreException.Forbidden.class);
    }

    @Test
    void aggregateSumsThePublishedLines() {
        BudgetFacts f2025 = generated("山西转型综合改革示范区建设与公用事业管理部", "608", 2025);
        BudgetFacts f2026 = generated("山西转型综合改革示范区建设与公用事业管理部", "608", 2026);
        publish(uploadGenerated(2025), List.of(), null);
        UploadResult draft = uploadGenerated(2026); // a draft does not count
        assertThat(draft.status()).isEqualTo(VersionStatus.DRAFT);

        AggregateResult all = budgetLines.query(AggregateQuery.by());
        assertThat(all.total()).isEqualByComparingTo(sum(f2025.lines()));
        AggregateResult byClass = budgetLines.query(AggregateQuery.by(Dimension.FUNCTION_CLASS));
        assertThat(byClass.cells().stream().map(AggregateResult.Cell::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sum(f2025.lines()));
        for (AggregateResult.Cell c : byClass.cells()) {
            String code = c.members().get("functionClass").code();
            assertThat(c.amount()).isEqualByComparingTo(sum(f2025.lines().stream()
                    .filter(l -> l.functionCode().digits().startsWith(code)).toList()));
            assertThat(c.members().get("functionClass").name()).isNotBlank();
        }
        publish(draft, List.of(), null);
        AggregateResult byYear = budgetLines.query(new AggregateQuery(List.of(Dimension.YEAR), Map.of(), AggregateQuery.AmountUnit.WAN,
                List.of(new AggregateQuery.Order(Dimension.YEAR, true)), 1, 10));
        assertThat(byYear.cells()).extracting(c -> c.members().get("year").code()).containsExactly("2026", "2025");
        assertThat(byYear.cells().get(0).amount()).isEqualByComparingTo(sum(f2026.lines()).divide(new BigDecimal(10_000), 2,
                java.math.RoundingMode.HALF_UP));
        AggregateResult cut = budgetLines.query(new AggregateQuery(List.of(Dimension.EXPENDITURE_KIND),
                Map.of(Dimension.YEAR, Set.of("2026")), AggregateQuery.AmountUnit.YUAN, List.of(), 1, 1));
        assertThat(cut.cells()).hasSize(1);
        assertThat(cut.totalCells()).isEqualTo(2);
        assertThat(cut.total()).isEqualByComparingTo(sum(f2026.lines()));
        assertThatThrownBy(() -> Dimension.of("colour")).isInstanceOf(StoreException.Invalid.class);
    }

    private static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(l -> l.amount().to(MoneyUnit.YUAN).value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void usersLoginsAndTokens() {
        assertThatThrownBy(() -> directory.createUser(EDITOR, new NewUser("x", "password1", Role.EDITOR, "608", null)))
                .isInstanceOf(StoreException.Forbidden.class);
        assertThatThrownBy(() -> directory.createUser(ADMIN, new NewUser("x", "password1", Role.EDITOR, null, null)))
                .isInstanceOf(StoreException.Invalid.class);
        User u = directory.createUser(ADMIN, new NewUser("editor1", "password1", Role.EDITOR, "608", null));
        assertThat(u.caller()).isEqualTo(Caller.editor("editor1", "608"));
        assertThatThrownBy(() -> directory.createUser(ADMIN, new NewUser("editor1", "password1", Role.EDITOR, "608", null)))
                .isInstanceOf(StoreException.Conflict.class);
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'editor1'").query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain("password1");
        assertThat(directory.authenticate("editor1", "password1").username()).isEqualTo("editor1");

        for (int i = 0; i < StoreSettings.FAILED_LOGINS_BEFORE_LOCK; i++) {
            assertThatThrownBy(() -> directory.authenticate("editor1", "wrong")).isInstanceOf(StoreException.LoginFailed.class);
        }
        assertThatThrownBy(() -> directory.authenticate("editor1", "password1"))
                .isInstanceOfSatisfying(StoreException.LoginFailed.class, e -> assertThat(e.retryAfter()).isNotNull());
        TestClock.CLOCK.now = TestClock.CLOCK.now.plus(StoreSettings.FIRST_LOCK).plusSeconds(1);
        assertThat(directory.authenticate("editor1", "password1").username()).isEqualTo("editor1");

        String token = directory.issueToken(u);
        assertThat(directory.userForToken(token)).contains(u);
        assertThat(directory.userForToken(token + "x")).isEmpty();
        TestClock.CLOCK.now = TestClock.CLOCK.now.plus(settings.tokenLifetime()).plusSeconds(1);
        assertThat(directory.userForToken(token)).isEmpty();

        assertThat(directory.bootstrapAdmin("admin-password")).contains("admin-password");
        assertThat(directory.bootstrapAdmin("again")).isEmpty();
        assertThat(directory.authenticate("admin", "admin-password").role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void reviewerSeesTheRegionsBelowIts() {
        assertThat(directory.regionWithin("140171", "140100")).isTrue();
        assertThat(directory.regionWithin("140171", "140000")).isTrue();
        assertThat(directory.regionWithin("140171", "140200")).isFalse();
        assertThatThrownBy(() -> directory.createRegion(ADMIN, new Region("140300", "阳泉市", "999999")))
                .isInstanceOf(StoreException.Invalid.class);
    }
}
