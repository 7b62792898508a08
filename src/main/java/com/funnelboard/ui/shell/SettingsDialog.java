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
        return ask(owner, current, you, theme, null);
    }

    /**
     * As {@link #ask(Window, RotRule, com.funnelboard.domain.Person, javafx.beans.property.ObjectProperty)},
     * with the text size (in percent, one of {@link TextSize#STEPS}) chosen here too, as in View → Larger
     * text; null for no text size row.
     */
    public static Optional<Choice> ask(Window owner, RotRule current, com.funnelboard.domain.Person you,
            javafx.beans.property.ObjectProperty<ThemeSwitch.Choice> theme, javafx.beans.property.IntegerProperty textSize) {
        Dialog<Choice> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
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
        // What is typed is checked as it is typed and never replaced behind the user's back ("abc" went back to 14,
        // "0" became 1 without a word): digits only, and a number out of range is said under the fields, with OK off.
        Label rotProblem = new Label();
        rotProblem.setId("rot-problem");
        rotProblem.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_SMALL, atlantafx.base.theme.Styles.DANGER);
        rotProblem.managedProperty().bind(rotProblem.textProperty().isNotEmpty());
        Runnable checkDays = () -> {
            // Each stage that needs correcting, a line each (only the first was named while all three were red).
            rotProblem.setText(spinners.entrySet().stream()
                    .map(e -> daysProblem(e.getKey(), e.getValue().getEditor().getText())).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining("\n")));
            // The field the sentence is about is marked too, its number in red (the sentence sits under the last of the three).
            spinners.forEach((s, sp) -> sp.getEditor().pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER,
                    daysProblem(s, sp.getEditor().getText()) != null));
        };
        for (Stage s : new Stage[] {Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY}) {
            // The spinner takes any count (nothing is clamped on leaving the field); the range is this dialog's check.
            Spinner<Integer> sp = new Spinner<>(0, 99_999, current.threshold(s));
            sp.setEditable(true);
            sp.setId("rot-" + s.key());
            sp.getEditor().setTextFormatter(new javafx.scene.control.TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,5}") ? c : null));
            sp.getEditor().textProperty().addListener((o, was, now) -> checkDays.run());
            spinners.put(s, sp);
            javafx.scene.layout.HBox days = new javafx.scene.layout.HBox(8, sp, new Label("days"));
            days.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            g.addRow(row++, new Label(s.label()), days);
        }
        g.add(rotProblem, 1, row++);
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
        javafx.scene.control.ComboBox<Integer> sizes = new javafx.scene.control.ComboBox<>();
        if (textSize != null) {
            sizes.setId("settings-text-size");
            sizes.getItems().setAll(TextSize.STEPS);
            sizes.setValue(TextSize.nearest(textSize.get()));
            sizes.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer percent) {
                    return percent == null ? "" : percent + " %" + (percent == 100 ? " (the theme's)" : "");
                }

                @Override
                public Integer fromString(String text) {
                    return null;
                }
            });
            if (theme == null) {
                g.add(new javafx.scene.control.Separator(), 0, row++, 2, 1);
            }
            g.addRow(row++, heading("Text size"), sizes);
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
        javafx.beans.binding.BooleanBinding wrong = rotProblem.textProperty().isNotEmpty();
        if (fields != null) {
            wrong = wrong.or(fields.problem.textProperty().isNotEmpty());
        }
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(wrong);
        // The sentence under the fields makes the content taller: the dialog grows rather than hide half its buttons.
        d.setResizable(true);
        com.funnelboard.ui.common.DialogFit.follow(d);
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            if (theme != null && themes.getValue() != null) {
                theme.set(themes.getValue()); // applied and kept at once, as View → Theme does
            }
            if (textSize != null && sizes.getValue() != null) {
                textSize.set(sizes.getValue()); // as View → Larger text does
            }
            Map<Stage, Integer> out = new EnumMap<>(Stage.class);
            spinners.forEach((s, sp) -> out.put(s, Integer.parseInt(sp.getEditor().getText()))); // checked above: 1 to MAX_DAYS
            return new Choice(out, fields == null ? null : fields.answer());
        });
        return d.showAndWait();
    }

    /** Why {@code text} is no number of days for {@code stage}'s threshold, or null. */
    static String daysProblem(Stage stage, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,5}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > PipelineSettings.MAX_DAYS) {
            return stage.label() + ": write a number of days from 1 to " + PipelineSettings.MAX_DAYS + ".";
        }
        return null;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        // On as many lines as it takes: with larger text the dialog's long headings were cut ("… this many days i…").
        com.funnelboard.ui.common.SafeWrap.wrap(l);
        return l;
    }
}
