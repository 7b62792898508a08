package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.service.ContactService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * Two contact records side by side: pick which one survives and, field by field, whose value it
 * keeps. Every deal, interaction and follow-up moves to the survivor; the other becomes a tombstone.
 */
public final class MergeDialog {

    private MergeDialog() {}

    /** The choices made: which side survives and, per field, whether it comes from the left. */
    public record Choice(boolean keepLeft, Map<String, Boolean> fromLeft) {}

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(ContactProfile.NAME, "Name"),
            Map.entry(ContactProfile.TITLE, "Title"), Map.entry(ContactProfile.ORGANIZATION, "Organization"),
            Map.entry(ContactProfile.EMAILS, "Emails"), Map.entry(ContactProfile.PHONES, "Phones"),
            Map.entry(ContactProfile.CHANNEL, "Prefers"), Map.entry(ContactProfile.INDUSTRY, "Industry"),
            Map.entry(ContactProfile.COMPANY_SIZE, "Company size"), Map.entry(ContactProfile.PERSONA, "Persona"),
            Map.entry(ContactProfile.PAIN_POINTS, "Pain points"), Map.entry(ContactProfile.SOURCE, "Source"),
            Map.entry(ContactProfile.TAGS, "Tags"), Map.entry(ContactProfile.NOTES, "Notes"));

    public static Optional<Choice> ask(Window owner, MergeViewModel.Pair pair) {
        Dialog<Choice> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle("Merge contacts");
        d.setHeaderText("Merge two records of the same person");
        GridPane g = new GridPane();
        g.setId("merge-grid");
        g.setHgap(12);
        g.setVgap(6);
        ColumnConstraints label = new ColumnConstraints(100);
        ColumnConstraints side = new ColumnConstraints(220);
        side.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(label, side, side);

        ToggleGroup keep = new ToggleGroup();
        RadioButton keepLeft = radio("Keep this record (" + deals(pair.left().deals().size()) + ")", keep, "keep-left");
        RadioButton keepRight = radio("Keep this record (" + deals(pair.right().deals().size()) + ")", keep, "keep-right");
        keepLeft.setSelected(pair.keepLeftByDefault());
        keepRight.setSelected(!keepLeft.isSelected());
        g.addRow(0, new Label(""), keepLeft, keepRight);

        // Every field starts on the record being kept; choosing the other record to keep moves the
        // fields not chosen by hand along with it.
        Map<String, ToggleGroup> fields = new LinkedHashMap<>();
        Map<String, RadioButton[]> sides = new LinkedHashMap<>();
        java.util.Set<String> chosen = new java.util.HashSet<>();
        boolean[] moving = {false};
        int row = 1;
        for (String field : ContactProfile.MERGEABLE) {
            ToggleGroup group = new ToggleGroup();
            RadioButton l;
            RadioButton r;
            if (MergeViewModel.isList(field)) {
                l = radio("", group, "take-left-" + field);
                r = radio("", group, "take-right-" + field);
            } else {
                String left = shown(field, pair.text(true, field));
                String right = shown(field, pair.text(false, field));
                l = radio(left.isEmpty() ? "\u2014" : left, group, "take-left-" + field);
                r = radio(right.isEmpty() ? "\u2014" : right, group, "take-right-" + field);
            }
            (fromLeft(pair, field, keepLeft.isSelected()) ? l : r).setSelected(true);
            group.selectedToggleProperty().addListener((o, was, now) -> {
                if (!moving[0] && now != null) {
                    chosen.add(field);
                }
            });
            Label name = new Label(LABELS.getOrDefault(field, field));
            name.getStyleClass().add(Styles.TEXT_MUTED);
            GridPane.setHalignment(name, HPos.RIGHT);
            javafx.scene.layout.GridPane.setValignment(name, javafx.geometry.VPos.TOP);
            g.addRow(row++, name, l, r);
            fields.put(field, group);
            sides.put(field, new RadioButton[] {l, r});
        }
        Runnable showLists = () -> {
            boolean kl = keepLeft.isSelected();
            sides.forEach((field, lr) -> {
                if (MergeViewModel.isList(field)) {
                    lr[0].setGraphic(entries(pair, true, field, kl));
                    lr[1].setGraphic(entries(pair, false, field, kl));
                }
            });
        };
        showLists.run();
        keep.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                return;
            }
            boolean kl = now == keepLeft;
            moving[0] = true;
            try {
                sides.forEach((field, lr) -> {
                    if (!chosen.contains(field)) {
                        lr[fromLeft(pair, field, kl) ? 0 : 1].setSelected(true);
                    }
                });
            } finally {
                moving[0] = false;
            }
            showLists.run();
        });
        Label note = new Label("Every field starts with the value of the record you keep, or the other's where it has none. Its "
                + "emails, phones and tags are kept, with the other record's added, unless you take the other record's list instead; "
                + "the notes of both are kept unless you take the other's; deals, interactions and follow-ups all move to the record "
                + "you keep.");
        SafeWrap.wrap(note);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        g.add(note, 0, row, 3, 1);
        d.getDialogPane().setContent(g);
        ButtonType merge = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(merge, ButtonType.CANCEL);
        d.setResultConverter(b -> {
            if (b != merge) {
                return null;
            }
            Map<String, Boolean> fromLeft = new LinkedHashMap<>();
            fields.forEach((f, group) -> fromLeft.put(f, ((RadioButton) group.getSelectedToggle()).getId().startsWith("take-left")));
            // A list on the kept side is joined with the other's by the service; the other side's list replaces it.
            return new Choice(keepLeft.isSelected(), fromLeft);
        });
        return d.showAndWait();
    }

    /** A value as the window says it: a source by its name ("Paid ad"), not its stored key ("paid-ad"). */
    static String shown(String field, String value) {
        if (ContactProfile.SOURCE.equals(field) && value != null && !value.isEmpty()) {
            return com.funnelboard.domain.LeadSource.parse(value).map(com.funnelboard.domain.LeadSource::label).orElse(value);
        }
        return value;
    }

    /** The look-alike pairs; returns the pair picked for merging. */
    public static Optional<ContactService.LookAlike> pickPair(Window owner, List<ContactService.LookAlike> pairs) {
        Dialog<ContactService.LookAlike> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle("Duplicates");
        d.setHeaderText(pairs.isEmpty() ? "No contacts look alike." : (pairs.size() == 1 ? "1 pair of contacts looks alike" : pairs.size() + " pairs of contacts look alike"));
        ListView<ContactService.LookAlike> list = new ListView<>();
        list.setId("duplicates-list");
        list.getItems().setAll(pairs);
        list.setPrefSize(560, 320);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ContactService.LookAlike p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : SafeWrap.inSentence(p.first().name()) + "  ↔  " + SafeWrap.inSentence(p.second().name()) + "   ("
                        + p.reasons().stream().map(r -> r.label()).collect(Collectors.joining(", ")) + ")");
            }
        });
        ButtonType review = new ButtonType("Review and merge…", ButtonBar.ButtonData.OK_DONE);
        // Set before the dialog can end either way: without it, Close's button type was the result, cast to a pair.
        d.setResultConverter(b -> b == review ? list.getSelectionModel().getSelectedItem() : null);
        if (pairs.isEmpty()) {
            // A sentence, not an empty list beside a button that can do nothing.
            Label none = new Label("No two contacts share an e-mail address or a phone number, or have similar names at the same organization.");
            none.setId("duplicates-none");
            SafeWrap.wrap(none);
            none.setPrefWidth(420);
            d.getDialogPane().setContent(none);
            d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
            return d.showAndWait();
        }
        d.getDialogPane().setContent(list);
        d.getDialogPane().getButtonTypes().addAll(review, ButtonType.CLOSE);
        d.getDialogPane().lookupButton(review).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        return d.showAndWait();
    }

    /**
     * A list's real entries, one per line: on the kept side followed by what the other record adds,
     * on the other side with a note that taking it replaces the kept list.
     */
    private static javafx.scene.Node entries(MergeViewModel.Pair pair, boolean leftSide, String field, boolean keepLeft) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);
        box.setId("entries-" + (leftSide ? "left-" : "right-") + field);
        List<String> own = pair.entries(leftSide, field);
        if (own.isEmpty()) {
            box.getChildren().add(new Label("\u2014"));
        }
        own.forEach(e -> {
            Label entry = new Label(e.replaceAll("\\R", " "));
            entry.getStyleClass().add("merge-entry");
            box.getChildren().add(entry);
        });
        String hint;
        if (leftSide == keepLeft) {
            List<String> added = pair.added(keepLeft, field);
            hint = added.isEmpty() ? null : "+ " + String.join(", ", added) + " from the other record";
        } else {
            hint = own.isEmpty() ? null : "only these, instead of the kept record's";
        }
        if (hint != null) {
            Label h = new Label(hint.replaceAll("\\R", " "));
            SafeWrap.wrap(h);
            h.setMaxWidth(240);
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(h);
        }
        return box;
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text.replaceAll("\\R", " "));
        r.setToggleGroup(group);
        r.setId(id);
        SafeWrap.wrap(r);
        r.setMaxWidth(260);
        return r;
    }

    /** Whether a field starts on the left record: the kept one's, unless it has no value and the other has one. */
    static boolean fromLeft(MergeViewModel.Pair pair, String field, boolean keepLeft) {
        if (MergeViewModel.isList(field)) {
            return keepLeft;
        }
        boolean keptEmpty = pair.text(keepLeft, field).isEmpty();
        boolean otherEmpty = pair.text(!keepLeft, field).isEmpty();
        return keptEmpty && !otherEmpty ? !keepLeft : keepLeft;
    }

    /** "1 deal", "2 deals" ("1 deals" it said). */
    static String deals(int n) {
        return n + (n == 1 ? " deal" : " deals");
    }
}
