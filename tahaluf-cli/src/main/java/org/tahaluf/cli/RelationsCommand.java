package org.tahaluf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tahaluf.coder.AnalysisJson;
import org.tahaluf.core.Actor;
import org.tahaluf.store.Partner;
import org.tahaluf.store.Store;
import org.tahaluf.store.StoredRelation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf relations ACTOR}: who an actor cooperates and fights with, and the ties stated about it. */
@Command(name = "relations", mixinStandardHelpOptions = true,
        description = "The partners and adversaries of an actor (events on each side) and the ties the articles state.")
final class RelationsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ACTOR", description = "an actor id (see `tahaluf actors`)")
    String actorId;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    TextOrJson format;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            Actor actor = s.actor(actorId).orElse(null);
            if (actor == null) {
                System.err.println("tahaluf relations: no actor '" + actorId + "' in " + s.location()
                        + " (see `tahaluf actors " + actorId + "`)");
                return 1;
            }
            List<Partner> partners = s.partners(actorId);
            List<StoredRelation> ties = s.relations(actorId);
            if (format == TextOrJson.json) {
                ObjectNode out = AnalysisJson.mapper().createObjectNode();
                out.set("actor", StoreJson.actor(actor));
                ArrayNode p = out.putArray("partners");
                for (Partner x : partners) {
                    p.add(StoreJson.actor(x.other()).put("cooperation", x.cooperation())
                            .put("conflict", x.conflict()).put("neutral", x.neutral()).put("sign", x.sign())
                            .put("first", String.valueOf(x.first())).put("last", String.valueOf(x.last())));
                }
                ArrayNode t = out.putArray("ties");
                for (StoredRelation r : ties) {
                    t.addObject().put("source", r.source()).put("target", r.target()).put("kind", r.kind().code())
                            .put("document", r.documentId()).put("sentence", r.sentence()).put("sentence_text", r.sentenceText());
                }
                System.out.println(out);
                return 0;
            }
            System.out.println(StoreJson.name(actor) + " (" + actor.id() + ")");
            System.out.printf("%n  %-44s %11s %8s %7s  %s%n", "with", "cooperation", "conflict", "neutral", "from … to");
            for (Partner x : partners) {
                System.out.printf("  %-44s %11d %8d %7d  %s … %s%n", StoreJson.name(x.other()) + " (" + x.other().id() + ")",
                        x.cooperation(), x.conflict(), x.neutral(), x.first(), x.last());
            }
            if (!ties.isEmpty()) {
                System.out.println("\n  ties stated in the articles:");
                for (StoredRelation r : ties) {
                    System.out.printf("  %s —%s→ %s  [%s s%d] %s%n", r.source(), r.kind().code(), r.target(),
                            r.documentId(), r.sentence(), r.sentenceText() == null ? "" : r.sentenceText().strip());
                }
            }
            return 0;
        }
    }
}
