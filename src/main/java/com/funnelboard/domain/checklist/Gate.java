package com.funnelboard.domain.checklist;

import com.funnelboard.domain.Stage;

/** One step forward on the path, guarded by a checklist: Lead → Prospect, and so on. */
public record Gate(Stage from, Stage to) {

    /** The three gates of the forward path, in its order. */
    public static final java.util.List<Gate> ALL = java.util.List.of(new Gate(Stage.LEAD, Stage.PROSPECT), new Gate(Stage.PROSPECT, Stage.OPPORTUNITY),
            new Gate(Stage.OPPORTUNITY, Stage.WON));

    public String label() {
        return from.label() + " → " + to.label();
    }

    /** "lead-prospect": how the command line names it. */
    public String key() {
        return from.key() + "-" + to.key();
    }

    /** A gate by its key ("lead-prospect") or by the stage it leads into ("prospect", any case). */
    public static java.util.Optional<Gate> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('\u2192', '-').replace(" ", "").replace("->", "-");
        return ALL.stream().filter(g -> g.key().equals(t) || g.to().key().equals(t)).findFirst();
    }
}
