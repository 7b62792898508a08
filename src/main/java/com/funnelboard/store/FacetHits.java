package com.funnelboard.store;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.SearchText;
import org.jooq.DSLContext;

/** The slots of the deals, contacts and organizations a text filter's words find (null: no text filter). */
record FacetHits(boolean[] deals, boolean[] contacts, boolean[] organizations) {
    /**
     * One per word of the text (null: no text filter): a card holds the text when each word is in the deal, its contact
     * or its organization, as the command line's query asks (see LensConditions). Read with the facets' lock held, straight
     * into slots.
     */
    static java.util.List<FacetHits> of(DSLContext ctx, DealFacets f, BoardLens lens) {
        if (lens.text() == null) {
            return null;
        }
        java.util.List<String> words = SearchText.filterWords(lens.text());
        if (words.isEmpty()) {
            return java.util.List.of(new FacetHits(new boolean[f.slots], new boolean[f.contactSlot.size()], new boolean[f.orgSlot.size()]));
        }
        return words.stream().map(w -> f.found(w, () -> read(ctx, f, w))).toList();
    }

    private static FacetHits read(DSLContext ctx, DealFacets f, String text) {
        FacetHits hits = new FacetHits(new boolean[f.slots], new boolean[f.contactSlot.size()], new boolean[f.orgSlot.size()]);
        SearchText.toMatch(text).ifPresent(match -> ctx.connection(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement("SELECT CASE d.kind WHEN 'deal' THEN 0 WHEN 'contact' THEN 1 ELSE 2 END, d.ref"
                    + " FROM search CROSS JOIN search_doc d ON d.docid = search.rowid WHERE search MATCH ?"
                    + " AND d.kind IN ('deal', 'contact', 'organization')")) {
                p.setString(1, match);
                try (java.sql.ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        int kind = r.getInt(1);
                        Integer slot = (kind == 0 ? f.dealSlot : kind == 1 ? f.contactSlot : f.orgSlot).get(r.getString(2));
                        if (slot != null) {
                            (kind == 0 ? hits.deals : kind == 1 ? hits.contacts : hits.organizations)[slot] = true;
                        }
                    }
                }
            }
        }));
        // A phone number as people write it: the contacts holding it, as the command line's filter finds them.
        ContactSearchCondition.contactsHolding(text).ifPresent(holders -> {
            for (org.jooq.Record1<java.util.UUID> r : ctx.fetch(holders)) {
                Integer slot = f.contactSlot.get(r.value1().toString());
                if (slot != null) {
                    hits.contacts[slot] = true;
                }
            }
        });
        // Words of a script without spaces are found inside names and titles too, as the command line's filter finds them.
        java.util.List<String> inside = SearchText.unspacedWords(text);
        if (!inside.isEmpty()) {
            for (org.jooq.Record r : ctx.fetch(NamesHolding.rows(inside.size()), NamesHolding.binds(inside))) {
                String kind = r.get(0, String.class);
                int k = kind.equals("deal") ? 0 : kind.equals("contact") ? 1 : 2;
                Integer slot = (k == 0 ? f.dealSlot : k == 1 ? f.contactSlot : f.orgSlot).get(r.get(1, String.class));
                if (slot != null) {
                    (k == 0 ? hits.deals : k == 1 ? hits.contacts : hits.organizations)[slot] = true;
                }
            }
        }
        return hits;
    }
}
