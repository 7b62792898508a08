package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.OwnerFilter;
import com.funnelboard.domain.Person;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.PeopleService.Owner;
import com.funnelboard.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The board's owner filter: its entries, and initials on cards only while the board shows more than one owner. */
class OwnerChoicesTest {

    static final Person IDA = new Person("Ida Berg", "ida@nordwind.example");
    static final Owner IDA_OWNS = new Owner(IDA.email(), IDA.name(), 3);
    static final Owner OLA_OWNS = new Owner("ola@nordwind.example", "Ola Nordmann", 2);

    static DealCard card(String owner) {
        return new DealCard(UUID.randomUUID(), "Pilot", Stage.LEAD, UUID.randomUUID(), "Ada", null, null, null, null, Fixtures.NOW, null,
                owner);
    }

    @Test
    void initialsShowOnlyWhileTheBoardShowsMoreThanOneOwner() {
        List<OwnerFilter> applied = new ArrayList<>();
        OwnerChoices choices = new OwnerChoices(applied::add);
        choices.show(new OwnerChoices.Read(Optional.of(IDA), List.of(IDA_OWNS), 0));
        assertThat(choices.showInitialsProperty().get()).as("one owner").isFalse();
        assertThat(choices.initialsOf(card(IDA.email()))).isNull();

        choices.show(new OwnerChoices.Read(Optional.of(IDA), List.of(IDA_OWNS, OLA_OWNS), 1));
        assertThat(choices.choices()).extracting(OwnerChoices.Choice::label)
                .containsExactly("Everyone", "My deals", "Ola Nordmann (ola@nordwind.example)", "No owner");
        assertThat(choices.showInitialsProperty().get()).isTrue();
        assertThat(choices.initialsOf(card(IDA.email()))).isEqualTo("IB");
        assertThat(choices.initialsOf(card("ola@nordwind.example"))).isEqualTo("ON");
        assertThat(choices.initialsOf(card(null))).as("nobody owns it").isNull();

        choices.choose(OwnerFilter.person(IDA.email()));
        assertThat(applied).containsExactly(OwnerFilter.person(IDA.email()));
        choices.show(new OwnerChoices.Read(Optional.of(IDA), List.of(IDA_OWNS, OLA_OWNS), 1));
        assertThat(choices.selectedProperty().get().label()).isEqualTo("My deals");
        assertThat(choices.showInitialsProperty().get()).as("My deals: one owner").isFalse();
        assertThat(applied).as("re-reading keeps the choice without reading the board again").hasSize(1);
    }

    @Test
    void aFilterChosenBeforeTheChoicesAreReadIsShownOnceTheyAre() {
        List<OwnerFilter> applied = new ArrayList<>();
        OwnerChoices choices = new OwnerChoices(applied::add);
        choices.choose(OwnerFilter.person(IDA.email()));
        assertThat(choices.selectedProperty().get().label()).as("not offered yet").isEqualTo("Everyone");

        choices.show(new OwnerChoices.Read(Optional.of(IDA), List.of(IDA_OWNS, OLA_OWNS), 0));
        assertThat(choices.selectedProperty().get().label()).isEqualTo("My deals");
        assertThat(choices.showInitialsProperty().get()).isFalse();

        choices.choose(OwnerFilter.person("gone@nordwind.example"));
        choices.show(new OwnerChoices.Read(Optional.of(IDA), List.of(IDA_OWNS), 0));
        assertThat(choices.selectedProperty().get().label()).as("someone who owns nothing now").isEqualTo("gone@nordwind.example");
        assertThat(applied).as("choosing in code applies nothing by itself").isEmpty();
    }
}
