package com.funnelboard.service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the use cases, the views and the command line (drafts, undo, history, saved
 * mappings), and the CSV mapper of the exports, each built at its first use: building a mapper
 * takes tens of milliseconds before the code is warm, which the window's start and a command that
 * only reads need not pay.
 */
public final class Json {

    private Json() {}

    private static final class Built {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private static final class BuiltCsv {
        static final tools.jackson.dataformat.csv.CsvMapper MAPPER = new tools.jackson.dataformat.csv.CsvMapper();
    }

    /** Jackson's mappers are thread-safe once built. */
    public static JsonMapper mapper() {
        return Built.MAPPER;
    }

    /** The plain CSV mapper of the contact, deal and report exports (each says its own schema). */
    public static tools.jackson.dataformat.csv.CsvMapper csv() {
        return BuiltCsv.MAPPER;
    }
}
