package com.funnelboard.service;

/** An action a rule refuses (a conflict with the data as it is); the message is the sentence for the user. */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
