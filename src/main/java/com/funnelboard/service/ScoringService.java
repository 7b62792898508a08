package com.funnelboard.service;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.Score;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.store.ScoringSettings;
import com.funnelboard.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Lead scoring: the rules and the ideal customer profile (shared settings, so a team scores alike),
 * deals' scores and their explanations. Saving rules or the profile scores every deal again in the
 * same transaction (run it off the FX thread).
 */
public final class ScoringService {

    private final Store store;

    public ScoringService(Store store) {
        this.store = store;
    }

    public ScoringRules rules() {
        return store.read(r -> r.scores().rules());
    }

    public IdealCustomerProfile profile() {
        return store.read(r -> r.scores().profile());
    }

    /** @throws InvalidInputException naming the first problem */
    public void setRules(ScoringRules rules) {
        if (!rules.problems().isEmpty()) {
            throw new InvalidInputException("scoring", rules.problems().getFirst());
        }
        String json = ScoringSettings.write(rules);
        store.writeAll(com.funnelboard.domain.ChangeOrigin.USER, "Changed the scoring rules", r -> r.settings().put(ScoringSettings.RULES, json));
    }

    /** @throws InvalidInputException naming the first problem */
    public void setProfile(IdealCustomerProfile profile) {
        if (!profile.problems().isEmpty()) {
            throw new InvalidInputException("profile", profile.problems().getFirst());
        }
        String json = ScoringSettings.write(profile);
        store.writeAll(com.funnelboard.domain.ChangeOrigin.USER, "Changed the ideal customer profile",
                r -> r.settings().put(ScoringSettings.PROFILE, json));
    }

    /** Both at once, in one transaction (the Scoring dialog). */
    public void save(ScoringRules rules, IdealCustomerProfile profile) {
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(profile.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("scoring", problems.getFirst());
        }
        String r1 = ScoringSettings.write(rules);
        String p1 = ScoringSettings.write(profile);
        store.writeAll(com.funnelboard.domain.ChangeOrigin.USER, "Changed the scoring rules", r -> {
            r.settings().put(ScoringSettings.RULES, r1);
            r.settings().put(ScoringSettings.PROFILE, p1);
        });
    }

    /**
     * What the Scoring dialog changed from what it showed, laid onto the rules and the profile as they are now, in one
     * transaction (see {@link JsonThreeWay}): saved whole, the dialog wrote back a rule a teammate's merge or a command had
     * changed while it was open, and the loss went on to the team with the next share file. Returns the settings changed
     * beside the dialog that were kept ("points.decay"), empty when there were none.
     *
     * @throws InvalidInputException naming the first problem of the result
     */
    public List<String> saveChanges(ScoringRules shownRules, IdealCustomerProfile shownProfile, ScoringRules rules,
            IdealCustomerProfile profile) {
        List<String> problems = new ArrayList<>(rules.problems());
        problems.addAll(profile.problems());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("scoring", problems.getFirst());
        }
        return store.write(com.funnelboard.domain.ChangeOrigin.USER, "Changed the scoring rules", r -> {
            JsonThreeWay.Merged mergedRules = JsonThreeWay.merge(tree(ScoringSettings.write(shownRules)), tree(ScoringSettings.write(rules)),
                    tree(ScoringSettings.write(r.scores().rules())));
            JsonThreeWay.Merged mergedProfile = JsonThreeWay.merge(tree(ScoringSettings.write(shownProfile)), tree(ScoringSettings.write(profile)),
                    tree(ScoringSettings.write(r.scores().profile())));
            ScoringRules newRules;
            IdealCustomerProfile newProfile;
            try {
                newRules = ScoringSettings.readRules(mergedRules.document().toString());
                newProfile = ScoringSettings.readProfile(mergedProfile.document().toString());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("scoring", e.getMessage());
            }
            List<String> wrong = new ArrayList<>(newRules.problems());
            wrong.addAll(newProfile.problems());
            if (!wrong.isEmpty()) {
                throw new InvalidInputException("scoring", wrong.getFirst());
            }
            r.settings().put(ScoringSettings.RULES, ScoringSettings.write(newRules));
            r.settings().put(ScoringSettings.PROFILE, ScoringSettings.write(newProfile));
            List<String> kept = new ArrayList<>(mergedRules.keptFromNow());
            mergedProfile.keptFromNow().forEach(p -> kept.add("profile." + p));
            return kept;
        });
    }

    private static tools.jackson.databind.JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    /** The rules as JSON, as {@code settings get scoring} prints them. */
    public String rulesJson() {
        return ScoringSettings.write(rules());
    }

    public String profileJson() {
        return ScoringSettings.write(profile());
    }

    /** @throws InvalidInputException with a sentence when the JSON is not readable or not valid rules */
    public void setRulesJson(String json) {
        try {
            setRules(ScoringSettings.readRules(json));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("scoring", e.getMessage());
        }
    }

    /** @throws InvalidInputException with a sentence when the JSON is not readable or not a valid profile */
    public void setProfileJson(String json) {
        try {
            setProfile(ScoringSettings.readProfile(json));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("profile", e.getMessage());
        }
    }

    /** A live deal's score now, line by line. */
    public Optional<Score> explain(UUID dealId) {
        return store.read(r -> r.scores().explain(dealId, store.clock().instant()));
    }

    /** The cards with their scores now (one query). */
    public List<DealCard> withScores(List<DealCard> cards) {
        return attach(store, cards);
    }

    static List<DealCard> attach(Store store, List<DealCard> cards) {
        if (cards.isEmpty()) {
            return cards;
        }
        Map<UUID, Integer> scores = store.read(r -> r.scores().scores(cards.stream().map(DealCard::id).toList(), store.clock().instant()));
        return cards.stream().map(c -> c.withScore(scores.get(c.id()))).toList();
    }

    /** Cards highest score first; equal scores keep their order. */
    public static List<DealCard> byScore(List<DealCard> cards, int limit) {
        return cards.stream().sorted(Comparator.comparing((DealCard c) -> c.score() == null ? Integer.MIN_VALUE : c.score()).reversed())
                .limit(limit).toList();
    }
}
