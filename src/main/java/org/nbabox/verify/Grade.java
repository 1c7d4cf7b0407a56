package org.nbabox.verify;

/**
 * A game's verification grade from the share of player box score cells that match ESPN's.
 * <pre>
 *   A  at least 99% of cells match        B  at least 97%
 *   C  at least 95%                        D  at least 90%        F  below
 * </pre>
 * A final score that differs from ESPN's caps the grade at C; a period linescore that differs caps
 * it at B. A game passes with A, B or C and a final score equal to ESPN's: ESPN's box score carries
 * stat corrections its play-by-play never received (a few cells per game), which are reported as
 * discrepancies but do not fail the game.
 */
public enum Grade {
    A, B, C, D, F;

    static Grade of(double cellRate, boolean finalScoreMatch, boolean linescoresMatch) {
        Grade g = cellRate >= 0.99 ? A : cellRate >= 0.97 ? B : cellRate >= 0.95 ? C : cellRate >= 0.90 ? D : F;
        if (!finalScoreMatch && g.ordinal() < C.ordinal()) {
            g = C;
        }
        if (!linescoresMatch && g.ordinal() < B.ordinal()) {
            g = B;
        }
        return g;
    }

    /** A game passes with a grade of C or better and ESPN's final score. */
    public boolean passes(boolean finalScoreMatch) {
        return finalScoreMatch && ordinal() <= C.ordinal();
    }
}
