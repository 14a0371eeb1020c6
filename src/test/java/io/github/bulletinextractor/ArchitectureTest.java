package io.github.bulletinextractor;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package graph (docs/architecture.md, "Packages"): no cycles, and each package imports only
 * what lies below it. A new import against these directions fails here, naming the classes.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.bulletinextractor";
    private static JavaClasses classes;

    @BeforeAll
    static void importTheLibrary() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelImportsNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".model")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        ROOT + ".model", "java..", "com.fasterxml.jackson.annotation..", "org.jspecify..")
                .check(classes);
    }

    @Test
    void theInternalsNeverUseTheApiFrontOrTheTools() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT, ROOT + ".archive..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void theCommandLineGoesThroughTheApi() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".internal..")
                .check(classes);
    }

    @Test
    void eachStageImportsOnlyTheStagesBeforeIt() {
        String internal = ROOT + ".internal.";
        for (String leaf : new String[] {"text", "ocr"}) {
            noClasses()
                    .that()
                    .resideInAPackage(internal + leaf + "..")
                    .should()
                    .dependOnClassesThat(
                            resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(internal + leaf + "..")))
                    .check(classes);
        }
        noClasses()
                .that()
                .resideInAPackage(internal + "read..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        internal + "classify..",
                        internal + "normalise..",
                        internal + "segment..",
                        internal + "extract..",
                        internal + "pipeline..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(internal + "classify..", internal + "normalise..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(internal + "segment..", internal + "extract..", internal + "pipeline..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(internal + "segment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(internal + "extract..", internal + "pipeline..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(internal + "extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(internal + "pipeline..")
                .check(classes);
    }
}
