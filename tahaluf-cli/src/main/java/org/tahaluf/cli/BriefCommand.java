package org.tahaluf.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tahaluf.analytics.Analytics;
import org.tahaluf.analytics.AnalyticsJson;
import org.tahaluf.analytics.Brief;
import org.tahaluf.analytics.BriefMarkdown;
import org.tahaluf.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tahaluf brief}: a sourced summary of a window in English or Arabic. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = "A brief of a time window: blocs, main dyads, shifts, hotspots, claims — every line with its sources.")
final class BriefCommand implements Callable<Integer> {

    /** The brief's formats. */
    enum Format { md, json }

    @Mixin
    StoreOption store;

    @Mixin
    WindowOptions window;

    @Option(names = "--lang", defaultValue = "en", description = "en (default) or ar")
    String lang;

    @Option(names = "--format", defaultValue = "md", description = "md (default) or json")
    Format format;

    @Override
    public Integer call() {
        if (!lang.equals("en") && !lang.equals("ar")) {
            System.err.println("tahaluf brief: --lang " + lang + ": en or ar");
            return 2;
        }
        try (Store s = store.open()) {
            Brief brief = new Analytics(s).brief(window.window(), lang);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(format == Format.json ? AnalyticsJson.brief(brief) + "\n" : BriefMarkdown.render(brief));
            out.flush();
            return 0;
        }
    }
}
