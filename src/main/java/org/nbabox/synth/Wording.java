package org.nbabox.synth;

/** ESPN's modern play text, as in the 2018-19 and 2024-25 sample games. */
final class Wording {
  private Wording() {}

  static String madeShot(Athlete shooter, ShotType shot, boolean three, int feet, boolean statesDistance,
      Athlete assister) {
    String noun = shot == ShotType.PULLUP && three ? "three pointer" : shot.noun(three);
    String text = shooter.displayName() + " makes " + distance(feet, statesDistance) + noun;
    return assister == null ? text : text + " (" + assister.displayName() + " assists)";
  }

  static String missedShot(Athlete shooter, ShotType shot, boolean three, int feet, boolean statesDistance) {
    return shooter.displayName() + " misses " + distance(feet, statesDistance) + shot.noun(three);
  }

  /** "Z blocks X 's 6-foot two point shot", or "Z blocks X's layup" when no distance is given. */
  static String blockedShot(Athlete shooter, Athlete blocker, ShotType shot, boolean three, int feet,
      boolean statesDistance) {
    String owner = statesDistance ? shooter.displayName() + " 's " : shooter.displayName() + "'s ";
    return blocker.displayName() + " blocks " + owner + distance(feet, statesDistance) + shot.noun(three);
  }

  static String freeThrow(Athlete shooter, boolean made, int number, int of) {
    return shooter.displayName() + (made ? " makes" : " misses") + " free throw " + number + " of " + of;
  }

  static String technicalFreeThrow(Athlete shooter, boolean made) {
    return shooter.displayName() + (made ? " makes" : " misses") + " technical free throw";
  }

  static String rebound(Athlete rebounder, boolean offensive) {
    return rebounder.displayName() + (offensive ? " offensive rebound" : " defensive rebound");
  }

  static String teamRebound(Team team, boolean offensive) {
    return team.nickname() + (offensive ? " offensive team rebound" : " defensive team rebound");
  }

  static String turnover(PlayType type, Athlete committer, Athlete stealer) {
    String name = committer.displayName();
    String text = switch (type) {
      case BAD_PASS -> name + " bad pass";
      case LOST_BALL -> name + " lost ball turnover";
      case TRAVELING -> name + " traveling";
      case OUT_OF_BOUNDS_BAD_PASS -> name + " out of bounds bad pass turnover";
      case OUT_OF_BOUNDS_LOST_BALL -> name + " out of bounds lost ball turnover";
      case OFFENSIVE_FOUL_TURNOVER -> name + " turnover";
      default -> throw new IllegalArgumentException("not a player turnover: " + type);
    };
    return stealer == null ? text : text + " (" + stealer.displayName() + " steals)";
  }

  /** ESPN's text of a team shot-clock violation, trailing space included. */
  static String shotClockTurnover() {
    return "shot clock turnover ";
  }

  static String foul(PlayType type, Athlete fouler, Athlete fouled) {
    String what = switch (type) {
      case SHOOTING_FOUL -> " shooting foul";
      case PERSONAL_FOUL -> " personal foul";
      case LOOSE_BALL_FOUL -> " loose ball foul";
      case OFFENSIVE_FOUL -> " offensive foul";
      default -> throw new IllegalArgumentException("not a personal foul: " + type);
    };
    String text = fouler.displayName() + what;
    return fouled == null ? text : text + " (" + fouled.displayName() + " draws the foul)";
  }

  static String technicalFoul(Athlete player) {
    return player.displayName() + " technical foul (1st technical foul)";
  }

  static String substitution(Athlete entering, Athlete leaving) {
    return entering.displayName() + " enters the game for " + leaving.displayName();
  }

  static String timeout(Team team) {
    return team.nickname() + " Full timeout";
  }

  /** Away jumper named first in the text; the participants list the home jumper first. */
  static String jumpBall(Athlete awayJumper, Athlete homeJumper, Athlete gainer) {
    return awayJumper.displayName() + " vs. " + homeJumper.displayName() + " (" + gainer.displayName()
        + " gains possession)";
  }

  static String startOfPeriod(int period) {
    return "Start of the " + GameClock.periodName(period);
  }

  static String endOfPeriod(int period) {
    return "End of the " + GameClock.periodName(period);
  }

  private static String distance(int feet, boolean statesDistance) {
    return statesDistance ? feet + "-foot " : "";
  }
}
