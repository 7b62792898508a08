package com.funnelboard.service;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.Person;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who uses this installation and who owns which deal. The person (name and email) is kept per
 * installation, in local settings that never enter the change log; it is the author of every change
 * set written here and the owner of the deals created here. Their name is also put in the team's
 * directory of people (a shared setting per email), so teammates' boards can show it.
 */
public final class PeopleService {

    /** Shared settings {@code person.<email>} = name: the names behind owners' emails. */
    static final String DIRECTORY = com.funnelboard.store.SettingsRepository.PERSON;

    private final Store store;

    public PeopleService(Store store) {
        this.store = store;
    }

    /** Who uses this installation, once they have said so. */
    public Optional<Person> me() {
        return store.person();
    }

    /**
     * True on first start (nobody has said who uses this database) and on a file that was copied
     * from elsewhere since they did: the window asks.
     */
    public boolean needsAsking() {
        return store.read(r -> r.local().identityNeedsConfirming());
    }

    /**
     * Who used this database before it was copied here, while its new user has not said who they
     * are (empty otherwise): kept, shown, never written as the author of this copy's changes.
     */
    public Optional<Person> copiedFrom() {
        return me().isPresent() ? Optional.empty()
                : store.read(r -> r.local().identityNeedsConfirming() ? r.local().identity() : Optional.<Person>empty());
    }

    /**
     * What the question starts with: the person kept, else who last said who they are on this computer, else the one a copy
     * came from, else the operating system's user name and no email. A teammate's file opened here offered the teammate, and
     * Enter made their name the author of this user's changes.
     */
    public Person suggestion() {
        return me().or(this::lastOnThisComputer).or(this::copiedFrom).orElseGet(() -> new Person(System.getProperty("user.name", ""), ""));
    }

    /**
     * Who last said who they are on this computer, in any database: the question a new database asks starts from them (each
     * database keeps its own answer, the author of its change sets; a second one offered the system's user name, "root",
     * minutes after the user had answered).
     */
    private Optional<Person> lastOnThisComputer() {
        ComputerPreferences computer = new ComputerPreferences(store.installationFolder().orElse(null));
        String name = computer.get(LAST_NAME).orElse("");
        String email = computer.get(LAST_EMAIL).orElse("");
        // Written by this app, but a file on disk all the same: only a well-formed pair is offered.
        return Person.problems(name, email).isEmpty() ? Optional.of(new Person(name, Person.normalEmail(email))) : Optional.empty();
    }

    private static final String LAST_NAME = "identity.name";
    private static final String LAST_EMAIL = "identity.email";

    private void keepOnThisComputer(Person person) {
        try {
            new ComputerPreferences(store.installationFolder().orElse(null)).set(Map.of(LAST_NAME, person.name(), LAST_EMAIL, person.email()));
        } catch (java.io.UncheckedIOException e) {
            // The database has kept them: only another database's question starts without them.
            org.slf4j.LoggerFactory.getLogger(PeopleService.class).warn("Who you are was not kept for other databases: {}", e.getMessage());
        }
    }

    /** What changing who you are did. */
    /** @param claimedInTrash how many of the deals taken are in the trash (an undone import's: they read as taken from nowhere) */
    public record Saved(Person person, int claimedDeals, int movedDeals, int claimedInTrash) {

        /** "2 deals nobody owned (1 of them in the trash)". */
        public String claimed() {
            return String.format("%,d", claimedDeals) + (claimedDeals == 1 ? " deal" : " deals") + " nobody owned"
                    + (claimedInTrash == 0 ? "" : claimedInTrash == claimedDeals ? (claimedDeals == 1 ? " (in the trash)" : " (all in the trash)")
                            : " (" + String.format("%,d", claimedInTrash) + " of them in the trash)");
        }
    }

    /**
     * Keeps who uses this installation. From now on their change sets carry them and the deals they
     * create are theirs. Deals nobody owns yet (from before owners, or created before anyone said
     * who they are here) become theirs, in one recorded change set.
     *
     * @throws InvalidInputException naming the field ("name", "email") to correct; nothing is kept
     */
    public Saved setIdentity(String name, String email) {
        return setIdentity(name, email, true);
    }

