package com.funnelboard.domain.importing;

import com.funnelboard.domain.LeadSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a contact came from, as other CRMs name it ("Partner Referral", "Trade Show", "Web",
 * "Google AdWords", "Empfehlung"): the lead source it means, by the words of the name. A name
 * none of them fits is {@link LeadSource#OTHER}.
 */
public final class LeadSources {

    private LeadSources() {}

    /** Words that decide, the most telling first: "Paid social" is paid, "Partner webinar" a referral. */
    private static final List<Map.Entry<LeadSource, Set<String>>> WORDS = List.of(
            Map.entry(LeadSource.REFERRAL, Set.of("referral", "referrals", "referred", "partner", "partners", "reseller", "recommendation",
                    "empfehlung", "weiterempfehlung", "recommandation", "parrainage", "referencia", "recomendación", "mouth")),
            Map.entry(LeadSource.PAID_AD, Set.of("paid", "ad", "ads", "adwords", "advert", "advertisement", "advertising", "ppc", "cpc", "sem",
                    "sponsored", "anzeige", "werbung", "publicité")),
            Map.entry(LeadSource.WEBINAR, Set.of("webinar", "webinars", "webcast", "webinaire")),
            Map.entry(LeadSource.EVENT, Set.of("event", "events", "trade", "tradeshow", "show", "conference", "seminar", "expo", "fair",
                    "exhibition", "meetup", "messe", "veranstaltung", "konferenz", "salon", "evento", "feria")),
            Map.entry(LeadSource.CHAT, Set.of("chat", "chatbot", "livechat")),
            Map.entry(LeadSource.FORM, Set.of("form", "forms", "webform", "landing", "signup", "formular", "formulaire", "formulario")),
            Map.entry(LeadSource.CONTENT, Set.of("content", "blog", "ebook", "whitepaper", "download", "newsletter", "article")),
            Map.entry(LeadSource.COLD_CALL, Set.of("call", "calling", "phone", "telephone", "telemarketing", "kaltakquise", "anruf", "telefon")),
            Map.entry(LeadSource.COLD_EMAIL, Set.of("email", "e-mail", "mail", "mailing", "outbound", "campaign")),
            Map.entry(LeadSource.SOCIAL, Set.of("social", "linkedin", "facebook", "twitter", "instagram", "xing", "tiktok", "youtube")),
            Map.entry(LeadSource.WEBSITE, Set.of("web", "website", "site", "online", "internet", "seo", "organic", "search", "google", "inbound",
                    "direct", "webseite", "homepage", "sitio")));

    /** The lead source {@code text} names: a key of ours ("cold_call", "Cold call"), else by its words, else other. */
    public static LeadSource of(String text) {
        var exact = LeadSource.parse(text);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"));
        for (Map.Entry<LeadSource, Set<String>> e : WORDS) {
            if (words.stream().anyMatch(e.getValue()::contains)) {
                return e.getKey();
            }
        }
        return LeadSource.OTHER;
    }
}
