package org.nbabox.events;

import java.util.HashMap;
import java.util.Map;

/** The broad family of a play, from its ESPN type id (when known) or its text. */
enum PlayFamily {
    SHOT, FREE_THROW, REBOUND, TURNOVER, FOUL, SUBSTITUTION, TIMEOUT, JUMP_BALL, VIOLATION, EJECTION,
    PERIOD_START, PERIOD_END, GAME_END, REVIEW;

    private static final Map<Integer, PlayFamily> BY_TYPE_ID = new HashMap<>();

    static {
        // Ids seen in real files (see ESPN-DATA.md); any other id is reported as unknown and read from its text.
        range(92, 96, SHOT);
        range(109, 151, SHOT);
        range(97, 108, FREE_THROW);
        range(155, 156, REBOUND);
        range(61, 90, TURNOVER);
        ids(FOUL, 24, 28, 29, 30, 32, 35, 40, 42, 43, 44, 45);
        ids(SUBSTITUTION, 584);
        ids(TIMEOUT, 16, 17, 581);
        ids(JUMP_BALL, 11, 615);
        ids(VIOLATION, 9, 10, 12);
        ids(EJECTION, 1);
        ids(PERIOD_START, 411);
        ids(PERIOD_END, 412);
        ids(GAME_END, 402);
        ids(REVIEW, 213, 215, 278);
    }

    private static void range(int from, int to, PlayFamily family) {
        for (int id = from; id <= to; id++) {
            BY_TYPE_ID.put(id, family);
        }
    }

    private static void ids(PlayFamily family, int... ids) {
        for (int id : ids) {
            BY_TYPE_ID.put(id, family);
        }
    }

    /** The family of a known ESPN type id, or null. */
    static PlayFamily ofTypeId(int typeId) {
        return BY_TYPE_ID.get(typeId);
    }

    /** Technical-type fouls by type id (not personal fouls): delay, defensive 3 seconds, double, technical. */
    static boolean isTechnicalFoulType(int typeId) {
        return typeId == 28 || typeId == 29 || typeId == 30 || typeId == 35;
    }
}
