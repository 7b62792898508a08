package com.funnelboard.cli;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.service.ShareService;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code funnelboard share export FILE | merge FILE [--dry-run] | folder [PATH|--off] | sync}: exchanging changes with
 * teammates by share files, by hand or through a team folder.
 */
@Command(name = "share", addMethodSubcommands = false, description = "Exchange changes with teammates through share files (.funnel).")
final class ShareCommand {

    @ParentCommand
    RootCommand root;

    @Command(name = "export", description = "Write this installation's share file: every change it knows, for teammates to merge.")
    int export(@Parameters(paramLabel = "FILE", description = "The share file to write (replaced whole).") Path file) {
        return root.run(s -> {
            ShareService.Exported e;
            try {
                e = s.workspace().sharing().export(file);
            } catch (UncheckedIOException ex) {
                return s.console().fail(ExitCodes.IO, ex.getMessage());
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", e.file().toString());
            doc.put("changeSets", e.changeSets());
            doc.put("changes", e.changes());
            s.console().result(doc, () -> s.console().line("Wrote " + e.file() + " (" + e.changeSets() + (e.changeSets() == 1 ? " change set)." : " change sets).")));
            return ExitCodes.OK;
        });
    }

    @Command(name = "merge", description = "Merge a teammate's share file: newer edits win field by field, edits made without seeing "
            + "each other are kept as conflicts (see 'conflicts list'). Undo takes the whole merge back.")
    int merge(@Parameters(paramLabel = "FILE", description = "The share file to merge (only read).") Path file,
            @Option(names = "--dry-run", description = "Say what merging would do; change nothing.") boolean dryRun) {
        return root.run(s -> {
            MergeReport r;
            boolean hadHistory = s.workspace().sharing().hasHistory();
            // The conflicts waiting here before: those a teammate's change ended are said (a merge that ended one said only
            // "0 changed, no new conflicts").
            java.util.Set<java.util.UUID> openBefore = new java.util.HashSet<>();
            if (!dryRun) {
                s.workspace().sharing().conflicts().forEach(c -> openBefore.add(c.id()));
            }
            try {
                r = dryRun ? s.workspace().sharing().preview(file) : s.workspace().sharing().merge(file, () -> false);
            } catch (UncheckedIOException ex) {
                return s.console().fail(ExitCodes.IO, ex.getMessage());
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("dryRun", dryRun);
            doc.put("received", r.received());
            doc.put("alreadyHad", r.alreadyHad());
            doc.put("new", r.newRows());
            doc.put("updated", r.updatedRows());
            doc.put("conflicts", r.conflicts());
            // The merge counts the conflicts it found; more may wait from earlier merges ("1 conflict to review" while two did).
            java.util.List<com.funnelboard.domain.FieldConflict> openAfter = dryRun ? java.util.List.of() : s.workspace().sharing().conflicts();
            int open = dryRun ? r.conflicts() : openAfter.size();
            openAfter.forEach(c -> openBefore.remove(c.id()));
            int ended = openBefore.size();
            doc.put("openConflicts", open);
            doc.put("conflictsEnded", ended);
            doc.put("held", r.held());
            doc.put("heldFrom", r.heldFrom());
            doc.put("waiting", r.waiting());
            doc.put("waitingFor", r.waitingFor());
            doc.put("authors", r.authors());
            doc.put("changeSet", r.changeSet() == null ? null : r.changeSet().toString());
            doc.put("leftOut", r.leftOut());
            doc.put("trashed", r.trashed().count());
            doc.put("trashedYours", r.trashed().yours());
            doc.put("editsTakenBack", r.trashed().editsTakenBack());
            doc.put("sharesNothing", r.sharesNothing(hadHistory));
            s.console().result(doc, () -> {
                if (r.received() == 0 && r.changeSet() == null && r.held() == 0 && r.waiting() == 0) {
                    s.console().line("Nothing new in " + file.getFileName() + (r.leftOut().isEmpty() ? "."
                            : "; " + com.funnelboard.domain.MergeReport.leftOutSentence(r.leftOut()) + "."));
                } else {
                    s.console().line((dryRun ? "Merging would give: " : "Merged: ") + r.sentence() + ".");
                }
                if (ended > 0) {
                    s.console().line((ended == 1 ? "1 conflict that waited here is" : ended + " conflicts that waited here are")
                            + " ended: a teammate's change decided " + (ended == 1 ? "it" : "them") + ".");
                }
                if (r.sharesNothing(hadHistory)) {
                    s.console().line(MergeReport.SHARES_NOTHING + (dryRun ? "." : "; 'funnelboard undo' takes this merge back."));
                }
                if (open > r.conflicts() && !dryRun) {
                    s.console().line(r.conflicts() == 0
                            ? (open == 1 ? "1 conflict waits" : open + " conflicts wait") + " from earlier merges: see 'conflicts list' to review "
                                    + (open == 1 ? "it." : "them.")
                            : open + " conflicts wait in all, this merge's and earlier ones: see 'conflicts list' to review them.");
                } else if (r.conflicts() > 0 && !dryRun) {
                    s.console().line("See 'conflicts list' to review them.");
                }
            });
            return ExitCodes.OK;
        });
    }

    @Command(name = "folder", description = "Show or set the team folder: the window then writes your share file there after each "
            + "change and merges your teammates' files as they change.")
    int folder(@Parameters(paramLabel = "PATH", arity = "0..1", description = "The folder the team shares.") Path path,
            @Option(names = "--off", description = "Stop using a team folder.") boolean off) {
        if (off && path != null) {
            return root.console().fail(ExitCodes.USAGE, "Give either a folder or --off");
        }
        return root.run(s -> {
            com.funnelboard.service.TeamFolder team = s.workspace().teamFolder();
            java.util.Optional<Path> before = team.folder();
            if (off) {
                team.setFolder(null);
            } else if (path != null) {
                team.setFolder(path);
            }
            java.util.Optional<Path> now = team.folder();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("folder", now.map(Path::toString).orElse(null));
            doc.put("ownFile", team.ownFileName());
            String none = !off ? "No team folder is set; set one with 'share folder PATH'."
                    : before.map(f -> "The team folder " + f + " is no longer used: your changes are not written there and your "
                            + "teammates' files there are not merged (the files in it stay).").orElse("No team folder was set; nothing changed.");
            s.console().result(doc, () -> s.console().line(now.map(f -> "Team folder: " + f + " (your file: " + team.ownFileName() + ").")
                    .orElse(none)));
            return ExitCodes.OK;
        });
    }

    @Command(name = "sync", description = "Merge the teammates' files in the team folder that changed, then write your own there.")
    int sync() {
        return root.run(s -> {
            com.funnelboard.service.TeamFolder team = s.workspace().teamFolder();
            if (team.folder().isEmpty()) {
                return s.console().fail(ExitCodes.REFUSED, "No team folder is set; set one with 'share folder PATH'.");
            }
            com.funnelboard.service.TeamFolder.Sync r;
            java.util.Optional<ShareService.Exported> e;
            try {
                r = team.mergeOthers(() -> false);
                e = team.exportOwnIfChanged();
            } catch (UncheckedIOException ex) {
                return s.console().fail(ExitCodes.IO, ex.getMessage());
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("merged", r.merged().stream().map(m -> Map.of("file", m.file().getFileName().toString(), "new", m.report().newRows(),
                    "updated", m.report().updatedRows(), "conflicts", m.report().conflicts())).toList());
            doc.put("refused", r.refused().stream().map(f -> Map.of("file", f.file().getFileName().toString(), "reason", f.reason())).toList());
            doc.put("unchanged", r.unchanged());
            doc.put("wrote", e.map(x -> x.file().toString()).orElse(null));
            doc.put("own", team.ownFileName());
            s.console().result(doc, () -> {
                s.console().line(r.sentence());
                if (r.refused().size() > 1) {
                    // The sentence names the first; each refused file is named with its own reason.
                    r.refused().forEach(f -> s.console().line("  " + f.file().getFileName() + " was refused: " + f.reason()
                            + (f.reason().endsWith(".") ? "" : ".")));
                }
                s.console().line(e.map(x -> "Wrote " + x.file().getFileName() + " (" + x.changeSets() + (x.changeSets() == 1 ? " change set)." : " change sets)."))
                        .orElse(team.ownFileName() + " already holds every change; left as it was."));
            });
            // The rest merged, but a script must see that a teammate's file was refused (as `share merge` exits on one).
            return r.refused().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        });
    }

    @Command(name = "waiting", description = "List teammates' change sets waiting here, for a record nobody has sent or kept aside as "
            + "stamped more than a day ahead of this computer's clock, and how many later ones of the same installation wait behind each.")
    int waiting() {
        return root.run(s -> {
            List<com.funnelboard.domain.WaitingSet> all = s.workspace().sharing().waiting();
            s.console().result(Map.of("waiting", all.stream().map(w -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", w.id().toString());
                m.put("author", w.author());
                m.put("madeAt", w.madeAt().toString());
                m.put("summary", w.summary());
                m.put("behind", w.behind());
                m.put("why", w.held() ? "ahead" : "record");
                return m;
            }).toList()), () -> s.console().table(new String[] {"ID", "FROM", "MADE", "WAITS FOR", "CHANGE", "BEHIND IT"}, all.stream().map(w -> new String[] {
                // What a teammate's file says is printed escaped, as anywhere a file's text reaches the terminal.
                w.id().toString().substring(0, 8), com.funnelboard.domain.Printable.escape(com.funnelboard.domain.Person.nameOf(w.author())),
                s.timeSeconds(w.madeAt()), w.held() ? "its time (stamped ahead)" : "a record",
                w.summary() == null ? "" : com.funnelboard.domain.Printable.escape(w.summary()),
                Integer.toString(w.behind())}).toList(),
                    "No change set waits here."));
            return ExitCodes.OK;
        });
    }

    @Command(name = "drop", description = "Drop a change set that waits here (for a record nobody will send, or kept aside as stamped ahead): it is never applied here nor "
            + "taken from a file again, and the later ones of its installation are tried again at the next merge.")
    int drop(@Parameters(paramLabel = "ID", description = "The waiting change set's id or its first characters (see 'share waiting').") String id) {
        return root.run(s -> {
            com.funnelboard.domain.WaitingSet w = s.workspace().sharing().drop(id);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("dropped", w.id().toString());
            doc.put("author", w.author());
            doc.put("summary", w.summary());
            doc.put("behind", w.behind());
            s.console().result(doc, () -> s.console().line("Dropped " + com.funnelboard.domain.Printable.escape(com.funnelboard.domain.Person.nameOf(w.author())) + "'s change set "
                    + w.id().toString().substring(0, 8) + (w.summary() == null ? "" : ", \u201C" + com.funnelboard.domain.Printable.escape(w.summary())
                    + "\u201D") + ": it is not applied here, nor taken from a file again" + (w.behind() == 0 ? "." : "; the "
                    + (w.behind() == 1 ? "later change set" : w.behind() + " later change sets") + " of the same installation waiting behind it "
                    + (w.behind() == 1 ? "is" : "are") + " tried again at the next merge.")));
            return ExitCodes.OK;
        });
    }
}
