package org.nbabox.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nbabox.testing.SampleGames;

class RosterTest {

    @Test
    void textNamesThatDifferFromBoxScoreNamesResolve() {
        Roster r = Roster.of(SampleGames.read("221029013"));
        // box score says "Manu Ginobili", the 2002 text says "Emmanuel Ginobili"
        assertEquals(r.resolve("Manu Ginobili", "24"), r.resolve("Emmanuel Ginobili", "24"));
        Roster cle = Roster.of(SampleGames.read("291225013"));
        assertEquals(cle.resolve("JJ Hickson", null), cle.resolve("J.J. Hickson", null));
        assertEquals("24", r.resolveTeam("San Antonio", null));
        assertEquals("13", r.resolveTeam("Los Angeles", null));
        assertNull(r.resolve("Nobody Atall", null));
    }
}
