package com.funnelboard.cli;

import com.funnelboard.service.CsvExport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard export ...}: contacts, organizations, deals, interactions and follow-ups as files other programs read. */
@Command(name = "export", addMethodSubcommands = false, description = "Export contacts, organizations, deals, interactions or follow-ups as CSV, or contacts as vCards.")
final class ExportCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "vcard", description = "Write contacts as a vCard file, replaced whole or not at all.")
    int vcard(@Mixin VcardOptions options) {
        Path file = options.file;
        String version = options.version;
        java.util.List<String> contacts = options.contacts;
        return root.run(s -> {
            var v = com.funnelboard.service.VcardExport.version(version);
            java.util.List<java.util.UUID> only = contacts == null ? null
                    : contacts.stream().map(id -> s.workspace().contacts().resolveId(id)).toList();
            long n = s.workspace().vcardExport().write(file, v, only);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", Console.named(file));
            doc.put("version", v.getVersion());
            doc.put("cards", n);
            s.console().wrote(file, doc, "Wrote " + n + (n == 1 ? " vCard (" : " vCards (") + v.getVersion() + ") to " + Console.named(file) + ".");
            return ExitCodes.OK;
        });
    }

    @Command(name = "csv", description = "Write a CSV file (UTF-8 with BOM, RFC 4180), replaced whole or not at all.")
    int csv(@Parameters(paramLabel = "contacts|orgs|deals|interactions|followups") String kind, @Parameters(paramLabel = "FILE") Path file,
            @picocli.CommandLine.Option(names = "--spreadsheet", description = "As a spreadsheet in your locale opens it by a double click: "
                    + "where numbers are written with a decimal comma, columns separated by semicolons and numbers with the comma.")
            boolean spreadsheet) {
        return root.run(s -> {
            CsvExport.Kind k = CsvExport.Kind.parse(kind);
            long n = s.workspace().exports().write(k, file, spreadsheet ? s.locale() : null);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("kind", k.name().toLowerCase(java.util.Locale.ROOT));
            doc.put("file", Console.named(file));
            doc.put("rows", n);
            String noun = switch (k) {
                case CONTACTS -> "contact";
                case ORGS -> "organization";
                case DEALS -> "deal";
                case INTERACTIONS -> "interaction";
                case FOLLOWUPS -> "follow-up";
            };
            s.console().wrote(file, doc, String.format(java.util.Locale.ROOT, "Wrote %,d %s%s to %s.", n, noun, n == 1 ? "" : "s",
                    Console.named(file)));
            return ExitCodes.OK;
        });
    }

    /** The options of {@code export vcard}, as fields (see {@link CommandWords}). */
    static final class VcardOptions {
        @Parameters(paramLabel = "FILE")
        Path file;
        @picocli.CommandLine.Option(names = "--vcard-version", paramLabel = "2.1|3.0|4.0", defaultValue = "3.0",
                description = "The vCard version (default: ${DEFAULT-VALUE}).")
        String version;
        @picocli.CommandLine.Option(names = "--contact", paramLabel = "ID", description = "Repeatable: only these contacts (default: all).")
        java.util.List<String> contacts;
    }
}
