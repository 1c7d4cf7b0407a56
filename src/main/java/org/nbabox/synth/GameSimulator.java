package org.nbabox.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plays one game possession by possession and records it as ESPN would: jump ball, shots with
 * assists and blocks, rebounds (player and team), turnovers with steals, fouls and free throws
 * (penalty, and-ones, technicals), substitutions at dead balls, timeouts, period ends.
 *
 * <p>Things the generated play-by-play guarantees, so that a reader can be verified against it:
 * the clock never runs backwards within a period; period starts have no substitution rows, and each
 * of the five who start a period appears in a play or is substituted out during that period (late
 * in a period the simulator makes unseen starters act, and as a last resort substitutes them out at
 * the buzzer); about 6% of games go to overtime (the last minutes of a game planned to be tied are
 * steered toward a tie).
 */
final class GameSimulator {
  private static final double OVERTIME_PLANNED = 0.095;
  private static final double ANOTHER_OVERTIME_PLANNED = 0.12;
  private static final int LAST_PLANNED_PERIOD = 8;
  private static final int ENDGAME_TENTHS = 240;

  /** How the next possession begins. */
  private enum Restart { DEAD_BALL, AFTER_SCORE, LIVE, PUTBACK, CONTINUE }

  /** What the end of a close game requires of a possession. */
  private enum Intent { NORMAL, MUST_MISS, SCORE_ONE, SCORE_TWO, SCORE_THREE }

  private record Possession(Side offense, Restart restart, RosterPlayer rebounder) {
    Possession(Side offense, Restart restart) {
      this(offense, restart, null);
    }
  }

  private final ScheduledGame game;
  private final Era era;
  private final SplittableRandom rng;
  private final ShotMaker shots;
  private final TeamInGame home;
  private final TeamInGame away;
  private final List<Play> plays = new ArrayList<>(540);
  private final boolean overtimePlanned;
  private final double meanPossessionTenths;
  private int homeScore;
  private int awayScore;
  private int period;
  private int clock;
  private int elapsed;
  private double wall;
  private boolean tiePlanned;

  GameSimulator(ScheduledGame game, long seed) {
    this.game = game;
    this.era = Era.of(game.season());
    this.rng = GameSeeds.forGame(seed, game.index(), GameSeeds.SIMULATION);
    this.shots = new ShotMaker(rng);
    this.home = new TeamInGame(game.home(), Side.HOME, Rosters.forTeam(game.season(), game.home(), seed), rng);
    this.away = new TeamInGame(game.away(), Side.AWAY, Rosters.forTeam(game.season(), game.away(), seed), rng);
    this.overtimePlanned = rng.nextDouble() < OVERTIME_PLANNED;
    this.meanPossessionTenths = 28_800.0 / (2 * era.pace()) * 0.72;
    this.wall = game.tipoff().getEpochSecond() + 540 + rng.nextInt(180);
  }

  static SimulatedGame simulate(ScheduledGame game, long seed) {
    return new GameSimulator(game, seed).run();
  }

  private SimulatedGame run() {
    Side openingTip = null;
    for (period = 1; ; period++) {
      clock = GameClock.periodLength(period);
      home.startPeriod(period, elapsed, rng);
      away.startPeriod(period, elapsed, rng);
      if (era.hasStartPeriodRows()) {
        emit(PlayType.START_PERIOD, Wording.startOfPeriod(period), Side.NONE, List.of(), era.noLocation());
      }
      Side first;
      if (period == 1 || period > GameClock.REGULATION_PERIODS) {
        first = jumpBall();
        openingTip = period == 1 ? first : openingTip;
      } else {
        first = period == GameClock.REGULATION_PERIODS ? openingTip : openingTip.other();
      }
      tiePlanned = period >= GameClock.REGULATION_PERIODS && period < LAST_PLANNED_PERIOD
          && (period == GameClock.REGULATION_PERIODS ? overtimePlanned : rng.nextDouble() < ANOTHER_OVERTIME_PLANNED);
      playPeriod(first);
      revealUnseenStarters();
      emit(PlayType.END_PERIOD, Wording.endOfPeriod(period), Side.NONE, List.of(), era.noLocation());
      wall += period == 2 ? 900 : 135;
      if (period >= GameClock.REGULATION_PERIODS && homeScore != awayScore) {
        break;
      }
    }
    emit(PlayType.END_GAME, era.endGameText(), Side.NONE, List.of(), era.noLocation());
    return new SimulatedGame(game, era, plays, sheet(home), sheet(away), period);
  }

