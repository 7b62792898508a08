package com.funnelboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.ReportFilter;
import com.funnelboard.service.ReportService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart drawn to a picture says under it which days and which deals it is of. */
class ReportPictureCaptionTest {

    @TempDir
    Path dir;

    @Test
    void thePeriodAndTheFiltersAreWrittenUnderTheChart() {
        try (Store store = Fixtures.store(dir)) {
            new com.funnelboard.service.PeopleService(store).setIdentity("Ida Berg", "ida@nordwind.example");
            ReportService service = new ReportService(store, ZoneOffset.UTC);
            ReportService.Period q3 = new ReportService.Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
            ReportsViewModel.Reports all = ReportsViewModel.read(service, q3, "EUR", ReportFilter.ALL);
            assertThat(ReportPictures.caption(com.funnelboard.service.ReportChart.FUNNEL, all, service.filterChoices(), Locale.US)).isEqualTo("Jul 1, 2026 \u2013 Sep 30, 2026");
            ReportsViewModel.Reports some = ReportsViewModel.read(service, q3, "EUR",
                    new ReportFilter(OwnerFilter.person("ida@nordwind.example"), "referral", "Retail"));
            assertThat(ReportPictures.caption(com.funnelboard.service.ReportChart.LOST, some, service.filterChoices(), Locale.US))
                    .isEqualTo("Jul 1, 2026 \u2013 Sep 30, 2026 \u00B7 deals of Ida Berg \u00B7 source Referral \u00B7 industry Retail");
            assertThat(ReportPictures.caption(com.funnelboard.service.ReportChart.FORECAST, some, service.filterChoices(), Locale.US))
                    .as("the forecast's months are its own").isEqualTo("Deals of Ida Berg \u00B7 source Referral \u00B7 industry Retail");
        }
    }
}
