package com.funnelboard.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layer directions of DEVELOPERS.md (production classes), and what no class, tests included, may
 * use. Plain JUnit tests over one import of the production classes: ArchUnit's own test engine read
 * every class of the project again to find its tests, about 5 s in each test JVM.
 */
class LayeringTest {

    /** Each rule over the production classes, by name (the write path's rules included). */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("writePath.theRecordersPiecesAreItsAlone", WritePathRules.theRecordersPiecesAreItsAlone),
                Arguments.of("writePath.onlyTheWritePathWrites", WritePathRules.onlyTheWritePathWrites),
                Arguments.of("layers", layers),
                Arguments.of("domainIsPureJava", domainIsPureJava),
                Arguments.of("servicesHaveNoJavaFx", servicesHaveNoJavaFx),
                Arguments.of("onlyTheStoreTouchesSql", onlyTheStoreTouchesSql),
                Arguments.of("theWindowWritesDatesThroughFormats", theWindowWritesDatesThroughFormats),
                Arguments.of("cliNeverStartsJavaFx", cliNeverStartsJavaFx),
                Arguments.of("uiFeaturesKeepToTheirViewModels", uiFeaturesKeepToTheirViewModels),
                Arguments.of("onlyTheCommandLinePrints", onlyTheCommandLinePrints),
                Arguments.of("onlyIcusCharsetDetector", onlyIcusCharsetDetector));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void rule(String name, ArchRule rule) {
        rule.check(production());
    }

    /** Every rule field of this class and of WritePathRules is checked: one added and not listed would never run. */
    @Test
    void everyRuleIsChecked() throws Exception {
        java.util.Set<Object> listed = new java.util.HashSet<>();
        rules().forEach(a -> listed.add(a.get()[1]));
        for (Class<?> c : java.util.List.of(LayeringTest.class, WritePathRules.class)) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (ArchRule.class.isAssignableFrom(f.getType()) && java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.getName().equals("noJqwik")) {
                    f.setAccessible(true);
                    assertThat(listed).as(c.getSimpleName() + "." + f.getName()).contains(f.get(null));
                }
            }
        }
    }

    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy("com.funnelboard.domain..")
            .layer("store").definedBy("com.funnelboard.store..")
            .layer("service").definedBy("com.funnelboard.service..")
            .layer("ui").definedBy("com.funnelboard.ui..")
            .layer("cli").definedBy("com.funnelboard.cli..")
            .layer("app").definedBy("com.funnelboard.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "service", "ui", "cli", "app");

    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("com.funnelboard.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jooq..", "org.flywaydb..", "org.sqlite..",
                    "atlantafx..", "picocli..");

    static final ArchRule servicesHaveNoJavaFx = noClasses().that().resideInAPackage("com.funnelboard.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "java.sql..", "org.jooq..");

    static final ArchRule onlyTheStoreTouchesSql = noClasses().that().resideOutsideOfPackage("com.funnelboard.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jooq..", "org.flywaydb..", "org.sqlite..");

    /** The window writes dates and times one way, through Formats (the locale's own forms), never a pattern or style of its own. */
    static final ArchRule theWindowWritesDatesThroughFormats = noClasses().that().resideInAnyPackage("com.funnelboard.ui..", "com.funnelboard.app..")
            .and().doNotHaveFullyQualifiedName("com.funnelboard.ui.common.Formats")
            .and().doNotHaveFullyQualifiedName("com.funnelboard.app.LogFiles$Format") // the log file's own stamps, not the window's
            .should().callMethodWhere(DescribedPredicate.describe("a date or time pattern or style of its own",
                    (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(java.time.format.DateTimeFormatter.class)
                            && call.getName().matches("ofLocalized.*|ofPattern")));

    static final ArchRule cliNeverStartsJavaFx = noClasses().that().resideInAPackage("com.funnelboard.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    static final ArchRule uiFeaturesKeepToTheirViewModels = noClasses().that().resideInAPackage("com.funnelboard.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.funnelboard.store..");

    /**
     * Only the command line writes to the terminal (its sentences and results); every other class
     * logs, so a failure's stack trace goes to the log file and never into a command's output.
     */
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("com.funnelboard.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the command line prints to the terminal; everything else logs through SLF4J to the log file");

    /**
     * The app image keeps of ICU its charset detector alone (the pom's icu4j-charset-detector-only step: 70 KB of its 15 MB), so
     * any other ICU class works in the tests and fails in the installed app: the team folder's file name through ICU's
     * transliterator left the window blank at its start (NoClassDefFoundError).
     */
    static final ArchRule onlyIcusCharsetDetector = noClasses().should().dependOnClassesThat(DescribedPredicate.describe(
            "ICU classes other than its charset detector", (JavaClass c) -> c.getPackageName().startsWith("com.ibm.icu")
                    && !c.getName().startsWith("com.ibm.icu.text.Charset")))
            .because("the app image holds ICU's com/ibm/icu/text/Charset*.class alone");

    /** The same rule over the tests, where only benchmarks (classes named …Benchmark) print their figures. */
    @Test
    void onlyTheCommandLineAndBenchmarksPrint() {
        JavaClasses tests = tests();
        assertThat(tests.contain("com.funnelboard.bench.BoardBenchmark")).as("test classes imported").isTrue();
        DescribedPredicate<JavaClass> benchmark = DescribedPredicate.describe("benchmarks",
                c -> c.getName().replaceFirst("\\$.*", "").endsWith("Benchmark"));
        noClasses().that().resideOutsideOfPackage("com.funnelboard.cli..").and(DescribedPredicate.not(benchmark))
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the command line prints to the terminal; everything else logs through SLF4J to the log file")
                .check(tests);
    }

    /** Property tests use QuickTheories (com.funnelboard.testing.Properties); jqwik is gone and stays gone. */
    static final ArchRule noJqwik = noClasses().should().dependOnClassesThat().resideInAPackage("net.jqwik..")
            .because("property tests use QuickTheories through com.funnelboard.testing.Properties");

    /** The production classes (this class's import) and the test classes (imported on their own). */
    @Test
    void noClassUsesJqwik() {
        JavaClasses tests = tests();
        assertThat(tests.contain("com.funnelboard.service.MergePropertyTest")).as("test classes imported").isTrue();
        assertThat(tests.contain("com.funnelboard.domain.MoneyTest")).as("test classes imported").isTrue();
        noJqwik.check(production());
        noJqwik.check(tests);
    }

    /**
     * The test classes of a test JVM run side by side (the pom's two suites), but JavaFX has one
     * toolkit, one FX thread and one TestFX stage per JVM: a test class that drives it runs on its
     * suite's own thread, one such class after another, by {@code @Execution(SAME_THREAD)}. A
     * class that starts JavaFX only through the program (a chart drawn by {@code report --png})
     * is annotated by hand; this rule finds those that touch it themselves.
     */
    @Test
    void uiTestsRunOneAtATime() {
        JavaClasses tests = tests();
        DescribedPredicate<JavaClass> drivesJavaFx = DescribedPredicate.describe("drive JavaFX (TestFX, the FX thread, a stage)",
                c -> c.isTopLevelClass() && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)
                        && c.getSimpleName().endsWith("Test") && c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getName())
                                .anyMatch(n -> n.startsWith("org.testfx.") || n.equals("javafx.application.Platform") || n.equals("javafx.stage.Stage")
                                        || n.equals("com.funnelboard.testing.AppWindow")));
        assertThat(tests.stream().filter(drivesJavaFx).count()).as("the UI test classes found").isGreaterThan(30);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that(drivesJavaFx)
                .should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("run on their suite's thread (@Execution(SAME_THREAD))") {
                    @Override
                    public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean same = c.tryGetAnnotationOfType(org.junit.jupiter.api.parallel.Execution.class)
                                .map(e -> e.value() == org.junit.jupiter.api.parallel.ExecutionMode.SAME_THREAD).orElse(false);
                        if (!same) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getName()
                                    + " drives JavaFX but is not annotated @Execution(ExecutionMode.SAME_THREAD)"));
                        }
                    }
                })
                .check(tests);
    }

    private static JavaClasses production;
    private static JavaClasses tests;

    /** The production classes, imported once for every rule (archunit.properties: what the import leaves unresolved). */
    private static synchronized JavaClasses production() {
        if (production == null) {
            production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("com.funnelboard");
        }
        return production;
    }

    /**
     * The test classes alone, imported once from their class folder (the production classes, which
     * the other rules check, are this class's own import).
     */
    private static synchronized JavaClasses tests() {
        if (tests == null) {
            // The two rules over the tests look only at what the test classes themselves access and
            // depend on, never at a library class's supertypes or members: the libraries are not read.
            com.tngtech.archunit.ArchConfiguration config = com.tngtech.archunit.ArchConfiguration.get();
            boolean resolve = config.resolveMissingDependenciesFromClassPath();
            config.setResolveMissingDependenciesFromClassPath(false);
            try {
                tests = new ClassFileImporter().importPath(java.nio.file.Path.of(LayeringTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            } finally {
                config.setResolveMissingDependenciesFromClassPath(resolve);
            }
        }
        return tests;
    }
}
