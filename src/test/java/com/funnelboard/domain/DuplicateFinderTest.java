package com.funnelboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DuplicateFinder.Candidate;
import com.funnelboard.domain.DuplicateFinder.Reason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    final DuplicateFinder finder = new DuplicateFinder("DE");
    final UUID acme = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();

    Candidate c(String name, UUID org, List<String> emails, List<String> phones) {
        return new Candidate(UUID.randomUUID(), name, org, emails, phones);
    }

    @Test
    void sameEmailIgnoringCase() {
        Candidate a = c("Ida Berg", acme, List.of("Ida.Berg@Nordwind.se"), List.of());
        Candidate b = c("I. Berg", globex, List.of("x@y.de", "ida.berg@nordwind.SE "), List.of());
        assertThat(finder.matchesFor(a, List.of(b))).isEqualTo(Map.of(b.id(), Set.of(Reason.SAME_EMAIL)));
    }

    @Test
    void samePhoneInAnyNotation() {
        Candidate a = c("A", null, List.of(), List.of("+49 30 1234567"));
        Candidate national = c("B", null, List.of(), List.of("030 / 123 45 67"));
        Candidate international = c("C", null, List.of(), List.of("0049-30-1234567"));
        Candidate other = c("D", null, List.of(), List.of("+49 30 1234568"));
        assertThat(finder.matchesFor(a, List.of(national, international, other)).keySet())
                .containsExactlyInAnyOrder(national.id(), international.id());
    }

    @Test
    void similarNamesCountOnlyAtTheSameOrganization() {
        Candidate a = c("Jürgen Müller", acme, List.of(), List.of());
        Candidate sameOrg = c("Jurgen Muller", acme, List.of(), List.of());
        Candidate reversed = c("Müller, Jürgen", acme, List.of(), List.of());
        Candidate typo = c("Jürgen Mülller", acme, List.of(), List.of());
        Candidate elsewhere = c("Jürgen Müller", globex, List.of(), List.of());
        Candidate colleague = c("Anna Schmidt", acme, List.of(), List.of());
        // The umlauts and ß written out, as German keyboards without them do ("Juergen Weiss" was not flagged beside Jürgen Weiß).
        Candidate spelled = c("Juergen Mueller", acme, List.of(), List.of());
        assertThat(finder.matchesFor(a, List.of(sameOrg, reversed, typo, elsewhere, colleague, spelled)).keySet())
                .containsExactlyInAnyOrder(sameOrg.id(), reversed.id(), typo.id(), spelled.id());
        assertThat(DuplicateFinder.similarNames("Jürgen Weiß", "Juergen Weiss")).isTrue();
        assertThat(DuplicateFinder.similarNames("Jürgen Weiß", "Jürgen Weber")).isFalse();
        // Forms of address and degrees are no part of the name; a name made only of them is still compared.
        assertThat(DuplicateFinder.similarNames("Dr. Ann Lee", "Ann Lee")).isTrue();
        assertThat(DuplicateFinder.similarNames("Ann Lee, PhD", "Mrs Ann Lee")).isTrue();
        assertThat(DuplicateFinder.similarNames("Herr Dr.-Ing. Jürgen Weiß", "Juergen Weiss")).isTrue();
        assertThat(DuplicateFinder.similarNames("Dr. Ann Lee", "Dr. Bo Berg")).isFalse();
        assertThat(DuplicateFinder.similarNames("Don Black", "Black")).isFalse();
        assertThat(DuplicateFinder.similarNames("Dr.", "Dr")).isTrue();
    }

    /** A form's example phone number is of the user's country (New lead showed a London number in Hamburg). */
    @Test
    void theExamplePhoneNumberIsOfTheUsersCountry() {
        assertThat(DuplicateFinder.examplePhone(java.util.Locale.GERMANY)).startsWith("+49 ");
        assertThat(DuplicateFinder.examplePhone(java.util.Locale.US)).startsWith("+1 ");
        assertThat(DuplicateFinder.examplePhone(java.util.Locale.ENGLISH)).as("no country").isEqualTo("+44 20 7946 0000");
    }

    @Test
    void pairsAreReportedOnceWithEveryReason() {
        Candidate a = c("Ida Berg", acme, List.of("ida@nordwind.se"), List.of("+46 8 123 456 78"));
        Candidate b = c("Ida Berg", acme, List.of("IDA@nordwind.se"), List.of("08-123 456 78"));
        Candidate d = c("Someone Else", acme, List.of("else@nordwind.se"), List.of());
        List<DuplicateFinder.Match> pairs = new DuplicateFinder("SE").pairs(List.of(a, b, d));
        assertThat(pairs).hasSize(1);
        assertThat(pairs.getFirst().reasons()).containsExactlyInAnyOrder(Reason.SAME_EMAIL, Reason.SAME_PHONE, Reason.SIMILAR_NAME);
    }

    @Test
    void validationOfProfiles() {
        ContactProfile p = new ContactProfile(UUID.randomUUID(), null, " ", null, List.of("ok@example.com", "broken@"),
                List.of("call me"), null, null, null, null, null, "carrier pigeon", List.of("vip", "a,b"), null, null);
        assertThat(p.problems()).containsOnlyKeys(ContactProfile.NAME, ContactProfile.EMAILS, ContactProfile.PHONES, ContactProfile.SOURCE,
                ContactProfile.TAGS);
        assertThat(p.problems().get(ContactProfile.EMAILS)).isEqualTo("Not an email address: broken@");
        assertThat(ContactProfile.named(UUID.randomUUID(), "Ida").problems()).isEmpty();

        assertThat(Validation.url("nordwind.se")).isEmpty();
        assertThat(Validation.url("https://www.nordwind.se/about?x=1")).isEmpty();
        assertThat(Validation.url("not a site")).contains("Not a web address");
        assertThat(Validation.url("http://localhost")).contains("Not a web address");
        OrganizationProfile org = new OrganizationProfile(UUID.randomUUID(), "", "ftp:/x", null, null, null);
        assertThat(org.problems()).containsOnlyKeys(OrganizationProfile.NAME, OrganizationProfile.WEBSITE);
    }

    @Test
    void profilesDropBlankAndRepeatedAddresses() {
        ContactProfile p = new ContactProfile(UUID.randomUUID(), null, "Ida", null, List.of(" a@b.se", "", "A@B.se", "c@d.se"),
                null, null, null, null, null, null, null, List.of("vip", "VIP "), null, null);
        assertThat(p.emails()).containsExactly("a@b.se", "c@d.se");
        assertThat(p.primaryEmail()).isEqualTo("a@b.se");
        assertThat(p.phones()).isEmpty();
        assertThat(p.tags()).containsExactly("vip");
    }
}
