package org.nbabox.verify;

/**
 * A game's verification grade from the share of player box score cells that match ESPN's.
 * <pre>
 *   A  at least 99% of cells match        B  at least 97%
 *   C  at least 93%                        D  at least 85%        F  below
 * </pre>
 * A final score that differs from ESPN's caps the grade at C; a period linescore that differs caps
 * it at B. A game passes with A or B.
 */
public enum Grade {
    A, B, C, D, F;

    static Grade of(double cellRate, boolean finalScoreMatch, boolean linescoresMatch) {
        Grade g = cellRate >= 0.99 ? A : cellRate >= 0.97 ? B : cellRate >= 0.93 ? C : cellRate >= 0.85 ? D : F;
        if (!finalScoreMatch && g.ordinal() < C.ordinal()) {
            g = C;
        }
        if (!linescoresMatch && g.ordinal() < B.ordinal()) {
            g = B;
        }
        return g;
    }

    public boolean passes() {
        return this == A || this == B;
    }
}
