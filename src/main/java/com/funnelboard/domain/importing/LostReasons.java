package com.funnelboard.domain.importing;

import com.funnelboard.domain.LostReason;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a deal was lost, as other CRMs' exports write it ("Price too high", "Went with a competitor",
 * "Ghosted", "Closed Lost - Timing", "Kein Budget"): the reason of ours it means, by its words, and
 * the words themselves kept as the deal's lost note unless they are exactly one of our reasons. A
 * text none of them fits is {@link LostReason#OTHER}, with the text as its note (the loss report
 * lists those notes).
 */
public final class LostReasons {

    private LostReasons() {}

    /** A reason read from a file: ours, and the file's words when they say more than our reason's name. */
    public record Read(LostReason reason, String note) {}

    /** Words (or phrases, space-separated) that decide, the most telling first: "lost to a competitor on price" is the competitor. */
    private static final List<Map.Entry<LostReason, Set<String>>> WORDS = List.of(
            Map.entry(LostReason.COMPETITOR, Set.of("competitor", "competitors", "competition", "competing", "rival", "went with", "chose", "out sold", "outsold",
                    "lost to", "wettbewerber", "wettbewerb", "konkurrenz", "konkurrent", "mitbewerber", "concurrent", "concurrence",
                    "competencia", "competidor", "concorrente", "concorrência", "concorrenza", "concurrentie")),
            Map.entry(LostReason.NO_BUDGET, Set.of("budget", "budgets", "price", "prices", "pricing", "priced", "pricey", "overpriced", "cheaper", "discount", "expensive", "cost", "costs",
                    "costly", "money", "funding", "funds", "afford", "preis", "preise", "teuer", "kosten", "prix", "cher", "coût", "precio",
                    "caro", "presupuesto", "preço", "orçamento", "prezzo", "costoso", "prijs", "duur")),
            Map.entry(LostReason.UNRESPONSIVE, Set.of("unresponsive", "no response", "no reply", "no answer", "ghosted", "ghosting", "went dark",
                    "no contact", "lost contact", "unreachable", "not reachable", "stopped responding", "not responding", "silent",
                    "keine antwort", "nicht erreichbar", "keine rückmeldung", "pas de réponse", "injoignable", "sin respuesta",
                    "sem resposta", "nessuna risposta", "geen reactie")),
            Map.entry(LostReason.BAD_TIMING, Set.of("timing", "timeline", "later", "next year", "next quarter", "postponed", "delayed",
                    "on hold", "not now", "freeze", "zeitpunkt", "später", "verschoben", "moment", "calendrier", "momento", "tempo",
                    "aplazado", "adiado", "rinviato")),
            Map.entry(LostReason.NOT_A_FIT, Set.of("fit", "not interested", "no interest", "no need", "requirements", "requirement",
                    "feature", "features", "functionality", "product", "disqualified", "unqualified", "not qualified", "wrong",
                    "kein interesse", "kein bedarf", "passt nicht", "pas intéressé", "pas de besoin", "sin interés", "no interesado",
                    "sem interesse", "nessun interesse", "geen interesse")),
            Map.entry(LostReason.NO_DECISION, Set.of("decision", "no decision", "undecided", "status quo", "do nothing", "internal",
                    "stalled", "cancelled", "canceled", "entscheidung", "décision", "decisión", "decisão", "decisione", "beslissing")));

    /** Words that say nothing of why: "to Competition" (a stage "Closed-Lost to Competition") is the competitor and no more. */
    private static final Set<String> FILLER = Set.of("to", "a", "an", "the", "lost", "closed", "deal", "due", "because", "of");

    /** The words of our reasons' own names, and their plain variants: a text of these alone only repeats the name. */
    private static final Map<LostReason, Set<String>> LABEL_WORDS = Map.of(
            LostReason.COMPETITOR, Set.of("chose", "competitor", "competitors", "competition"),
            LostReason.NO_BUDGET, Set.of("no", "budget"),
            LostReason.UNRESPONSIVE, Set.of("unresponsive"),
            LostReason.BAD_TIMING, Set.of("bad", "timing"),
            LostReason.NOT_A_FIT, Set.of("not", "fit"),
            LostReason.NO_DECISION, Set.of("no", "decision"));

    /** Whether the words say more than the name of the reason they were read as (its note would only repeat it). */
    private static boolean saysMore(String words, Set<String> reasonWords) {
        for (String w : words.strip().split(" ")) {
            if (!FILLER.contains(w) && !reasonWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reason {@code text} names: one of ours by its key or name ("no-budget", "No budget"), else
     * by its words, else other; null for a blank text.
     */
    public static Read of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (LostReason r : LostReason.values()) {
            if (r.label().equalsIgnoreCase(t)) {
                return new Read(r, null);
            }
        }
        var exact = LostReason.parse(t);
        if (exact.isPresent()) {
            return new Read(exact.get(), null);
        }
        String words = " " + Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                + " ";
        for (Map.Entry<LostReason, Set<String>> e : WORDS) {
            for (String w : e.getValue()) {
                if (words.contains(" " + w + " ")) {
                    return new Read(e.getKey(), saysMore(words, LABEL_WORDS.getOrDefault(e.getKey(), Set.of())) ? t : null);
                }
            }
        }
        return new Read(LostReason.OTHER, t);
    }
}