  private void playPeriod(Side first) {
    Possession next = new Possession(first, Restart.DEAD_BALL);
    while (clock > 0) {
      if (next.restart() == Restart.DEAD_BALL || next.restart() == Restart.CONTINUE) {
        deadBall(true);
      } else if (next.restart() == Restart.AFTER_SCORE) {
        deadBall(false);
      }
      next = possession(next);
    }
  }

  // ---------------------------------------------------------------- possessions

  private Possession possession(Possession p) {
    Side o = p.offense();
    int duration = switch (p.restart()) {
      case PUTBACK -> 8 + rng.nextInt(25);
      case CONTINUE -> 30 + rng.nextInt(100);
      default -> (int) (meanPossessionTenths * (0.35 + 1.3 * rng.nextDouble()));
    };
    if (period >= GameClock.REGULATION_PERIODS && clock <= ENDGAME_TENTHS + 60) {
      duration = Math.min(duration, 30 + rng.nextInt(50));
    }
    if (clock <= 15) {
      runClock(clock);
      return new Possession(o, Restart.LIVE);
    }
    if (duration >= clock) {
      duration = clock - 1 - rng.nextInt(Math.min(clock - 1, 15));
    }
    runClock(duration);
    TeamInGame offense = team(o);
    TeamInGame defense = team(o.other());
    boolean reveal = clock <= (period > GameClock.REGULATION_PERIODS ? 1_200 : 1_800);
    RosterPlayer forcedO = reveal ? offense.unseenStarter() : null;
    RosterPlayer forcedD = reveal ? defense.unseenStarter() : null;
    Intent intent = intent(o);
    if (intent == Intent.SCORE_ONE) {
      return shootingFoul(o, intent, forcedO, forcedD);
    }
    if (intent != Intent.NORMAL) {
      return fieldGoal(o, intent, forcedO, forcedD, null);
    }
    if (p.restart() == Restart.PUTBACK) {
      return fieldGoal(o, intent, forcedO, forcedD, p.rebounder());
    }
    double r = rng.nextDouble();
    if (r < 0.135) {
      return turnover(o, forcedO, forcedD);
    }
    if (r < 0.19) {
      return personalFoul(o, forcedO, forcedD);
    }
    if (r < 0.262) {
      return shootingFoul(o, intent, forcedO, forcedD);
    }
    return fieldGoal(o, intent, forcedO, forcedD, null);
  }

  /** In the last 24 seconds of a deciding period: make the planned tie (or avoid an unplanned one). */
  private Intent intent(Side o) {
    if (period < GameClock.REGULATION_PERIODS || clock > ENDGAME_TENTHS) {
      return Intent.NORMAL;
    }
    int lead = score(o) - score(o.other());
    if (tiePlanned) {
      return switch (lead) {
        case -1 -> Intent.SCORE_ONE;
        case -2 -> Intent.SCORE_TWO;
        case -3 -> Intent.SCORE_THREE;
        default -> lead >= 0 ? Intent.MUST_MISS : Intent.NORMAL;
      };
    }
    return lead == 0 ? Intent.SCORE_TWO : Intent.NORMAL;
  }

  /** Make-rate adjustment steering a game planned to be tied toward a tie in its last minutes. */
  private double steering(Side o) {
    int window = period > GameClock.REGULATION_PERIODS ? 1_500 : 3_600;
    if (!tiePlanned || period < GameClock.REGULATION_PERIODS || clock > window) {
      return 0;
    }
    int lead = score(o) - score(o.other());
    return lead < 0 ? 0.15 : lead > 0 ? -0.15 : 0;
  }

