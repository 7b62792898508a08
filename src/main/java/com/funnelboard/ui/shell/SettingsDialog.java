package com.funnelboard.ui.shell;

import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PipelineSettings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Settings: after how many days in a stage a deal is flagged as rotting. */
public final class SettingsDialog {

    private SettingsDialog() {}

    /** What was chosen: the thresholds per open stage, and who you are (null when nobody was named). */
    public record Choice(Map<Stage, Integer> rotDays, IdentityDialog.Answer you) {}

    /** The thresholds chosen, per open stage; empty when cancelled. */
    public static Optional<Map<Stage, Integer>> ask(Window owner, RotRule current) {
        return ask(owner, current, null).map(Choice::rotDays);
    }

    /**
     * The thresholds and who uses this installation; empty when cancelled.
     *
     * @param you who uses it now, as the fields start (null: no "You" section)
     */
    public static Optional<Choice> ask(Window owner, RotRule current, com.funnelboard.domain.Person you) {
        return ask(owner, current, you, null);
    }

    /**
     * As {@link #ask(Window, RotRule, com.funnelboard.domain.Person)}, with the window's theme (Follow
     * the system, Light or Dark) chosen here too, as in View → Theme; null for no theme row.
     */
    public static Optional<Choice> ask(Window owner, RotRule current, com.funnelboard.domain.Person you,
            javafx.beans.property.ObjectProperty<ThemeSwitch.Choice> theme) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Settings");
        d.setHeaderText("Settings");
        // One grid for every section: the labels in one column, the fields' left edges in the next (each section had a grid
        // of its own, and their fields started at different places).
        GridPane g = new GridPane();
        g.setId("settings-grid");
        g.setHgap(10);
        g.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "Opportunity" in full
        g.getColumnConstraints().add(labels);
        int row = 0;
        g.add(heading("Flag a deal as rotting after this many days in its stage"), 0, row++, 2, 1);
        Map<Stage, Spinner<Integer>> spinners = new EnumMap<>(Stage.class);
        for (Stage s : new Stage[] {Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY}) {
            Spinner<Integer> sp = new Spinner<>(1, PipelineSettings.MAX_DAYS, current.threshold(s));
            sp.setEditable(true);
            sp.setId("rot-" + s.key());
            spinners.put(s, sp);
            javafx.scene.layout.HBox days = new javafx.scene.layout.HBox(8, sp, new Label("days"));
            days.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            g.addRow(row++, new Label(s.label()), days);
        }
        javafx.scene.control.ComboBox<ThemeSwitch.Choice> themes = new javafx.scene.control.ComboBox<>();
        if (theme != null) {
            themes.setId("settings-theme");
            themes.getItems().setAll(ThemeSwitch.Choice.values());
            themes.setValue(theme.get());
            themes.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(ThemeSwitch.Choice c) {
                    return c == null ? "" : c.label();
                }

                @Override
                public ThemeSwitch.Choice fromString(String text) {
                    return null;
                }
            });
            g.add(new javafx.scene.control.Separator(), 0, row++, 2, 1);
            g.addRow(row++, heading("Theme"), themes);
        }
        IdentityDialog.Fields fields = you == null ? null : new IdentityDialog.Fields(you);
        if (fields != null) {
            g.add(new javafx.scene.control.Separator(), 0, row++, 2, 1);
            g.add(heading("You (kept on this computer; your changes and new deals carry it)"), 0, row++, 2, 1);
            g.addRow(row++, new Label("Name"), fields.name);
            g.addRow(row++, new Label("Email"), fields.email);
            g.add(fields.problem, 1, row++);
        }
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (fields != null) {
            d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(fields.problem.textProperty().isNotEmpty());
        }
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            if (theme != null && themes.getValue() != null) {
                theme.set(themes.getValue()); // applied and kept at once, as View → Theme does
            }
            Map<Stage, Integer> out = new EnumMap<>(Stage.class);
            spinners.forEach((s, sp) -> out.put(s, sp.getValue()));
            return new Choice(out, fields == null ? null : fields.answer());
        });
        return d.showAndWait();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }
}
