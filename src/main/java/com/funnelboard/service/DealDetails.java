package com.funnelboard.service;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.checklist.ChecklistEvaluation;
import java.util.List;

/**
 * A deal with everything a detail view shows of it.
 *
 * @param organization null when the contact has none
 * @param nextStage the next stage on the forward path, null for a closed deal
 * @param checklist the gate into {@code nextStage} answered as the deal stands (nothing ticked);
 *     empty for a closed deal
 * @param interactions newest first
 * @param followUps open and done, soonest due first
 * @param score the lead score now with its explanation; null for a deal in the trash
 * @param externalId the id another program gave the deal (an import's, a web form's), null for none
 * @param notes the deal's own notes (its description), null for none
 */
public record DealDetails(
        Deal deal,
        Contact contact,
        Organization organization,
        Stage nextStage,
        ChecklistEvaluation checklist,
        List<Interaction> interactions,
        List<FollowUp> followUps,
        com.funnelboard.domain.scoring.Score score,
        String externalId,
        String notes) {

    public DealDetails(Deal deal, Contact contact, Organization organization, Stage nextStage, ChecklistEvaluation checklist,
            List<Interaction> interactions, List<FollowUp> followUps) {
        this(deal, contact, organization, nextStage, checklist, interactions, followUps, null, null, null);
    }
}
