package com.funnelboard.service;

import com.funnelboard.domain.MoveVerdict;

/** A stage move the rules refuse; the message is the sentence for the user. */
public final class MoveRefusedException extends RuntimeException {

    private final transient MoveVerdict verdict;

    public MoveRefusedException(MoveVerdict verdict) {
        super(verdict.refusal());
        this.verdict = verdict;
    }

    public MoveVerdict verdict() {
        return verdict;
    }
}
