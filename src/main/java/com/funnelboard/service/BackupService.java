package com.funnelboard.service;

import com.funnelboard.domain.BackupPreview;
import com.funnelboard.domain.BackupRotation;
import com.funnelboard.store.Backups;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rotating backups of the open database in the app-data folder: one a day when the window runs
 * (and on request), keeping the newest of each of the last 7 days and of the 4 weeks before
 * ({@link BackupRotation}); listing them with what they hold; restoring one (after backing up
 * what is there now); and, when a database cannot be opened, finding the newest good one.
 */
public final class BackupService {

    /** A backup file's name: its time in UTC, to the millisecond, so names sort as times do. */
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String SUFFIX = ".db";

    /** One backup: its id (the name without ".db"), when it was taken, where it is, its size in bytes. */
    /**
     * @param beforeRestore taken of what the database held just before a restore: the one way to take
     *     the restore back, kept apart from the daily and weekly rotation (see {@link #rotate})
     */
    public record Backup(String id, Instant at, Path file, long bytes, boolean beforeRestore) {}

    /** How the name of a backup taken before a restore ends (before {@code .db}). */
    private static final String BEFORE_RESTORE = "-before-restore";

    private final Store store;
    private final Path folder;
    private final Clock clock;
    private final List<Runnable> whenTaken = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param folder where this database's backups are kept (see {@link #folderFor}) */
    public BackupService(Store store, Path folder, Clock clock) {
        this.store = store;
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * Where the backups of {@code database} are kept: {@code backups/NAME-HASH} in the app-data
     * folder, the hash telling apart databases of one name in different folders.
     */
    public static Path folderFor(Path appData, Path database) {
        Path real = database.toAbsolutePath().normalize();
        try {
            real = real.toRealPath();
        } catch (IOException e) {
            // a database not created yet: its absolute name
        }
        String name = real.getFileName().toString().replaceFirst("\\.db$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(real.toString().getBytes(StandardCharsets.UTF_8));
            return appData.resolve("backups").resolve(name + "-" + HexFormat.of().formatHex(hash, 0, 4));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The backups there are, newest first. */
    public List<Backup> list() {
        return list(folder);
    }

    static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(BackupService::parse).flatMap(Optional::stream)
                    .sorted(java.util.Comparator.comparing(Backup::at).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "The backups in " + folder + " cannot be listed: " + e.getMessage(), e);
        }
    }

    private static Optional<Backup> parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(SUFFIX) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String id = name.substring(0, name.length() - SUFFIX.length());
        boolean beforeRestore = id.endsWith(BEFORE_RESTORE);
        try {
            Instant at = NAME.parse(beforeRestore ? id.substring(0, id.length() - BEFORE_RESTORE.length()) : id, Instant::from);
            return Optional.of(new Backup(id, at, file, Files.size(file), beforeRestore));
        } catch (java.time.DateTimeException | IOException e) {
            return Optional.empty(); // not one of ours
        }
    }

    /** Takes a backup now, then lets the old ones go that the rotation does not keep. */
    public Backup create() {
        return create(false);
    }

    private Backup create(boolean beforeRestore) {
        String kind = beforeRestore ? BEFORE_RESTORE : "";
        Instant now = clock.instant();
        Path target = folder.resolve(NAME.format(now) + kind + SUFFIX);
        while (Files.exists(target) || Files.exists(folder.resolve(NAME.format(now) + SUFFIX))
                || Files.exists(folder.resolve(NAME.format(now) + BEFORE_RESTORE + SUFFIX))) {
            now = now.plusMillis(1);
            target = folder.resolve(NAME.format(now) + kind + SUFFIX);
        }
        store.backupTo(target);
        Backup made = parse(target).orElseThrow();
        rotate();
        whenTaken.forEach(Runnable::run);
        return made;
    }

