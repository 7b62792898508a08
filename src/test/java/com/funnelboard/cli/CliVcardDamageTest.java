package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * import vcard on files nobody here wrote: damaged cards refuse the file unless --skip-invalid, text
 * in any encoding, a file cut short, and what is no vCard file at all.
 */
class CliVcardDamageTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    /**
     * A property is read whole, so one longer than LongVcardLines.MAX refuses the file: a NOTE of 8 million characters (a PHOTO
     * of 158 MB, before photos were left out as read, took 650 MB of memory and failed with "Unexpected error … OutOfMemoryError").
     */
    @Test
    void aPropertyLongerThanTheLimitRefusesTheFileInOneSentence() throws Exception {
        Path in = dir.resolve("long.vcf");
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Note\r\nNOTE:");
        String folded = "n".repeat(74) + "\r\n ";
        card.append(folded.repeat(8_000_000 / 74 + 1)).append("nn\r\nEND:VCARD\r\n");
        Files.writeString(in, card);
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("the property on line 4 (NOTE) is longer than the 8,000,000 characters Funnelboard reads of one")
                .contains("nothing was imported").doesNotContain("Unexpected", "OutOfMemory");
        assertThat(cli.db()).as("the refused first import leaves no database behind").doesNotExist();
    }

    /** A phone's card with a photo of 20 MB refused the whole file; photos are not kept, so any size is left out as it is read. */
    @Test
    void aPhotoOfAnySizeIsLeftOutAndItsCardImported() throws Exception {
        Path in = dir.resolve("photo.vcf");
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Picture\r\nPHOTO;ENCODING=b;TYPE=JPEG:");
        String folded = "A".repeat(74) + "\r\n ";
        card.append(folded.repeat(20_000_000 / 74 + 1)).append("AA==\r\nEMAIL:big@picture.example\r\nEND:VCARD\r\n")
                .append("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Ida\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n")
                .append(("B".repeat(76) + "\r\n").repeat(1_000)).append("\r\nTEL;CELL:+49 30 1234567\r\nEND:VCARD\r\n");
        Files.writeString(in, card);
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode contacts = cli.json("contacts", "list").get("contacts");
        assertThat(contacts).extracting(c -> c.get("name").asString()).containsExactlyInAnyOrder("Big Picture", "Ida Berg");
        assertThat(cli.json("contacts", "list", "--search", "picture").toString()).contains("big@picture.example");
        assertThat(cli.json("contacts", "list", "--search", "ida").toString()).contains("+49 30 1234567");
    }

    /** A NOTE longer than a contact's notes may be (400,000 characters) is left out and said, the card imported without it. */
    @Test
    void notesLongerThanAContactsMayBeAreLeftOutAndSaid() throws Exception {
        Path in = dir.resolve("notes.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nEMAIL:long@note.example\r\nNOTE:" + "n".repeat(400_001)
                + "\r\nEND:VCARD\r\n");
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("left out, notes longer than 400,000 characters");
        assertThat(cli.json("contacts", "list").get("contacts").get(0).get("name").asString()).isEqualTo("Long Note");
    }

    /** A line with no colon is left out and said (the card's name went without a word, the card named by its e-mail). */
    @Test
    void aLineWithNoColonIsLeftOutAndSaid() throws Exception {
        Path in = dir.resolve("broken.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good One\r\nEMAIL:good@example.com\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN Broken line without colon\r\nEMAIL:broken@example.com\r\nEND:VCARD\r\n");
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("line 8, \u201CFN Broken line without colon\u201D, is no vCard line (no colon): left out");
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);
    }

    @Test
    void aCardWhoseTextDecodesToTheCharacterU0000IsRefusedNotStored() throws Exception {
        Path in = dir.resolve("damaged.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Nu=00ll Name\r\nEMAIL:null@example.com\r\nEND:VCARD\r\n");
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Card 1, FN: the card holds the character U+0000 (it is damaged); nothing was imported");
        assertThat(cli.db()).as("nothing with U+0000 stored: the refused first import leaves no database behind").doesNotExist();
    }

    @Test
    void aSoftLineBreakBeforeTheCardsEndOrBytesThatAreNoTextMakeADamagedCardNamedByItsProperty() throws Exception {
        // The "=" at the end of FN joined END:VCARD to the name, and the next card with it: "Soft EndEND:VCARD", Carla lost.
        Path soft = Files.writeString(dir.resolve("soft.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ida Berg\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Soft End=\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Third\r\nEMAIL:carla@x.example\r\nEND:VCARD\r\n");
        byte[] before = Files.readAllBytes(soft);
        CliRunner.Result r = cli.run("import", "vcard", soft.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Card 2, FN: its text runs on into the end of the card");
        assertThat(soft).as("the file is only read").hasBinaryContent(before);
        assertThat(cli.db()).as("the refused first import leaves no database behind").doesNotExist();
        // Quoted-printable bytes that are no UTF-8 (C3 28, FF), and U+0000 in a note: each named where it is.
        Path bytes = Files.writeString(dir.resolve("bytes.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:H=C3=28l=FFne\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", bytes.toString()).err()).contains("Card 1, FN: the card holds bytes that are no text in its encoding");
        // Outlook's 2.1 cards: quoted-printable in Windows' code page, naming no CHARSET, in a file of plain ASCII. Refused as damaged
        // before (read as UTF-8); its names and notes are read in Windows-1252 now.
        Path outlook = Files.writeString(dir.resolve("outlook.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Lef=E8vre;Fran=E7ois\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:Fran=E7ois Lef=E8vre\r\nNOTE;ENCODING=QUOTED-PRINTABLE:pr=E9vu\r\n"
                + "EMAIL;PREF;INTERNET:francois@lefevre.example\r\nEND:VCARD\r\n");
        CliRunner.Result read = cli.run("import", "vcard", outlook.toString());
        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(cli.json("contacts", "list").get("contacts").get(0).get("name").asString()).isEqualTo("Fran\u00E7ois Lef\u00E8vre");
        Path note = Files.writeString(dir.resolve("note.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ida Berg\r\n"
                + "NOTE;ENCODING=QUOTED-PRINTABLE:a=00b\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", note.toString()).err()).contains("Card 1, NOTE: the card holds the character U+0000");
    }

    @Test
    void aCardBegunInsideAnotherOrANameInBase64RefusesTheFile() throws Exception {
        // Without END:VCARD the inner card was read as part of the outer one, and Carla lost without a word.
        Path nested = Files.writeString(dir.resolve("nested.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Outer Card\r\n"
                + "begin:vcard\r\nVERSION:3.0\r\nFN:Carla Inner\r\nEND:VCARD\r\nEMAIL:o@x.example\r\nEND:VCARD\r\n");
        CliRunner.Result r = cli.run("import", "vcard", nested.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("Card 1, BEGIN: another card begins inside this one, on line 4, and this card goes on after it, on "
                + "line 8: its lines from there could not be read");
        // A card whose END:VCARD is missing ends where the next begins: the next card, whole, is imported. It was read as part
        // of the damaged one and lost (named as lost, or without a word where no card had failed).
        Path both = Files.writeString(dir.resolve("both.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:no one\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\nEMAIL:broken@x.example\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After Broken\r\nEMAIL:after@x.example\r\nEND:VCARD\n");
        byte[] bothBefore = Files.readAllBytes(both);
        CliRunner.Result refused = cli.run("import", "vcard", both.toString());
        assertThat(refused.exit()).as("the nameless first card fails").isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(both).as("only read").hasBinaryContent(bothBefore);
        assertThat(cli.db()).as("nothing written: the refused first import leaves no database behind").doesNotExist();
        CliRunner.Result skipped = cli.run("import", "vcard", both.toString(), "--skip-invalid");
        assertThat(skipped.exit()).isZero();
        assertThat(skipped.out() + skipped.err()).contains("2 of 3 cards").contains("1 card failed")
                .contains("Card 2, END: no END:VCARD before line 9, where the next card begins: this card was read up to there");
        assertThat(cli.json("contacts", "list").get("contacts")).extracting(c -> c.get("name").asText())
                .containsExactlyInAnyOrder("Broken Card", "After Broken");
        cli.run("undo");
        Path base64 = Files.writeString(dir.resolve("b64.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN;ENCODING=b:SMOpbMOobmU=\r\n"
                + "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", base64.toString()).err()).contains("Card 1, FN: its text is written in base64");
        assertThat(cli.json("contacts", "list").get("contacts")).isEmpty();
    }

    @Test
    void aLineBreakInANameIsASpaceControlCharactersAreDroppedAndANoteKeepsItsLinesWhileTypedOnesAreRefused() throws Exception {
        Path in = Files.writeString(dir.resolve("breaks.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\\nBerg\r\nN:Berg;Anna;;;\r\n"
                + "TITLE:Buyer\u0007\r\nORG:Acme\tInc\r\nNOTE:First line\\nsecond line\r\nEMAIL:anna@x.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "\uD83D\uDE00".repeat(151) + "\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", in.toString()).exit()).isZero();
        JsonNode anna = cli.json("contacts", "list", "--search", "anna").get("contacts").get(0);
        assertThat(anna.get("name").asString()).isEqualTo("Anna Berg");
        assertThat(anna.get("title").asString()).isEqualTo("Buyer");
        assertThat(anna.get("organization").get("name").asString()).isEqualTo("Acme Inc");
        assertThat(cli.json("contacts", "show", anna.get("id").asString()).toString()).contains("First line\\nsecond line");
        assertThat(cli.json("contacts", "list").get("contacts")).as("151 emoji are 151 characters, within 300").hasSize(2);

        CliRunner.Result typed = cli.run("contacts", "add", "--name", "Ben\u0007Grau");
        assertThat(typed.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typed.err()).contains("Name holds a control character (U+0007)");
    }

    @Test
    void whatIsLeftOutIsQuotedShortAndTheSameAddressTwiceIsOne() throws Exception {
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\nEMAIL:" + "x".repeat(5_000) + "\r\n");
        for (int i = 0; i < 120; i++) {
            card.append("EMAIL:ida@x.example\r\n");
        }
        Path in = Files.writeString(dir.resolve("odd.vcf"), card.append("END:VCARD\r\n"));
        CliRunner.Result r = cli.run("import", "vcard", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Card 1, EMAIL: left out, not an e-mail address: \"" + "x".repeat(59) + "\u2026\"")
                .doesNotContain("x".repeat(61)).doesNotContain("more e-mail addresses");
        assertThat(r.out().length()).isLessThan(2_000);
    }

    @Test
    void textThatIsNotQuotedPrintableAsItSaysIsADamagedCardNotStoredUndecoded() throws Exception {
        Path in = dir.resolve("broken-qp.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ida Berg\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:H=C3=A9l=ZZne\r\nEND:VCARD\r\n");
        CliRunner.Result result = cli.run("import", "vcard", in.toString());
        assertThat(result.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Card 2, FN: its quoted-printable text cannot be decoded (the card is damaged)");
        JsonNode imported = cli.json("import", "vcard", in.toString(), "--skip-invalid");
        assertThat(imported.get("failed").asLong()).isEqualTo(1);
        assertThat(cli.json("contacts", "list").get("contacts")).extracting(c -> c.get("name").asString()).containsExactly("Ida Berg");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsText() throws Exception {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:J\u00fcrgen M\u00fcller\r\nEMAIL:j@m.example\r\nEND:VCARD\r\n";
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path in = dir.resolve("contacts-" + charset.name() + ".vcf");
            Files.write(in, card.getBytes(charset));
            assertThat(cli.json("import", "vcard", in.toString(), "--on-duplicate", "create").get("contacts").get("created").asLong())
                    .as(charset.name()).isEqualTo(1);
        }
        assertThat(cli.json("contacts", "list").get("contacts")).extracting(c -> c.get("name").asString())
                .containsExactly("J\u00fcrgen M\u00fcller", "J\u00fcrgen M\u00fcller");
    }

    @Test
    void aNameTooLongRefusesTheFileAndACardsContactKeepsFiftyAddresses() throws Exception {
        Path longName = dir.resolve("long.vcf");
        Files.writeString(longName, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "N".repeat(400) + "\r\nEND:VCARD\r\n");
        CliRunner.Result refused = cli.run("import", "vcard", longName.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("Card 1, FN: a name longer than 300 characters; nothing was imported");

        StringBuilder many = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\n");
        for (int i = 0; i < 120; i++) {
            many.append("EMAIL:ida").append(i).append("@x.example\r\n");
        }
        Path addresses = Files.writeString(dir.resolve("many.vcf"), many.append("END:VCARD\r\n"));
        JsonNode r = cli.json("import", "vcard", addresses.toString());
        assertThat(r.get("problems")).extracting(p -> p.get("reason").asString())
                .containsExactly("left out: 70 more e-mail addresses (a card's contact keeps the first 50)");
        JsonNode ida = cli.json("contacts", "list").get("contacts").get(0);
        JsonNode shown = cli.json("contacts", "show", ida.get("id").asString());
        assertThat(shown.toString()).contains("ida0@x.example", "ida49@x.example").doesNotContain("ida50@x.example");
    }

    @Test
    void aFolderOrADeviceIsRefusedBeforeItIsRead() throws Exception {
        Path fifo = dir.resolve("pipe.vcf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        for (String kind : new String[] {"vcard", "csv"}) {
            CliRunner.Result device = cli.run("import", kind, fifo.toString());
            assertThat(device.exit()).as(kind).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(device.err()).as(kind).contains("Cannot import " + fifo + ": it is a device or a pipe, not a file.");
            CliRunner.Result folder = cli.run("import", kind, dir.toString());
            assertThat(folder.err()).as(kind).contains("Cannot import " + dir + ": it is a folder, not a file.");
        }
    }

    @Test
    void aFileThatIsNotAVcardIsRefused() throws Exception {
        Path csv = dir.resolve("contacts.vcf");
        Files.writeString(csv, "Name,Email\nIda,ida@x.example\n");
        CliRunner.Result r = cli.run("import", "vcard", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("The file contacts.vcf is not a vCard file");
    }

    @Test
    void aFileThatEndsInsideACardSaysSoAndKeepsWhatItHolds() throws Exception {
        Path cards = dir.resolve("cut.vcf");
        Files.writeString(cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\n"
                + "EMAIL:bo@x.example\r\n");
        byte[] before = Files.readAllBytes(cards);
        CliRunner.Result r = cli.run("import", "vcard", cards.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("the file ends inside this card (no END:VCARD)");
        assertThat(cards).as("the file is only read").hasBinaryContent(before);
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(2);

        Path whole = dir.resolve("whole.vcf");
        Files.writeString(whole, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Dahl\r\nEND:VCARD\r\n\r\n");
        assertThat(cli.run("import", "vcard", whole.toString()).out()).doesNotContain("END:VCARD");
    }

    /**
     * Two files put together where the first ends without a line end ("cat a.vcf b.vcf"): "END:VCARDBEGIN:VCARD" is two
     * lines. It was read as no end, the second card's lines overwrote the first's — Doug White got Marina's email and
     * organization, Marina was gone, and the import said "4 created".
     */
    @Test
    void cardsJoinedOnOneLineByPuttingFilesTogetherAreTwoPeople() throws Exception {
        Path in = dir.resolve("joined.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Doug White\r\nEMAIL:doug@white.example\r\nEND:VCARD"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marina Möhrke\r\nORG:KiTa Hohenmölsen\r\nEMAIL:info@kinderland.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Third One\r\nEMAIL:third@x.example\r\nEND:VCARD\uFEFFbegin:vcard\r\nVERSION:3.0\r\n"
                + "FN:Fourth One\r\nEND:VCARD", StandardCharsets.UTF_8);
        CliRunner.Result r = cli.run("import", "vcard", in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode contacts = cli.json("contacts", "list").get("contacts");
        assertThat(contacts.valueStream().map(c -> c.get("name").asString() + " " + c.get("email").asString()))
                .containsExactlyInAnyOrder("Doug White doug@white.example", "Marina Möhrke info@kinderland.example",
                        "Third One third@x.example", "Fourth One ");
    }
}
