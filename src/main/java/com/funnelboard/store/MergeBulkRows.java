package com.funnelboard.store;

import java.time.Instant;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The bulk of a big merge, set-based: the rows that arrive whole, are not here yet and nothing else
 * in the merge touches (a teammate's whole database, the first time) are copied by one INSERT …
 * SELECT per table straight from the received change sets just stored, inside SQLite, in key order,
 * and recorded by the change recorder like any bulk insert (one whole-row entry each, written by
 * SQLite). The sets being applied and the rows left to the field-by-field path (already here, also
 * edited, arriving twice) are named in two temporary tables of the connection (see
 * {@link ShareHistory#stage}).
 */
final class MergeBulkRows {

    private MergeBulkRows() {}

    /** The SELECT of {@code table}'s columns, in order, from the whole rows to copy. */
    static String select(Table<?> table, Instant now) {
        List<Field<?>> columns = List.of(table.fields());
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).getName();
            String value = "json_extract(rc.new_value, '$." + name + "')";
            if (name.equals("created_at") || name.equals("updated_at")) {
                value = "coalesce(" + value + ", " + now.toEpochMilli() + ")";
            }
            select.append(i == 0 ? "" : ", ").append(value);
        }
        return select.append(" FROM received_change rc WHERE rc.change_set_id IN (SELECT id FROM temp.merge_set) AND rc.table_name = '")
                .append(table.getName()).append("' AND rc.field = '").append(ChangeRecorder.WHOLE_ROW).append("' AND NOT EXISTS (SELECT 1 FROM ")
                .append("temp.merge_skip k WHERE k.table_name = rc.table_name AND k.row_key = rc.row_key) ORDER BY rc.row_key").toString();
    }

    /** What {@link #reference} returns when a row has no reference in that column. */
    static final String NONE = "";

    /**
     * The text value of {@code column} in a whole row as the reader wrote it (compact JSON of a
     * flat object, see {@link ShareFileReader}), found without parsing the row: {@link #NONE} when
     * the column is absent or null, null when it is anything else than a plain text (then the row
     * is parsed). Inside a JSON text every quote is escaped, so {@code "column":} can only be the
     * property itself. (Finding which rows a big merge needs this way, rather than parsing each
     * row, halves the time of that step.)
     */
    static String reference(String row, String column) {
        String mark = "\"" + column + "\":";
        int at = row.indexOf(mark);
        if (at < 0) {
            return NONE;
        }
        int from = at + mark.length();
        if (row.startsWith("null", from)) {
            return NONE;
        }
        if (!row.startsWith("\"", from)) {
            return null;
        }
        int end = row.indexOf('"', from + 1);
        if (end < 0) {
            return null;
        }
        String key = row.substring(from + 1, end);
        return key.indexOf('\\') >= 0 ? null : key;
    }
}
