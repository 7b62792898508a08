package com.funnelboard.service;

import com.funnelboard.domain.MergeReport;
import com.funnelboard.domain.Person;
import com.funnelboard.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A team folder used as mailboxes: each installation writes only its own share file there
 * ({@code <name>-<replica>.funnel}) and merges everyone else's. Which folder is a setting of this
 * installation (never shared); so is what was merged from each file, so a file that has not changed
 * since is not read again.
 */
public final class TeamFolder {

    static final String FOLDER = "team.folder";
    static final String MERGED = "team.merged.";
    /** What this installation's own file held when it was last written, and that file's size and time. */
    static final String EXPORTED = "team.exported";
    static final String EXTENSION = ".funnel";

    private final Store store;
    private final ShareService share;

    public TeamFolder(Store store, ShareService share) {
        this.store = store;
        this.share = share;
    }

    /** The team folder, when one is set. */
    public Optional<Path> folder() {
        return store.read(r -> r.local().get(FOLDER)).map(Path::of);
    }

    /**
     * Sets the team folder ({@code null}: none). The folder must exist and be a folder.
     *
     * @throws InvalidInputException saying why the folder cannot be used
     */
    public void setFolder(Path folder) {
        if (folder == null) {
            store.writeAll(r -> r.local().delete(FOLDER));
            return;
        }
        Path f = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(f)) {
            throw new InvalidInputException("folder", f + " is not a folder.");
        }
        if (!Files.isWritable(f)) {
            throw new InvalidInputException("folder", "Funnelboard cannot write in " + f + ".");
        }
        store.writeAll(r -> r.local().put(FOLDER, f.toString()));
    }

    /** The name of this installation's own file: who uses it and its replica id, so no two installations share one. */
    public String ownFileName() {
        UUID replica = store.read(r -> r.local().replicaId());
        String who = store.person().map(Person::name).orElse("funnelboard");
        String slug = slug(who);
        if (slug.isEmpty()) {
            slug = "funnelboard";
        }
        return slug + "-" + replica.toString().substring(0, 8) + EXTENSION;
    }

    /** Latin letters that have no accent to take off, as plain letters. */
    private static final Map<String, String> PLAIN = Map.ofEntries(Map.entry("\u00DF", "ss"), Map.entry("\u00E6", "ae"),
            Map.entry("\u00F8", "o"), Map.entry("\u0111", "d"), Map.entry("\u0142", "l"), Map.entry("\u0153", "oe"), Map.entry("\u00FE", "th"),
            Map.entry("\u0131", "i"), Map.entry("\u00F0", "d"), Map.entry("\u0127", "h"));

    /**
     * A person's name as a file name's first part: its letters without their accents, in small letters, joined by dashes
     * ("Tomás García" is tomas-garcia; it was "tom-s-garc-a", each accented letter a dash); empty when nothing of it is a
     * Latin letter or a digit (the file is then named "funnelboard-…"). Java's own decomposition: the app's copy of ICU holds
     * its charset detector alone.
     */
    static String slug(String name) {
        String small = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder plain = new StringBuilder(small.length());
        small.codePoints().forEach(c -> plain.append(PLAIN.getOrDefault(Character.toString(c), Character.toString(c))));
        return plain.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * Writes this installation's share file into the team folder (whole or not at all).
     *
     * @throws IllegalStateException when no team folder is set
     */
    public ShareService.Exported exportOwn() {
        Path folder = folder().orElseThrow(() -> new IllegalStateException("No team folder is set."));
        Path file = folder.resolve(ownFileName());
        String holds = store.read(r -> r.changeLog().shareSignature());
        ShareService.Exported written = share.export(file);
        removeFormerFiles(folder);
        String stamp = stamp(file);
        if (stamp != null) {
            store.writeAll(r -> r.local().put(EXPORTED, holds + "|" + stamp));
        }
        return written;
    }

    /** How this installation's files from before a restore end ("-41b9a6b0.funnel"): its own, never merged as a teammate's. */
    private java.util.Set<String> formerFileEndings() {
        return store.read(r -> r.local().get(com.funnelboard.store.LocalState.FORMER_REPLICAS)).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).filter(id -> !id.isBlank()).map(id -> "-" + id + EXTENSION)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Removes this installation's files from before a restore from the team folder, once its own is written: what the restore took
     * away would come back to the teammates who had not merged them yet, and each stayed there for good (120–200 MB each).
     */
    private void removeFormerFiles(Path folder) {
        java.util.Set<String> endings = formerFileEndings();
        String own = ownFileName();
        String ownEnding = own.substring(own.lastIndexOf('-'));
        for (Path f : shareFiles(folder)) {
            String name = f.getFileName().toString();
            if (!name.equals(own) && name.endsWith(ownEnding)) {
                // This installation's own file under the name it had before (its person renamed, or a name written as
                // "tom-s-garc-a"): it stayed in the folder for good, its copy merged by every teammate at each change.
                try {
                    Files.deleteIfExists(f);
                    org.slf4j.LoggerFactory.getLogger(TeamFolder.class).info("Removed {}, this installation's share file under its former name", f);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(TeamFolder.class).warn("{}, this installation's share file under its former name, stays", f, e);
                }
            } else if (endings.stream().anyMatch(name::endsWith)) {
                try {
                    Files.deleteIfExists(f);
                    org.slf4j.LoggerFactory.getLogger(TeamFolder.class).info("Removed {}, this installation's share file from before a restore", f);
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(TeamFolder.class).warn("{}, this installation's share file from before a restore, stays", f, e);
                }
            }
        }
    }

    /**
     * As {@link #exportOwn()}, unless the file in the folder already holds everything it would: the
     * same change log as when it was last written, and the file as it was written then. A look that
     * merged nothing new then leaves the file alone, so the teammates' next look finds nothing to merge.
     *
     * @return what was written, or empty when the file was already up to date
     */
    public Optional<ShareService.Exported> exportOwnIfChanged() {
        Path folder = folder().orElseThrow(() -> new IllegalStateException("No team folder is set."));
        String stamp = stamp(folder.resolve(ownFileName()));
        String holds = store.read(r -> r.changeLog().shareSignature());
        if (stamp != null && store.read(r -> r.local().get(EXPORTED)).equals(Optional.of(holds + "|" + stamp))) {
            return Optional.empty();
        }
        return Optional.of(exportOwn());
    }

    /** What one look at the team folder did. */
    public record Sync(List<Merged> merged, List<Refused> refused, int unchanged, int conflictsToReview) {

        public Sync {
            merged = List.copyOf(merged);
            refused = List.copyOf(refused);
        }

        /** A look whose conflicts are those its merges found, each still open after it. */
        public Sync(List<Merged> merged, List<Refused> refused, int unchanged) {
            this(merged, refused, unchanged, merged.stream().mapToInt(m -> m.report().conflicts()).sum());
        }

        public int newRows() {
            return merged.stream().mapToInt(m -> m.report().newRows()).sum();
        }

        public int updatedRows() {
            return merged.stream().mapToInt(m -> m.report().updatedRows()).sum();
        }

        /**
         * The conflicts the look leaves to review: new since it began and still open after its last
         * file. (The sum of each file's merge said "1 conflict to review" where a later file of the same
         * look had already ended it: a teammate's restore of a deal deleted by another.)
         */
        public int conflicts() {
            return conflictsToReview;
        }

        /** True when it changed nothing and found nothing wrong. */
        public boolean quiet() {
            return refused.isEmpty() && newRows() == 0 && updatedRows() == 0 && conflicts() == 0
                    && merged.stream().allMatch(m -> m.report().leftOut().isEmpty() && !m.sharedNothing() && m.report().held() == 0);
        }

        /** "Team folder: merged 2 files: 5 records added, 1 changed, no new conflicts; refused 1 file": what the status bar says. */
        public String sentence() {
            StringBuilder s = new StringBuilder("Team folder: ");
            int held = merged.stream().mapToInt(m -> m.report().held()).sum();
            if (merged.isEmpty() || newRows() == 0 && updatedRows() == 0 && conflicts() == 0 && held == 0) {
                s.append("nothing new");
            } else {
                s.append("merged ").append(merged.size()).append(merged.size() == 1 ? " file: " : " files: ")
                        .append(com.funnelboard.domain.MergeReport.counts(newRows(), updatedRows(), conflicts()));
            }
            if (held > 0) {
                s.append(", ").append(held).append(held == 1 ? " change set" : " change sets").append(" stamped more than a day ahead of this "
                        + "computer's clock kept aside (tried again at each look; if this computer's date is behind, set it right)");
            }
            // What a teammate's file takes away of this installation's own records is said, file by file.
            merged.forEach(m -> s.append(m.report().trashed().sentence()));
            List<String> leftOut = merged.stream().flatMap(m -> m.report().leftOut().stream()).toList();
            if (!leftOut.isEmpty()) {
                s.append("; ").append(com.funnelboard.domain.MergeReport.leftOutSentence(leftOut));
            }
            // A file of another team, dropped into this team's folder by mistake, is merged as any teammate's first file
            // would be, and said as a merge of it by hand says it (it was merged without a word, and then sent on to the team).
            merged.stream().filter(Merged::sharedNothing).forEach(m -> s.append("; nothing in ").append(m.file().getFileName())
                    .append(" was known here: it shares no record and no change with this pipeline (a first exchange with a teammate, or ")
                    .append("another team's file: if so, take it out of the team folder and undo the merge)"));
            if (!refused.isEmpty()) {
                s.append("; refused ").append(refused.size()).append(refused.size() == 1 ? " file (" : " files (")
                        .append(refused.get(0).file().getFileName()).append(": ").append(refused.get(0).reason()).append(")");
            }
            return s.append('.').toString();
        }
    }

    /** A teammate's file merged; {@code sharedNothing} when nothing in it was known here (see {@link MergeReport#sharesNothing}). */
    public record Merged(Path file, MergeReport report, boolean sharedNothing) {

        public Merged(Path file, MergeReport report) {
            this(file, report, false);
        }
    }

    /** A teammate's file not merged, and why; {@code again} when it was refused before and has not changed since. */
    public record Refused(Path file, String reason, boolean again) {

        public Refused(Path file, String reason) {
            this(file, reason, false);
        }
    }

    /**
     * Merges every teammate's file in the team folder that changed since it was last merged, each as
     * its own change set. A bad file is refused with its reason and the others are still merged; this
     * installation's own file is never merged.
     *
     * @throws java.util.concurrent.CancellationException when cancelled (the file being merged is left out whole)
     */
    public Sync mergeOthers(BooleanSupplier cancelled) {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return new Sync(List.of(), List.of(), 0);
        }
        String own = "-" + store.read(r -> r.local().replicaId()).toString().substring(0, 8) + EXTENSION;
        java.util.Set<String> formerlyOwn = formerFileEndings();
        List<Merged> merged = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        int unchanged = 0;
        java.util.Set<java.util.UUID> openBefore = null; // read before the first merge only: most looks merge nothing
        // Change sets kept aside here (stamped days ahead of this computer's clock) are tried again by a merge: once one is due
        // (its time has come, or this computer's clock was set right), the teammates' files are merged again though unchanged
        // (their sets known, only their headers are read), once, as the sets then apply. They were tried again only when a
        // teammate wrote a new file, so a clock set right left them aside for days.
        boolean keptAside = share.anyKeptAsideDue();
        for (Path file : shareFiles(folder.get())) {
            String name = file.getFileName().toString();
            if (name.endsWith(own) || formerlyOwn.stream().anyMatch(name::endsWith)) {
                continue; // this installation's own file, whatever name it had when written (or before a restore)
            }
            String stamp = stamp(file);
            String key = MERGED + name;
            Optional<String> before = store.read(r -> r.local().get(key));
            if (stamp == null || before.equals(Optional.of(stamp)) && !keptAside) {
                unchanged++;
                continue;
            }
            if (before.filter(b -> b.startsWith(stamp + "\t")).isPresent()) {
                // Refused before and unchanged since: said again (a script's exit code stays 3 while it is there), not read again.
                refused.add(new Refused(file, before.get().substring(stamp.length() + 1), true));
                continue;
            }
            try {
                openBefore = openBefore == null ? openConflicts() : openBefore;
                boolean hadHistory = share.hasHistory();
                MergeReport report = share.merge(file, cancelled);
                merged.add(new Merged(file, report, report.sharesNothing(hadHistory)));
            } catch (InvalidInputException e) {
                // The summary names the file already: the store's reason alone ("it is damaged or cut short").
                String reason = e.getCause() instanceof com.funnelboard.store.StoreException s ? s.reason()
                        : String.join(" ", e.problems().values());
                refused.add(new Refused(file, reason));
                store.writeAll(r -> r.local().put(key, stamp + "\t" + reason));
                continue;
            } catch (UncheckedIOException e) {
                // Being written by its owner, or gone: looked at again on the next change.
                refused.add(new Refused(file, e.getMessage()));
                continue;
            }
            store.writeAll(r -> r.local().put(key, stamp));
        }
        if (merged.isEmpty() || openBefore == null) {
            return new Sync(merged, refused, unchanged, 0);
        }
        java.util.Set<java.util.UUID> open = openConflicts();
        open.removeAll(openBefore);
        return new Sync(merged, refused, unchanged, open.size());
    }

    private java.util.Set<java.util.UUID> openConflicts() {
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        share.conflicts().forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The share files in the folder, by name (temporary files being written are not share files yet). */
    static List<Path> shareFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path f : dir) {
                if (Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        } catch (IOException e) {
            // "cannot be read: /media/usb/team" (the system's message is the path) said nothing of why.
            String why = com.funnelboard.store.FileTrouble.why(e, folder);
            throw new UncheckedIOException(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ", so the team folder cannot be read ("
                    + folder + ")", e);
        }
        files.sort(null);
        return files;
    }

    /** Size and modification time: what says a file changed since it was merged. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (IOException gone) {
            return null;
        }
    }
}
