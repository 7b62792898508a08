package com.funnelboard.testing.suites;

import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The test classes {@link FirstHalfSuite} leaves out, in the other test JVM. */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("com.funnelboard")
@IncludeClassNamePatterns("com\\.funnelboard\\..*\\.[^.]*Tests?")
@ExcludeClassNamePatterns(FirstHalfSuite.NAMES)
class SecondHalfSuite {}
