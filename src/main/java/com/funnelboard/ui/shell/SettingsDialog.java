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
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        Label rotting = new Label("Flag a deal as rotting after this many days in its stage");
        rotting.getStyleClass().add("text-bold");
        g.add(rotting, 0, 0, 3, 1);
        Map<Stage, Spinner<Integer>> spinners = new EnumMap<>(Stage.class);
        int row = 1;
        for (Stage s : new Stage[] {Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY}) {
            Spinner<Integer> sp = new Spinner<>(1, PipelineSettings.MAX_DAYS, current.threshold(s));
            sp.setEditable(true);
            sp.setId("rot-" + s.key());
            spinners.put(s, sp);
            g.addRow(row++, new Label(s.label()), sp, new Label("days"));
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
            Label themeLabel = new Label("Theme");
            themeLabel.getStyleClass().add("text-bold");
            g.add(themeLabel, 0, row++, 3, 1);
            g.add(themes, 0, row++, 3, 1);
        }
        IdentityDialog.Fields fields = you == null ? null : new IdentityDialog.Fields(you);
        if (fields == null) {
            d.getDialogPane().setContent(g);
        } else {
            Label header = new Label("You (kept on this computer; your changes and new deals carry it)");
            header.getStyleClass().add("text-bold");
            d.getDialogPane().setContent(new javafx.scene.layout.VBox(10, g, new javafx.scene.control.Separator(), header, fields.grid,
                    fields.problem));
        }
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
}
