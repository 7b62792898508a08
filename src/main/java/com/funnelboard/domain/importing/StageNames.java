package com.funnelboard.domain.importing;

import com.funnelboard.domain.Stage;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stage names of other programs as ours: "Prospecting" is a Lead, "Engaging" a Prospect,
 * "Proposal Made" an Opportunity, "Closed Won" Won; the common names in German, French, Spanish,
 * Dutch, Portuguese and Italian likewise ("Neu", "Nouveau", "Nuevo" a Lead, "Qualifiziert" an
 * Opportunity as "Qualified" is, "Gewonnen", "Gagné", "Ganado" Won, "Verloren", "Perdu" Lost). The user's own mapping (FROM=STAGE) comes first;
 * a name neither knows is a problem of its row, never guessed.
 */
public final class StageNames {

    private static final Map<String, Stage> KNOWN = new HashMap<>();

    private static void add(Stage s, String... names) {
        for (String n : names) {
            Stage before = KNOWN.put(key(n), s);
            if (before != null && before != s) {
                throw new IllegalStateException("\"" + n + "\" names both " + before + " and " + s);
            }
        }
    }

    static {
        add(Stage.LEAD, "lead", "new", "new lead", "prospecting", "open", "lead in", "incoming", "cold", "interessent",
                "nouveau", "nuevo");
        add(Stage.PROSPECT, "prospect", "engaging", "contacted", "contact made", "qualifying", "discovery", "in contact", "warm",
                "kontaktiert", "contacté", "contactado");
        add(Stage.OPPORTUNITY, "opportunity", "qualified", "sales qualified", "demo", "demo scheduled", "proposal", "proposal made",
                "proposal sent", "negotiation", "negotiations started", "contract sent", "decision makers bought in", "angebot",
                "verhandlung", "proposition", "négociation", "propuesta", "negociación");
        add(Stage.WON, "won", "closed won", "closed-won", "win", "gewonnen", "gagné", "ganado");
        add(Stage.LOST, "lost", "closed lost", "closed-lost", "loss", "dead", "verloren", "perdu", "perdido");
        // Bitrix24's deal stage codes (STAGE_ID; "C1:" before them in a second pipeline is read past as a prefix is).
        add(Stage.PROSPECT, "preparation");
        add(Stage.OPPORTUNITY, "prepayment invoice", "executing", "final invoice");
        add(Stage.LOST, "lose", "apology");
        // Salesforce's and Zoho's standard opportunity stages.
        add(Stage.PROSPECT, "needs analysis", "value proposition", "id decision makers", "identify decision makers", "perception analysis");
        add(Stage.OPPORTUNITY, "proposal/price quote", "proposal price quote", "negotiation/review", "negotiation review");
        add(Stage.LOST, "closed-lost to competition", "closed lost to competition");
        // A demo held comes after one scheduled (Close's "Demo Completed"); a board's list named by what it holds ("Leads").
        add(Stage.OPPORTUNITY, "demo completed", "demo done", "demo held", "demo given");
        add(Stage.LEAD, "leads", "new leads");
        // Zoho's standard stages in French.
        add(Stage.PROSPECT, "analyse des besoins", "proposition de valeur", "identifier les décideurs", "analyse de perception");
        add(Stage.OPPORTUNITY, "proposition/devis", "négociation/révision");
        add(Stage.WON, "fermé gagné");
        add(Stage.LOST, "fermé perdu", "fermé perdu face à la concurrence");
        // HubSpot's default deal stages, and Salesforce's lead statuses.
        add(Stage.PROSPECT, "appointment scheduled", "qualified to buy", "working - contacted", "working contacted");
        add(Stage.OPPORTUNITY, "presentation scheduled", "decision maker bought-in", "decision maker bought in",
                "closed - converted", "closed converted");
        add(Stage.LEAD, "open - not contacted", "open not contacted");
        // HubSpot's internal stage values (its API and some exports write these), Close's lead statuses, and other endings.
        add(Stage.PROSPECT, "appointmentscheduled", "qualifiedtobuy");
        add(Stage.OPPORTUNITY, "presentationscheduled", "decisionmakerboughtin", "contractsent", "in verhandlung", "in negotiation");
        add(Stage.WON, "closedwon");
        add(Stage.LOST, "closedlost", "abandoned", "disqualified", "bad fit", "canceled", "cancelled", "out-sold", "outsold",
                "storniert", "abgesagt", "abandonné", "annulé", "cancelado");
        add(Stage.LEAD, "potential");
        add(Stage.LOST, "closed - not converted", "closed not converted");
        // Zendesk Sell's pipeline (its "Unqualified" is where lost deals go), Dynamics 365's phases, a sheet's temperatures and words.
        add(Stage.LOST, "unqualified", "not qualified", "no fit", "nicht qualifiziert", "non qualifié");
        add(Stage.OPPORTUNITY, "quote", "closure", "presentation", "develop", "propose", "hot", "negotiating", "quote sent",
                "contract", "contract review", "heiß", "chaud");
        add(Stage.PROSPECT, "qualify", "follow up", "follow-up", "interested", "meeting", "meeting scheduled", "nachfassen", "relance");
        add(Stage.WON, "contract signed", "signed", "closed - won", "deal won", "vertrag unterschrieben", "auftrag erhalten", "signé");
        add(Stage.LOST, "closed - lost", "deal lost", "no decision", "kein interesse", "pas intéressé");
        // Forecast categories (Salesforce's Commit and Best Case), a closing phase, and Italian and Spanish sheets' words.
        add(Stage.OPPORTUNITY, "commit", "verbal commit", "best case", "close", "closing", "in trattativa", "offerta inviata",
                "en negociación", "propuesta enviada a cliente");
        add(Stage.LEAD, "nueva", "nuova");
        add(Stage.LOST, "qualified out", "not interested", "no interest", "non interessato", "no interesado");
        add(Stage.WON, "paid", "invoiced", "bezahlt", "payé", "pagado");
        // Vtiger's sales stages, Pipeline CRM's, EspoCRM's and SuiteCRM's lead statuses, and French, German and Dutch phases.
        add(Stage.OPPORTUNITY, "proposal or price quote", "negotiation or review", "verbal commitment", "proposition envoyée",
                "devis envoyé", "offre envoyée", "angebot versendet", "angebot verschickt", "offerte verstuurd", "voorstel verstuurd");
        add(Stage.PROSPECT, "in process", "en cours de qualification", "in bearbeitung");
        add(Stage.LEAD, "assigned", "recycled");
        // A converted lead went on to be an opportunity (as Salesforce's "Closed - Converted").
        add(Stage.OPPORTUNITY, "converted");
        // German, French, Spanish, Dutch, Portuguese and Italian stage names, whatever the machine's locale.
        add(Stage.LEAD, "neu", "neuer lead", "offen", "kalt", "nouveau lead", "nouvelle", "ouvert", "froid", "nuevo lead", "abierto",
                "frío", "nieuw", "nieuwe lead", "koud", "novo", "novo lead", "aberto", "frio", "nuovo", "nuovo lead", "aperto", "freddo");
        add(Stage.PROSPECT, "in kontakt", "erstkontakt", "qualifizierung", "premier contact", "en contact", "qualification",
                "primer contacto", "cualificación", "calificación", "gecontacteerd", "eerste contact", "kwalificatie", "contatado",
                "contactado", "primeiro contato", "qualificação", "contattato", "primo contatto", "qualificazione");
        add(Stage.OPPORTUNITY, "qualifiziert", "angebot gesendet", "angebot versendet", "qualifié", "proposition envoyée", "devis",
                "devis envoyé", "cualificado", "calificado", "propuesta enviada", "gekwalificeerd", "offerte", "offerte verstuurd",
                "voorstel", "onderhandeling", "qualificado", "proposta", "proposta enviada", "negociação", "qualificato",
                "proposta inviata", "negoziazione", "trattativa");
        add(Stage.WON, "abgeschlossen gewonnen", "gagnée", "ganada", "cerrado ganado", "ganho", "fechado ganho", "vinto", "vinta",
                "chiuso vinto");
        add(Stage.LOST, "abgeschlossen verloren", "perdue", "perdida", "cerrado perdido", "fechado perdido", "perso", "persa",
                "chiuso perso");
        // Swedish, Norwegian, Danish, Finnish, Polish and Czech stage names.
        add(Stage.LEAD, "ny", "ny lead", "uusi", "uusi liidi", "nowy", "nowa", "nowy lead", "nový", "nová", "otwarta");
        add(Stage.PROSPECT, "kontaktad", "kontaktet", "första kontakt", "første kontakt", "kontaktoitu", "skontaktowano",
                "kontakt nawiązany", "pierwszy kontakt", "kwalifikacja", "kontaktován", "kontaktováno", "první kontakt");
        add(Stage.OPPORTUNITY, "kvalificerad", "kvalifisert", "kvalificeret", "offert", "offert skickad", "förhandling", "tilbud",
                "tilbud sendt", "forhandling", "forhandlinger", "tarjous", "tarjous lähetetty", "neuvottelu", "zakwalifikowany",
                "oferta", "oferta wysłana", "negocjacje", "nabídka", "nabídka odeslána", "vyjednávání", "kvalifikováno");
        add(Stage.WON, "vunnen", "vunnet", "vundet", "voitettu", "wygrana", "wygrany", "zamknięta wygrana", "vyhráno", "vyhraný",
                "vyhraná");
        add(Stage.LOST, "förlorad", "förlorat", "tapt", "tabt", "hävitty", "menetetty", "przegrana", "przegrany", "utracona",
                "zamknięta przegrana", "prohráno", "prohraný", "prohraná", "ztraceno");
        // Keap's, ActiveCampaign's, Salesmate's, Kommo's and NetSuite's pipelines, Bitrix24's and amoCRM's in Russian, Chinese and Japanese.
        add(Stage.LEAD, "new opportunity", "to contact", "new untouched", "new (untouched)", "incoming leads", "incoming lead", "inbox",
                "unassigned", "новая", "новый", "новая сделка", "неразобранное", "первичный контакт", "新建", "新商机", "初步接洽", "新規");
        add(Stage.PROSPECT, "in contact", "initial contact", "first contact", "first meeting", "in progress", "подготовка документов",
                "в работе", "переговоры начаты", "квалификация", "需求确认", "跟进中", "アプローチ", "ヒアリング", "初回訪問");
        add(Stage.OPPORTUNITY, "decision making", "issued estimate", "estimate sent", "proposal sent", "quote issued", "negotiating terms",
                "счёт на предоплату", "счет на предоплату", "коммерческое предложение", "переговоры", "принимают решение", "方案报价", "商务谈判",
                "谈判", "报价", "提案", "見積提出", "交渉", "商談中");
        add(Stage.WON, "сделка успешна", "успешно реализовано", "успешно", "выиграна", "赢单", "成交", "已成交", "受注", "成約");
        // Pipedrive's default stages in German and Spanish, read as the English ones are outside a Pipedrive export.
        add(Stage.PROSPECT, "kontakt hergestellt", "contacto establecido");
        add(Stage.OPPORTUNITY, "demo geplant", "angebot erstellt", "verhandlungen begonnen", "demostración programada",
                "propuesta realizada", "negociaciones iniciadas");
        add(Stage.LOST, "сделка провалена", "провалена", "закрыто и не реализовано", "проиграна", "输单", "丢单", "失单", "失注");
        // Korean stage names.
        add(Stage.LEAD, "신규", "잠재고객", "리드");
        add(Stage.PROSPECT, "접촉", "첫 미팅", "미팅", "니즈 파악");
        add(Stage.OPPORTUNITY, "제안", "견적", "견적 제출", "협상", "계약 협상");
        add(Stage.WON, "수주", "계약 완료", "성사", "계약");
        add(Stage.LOST, "실주", "실패", "무산");
        // Turkish stage names.
        add(Stage.LEAD, "yeni", "yeni fırsat", "potansiyel", "aday");
        add(Stage.PROSPECT, "iletişime geçildi", "ilk görüşme", "görüşme", "görüşüldü", "ihtiyaç analizi");
        add(Stage.OPPORTUNITY, "nitelikli", "teklif", "teklif verildi", "teklif gönderildi", "müzakere", "pazarlık");
        add(Stage.WON, "kazanıldı", "kazanılan", "satış yapıldı", "kapandı kazanıldı");
        add(Stage.LOST, "kaybedildi", "kaybedilen", "kapandı kaybedildi", "iptal");
    }

