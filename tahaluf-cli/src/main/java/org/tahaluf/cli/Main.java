package org.tahaluf.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tahaluf} command. */
@Command(name = "tahaluf", mixinStandardHelpOptions = true, version = "tahaluf 0.1.0",
        description = "Sourced, time-aware alliance maps from Arabic and English security news.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, StatsCommand.class, ActorsCommand.class,
                RelationsCommand.class, TimelineCommand.class, EvidenceCommand.class, ExportCommand.class,
                GraphCommand.class, BriefCommand.class, LoadCommand.class,
                EvalCommand.class, DemoCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("tahaluf: out of memory (" + e.getMessage() + "); give Java more with TAHALUF_JAVA_OPTS=-Xmx…");
            status = 3;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("tahaluf: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
