package org.nbabox.espn;

/** The 14 columns of ESPN's player box score, in ESPN's order, with ESPN's labels. */
public enum BoxColumn {
    MIN("MIN"), FG("FG"), THREE_PT("3PT"), FT("FT"), OREB("OREB"), DREB("DREB"), REB("REB"),
    AST("AST"), STL("STL"), BLK("BLK"), TO("TO"), PF("PF"), PLUS_MINUS("+/-"), PTS("PTS");

    private final String label;

    BoxColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The column for an ESPN label (case-insensitive), or null. */
    public static BoxColumn ofLabel(String label) {
        for (BoxColumn c : values()) {
            if (c.label.equalsIgnoreCase(label)) {
                return c;
            }
        }
        return switch (label.toUpperCase()) {
            case "TOV" -> TO;
            case "PM" -> PLUS_MINUS;
            case "3PM-A", "3P", "FG3" -> THREE_PT;
            default -> null;
        };
    }
}
