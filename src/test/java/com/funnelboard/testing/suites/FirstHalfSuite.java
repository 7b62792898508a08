package com.funnelboard.testing.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The test classes whose simple names sort before "Det" (Backups… to Deleted…), in one of the two
 * test JVMs; {@link SecondHalfSuite} has the rest. Within a JVM the classes run side by side, those
 * that drive JavaFX one after another on one thread (see {@code UiTestsRunOneAtATime} in
 * LayeringTest). The cut is where the two halves take about the same time, whole-window tests and
 * the rest each counted: move it when one JVM ends well before the other.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("com.funnelboard")
@IncludeClassNamePatterns(FirstHalfSuite.NAMES)
class FirstHalfSuite {
    /**
     * A simple name before "Det": A to C, Da to Dd, Dea to Des — but ContactsUiTest, whose nine seconds of a window run in the
     * other JVM: this half's window tests, which run one after another, took 115 s against the other's 97 s.
     */
    static final String NAMES = "com\\.funnelboard\\..*\\.(?!ContactsUiTest)(?:[A-C]|D[a-d]|De[a-s])[^.]*Tests?";
}
