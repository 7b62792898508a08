package com.funnelboard.service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the use cases, the views and the command line (drafts, undo, history, saved
 * mappings), built at its first use: building a mapper takes tens of milliseconds before the code
 * is warm, which the window's start and a command that only reads need not pay.
 */
public final class Json {

    private Json() {}

    private static final class Built {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** Jackson's mappers are thread-safe once built. */
    public static JsonMapper mapper() {
        return Built.MAPPER;
    }
}
