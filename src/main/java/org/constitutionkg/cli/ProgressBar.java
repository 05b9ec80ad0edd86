package org.constitutionkg.cli;

import java.io.PrintStream;

import org.constitutionkg.Pipeline;

/**
 * A progress bar for long builds, drawn on one terminal line: {@code [#######.............] 3500/10000 articles}.
 * Silent when the output is not a terminal or the build is short, so logs and tests stay clean.
 */
final class ProgressBar implements Pipeline.Progress {

    private static final int MIN_ARTICLES = 200;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private int shownPercent = -1;

    ProgressBar(PrintStream out) {
        this(out, System.console() != null);
    }

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void articles(int done, int total) {
        if (!terminal || total < MIN_ARTICLES) {
            return;
        }
        int percent = done * 100 / total;
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = done * WIDTH / total;
        out.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " articles");
        if (done == total) {
            out.println();
        }
        out.flush();
    }
}
