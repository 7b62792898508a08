package com.funnelboard.store;

import com.funnelboard.domain.scoring.IdealCustomerProfile;
import com.funnelboard.domain.scoring.ScoringRules;
import com.funnelboard.domain.scoring.Signal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scoring rules and the ideal customer profile as JSON, the way they are kept in the shared
 * settings ("scoring.rules", "scoring.profile") and given on the command line. Reading is strict:
 * anything unknown or of the wrong type is refused with a sentence.
 */
public final class ScoringSettings {

    public static final String RULES = "scoring.rules";
    public static final String PROFILE = "scoring.profile";

    private ScoringSettings() {}

    /** The rules in force: the stored ones, or the defaults when none (or a damaged value) are stored. */
    static ScoringRules rules(SettingsRepository settings) {
        return settings.get(RULES).map(v -> {
            try {
                return readRules(v);
            } catch (IllegalArgumentException e) {
                org.slf4j.LoggerFactory.getLogger(ScoringSettings.class).warn("The stored scoring rules are not readable ({}); the defaults apply", e.getMessage());
                return ScoringRules.DEFAULTS;
            }
        }).orElse(ScoringRules.DEFAULTS);
    }

    static IdealCustomerProfile profile(SettingsRepository settings) {
        return settings.get(PROFILE).map(v -> {
            try {
                return readProfile(v);
            } catch (IllegalArgumentException e) {
                org.slf4j.LoggerFactory.getLogger(ScoringSettings.class).warn("The stored customer profile is not readable ({}); the default applies", e.getMessage());
                return IdealCustomerProfile.DEFAULTS;
            }
        }).orElse(IdealCustomerProfile.DEFAULTS);
    }

    public static String write(ScoringRules rules) {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode points = root.putObject("points");
        for (Signal s : Signal.values()) {
            points.put(s.key(), rules.pointsOf(s));
        }
        ObjectNode repeated = root.putObject("repeatedEngagement");
        repeated.put("interactions", rules.repeatCount());
        repeated.put("withinDays", rules.repeatDays());
        root.put("decayEveryDays", rules.decayDays());
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    public static String write(IdealCustomerProfile p) {
        ObjectNode root = Json.mapper().createObjectNode();
        var industries = root.putArray("industries");
        p.industries().forEach(industries::add);
        ObjectNode size = root.putObject("companySize");
        size.put("min", p.minEmployees());
        size.put("max", p.maxEmployees());
        var words = root.putArray("decisionMakers");
        p.decisionMakers().forEach(words::add);
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * Reads rules; signals left out keep their default points, other fields left out their defaults.
     *
     * @throws IllegalArgumentException with a sentence naming what is wrong
     */
    public static ScoringRules readRules(String json) {
        JsonNode root = object(json, "The scoring rules");
        only(root, Set.of("points", "repeatedEngagement", "decayEveryDays"), "the scoring rules");
        Map<Signal, Integer> points = new EnumMap<>(Signal.class);
        JsonNode p = root.get("points");
        if (p != null) {
            if (!p.isObject()) {
                throw new IllegalArgumentException("\"points\" must be an object of signal names and points.");
            }
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                Signal s = Signal.parse(e.getKey()).orElseThrow(() -> new IllegalArgumentException("\"" + e.getKey()
                        + "\" is not a scoring signal; the signals are " + String.join(", ", java.util.Arrays.stream(Signal.values()).map(Signal::key).toList()) + "."));
                points.put(s, integer(e.getValue(), "The points for " + s.key()));
            }
        }
        int count = ScoringRules.DEFAULTS.repeatCount();
        int within = ScoringRules.DEFAULTS.repeatDays();
        JsonNode r = root.get("repeatedEngagement");
        if (r != null) {
            if (!r.isObject()) {
                throw new IllegalArgumentException("\"repeatedEngagement\" must be an object with \"interactions\" and \"withinDays\".");
            }
            only(r, Set.of("interactions", "withinDays"), "repeatedEngagement");
            if (r.has("interactions")) {
                count = integer(r.get("interactions"), "repeatedEngagement.interactions");
            }
            if (r.has("withinDays")) {
                within = integer(r.get("withinDays"), "repeatedEngagement.withinDays");
            }
        }
        int decay = root.has("decayEveryDays") ? integer(root.get("decayEveryDays"), "decayEveryDays") : ScoringRules.DEFAULTS.decayDays();
        ScoringRules rules = new ScoringRules(points, count, within, decay);
        if (!rules.problems().isEmpty()) {
            throw new IllegalArgumentException(rules.problems().getFirst());
        }
        return rules;
    }

    /** @throws IllegalArgumentException with a sentence naming what is wrong */
    public static IdealCustomerProfile readProfile(String json) {
        JsonNode root = object(json, "The customer profile");
        only(root, Set.of("industries", "companySize", "decisionMakers"), "the customer profile");
        IdealCustomerProfile d = IdealCustomerProfile.DEFAULTS;
        List<String> industries = root.has("industries") ? strings(root.get("industries"), "industries") : d.industries();
        List<String> words = root.has("decisionMakers") ? strings(root.get("decisionMakers"), "decisionMakers") : d.decisionMakers();
        int min = d.minEmployees();
        int max = d.maxEmployees();
        JsonNode size = root.get("companySize");
        if (size != null) {
            if (!size.isObject()) {
                throw new IllegalArgumentException("\"companySize\" must be an object with \"min\" and \"max\" employees.");
            }
            only(size, Set.of("min", "max"), "companySize");
            if (size.has("min")) {
                min = integer(size.get("min"), "companySize.min");
            }
            if (size.has("max")) {
                max = integer(size.get("max"), "companySize.max");
            }
        }
        IdealCustomerProfile p = new IdealCustomerProfile(industries, min, max, words);
        if (!p.problems().isEmpty()) {
            throw new IllegalArgumentException(p.problems().getFirst());
        }
        return p;
    }

    private static JsonNode object(String json, String what) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " are not readable JSON: " + unreadable(e) + ".");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object.");
        }
        return root;
    }

    /** Where and why a JSON text does not parse, in words rather than the parser's own. */
    static String unreadable(JacksonException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String why;
        if (original.startsWith("Unexpected end-of-input")) {
            why = "the text ends before every { and [ is closed";
        } else {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code").matcher(original);
            why = m.find() ? "unexpected " + (m.group(1).isBlank() ? "character" : "\u201c" + m.group(1) + "\u201d")
                    : original.startsWith("Unrecognized token") ? "a word that is not a quoted text, a number, true, false or null"
                    : "not JSON here";
        }
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? why : why + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static void only(JsonNode node, Set<String> known, String where) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a field of " + where + "; the fields are "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
        }
    }

    private static int integer(JsonNode n, String what) {
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException(what + " must be a whole number.");
        }
        return n.intValue();
    }

    private static List<String> strings(JsonNode n, String what) {
        if (!n.isArray()) {
            throw new IllegalArgumentException("\"" + what + "\" must be a list of texts.");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isString()) {
                throw new IllegalArgumentException("\"" + what + "\" must be a list of texts.");
            }
            out.add(v.asString());
        }
        return out;
    }
}
