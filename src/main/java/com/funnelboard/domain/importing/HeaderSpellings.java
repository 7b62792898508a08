package com.funnelboard.domain.importing;

import static com.funnelboard.domain.importing.ImportField.IGNORE;

import java.util.Locale;

/** Headers as programs write them for other programs: API names, a currency after the name, custom-field suffixes. */
final class HeaderSpellings {

    private HeaderSpellings() {}

    /** A currency named after a column's name: "Amount (USD)", "Umsatz [€]", "Value in EUR". */
    private static final java.util.regex.Pattern NAMED_CURRENCY = java.util.regex.Pattern.compile(
            "^(.*\\S)\\s*(?:[(\\[]\\s*(" + Amounts.CURRENCY + ")\\s*[)\\]]|\\s+(?:in|en|em|w|i)\\s+(" + Amounts.CURRENCY + "))$");

    /** The currency code or sign a header names after the column's name ("Amount (USD)": "USD"), null when none. */
    static String currencyOf(String header) {
        java.util.regex.Matcher m = NAMED_CURRENCY.matcher(header == null ? "" : header.strip());
        if (!m.matches()) {
            return null;
        }
        String c = Amounts.folded(m.group(2) != null ? m.group(2) : m.group(3));
        if (c.length() == 3 && Character.isLetter(c.charAt(0))) {
            // A word of three letters is a currency only when it is a code ("Amount (USD)", not "Value (net)").
            try {
                return java.util.Currency.getInstance(c.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return c;
    }

    /**
     * The field {@code plain} finds for a header, or else for the header as other programs spell
     * their names: without a currency after it, without a custom-field suffix, its API name split
     * into words, or run together.
     */
    static ImportField read(String header, java.util.function.Function<String, ImportField> plain) {
        ImportField f = plain.apply(header);
        if (f != IGNORE || header == null) {
            return f;
        }
        String h = header.strip();
        // "Umsatz (EUR)", "Amount in USD": the column's name without its currency.
        java.util.regex.Matcher currency = NAMED_CURRENCY.matcher(h);
        if (currency.matches()) {
            return read(currency.group(1), plain);
        }
        // An amount in millionths ("Amount Micros", Twenty's "amountAmountMicros"): the amount's column, scaled by the parser.
        if (inMillionths(h)) {
            return read(MICROS.matcher(h).replaceAll(""), plain);
        }
        // A composite field's part ("Amount / Currency Code", "Name / First Name"): the part, else the field.
        java.util.regex.Matcher part = COMPOSITE.matcher(h);
        if (part.matches()) {
            f = read(part.group(2), plain);
            return f != IGNORE ? f : read(part.group(1), plain);
        }
        // Two names of one field joined ("Notes & Kommentare", "Phone or mobile"): that field, when both name it.
        java.util.regex.Matcher joined = JOINED.matcher(h);
        if (joined.matches()) {
            f = read(joined.group(1), plain);
            if (f != IGNORE && f == read(joined.group(2), plain)) {
                return f;
            }
        }
        // A qualifier in brackets after the name ("E-Mail (Büro)", "Telefon (privat)", "Phone [work]"): the name.
        java.util.regex.Matcher qualified = QUALIFIED.matcher(h);
        if (qualified.matches()) {
            return read(qualified.group(1), plain);
        }
        // Custom and system fields of Salesforce and Zoho ("Next_Step__c", "Reason_For_Loss__s").
        if (SUFFIXED.matcher(h).matches()) {
            return read(h.substring(0, h.length() - 3), plain);
        }
        // API names: "StageName", "CloseDate", "CurrencyIsoCode" read as words, "STAGENAME" run together.
        String words = CAMEL.matcher(h).replaceAll(" ");
        if (!words.equals(h)) {
            f = plain.apply(words);
            if (f != IGNORE) {
                return f;
            }
        }
        String n = HeaderMatcher.normalise(h);
        f = n.length() >= 6 && n.indexOf(' ') < 0 ? HeaderSynonyms.squashed(n) : null;
        if (f != null) {
            return f;
        }
        // A composite field's part written after its name without a separator ("Amount Currency Code",
        // "amountCurrencyCode", "Amount Amount"): the part, when the name is one such programs make of parts.
        String[] w = HeaderMatcher.normalise(words).split(" ", 2);
        if (w.length == 2 && COMPOSITES.contains(w[0])) {
            f = plain.apply(w[1]);
        }
        return f != null ? f : IGNORE;
    }

    /** camelCase word boundaries, a "__c"-style suffix, a "micros" unit: compiled once, as a file may have thousands of columns. */
    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final java.util.regex.Pattern SUFFIXED = java.util.regex.Pattern.compile("(?s).+__[a-zA-Z]$");
    private static final java.util.regex.Pattern MICROS = java.util.regex.Pattern.compile("(?i)\\s*[(\\[]\\s*micros\\s*[)\\]]$|_?micros$|\\s+micros$|Micros$");

    /** Two names joined by "&", "+" or a word for "and" or "or" in the languages the headers are read in. */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
            "(?iu)^(.*?\\S)\\s*(?:&|\\+|\\s(?:and|und|et|y|e|en|och|og|or|oder|ou|o)\\s)\\s*(\\S.*)$");

    /** A name and a qualifier in brackets after it: "E-Mail (Büro)", "Phone [work]". */
    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile("^(.*\\S)\\s*[(\\[][^()\\[\\]]+[)\\]]$");

    /** "Amount / Currency Code", "Amount - Amount Micros": a field's name and one of its parts. */
    private static final java.util.regex.Pattern COMPOSITE = java.util.regex.Pattern.compile("^(.*\\S)\\s+/\\s+(\\S.*)$");

    /** Fields that CRMs built of parts (Twenty's amount, name, e-mails, phones, address, links) name before each part. */
    private static final java.util.Set<String> COMPOSITES = java.util.Set.of("amount", "name", "emails", "phones", "address", "links");

    /** Whether a column's amounts are written in millionths of the unit ("Amount Micros", "amount_micros", "Amount (micros)"). */
    static boolean inMillionths(String header) {
        String h = header == null ? "" : header.strip();
        return h.length() > 6 && HeaderMatcher.normalise(CAMEL.matcher(h).replaceAll(" ")).endsWith(" micros");
    }

}
