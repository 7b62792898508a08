package com.funnelboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Person;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The question who uses a database says whose file it was only of a file copied from another computer. */
class IdentityDialogTest {

    @Test
    void onlyACopiedFileIsSaidToComeFromSomeoneElse() {
        assertThat(IdentityDialog.headerOf(Optional.empty())).isEqualTo("Who are you?");
        assertThat(IdentityDialog.headerOf(Optional.of(new Person("Ida Berg", "ida@nordwind.example"))))
                .isEqualTo("This database comes from another computer, where Ida Berg used it: who are you here?");
    }
}
