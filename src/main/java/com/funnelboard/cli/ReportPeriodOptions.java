package com.funnelboard.cli;

import com.funnelboard.service.ReportService;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The period: --period, or --from and --to (days, both included). */
final class ReportPeriodOptions {
    @Option(names = "--period", paramLabel = "month|quarter|year|last-month|last-quarter|last-year", defaultValue = "quarter",
            description = "This month, quarter or year up to today, or the last whole one (default: ${DEFAULT-VALUE}); --from and --to "
                    + "replace it.")
    String period;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, such as 2026-01-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (default: today).")
    LocalDate to;

    @Option(names = "--currency", paramLabel = "CODE", description = "The currency of the amounts (default: the database's).")
    String currency;

    /** The command these options are part of (its parse result says which were given). */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** Whether --period, --from or --to was given (not only the default period). */
    boolean periodGiven() {
        picocli.CommandLine.ParseResult parsed = mixee.commandLine().getParseResult();
        return parsed.hasMatchedOption("--period") || parsed.hasMatchedOption("--from") || parsed.hasMatchedOption("--to");
    }

    @Option(names = "--owner", paramLabel = "EMAIL|me|nobody",
            description = "Only deals this person owns: their email, 'me' (see 'whoami') or 'nobody'.")
    String owner;

    @Option(names = "--source", paramLabel = "S", description = "Only deals from this lead source, such as referral or 'Cold email'.")
    String source;

    @Option(names = "--industry", paramLabel = "I",
            description = "Only deals of organizations in this industry (the deal's organization, else its contact's; ignoring case).")
    String industry;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the report's table to this CSV file (replaced) instead of printing it.")
    java.nio.file.Path csv;

    @Option(names = "--spreadsheet", description = "With --csv: as a spreadsheet in your locale opens it by a double click (where numbers "
            + "are written with a decimal comma, columns separated by semicolons and numbers with the comma), as 'export csv' does.")
    boolean spreadsheet;

    @Option(names = "--png", paramLabel = "FILE",
            description = "Write the report's chart, as the Reports page draws it, to this PNG file (replaced) instead of printing it.")
    java.nio.file.Path png;

    ReportService.Period of(Session s) {
        LocalDate today = LocalDate.ofInstant(s.now(), s.zone());
        com.funnelboard.service.NamedPeriod named = com.funnelboard.service.NamedPeriod.byKey(period).orElseThrow(
                () -> new com.funnelboard.service.InvalidInputException("period", "--period: '" + period + "' is not month, quarter, year, "
                        + "last-month, last-quarter or last-year"));
        // --to alone ends this month, quarter or year on that day, as before; a last one is whole.
        ReportService.Period p = named.of(to != null && !named.key().startsWith("last-") ? to : today);
        return new ReportService.Period(from != null ? from : p.first(), to != null ? to : p.last());
    }

    /** The filter, made once: a misspelt industry is said once, however often the report reads it. */
    private com.funnelboard.domain.ReportFilter filter;

    com.funnelboard.domain.ReportFilter filter(Session s) {
        if (filter != null) {
            return filter;
        }
        com.funnelboard.domain.OwnerFilter who = owner == null ? com.funnelboard.domain.OwnerFilter.EVERYONE : s.owner(owner);
        // A misspelt source or industry gave a report of zeros and exit 0, as if nothing had come from there.
        String from = source == null ? null : com.funnelboard.domain.LeadSource.parse(source.strip())
                .map(com.funnelboard.domain.LeadSource::key).orElseThrow(() -> new com.funnelboard.service.InvalidInputException("source",
                        "--source: '" + source + "' is not a lead source; the sources are " + java.util.Arrays.stream(
                                com.funnelboard.domain.LeadSource.values()).map(com.funnelboard.domain.LeadSource::key)
                                .collect(java.util.stream.Collectors.joining(", "))));
        if (industry != null) {
            List<String> known = s.workspace().reports().filterChoices().industries();
            if (known.stream().noneMatch(i -> i.strip().equalsIgnoreCase(industry.strip()))) {
                s.console().note("No organization has the industry \"" + industry.strip() + "\": is it written right?"
                        + (known.isEmpty() ? " (no organization has an industry)" : " (the industries are " + String.join(", ",
                                known.subList(0, Math.min(10, known.size()))) + (known.size() > 10 ? ", \u2026" : "") + ")"));
            }
        }
        filter = new com.funnelboard.domain.ReportFilter(who, from, industry);
        return filter;
    }

    String currency(Session s) {
        return currency != null ? currency.strip().toUpperCase(Locale.ROOT) : s.workspace().setup().defaultCurrency();
    }
}
