package com.funnelboard.cli;

import com.funnelboard.service.Workspace;

/** What a command's workspace is told once opened: how long its writes wait, which command it is, and whose name it signs with. */
final class CommandWorkspace {

    private CommandWorkspace() {}

    /**
     * @param waitSeconds how long a write waits for another program's write (--wait)
     * @param command the command's path ("deals add"), or null
     */
    static void prepare(Workspace ws, Console console, int waitSeconds, String command) {
        ws.waitForWriters(java.time.Duration.ofSeconds(Math.max(0, waitSeconds)), () -> console.note(ws.file().getFileName()
                + " is busy with another program's write; waiting for it to end (up to " + Math.max(5, waitSeconds)
                + " seconds, --wait sets how long)\u2026"));
        // A copy from another computer whose new user has not said who they are: its changes are signed with this computer's
        // user name, said once, on the first change (the window asks; a command wrote "root" into a teammate's conflicts list).
        if (!"whoami".equals(command)) {
            ws.people().copiedFrom().ifPresent(before -> {
                java.util.concurrent.atomic.AtomicBoolean said = new java.util.concurrent.atomic.AtomicBoolean();
                ws.changes().subscribe(n -> {
                    if (!n.elsewhere() && said.compareAndSet(false, true)) {
                        console.note("Signed \u201C" + n.author() + "\u201D: " + ws.file().getFileName() + " was " + before.name()
                                + "'s, copied here, and nobody has said who uses it now; 'funnelboard whoami --name NAME --email EMAIL' does.");
                    }
                });
            });
        }
        if (command != null) {
            ws.madeByCommand(command); // "deals add", said in History
        }
    }
}
