package org.dais.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.dais.server.PortInUse;
import org.dais.store.StoreRefusal;

/** {@code java -jar dais.jar COMMAND}: build, serve, query, facts, eval. */
@Command(name = "dais", mixinStandardHelpOptions = true, version = "dais 0.1.0",
        description = "Builds a knowledge graph of people, offices, meetings and speeches from DPRK state-media articles.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, FactsCommand.class, EvalCommand.class, ExportCommand.class, CompactCommand.class, BenchCommand.class, LoadCommand.class, ReviewCommand.class})
public final class Main implements Callable<Integer> {
    /** The exit code of a command line that does not say what to do (no command, a bad option). */
    static final int USAGE = 2;
    /** The exit code of a refusal: a store in use, a busy port, a base that does not match. */
    static final int REFUSED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code dais} alone: the help, and a non-zero exit (nothing was done). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * The command line as {@code main} runs it: a refusal (store in use, busy port, another base)
     * is its one- or two-line message, not a stack trace; a bad option or value is picocli's own
     * message and a pointer to the help, not the whole usage.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof StoreRefusal || e instanceof PortInUse) {
                command.getErr().println("dais " + command.getCommandName() + ": " + e.getMessage());
                command.getErr().flush();
                return REFUSED;
            }
            throw e;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("dais " + command.getCommandName() + ": " + e.getMessage());
            command.getErr().println("See 'java -jar dais.jar " + (command.getParent() == null ? "" : command.getCommandName() + " ")
                    + "--help' for what each option is for.");
            command.getErr().flush();
            return USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
