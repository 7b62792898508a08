package com.funnelboard.cli;

import com.funnelboard.service.Json;
import com.funnelboard.service.ScoringService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard settings get|set scoring|profile}: the lead scoring rules and the ideal customer profile, as Json.mapper(). */
@Command(name = "settings", addMethodSubcommands = false, description = "Show or change the lead scoring rules (scoring) and the ideal customer profile (profile), as JSON, and the currency of new deals.")
final class SettingsCommand {

    private static final String NAMES = "scoring or profile";

    @ParentCommand
    RootCommand root;

    @Command(name = "currency", description = {"Show the currency new deals and bare amounts take, or set it for the team with CODE "
            + "(ISO 4217: EUR, USD…). Unset, it is the one most deals are in."})
    int currency(@Parameters(arity = "0..1", paramLabel = "CODE", description = "The currency to set (shared with the team, undoable).")
            String code) {
        return root.run(s -> {
            com.funnelboard.service.SetupService setup = s.workspace().setup();
            com.funnelboard.service.SetupService.CurrencyChoice c = code == null ? setup.currency() : setup.setCurrency(code);
            s.console().result(java.util.Map.of("currency", c.code(), "set", c.set()), () -> s.console().line(code != null
                    ? "New deals and bare amounts are in " + c.code() + " now, for the team; 'funnelboard undo' takes it back."
                    : c.set() ? "New deals and bare amounts are in " + c.code() + " (set for the team)."
                    : "New deals and bare amounts are in " + c.code() + ", the currency most deals are in (not set: 'settings currency CODE'"
                            + " sets it)."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "get", description = "Print a setting as JSON: scoring (the points of each rule) or profile (industries, company size, decision makers).")
    int get(@Parameters(paramLabel = "NAME", description = NAMES) String name) {
        String which = name.strip().toLowerCase(Locale.ROOT);
        if (!which.equals("scoring") && !which.equals("profile")) {
            return root.console().fail(ExitCodes.BAD_INPUT, "'" + name + "' is not a setting; the settings are " + NAMES);
        }
        return root.run(s -> {
            ScoringService scoring = s.workspace().scoring();
            String json = which.equals("scoring") ? scoring.rulesJson() : scoring.profileJson();
            // Line by line: one line holding the whole JSON would show its line breaks escaped ("\n"), which 'settings set' cannot read back.
            s.console().result(Json.mapper().readTree(json), () -> json.lines().forEach(s.console()::line));
            return ExitCodes.OK;
        });
    }

    @Command(name = "set", description = "Replace a setting with the JSON in FILE ('-' reads it from standard input); "
            + "fields left out keep their defaults. Every deal is scored again.")
    int set(@Parameters(index = "0", paramLabel = "NAME", description = NAMES) String name,
            @Parameters(index = "1", paramLabel = "FILE|-", description = "The JSON, as 'settings get' prints it.") String file) {
        String which = name.strip().toLowerCase(Locale.ROOT);
        if (!which.equals("scoring") && !which.equals("profile")) {
            return root.console().fail(ExitCodes.BAD_INPUT, "'" + name + "' is not a setting; the settings are " + NAMES);
        }
        String json;
        try {
            json = file.equals("-") ? new String(root.standardInput().readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return root.console().fail(ExitCodes.IO, "Cannot read " + file + ": " + e.getMessage());
        }
        return root.run(s -> {
            ScoringService scoring = s.workspace().scoring();
            if (which.equals("scoring")) {
                scoring.setRulesJson(json);
            } else {
                scoring.setProfileJson(json);
            }
            String saved = which.equals("scoring") ? scoring.rulesJson() : scoring.profileJson();
            s.console().result(Json.mapper().readTree(saved), () -> s.console().line(
                    (which.equals("scoring") ? "Saved the scoring rules" : "Saved the ideal customer profile") + "; every deal is scored again."));
            return ExitCodes.OK;
        });
    }
}
