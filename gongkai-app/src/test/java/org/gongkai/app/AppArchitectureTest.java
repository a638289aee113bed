package org.gongkai.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the application: {@code store} knows nothing of the web (no web package, no
 * servlet, Spring MVC or Spring Security web types: it decides access from a {@code Caller});
 * {@code web} uses the store and the core, holds no SQL and does not use the command line;
 * {@code server} and {@code cli} do not use {@code web}; {@code search} (the portal's index) reads
 * the store and knows no HTTP, SQL, web, command line or server, and only the web uses it; no
 * cycles between the packages.
 */
class AppArchitectureTest {

    private static final String APP = "org.gongkai.app";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(APP);

    @Test
    void storeDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage(APP + ".store..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".web..", APP + ".cli..", APP + ".server..",
                        APP + ".search..", "jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
                        "org.springframework.security.config..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void webUsesTheStoreAndHoldsNoSql() {
        noClasses().that().resideInAPackage(APP + ".web..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".cli..", "org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void serverAndCliDoNotUseTheWebPackage() {
        noClasses().that().resideInAnyPackage(APP + ".server..", APP + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".web..")
                .check(CLASSES);
    }

    @Test
    void searchReadsTheStoreAndKnowsNoHttpOrSql() {
        noClasses().that().resideInAPackage(APP + ".search..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".web..", APP + ".cli..", APP + ".server..",
                        "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..",
                        "org.springframework.security..", "org.springframework.jdbc..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWebUsesTheSearch() {
        noClasses().that().resideInAnyPackage(APP + ".cli..", APP + ".server..", APP + ".store..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".search..")
                .check(CLASSES);
    }

    @Test
    void appPackagesAreFreeOfCycles() {
        slices().matching(APP + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