  private Possession fieldGoal(Side o, Intent intent, RosterPlayer forcedO, RosterPlayer forcedD,
      RosterPlayer putbackShooter) {
    TeamInGame offense = team(o);
    TeamInGame defense = team(o.other());
    RosterPlayer shooter = forcedO != null ? forcedO
        : putbackShooter != null && offense.onCourt().contains(putbackShooter) ? putbackShooter
        : offense.pick(PlayerProfile::usage, null, rng);
    ShotZone zone = putbackShooter != null && intent == Intent.NORMAL ? ShotZone.PUTBACK : zone(o, shooter, intent);
    ShotMaker.Attempt attempt = shots.attempt(zone);
    boolean made = switch (intent) {
      case SCORE_TWO, SCORE_THREE -> true;
      case MUST_MISS -> false;
      default -> rng.nextDouble() < makeRate(attempt, shooter, o);
    };
    if (made) {
      double assistRate = attempt.three() ? 0.82 : zone == ShotZone.PUTBACK ? 0.05 : 0.55;
      RosterPlayer assister = rng.nextDouble() < assistRate ? offense.pick(PlayerProfile::passing, shooter, rng) : null;
      int points = attempt.three() ? 3 : 2;
      scorePoints(o, points);
      String text = Wording.madeShot(shooter.athlete(), attempt.type(), attempt.three(), attempt.feet(),
          attempt.statesDistance(), assister == null ? null : assister.athlete());
      emitShot(attempt, text, o, participants(shooter, assister), points);
      if (intent == Intent.NORMAL && !attempt.three() && rng.nextDouble() < 0.045) {
        RosterPlayer fouler = forcedD != null ? forcedD : defense.pick(PlayerProfile::fouling, null, rng);
        foul(PlayType.SHOOTING_FOUL, o.other(), fouler, shooter, true, attempt.spot());
        return freeThrows(o, shooter, 1, Intent.NORMAL, null);
      }
      return new Possession(o.other(), Restart.AFTER_SCORE);
    }
    boolean blocked = intent == Intent.NORMAL && rng.nextDouble() < (attempt.three() ? 0.012 : 0.075);
    RosterPlayer blocker = !blocked ? null
        : forcedD != null ? forcedD : defense.pick(PlayerProfile::blocking, null, rng);
    String text = blocker == null
        ? Wording.missedShot(shooter.athlete(), attempt.type(), attempt.three(), attempt.feet(),
            attempt.statesDistance())
        : Wording.blockedShot(shooter.athlete(), blocker.athlete(), attempt.type(), attempt.three(), attempt.feet(),
            attempt.statesDistance());
    emitShot(attempt, text, o, participants(shooter, blocker), 0);
    return rebound(o, attempt.spot(), intent, blocker == forcedD ? null : forcedD, false);
  }

  private ShotZone zone(Side o, RosterPlayer shooter, Intent intent) {
    if (intent == Intent.SCORE_THREE) {
      return ShotZone.THREE;
    }
    double threeShare = era.threePointShare() * shooter.profile().threeRate() / 0.85;
    int lead = score(o) - score(o.other());
    if (steering(o) > 0 && lead <= -3) {
      threeShare = Math.max(threeShare, 0.6);
    }
    if (intent != Intent.SCORE_TWO && rng.nextDouble() < threeShare) {
      return ShotZone.THREE;
    }
    double r = rng.nextDouble();
    return r < era.rimShare() ? ShotZone.RIM : r < era.rimShare() + 0.2 ? ShotZone.PAINT : ShotZone.MID_RANGE;
  }

  private double makeRate(ShotMaker.Attempt attempt, RosterPlayer shooter, Side o) {
    double rate = attempt.zone().makeRate * attempt.type().makeFactor + shooter.profile().shootingSkill()
        + era.shootingAdjustment() + steering(o);
    return Math.max(0.05, Math.min(0.95, rate));
  }

