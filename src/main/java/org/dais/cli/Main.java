package org.dais.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import org.dais.server.PortInUse;
import org.dais.store.StoreRefusal;

/** {@code java -jar dais.jar COMMAND}: build, serve, query, facts, eval. */
@Command(name = "dais", mixinStandardHelpOptions = true, version = "dais 0.1.0",
        description = "Builds a knowledge graph of people, offices, meetings and speeches from DPRK state-media articles.")
public final class Main implements Callable<Integer> {
    /**
     * The commands, by the names their {@code @Command} gives them, in the order the help lists them.
     * Not in {@code @Command(subcommands = ...)}: picocli would build the model of every one (reflection
     * over all their options) at each start, 0.2-0.3 s of CPU, where a command line names one.
     */
    static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();
    static {
        COMMANDS.put("build", BuildCommand.class);
        COMMANDS.put("serve", ServeCommand.class);
        COMMANDS.put("query", QueryCommand.class);
        COMMANDS.put("facts", FactsCommand.class);
        COMMANDS.put("eval", EvalCommand.class);
        COMMANDS.put("export", ExportCommand.class);
        COMMANDS.put("compact", CompactCommand.class);
        COMMANDS.put("bench", BenchCommand.class);
        COMMANDS.put("load", LoadCommand.class);
        COMMANDS.put("review", ReviewCommand.class);
    }

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
        return commandLine(null);
    }

    /**
     * The command line for {@code arguments}: when they start with a command's name, only that command is
     * built (its options, its own subcommands); otherwise (no command, {@code --help}, a misspelt
     * name) all of them, for the help and picocli's suggestions.
     */
    static CommandLine commandLine(String[] arguments) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = arguments != null && arguments.length > 0 ? COMMANDS.get(arguments[0]) : null;
        for (Class<?> command : named != null ? java.util.List.<Class<?>>of(named) : COMMANDS.values()) cl.addSubcommand(command);
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
        System.exit(commandLine(args).execute(args));
    }
}
