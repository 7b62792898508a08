package com.funnelboard.cli;

import com.funnelboard.service.SetupService;
import com.funnelboard.service.Workspace;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard demo}: fills an empty database with the sample pipeline. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Fill an empty database with a realistic sample pipeline.")
public final class DemoCommand implements Callable<Integer> {

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
            System.err.println("--deals must be between 1 and 10,000,000.");
            return ExitCodes.BAD_INPUT;
        }
        try (Workspace ws = Workspace.open(root.database(), Clock.systemDefaultZone(), Locale.getDefault())) {
            SetupService setup = ws.setup();
            if (!force && !setup.isEmpty()) {
                System.err.println(root.database() + " already holds deals; add --force to add the sample anyway.");
                return ExitCodes.REFUSED;
            }
            long n = ws.sample().generate(seed, deals, setup.defaultCurrency(), (d, t) -> {}, () -> false);
            setup.markSampleOffered();
            System.out.println("Added " + n + " sample deals to " + ws.file());
            return ExitCodes.OK;
        } catch (Workspace.UnavailableException e) {
            System.err.println(e.getMessage());
            return ExitCodes.of(e);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return ExitCodes.IO;
        }
    }
}
