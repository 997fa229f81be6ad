package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.store.Stats;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahaluf stats}: what a store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what a store holds.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    TextOrJson format;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            Stats stats = s.stats();
            if (format == TextOrJson.json) {
                ObjectNode n = AnalysisJson.mapper().createObjectNode()
                        .put("documents", stats.documents()).put("duplicates", stats.duplicates())
                        .put("actors", stats.actors()).put("events", stats.events())
                        .put("claims", stats.claims()).put("threats", stats.threats());
                System.out.println(n);
            } else {
                System.out.printf("%s%n  documents  %,d (%,d copies of a stored story)%n  actors     %,d%n"
                                + "  events     %,d%n  claims     %,d%n  threats    %,d%n", s.location(), stats.documents(),
                        stats.duplicates(), stats.actors(), stats.events(), stats.claims(), stats.threats());
            }
            return 0;
        }
    }
}
