package com.funnelboard.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A vCard import cancelled is rolled back, also one of fewer cards than it asks between (Cancel did nothing on those). */
class VcardImportCancelTest {

    @TempDir
    Path dir;

    @Test
    void aFewCardsCancelledAreNotImported() throws Exception {
        Path file = Files.writeString(dir.resolve("two.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Lind\r\nEND:VCARD\r\n");
        try (Store store = Fixtures.store(dir)) {
            VcardImport vcards = new VcardImport(store, new DuplicateFinder("GB"));
            assertThatThrownBy(() -> vcards.run(file, ImportOptions.OnDuplicate.SKIP, false, false, n -> {}, () -> true))
                    .isInstanceOf(CancellationException.class).hasMessage("The vCard import was cancelled; nothing was imported.");
            assertThat((long) store.read(r -> r.imports().contactCount())).isZero();

            assertThat(vcards.run(file, ImportOptions.OnDuplicate.SKIP, false, false, n -> {}, () -> false).imported()).isTrue();
            assertThat((long) store.read(r -> r.imports().contactCount())).isEqualTo(2);
        }
    }
}
