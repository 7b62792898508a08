package com.funnelboard.service;

/**
 * A move refused because its checklist changed while its dialog was open (an item reworded, added, removed or made required by a
 * command or a merged file): the window asks again at once, with the checklist as it is now and what was ticked and written.
 */
public final class ChecklistChangedException extends RefusedException {

    public ChecklistChangedException(String message) {
        super(message);
    }
}
