package com.capacityworkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows point one way, app → solver → model: the model knows no GUI and no solver, the solver no GUI. */
@AnalyzeClasses(packages = "com.capacityworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesNeitherJavaFxNorTimefold = noClasses()
            .that().resideInAPackage("com.capacityworkbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "ai.timefold..");

    @ArchTest
    static final ArchRule modelUsesNeitherSolverNorApp = noClasses()
            .that().resideInAPackage("com.capacityworkbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.capacityworkbench.solver..", "com.capacityworkbench.app..");

    @ArchTest
    static final ArchRule solverUsesNoJavaFx = noClasses()
            .that().resideInAPackage("com.capacityworkbench.solver..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule solverUsesNoApp = noClasses()
            .that().resideInAPackage("com.capacityworkbench.solver..")
            .should().dependOnClassesThat().resideInAnyPackage("com.capacityworkbench.app..");
}
