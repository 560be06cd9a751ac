package org.dais.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, hidden = true,
        description = "Score the store's facts against a gold file (see issue: not yet implemented).")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("dais eval: not implemented yet; use python3 ../shared/eval/score.py on `dais facts` output");
        return 2;
    }
}
