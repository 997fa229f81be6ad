package org.tahaluf.cli;

import java.util.concurrent.Callable;
import org.tahaluf.core.Event;
import org.tahaluf.store.Evidence;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tahaluf evidence EVENT}: the article, sentence and speaker behind one event. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Show the article, sentence and speaker behind an event (its id is DOCUMENT:EVENT, e.g. 5553bbcc5957a43b:e3).")
final class EvidenceCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "EVENT", description = "an event id as DOCUMENT:EVENT")
    String key;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json")
    TextOrJson format;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            Evidence ev = s.evidence(key).orElse(null);
            if (ev == null) {
                System.err.println("tahaluf evidence: no event '" + key + "' in " + s.location());
                return 1;
            }
            if (format == TextOrJson.json) {
                System.out.println(StoreJson.evidence(ev));
                return 0;
            }
            Event e = ev.event().event();
            System.out.printf("%s  %s → %s  %s%s (%s, sign %+d)%n", ev.event().key(), e.source(), e.target(), e.type(),
                    e.mode() == null ? "" : "/" + e.mode(), e.modality().code(), e.sign());
            System.out.printf("  article   %s%n  source    %s%s%n  date      %s%n", ev.title(), ev.source(),
                    ev.url() == null ? "" : " <" + ev.url() + ">", ev.event().day());
            if (e.attribution() != null) {
                System.out.printf("  said by   %s (%s) «%s»%n", e.attribution().speakerText(), e.attribution().speaker(),
                        e.attribution().cue());
            }
            System.out.printf("  sentence  %d: «%s»%n", e.sentence(), ev.sentence() == null ? "" : ev.sentence().strip());
            if (ev.event().duplicateOf() != null) {
                System.out.println("  a copy of " + ev.event().duplicateOf());
            }
            return 0;
        }
    }
}
