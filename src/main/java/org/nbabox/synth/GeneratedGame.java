package org.nbabox.synth;

/**
 * Everything written for one game: the schedule entry, the simulated truth, ESPN's numbering of
 * the plays, the box score computed from them and the injected fault, if any (null otherwise).
 */
record GeneratedGame(ScheduledGame game, SimulatedGame simulation, PlayLog log, BoxScore box, BoxScoreFault fault) {

  /** Plays as written: none for seasons before ESPN had play-by-play. */
  boolean hasPlays() {
    return game.hasPlayByPlay();
  }

  int playRows() {
    return hasPlays() ? log.rowCount() : 0;
  }

  Era era() {
    return simulation.era();
  }

  /**
   * Simulates, numbers and tallies game {@code game} of the plan; with probability
   * {@code faultRate} (and only where plays exist) one box-score stat is made off by one.
   */
  static GeneratedGame generate(ScheduledGame game, long seed, double faultRate) {
    SimulatedGame simulation = GameSimulator.simulate(game, seed);
    GameQuirks quirks = GameQuirks.of(game, seed, faultRate);
    PlayLog log = PlayNumbering.number(simulation, quirks.duplicatedPlay(), quirks.numbering());
    BoxScore box = BoxScoreTally.tally(simulation);
    BoxScoreFault fault = quirks.boxScoreFault() ? BoxScoreFault.inject(box, quirks.fault()) : null;
    return new GeneratedGame(game, simulation, log, box, fault);
  }
}
