package org.dais.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar dais.jar COMMAND}: build, serve, query, facts, eval. */
@Command(name = "dais", mixinStandardHelpOptions = true, version = "dais 0.1.0",
        description = "Builds a knowledge graph of people, offices, meetings and speeches from DPRK state-media articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, FactsCommand.class, EvalCommand.class, ExportCommand.class, CompactCommand.class, BenchCommand.class, LoadCommand.class, ReviewCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