  private Possession rebound(Side o, Coordinate spot, Intent intent, RosterPlayer forcedD, boolean afterFreeThrow) {
    runClock(Math.min(clock, 5 + rng.nextInt(25)));
    TeamInGame offense = team(o);
    TeamInGame defense = team(o.other());
    if (intent == Intent.NORMAL && !afterFreeThrow && rng.nextDouble() < 0.012) {
      return looseBallFoul(o, spot);
    }
    boolean offensive = intent == Intent.NORMAL && forcedD == null
        && rng.nextDouble() < (afterFreeThrow ? 0.14 : era.offensiveReboundRate());
    boolean teamRebound = (offensive || forcedD == null) && rng.nextDouble() < (afterFreeThrow ? 0.10 : 0.06);
    Side side = offensive ? o : o.other();
    PlayType type = offensive ? PlayType.OFFENSIVE_REBOUND : PlayType.DEFENSIVE_REBOUND;
    Coordinate where = era.locatesFloorEvents() && !afterFreeThrow ? spot : era.noLocation();
    if (teamRebound) {
      emit(type, Wording.teamRebound(team(side).team, offensive), side, List.of(), where);
      return new Possession(side, Restart.DEAD_BALL);
    }
    RosterPlayer rebounder = offensive ? offense.pick(PlayerProfile::rebounding, null, rng)
        : forcedD != null ? forcedD : defense.pick(PlayerProfile::rebounding, null, rng);
    emit(type, Wording.rebound(rebounder.athlete(), offensive), side, List.of(rebounder.athlete()), where);
    if (offensive && rng.nextDouble() < 0.35) {
      return new Possession(o, Restart.PUTBACK, rebounder);
    }
    return new Possession(side, Restart.LIVE);
  }

  private Possession turnover(Side o, RosterPlayer forcedO, RosterPlayer forcedD) {
    TeamInGame offense = team(o);
    TeamInGame defense = team(o.other());
    double r = rng.nextDouble();
    PlayType type = r < 0.36 ? PlayType.BAD_PASS : r < 0.58 ? PlayType.LOST_BALL : r < 0.67 ? PlayType.TRAVELING
        : r < 0.75 ? PlayType.OUT_OF_BOUNDS_BAD_PASS : r < 0.80 ? PlayType.OUT_OF_BOUNDS_LOST_BALL
        : r < 0.85 ? PlayType.SHOT_CLOCK : PlayType.OFFENSIVE_FOUL_TURNOVER;
    Coordinate where = floorSpot();
    if (type == PlayType.SHOT_CLOCK && forcedO == null) {
      emit(type, Wording.shotClockTurnover(), o, List.of(), where);
      return new Possession(o.other(), Restart.DEAD_BALL);
    }
    if (type == PlayType.SHOT_CLOCK) {
      type = PlayType.TRAVELING;
    }
    RosterPlayer committer = forcedO != null ? forcedO : offense.pick(PlayerProfile::usage, null, rng);
    if (type == PlayType.OFFENSIVE_FOUL_TURNOVER) {
      RosterPlayer drawn = forcedD != null ? forcedD : defense.pick(PlayerProfile::rebounding, null, rng);
      foulRow(PlayType.OFFENSIVE_FOUL, o, committer, drawn, false, where);
      // the foul's turnover row follows it at once, before any substitution (as in ESPN's files)
      emit(type, Wording.turnover(type, committer.athlete(), null), o, List.of(committer.athlete()), where);
      foulOut(team(o));
      return new Possession(o.other(), Restart.DEAD_BALL);
    }
    double stealRate = type == PlayType.BAD_PASS ? 0.62 : type == PlayType.LOST_BALL ? 0.72 : 0;
    RosterPlayer stealer = rng.nextDouble() < stealRate
        ? (forcedD != null ? forcedD : defense.pick(PlayerProfile::stealing, null, rng)) : null;
    emit(type, Wording.turnover(type, committer.athlete(), stealer == null ? null : stealer.athlete()), o,
        participants(committer, stealer), where);
    return new Possession(o.other(), stealer == null ? Restart.DEAD_BALL : Restart.LIVE);
  }

