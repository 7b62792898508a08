package com.funnelboard.store;

import org.jooq.Field;

/**
 * A new row's change entry: its columns and stored values as one JSON object, in column order —
 * what {@code JsonMapper.writeValueAsString(ChangeRecorder.databaseValues(r))} writes, without the
 * map and the generic serializer (bulk inserts write millions).
 */
final class WholeRowJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private WholeRowJson() {}

    /** @param values the stored values: null, Long, Double, BigDecimal or String */
    static String write(Field<?>[] fields, Object[] values) {
        StringBuilder b = new StringBuilder(64 + fields.length * 24);
        b.append('{');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, fields[i].getName());
            b.append(':');
            Object v = values[i];
            if (v == null) {
                b.append("null");
            } else if (v instanceof Number n) {
                b.append(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString());
            } else if (v instanceof Boolean t) {
                b.append(t ? '1' : '0');
            } else {
                string(b, v.toString());
            }
        }
        return b.append('}').toString();
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