    /**
     * As {@link #setIdentity(String, String)}; the deals nobody owns become theirs only with {@code takeUnowned} (the window asks:
     * a team's database opened by its manager gave every unowned deal to the manager).
     */
    public Saved setIdentity(String name, String email, boolean takeUnowned) {
        Map<String, String> problems = Person.problems(name, email);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Person person = new Person(name, Person.normalEmail(email));
        Optional<Person> before = store.person();
        // The same person with a new address (not a copied file's new user): the deals they own follow them.
        Optional<String> oldEmail = before.filter(b -> !needsAsking()).map(Person::email).filter(e -> !e.equals(person.email()));
        store.usePerson(person); // this write is already theirs
        try {
            int[] moved = {0};
            int[] inTrash = {0};
            int claimed = store.write(ChangeOrigin.USER, null, r -> {
                r.local().setIdentity(person);
                String key = DIRECTORY + person.email();
                if (!r.settings().get(key).equals(Optional.of(person.name()))) {
                    r.settings().put(key, person.name());
                }
                inTrash[0] = r.deals().countUnownedInTrash();
                int n = takeUnowned ? r.deals().claimUnowned(person.email()) : 0;
                moved[0] = oldEmail.map(old -> r.deals().reassignOwner(old, person.email())).orElse(0);
                r.describe("Set your name and email: " + person.name() + ", " + person.email() + (n == 0 ? "" : "; took " + n + (n == 1 ? " deal" : " deals")
                        + " nobody owned") + (moved[0] == 0 ? "" : "; " + moved[0] + (moved[0] == 1 ? " deal" : " deals") + " of "
                        + oldEmail.get() + " moved to the new address"));
                return n;
            });
            keepOnThisComputer(person);
            return new Saved(person, claimed, moved[0], claimed == 0 ? 0 : inTrash[0]);
        } catch (RuntimeException e) {
            store.usePerson(before.orElse(null));
            throw e;
        }
    }

    /** The names the team has given for their emails (the directory), by email. */
    public Map<String, String> directory() {
        Map<String, String> out = store.read(PeopleService::directoryIn);
        me().ifPresent(p -> out.put(p.email(), p.name()));
        return out;
    }

    /** The team's directory as the shared settings hold it, by email, read inside a transaction already open. */
    static Map<String, String> directoryIn(com.funnelboard.store.Repositories r) {
        Map<String, String> out = new LinkedHashMap<>();
        r.settings().startingWith(DIRECTORY).forEach((k, v) -> out.put(k.substring(DIRECTORY.length()), v));
        return out;
    }

    /** Someone who owns deals on the board. */
    public record Owner(String email, String name, long deals) {
        /** Who the board's filter names: the name with the email, or the email alone. */
        public String label() {
            return name == null ? email : name + " (" + email + ")";
        }

        public String initials() {
            return Person.initials(name != null ? name : email);
        }
    }

    /** Everyone who owns live deals, the most deals first, with the name the directory has; without the deals nobody owns. */
    public List<Owner> owners() {
        Map<String, Long> counts = store.read(r -> r.board().owners());
        Map<String, String> names = directory();
        List<Owner> out = new ArrayList<>();
        counts.forEach((email, n) -> {
            if (email != null) {
                out.add(new Owner(email, names.get(email), n));
            }
        });
        return out;
    }

    /**
     * Leaves a deal without an owner, recorded like any edit (undoable, in its history).
     *
     * @return true when it had one
     */
    public boolean unassign(UUID deal) {
        return store.write(r -> {
            var d = r.deals().find(deal).orElseThrow(() -> DealService.noDeal(deal));
            boolean changed = d.owner() != null && r.deals().setOwner(deal, null);
            if (changed) {
                r.describe("Left \u201C" + d.title() + "\u201D without an owner");
            }
            return changed;
        });
    }

