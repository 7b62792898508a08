package com.funnelboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** import vcard and export vcard: versions 2.1, 3.0 and 4.0 in, a round trip out and in again. */
class CliVcardTest {

    @TempDir
    Path dir;

    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW);
    }

    /**
     * Two records holding one address (Ann's kept on Bo's record too): a card of Bo's with both of his addresses goes to Bo,
     * who holds more of them; the first holder took it, and "replace" renamed Ann Lee to Bo Berg.
     */
    @Test
    void aCardGoesToTheContactHoldingMostOfItsAddresses() throws Exception {
        String ann = cli.json("contacts", "add", "--name", "Ann Lee", "--email", "ann@x.example", "--org", "X GmbH").get("contact").get("id").asString();
        String bo = cli.json("contacts", "add", "--name", "Bo Berg", "--email", "bo@x.example", "--email", "ann@x.example", "--org", "X GmbH")
                .get("contact").get("id").asString();
        Path card = dir.resolve("bo.vcf");
        java.nio.file.Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Berg\r\nN:Berg;Bo;;;\r\nEMAIL:ann@x.example\r\n"
                + "EMAIL:bo@x.example\r\nTITLE:Boss\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", card.toString(), "--on-duplicate", "replace").exit()).isZero();
        assertThat(cli.json("contacts", "show", ann).get("contact").get("name").asString()).isEqualTo("Ann Lee");
        assertThat(cli.json("contacts", "show", ann).get("contact").get("title").isNull()).isTrue();
        assertThat(cli.json("contacts", "show", bo).get("contact").get("title").asString()).isEqualTo("Boss");
        // One address each way, the name decides.
        Path annsCard = dir.resolve("ann.vcf");
        java.nio.file.Files.writeString(annsCard, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\nEMAIL:ann@x.example\r\n"
                + "TITLE:Buyer\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", annsCard.toString(), "--on-duplicate", "update").exit()).isZero();
        assertThat(cli.json("contacts", "show", ann).get("contact").get("title").asString()).isEqualTo("Buyer");
        assertThat(cli.json("contacts", "show", bo).get("contact").get("title").asString()).isEqualTo("Boss");
    }

    @Test
    void cardsOfEveryVersionAreImportedAndExportedBackWhole() throws Exception {
        Path in = dir.resolve("phone.vcf");
        Files.writeString(in, """
                BEGIN:VCARD\r
                VERSION:2.1\r
                N:Berg;Ida\r
                FN:Ida Berg\r
                ORG:Nordwind AB\r
                TEL;CELL:+46 8 123 456\r
                EMAIL;INTERNET:ida@nordwind.example\r
                PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Jos\u00e9 M\u00fcller\r
                TITLE:Buyer\r
                EMAIL;TYPE=work:jose@muller.example\r
                EMAIL;TYPE=home:jose@home.example\r
                CATEGORIES:fair,vip\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:4.0\r
                FN:Bo Chen\r
                TEL;VALUE=uri:tel:+49-30-1234567\r
                END:VCARD\r
                """, StandardCharsets.UTF_8);
        JsonNode r = cli.json("import", "vcard", in.toString());
        assertThat(r.get("rows").asLong()).isEqualTo(3);
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(3);
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(1);
        JsonNode list = cli.json("contacts", "list").get("contacts");
        assertThat(list).extracting(c -> c.get("name").asString()).containsExactly("Bo Chen", "Ida Berg", "Jos\u00e9 M\u00fcller");
        // Found by search (their documents written at the import's end), and so is a contact added afterwards.
        assertThat(cli.json("search", "mull").get("contacts")).extracting(c -> c.get("title").asString()).containsExactly("Jos\u00e9 M\u00fcller");
        assertThat(cli.json("search", "468123").get("contacts")).extracting(c -> c.get("title").asString()).containsExactly("Ida Berg");

        Path out = dir.resolve("all.vcf");
        assertThat(cli.json("export", "vcard", out.toString(), "--vcard-version", "4.0").get("cards").asLong()).isEqualTo(3);
        String text = Files.readString(out);
        assertThat(text).contains("VERSION:4.0").contains("FN:Jos\u00e9 M\u00fcller").contains("jose@home.example").contains("ORG:Nordwind AB")
                .as("a type 4.0 does not define").doesNotContainIgnoringCase("TYPE=internet");

        // vCard 2.1, which has no default character set: accents marked UTF-8 and quoted-printable, and read back as written —
        // the organization's address too (it went in raw UTF-8 with no CHARSET, beside a marked title and note).
        assertThat(cli.run("orgs", "edit", cli.json("orgs", "list").get("organizations").get(0).get("id").asString(), "--address", "Hamngatan 1, 111 47 Stockholm, Sverige – Södermalm").exit()).isZero();
        Path old = dir.resolve("old.vcf");
        assertThat(cli.json("export", "vcard", old.toString(), "--vcard-version", "2.1").get("cards").asLong()).isEqualTo(3);
        String v21 = Files.readString(old);
        assertThat(v21).contains("VERSION:2.1").contains("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 M=C3=BCller")
                .contains("FN:Ida Berg");
        ezvcard.VCard back = ezvcard.Ezvcard.parse(old).all().stream()
                .filter(c -> c.getFormattedName().getValue().startsWith("Jos")).findFirst().orElseThrow();
        assertThat(back.getFormattedName().getValue()).isEqualTo("Jos\u00e9 M\u00fcller");
        assertThat(v21).contains("ADR;TYPE=work;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:");
        ezvcard.VCard ida = ezvcard.Ezvcard.parse(old).all().stream()
                .filter(c -> c.getFormattedName().getValue().equals("Ida Berg")).findFirst().orElseThrow();
        assertThat(ida.getAddresses().getFirst().getStreetAddress()).isEqualTo("Hamngatan 1, 111 47 Stockholm, Sverige – Södermalm");

        // The same cards again: matched by e-mail or phone, nothing new.
        JsonNode again = cli.json("import", "vcard", out.toString());
        assertThat(again.get("contacts").get("created").asLong()).isZero();
        assertThat(cli.json("contacts", "list").get("contacts")).hasSize(3);

        assertThat(cli.run("undo").exit()).isZero(); // the address
        assertThat(cli.run("undo").exit()).isZero();
        assertThat(cli.json("contacts", "list").get("contacts")).isEmpty();
    }

    /** Long notes in 2.1, quoted-printable: a fold right before a space lost it on the way back ("😀 d" read "😀d"). */
    @Test
    void longQuotedPrintableNotesComeBackAsTheyWere() throws Exception {
        java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
        for (int i = 55; i < 80; i++) {
            String note = "a".repeat(i) + " \uD83D\uDE00 b c \uD83D\uDE00 d e f " + "word ".repeat(20) + "\u00FCber  zwei";
            notes.put("P" + i, note);
            cli.json("contacts", "add", "--name", "P" + i, "--notes", note);
        }
        Path out = dir.resolve("notes21.vcf");
        assertThat(cli.run("export", "vcard", out.toString(), "--vcard-version", "2.1").exit()).isZero();
        CliRunner other = new CliRunner(dir.resolve("other.db"), Fixtures.NOW);
        assertThat(other.run("import", "vcard", out.toString()).exit()).isZero();
        java.util.Map<String, String> back = new java.util.HashMap<>();
        for (JsonNode c : other.json("contacts", "list").get("contacts")) {
            back.put(c.get("name").asString(), other.json("contacts", "show", c.get("id").asString()).get("contact").get("notes").asString());
        }
        assertThat(back).isEqualTo(notes);
    }

    /** A card's company spelled otherwise than the stored organization it goes to is said, as a CSV file's is. */
    @Test
    void aCompanySpelledOtherwiseIsSaid() throws Exception {
        cli.json("contacts", "add", "--name", "Ida Berg", "--org", "Acme Inc.");
        Path in = Files.writeString(dir.resolve("acme.vcf"), "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEMAIL:bo@acme.example\r\n"
                + "ORG:ACME\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", in.toString()).out()).contains("Companies spelled otherwise went to the organization of that name: "
                + "ACME \u2192 Acme Inc.");
    }

    @Test
    void aVersionTwoOneCardsBackslashesAreTheLettersTheyAreAlsoInARoundTrip() throws Exception {
        // 2.1 escapes only a semicolon: a path was stored as "\fileserversalesAcme.docx and C:Temp" with a line break for \n.
        Path in = Files.writeString(dir.resolve("paths.vcf"), "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Berg;Ida\r\nFN:Ida Berg\r\n"
                + "EMAIL;INTERNET:ida@berg.example\r\nNOTE:Offer in \\\\fileserver\\sales\\Acme.docx and C:\\Temp\\new.txt\r\n"
                + "ORG:Berg\\; Söhne\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo Chen\r\nEMAIL:bo@chen.example\r\nNOTE:line one\\nline two\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", in.toString()).exit()).isZero();
        JsonNode ida = cli.json("contacts", "show", cli.json("contacts", "list", "--search", "Ida").get("contacts").get(0).get("id").asString());
        assertThat(ida.get("contact").get("notes").asString()).isEqualTo("Offer in \\\\fileserver\\sales\\Acme.docx and C:\\Temp\\new.txt");
        JsonNode bo = cli.json("contacts", "show", cli.json("contacts", "list", "--search", "Bo").get("contacts").get(0).get("id").asString());
        assertThat(bo.get("contact").get("notes").asString()).as("3.0 escapes a line break").isEqualTo("line one\nline two");

        // Funnelboard's own 2.1 export writes a backslash as it is, and reads it back so.
        assertThat(cli.run("contacts", "edit", ida.get("contact").get("id").asString(), "--notes", "a;b,c\\d", "--tag", "vip").exit()).isZero();
        Path out = dir.resolve("out21.vcf");
        assertThat(cli.run("export", "vcard", out.toString(), "--vcard-version", "2.1").exit()).isZero();
        assertThat(cli.run("undo").exit()).isZero(); // the edit
        cli.run("undo"); // the import
        assertThat(cli.json("contacts", "list").get("contacts")).isEmpty();
        assertThat(cli.run("import", "vcard", out.toString()).exit()).isZero();
        ida = cli.json("contacts", "show", cli.json("contacts", "list", "--search", "Ida").get("contacts").get(0).get("id").asString());
        assertThat(ida.get("contact").get("notes").asString()).isEqualTo("a;b,c\\d");
        // Its tags too, as CATEGORIES, which 2.1 does not name (the 2.1 export left them out).
        assertThat(ida.get("contact").get("tags")).extracting(JsonNode::asString).containsExactly("vip");
    }

    @Test
    void anAddressOrNumberThatDoesNotParseIsLeftOutAndTheCardImported() throws Exception {
        Path in = dir.resolve("outlook.vcf");
        Files.writeString(in, """
                BEGIN:VCARD\r
                VERSION:3.0\r
                FN:Sally Kim\r
                ORG:Contoso\r
                TEL;TYPE=WORK:(425) 555-0100 x4521\r
                TEL;TYPE=CELL:ask reception\r
                EMAIL;TYPE=INTERNET:/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=sally\r
                EMAIL;TYPE=INTERNET:sally@contoso.example\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:2.1\r
                TEL;CELL:not known\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:2.1\r
                FN:Police\r
                ORG:null\r
                TEL;CELL:100\r
                END:VCARD\r
                """, StandardCharsets.UTF_8);
        // A damaged card (nothing names anyone) refuses the file, as a row that does not parse refuses a CSV file.
        CliRunner.Result refused = cli.run("import", "vcard", in.toString());
        assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err()).contains("Card 2, FN: a card with no name, e-mail address or phone number; nothing was imported "
                + "(fix the file, or add --skip-invalid to import the other cards)");
        assertThat(cli.db()).as("nothing half-imported: the refused first import leaves no database behind").doesNotExist();
        CliRunner.Result dry = cli.run("import", "vcard", in.toString(), "--dry-run");
        assertThat(dry.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dry.out()).contains("The import itself would be refused");

        JsonNode r = cli.json("import", "vcard", in.toString(), "--skip-invalid");
        assertThat(r.get("contacts").get("created").asLong()).isEqualTo(2);
        assertThat(r.get("organizations").get("created").asLong()).as("Contoso; Android's ORG:null is no organization").isEqualTo(1);
        assertThat(r.get("failed").asLong()).as("the card with nothing left that names a person").isEqualTo(1);
        assertThat(r.get("problems")).extracting(p -> p.get("reason").asString()).containsExactly(
                "left out, not an e-mail address: \"/o=ExchangeLabs/ou=Exchange/cn=Recipients/cn=sally\"",
                "left out, not a phone number: \"ask reception\"",
                "left out, not a phone number: \"not known\"", "a card with no name, e-mail address or phone number");
        JsonNode sally = cli.json("contacts", "list").get("contacts").get(1);
        assertThat(sally.get("name").asString()).isEqualTo("Sally Kim");
        assertThat(cli.json("contacts", "show", sally.get("id").asString()).toString()).contains("(425) 555-0100 x4521", "sally@contoso.example");
        Files.delete(dir.resolve("pipeline.db"));
        CliRunner.Result text = new CliRunner(dir.resolve("pipeline.db"), Fixtures.NOW).run("import", "vcard", in.toString(), "--skip-invalid");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("1 card failed, and 3 values were left out of cards imported without them:", "left out, not a phone number: \"ask reception\"");
    }

    @Test
    void quotedPrintableTextNamingNoCharsetIsInTheFilesCodePage() throws Exception {
        // Outlook's 2.1 cards: the plain values and the quoted-printable bytes (=E9 is é) in Windows-1252, no CHARSET named.
        Path outlook = dir.resolve("outlook-qp.vcf");
        Files.write(outlook, ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lef\u00e8vre;H\u00e9l\u00e8ne\r\nFN:H\u00e9l\u00e8ne Lef\u00e8vre\r\n"
                + "EMAIL;PREF;INTERNET:helene@lefevre.example\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Rendez-vous pr=E9vu le 12 mars.=0D=0APr=E9f=E8re le t=\r\n"
                + "=E9l=E9phone.\r\nEND:VCARD\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        cli.json("import", "vcard", outlook.toString());
        JsonNode helene = cli.json("contacts", "list").get("contacts").get(0);
        assertThat(helene.get("name").asString()).isEqualTo("H\u00e9l\u00e8ne Lef\u00e8vre");
        assertThat(cli.json("contacts", "show", helene.get("id").asString()).toString())
                .contains("Rendez-vous pr\u00e9vu le 12 mars.", "Pr\u00e9f\u00e8re le t\u00e9l\u00e9phone.");
    }

    @Test
    void aValueMarkedQuotedPrintableButWrittenPlainlyKeepsItsLetters() throws Exception {
        // Phones write ENCODING=QUOTED-PRINTABLE and then the value in plain UTF-8: its letters were read as "?".
        Path raw = dir.resolve("raw-qp.vcf");
        Files.writeString(raw, "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Carreño Quiñones;Zeus;;;\r\n"
                + "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ζεύς Carreño Quiñones\r\n"
                + "TITLE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Directeur général\r\n"
                + "NOTE;ENCODING=QUOTED-PRINTABLE:Café au lait =C3=A0 midi,=\r\nrendez-vous prévu 😀\r\n"
                + "EMAIL:zeus@olymp.example\r\nEND:VCARD\r\n", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cli.run("import", "vcard", raw.toString()).exit()).isZero();
        JsonNode zeus = cli.json("contacts", "list").get("contacts").get(0);
        assertThat(zeus.get("name").asString()).isEqualTo("Ζεύς Carreño Quiñones");
        assertThat(zeus.get("title").asString()).isEqualTo("Directeur général");
        assertThat(cli.json("contacts", "show", zeus.get("id").asString()).toString()).contains("Café au lait à midi,rendez-vous prévu 😀");

        // The same in an Outlook file in Windows-1252 naming no CHARSET: the file's own code page.
        Path outlook = dir.resolve("raw-qp-1252.vcf");
        Files.write(outlook, ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE:Hélène Lefèvre\r\nEMAIL:helene@x.example\r\n"
                + "END:VCARD\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(cli.run("import", "vcard", outlook.toString()).exit()).isZero();
        assertThat(cli.run("contacts", "list").out()).contains("Hélène Lefèvre");
    }

    @Test
    void outlooksWindows1252CardsCompanyCardsAndExtensionsAreRead() throws Exception {
        Path outlook = dir.resolve("outlook.vcf");
        Files.write(outlook, ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=Windows-1252:M\u00fcller;J\u00fcrgen\r\n"
                + "FN;CHARSET=Windows-1252:J\u00fcrgen M\u00fcller\r\nORG;CHARSET=Windows-1252:B\u00e4ckerei M\u00fcller GmbH\r\n"
                + "EMAIL;PREF;INTERNET:juergen@baeckerei.example\r\nEND:VCARD\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path companies = dir.resolve("companies.vcf");
        Files.writeString(companies, """
                BEGIN:VCARD\r
                VERSION:4.0\r
                KIND:org\r
                FN:Globex Corporation\r
                ORG:Globex Corporation\r
                TEL;VALUE=uri:tel:+1-555-0100\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:3.0\r
                N:;;;;\r
                FN:\r
                ORG:Initech LLC\r
                TEL;TYPE=WORK:+1 512 555 0111\r
                END:VCARD\r
                BEGIN:VCARD\r
                VERSION:4.0\r
                FN:Ana Souza\r
                TEL;VALUE=uri;TYPE=cell:tel:+55-21-9555-0102;ext=12\r
                END:VCARD\r
                """, StandardCharsets.UTF_8);
        assertThat(cli.json("import", "vcard", outlook.toString()).get("contacts").get("created").asLong()).isEqualTo(1);
        JsonNode r = cli.json("import", "vcard", companies.toString());
        assertThat(r.get("contacts").get("created").asLong()).as("Ana, and the companies' numbers on contacts named after them").isEqualTo(3);
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(2);
        JsonNode list = cli.json("contacts", "list").get("contacts");
        assertThat(list).extracting(c -> c.get("name").asString())
                .containsExactly("Ana Souza", "Globex Corporation", "Initech LLC", "J\u00fcrgen M\u00fcller");
        assertThat(cli.json("contacts", "show", list.get(0).get("id").asString()).toString()).contains("+55 21 9555 0102 ext. 12");
        assertThat(cli.run("orgs", "list").out()).contains("B\u00e4ckerei M\u00fcller GmbH", "Globex Corporation", "Initech LLC");
    }

    @Test
    void aVcardFileGivenToTheCsvImportIsToldWhereItGoes() throws Exception {
        Path cards = dir.resolve("iphone.vcf");
        Files.writeString(cards, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ida Berg\r\nEMAIL:ida@x.example\r\nEND:VCARD\r\n");
        CliRunner.Result r = cli.run("import", "csv", cards.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("This is a vCard file, not a CSV file").contains("import vcard");
        assertThat(cli.db()).as("the refused first import leaves no database behind").doesNotExist();
        // A card whose lines hold commas (an N with its parts): its first lines passed for lines above a CSV header.
        Path apple = Files.writeString(dir.resolve("macab.vcf"), "BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Richter\\, James;Mr.;Sr.\n"
                + "FN:Mr. John Richter\\, James Doe Sr.\nEMAIL:john@x.example\nEND:VCARD\n");
        assertThat(cli.run("import", "csv", apple.toString()).err()).contains("This is a vCard file, not a CSV file");
    }

    @Test
    void aGroupCardAFaxNumberAndASecondTitleOrOrganizationAreSaidNotDroppedWithoutAWord() throws Exception {
        Path in = Files.writeString(dir.resolve("more.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:The Doe Family\r\n"
                + "MEMBER:mailto:kid@doe.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nEMAIL:john@doe.example\r\nTEL;TYPE=WORK,FAX:905-999-1234\r\n"
                + "TITLE:Manager\r\nTITLE:Board member\r\nORG:Acme\r\nORG:Doe Holdings\r\nEND:VCARD\r\n");
        JsonNode result = cli.json("import", "vcard", in.toString());
        assertThat(result.get("contacts").get("created").asLong()).as("John; the family is no person").isEqualTo(1);
        assertThat(result.get("problems").toString()).contains("left out, a group of contacts \u201CThe Doe Family\u201D",
                "left out, a fax number: \\\"905-999-1234\\\"", "left out, a second job title: \\\"Board member\\\"",
                "left out, a second organization: \\\"Doe Holdings\\\"");
    }

    @Test
    void aWorkWebAddressOnACardIsItsOrganizationsWebsite() throws Exception {
        Path cards = dir.resolve("outlook.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ida Berg", "ORG:Nordwind AB",
                "URL;TYPE=WORK:https://www.nordwind.example", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Bo Chen", "ORG:Southwind",
                "URL:https://bo.example/me", "END:VCARD", "") );
        cli.json("import", "vcard", cards.toString());
        String orgs = cli.run("orgs", "list", "--json").out();
        assertThat(orgs).contains("https://www.nordwind.example").as("a person's own page is not the company's").doesNotContain("bo.example");
    }

    @Test
    void anAppleHomePageAtTheDomainOfTheCardsEmailIsItsOrganizationsWebsite() throws Exception {
        Path cards = dir.resolve("apple.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "N:Cook;Tim;;;", "FN:Tim Cook", "ORG:Orchard Ltd;",
                "item1.EMAIL;type=INTERNET;type=pref:tim@orchard.example", "item1.X-ABLabel:Office",
                "item3.URL:https://orchard.example", "item3.X-ABLabel:_$!<HomePage>!$_", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Ann Lee", "ORG:Quince Co", "EMAIL:ann@quince.example",
                "item1.URL:https://annlee.example", "item1.X-ABLabel:_$!<HomePage>!$_", "END:VCARD", ""));
        cli.json("import", "vcard", cards.toString());
        String orgs = cli.run("orgs", "list", "--json").out();
        assertThat(orgs).contains("https://orchard.example").as("a page at another domain may be the person's own").doesNotContain("annlee");
        // A person's own page on the company's site ("~jqpublic") is theirs, not the company's website (it became it).
        Path own = dir.resolve("own.vcf");
        Files.writeString(own, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "FN:John Q. Public", "ORG:Example Corp",
                "EMAIL:jqpublic@example.com", "URL:http://www.example.com/~jqpublic", "END:VCARD", ""));
        CliRunner.Result r = cli.run("import", "vcard", own.toString());
        assertThat(cli.run("orgs", "list", "--json").out()).doesNotContain("~jqpublic");
        assertThat(r.out()).contains("left out, a web page (a contact keeps none of their own): \"http://www.example.com/~jqpublic\"");
        // Marked work, or written encoded ("%7E"), it is still the person's own page.
        Path encoded = dir.resolve("encoded.vcf");
        Files.writeString(encoded, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Tom Tilde", "ORG:Tilde Corp",
                "URL;TYPE=WORK:http://tilde.example/%7Etom", "END:VCARD", ""));
        cli.run("import", "vcard", encoded.toString());
        assertThat(cli.run("orgs", "list", "--json").out()).doesNotContain("%7Etom");
    }

    @Test
    void thePreferredAddressAndNumberComeFirst() throws Exception {
        Path cards = dir.resolve("apple.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Yuki Sato",
                "EMAIL;type=INTERNET;type=HOME:yuki.home@example.jp", "EMAIL;type=INTERNET;type=WORK;type=pref:yuki@sakura.example",
                "TEL;type=HOME:+81 3 1111 1111", "TEL;type=CELL;type=pref:+81 90 2222 2222", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:Ren Ito", "EMAIL;TYPE=home:ren@home.example", "EMAIL;TYPE=work;PREF=1:ren@work.example",
                "END:VCARD", ""));
        cli.json("import", "vcard", cards.toString());
        JsonNode list = cli.json("contacts", "list").get("contacts");
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        list.forEach(c -> byName.put(c.get("name").asString(), c));
        assertThat(byName.get("Yuki Sato").get("email").asString()).isEqualTo("yuki@sakura.example");
        assertThat(byName.get("Yuki Sato").get("phone").asString()).isEqualTo("+81 90 2222 2222");
        assertThat(byName.get("Ren Ito").get("email").asString()).isEqualTo("ren@work.example");
    }

    @Test
    void aCompanysCardAfterTheCardOfSomeoneWorkingThereFillsItsOrganization() throws Exception {
        Path cards = dir.resolve("v4.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:4.0", "FN:Émilie Durand", "KIND:individual",
                "ORG:Société Générale Example;Direction Achats", "EMAIL;TYPE=work:emilie.durand@sg.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Société Générale Example", "ORG:Société Générale Example",
                "URL:https://www.sg.example", "END:VCARD", ""));
        JsonNode r = cli.json("import", "vcard", cards.toString());
        assertThat(r.get("organizations").get("created").asLong()).isEqualTo(1);
        assertThat(cli.run("orgs", "list", "--json").out()).contains("https://www.sg.example");
    }

    @Test
    void aWorkAddressOnACardIsItsOrganizationsAddressAndAHomeAddressIsNotKept() throws Exception {
        Path cards = dir.resolve("contacts.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ida Berg", "ORG:Nordwind AB",
                "ADR;TYPE=HOME:;;Birkenweg 3;Kiel;;24103;Germany",
                "ADR;TYPE=WORK:;;Am Hafen 2;Kiel;;24103;Germany", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "FN:Bo Chen", "ORG:Southwind", "ADR;TYPE=home:;;Elm St 1;Boston;MA;02110;USA", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Eastwind GmbH", "ADR:;;Ring 9;Bremen;;28195;Germany", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Westwind Inc", "ADR:;;1 Main St;Boston;MA;02110;USA", "END:VCARD", ""));
        cli.json("import", "vcard", cards.toString());
        String orgs = organizationsShown();
        // The postal code before the place as Germany writes it ("Kiel, 24103" read wrongly there), after it in the United States.
        assertThat(orgs).contains("Am Hafen 2, 24103 Kiel, Germany", "Ring 9, 28195 Bremen, Germany", "1 Main St, Boston, MA, 02110, USA")
                .as("a home address is the person's").doesNotContain("Birkenweg", "Elm St");
    }

    @Test
    void theOrganizationsAddressAndWebsiteGoOutOnTheCardAndComeBack() throws Exception {
        Path cards = dir.resolve("contacts.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ida Berg", "ORG:Nordwind AB",
                "EMAIL:ida@nordwind.example", "EMAIL:ida.berg@mail.example", "TEL:+46 8 123 456", "TEL:+46 70 111 2222",
                "ADR;TYPE=WORK:;;Am Hafen 2;Kiel;;24103;Germany", "URL;TYPE=WORK:https://www.nordwind.example", "END:VCARD", ""));
        cli.json("import", "vcard", cards.toString());
        for (String version : List.of("2.1", "3.0", "4.0")) {
            Path out = dir.resolve("out-" + version + ".vcf");
            cli.json("export", "vcard", out.toString(), "--vcard-version", version);
            ezvcard.VCard card = ezvcard.Ezvcard.parse(out).first();
            assertThat(card.getAddresses()).singleElement().satisfies(a -> {
                assertThat(a.getTypes()).containsExactly(ezvcard.parameter.AddressType.WORK);
                assertThat(a.getStreetAddress()).isEqualTo("Am Hafen 2, 24103 Kiel, Germany");
            });
            assertThat(card.getUrls()).singleElement().satisfies(u -> assertThat(u.getValue()).isEqualTo("https://www.nordwind.example"));
            assertThat(preferred(card.getEmails().getFirst())).as(version).isTrue();
            assertThat(preferred(card.getEmails().get(1))).isFalse();
            assertThat(preferred(card.getTelephoneNumbers().getFirst())).isTrue();
            assertThat(preferred(card.getTelephoneNumbers().get(1))).isFalse();

            CliRunner there = new CliRunner(dir.resolve("there-" + version + ".db"), Fixtures.NOW);
            there.json("import", "vcard", out.toString());
            JsonNode org = there.json("orgs", "show", there.json("orgs", "list").get("organizations").get(0).get("id").asString());
            assertThat(org.toString()).as(version).contains("Am Hafen 2, 24103 Kiel, Germany", "https://www.nordwind.example");
        }
    }

    @Test
    void familyNamesKeepTheirParticlesAndAPhonesLineEndsBecomeNewLines() throws Exception {
        Path cards = dir.resolve("android.vcf");
        Files.writeString(cards, String.join("\r\n", "BEGIN:VCARD", "VERSION:2.1", "FN:Anna van der Berg", "EMAIL:anna@x.example",
                "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line", "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "FN:Jos\u00e9 de la Cruz", "EMAIL:jose@x.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "FN:Cher", "EMAIL:cher@x.example", "END:VCARD", ""));
        cli.json("import", "vcard", cards.toString());
        String anna = cli.json("contacts", "list").get("contacts").valueStream().filter(c -> c.get("name").asString().startsWith("Anna"))
                .findFirst().orElseThrow().get("id").asString();
        assertThat(cli.json("contacts", "show", anna).toString()).contains("First line\\nSecond line").doesNotContain("\\r");
        Path out = dir.resolve("out.vcf");
        cli.json("export", "vcard", out.toString());
        java.util.Map<String, String> families = new java.util.HashMap<>();
        for (ezvcard.VCard card : ezvcard.Ezvcard.parse(out).all()) {
            families.put(card.getStructuredName().getGiven(), card.getStructuredName().getFamily());
        }
        assertThat(families).containsEntry("Anna", "van der Berg").containsEntry("Jos\u00e9", "de la Cruz").containsKey("Cher");
    }

    @Test
    void anExportedCardsStructuredNameKeepsHonorificsAndSuffixesApartAndACompanyLikeNameIsNotTakenApart() throws Exception {
        Path in = dir.resolve("iphone.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;John;Richter\\, James;Mr.;Sr.\r\nFN:Mr. John Richter\\, James Doe Sr.\r\n"
                + "EMAIL:john.doe@ibm.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:ABC\\, Inc.\r\nEMAIL:marketing@abc.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bj\u00f6rk & S\u00f8n\r\nEMAIL:ordre@bjork.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna & Per Lind\r\nEMAIL:lind@home.example\r\nEND:VCARD\r\n");
        assertThat(cli.run("import", "vcard", in.toString()).exit()).isZero();
        Path out = dir.resolve("out.vcf");
        cli.json("export", "vcard", out.toString());
        java.util.List<ezvcard.VCard> cards = ezvcard.Ezvcard.parse(out).all();
        ezvcard.VCard john = cards.stream().filter(c -> c.getFormattedName().getValue().contains("John")).findFirst().orElseThrow();
        assertThat(john.getStructuredName().getFamily()).isEqualTo("Doe");
        assertThat(john.getStructuredName().getGiven()).isEqualTo("John Richter James");
        assertThat(john.getStructuredName().getPrefixes()).containsExactly("Mr.");
        assertThat(john.getStructuredName().getSuffixes()).containsExactly("Sr.");
        ezvcard.VCard abc = cards.stream().filter(c -> c.getFormattedName().getValue().startsWith("ABC")).findFirst().orElseThrow();
        assertThat(abc.getStructuredName().getFamily()).as("no family name \"Inc.\"").isNull();
        // At no organization, it is no company's card (which came back as a new organization the contact was moved into).
        assertThat(abc.getExtendedProperty("X-ABShowAs")).isNull();
        assertThat(abc.getOrganization()).isNull();
        // A firm named after a family ("& Søn", "& Sons", "& Partner") is not taken apart either; a couple's card stays a person's.
        ezvcard.VCard bjork = cards.stream().filter(c -> c.getFormattedName().getValue().startsWith("Bj")).findFirst().orElseThrow();
        assertThat(bjork.getStructuredName().getFamily()).as("no family name \"S\u00f8n\"").isNull();
        ezvcard.VCard lind = cards.stream().filter(c -> c.getFormattedName().getValue().startsWith("Anna")).findFirst().orElseThrow();
        assertThat(lind.getExtendedProperty("X-ABShowAs")).isNull();
        assertThat(lind.getStructuredName().getFamily()).isEqualTo("Lind");
    }

    /** An iPhone's card marks an assistant's number with Apple's label: it is left out and said, as a fax is (it was the contact's own). */
    @Test
    void anAssistantsNumberIsLeftOutAndSaid() throws Exception {
        Path in = dir.resolve("iphone-assistant.vcf");
        Files.writeString(in, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Doe\r\nTEL;TYPE=CELL:905-555-1234\r\nitem2.TEL:905-222-1234\r\n"
                + "item2.X-ABLabel:_$!<AssistantPhone>!$_\r\nEND:VCARD\r\n");
        CliRunner.Result r = cli.run("import", "vcard", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("left out, an assistant's number: \"905-222-1234\"");
        assertThat(cli.json("contacts", "list").get("contacts").get(0).get("phone").asString()).isEqualTo("905-555-1234");
        assertThat(cli.json("contacts", "list").toString()).doesNotContain("905-222-1234");
    }

    /**
     * A contact keeps no postal or web address of their own: the ones a card gives the person are said
     * to be left out (a phone's cards lost their home addresses without a word), the organization's are kept.
     */
    @Test
    void aPersonsOwnAddressesAndWebPagesAreLeftOutAndSaidTheOrganizationsKept() throws Exception {
        Path in = dir.resolve("phone.vcf");
        Files.writeString(in, String.join("\r\n", "BEGIN:VCARD", "VERSION:3.0", "FN:Ida Berg", "EMAIL:ida@mail.example",
                "ADR;TYPE=HOME:;;Birkenweg 3;Kiel;;24103;Germany", "URL:https://ida.example/blog", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Bo Chen", "ORG:Southwind", "ADR;TYPE=WORK:;;1 Main St;Boston;MA;02110;USA",
                "ADR;TYPE=HOME:;;Elm St 1;Boston;MA;02110;USA", "URL;TYPE=WORK:https://southwind.example", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "FN:Cy Park", "ADR;TYPE=WORK:;;Ring 9;Bremen;;28195;Germany", "TEL:+49 421 555", "END:VCARD",
                "BEGIN:VCARD", "VERSION:4.0", "KIND:org", "FN:Eastwind GmbH", "ADR:;;Ring 9;Bremen;;28195;Germany",
                "ADR:;;Hafenstr. 1;Hamburg;;20095;Germany", "END:VCARD", ""));
        CliRunner.Result r = cli.run("import", "vcard", in.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("left out, a home address (a contact keeps no address of their own): \"Birkenweg 3, 24103 Kiel, Germany\"",
                "left out, a web page (a contact keeps none of their own): \"https://ida.example/blog\"",
                "left out, a home address (a contact keeps no address of their own): \"Elm St 1, Boston, MA, 02110, USA\"",
                "left out, a work address on a card with no organization (a contact keeps no address of their own): \"Ring 9, 28195 Bremen, Germany\"",
                "left out, an address (a contact keeps no address of their own): \"Hafenstr. 1, 20095 Hamburg, Germany\"")
                .as("the organization's address and site are kept, not said").doesNotContain("\"1 Main St", "\"https://southwind.example\"");
        String orgs = organizationsShown();
        assertThat(orgs).contains("1 Main St, Boston, MA, 02110, USA", "https://southwind.example", "Ring 9, 28195 Bremen, Germany")
                .doesNotContain("Hafenstr");
    }

    /** PREF=1 (4.0) or TYPE=PREF (2.1 and 3.0). */
    private static boolean preferred(ezvcard.property.VCardProperty p) {
        return "1".equals(p.getParameters().getPref() == null ? null : p.getParameters().getPref().toString())
                || p.getParameters().getTypes().stream().anyMatch(t -> t.equalsIgnoreCase("pref"));
    }


    /** Every organization as `orgs show --json` prints it, one after the other. */
    private String organizationsShown() {
        StringBuilder orgs = new StringBuilder();
        for (var o : cli.json("orgs", "list").get("organizations")) {
            orgs.append(cli.run("orgs", "show", o.get("id").asString(), "--json").out());
        }
        return orgs.toString();
    }
}
