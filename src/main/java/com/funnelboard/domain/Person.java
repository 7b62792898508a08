package com.funnelboard.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone who works in the pipeline: a name to show and an email address that identifies them
 * across installations (deal owners are kept by email). A change set's author is written as
 * {@code Name <email>}.
 */
public record Person(String name, String email) {

    /** Longest name kept; with the longest email the author text stays within the change log's 320 characters. */
    public static final int MAX_NAME = 60;
    public static final int MAX_EMAIL = 254;

    private static final Pattern AUTHOR = Pattern.compile("^(.*?)\\s*<([^<>\\s]+@[^<>\\s]+)>$");

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        name = name.strip();
        email = email.strip();
    }

    /**
     * The problems of a name and email as typed, by field ("name", "email"); empty when they can be
     * kept.
     */
    public static Map<String, String> problems(String name, String email) {
        Map<String, String> out = new LinkedHashMap<>();
        Validation.requiredText(name, "Name", MAX_NAME).ifPresent(m -> out.put("name", m));
        if (name != null && (name.contains("<") || name.contains(">") || name.chars().anyMatch(Character::isISOControl))) {
            out.putIfAbsent("name", "A name cannot hold < or > or control characters");
        }
        Validation.requiredText(email, "Email", MAX_EMAIL).or(() -> Validation.email(email)).ifPresent(m -> out.put("email", m));
        return out;
    }

    /** The person as a change set's author: {@code Ida Berg <ida@nordwind.example>}. */
    public String author() {
        return name + " <" + email + ">";
    }

    /**
     * The same address, whatever its case: how owners are compared. An owner that is not an address
     * (a name an import kept because it matched nobody known) is kept as written, stripped.
     */
    public static String normalEmail(String email) {
        if (email == null) {
            return null;
        }
        return email.indexOf('@') >= 0 ? email.strip().toLowerCase(Locale.ROOT) : email.strip();
    }

    /** A person read back from an author text; empty for an author written before people had emails (an OS user name). */
    public static Optional<Person> fromAuthor(String author) {
        if (author == null) {
            return Optional.empty();
        }
        Matcher m = AUTHOR.matcher(author.strip());
        return m.matches() && !m.group(1).isBlank() ? Optional.of(new Person(m.group(1), m.group(2))) : Optional.empty();
    }

    private static final Pattern MAILBOX = Pattern.compile("\\s*[^<>]*<\\s*([^<>\\s]+)\\s*>\\s*");

    /** The address of a mailbox as mail programs write one, with or without a name ("Ola Nordmann <ola@…>", "<ola@…>"); empty for any other text. */
    public static Optional<String> mailboxAddress(String text) {
        Matcher m = text == null ? null : MAILBOX.matcher(text);
        return m != null && m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The name part of an author text ("Ida Berg" of "Ida Berg <ida@…>"), or the text as it is; kept to itself where it holds
     * characters that reorder text ({@link PlainText#isolated}), as a name is put beside other words.
     */
    public static String nameOf(String author) {
        return PlainText.isolated(fromAuthor(author).map(Person::name).orElse(author));
    }

    /** Names as a sentence lists them: "Ann", "Ann and Bob", "Ann, Bob and Cem". */
    public static String listed(java.util.List<String> names) {
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** Up to two capital letters: the first and last word's ("Ida Berg" → "IB", "ida" → "I"). */
    public static String initials(String nameOrEmail) {
        if (nameOrEmail == null || nameOrEmail.isBlank()) {
            return "?";
        }
        String n = nameOrEmail.strip();
        int at = n.indexOf('@');
        if (at > 0) {
            n = n.substring(0, at).replaceAll("[._+-]+", " ").strip(); // ida.berg@… → "ida berg"
        }
        String[] words = n.split("\\s+");
        StringBuilder b = new StringBuilder();
        b.appendCodePoint(Character.toUpperCase(words[0].codePointAt(0)));
        if (words.length > 1) {
            b.appendCodePoint(Character.toUpperCase(words[words.length - 1].codePointAt(0)));
        }
        return b.toString();
    }
}
