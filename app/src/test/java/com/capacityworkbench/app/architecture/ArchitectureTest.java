package com.capacityworkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows point one way, app → solver → model and app → formats → model: the model knows no GUI, no solver and
 * no file format; the solver no GUI and no file format; only the app (and the bench, not analysed here) reads and
 * writes files. Within every module each package is a slice, and the slices are free of cycles.
 *
 * <p>Maven keeps the modules' arrows too (a module cannot import what is not on its classpath); the package rules
 * are this test's own. Each rule was seen to fail on a deliberate violation (see the commit that added it).
 */
@AnalyzeClasses(packages = "com.capacityworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "com.capacityworkbench.model..";
    private static final String FORMATS = "com.capacityworkbench.formats..";
    private static final String SOLVER = "com.capacityworkbench.solver..";
    private static final String APP = "com.capacityworkbench.app..";

    @ArchTest
    static final ArchRule modelUsesNeitherJavaFxNorTimefold = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "ai.timefold..");

    @ArchTest
    static final ArchRule modelKnowsNoFileFormat = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.apache.poi..",
                    "org.apache.xmlbeans..", FORMATS);

    @ArchTest
    static final ArchRule modelUsesNeitherSolverNorApp = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, APP);

    @ArchTest
    static final ArchRule formatsUseNeitherSolverNorApp = noClasses()
            .that().resideInAPackage(FORMATS)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, APP, "javafx..", "ai.timefold..");

    /** Timefold's impl packages may change in any minor release: one adapter holds every use (its test pins them). */
    @ArchTest
    static final ArchRule onlyTheMoveAdapterUsesTimefoldInternals = noClasses()
            .that().doNotHaveFullyQualifiedName("com.capacityworkbench.solver.move.RandomMoveFactory")
            .should().dependOnClassesThat().resideInAPackage("ai.timefold.solver.core.impl..");

    @ArchTest
    static final ArchRule solverUsesNoJavaFx = noClasses()
            .that().resideInAPackage(SOLVER)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule solverUsesNoApp = noClasses()
            .that().resideInAPackage(SOLVER)
            .should().dependOnClassesThat().resideInAnyPackage(APP);

    @ArchTest
    static final ArchRule solverKnowsNoFileFormat = noClasses()
            .that().resideInAPackage(SOLVER)
            .should().dependOnClassesThat().resideInAnyPackage(FORMATS, "com.fasterxml.jackson..", "org.apache.poi..",
                    "org.apache.xmlbeans..");

    /** Files are the app's business (and the bench's): nothing else reaches the formats. */
    @ArchTest
    static final ArchRule formatsAreReachedOnlyFromTheApp = noClasses()
            .that().resideOutsideOfPackages(FORMATS, APP, "com.capacityworkbench.bench..")
            .should().dependOnClassesThat().resideInAPackage(FORMATS);

    /**
     * Views only show and forward: what they display is worked out in view-models and services. A view here is a class
     * of the GUI ({@code app.gui..}) that is a JavaFX node or whose name ends in {@code View}, with the classes nested
     * in one (its handlers and cells); it may not reach the solver, the file formats or the validators, nor read or
     * write files itself.
     */
    @ArchTest
    static final ArchRule viewsHoldNoBusinessLogic = noClasses()
            .that(GuiViews.VIEWS)
            .should().dependOnClassesThat().resideInAnyPackage(SOLVER, FORMATS, "com.capacityworkbench.model.validation..")
            .orShould().dependOnClassesThat(GuiViews.FILE_IO);

    // One slice per package, the module's root package included ("(model..)" captures "model" and "model.plan"):
    // a cycle between any two packages fails.

    @ArchTest
    static final ArchRule modelPackagesAreFreeOfCycles = packagesFreeOfCycles("model");

    @ArchTest
    static final ArchRule formatsPackagesAreFreeOfCycles = packagesFreeOfCycles("formats");

    @ArchTest
    static final ArchRule solverPackagesAreFreeOfCycles = packagesFreeOfCycles("solver");

    /** The GUI's packages included: no GUI cycle is left to exclude. */
    @ArchTest
    static final ArchRule appPackagesAreFreeOfCycles = packagesFreeOfCycles("app");

    private static ArchRule packagesFreeOfCycles(String module) {
        return slices().matching("com.capacityworkbench.(" + module + "..)").should().beFreeOfCycles();
    }
}
