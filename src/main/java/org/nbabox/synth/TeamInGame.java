package org.nbabox.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * One team during a simulated game: who is available, who is on the floor, minutes, fouls and the
 * rotation (each player has a share of the 240 minutes; the most tired player on the floor makes
 * way for the bench player furthest behind his share). Also remembers which of the five who started
 * the current period have shown up in a play, since a reader can only infer them from that.
 */
final class TeamInGame {
  static final int FOUL_LIMIT = 6;
  private static final String[] INJURIES = {
    "RIGHT ANKLE SPRAIN", "LEFT KNEE SORENESS", "ILLNESS", "BACK SPASMS", "RIGHT HAMSTRING STRAIN",
    "LEFT FOOT SORENESS", "CONCUSSION PROTOCOL", "REST"
  };

  final Team team;
  final Side side;
  final List<RosterPlayer> roster;
  private final double[] share;
  private final String[] unavailableReason;
  private final int[] playedTenths;
  private final int[] stintTenths;
  private final int[] fouls;
  private final boolean[] technical;
  private final boolean[] appearedThisPeriod;
  private final List<RosterPlayer> onCourt = new ArrayList<>(5);
  private final List<RosterPlayer> periodStarters = new ArrayList<>(5);
  private final List<List<Athlete>> periodStartersLog = new ArrayList<>();
  private final List<RosterPlayer> gameStarters;
  private int teamFoulsThisPeriod;
  private int timeoutsLeft = 7;

  TeamInGame(Team team, Side side, List<RosterPlayer> roster, SplittableRandom rng) {
    this.team = team;
    this.side = side;
    this.roster = roster;
    int n = roster.size();
    share = new double[n];
    unavailableReason = new String[n];
    playedTenths = new int[n];
    stintTenths = new int[n];
    fouls = new int[n];
    technical = new boolean[n];
    appearedThisPeriod = new boolean[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      weight[i] = i < 5 ? 1.25 + 0.3 * rng.nextDouble() : i < 8 ? 0.6 + 0.2 * rng.nextDouble()
          : i < 10 ? 0.3 + 0.1 * rng.nextDouble() : i < 13 ? 0.05 : 0;
      if (i >= 13) {
        unavailableReason[i] = TeamBox.COACHS_DECISION;
      }
    }
    if (rng.nextDouble() < 0.35) {
      injure(5 + rng.nextInt(8), weight, rng);
    }
    if (rng.nextDouble() < 0.08) {
      injure(rng.nextInt(5), weight, rng);
    }
    double total = 0;
    for (double w : weight) {
      total += w;
    }
    for (int i = 0; i < n; i++) {
      share[i] = 5 * weight[i] / total;
    }
    List<RosterPlayer> starters = new ArrayList<>(5);
    for (RosterPlayer p : roster) {
      if (starters.size() < 5 && available(p)) {
        starters.add(p);
      }
    }
    gameStarters = List.copyOf(starters);
  }

  private void injure(int slot, double[] weight, SplittableRandom rng) {
    weight[slot] = 0;
    unavailableReason[slot] = INJURIES[rng.nextInt(INJURIES.length)];
  }

  List<RosterPlayer> onCourt() {
    return onCourt;
  }

  List<RosterPlayer> gameStarters() {
    return gameStarters;
  }

  List<List<Athlete>> periodStartersLog() {
    return periodStartersLog;
  }

  /** Why a player did not play at all (null for available players). */
  String unavailableReason(RosterPlayer p) {
    return unavailableReason[p.slot()];
  }

  boolean available(RosterPlayer p) {
    return unavailableReason[p.slot()] == null && share[p.slot()] > 0 && fouls[p.slot()] < FOUL_LIMIT;
  }

  /** Puts five on the floor for a new period (not logged as substitutions, as on ESPN). */
  void startPeriod(int period, int elapsedTenths, SplittableRandom rng) {
    List<RosterPlayer> lineup = new ArrayList<>(5);
    boolean startersPreferred = period == 1 || period == 3 || (period >= 4 && rng.nextDouble() < 0.6);
    if (startersPreferred) {
      for (RosterPlayer p : gameStarters) {
        if (available(p)) {
          lineup.add(p);
        }
      }
    }
    while (lineup.size() < 5) {
      RosterPlayer best = null;
      for (RosterPlayer p : roster) {
        if (available(p) && !lineup.contains(p)
            && (best == null || deficit(p, elapsedTenths) > deficit(best, elapsedTenths))) {
          best = p;
        }
      }
      lineup.add(best);
    }
    onCourt.clear();
    onCourt.addAll(lineup);
    periodStarters.clear();
    periodStarters.addAll(lineup);
    periodStartersLog.add(lineup.stream().map(RosterPlayer::athlete).toList());
    Arrays.fill(appearedThisPeriod, false);
    for (RosterPlayer p : lineup) {
      stintTenths[p.slot()] = 0;
    }
    teamFoulsThisPeriod = 0;
  }

  void clockRan(int tenths) {
    for (RosterPlayer p : onCourt) {
      playedTenths[p.slot()] += tenths;
      stintTenths[p.slot()] += tenths;
    }
  }