  /** A non-shooting foul by the defense: free throws in the penalty, else the offense keeps the ball. */
  private Possession personalFoul(Side o, RosterPlayer forcedO, RosterPlayer forcedD) {
    RosterPlayer fouler = forcedD != null ? forcedD : team(o.other()).pick(PlayerProfile::fouling, null, rng);
    RosterPlayer fouled = forcedO != null ? forcedO : team(o).pick(PlayerProfile::usage, null, rng);
    foul(PlayType.PERSONAL_FOUL, o.other(), fouler, fouled, forcedO != null, floorSpot());
    if (team(o.other()).inPenalty(period)) {
      return freeThrows(o, fouled, 2, Intent.NORMAL, null);
    }
    return new Possession(o, Restart.CONTINUE);
  }

  private Possession shootingFoul(Side o, Intent intent, RosterPlayer forcedO, RosterPlayer forcedD) {
    RosterPlayer fouler = forcedD != null ? forcedD : team(o.other()).pick(PlayerProfile::fouling, null, rng);
    RosterPlayer shooter = forcedO != null ? forcedO : team(o).pick(PlayerProfile::usage, null, rng);
    int attempts = intent == Intent.NORMAL && rng.nextDouble() < 0.07 ? 3 : 2;
    foul(PlayType.SHOOTING_FOUL, o.other(), fouler, shooter, forcedO != null, floorSpot());
    return freeThrows(o, shooter, attempts, intent, forcedD == fouler ? null : forcedD);
  }

  private Possession looseBallFoul(Side o, Coordinate spot) {
    Side foulers = rng.nextDouble() < 0.4 ? o : o.other();
    RosterPlayer fouler = team(foulers).pick(PlayerProfile::rebounding, null, rng);
    RosterPlayer fouled = team(foulers.other()).pick(PlayerProfile::rebounding, null, rng);
    foul(PlayType.LOOSE_BALL_FOUL, foulers, fouler, fouled, false,
        era.locatesFloorEvents() ? spot : era.noLocation());
    if (team(foulers).inPenalty(period)) {
      return freeThrows(foulers.other(), fouled, 2, Intent.NORMAL, null);
    }
    return new Possession(foulers.other(), Restart.DEAD_BALL);
  }

  private Possession freeThrows(Side o, RosterPlayer shooter, int attempts, Intent intent, RosterPlayer forcedD) {
    boolean made = false;
    for (int i = 1; i <= attempts; i++) {
      if (i == attempts && attempts > 1) {
        substitutionsBetweenFreeThrows(shooter);
      }
      made = intent == Intent.SCORE_ONE ? i == 1 : rng.nextDouble() < shooter.profile().freeThrowPct();
      if (made) {
        scorePoints(o, 1);
      }
      PlayType type = freeThrowType(i, attempts);
      emit(type, null, Wording.freeThrow(shooter.athlete(), made, i, attempts), o, List.of(shooter.athlete()),
          made ? 1 : 0, made, false, true, era.freeThrowLocation());
      wall += 10;
      if (!made && i < attempts && rng.nextDouble() < 0.3) {
        emit(PlayType.OFFENSIVE_REBOUND, Wording.teamRebound(team(o).team, true), o, List.of(), era.noLocation());
      }
    }
    if (made) {
      return new Possession(o.other(), Restart.DEAD_BALL);
    }
    return rebound(o, era.noLocation(), intent == Intent.NORMAL ? Intent.NORMAL : Intent.MUST_MISS, forcedD, true);
  }

  private static PlayType freeThrowType(int number, int of) {
    if (of == 1) {
      return PlayType.FREE_THROW_1_OF_1;
    }
    if (of == 2) {
      return number == 1 ? PlayType.FREE_THROW_1_OF_2 : PlayType.FREE_THROW_2_OF_2;
    }
    return number == 1 ? PlayType.FREE_THROW_1_OF_3 : number == 2 ? PlayType.FREE_THROW_2_OF_3
        : PlayType.FREE_THROW_3_OF_3;
  }

  /** A personal foul row (fouler, then the fouled player when named), then a sixth-foul exit. */
  private void foul(PlayType type, Side foulers, RosterPlayer fouler, RosterPlayer fouled, boolean alwaysName,
      Coordinate where) {
    foulRow(type, foulers, fouler, fouled, alwaysName, where);
    foulOut(team(foulers));
  }

