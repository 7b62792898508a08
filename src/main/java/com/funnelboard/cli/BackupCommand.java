package com.funnelboard.cli;

import com.funnelboard.domain.BackupPreview;
import com.funnelboard.service.BackupService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code funnelboard backup create|list|restore}: the rotating backups in the app-data folder. */
@Command(name = "backup", addMethodSubcommands = false, description = "Backups of the database in the app-data folder (7 daily and 4 weekly are kept): take one, list "
        + "them, restore one.")
final class BackupCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "create", description = "Take a backup now (checked with SQLite's integrity check before it is kept).")
    int create() {
        return root.run(s -> {
            BackupService backups = s.workspace().backups(root.appData());
            BackupService.Backup b = backups.create();
            s.console().result(json(s, b, backups.preview(b)), () -> s.console().line("Backed up to " + b.file() + " (" + b.id() + ")."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "list", description = "List the backups, newest first, with what each holds (also when the database is damaged).")
    int list() {
        return root.run(s -> {
            BackupService backups = s.workspace().backups(root.appData());
            return list(s, backups.folder(), backups.list(), backups::preview, null);
        }, s -> {
            BackupService.Shelf shelf = root.shelf();
            return list(s, shelf.folder(), shelf.list(), shelf::preview, root.database().getFileName() + (gone(root.database())
                    ? " is missing or empty" : " is damaged and cannot be opened") + "; 'backup restore ID' puts one of these in its place.");
        });
    }

    private static int list(Session s, java.nio.file.Path folder, List<BackupService.Backup> all,
            java.util.function.Function<BackupService.Backup, BackupPreview> preview, String damaged) {
        List<BackupPreview> previews = all.stream().map(preview).toList();
        List<Map<String, Object>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            docs.add(json(s, all.get(i), previews.get(i)));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("folder", folder.toString());
        doc.put("databaseDamaged", damaged != null);
        doc.put("backups", docs);
        s.console().result(doc, () -> {
            if (damaged != null) {
                s.console().line(damaged);
            }
            List<String[]> rows = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                BackupPreview p = previews.get(i);
                rows.add(new String[] {all.get(i).id(), taken(s, all.get(i)), p.healthy() ? Long.toString(p.deals()) : "",
                    p.healthy() ? Long.toString(p.contacts()) : "", p.healthy() ? s.time(p.newestChangeAt()) : "damaged"});
            }
            s.console().table(new String[] {"ID", "TAKEN", "DEALS", "CONTACTS", "NEWEST CHANGE"}, rows,
                    "No backups yet in " + folder + ".");
        });
        return ExitCodes.OK;
    }

    /** When a backup was taken, to the second: several are often taken within a minute (a restore takes one first). */
    private static String taken(Session s, BackupService.Backup b) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(b.at().atZone(s.zone()));
    }

    @Command(name = "restore", description = "Put a backup's content in place of the database's (what is there now is backed up first). "
            + "Refused while a window has the database open: restore there (File > Backups).")
    int restore(
            @Parameters(paramLabel = "ID", description = "The backup's id from 'backup list' (whole or its first characters).") String id,
            @Option(names = "--dry-run", description = "Only show what the backup holds.") boolean dryRun) {
        return root.run(s -> {
            BackupService backups = s.workspace().backups(root.appData());
            BackupService.Backup b = backups.resolve(id);
            BackupPreview p = backups.preview(b);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("backup", json(s, b, p));
            if (dryRun) {
                doc.put("restored", false);
                BackupService.Later later = backups.madeAfter(p);
                doc.put("changesAfter", later.count());
                s.console().result(doc, () -> {
                    s.console().line(describe(s, b, p));
                    if (later.count() > 0) {
                        s.console().line("The database holds " + (later.count() == 1 ? "1 change" : later.count() + " changes") + " made after it, "
                                + "which restoring it takes out (the newest, " + s.time(later.newestAt()) + (later.newest().isEmpty() ? ""
                                : ": " + later.newest()) + ").");
                    }
                    if (p.healthy()) {
                        s.console().line("Restoring it puts what the database holds now in a backup first (kept 30 days, named "
                                + "…-before-restore): restoring that one takes the restore back.");
                    }
                });
                return p.healthy() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
            }
            if (!p.healthy()) {
                // A damaged backup is a file that is not valid, as its dry run says (exit 3); the one to use instead is named.
                String instead = BackupService.newestGood(backups.folder()).map(g -> " The newest good backup is " + g.backup().id() + " (" + taken(s,
                        g.backup()) + "): funnelboard backup restore " + g.backup().id() + ".").orElse(" No other backup is sound.");
                return s.console().fail(ExitCodes.BAD_INPUT, "The " + describe(s, b, p) + " Nothing was changed." + instead);
            }
            BackupService.Backup before = backups.restore(b);
            doc.put("restored", true);
            doc.put("previous", json(s, before, backups.preview(before)));
            s.console().result(doc, () -> {
                s.console().line("Restored " + describe(s, b, p));
                s.console().line("What was there before is backup " + before.id() + ": funnelboard backup restore " + before.id()
                        + " takes the restore back.");
            });
            return ExitCodes.OK;
        }, s -> {
            // The database cannot be opened: the backup takes the file's place; the damaged file is kept beside it.
            BackupService.Shelf shelf = root.shelf();
            BackupService.Backup b = shelf.resolve(id);
            BackupPreview p = shelf.preview(b);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("backup", json(s, b, p));
            doc.put("databaseDamaged", true);
            if (dryRun || !p.healthy()) {
                doc.put("restored", false);
                s.console().result(doc, () -> s.console().line(describe(s, b, p)));
                return p.healthy() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
            }
            boolean wasThere = !gone(root.database());
            java.nio.file.Path kept = shelf.putInPlace(b, s.now());
            doc.put("restored", true);
            doc.put("damagedKeptAs", wasThere ? kept.toString() : null);
            s.console().result(doc, () -> {
                s.console().line("Restored " + describe(s, b, p));
                if (wasThere) {
                    s.console().line("The damaged file is kept as " + kept.getFileName() + " beside it.");
                }
            });
            return ExitCodes.OK;
        });
    }

    /** Whether the database file is not there, or empty. */
    private static boolean gone(java.nio.file.Path database) {
        try {
            return !java.nio.file.Files.isRegularFile(database) || java.nio.file.Files.size(database) == 0;
        } catch (java.io.IOException e) {
            return true;
        }
    }

    private static String describe(Session s, BackupService.Backup b, BackupPreview p) {
        if (!p.healthy()) {
            // What SQLite found, without the advice meant for a damaged database ("Restore a backup…", said of a backup).
            String found = p.problems().getFirst().replaceFirst("(?s)[;.] (it was not changed|nothing was changed)\\b.*$", "");
            return "backup " + b.id() + " is damaged: " + com.funnelboard.domain.Printable.escape(found) + ".";
        }
        return "backup " + b.id() + " of " + taken(s, b) + ": " + p.deals() + (p.deals() == 1 ? " deal, " : " deals, ") + p.contacts()
                + (p.contacts() == 1 ? " contact" : " contacts") + (p.newestChangeAt() == null ? "" : "; newest change " + s.time(p.newestChangeAt())
                + (p.newestChange() == null ? "" : " (" + com.funnelboard.domain.Printable.escape(p.newestChange()) + ")")) + ".";
    }

    private static Map<String, Object> json(Session s, BackupService.Backup b, BackupPreview p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("takenAt", s.json().time(b.at()));
        m.put("file", b.file().toString());
        m.put("bytes", b.bytes());
        m.put("healthy", p.healthy());
        m.put("version", p.version() < 0 ? null : p.version());
        m.put("deals", p.healthy() ? p.deals() : null);
        m.put("contacts", p.healthy() ? p.contacts() : null);
        m.put("newestChangeAt", p.newestChangeAt() == null ? null : s.json().time(p.newestChangeAt()));
        m.put("newestChange", p.newestChange());
        m.put("problems", p.problems());
        return m;
    }
}
