package com.funnelboard.cli;

import com.funnelboard.service.CsvExport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard export ...}: contacts, organizations, deals and interactions as files other programs read. */
@Command(name = "export", description = "Export contacts, organizations, deals or interactions as CSV, or contacts as vCards.")
final class ExportCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "csv", description = "Write a CSV file (UTF-8 with BOM, RFC 4180), replaced whole or not at all.")
    int csv(@Parameters(paramLabel = "contacts|orgs|deals|interactions") String kind, @Parameters(paramLabel = "FILE") Path file) {
        return root.run(s -> {
            CsvExport.Kind k = CsvExport.Kind.parse(kind);
            long n = s.workspace().exports().write(k, file);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kind", k.name().toLowerCase(java.util.Locale.ROOT));
            doc.put("file", file.toAbsolutePath().toString());
            doc.put("rows", n);
            s.console().result(doc, () -> s.console().line("Wrote " + n + " " + kind + " to " + file.toAbsolutePath() + "."));
            return ExitCodes.OK;
        });
    }
}
