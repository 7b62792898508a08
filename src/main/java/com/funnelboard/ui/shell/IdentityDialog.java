package com.funnelboard.ui.shell;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.domain.Person;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks who uses this installation: a name and an email. Shown on first start (the name filled in
 * from the operating system's user) and by Settings. OK is enabled once both can be kept; the
 * problem is said under the fields.
 */
public final class IdentityDialog {

    /** A name and an email as typed, and whether the deals nobody owns become theirs. */
    public record Answer(String name, String email, boolean takeUnowned) {}

    private IdentityDialog() {}

    /** The controls, apart from the dialog, so Settings can show them too. */
    static final class Fields {
        final TextField name = new TextField();
        final TextField email = new TextField();
        final Label problem = new Label();

        Fields(Person suggested) {
            name.setId("identity-name");
            email.setId("identity-email");
            name.setText(suggested.name());
            email.setText(suggested.email());
            email.setPromptText("you@example.com");
            name.setPrefColumnCount(24);
            problem.setId("identity-problem");
            problem.getStyleClass().add("danger");
            problem.textProperty().bind(Bindings.createStringBinding(() -> {
                Map<String, String> p = Person.problems(name.getText(), email.getText());
                return p.isEmpty() ? "" : String.join("; ", p.values());
            }, name.textProperty(), email.textProperty()));
            // What is missing is said once something was typed: a first question does not open on a reproach.
            javafx.beans.property.BooleanProperty touched = new javafx.beans.property.SimpleBooleanProperty(!Person.problems(
                    suggested.name(), suggested.email()).isEmpty() && !suggested.email().isBlank());
            name.textProperty().addListener((o, was, now) -> touched.set(true));
            email.textProperty().addListener((o, was, now) -> touched.set(true));
            problem.visibleProperty().bind(touched);
        }

        /** The two fields under their labels, in a grid of their own (Settings puts them in its one grid instead). */
        GridPane grid() {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            grid.addRow(0, new Label("Name"), name);
            grid.addRow(1, new Label("Email"), email);
            return grid;
        }

        boolean valid() {
            return problem.getText().isEmpty();
        }

        /** The answer of Settings, which takes no deal (a name corrected there took every deal nobody owned, unasked). */
        Answer answer() {
            return new Answer(name.getText(), email.getText(), false);
        }
    }

    /**
     * Asks; empty when the question was put off ("Later").
     *
     * @param copiedFrom who used the file on the computer it was copied from; empty for a database new here (it said "used by
     *     someone else" of a database just made on this computer, whenever another one here had an answer to suggest)
     */
    public static Optional<Answer> ask(Window owner, Person suggested, Optional<Person> copiedFrom) {
        return ask(owner, suggested, copiedFrom, 0, false);
    }

    /**
     * As {@link #ask(Window, Person, Optional)}, offering the {@code unowned} deals nobody owns (when there are any): ticked where
     * nobody owns any deal yet (one's own sample or import), not where teammates do ({@code othersOwn}) or the file comes from
     * another computer — OK took them all without a word, a whole team's unowned pipeline given to whoever opened it.
     */
    public static Optional<Answer> ask(Window owner, Person suggested, Optional<Person> copiedFrom, long unowned, boolean othersOwn) {
        Dialog<Answer> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner);
        d.setTitle(copiedFrom.isEmpty() && suggested.email().isEmpty() ? "Welcome to Funnelboard" : "Who uses this database");
        d.setHeaderText(headerOf(copiedFrom));
        Fields f = new Fields(suggested);
        Label why = new Label("Your changes carry your name and email, and the deals you create are yours; teammates see them "
                + "when you share. They are kept on this computer only.");
        SafeWrap.wrap(why);
        why.setMaxWidth(420);
        javafx.scene.control.CheckBox take = new javafx.scene.control.CheckBox("Make the " + String.format("%,d", unowned)
                + (unowned == 1 ? " deal nobody owns yours" : " deals nobody owns yours"));
        take.setId("identity-take-unowned");
        take.setSelected(!othersOwn && copiedFrom.isEmpty());
        SafeWrap.wrap(take);
        VBox content = new VBox(10, why, f.grid(), f.problem);
        if (unowned > 0) {
            content.getChildren().add(take);
        }
        d.getDialogPane().setContent(content);
        ButtonType later = new ButtonType("Later", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, later);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(f.problem.textProperty().isNotEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? new Answer(f.name.getText(), f.email.getText(), unowned > 0 && take.isSelected()) : null);
        javafx.application.Platform.runLater(() -> (f.email.getText().isBlank() ? f.email : f.name).requestFocus());
        return d.showAndWait();
    }

    /** "Who are you?"; of a copied file, "This database comes from another computer, where Ida Berg used it: who are you here?". */
    static String headerOf(Optional<Person> copiedFrom) {
        return copiedFrom.map(p -> "This database comes from another computer, where " + com.funnelboard.domain.Printable.escape(
                p.name().isBlank() ? p.email() : p.name()) + " used it: who are you here?").orElse("Who are you?");
    }
}
