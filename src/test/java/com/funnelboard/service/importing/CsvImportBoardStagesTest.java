package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stage names of boards and pipelines that say what is done or what a list holds: Close's "Demo Completed", a board's "Leads". */
class CsvImportBoardStagesTest extends ImportCase {

    @Test
    void closesDemoCompletedIsAnOpportunity() throws Exception {
        ImportResult r = run("close-opportunities.csv", """
                id,lead_id,lead_name,status_id,status_type,status_label,pipeline_name,confidence,value,value_period,value_formatted,value_currency,expected_value,annualized_value,date_won,date_created,date_updated,note,contact_id,contact_name,user_id,user_name
                oppo_8sP1,lead_Aa1,Northwind Traders,stat_1,active,Demo Completed,Sales,50,1250000,one_time,"$12,500",USD,625000,1250000,,2024-02-01T10:12:44.123000+00:00,2024-03-01T09:00:00.000000+00:00,Follow up after demo,cont_1,Hannah Lee,user_1,Sam Rivera
                """);
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Northwind Traders").stage()).isEqualTo(Stage.OPPORTUNITY);
    }

    @Test
    void aBoardsListOfLeadsIsTheLeadStage() throws Exception {
        ImportResult r = run("board.csv", """
                Card Name,List Name,Members,Due Date
                Initech – support plan,Leads,Morgan Lee,
                Acme Corp – kiosk rollout,Proposal,Alex Kim,2024-04-30T16:00:00.000Z
                """, new ImportOptions(Map.of("Card Name", com.funnelboard.domain.importing.ImportField.DEAL_TITLE, "List Name",
                        com.funnelboard.domain.importing.ImportField.DEAL_STAGE), Map.of(), ImportOptions.defaults().onDuplicate(), false, false,
                        null));
        assertThat(r.problemCount()).isZero();
        assertThat(deals().get("Initech – support plan").stage()).isEqualTo(Stage.LEAD);
        assertThat(deals().get("Acme Corp – kiosk rollout").stage()).isEqualTo(Stage.OPPORTUNITY);
    }
}
