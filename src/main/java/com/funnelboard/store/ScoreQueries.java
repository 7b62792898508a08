package com.funnelboard.store;

import com.funnelboard.domain.scoring.DealFacts;
import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.Score;
import com.funnelboard.domain.scoring.Scorer;
import com.funnelboard.domain.scoring.ScoringRules;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Lead scores as they stand: stored points less decay up to now, and a deal's explanation computed afresh. */
public final class ScoreQueries {

    private final ScoreCache cache;
    private final Repositories repositories;

    ScoreQueries(DSLContext ctx, Repositories repositories) {
        this.cache = new ScoreCache(ctx, repositories);
        this.repositories = repositories;
    }

    /** The cache behind these queries (tests compare it with a full computation). */
    ScoreCache cache() {
        return cache;
    }

    /** The scoring rules alone (reading a card's score needs no profile). */
    public ScoringRules rules() {
        return ScoringSettings.rules(repositories.settings());
    }

    public IdealCustomerProfile profile() {
        return cache.scorer().profile();
    }

    /** The score at {@code now} of each of these deals that has one (live deals), from the stored points: one query. */
    public Map<UUID, Integer> scores(Collection<UUID> dealIds, Instant now) {
        if (dealIds.isEmpty()) {
            return Map.of();
        }
        ScoringRules rules = rules();
        Map<UUID, Integer> out = new HashMap<>();
        cache.stored(dealIds).forEach((id, s) -> out.put(id, (int) s[0] - Scorer.decay((int) s[0], Instant.ofEpochMilli(s[1]), now, rules)));
        return out;
    }

    /** A live deal's score at {@code now}, line by line, computed from its data (the same as the stored one). */
    public Optional<Score> explain(UUID dealId, Instant now) {
        DealFacts f = cache.facts(List.of(dealId)).get(dealId);
        return f == null ? Optional.empty() : Optional.of(cache.scorer().score(f, now));
    }

    /** How a live deal's contact compares with the profile ("Industry Software ✓ in profile, ..."). */
    public Optional<String> profileEvidence(UUID dealId) {
        DealFacts f = cache.facts(List.of(dealId)).get(dealId);
        return f == null ? Optional.empty() : Optional.of(profile().evidence(f.industry(), f.companySize(), f.persona(), f.title()));
    }
}
