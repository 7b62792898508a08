package com.funnelboard.service;

import java.util.Map;
import java.util.stream.Collectors;

/** Input a user must correct, with the problem per field. */
public final class InvalidInputException extends RuntimeException {

    private final transient Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super(problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
        this.problems = Map.copyOf(problems);
    }

    public InvalidInputException(String field, String problem) {
        this(Map.of(field, problem));
    }

    /** As {@link #InvalidInputException(String, String)}, keeping what refused the input (a store's refusal of a file). */
    public InvalidInputException(String field, String problem, Throwable cause) {
        this(Map.of(field, problem));
        initCause(cause);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
