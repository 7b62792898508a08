package com.funnelboard.cli;

import com.funnelboard.domain.Person;
import com.funnelboard.service.PeopleService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code funnelboard whoami [--name N --email E]}: who uses this installation (the author of its
 * change sets and the owner of the deals it creates), or says so.
 */
@Command(name = "whoami", description = "Show who uses this installation, or set it with --name and --email (both, the first time). "
        + "Deals nobody owns yet become theirs.")
final class WhoamiCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--name", paramLabel = "NAME", description = "Your name, as teammates see it.")
    String name;

    @Option(names = "--email", paramLabel = "EMAIL", description = "Your email address: how deals you own are known.")
    String email;

    @Override
    public Integer call() {
        return root.run(s -> {
            PeopleService people = s.workspace().people();
            Optional<Person> copied = people.copiedFrom();
            Optional<Person> before = people.me().or(() -> copied);
            int claimed = 0;
            int moved = 0;
            String claimedSaid = "";
            if (name != null || email != null) {
                String n = name != null ? name : before.map(Person::name).orElse(null);
                String e = email != null ? email : before.map(Person::email).orElse(null);
                if (n == null || e == null) {
                    return s.console().fail(ExitCodes.BAD_INPUT, "Nobody has said who uses this installation yet: give both --name and --email");
                }
                PeopleService.Saved saved = people.setIdentity(n, e);
                claimed = saved.claimedDeals();
                moved = saved.movedDeals();
                claimedSaid = saved.claimed();
            }
            Optional<Person> me = people.me();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("name", me.map(Person::name).orElse(null));
            doc.put("email", me.map(Person::email).orElse(null));
            doc.put("author", me.map(Person::author).orElse(null));
            doc.put("claimedDeals", claimed);
            doc.put("movedDeals", moved);
            Optional<Person> from = me.isEmpty() ? copied : Optional.empty();
            doc.put("copiedFrom", from.map(Person::author).orElse(null));
            int took = claimed;
            String tookSaid = claimedSaid;
            int followed = moved;
            String previous = before.map(Person::email).orElse("");
            s.console().result(doc, () -> {
                if (from.isPresent()) {
                    s.console().line("This database was copied from another installation, where it was " + from.get().author()
                            + ": say who you are here with --name NAME --email EMAIL (until then your changes carry this computer's user name).");
                } else if (me.isEmpty()) {
                    s.console().line("Nobody has said who uses this installation yet; set it with --name NAME --email EMAIL.");
                } else {
                    s.console().line(me.get().author());
                    if (took > 0) {
                        s.console().line("Took " + tookSaid + ".");
                    }
                    if (followed > 0) {
                        s.console().line((followed == 1 ? "Your deal" : "Your " + followed + " deals") + " owned as " + previous
                                + (followed == 1 ? " now carries " : " now carry ") + me.get().email() + ".");
                    }
                }
            });
            return ExitCodes.OK;
        });
    }
}
