package com.funnelboard.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A teammate's change set waiting on this installation: for a record nobody has sent, or kept aside as stamped more than a
 * day ahead of this computer's clock (applied once its time has come, unless dropped).
 *
 * @param author who made it, as the set names them ("Ann Alder <ann@x.example>")
 * @param summary what it says it did, or null
 * @param behind how many later change sets of the same installation wait behind it
 * @param held true when it is kept aside for its stamp ahead, false when it waits for a record
 */
public record WaitingSet(UUID id, String author, Instant madeAt, String summary, int behind, boolean held) {}