    /**
     * Tells {@code listener}, on the thread that took it, of each backup this service takes (the daily one, Back up now,
     * the one before a restore), after the rotation let the old ones go; running the result stops it (as {@code Store#subscribe}).
     */
    public Runnable whenTaken(Runnable listener) {
        whenTaken.add(listener);
        return () -> whenTaken.remove(listener);
    }

    /** The daily backup: taken when there is none yet of today (in the user's time zone). */
    public Optional<Backup> backupIfDue() {
        java.time.LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        boolean done = list().stream().anyMatch(b -> b.at().atZone(clock.getZone()).toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(create());
    }

    /**
     * Deletes the backups the rotation does not keep: of the daily and weekly ones, the newest whole
     * one of each of the last 7 days and 4 weeks, and all of today's (a damaged one — cut short,
     * overwritten — no longer stands for its day: it pushed a sound one of the same day out); of those
     * taken before a restore, every one of the last 30 days and the newest 3 (they were rotated as
     * daily ones, and went the next day once another backup was taken that day).
     */
    public void rotate() {
        List<Backup> all = list();
        java.time.LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        Set<Path> whole = new java.util.HashSet<>();
        for (Backup b : all) {
            // Today's are all kept: only the older ones are looked at (their first 100 bytes).
            if (!b.beforeRestore() && (b.at().atZone(clock.getZone()).toLocalDate().equals(today) || Backups.looksWhole(b.file()))) {
                whole.add(b.file());
            }
        }
        Set<Instant> regular = BackupRotation.keep(all.stream().filter(b -> whole.contains(b.file())).map(Backup::at).toList(),
                clock.getZone(), today);
        Set<Instant> beforeRestores = BackupRotation.keepBeforeRestore(all.stream().filter(Backup::beforeRestore).map(Backup::at).toList(),
                clock.instant());
        for (Backup b : all) {
            boolean keep = b.beforeRestore() ? beforeRestores.contains(b.at())
                    : whole.contains(b.file()) && regular.contains(b.at()) || b.at().atZone(clock.getZone()).toLocalDate().equals(today);
            if (!keep) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    org.slf4j.LoggerFactory.getLogger(BackupService.class).warn("An old backup could not be deleted: {}", b.file(), e);
                }
            }
        }
    }

    /** The backup a user means by its id or its first characters. */
    public Backup resolve(String idOrPrefix) {
        return resolve(list(), idOrPrefix);
    }

    private static Backup resolve(List<Backup> all, String idOrPrefix) {
        String p = idOrPrefix.strip();
        List<Backup> matches = all.stream().filter(b -> b.id().startsWith(p)).toList();
        if (p.isEmpty() || matches.isEmpty()) {
            throw new InvalidInputException("id", "No backup " + idOrPrefix + " (see 'backup list')");
        }
        if (matches.size() > 1 && matches.stream().noneMatch(b -> b.id().equals(p))) {
            throw new InvalidInputException("id", idOrPrefix + " names " + matches.size() + " backups; give more of the id");
        }
        return matches.stream().filter(b -> b.id().equals(p)).findFirst().orElse(matches.getFirst());
    }

    /** What a backup holds: counts of deals and contacts, its newest change, whether it is sound. */
    public BackupPreview preview(Backup b) {
        return Backups.preview(b.file());
    }

    /** Changes the database holds that a backup does not: how many, and the newest ("" and null when none). */
    public record Later(int count, String newest, Instant newestAt) {}

    /**
     * The changes made here after the backup's newest change, which restoring it takes out (into the before-restore backup):
     * a dry run said what the backup holds, not what would go.
     */
    public Later madeAfter(BackupPreview p) {
        if (p.newestChangeAt() == null) {
            return new Later(0, "", null);
        }
        var since = store.read(r -> r.changeLog().since(p.newestChangeAt()));
        return since.count() == 0 ? new Later(0, "", null)
                : new Later(since.count(), since.newest().summary() == null ? "a change by " + since.newest().author() : since.newest().summary(),
                        since.newest().at());
    }

    /**
     * Restores a backup into the open database: what it holds now is backed up first, then the
     * backup's content replaces it and it gets a new replica id.
     *
     * @return the backup of what was there before
     * @throws RefusedException when the backup is not sound; nothing is changed
     */
    public Backup restore(Backup b) {
        BackupPreview p = preview(b);
        if (!p.healthy()) {
            throw new RefusedException("The backup " + b.id() + " is not sound: " + com.funnelboard.domain.Printable.escape(p.problems().getFirst())
                    + ". Nothing was changed");
        }
        Backup before = null;
        try {
            // What the database holds is backed up first; a command writing beside the window between that backup and the
            // restore would be in neither (lost without a trace), so the restore happens only if nothing was written since.
            boolean restored = false;
            for (int attempt = 0; attempt < 5 && !restored; attempt++) {
                long mark = store.changeMark();
                before = create(true);
                restored = store.restoreFrom(b.file(), mark);
            }
            if (!restored) {
                throw new RefusedException("The database kept changing while its backup was being taken (another program is writing to it): "
                        + "nothing was restored; the backup of what it holds is " + before.id());
            }
            // What the commands did before is gone with it: `undo` must not undo something inside the backup instead.
            new StoredUndoJournal(store).forget();
            UndoJournal.window(store).forget();
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.IO) {
                throw e; // the backup of what was there stays: the restore may have got part of the way
            }
            // Refused before anything changed (a window has the file open): the backup made for it is of nothing new.
            try {
                if (before != null) {
                    java.nio.file.Files.deleteIfExists(before.file());
                }
            } catch (java.io.IOException gone) {
                e.addSuppressed(gone);
            }
            throw new RefusedException(e.getMessage().replaceFirst("\\.$", ""));
        }
        return before;
    }

    /** The newest backup in {@code folder} that SQLite finds sound, with what it holds. */
    public static Optional<Good> newestGood(Path folder) {
        for (Backup b : list(folder)) {
            BackupPreview p = Backups.preview(b.file());
            if (p.healthy()) {
                return Optional.of(new Good(b, p));
            }
        }
        return Optional.empty();
    }

    /** A sound backup and what it holds. */
    public record Good(Backup backup, BackupPreview preview) {}

    /**
     * The backups of a database that cannot be opened (damaged): listed, looked at and put in its
     * place without opening it, so that a command can do what its refusal tells the user to do.
     */
    public static final class Shelf {
        private final Path database;
        private final Path folder;

        public Shelf(Path appData, Path database) {
            this.database = database;
            this.folder = folderFor(appData, database);
        }

        public Path folder() {
            return folder;
        }

        public List<Backup> list() {
            return BackupService.list(folder);
        }

        public Backup resolve(String idOrPrefix) {
            return BackupService.resolve(list(), idOrPrefix);
        }

        public BackupPreview preview(Backup b) {
            return Backups.preview(b.file());
        }

        public Optional<Good> newestGood() {
            return BackupService.newestGood(folder);
        }

        /**
         * Puts the backup in the database's place (see {@link BackupService#putInPlace}).
         *
         * @return where the damaged file was kept
         * @throws RefusedException when the backup is not sound or a window has the database open; nothing is changed
         */
        public Path putInPlace(Backup b, Instant now) {
            try {
                return BackupService.putInPlace(database, b, now);
            } catch (StoreException e) {
                if (e.kind() == StoreException.Kind.IO) {
                    throw e;
                }
                throw new RefusedException(e.getMessage().replaceFirst("\\.$", ""));
            }
        }
    }

    /**
     * Puts a backup in the place of a database that cannot be opened (not open anywhere); the
     * damaged file is kept beside it.
     *
     * @return where the damaged file was kept
     */
    public static Path putInPlace(Path database, Backup b, Instant now) {
        return Backups.replace(database, b.file(), now);
    }

    /** SQLite's quick check of a database file, read-only: its problems, empty when it passes. */
    public static List<String> quickCheck(Path database) {
        return Backups.quickCheck(database.toAbsolutePath().normalize());
    }
}
