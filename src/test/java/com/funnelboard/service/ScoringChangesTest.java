package com.funnelboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scoring dialog saves what it changed onto the rules as they are: saved whole, it wrote back a rule a teammate's merge
 * or a command had changed while it was open, and the next share file took the loss to the whole team.
 */
class ScoringChangesTest {

    @TempDir
    Path dir;

    static ScoringRules with(ScoringRules rules, Signal signal, int points) {
        Map<Signal, Integer> all = new EnumMap<>(rules.points());
        all.put(signal, points);
        return new ScoringRules(all, rules.repeatCount(), rules.repeatDays(), rules.decayDays());
    }

    @Test
    void aRuleChangedBesideTheDialogIsKeptAndTheDialogsChangesAreMade() {
        try (Store store = Fixtures.store(dir)) {
            ScoringService scoring = new ScoringService(store);
            ScoringRules shown = scoring.rules();
            IdealCustomerProfile shownProfile = scoring.profile();
            // Beside the open dialog: another admin's rules merged, or `settings set scoring` (decay every 7 days, calls 25).
            scoring.setRulesJson("{\"points\":{\"call-or-meeting\":25},\"decayEveryDays\":7}");
            IdealCustomerProfile profileElsewhere = new IdealCustomerProfile(List.of("Logistics"), shownProfile.minEmployees(),
                    shownProfile.maxEmployees(), shownProfile.decisionMakers());
            scoring.setProfile(profileElsewhere);

            // The dialog: a form filled is worth 11 now, the rest as it showed them.
            List<String> kept = scoring.saveChanges(shown, shownProfile, with(shown, Signal.FORM_FILLED, 11), shownProfile);
            ScoringRules now = scoring.rules();
            assertThat(now.pointsOf(Signal.FORM_FILLED)).as("the dialog's change").isEqualTo(11);
            assertThat(now.pointsOf(Signal.CALL_OR_MEETING)).as("kept, not written back to 20").isEqualTo(25);
            assertThat(now.decayDays()).isEqualTo(7);
            assertThat(scoring.profile().industries()).containsExactly("Logistics");
            assertThat(kept).containsExactlyInAnyOrder("points.call-or-meeting", "decayEveryDays", "profile.industries");

            // Changed on both sides: the dialog's, typed last, is saved.
            ScoringRules shownAgain = scoring.rules();
            scoring.setRulesJson("{\"points\":{\"form-filled\":12,\"call-or-meeting\":25},\"decayEveryDays\":7}");
            assertThat(scoring.saveChanges(shownAgain, scoring.profile(), with(shownAgain, Signal.FORM_FILLED, 40), scoring.profile())).isEmpty();
            assertThat(scoring.rules().pointsOf(Signal.FORM_FILLED)).isEqualTo(40);

            // Nothing changed beside it: nothing said.
            ScoringRules last = scoring.rules();
            assertThat(scoring.saveChanges(last, scoring.profile(), with(last, Signal.DECAY, 3), scoring.profile())).isEmpty();
            assertThat(scoring.rules().pointsOf(Signal.DECAY)).isEqualTo(3);
            assertThatThrownBy(() -> scoring.saveChanges(last, scoring.profile(), with(last, Signal.DECAY, 5000), scoring.profile()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