  /** Notes that a player of this team was in a play (players of the other team are ignored). */
  void markAppeared(Athlete athlete) {
    for (RosterPlayer p : roster) {
      if (p.athlete() == athlete) {
        appearedThisPeriod[p.slot()] = true;
        return;
      }
    }
  }

  /** A period starter still on the floor who has not yet been in any play of this period. */
  RosterPlayer unseenStarter() {
    for (RosterPlayer p : periodStarters) {
      if (!appearedThisPeriod[p.slot()] && onCourt.contains(p)) {
        return p;
      }
    }
    return null;
  }

  /** The substitution the rotation wants now, or null: [entering, leaving]. */
  RosterPlayer[] wantedSubstitution(int elapsedTenths, boolean urgent) {
    RosterPlayer leaving = null;
    double tiredest = urgent ? 0.0 : 1.0;
    for (RosterPlayer p : onCourt) {
      double fatigue = fatigue(p, elapsedTenths);
      if (fatigue > tiredest) {
        tiredest = fatigue;
        leaving = p;
      }
    }
    if (leaving == null) {
      return null;
    }
    RosterPlayer entering = null;
    double mostOwed = urgent ? Double.NEGATIVE_INFINITY : -600;
    for (RosterPlayer p : roster) {
      if (available(p) && !onCourt.contains(p) && deficit(p, elapsedTenths) > mostOwed) {
        mostOwed = deficit(p, elapsedTenths);
        entering = p;
      }
    }
    return entering == null ? null : new RosterPlayer[] {entering, leaving};
  }

  /** A player who must leave now (sixth foul), or null. */
  RosterPlayer fouledOutOnCourt() {
    for (RosterPlayer p : onCourt) {
      if (fouls[p.slot()] >= FOUL_LIMIT) {
        return p;
      }
    }
    return null;
  }

  /** Replacement for a player who must leave: the available bench player most behind his share. */
  RosterPlayer replacementFor(int elapsedTenths) {
    RosterPlayer best = null;
    for (RosterPlayer p : roster) {
      if (available(p) && !onCourt.contains(p)
          && (best == null || deficit(p, elapsedTenths) > deficit(best, elapsedTenths))) {
        best = p;
      }
    }
    return best;
  }

  void substitute(RosterPlayer entering, RosterPlayer leaving) {
    onCourt.set(onCourt.indexOf(leaving), entering);
    stintTenths[entering.slot()] = 0;
    appearedThisPeriod[leaving.slot()] = true;
  }

  void addPersonalFoul(RosterPlayer p, boolean countsForTeam) {
    fouls[p.slot()]++;
    if (countsForTeam) {
      teamFoulsThisPeriod++;
    }
  }

  boolean inPenalty(int period) {
    return teamFoulsThisPeriod >= (period > GameClock.REGULATION_PERIODS ? 4 : 5);
  }

  boolean hasTechnical(RosterPlayer p) {
    return technical[p.slot()];
  }

  void addTechnical(RosterPlayer p) {
    technical[p.slot()] = true;
  }

  boolean takeTimeout() {
    if (timeoutsLeft == 0) {
      return false;
    }
    timeoutsLeft--;
    return true;
  }

  /** An on-court player drawn with weights from his profile; non-null {@code exclude} is skipped. */
  RosterPlayer pick(ToDoubleFunction<PlayerProfile> weight, RosterPlayer exclude, SplittableRandom rng) {
    double total = 0;
    for (RosterPlayer p : onCourt) {
      if (p != exclude) {
        total += weight(p, weight);
      }
    }
    double r = rng.nextDouble() * total;
    RosterPlayer last = null;
    for (RosterPlayer p : onCourt) {
      if (p != exclude) {
        last = p;
        r -= weight(p, weight);
        if (r < 0) {
          return p;
        }
      }
    }
    return last;
  }

  RosterPlayer bestFreeThrowShooter() {
    RosterPlayer best = onCourt.get(0);
    for (RosterPlayer p : onCourt) {
      if (p.profile().freeThrowPct() > best.profile().freeThrowPct()) {
        best = p;
      }
    }
    return best;
  }

  /** Players who have not yet shown up in this period get picked more, so starters can be inferred. */
  private double weight(RosterPlayer p, ToDoubleFunction<PlayerProfile> weight) {
    double w = weight.applyAsDouble(p.profile());
    return appearedThisPeriod[p.slot()] ? w : 2.5 * w;
  }

  private double deficit(RosterPlayer p, int elapsedTenths) {
    return share[p.slot()] * elapsedTenths - playedTenths[p.slot()];
  }

  /** Above 1: played past his usual stint, or ahead of his share of the game. */
  private double fatigue(RosterPlayer p, int elapsedTenths) {
    double usualStint = share[p.slot()] >= 0.6 ? 5_400 : 3_600;
    double ahead = -deficit(p, elapsedTenths) / 3_000.0;
    return stintTenths[p.slot()] / usualStint + Math.max(0, ahead);
  }
}
