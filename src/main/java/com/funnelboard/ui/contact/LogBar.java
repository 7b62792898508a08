package com.funnelboard.ui.contact;

import com.funnelboard.ui.common.SafeWrap;
import atlantafx.base.theme.Styles;
import com.funnelboard.domain.Direction;
import com.funnelboard.domain.InteractionKind;
import java.time.Clock;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Logging an interaction in a few keys: kind, direction, note (time defaults to now), Enter. */
final class LogBar extends VBox {

    /** The bar's width below which In and Out show only their arrows. */
    static final double NARROW = 330;

    private final ContactPaneViewModel model;
    private final Clock clock;
    private final java.util.Locale locale;
    private final ComboBox<InteractionKind> kind = new ComboBox<>();
    private final ToggleGroup direction = new ToggleGroup();
    private final ToggleButton in = new ToggleButton("In", new FontIcon(Feather.ARROW_DOWN_LEFT));
    private final ToggleButton out = new ToggleButton("Out", new FontIcon(Feather.ARROW_UP_RIGHT));
    private final TextField when = new TextField();
    private final TextField note = new TextField();
    private final Label logError = new Label();
    /** What was typed and not logged, per contact: it stays with the person it was typed about. */
    private final java.util.Map<java.util.UUID, Draft> drafts = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<java.util.UUID, Draft> eldest) {
            return size() > 100;
        }
    };

    private record Draft(String note, String when, InteractionKind kind, boolean in) {}

    /** Where what was logged is said (the window's status bar). */
    private java.util.function.Consumer<String> status = s -> { };

    void setStatus(java.util.function.Consumer<String> status) {
        this.status = status;
    }

    LogBar(ContactPaneViewModel model, Clock clock, java.util.Locale locale) {
        super(6);
        this.model = model;
        this.clock = clock;
        this.locale = locale;
        layoutBar();
        // A note typed on one card and not logged went with the pane to the next card, and Enter logged it on that deal.
        model.contactIdProperty().addListener((o, was, now) -> switchDraft(was, now));
        // What is typed is kept on disk after a pause, as the forms' texts are: a quit or a crash lost it.
        javafx.beans.InvalidationListener typed = o -> {
            java.util.UUID shown = model.contactIdProperty().get();
            if (!switching && shown != null) {
                model.logDrafts().typed(shown, typedNow());
            }
        };
        note.textProperty().addListener(typed);
        when.textProperty().addListener(typed);
        kind.valueProperty().addListener(typed);
        direction.selectedToggleProperty().addListener(typed);
    }

    /** Set while the bar shows another contact's draft: what it sets is not typed. */
    private boolean switching;

    private com.funnelboard.service.ContactEditing.LogDraft typedNow() {
        return new com.funnelboard.service.ContactEditing.LogDraft(note.getText(), when.getText(),
                kind.getValue() == null ? null : kind.getValue().name(), direction.getSelectedToggle() == in);
    }

    private void switchDraft(java.util.UUID was, java.util.UUID now) {
        if (was != null && (!note.getText().isBlank() || !when.getText().isBlank())) {
            drafts.put(was, new Draft(note.getText(), when.getText(), kind.getValue(), direction.getSelectedToggle() == in));
        } else if (was != null) {
            drafts.remove(was);
        }
        Draft d = now == null ? null : drafts.remove(now);
        show(d);
        logError.setText("");
        if (d == null && now != null) {
            // Kept on disk from before a quit (or a crash): shown unless something was typed meanwhile.
            model.logDrafts().find(now).thenAccept(kept -> kept.ifPresent(k -> {
                if (now.equals(model.contactIdProperty().get()) && note.getText().isEmpty() && when.getText().isEmpty()) {
                    show(new Draft(k.note() == null ? "" : k.note(), k.when() == null ? "" : k.when(), kindOf(k.kind()), k.in()));
                }
            }));
        }
    }

    private void show(Draft d) {
        switching = true;
        try {
            note.setText(d == null ? "" : d.note());
            when.setText(d == null ? "" : d.when());
            // Another contact with nothing typed for them starts at an outbound call: the kind and direction chosen for the one
            // before ("Demo request", In) stayed, and the next note went in under them.
            kind.setValue(d == null ? InteractionKind.CALL : d.kind());
            (d != null && d.in() ? in : out).setSelected(true);
        } finally {
            switching = false;
        }
    }

    private static InteractionKind kindOf(String name) {
        try {
            return name == null ? InteractionKind.CALL : InteractionKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return InteractionKind.CALL;
        }
    }

    private void layoutBar() {
        kind.getItems().setAll(InteractionKind.values());
        kind.setValue(InteractionKind.CALL);
        kind.setId("log-kind");
        kind.setConverter(converter(com.funnelboard.ui.common.Formats::label));
        in.setToggleGroup(direction);
        out.setToggleGroup(direction);
        in.setId("log-in");
        out.setId("log-out");
        in.getStyleClass().add(Styles.LEFT_PILL);
        out.getStyleClass().add(Styles.RIGHT_PILL);
        out.setSelected(true);
        // One of the two is always chosen: pressed again (Space on it, a click), the chosen one stayed off, neither showed as
        // chosen, and the interaction was logged as outbound without a sign.
        direction.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        when.setPromptText("now");
        // As wide as what it holds ("now" while blank; "yesterday" and "2:30 PM" whole once typed): at its full width while
        // blank it left the note, the bar's main field, 170 of the 1,366-pixel window's pane.
        when.prefColumnCountProperty().bind(when.textProperty().map(t -> Math.clamp(t.length() + 1L, 4, 10)));
        when.setId("log-when");
        when.setOnAction(e -> log()); // Enter logs from the time as from the note (it did nothing there, and said nothing)
        String example = com.funnelboard.ui.common.TypedTimes.halfPastTwo(locale);
        when.setTooltip(new Tooltip("Blank for now, " + example + " for today, or 2026-03-12 " + example));
        note.setPromptText("What happened?"); // the keys' hint below says Enter logs it
        note.setId("log-note");
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinWidth(120);
        when.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setOnAction(e -> log());
        com.funnelboard.ui.common.SaveAsYouType.undoToWindowWhenEmpty(note);
        Button log = new Button("Log");
        log.setId("log-button");
        log.setOnAction(e -> log());
        log.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        logError.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        logError.setId("log-error");
        SafeWrap.wrap(logError); // whole, on two lines where it must (it was cut: "…; schedule a …")
        logError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        logError.managedProperty().bind(logError.textProperty().isNotEmpty());
        // What was refused is answered by typing again: a refusal, or "the disk is full", stayed until Log was pressed again.
        note.textProperty().addListener((o, a, b) -> logError.setText(""));
        when.textProperty().addListener((o, a, b) -> logError.setText(""));
        Label keys = new Label("Alt+C call · Alt+E email · Alt+M meeting · Alt+N note · Alt+I in · Alt+O out · Enter logs");
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        SafeWrap.wrap(keys); // every key, on two lines in a narrow pane, never cut
        keys.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        in.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        out.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.setMinWidth(124); // "Meeting" in full
        // The time sits beside the note, whose field gives way to it: beside the kind and the direction it was squeezed to
        // "yesterda" in a 1,366-pixel window.
        HBox top = new HBox(6, kind, new HBox(in, out));
        top.setAlignment(Pos.CENTER_LEFT);
        when.setMinWidth(48); // the pane's least width (a 1024-px window) holds the row without scrolling sideways
        // ...with In and Out as their arrows alone there (the pane's 300 px held 276 of the row's 320).
        // Judged by the room the pane gives (the viewport of the scroll pane the bar sits in), not by the bar's own
        // width, which its words widen: judged so, a freshly shown pane kept the words, and scrolled, for seconds.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                followRoom();
            }
        });
        com.funnelboard.ui.common.LazyTooltip.install(in, "Inbound: they reached out (Alt+I)");
        com.funnelboard.ui.common.LazyTooltip.install(out, "Outbound: you reached out (Alt+O)");
        HBox bottom = new HBox(6, note, when, log);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setFillHeight(true);
        bottom.setMaxWidth(Double.MAX_VALUE);
        setFillWidth(true);
        getChildren().setAll(top, bottom, logError, keys);
    }

    /** In and Out show their arrows alone while the room the bar has is under {@link #NARROW}. */
    private void followRoom() {
        javafx.beans.value.ObservableValue<Number> room = widthProperty();
        for (javafx.scene.Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                room = scroll.viewportBoundsProperty().map(javafx.geometry.Bounds::getWidth);
                break;
            }
        }
        javafx.beans.value.ObservableValue<Number> width = room;
        javafx.beans.binding.BooleanBinding narrow = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            double w = width.getValue() == null ? 0 : width.getValue().doubleValue();
            return w > 0 && w < NARROW;
        }, width);
        for (ToggleButton b : List.of(in, out)) {
            b.contentDisplayProperty().bind(javafx.beans.binding.Bindings.when(narrow)
                    .then(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY).otherwise(javafx.scene.control.ContentDisplay.LEFT));
        }
    }

    private void log() {
        try {
            var at = com.funnelboard.ui.common.TypedTimes.when(when.getText(), clock, locale);
            Direction dir = direction.getSelectedToggle() == in ? Direction.IN : Direction.OUT;
            java.util.UUID about = model.contactIdProperty().get();
            model.log(kind.getValue(), dir, at, note.getText()).whenComplete((said, e) -> {
                if (e == null) {
                    status.accept(said);
                }
                if (!java.util.Objects.equals(about, model.contactIdProperty().get())) {
                    drafts.remove(about); // logged: nothing of it waits for that contact any more
                    if (e == null) {
                        model.logDrafts().typed(about, null);
                    }
                } else if (e == null) {
                    note.clear();
                    when.clear();
                    logError.setText("");
                } else {
                    logError.setText(rootMessage(e));
                }
            });
        } catch (IllegalArgumentException e) {
            logError.setText(e.getMessage());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        // The rule's sentence alone: "at: An interaction cannot be dated in the future; …" showed the field's inner name.
        return t instanceof com.funnelboard.service.InvalidInputException bad ? String.join(" ", bad.problems().values()) : t.getMessage();
    }

    /** Alt+C/E/M/N pick a kind, Alt+I/O a direction; true when the key was one of those. */
    boolean shortcut(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
            return false;
        }
        InteractionKind k = switch (e.getCode()) {
            case C -> InteractionKind.CALL;
            case E -> InteractionKind.EMAIL;
            case M -> InteractionKind.MEETING;
            case N -> InteractionKind.NOTE;
            default -> null;
        };
        if (k != null) {
            kind.setValue(k);
        } else if (e.getCode() == KeyCode.I) {
            in.setSelected(true);
        } else if (e.getCode() == KeyCode.O) {
            out.setSelected(true);
        } else {
            return false;
        }
        return true;
    }

    /** Makes the bar ready to log an outbound interaction of {@code k} (a call or an email just started from the pane). */
    void ready(InteractionKind k) {
        kind.setValue(k);
        out.setSelected(true);
    }

    /** The cursor to the end of the note, keeping what was typed (focusing a field would select it all). */
    void focusNote() {
        if (!note.isFocused()) {
            note.requestFocus();
        }
        note.deselect();
        note.end();
        javafx.application.Platform.runLater(() -> {
            note.deselect();
            note.end();
        });
    }

    private static <E> StringConverter<E> converter(Function<E, String> text) {
        return ContactDetailsSection.converter(text);
    }

    /** "Logged a call with Ida Berg about “Pilot”.", "Logged an email with Ida Berg.", "Logged a note on Ida Berg." */
    static String loggedSentence(InteractionKind kind, String who, String dealTitle) {
        String what = kind.label();
        String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
        return "Logged " + article + what + (kind == InteractionKind.NOTE ? " on " : " with ") + who
                + (dealTitle == null ? "" : " about \u201C" + dealTitle + "\u201D") + ".";
    }
}
