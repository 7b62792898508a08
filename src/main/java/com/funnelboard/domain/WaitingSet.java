package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A teammate's change set waiting on this installation for a record nobody has sent.
 *
 * @param author who made it, as the set names them ("Ann Alder <ann@x.example>")
 * @param summary what it says it did, or null
 * @param behind how many later change sets of the same installation wait behind it
 */
public record WaitingSet(UUID id, String author, Instant madeAt, String summary, int behind) {}
