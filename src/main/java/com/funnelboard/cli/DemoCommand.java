package com.funnelboard.cli;

import com.funnelboard.service.SetupService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard demo}: fills an empty database with the sample pipeline. */
@Command(name = "demo", description = "Fill an empty database with a realistic sample pipeline.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--deals", defaultValue = "300", description = "How many deals (default: ${DEFAULT-VALUE}).")
    int deals;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed: the same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force", description = "Add the sample even when the database already holds deals.")
    boolean force;

    @Override
    public Integer call() {
        if (deals < 1 || deals > 10_000_000) {
            return root.console().fail(ExitCodes.BAD_INPUT, "--deals must be between 1 and 10,000,000");
        }
        return root.run(s -> {
            SetupService setup = s.workspace().setup();
            if (!force && !setup.isEmpty()) {
                return s.console().fail(ExitCodes.REFUSED,
                        s.workspace().file() + " already holds deals; add --force to add the sample anyway");
            }
            long n = s.workspace().sample().generate(seed, deals, setup.defaultCurrency(), (d, t) -> {}, () -> false);
            setup.markSampleOffered();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("added", n);
            doc.put("database", s.workspace().file().toString());
            s.console().result(doc, () -> s.console().line("Added " + n + " sample deals to " + s.workspace().file() + "."));
            return ExitCodes.OK;
        });
    }
}
