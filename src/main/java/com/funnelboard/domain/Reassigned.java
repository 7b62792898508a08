package com.funnelboard.domain;

/** How many deals and logged calls, emails, meetings and notes went to the other contact. */
public record Reassigned(int deals, int interactions) {

    /** "1 deal and 2 calls or notes", "nothing else" (it said "2 deals and interactions" of one deal and one note). */
    public String said() {
        if (deals == 0 && interactions == 0) {
            return "nothing else";
        }
        return (deals == 0 ? "" : deals + (deals == 1 ? " deal" : " deals")) + (deals > 0 && interactions > 0 ? " and " : "")
                + (interactions == 0 ? "" : interactions + (interactions == 1 ? " call or note" : " calls or notes"));
    }
}
