package com.funnelboard.ui.report;

import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.service.ReportService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** The page's filters: owner, source and industry, filled from the data the reports were read from. */
final class ReportFilters {

    private final ComboBox<OwnerFilter> owner = new ComboBox<>();
    /** The choices last filled in, whose names the owner choices are said with. */
    private ReportService.FilterChoices names = new ReportService.FilterChoices(List.of(), List.of(), List.of(), java.util.Map.of());
    private final ComboBox<String> source = new ComboBox<>();
    private final ComboBox<String> industry = new ComboBox<>();
    /** The currency of the amounts, offered where the deals are in more than one. */
    private final ComboBox<String> currency = new ComboBox<>();

    ReportFilters(ReportsViewModel model) {
        owner.setId("report-owner");
        source.setId("report-source");
        industry.setId("report-industry");
        currency.setId("report-currency");
        currency.setTooltip(new Tooltip("The currency of the amounts: deals in others are counted, their value left out"));
        currency.setVisible(false);
        currency.managedProperty().bind(currency.visibleProperty());
        owner.setConverter(converter(o -> switch (o.kind()) {
            case EVERYONE -> "Everyone";
            case NOBODY -> "No owner";
            case PERSON -> names.ownerName(o.email());
        }));
        source.setConverter(converter(s -> s.isEmpty() ? "All sources" : LeadSource.parse(s).map(LeadSource::label).orElse(s)));
        industry.setConverter(converter(s -> s.isEmpty() ? "All industries" : s));
        owner.setTooltip(new Tooltip("Whose deals the reports count"));
        source.setTooltip(new Tooltip("The lead source of the deals the reports count"));
        industry.setTooltip(new Tooltip("The industry of the deals' organizations"));
        for (ComboBox<?> c : List.of(owner, source, industry)) {
            c.setPrefWidth(170);
            c.setMaxWidth(220);
        }
        fill(model.choicesProperty().get(), model);
        model.choicesProperty().addListener((o, a, c) -> fill(c, model));
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        industry.valueProperty().bindBidirectional(model.industryProperty());
        model.shownProperty().addListener((o, was, shown) -> {
            if (shown != null && currency.getValue() == null) {
                currency.setValue(shown.forecast().currency()); // the database's, until another is chosen
            }
        });
        currency.valueProperty().addListener((o, was, now) -> {
            if (now != null && was != null) {
                model.currencyProperty().set(now);
            }
        });
    }

    private void fill(ReportService.FilterChoices c, ReportsViewModel model) {
        boolean renamed = !c.names().equals(names.names());
        names = c;
        List<OwnerFilter> owners = new ArrayList<>(List.of(OwnerFilter.EVERYONE));
        c.owners().forEach(e -> owners.add(OwnerFilter.person(e)));
        if (c.unowned() || OwnerFilter.NOBODY.equals(model.ownerProperty().get())) {
            owners.add(OwnerFilter.NOBODY); // as the board offers it: only while some deal has no owner
        }
        keep(owner, owners, model.ownerProperty().get());
        if (renamed) {
            // The same emails under new names: the list cells and the shown choice say them again.
            StringConverter<OwnerFilter> said = owner.getConverter();
            owner.setConverter(null);
            owner.setConverter(said);
        }
        List<String> sources = new ArrayList<>(List.of(""));
        sources.addAll(c.sources());
        keep(source, sources, model.sourceProperty().get());
        List<String> industries = new ArrayList<>(List.of(""));
        industries.addAll(c.industries());
        keep(industry, industries, model.industryProperty().get());
        String shown = currency.getValue();
        keep(currency, new ArrayList<>(c.currencies()), shown);
        currency.setVisible(currency.getItems().size() > 1);
    }

    /** New items, the chosen one kept (also when the data no longer holds it, so a filter never changes by itself). */
    private static <T> void keep(ComboBox<T> box, List<T> items, T chosen) {
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
            box.setValue(chosen);
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    ComboBox<OwnerFilter> owner() {
        return owner;
    }

    ComboBox<String> source() {
        return source;
    }

    ComboBox<String> industry() {
        return industry;
    }

    ComboBox<String> currency() {
        return currency;
    }
}
