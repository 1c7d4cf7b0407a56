package org.nbabox.events;

/** What a play-by-play event is, in the language of the box score. */
public enum EventKind {
    SHOT_MADE("shot_made"),
    SHOT_MISSED("shot_missed"),
    FREE_THROW_MADE("free_throw_made"),
    FREE_THROW_MISSED("free_throw_missed"),
    REBOUND_OFFENSIVE("rebound_offensive"),
    REBOUND_DEFENSIVE("rebound_defensive"),
    TURNOVER("turnover"),
    /** A foul that counts as a personal foul (shooting, personal, loose ball, offensive, flagrant...). */
    PERSONAL_FOUL("personal_foul"),
    /** Technical and similar fouls that are not personal fouls. */
    TECHNICAL_FOUL("technical_foul"),
    SUBSTITUTION("substitution"),
    TIMEOUT("timeout"),
    JUMP_BALL("jump_ball"),
    VIOLATION("violation"),
    EJECTION("ejection"),
    PERIOD_START("period_start"),
    PERIOD_END("period_end"),
    GAME_END("game_end"),
    REVIEW("review"),
    /** A play neither its type id nor its text explains: counted and reported, no effect on stats. */
    UNKNOWN("unknown");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The name used in tables and JSON. */
    public String label() {
        return label;
    }

    public boolean isShot() {
        return this == SHOT_MADE || this == SHOT_MISSED;
    }

    public boolean isFreeThrow() {
        return this == FREE_THROW_MADE || this == FREE_THROW_MISSED;
    }

    public boolean isRebound() {
        return this == REBOUND_OFFENSIVE || this == REBOUND_DEFENSIVE;
    }

    public boolean isFoul() {
        return this == PERSONAL_FOUL || this == TECHNICAL_FOUL;
    }
}