    private final Map<String, Stage> own;

    /** @param own the user's mapping, foreign name to stage (case and accents ignored) */
    public StageNames(Map<String, Stage> own) {
        this.own = new LinkedHashMap<>();
        own.forEach((k, v) -> this.own.put(key(k), v));
    }

    /**
     * Pipedrive's default pipeline, first stage first: "Qualified" is where its deals start (elsewhere
     * a qualified lead is an opportunity), and a demo comes before the proposal.
     */
    private static final Map<String, Stage> PIPEDRIVE = new HashMap<>();

    private static void pipedrive(Stage s, String... names) {
        for (String n : names) {
            PIPEDRIVE.put(key(n), s);
        }
    }

    static {
        // Its default pipeline in English, German and Spanish.
        pipedrive(Stage.LEAD, "qualified", "qualifiziert", "calificado");
        pipedrive(Stage.PROSPECT, "contact made", "kontakt hergestellt", "contacto establecido", "demo scheduled", "demo geplant",
                "demostración programada");
        pipedrive(Stage.OPPORTUNITY, "proposal made", "angebot erstellt", "propuesta realizada", "negotiations started",
                "verhandlungen begonnen", "negociaciones iniciadas");
    }

    /** The stage names of a file of {@code layout}: the user's mapping over what that program's stages mean, over the common names. */
    public static StageNames of(HeaderMatcher.Layout layout, Map<String, Stage> own) {
        Map<String, Stage> all = new LinkedHashMap<>(layout == HeaderMatcher.Layout.PIPEDRIVE ? PIPEDRIVE : Map.of());
        own.forEach((k, v) -> all.put(key(k), v));
        return new StageNames(all);
    }

