package com.funnelboard.store;

import tools.jackson.databind.json.JsonMapper;

/**
 * The store's one JSON mapper (change-log values, share files, settings), built at its first use:
 * building a mapper takes tens of milliseconds before the code is warm, which a command that only
 * reads and the window's start need not pay, and one built per value made exports slow.
 */
final class Json {

    private Json() {}

    private static final class Built {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    /** Jackson's mappers are thread-safe once built. */
    static JsonMapper mapper() {
        return Built.MAPPER;
    }
}
