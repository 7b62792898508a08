package com.funnelboard.cli;

import com.funnelboard.service.UndoService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code funnelboard undo [CHANGESET]} and {@code funnelboard redo}: take back the last change a
 * command made on this installation (or any change set by id), and put it back again.
 */
final class UndoCommand {

    private UndoCommand() {}

    static Integer report(Session s, Optional<UndoService.Undone> done, String nothing) {
        if (done.isEmpty()) {
            return s.console().fail(ExitCodes.REFUSED, nothing);
        }
        UndoService.Undone u = done.get();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("changeSet", u.changeSet().toString());
        doc.put("reverted", u.undid().toString());
        doc.put("text", u.text());
        doc.put("note", u.note().isEmpty() ? null : u.note());
        s.console().result(doc, () -> {
            s.console().line(Console.sentence(u.text()) + " (" + Session.shortId(u.changeSet()) + ")");
            if (!u.note().isEmpty()) {
                s.console().line(Console.sentence(u.note()));
            }
        });
        return ExitCodes.OK;
    }

    @Command(name = "undo", description = "Undo the last change made from the command line on this installation, or the change set "
            + "with the given id (see 'history'). Refused when a later change would be overwritten.")
    static final class Undo implements Callable<Integer> {

        @ParentCommand
        RootCommand root;

        @Parameters(arity = "0..1", paramLabel = "CHANGESET", description = "The id of a change set: as 'history' shows it, or whole.")
        String changeSet;

        @Override
        public Integer call() {
            return root.run(s -> {
                if (changeSet == null) {
                    return report(s, s.workspace().undo().undoLast(), "Nothing to undo from the command line on this installation");
                }
                UUID id = s.workspace().undo().resolveChangeSet(changeSet);
                return report(s, Optional.of(s.workspace().undo().undoChangeSet(id)), "");
            });
        }
    }

    @Command(name = "redo", description = "Redo the last change undone from the command line on this installation.")
    static final class Redo implements Callable<Integer> {

        @ParentCommand
        RootCommand root;

        @Override
        public Integer call() {
            return root.run(s -> report(s, s.workspace().undo().redoLast(), com.funnelboard.service.UndoService.NOTHING_TO_REDO));
        }
    }
}