  private void foulRow(PlayType type, Side foulers, RosterPlayer fouler, RosterPlayer fouled, boolean alwaysName,
      Coordinate where) {
    boolean named = alwaysName || rng.nextDouble() < 0.9;
    emit(type, Wording.foul(type, fouler.athlete(), named ? fouled.athlete() : null), foulers,
        participants(fouler, named ? fouled : null), where);
    team(foulers).addPersonalFoul(fouler, type != PlayType.OFFENSIVE_FOUL);
    wall += 12;
  }

  /** A player with his sixth foul leaves the floor. */
  private void foulOut(TeamInGame t) {
    RosterPlayer out = t.fouledOutOnCourt();
    if (out != null) {
      RosterPlayer in = t.replacementFor(elapsed);
      if (in != null) {
        substitute(t, in, out);
      }
    }
  }

  // ---------------------------------------------------------------- dead balls

  /** Timeouts, substitutions and the odd technical foul while the ball is dead. */
  private void deadBall(boolean substitutionsAllowed) {
    if (clock == GameClock.periodLength(period)) {
      return;
    }
    boolean timeout = false;
    if (rng.nextDouble() < (substitutionsAllowed ? 0.085 : 0.06)) {
      Side caller = homeScore == awayScore ? (rng.nextBoolean() ? Side.HOME : Side.AWAY)
          : rng.nextDouble() < 0.65 ? trailing() : trailing().other();
      if (team(caller).takeTimeout()) {
        emit(PlayType.FULL_TIMEOUT, Wording.timeout(team(caller).team), caller, List.of(), era.noLocation());
        wall += 110;
        timeout = true;
      }
    }
    if (!substitutionsAllowed && !timeout) {
      return;
    }
    for (TeamInGame t : List.of(home, away)) {
      if (rng.nextDouble() < (timeout ? 0.9 : 0.55)) {
        rotate(t, timeout ? 3 : 2);
      }
    }
    if (rng.nextDouble() < 0.0035) {
      technicalFoul();
    }
  }

  /** Substitutions before the last free throw; the shooter stays on the floor to take it. */
  private void substitutionsBetweenFreeThrows(RosterPlayer shooter) {
    for (TeamInGame t : List.of(home, away)) {
      if (rng.nextDouble() < 0.3) {
        for (int i = 0; i < 2; i++) {
          RosterPlayer[] change = t.wantedSubstitution(elapsed, false);
          if (change == null || change[1] == shooter) {
            break;
          }
          substitute(t, change[0], change[1]);
        }
      }
    }
  }

  private void rotate(TeamInGame t, int most) {
    for (int i = 0; i < most; i++) {
      RosterPlayer[] change = t.wantedSubstitution(elapsed, false);
      if (change == null) {
        return;
      }
      substitute(t, change[0], change[1]);
    }
  }

  private void substitute(TeamInGame t, RosterPlayer entering, RosterPlayer leaving) {
    t.substitute(entering, leaving);
    emit(PlayType.SUBSTITUTION, Wording.substitution(entering.athlete(), leaving.athlete()), t.side,
        List.of(entering.athlete(), leaving.athlete()), era.noLocation());
    wall += 4;
  }

  /** A technical on a player on the floor, and the other team's technical free throw. */
  private void technicalFoul() {
    TeamInGame guilty = rng.nextBoolean() ? home : away;
    RosterPlayer player = guilty.pick(PlayerProfile::fouling, null, rng);
    if (guilty.hasTechnical(player)) {
      return;
    }
    guilty.addTechnical(player);
    emit(PlayType.TECHNICAL_FOUL, Wording.technicalFoul(player.athlete()), guilty.side,
        List.of(player.athlete()), floorSpot());
    TeamInGame other = team(guilty.side.other());
    RosterPlayer shooter = other.bestFreeThrowShooter();
    boolean made = rng.nextDouble() < shooter.profile().freeThrowPct();
    if (made) {
      scorePoints(other.side, 1);
    }
    emit(PlayType.FREE_THROW_TECHNICAL, null, Wording.technicalFreeThrow(shooter.athlete(), made), other.side,
        List.of(shooter.athlete()), made ? 1 : 0, made, false, true, era.freeThrowLocation());
    wall += 40;
  }