    /** Our stage for a foreign name; empty when neither the user's mapping nor the common names know it. */
    public Optional<Stage> stage(String foreign) {
        String k = key(foreign == null ? "" : foreign);
        Stage s = own.get(k);
        if (s == null) {
            s = KNOWN.get(k);
        }
        if (s == null) {
            s = Stage.parse(foreign).orElse(null);
        }
        if (s == null && !k.isEmpty()) {
            s = numberedOrQualified(k);
        }
        return Optional.ofNullable(s);
    }

    /**
     * A name the lists do not hold as written: a numbered phase ("3 - Propose", "1-Qualify", "03.
     * Angebot") read without its number, or a won or lost stage with words after it ("Lost - price",
     * "Lost to competitor", "Closed Won - Paid", "Won - pending PO"); null otherwise. Only won and
     * lost are read from a name's first words: "Proposal for Acme" says less about where a deal is.
     */
    private Stage numberedOrQualified(String k) {
        String unnumbered = k.replaceFirst("^(?:stage |phase |step |fase |etapa |stufe )?\\d{1,2} ", ""); // "Stage 2: Develop"
        if (!unnumbered.equals(k) && !unnumbered.isEmpty()) {
            Stage s = own.getOrDefault(unnumbered, KNOWN.get(unnumbered));
            if (s != null) {
                return s;
            }
        }
        String[] words = unnumbered.split(" ");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            Stage s = KNOWN.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (s == Stage.WON || s == Stage.LOST) {
                return s;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern LOST_AND_WHY = java.util.regex.Pattern.compile(
            "(?iu)^\\s*(?:(?:closed|ferm[ée])\\s*[-–]?\\s*)?(?:lost|loss|verloren|perdu|perdido)\\b[\\s\\-–—:,(]*(.*?)[)\\s]*$");

    /** What a lost stage says after its "lost" ("Lost - price": "price"; "Lost to competitor": "to competitor"), null when nothing. */
    public static String whyLost(String foreign) {
        java.util.regex.Matcher m = LOST_AND_WHY.matcher(foreign == null ? "" : foreign);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }

    static String key(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
