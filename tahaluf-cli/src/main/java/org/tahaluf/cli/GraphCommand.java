package org.tahaluf.cli;

import java.util.concurrent.Callable;
import org.tahaluf.analytics.AllianceGraph;
import org.tahaluf.analytics.Analytics;
import org.tahaluf.analytics.AnalyticsJson;
import org.tahaluf.analytics.Folding;
import org.tahaluf.analytics.GraphEdge;
import org.tahaluf.analytics.GraphNode;
import org.tahaluf.analytics.Intensity;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahaluf graph}: the signed alliance graph of a window, with blocs, balance and brokers. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "The alliance graph of a time window: signed weighted edges, blocs, unbalanced triads, brokers.")
final class GraphCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    WindowOptions window;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    TextOrJson format;

    @Option(names = "--max-nodes", defaultValue = "" + Analytics.DEFAULT_MAX_NODES,
            description = "keep the strongest N actors (default ${DEFAULT-VALUE}; 0: all)")
    int maxNodes;

    @Option(names = "--level", defaultValue = "state",
            description = "state (default: a state's organs and officials count for the state) or actor")
    String level;

    @Override
    public Integer call() {
        Folding folding = Folding.valueOf(level.toUpperCase(java.util.Locale.ROOT));
        try (Store s = store.open()) {
            AllianceGraph g = new Analytics(s, folding, Intensity.standard()).graph(window.window(), maxNodes);
            if (format == TextOrJson.json) {
                System.out.println(AnalyticsJson.graph(g));
                return 0;
            }
            System.out.println("window " + g.window() + ": " + g.nodes().size() + " actors, " + g.edges().size() + " ties");
            for (GraphNode n : g.nodes()) {
                System.out.printf("  bloc %-3d %-30s %s%n", n.bloc(), n.id(), StoreJson.name(n.actor()));
            }
            for (GraphEdge e : g.edges()) {
                System.out.printf("  %s %s %s  cooperation %.1f  conflict %.1f%s%n", e.source(),
                        e.sign() > 0 ? "+" : e.sign() < 0 ? "−" : "0", e.target(), e.cooperation(), e.conflict(),
                        e.ambivalent() ? "  ambivalent" : "");
            }
            return 0;
        }
    }
}
