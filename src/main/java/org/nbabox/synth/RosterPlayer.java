package org.nbabox.synth;

/** A roster spot of a team in one season: the athlete, his profile and his place in the rotation. */
record RosterPlayer(Athlete athlete, PlayerProfile profile, int slot) {}
