package org.gongkai.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.stream.Stream;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the core, from the bottom up: {@code model} depends on nothing; {@code facts}
 * on the model; {@code catalogue} and {@code profile} are reference data over the model at most;
 * {@code json} (the shared mapper) and {@code performance} (indicator pairing) sit below the
 * readers and writers; {@code ingest} reads, and neither derives, checks nor writes; {@code derive},
 * {@code check} and {@code render} use what is below them, and check and render work on the model,
 * not on the readers; {@code entry} (the entry workbook) reads and writes facts over the model, the facts, the catalogue
 * and the readers' error; {@code pipeline} is the top, and nothing in the core uses it. No two top-level packages depend on each other, and the core uses no
 * framework. Only the core's main classes are examined.
 */
class ArchitectureTest {

    private static final String CORE = "org.gongkai.core";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    /** The top-level packages under {@code root} are free of dependency cycles. */
    static ArchRule topLevelPackagesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** Classes of core package {@code pkg} depend on no core package but themselves and {@code allowed}. */
    private static ArchRule dependsOnlyOn(String pkg, String... allowed) {
        String[] own = Stream.concat(Stream.of(pkg), Arrays.stream(allowed)).map(p -> CORE + "." + p + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(CORE + "." + pkg + "..")
                .should().dependOnClassesThat(resideInAPackage(CORE + "..").and(not(resideInAnyPackage(own))))
                .as(pkg + " depends on no core package but " + (allowed.length == 0 ? "itself" : String.join(", ", allowed)));
    }

    @Test
    void modelDependsOnNoOtherCorePackage() {
        dependsOnlyOn("model").check(CLASSES);
    }

    @Test
    void factsDependOnlyOnTheModel() {
        dependsOnlyOn("facts", "model").check(CLASSES);
    }

    @Test
    void catalogueAndProfileAreDataOverTheModel() {
        dependsOnlyOn("catalogue", "model").check(CLASSES);
        dependsOnlyOn("profile", "model").check(CLASSES);
    }

    @Test
    void jsonAndPerformanceSitBelowReadingAndWriting() {
        dependsOnlyOn("json", "model", "facts").check(CLASSES);
        dependsOnlyOn("performance", "model").check(CLASSES);
    }

    @Test
    void ingestNeitherDerivesChecksNorRenders() {
        noClasses().that().resideInAPackage(CORE + ".ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE + ".render..", CORE + ".derive..",
                        CORE + ".check..", CORE + ".pipeline..")
                .check(CLASSES);
    }

    /**
     * The entry workbook (预算录入表) reads and writes facts: it uses the model, the facts, the
     * catalogue and the readers' error (IngestException), never derive, check, render or the pipeline.
     */
    @Test
    void entryWorkbookReadsAndWritesFactsOnly() {
        dependsOnlyOn("entry", "model", "facts", "catalogue", "ingest").check(CLASSES);
        noClasses().that().resideInAPackage(CORE + ".entry..")
                .should().callMethod(Catalogue.class, "forYear", int.class)
                .check(CLASSES);
    }

    @Test
    void checkAndRenderWorkOnTheModelNotOnTheReaders() {
        noClasses().that().resideInAnyPackage(CORE + ".check..", CORE + ".render..")
                .should().dependOnClassesThat().resideInAPackage(CORE + ".ingest..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        topLevelPackagesFreeOfCycles(CORE).check(CLASSES);
    }

    /**
     * Inside {@code check}: the engine depends on no other part of check; the shared table views on
     * the engine only; each rule family on the engine and the views, never on another family nor on
     * the registry ({@code check.Rules}, {@code check.Checker}) that lists them all.
     */
    @Test
    void checkFamiliesStandBesideEachOther() {
        String check = CORE + ".check";
        noClasses().that().resideInAPackage(check + ".engine..")
                .should().dependOnClassesThat(resideInAPackage(check + "..").and(not(resideInAPackage(check + ".engine.."))))
                .check(CLASSES);
        noClasses().that().resideInAPackage(check + ".view..")
                .should().dependOnClassesThat(resideInAPackage(check + "..")
                        .and(not(resideInAnyPackage(check + ".engine..", check + ".view.."))))
                .check(CLASSES);
        for (String family : new String[] {"table", "cross", "narrative", "performance", "code", "completeness"}) {
            noClasses().that().resideInAPackage(check + "." + family + "..")
                    .should().dependOnClassesThat(resideInAPackage(check + "..")
                            .and(not(resideInAnyPackage(check + ".engine..", check + ".view..", check + "." + family + ".."))))
                    .as("check." + family + " uses only check.engine and check.view besides itself")
                    .check(CLASSES);
        }
        topLevelPackagesFreeOfCycles(check).check(CLASSES);
    }

    @Test
    void theCycleRuleReportsADeliberateCycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.gongkai.archfixture");
        assertThat(fixture).isNotEmpty();
        EvaluationResult result = topLevelPackagesFreeOfCycles("org.gongkai.archfixture").evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected", "archfixture.a", "archfixture.b");
    }

    @Test
    void coreUsesNoFramework() {
        noClasses().that().resideInAPackage(CORE + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void nothingButThePipelineUsesThePipeline() {
        noClasses().that().resideInAPackage(CORE + "..").and().resideOutsideOfPackage(CORE + ".pipeline..")
                .should().dependOnClassesThat().resideInAPackage(CORE + ".pipeline..")
                .check(CLASSES);
    }

    /** The stages are given their profile and catalogue; they never reach for the shipped ones. */
    @Test
    void stagesDoNotLoadShippedProfilesOrCatalogues() {
        noClasses().that().resideInAnyPackage(CORE + ".derive..", CORE + ".check..", CORE + ".pipeline..")
                .should().callMethod(Profile.class, "load", String.class)
                .orShould().callMethod(Catalogue.class, "forYear", int.class)
                .check(CLASSES);
    }
}
