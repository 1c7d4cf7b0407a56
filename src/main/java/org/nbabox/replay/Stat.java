package org.nbabox.replay;

/** The counting columns of a box score line, with the column names used in tables and JSON. */
public enum Stat {
    PTS("pts"), FGM("fgm"), FGA("fga"), FG3M("fg3m"), FG3A("fg3a"), FTM("ftm"), FTA("fta"),
    OREB("oreb"), DREB("dreb"), REB("reb"), AST("ast"), STL("stl"), BLK("blk"), TOV("tov"), PF("pf"),
    PLUS_MINUS("plus_minus");

    public static final Stat[] ALL = values();

    private final String column;

    Stat(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}
