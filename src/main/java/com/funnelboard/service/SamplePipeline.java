package com.funnelboard.service;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.InteractionKind;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.store.Store;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A realistic, reproducible pipeline: organizations, contacts, deals in every stage, with the
 * interactions, stage history and follow-ups each stage implies, so the checklists have evidence to
 * show. The same seed always gives the same names, values, stages and dates; it fills the
 * first-start sample and the 100,000-deal benchmark.
 *
 * <p>The keys come from a generator of their own, seeded from the seed mixed with a fresh random
 * salt: a second sample with the same seed adds new rows, and two installations that each took the
 * sample hold different rows. (Keys from the seed alone made two teammates' samples the same rows
 * written at different times, so merging their share files reported a conflict for every date of
 * every sample row.)
 */
public final class SamplePipeline {

    /** Receives progress as (deals written, deals in all). */
    public interface Progress {
        void update(long done, long total);
    }

    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
        "Karin", "Luca", "Maya", "Noah", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Will", "Xenia", "Yusuf",
        "Zoe", "Amir", "Bianca", "Chen", "Dara", "Emil", "Fiona", "Goran", "Hana", "Ivo", "Julia", "Kofi", "Lena", "Mateo", "Nina"};
    private static final String[] LAST = {"Albers", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova",
        "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka", "Ueda",
        "Varga", "Weber", "Yilmaz", "Zimmermann", "Nakamura", "O'Brien", "Silva", "Meyer", "Haddad"};
    private static final String[] ORG_A = {"Blue", "North", "Bright", "Iron", "Green", "Silver", "Rapid", "Clear", "Summit", "Harbor",
        "Oak", "Nova", "Pioneer", "Atlas", "Cedar", "Vertex", "Lumen", "Granite", "Crest", "Delta"};
    private static final String[] ORG_B = {"Logistics", "Foods", "Health", "Analytics", "Robotics", "Energy", "Media", "Retail",
        "Software", "Textiles", "Pharma", "Labs", "Motors", "Finance", "Studios", "Systems", "Clinics", "Builders"};
    private static final String[] ORG_C = {"GmbH", "Ltd", "Inc.", "SA", "BV", "AB", "Group", "& Co.", "Oy", "SRL"};
    private static final String[] PRODUCT = {"Annual licence", "Pilot project", "Onboarding package", "Team plan upgrade",
        "Enterprise rollout", "Support contract", "Data migration", "Training workshop", "API integration", "Multi-site licence",
        "Consulting retainer", "Renewal"};
    private static final String[] NOTES = {"Asked about pricing tiers", "Interested in the reporting features", "Wants a call next week",
        "Forwarded to their CFO", "Compared us with two competitors", "Needs integration with their ERP", "Budget review in Q1",
        "Liked the case study", "Questions about data protection", "Requested references"};

    /** What a follow-up is for, one for each of the notes above ("Check in on forwarded to their cfo" read as nonsense). */
    private static final String[] FOLLOW_UPS = {"Walk them through the pricing tiers", "Show the reporting features", "Call back as promised",
        "Ask whether their CFO has read it", "Send our comparison sheet", "Answer the ERP integration questions", "Ask how the Q1 budget review went",
        "Send a second case study", "Send the data-protection summary", "Send the references"};

    private final Store store;
    private final int chunk;

    public SamplePipeline(Store store) {
        this(store, CHUNK);
    }

    /** With chunks of {@code chunk} deals (tests cross chunk boundaries with small samples). */
    SamplePipeline(Store store, int chunk) {
        this.store = store;
        this.chunk = chunk;
    }

    /** Deals built and inserted at a time, between two calls of the progress callback. */
    static final int CHUNK = 2_000;

    /**
     * Writes {@code deals} sample deals in one transaction: the whole sample is added, or nothing.
     * They are inserted {@value #CHUNK} at a time; between chunks {@code progress} is told how far
     * it got and {@code cancelled} is asked whether to stop. Stopping, like any failure (an
     * exception from {@code progress} too), rolls the whole sample back.
     *
     * @return the number of deals written: always {@code deals}
     * @throws CancellationException when {@code cancelled} said so; nothing was added
     */
    public long generate(long seed, int deals, String currency, Progress progress, BooleanSupplier cancelled) {
        Instant now = store.clock().instant();
        return store.write(ChangeOrigin.SAMPLE, "Sample pipeline", r -> {
            SplittableRandom random = new SplittableRandom(seed);
            SplittableRandom keys = keys(seed);
            int orgCount = Math.max(5, deals / 4);
            List<Organization> orgs = new ArrayList<>(orgCount);
            for (int i = 0; i < orgCount; i++) {
                String name = pick(random, ORG_A) + " " + pick(random, ORG_B) + " " + pick(random, ORG_C);
                orgs.add(new Organization(uuid(keys), i < ORG_A.length * ORG_B.length ? name : name + " " + (i / 100)));
            }
            r.contacts().insertOrganizations(orgs);
            long[] followUps = {Math.floorMod(seed, OVERDUE_EVERY)};
            for (int start = 0; start < deals; start += chunk) {
                stopIfCancelled(cancelled);
                Batch batch = new Batch();
                int end = Math.min(deals, start + chunk);
                for (int i = start; i < end; i++) {
                    makeDeal(random, keys, now, orgs, currency, batch, followUps);
                }
                r.contacts().insertAll(batch.contacts);
                r.deals().insertAll(batch.deals);
                r.interactions().insertAll(batch.interactions);
                r.stageChanges().insertAll(batch.changes);
                r.followUps().insertAll(batch.followUps);
                progress.update(end, deals);
            }
            stopIfCancelled(cancelled); // a cancel during the last chunk still wins over the commit
            return (long) deals;
        });
    }

    /** The generator of the sample's ids: from the seed and a fresh random salt, so never the ids of any other sample. */
    private static SplittableRandom keys(long seed) {
        return new SplittableRandom(new SplittableRandom(seed).split().nextLong() ^ new SecureRandom().nextLong());
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The sample pipeline was cancelled; nothing was added");
        }
    }

    private static final class Batch {
        final List<Contact> contacts = new ArrayList<>();
        final List<Deal> deals = new ArrayList<>();
        final List<Interaction> interactions = new ArrayList<>();
        final List<StageChange> changes = new ArrayList<>();
        final List<FollowUp> followUps = new ArrayList<>();
    }

    /** One open follow-up in this many is overdue (5 %), at any size: a salesperson who keeps up, with a few slipping. */
    static final int OVERDUE_EVERY = 20;

    /**
     * @param followUps how many follow-ups were made so far (plus an offset from the seed), which
     *     spaces the overdue ones evenly
     */
    private void makeDeal(SplittableRandom random, SplittableRandom keys, Instant now, List<Organization> orgs, String currency,
            Batch b, long[] followUps) {
        Organization org = orgs.get(random.nextInt(orgs.size()));
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        String domain = org.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").replaceAll("(gmbh|ltd|inc|sa|bv|ab|group|co|oy|srl)$", "");
        LeadSource source = LeadSource.values()[random.nextInt(LeadSource.values().length)];
        Contact contact = new Contact(uuid(keys), org.id(), first + " " + last,
                (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@" + domain + ".example",
                "+49 30 " + (1_000_000 + random.nextInt(8_999_999)), source.key());
        b.contacts.add(contact);

        Stage stage = pickStage(random);
        UUID dealId = uuid(keys);
        Instant created = now.minus(Duration.ofHours(24L * (5 + random.nextInt(150)) + random.nextInt(24)));
        // Walk the deal along its path, leaving the interactions that justified each step.
        List<Stage> path = switch (stage) {
            case LEAD -> List.of(Stage.LEAD);
            case PROSPECT -> List.of(Stage.LEAD, Stage.PROSPECT);
            case OPPORTUNITY -> List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY);
            case WON -> List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON);
            case LOST -> {
                int reached = 1 + random.nextInt(3);
                List<Stage> p = new ArrayList<>(List.of(Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY).subList(0, reached));
                p.add(Stage.LOST);
                yield p;
            }
        };
        Instant t = created;
        Stage previous = null;
        String by = "sample";
        b.interactions.add(interaction(keys, contact, dealId, firstTouch(random, source), t.plus(Duration.ofMinutes(5))));
        LostReason lostReason = null;
        for (Stage s : path) {
            // Each step happened before now (the evidence before it, too): a step the walk would put in the future happened
            // in the last hours instead, after the step before it.
            Instant before = t;
            if (s == Stage.PROSPECT) {
                t = past(before, before.plus(Duration.ofHours(24L + random.nextInt(24 * 12))), now, random);
                InteractionKind reply = random.nextInt(3) == 0 ? InteractionKind.CALL : InteractionKind.EMAIL;
                b.interactions.add(new Interaction(uuid(keys), contact.id(), dealId, reply, Direction.IN, t.minus(Duration.ofHours(2)),
                        pick(random, NOTES)));
            } else if (s == Stage.OPPORTUNITY) {
                t = past(before, before.plus(Duration.ofHours(24L + random.nextInt(24 * 14))), now, random);
                InteractionKind signal = random.nextBoolean() ? InteractionKind.DEMO_REQUEST : InteractionKind.QUOTE_REQUEST;
                b.interactions.add(new Interaction(uuid(keys), contact.id(), dealId, InteractionKind.MEETING, Direction.OUT,
                        t.minus(Duration.ofDays(2)), "Discovery meeting"));
                b.interactions.add(new Interaction(uuid(keys), contact.id(), dealId, signal, Direction.IN, t.minus(Duration.ofHours(3)),
                        pick(random, NOTES)));
            } else if (s == Stage.WON) {
                t = past(before, before.plus(Duration.ofHours(24L + random.nextInt(24 * 20))), now, random);
                b.interactions.add(new Interaction(uuid(keys), contact.id(), dealId, InteractionKind.PROPOSAL_SENT, Direction.OUT,
                        t.minus(Duration.ofDays(4)), "Proposal v2"));
            } else if (s == Stage.LOST) {
                t = past(before, before.plus(Duration.ofHours(24L + random.nextInt(24 * 20))), now, random);
                lostReason = LostReason.values()[random.nextInt(LostReason.values().length - 1)];
            }
            b.changes.add(new StageChange(uuid(keys), dealId, previous, s, t, by, List.of(), null, s == Stage.LOST ? lostReason : null,
                    null));
            previous = s;
        }
        // Leads: some already replied (they pass the first gate), some only showed one-way interest.
        if (stage == Stage.LEAD && random.nextInt(3) == 0) {
            b.interactions.add(new Interaction(uuid(keys), contact.id(), dealId, InteractionKind.EMAIL, Direction.IN,
                    t.plus(Duration.ofHours(1 + random.nextInt(48))).isAfter(now) ? now.minusSeconds(60) : t.plus(Duration.ofHours(1)),
                    "Replied: " + pick(random, NOTES)));
        }
        boolean valued = stage != Stage.LEAD || random.nextBoolean();
        Money value = valued ? new Money(100L * (500 + 500L * random.nextInt(200)), currency) : null;
        LocalDate close = stage == Stage.OPPORTUNITY || stage == Stage.WON || (stage == Stage.PROSPECT && random.nextBoolean())
                ? LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(random.nextInt(-10, 90))
                : null;
        // A won deal closed the day it was won, mostly at its value; every fourth or so after a discount (no extra draws, so
        // the same seed keeps giving the same pipeline).
        boolean won = stage == Stage.WON;
        Money finalValue = won ? ((dealId.getLeastSignificantBits() & 3) == 0 ? new Money(value.minor() / 10 * 9, currency) : value) : null;
        LocalDate closedOn = won ? LocalDate.ofInstant(t, ZoneOffset.UTC) : null;
        b.deals.add(new Deal(dealId, contact.id(), pick(random, PRODUCT) + " – " + shortName(org), stage, value, currency, source.key(),
                close, t, lostReason, null, finalValue, closedOn, created, t));
        if (!stage.isClosed() && random.nextInt(6) != 0) {
            // Evenly spaced overdue ones (up to 6 days late); the others from half an hour to 14 days ahead.
            boolean overdue = followUps[0]++ % OVERDUE_EVERY == 0;
            Instant due = overdue ? now.minus(Duration.ofMinutes(60L + random.nextInt(60 * 24 * 6)))
                    : now.plus(Duration.ofMinutes(30L + random.nextInt(60 * 24 * 14)));
            b.followUps.add(new FollowUp(uuid(keys), dealId, due, FollowUpKind.values()[random.nextInt(4)], pick(random, FOLLOW_UPS), null));
        }
    }

    /**
     * {@code planned} when it is before now; otherwise a time in the last ten hours that is still
     * after {@code after} (itself never later than a minute before now).
     */
    private static Instant past(Instant after, Instant planned, Instant now, SplittableRandom random) {
        if (planned.isBefore(now)) {
            return planned;
        }
        Instant recent = now.minus(Duration.ofMinutes(random.nextInt(600) + 1L));
        Instant floor = after.plus(Duration.ofMinutes(1));
        return recent.isAfter(floor) ? recent : floor.isBefore(now) ? floor : now;
    }

    private static Interaction interaction(SplittableRandom keys, Contact c, UUID dealId, InteractionKind kind, Instant at) {
        Direction d = kind == InteractionKind.EMAIL || kind == InteractionKind.CALL ? Direction.OUT : Direction.IN;
        return new Interaction(uuid(keys), c.id(), dealId, kind, d, at, kind == InteractionKind.NOTE ? "Found on LinkedIn" : null);
    }

    private static InteractionKind firstTouch(SplittableRandom random, LeadSource source) {
        return switch (source) {
            case WEBINAR -> InteractionKind.WEBINAR_ATTENDED;
            case FORM, WEBSITE, PAID_AD -> InteractionKind.FORM_FILLED;
            case CONTENT, SOCIAL -> InteractionKind.CONTENT_DOWNLOADED;
            case COLD_CALL -> InteractionKind.CALL;
            case CHAT -> InteractionKind.CHAT;
            default -> random.nextBoolean() ? InteractionKind.EMAIL : InteractionKind.NOTE;
        };
    }

    private static Stage pickStage(SplittableRandom random) {
        int p = random.nextInt(100);
        if (p < 38) {
            return Stage.LEAD;
        }
        if (p < 62) {
            return Stage.PROSPECT;
        }
        if (p < 78) {
            return Stage.OPPORTUNITY;
        }
        return p < 89 ? Stage.WON : Stage.LOST;
    }

    private static String shortName(Organization org) {
        String n = org.name().replaceAll("\\s*&\\s*Co\\.$", "");
        int cut = n.lastIndexOf(' ');
        return cut > 0 && n.length() == org.name().length() ? n.substring(0, cut) : n;
    }

    private static String pick(SplittableRandom random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** A version-4 UUID from the key generator. */
    private static UUID uuid(SplittableRandom keys) {
        long hi = (keys.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (keys.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }
}
