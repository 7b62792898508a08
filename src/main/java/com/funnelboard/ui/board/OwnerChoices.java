package com.funnelboard.ui.board;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Person;
import com.funnelboard.service.PeopleService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The board's owner filter: "Everyone", "My deals", each person who owns deals, and "No owner"
 * while some deal has none; and whether the cards show their owner's initials — only when the
 * board shows more than one owner. The choices are read with the board (off the FX thread) and
 * shown on it.
 */
public final class OwnerChoices {

    /** One entry of the filter: what it says and which deals it lets through. */
    public record Choice(String label, OwnerFilter filter) {
        @Override
        public String toString() {
            return label;
        }

        /**
         * What the closed filter shows: the person's name without the address the list gives beside it
         * ("Ola Nordmann", where "Ola Nordmann (ola@…)" was cut to "Ola Nordm…" with room to spare).
         */
        public String shown() {
            int open = label.lastIndexOf(" (");
            return open > 0 && label.endsWith(")") && label.indexOf('@', open) > 0 ? label.substring(0, open) : label;
        }

        /** Whose deals these are, in words: "my deals", "deals of Ola Nordmann", "deals with no owner"; empty for everyone's. */
        public String deals() {
            return switch (filter.kind()) {
                case EVERYONE -> "";
                case NOBODY -> "deals with no owner";
                case PERSON -> MINE.equals(label) ? "my deals" : "deals of " + shown();
            };
        }
    }

    /** What the choices are made of, read in the background: who I am, who owns deals, how many nobody owns. */
    record Read(Optional<Person> me, List<PeopleService.Owner> owners, long unowned) {}

    static final Choice EVERYONE = new Choice("Everyone", OwnerFilter.EVERYONE);
    private static final String MINE = "My deals";

    private final ObservableList<Choice> choices = FXCollections.observableArrayList(List.of(EVERYONE));
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>(this, "selected", EVERYONE);
    private final ReadOnlyBooleanWrapper showInitials = new ReadOnlyBooleanWrapper(this, "showInitials");
    private final Map<String, String> initials = new HashMap<>();
    private volatile PeopleService people;
    private boolean rebuilding;
    /** The filter the board applies, even before the entry saying it is offered (a remembered one, at start). */
    private OwnerFilter wanted = OwnerFilter.EVERYONE;

    OwnerChoices(Consumer<OwnerFilter> apply) {
        selected.addListener((o, a, c) -> {
            if (!rebuilding && c != null) {
                wanted = c.filter();
                apply.accept(c.filter());
            }
        });
    }

    void setPeople(PeopleService people) {
        this.people = people;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The chosen entry; choosing one reads the board again with its deals. */
    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }

    /** Chooses the entry with this filter; one not offered yet is chosen once the choices are read. */
    public void choose(OwnerFilter filter) {
        wanted = filter;
        choices.stream().filter(c -> c.filter().equals(filter)).findFirst().ifPresent(selected::set);
    }

    /** True while the board shows deals of more than one owner: then cards show whose they are. */
    public ReadOnlyBooleanProperty showInitialsProperty() {
        return showInitials.getReadOnlyProperty();
    }

    /** The initials a card shows, or null when it shows none (one owner on the board, or nobody owns the deal). */
    public String initialsOf(DealCard card) {
        return !showInitials.get() || card.owner() == null ? null : initials.getOrDefault(card.owner(), Person.initials(card.owner()));
    }

    /** The name or email of a card's owner, for its tooltip; null when nobody owns it. */
    public String ownerOf(DealCard card) {
        return card.owner() == null ? null : names.getOrDefault(card.owner(), card.owner());
    }

    private final Map<String, String> names = new HashMap<>();

    /** What the entry of a filter no longer offered says: "My deals", "No owner", or the person's email. */
    private String labelOf(OwnerFilter filter, Read read) {
        return switch (filter.kind()) {
            case EVERYONE -> EVERYONE.label();
            case NOBODY -> "No owner";
            case PERSON -> read.me().filter(me -> Person.normalEmail(me.email()).equals(filter.email())).isPresent() ? MINE
                    : selected.get() != null && selected.get().filter().equals(filter) ? selected.get().label() : filter.email();
        };
    }

    /** Reads the choices (background thread). */
    Read read() {
        PeopleService p = people;
        if (p == null) {
            return new Read(Optional.empty(), List.of(), 0);
        }
        return new Read(p.me(), p.owners(), p.unowned());
    }

    /** Shows what was read, keeping the chosen entry (FX thread). */
    void show(Read read) {
        List<Choice> next = new ArrayList<>();
        next.add(EVERYONE);
        read.me().ifPresent(me -> next.add(new Choice(MINE, OwnerFilter.person(me.email()))));
        for (PeopleService.Owner o : read.owners()) {
            if (read.me().map(me -> me.email().equals(o.email())).orElse(false)) {
                continue;
            }
            next.add(new Choice(o.label(), OwnerFilter.person(o.email())));
        }
        if (read.unowned() > 0) {
            next.add(new Choice("No owner", OwnerFilter.NOBODY));
        }
        initials.clear();
        names.clear();
        read.owners().forEach(o -> {
            initials.put(o.email(), o.initials());
            names.put(o.email(), o.name() == null ? o.email() : o.name());
        });
        OwnerFilter chosen = wanted;
        rebuilding = true;
        try {
            if (!next.equals(choices)) {
                // Let go first, then chosen again below: a combo box whose items are replaced shows the entry now at the chosen one's
                // place, and choosing an equal entry again is no change that would redraw it (Dev Patel's name stood over Chloe's
                // deals once Dev owned more than her).
                selected.set(null);
                choices.setAll(next);
            }
            Choice keep = next.stream().filter(c -> c.filter().equals(chosen)).findFirst().orElse(null);
            if (keep == null) {
                // A person who no longer owns anything: keep showing their (empty) board under their name.
                keep = new Choice(labelOf(chosen, read), chosen);
                choices.add(keep);
            }
            selected.set(keep);
        } finally {
            rebuilding = false;
        }
        long owners = switch (chosen.kind()) {
            case EVERYONE -> read.owners().size();
            case PERSON, NOBODY -> 1;
        };
        showInitials.set(owners > 1);
    }
}
