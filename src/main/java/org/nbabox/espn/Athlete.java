package org.nbabox.espn;

/** An athlete named by a Format 2 play ({@code athlete{id,name}}) with the team of that play. */
public record Athlete(String id, String name, String teamId) {
}