    /** The name of a mailbox as mail programs write one ("Ola Nordmann" of "Ola Nordmann <ola@…>"), or null. */
    public static String mailboxName(String text) {
        return text == null ? null : Person.fromAuthor(text.strip()).map(Person::name).orElse(null);
    }

    /** How many live deals nobody owns. */
    public long unowned() {
        return store.read(r -> r.board().owners()).getOrDefault(null, 0L);
    }

    /**
     * Gives a deal to someone else, by email, recorded like any edit (undoable, in its history).
     *
     * @return true when the owner changed
     * @throws InvalidInputException when the email is not an email address or the deal is gone
     */
    public boolean reassign(UUID deal, String email) {
        return reassign(deal, email, null);
    }

    /**
     * As {@link #reassign(UUID, String)}, naming the person too ("Ola Nordmann" of "Ola Nordmann
     * <ola@…>"): a name the team's directory does not have yet for that email is added to it, in the
     * same change set.
     */
    public boolean reassign(UUID deal, String email, String name) {
        String normal = checkedOwner(email);
        String given = givenName(name, normal);
        return store.write(r -> {
            var d = r.deals().find(deal).orElseThrow(() -> DealService.noDeal(deal));
            boolean changed = reassignIn(r, deal, normal, given);
            if (changed) {
                r.describe("Gave \u201C" + d.title() + "\u201D to " + shownOwner(r, normal));
            }
            return changed;
        });
    }

    /**
     * An owner's email as stored (lower case, trimmed).
     *
     * @throws InvalidInputException when it is not an email address
     */
    static String checkedOwner(String email) {
        String normal = Person.normalEmail(email);
        Map<String, String> problems = new LinkedHashMap<>();
        com.funnelboard.domain.Validation.requiredText(normal, "Owner", Person.MAX_EMAIL).or(() -> com.funnelboard.domain.Validation.email(normal))
                .ifPresent(m -> problems.put("owner", m));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return normal;
    }

    /** The name given with an owner's email, when it is one a person can have; else null. */
    static String givenName(String name, String normal) {
        return name == null || name.isBlank() || Person.problems(name.strip(), normal).containsKey("name") ? null : name.strip();
    }

    /**
     * Gives a deal to {@code normal} inside a write already open (one deal of a batch too): a name given for an email the
     * team's directory lacks is added to it.
     *
     * @return true when the owner changed
     */
    static boolean reassignIn(com.funnelboard.store.Repositories r, UUID deal, String normal, String given) {
        if (given != null && r.settings().get(DIRECTORY + normal).isEmpty()) {
            r.settings().put(DIRECTORY + normal, given);
        }
        return r.deals().setOwner(deal, normal);
    }

    /** How an owner is named in history: the directory's name, else the email. */
    static String shownOwner(com.funnelboard.store.Repositories r, String normal) {
        return r.settings().get(DIRECTORY + normal).orElse(normal);
    }

    /**
     * Resolves how a user names an owner: {@code me} is the person of this installation, anything
     * else an email.
     *
     * @throws InvalidInputException for "me" before anyone said who they are, or a text that is not an email
     */
    public String ownerEmail(String meOrEmail) {
        if (meOrEmail.strip().equalsIgnoreCase("me")) {
            return me().map(Person::email).orElseThrow(() -> new InvalidInputException("owner",
                    "Nobody has said who uses this installation yet; run 'funnelboard whoami --name NAME --email EMAIL' first"));
        }
        // A mailbox as mail programs write one ("Ola Nordmann <ola@…>") names its address.
        String normal = Person.normalEmail(Person.mailboxAddress(meOrEmail).orElse(meOrEmail));
        if (normal.contains("<") || normal.contains(">")) {
            throw new InvalidInputException("owner", "'" + meOrEmail.strip() + "' is not an email: write an email, 'Name <email>', 'me' or 'nobody'");
        }
        com.funnelboard.domain.Validation.email(normal).ifPresent(m -> {
            throw new InvalidInputException("owner", m + ": write an email, 'Name <email>', 'me' or 'nobody'");
        });
        return normal;
    }
}
