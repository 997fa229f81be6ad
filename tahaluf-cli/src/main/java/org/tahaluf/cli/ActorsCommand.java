package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.store.ActorSummary;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf actors}: the actors of a store, the most mentioned first. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "List the actors of a store, the most mentioned first; optionally those whose id or name contains TEXT.")
final class ActorsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "part of an id or of an English or Arabic name")
    String match;

    @Option(names = "--limit", defaultValue = "50", description = "at most this many (0: all)")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    TextOrJson format;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            List<ActorSummary> actors = s.actors(match, limit);
            if (format == TextOrJson.json) {
                ArrayNode out = AnalysisJson.mapper().createArrayNode();
                for (ActorSummary a : actors) {
                    out.add(StoreJson.actor(a.actor())
                            .put("documents", a.documents()).put("mentions", a.mentions()).put("events", a.events()));
                }
                System.out.println(out);
            } else {
                System.out.printf("%-28s %-40s %-16s %8s %8s %7s%n", "id", "name", "kind", "articles", "mentions", "events");
                for (ActorSummary a : actors) {
                    System.out.printf("%-28s %-40s %-16s %8d %8d %7d%n", a.actor().id(), StoreJson.name(a.actor()),
                            a.actor().kind().code(), a.documents(), a.mentions(), a.events());
                }
            }
            return 0;
        }
    }
}
