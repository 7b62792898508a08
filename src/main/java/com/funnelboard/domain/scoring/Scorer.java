package com.funnelboard.domain.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes a deal's score from its facts, the rules and the ideal customer profile: a pure function
 * (the time is given). Every interaction that is an engagement signal earns its points, once per
 * interaction; repeated engagement earns its points once, on the day the contact first reached the
 * count within the window; each fit of the profile earns its points; then decay takes its points for
 * every full period since the last interaction (or since the deal was made, when none is logged),
 * never taking the score below zero.
 */
public final class Scorer {

    /**
     * Changes whenever the way scores are computed changes, so stored scores are computed again. 2: once more everywhere, as
     * a merge of a large teammate's file with a setting in it had left the deals it brought without a stored score.
     */
    public static final int VERSION = 2;

    private static final Comparator<Activity> BY_TIME = Comparator.comparing(Activity::at).thenComparing(a -> a.kind().ordinal())
            .thenComparing(a -> a.direction().ordinal());

    private final ScoringRules rules;
    private final IdealCustomerProfile profile;
    private final List<String> words;

    public Scorer(ScoringRules rules, IdealCustomerProfile profile) {
        this.rules = rules;
        this.profile = profile;
        this.words = profile.normalisedWords();
    }

    public ScoringRules rules() {
        return rules;
    }

    public IdealCustomerProfile profile() {
        return profile;
    }

    /** What is kept of a score so it stays exact over time: the points before decay, and when decay starts counting. */
    public record Base(int points, Instant activeAt) {}

    /** The same sum as {@link #baseLines}, without building the lines (a full computation scores every deal). */
    public Base base(DealFacts facts) {
        int points = 0;
        List<Activity> engaging = null;
        for (Activity a : facts.activities()) {
            Signal s = Signal.orNull(a.kind(), a.direction());
            if (s != null) {
                points += rules.pointsOf(s);
                if (engaging == null) {
                    engaging = new ArrayList<>();
                }
                engaging.add(a);
            }
        }
        if (engaging != null && engaging.size() >= rules.repeatCount() && rules.pointsOf(Signal.REPEATED_ENGAGEMENT) != 0) {
            engaging.sort(BY_TIME);
            if (repeatedAt(engaging) != null) {
                points += rules.pointsOf(Signal.REPEATED_ENGAGEMENT);
            }
        }
        if (profile.industryMatch(facts.industry()).isPresent()) {
            points += rules.pointsOf(Signal.INDUSTRY_FIT);
        }
        if (profile.sizeFits(facts.companySize())) {
            points += rules.pointsOf(Signal.SIZE_FIT);
        }
        if (IdealCustomerProfile.authorityIn(facts.persona(), facts.title(), words).isPresent()) {
            points += rules.pointsOf(Signal.DECISION_AUTHORITY);
        }
        return new Base(points, activeAt(facts));
    }

    /** The engaging interaction (in time order) that completes repeated engagement first, or null. */
    private Activity repeatedAt(List<Activity> engaging) {
        int n = rules.repeatCount();
        for (int i = n - 1; i < engaging.size(); i++) {
            if (engaging.get(i).at().toEpochMilli() - engaging.get(i - (n - 1)).at().toEpochMilli() <= rules.repeatMillis()) {
                return engaging.get(i);
            }
        }
        return null;
    }

    /** The score as it stands at {@code now}, line by line. */
    public Score score(DealFacts facts, Instant now) {
        List<ScoreLine> lines = new ArrayList<>(baseLines(facts));
        int base = lines.stream().mapToInt(ScoreLine::points).sum();
        Instant active = activeAt(facts);
        int decay = decay(base, active, now, rules);
        if (decay > 0) {
            long days = (now.toEpochMilli() - active.toEpochMilli()) / 86_400_000L;
            boolean capped = decay < rules.pointsOf(Signal.DECAY) * periods(active, now, rules);
            lines.add(new ScoreLine(-decay, Signal.DECAY, "no interaction for " + days + " days" + (capped ? " (a score stops at 0)" : ""), active));
        }
        return new Score(base - decay, lines);
    }

    /** Full periods without interaction between {@code active} and {@code now} (none when {@code active} is later). */
    public static long periods(Instant active, Instant now, ScoringRules rules) {
        long elapsed = now.toEpochMilli() - active.toEpochMilli();
        return elapsed <= 0 ? 0 : elapsed / rules.decayMillis();
    }

    /** The points decay takes from {@code base}: its points per full period, at most {@code base}. */
    public static int decay(int base, Instant active, Instant now, ScoringRules rules) {
        long d = periods(active, now, rules) * rules.pointsOf(Signal.DECAY);
        return (int) Math.max(0, Math.min(d, base));
    }

    /** The last interaction (a note does not count), or the deal's creation when there is none. */
    public static Instant activeAt(DealFacts facts) {
        Instant last = facts.createdAt();
        for (Activity a : facts.activities()) {
            if (Signal.isActivity(a.kind()) && a.at().isAfter(last)) {
                last = a.at();
            }
        }
        return last;
    }

    /** Engagement lines by date, then fit lines; lines worth nothing are left out. */
    public List<ScoreLine> baseLines(DealFacts facts) {
        List<ScoreLine> lines = new ArrayList<>();
        List<Activity> engaging = new ArrayList<>();
        List<Activity> sorted = new ArrayList<>(facts.activities());
        sorted.sort(BY_TIME);
        for (Activity a : sorted) {
            Optional<Signal> s = Signal.of(a.kind(), a.direction());
            if (s.isEmpty()) {
                continue;
            }
            engaging.add(a);
            int p = rules.pointsOf(s.get());
            if (p != 0) {
                String what = s.get() == Signal.INBOUND_MESSAGE ? "inbound " + a.kind().label() : a.kind().label();
                lines.add(new ScoreLine(p, s.get(), what, a.at()));
            }
        }
        repeated(engaging).ifPresent(lines::add);
        lines.sort(Comparator.comparing(ScoreLine::at));
        fit(facts, lines);
        return lines;
    }

    private Optional<ScoreLine> repeated(List<Activity> engaging) {
        int p = rules.pointsOf(Signal.REPEATED_ENGAGEMENT);
        Activity last = p == 0 ? null : repeatedAt(engaging);
        return last == null ? Optional.empty() : Optional.of(new ScoreLine(p, Signal.REPEATED_ENGAGEMENT,
                "repeated engagement (" + rules.repeatCount() + " interactions within " + rules.repeatDays() + " days)", last.at()));
    }

    private void fit(DealFacts facts, List<ScoreLine> lines) {
        int industry = rules.pointsOf(Signal.INDUSTRY_FIT);
        if (industry != 0) {
            profile.industryMatch(facts.industry())
                    .ifPresent(i -> lines.add(new ScoreLine(industry, Signal.INDUSTRY_FIT, "industry " + facts.industry().strip() + " in the profile", null)));
        }
        int size = rules.pointsOf(Signal.SIZE_FIT);
        if (size != 0 && profile.sizeFits(facts.companySize())) {
            lines.add(new ScoreLine(size, Signal.SIZE_FIT, "company size " + facts.companySize().strip() + " in " + profile.minEmployees()
                    + "\u2013" + profile.maxEmployees(), null));
        }
        int authority = rules.pointsOf(Signal.DECISION_AUTHORITY);
        if (authority != 0) {
            IdealCustomerProfile.authorityIn(facts.persona(), facts.title(), words)
                    .ifPresent(w -> lines.add(new ScoreLine(authority, Signal.DECISION_AUTHORITY, "decision authority: " + w, null)));
        }
    }
}
