package com.funnelboard.ui.scoring;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Scoring dialog: points per rule (engagement, fit, decay), the window of repeated engagement,
 * the decay period, and the ideal customer profile (industries, company size range, decision makers).
 */
public final class ScoringDialog {

    private ScoringDialog() {}

    /** Reads the rules, shows the dialog over {@code owner}, and saves what is confirmed. */
    /** File → Scoring…, which opens the dialog over the window {@code owner} gives. */
    public static javafx.scene.control.MenuItem menuItem(java.util.function.Supplier<Window> owner, ScoringViewModel model) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem("Scoring\u2026");
        item.setId("menu-scoring");
        item.setOnAction(e -> show(owner.get(), model));
        return item;
    }

    public static void show(Window owner, ScoringViewModel model) {
        model.load().thenAccept(setup -> ask(owner, setup).ifPresent(edited -> model.save(setup, edited)));
    }

    static java.util.Optional<ScoringViewModel.Setup> ask(Window owner, ScoringViewModel.Setup current) {
        Dialog<ScoringViewModel.Setup> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle("Scoring");
        d.setHeaderText("Points a deal earns; the score is their sum, less decay");
        Map<Signal, Spinner<Integer>> points = new EnumMap<>(Signal.class);
        GridPane engagement = grid();
        GridPane fit = grid();
        int e = 0;
        int f = 0;
        for (Signal s : Signal.values()) {
            Spinner<Integer> sp = spinner(0, ScoringRules.MAX_POINTS, current.rules().pointsOf(s), "points-" + s.key());
            points.put(s, sp);
            Label label = new Label(switch (s) {
                case EXPLICIT_REQUEST -> "Quote, demo, proposal request";
                case DECAY -> "Decay, per period";
                default -> capital(s.label());
            });
            label.setMinWidth(Region.USE_PREF_SIZE);
            if (s.group() == Signal.Group.FIT) {
                fit.addRow(f++, label, sp);
            } else {
                engagement.addRow(e++, label, sp);
            }
        }
        Spinner<Integer> repeatCount = spinner(2, 100, current.rules().repeatCount(), "repeat-count");
        Spinner<Integer> repeatDays = spinner(1, ScoringRules.MAX_DAYS, current.rules().repeatDays(), "repeat-days");
        Spinner<Integer> decayDays = spinner(1, ScoringRules.MAX_DAYS, current.rules().decayDays(), "decay-days");
        HBox repeated = line(new Label("Repeated engagement:"), repeatCount, new Label("interactions within"), repeatDays, new Label("days"));
        HBox decay = line(new Label("Decay period:"), decayDays, new Label("days without an interaction"));

        IdealCustomerProfile p = current.profile();
        TextField industries = new TextField(String.join(", ", p.industries()));
        industries.setId("icp-industries");
        industries.setPrefColumnCount(24);
        Spinner<Integer> min = spinner(0, IdealCustomerProfile.MAX_EMPLOYEES, p.minEmployees(), "icp-min");
        Spinner<Integer> max = spinner(0, IdealCustomerProfile.MAX_EMPLOYEES, p.maxEmployees(), "icp-max");
        TextField deciders = new TextField(String.join(", ", p.decisionMakers()));
        deciders.setId("icp-decision-makers");
        deciders.setPrefColumnCount(24);
        GridPane profile = grid();
        profile.addRow(0, fixed("Industries"), industries);
        profile.addRow(1, fixed("Company size"), line(min, new Label("to"), max, new Label("employees")));
        profile.addRow(2, fixed("Decision makers"), deciders);
        Label hint = new Label("Separate industries and words with commas. A contact has decision authority when one of the words "
                + "is in their persona or title.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        SafeWrap.wrap(hint);
        hint.setMaxWidth(380);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        SafeWrap.wrap(problem);
        problem.setMaxWidth(380);

        VBox left = new VBox(8, heading("Engagement"), engagement, repeated, decay);
        VBox right = new VBox(8, heading("Ideal customer profile"), profile, hint, heading("Fit"), fit, problem);
        HBox content = new HBox(24, left, new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), right);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setMinWidth(Region.USE_PREF_SIZE); // wide enough for both columns, never squeezed
        d.setResizable(true);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        java.util.function.Supplier<ScoringViewModel.Setup> edited = () -> {
            Map<Signal, Integer> p2 = new EnumMap<>(Signal.class);
            points.forEach((s, sp) -> p2.put(s, sp.getValue()));
            return new ScoringViewModel.Setup(new ScoringRules(p2, repeatCount.getValue(), repeatDays.getValue(), decayDays.getValue()),
                    new IdealCustomerProfile(words(industries.getText()), min.getValue(), max.getValue(), words(deciders.getText())));
        };
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, ev -> {
            List<String> problems = ScoringViewModel.problems(edited.get());
            if (!problems.isEmpty()) {
                problem.setText(problems.getFirst());
                ev.consume();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK ? edited.get() : null);
        return d.showAndWait();
    }

    private static HBox line(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox h = new HBox(6, nodes);
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }

    private static Spinner<Integer> spinner(int min, int max, int value, String id) {
        Spinner<Integer> sp = new Spinner<>(min, max, value);
        sp.setEditable(true);
        sp.setPrefWidth(82);
        sp.setMinWidth(Region.USE_PREF_SIZE);
        sp.setId(id);
        // A number out of the range is said while it is typed, with what it will be taken as: 99999 became 1000 and -5 in Decay
        // became 0 (which turns decay off) without a word.
        String range = String.format(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT), "From %,d to %,d", min, max);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(range);
        sp.setTooltip(tip); // the editor's is bound to it
        sp.getEditor().textProperty().addListener((o, was, text) -> {
            String taken = outOfRange(text, min, max);
            sp.getEditor().pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, taken != null);
            tip.setText(taken == null ? range : range + ": " + text.strip() + " is taken as " + taken);
        });
        return sp;
    }

    /** What a number typed outside [min, max] is taken as ("1000"); null for one inside it, or text that is no number. */
    static String outOfRange(String text, int min, int max) {
        try {
            long v = Long.parseLong(text == null ? "" : text.strip());
            return v < min ? Integer.toString(min) : v > max ? Integer.toString(max) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