  /** Last resort at the buzzer: a period starter never seen in a play is substituted out. */
  private void revealUnseenStarters() {
    for (TeamInGame t : List.of(home, away)) {
      for (RosterPlayer unseen = t.unseenStarter(); unseen != null; unseen = t.unseenStarter()) {
        RosterPlayer in = t.replacementFor(elapsed);
        if (in == null) {
          break;
        }
        substitute(t, in, unseen);
      }
    }
  }

  private Side jumpBall() {
    RosterPlayer homeJumper = home.pick(PlayerProfile::blocking, null, rng);
    RosterPlayer awayJumper = away.pick(PlayerProfile::blocking, null, rng);
    Side winner = rng.nextBoolean() ? Side.HOME : Side.AWAY;
    RosterPlayer gainer = team(winner).pick(PlayerProfile::passing, winner == Side.HOME ? homeJumper : awayJumper, rng);
    emit(PlayType.JUMPBALL, Wording.jumpBall(awayJumper.athlete(), homeJumper.athlete(), gainer.athlete()), winner,
        List.of(homeJumper.athlete(), awayJumper.athlete(), gainer.athlete()), era.noLocation());
    return winner;
  }

  // ---------------------------------------------------------------- recording

  private void emitShot(ShotMaker.Attempt attempt, String text, Side side, List<Athlete> participants, int points) {
    emit(null, attempt.type(), text, side, participants, points, points > 0, attempt.three(), true, attempt.spot());
  }

  private void emit(PlayType type, String text, Side side, List<Athlete> participants, Coordinate where) {
    emit(type, null, text, side, participants, 0, false, false, false, where);
  }

  private void emit(PlayType type, ShotType shot, String text, Side side, List<Athlete> participants, int points,
      boolean made, boolean three, boolean shootingPlay, Coordinate where) {
    int scoreValue = points;
    if (type != null && type.kind == PlayKind.FREE_THROW && era.zeroScoreValueOnFreeThrows()) {
      scoreValue = 0;
    }
    Play play = new Play(type, shot, text, side, participants, period, clock, awayScore, homeScore, points,
        scoreValue, made, three, shootingPlay, where, (long) wall);
    plays.add(play);
    for (Athlete a : participants) {
      home.markAppeared(a);
      away.markAppeared(a);
    }
    wall += 1 + rng.nextInt(4);
  }

  /**
   * Runs the clock. Above one minute ESPN shows whole seconds ("11:42"), so the clock stops only on
   * whole seconds there: then a reader's minutes computed from the shown clock are exact.
   */
  private void runClock(int tenths) {
    int stop = clock - tenths;
    if (stop >= 600) {
      stop -= stop % 10;
    }
    int ran = clock - stop;
    clock = stop;
    elapsed += ran;
    home.clockRan(ran);
    away.clockRan(ran);
    wall += ran / 10.0;
  }

  private void scorePoints(Side side, int points) {
    if (side == Side.HOME) {
      homeScore += points;
    } else {
      awayScore += points;
    }
  }

  private Coordinate floorSpot() {
    return era.locatesFloorEvents() ? new Coordinate(rng.nextInt(51), rng.nextInt(40)) : era.noLocation();
  }

  private int score(Side side) {
    return side == Side.HOME ? homeScore : awayScore;
  }

  private Side trailing() {
    return homeScore < awayScore ? Side.HOME : Side.AWAY;
  }

  private TeamInGame team(Side side) {
    return side == Side.HOME ? home : away;
  }

  private static List<Athlete> participants(RosterPlayer first, RosterPlayer second) {
    return second == null ? List.of(first.athlete()) : List.of(first.athlete(), second.athlete());
  }

  private static TeamSheet sheet(TeamInGame t) {
    Map<String, String> unavailable = new LinkedHashMap<>();
    for (RosterPlayer p : t.roster) {
      String reason = t.unavailableReason(p);
      if (reason != null) {
        unavailable.put(p.athlete().id(), reason);
      }
    }
    return new TeamSheet(t.team, t.side, t.roster, t.gameStarters().stream().map(RosterPlayer::athlete).toList(),
        unavailable, t.periodStartersLog());
  }
}
