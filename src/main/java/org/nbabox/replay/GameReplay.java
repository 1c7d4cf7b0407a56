package org.nbabox.replay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nbabox.espn.OfficialPlayerLine;
import org.nbabox.espn.PeriodRules;
import org.nbabox.espn.RawGame;
import org.nbabox.espn.RawPlay;
import org.nbabox.events.EventClassifier;
import org.nbabox.events.EventKind;
import org.nbabox.events.GameEvent;
import org.nbabox.events.Roster;

/**
 * Replays a game event by event: score from the scoring events themselves, players on court (with
 * period starters inferred), time played, +/-, and every box score counter. After each event the
 * state goes to a {@link SnapshotListener}. One instance per game; not thread-safe.
 */
public final class GameReplay implements Snapshot {

    /** A gap without any event this long within a period means play-by-play is missing there. */
    static final int MISSING_STRETCH_TENTHS = 3000;

    private final RawGame game;
    private final PeriodRules rules;
    private final Roster roster;
    private final List<Anomaly> anomalies = new ArrayList<>();
    private final Map<String, PlayerLine> players = new LinkedHashMap<>();
    private final List<String> homeCourt = new ArrayList<>(6);
    private final List<String> awayCourt = new ArrayList<>(6);
    private final TeamLine homeLine;
    private final TeamLine awayLine;
    private final List<PeriodBox> periods = new ArrayList<>();
    private final Map<String, Boolean> boxStarterFlags = new LinkedHashMap<>();

    private List<GameEvent> events;
    private int index;
    private GameEvent current;
    private int period;
    private int tenthsLeft;
    private int elapsed;
    private int homeScore;
    private int awayScore;
    private int points;
    private boolean lastOfPeriod;
    private Map<String, BoxLine> periodStartLines = new HashMap<>();
    private TeamLine homeAtPeriodStart;
    private TeamLine awayAtPeriodStart;
    private GameEvent previousApplied;
    /** Lineups when the last personal foul was called: free throws it awarded count for them in +/-. */
    private final List<String> homeAtFoul = new ArrayList<>(6);
    private final List<String> awayAtFoul = new ArrayList<>(6);
    private GameEvent lastFoul;

    private GameReplay(RawGame game) {
        this.game = game;
        this.rules = game.periodRules();
        this.roster = Roster.of(game);
        this.homeLine = new TeamLine(game.home().id());
        this.awayLine = new TeamLine(game.away().id());
        if (game.boxScore() != null) {
            for (OfficialPlayerLine l : game.boxScore().players()) {
                if (l.athleteId() != null) {
                    boxStarterFlags.putIfAbsent(l.athleteId(), l.starter());
                }
            }
        }
    }

    /** Replays a game with play-by-play, calling {@code listener} after every event. */
    public static ReplayResult replay(RawGame game, SnapshotListener listener) {
        return new GameReplay(game).run(listener);
    }

    private ReplayResult run(SnapshotListener listener) {
        events = classify();
        PlayOrder.repair(events, anomalies);
        TreeMap<Integer, List<GameEvent>> byPeriod = new TreeMap<>();
        for (GameEvent e : events) {
            byPeriod.computeIfAbsent(e.play().period(), k -> new ArrayList<>()).add(e);
        }
        detectMissingStretches(byPeriod);
        EspnScoreWatch watch = new EspnScoreWatch();
        period = 0;
        for (index = 0; index < events.size(); index++) {
            current = events.get(index);
            int p = current.play().period();
            if (p != period) {
                startPeriod(p, byPeriod.get(p));
            }
            int t = GameClock.tenthsLeft(current.play().clock());
            if (t >= 0 && t <= rules.lengthSeconds(p) * 10) {
                advanceClockTo(t);
            }
            points = 0;
            apply(current);
            lastOfPeriod = index + 1 == events.size() || events.get(index + 1).play().period() != p;
            if (lastOfPeriod) {
                advanceClockTo(0);
            }
            watch.check(current.play());
            listener.onSnapshot(this);
            if (lastOfPeriod) {
                endPeriod();
            }
            previousApplied = current;
        }
        watch.finish();
        reportGuessedShotValues();
        return new ReplayResult(events.size(), homeScore, awayScore, players, homeLine, awayLine, periods,
                anomalies, countUnknownTypes(), countUnclassified());
    }

    /** Shots whose value nothing in the play told (see EventClassifier#shotValue): counted as twos, reported. */
    private void reportGuessedShotValues() {
        for (GameEvent e : events) {
            if ((e.kind() == EventKind.SHOT_MADE || e.kind() == EventKind.SHOT_MISSED) && "default".equals(e.threeSource())) {
                anomalies.add(new Anomaly("shot_value_unknown", "play " + e.play().id() + " (" + e.play().text().trim()
                        + "): no text, distance, location or score change tells two from three; counted as a two"));
            }
        }
    }

    private List<GameEvent> classify() {
        List<RawPlay> plays = PlayOrder.withoutDuplicates(withKnownTeams(withValidPeriods(game.plays())), anomalies);
        EventClassifier classifier = new EventClassifier(game, roster);
        classifier.learnAliases(plays);
        List<GameEvent> out = new ArrayList<>(plays.size());
        int home = 0;
        int away = 0;
        for (RawPlay p : plays) {
            out.add(classifier.classify(p, home, away));
            home = p.homeScore();
            away = p.awayScore();
        }
        return out;
    }

    /** Plays without a period (0, negative or unreadable) cannot be placed in the game: dropped and reported. */
    private List<RawPlay> withValidPeriods(List<RawPlay> plays) {
        List<RawPlay> valid = plays;
        for (int i = 0; i < plays.size(); i++) {
            RawPlay p = plays.get(i);
            if (p.period() >= 1) {
                if (valid != plays) {
                    valid.add(p);
                }
                continue;
            }
            if (valid == plays) {
                valid = new ArrayList<>(plays.subList(0, i));
            }
            anomalies.add(new Anomaly("invalid_period", "play " + p.id() + " (" + p.text().trim() + ") has period "
                    + p.period() + " and was skipped"));
        }
        return valid;
    }

    /**
     * A play naming a team that is neither of the game's two loses that team (its player's team is used
     * instead, as for a play without one), so that it cannot score for the wrong side; reported.
     */
    private List<RawPlay> withKnownTeams(List<RawPlay> plays) {
        List<RawPlay> out = plays;
        for (int i = 0; i < plays.size(); i++) {
            RawPlay p = plays.get(i);
            if (p.teamId() == null || game.team(p.teamId()) != null) {
                continue;
            }
            if (out == plays) {
                out = new ArrayList<>(plays);
            }
            out.set(i, p.withTeam(null));
            anomalies.add(new Anomaly("unknown_team", "play " + p.id() + " (" + p.text().trim() + ") names team "
                    + p.teamId() + ", which is neither " + game.home().id() + " nor " + game.away().id()
                    + "; its player's team is used"));
        }
        return out;
    }

    private int countUnknownTypes() {
        Map<Integer, Integer> unknown = new TreeMap<>();
        for (GameEvent e : events) {
            if (e.unknownType()) {
                unknown.merge(e.play().typeId(), 1, Integer::sum);
            }
        }
        unknown.forEach((id, n) -> anomalies.add(new Anomaly("unknown_type",
                "ESPN type id " + id + " is unknown; " + n + " play(s) read from their text")));
        return unknown.values().stream().mapToInt(Integer::intValue).sum();
    }

    private int countUnclassified() {
        int n = 0;
        for (GameEvent e : events) {
            if (e.kind() == EventKind.UNKNOWN && !e.play().text().isBlank()) {
                n++;
                anomalies.add(new Anomaly("unclassified", "play " + e.play().id() + " not understood: "
                        + e.play().text().trim()));
            }
        }
        return n;
    }

    /**
     * Stretches of a period without any event (at its start, between two events or at its end) and
     * whole periods without play-by-play, up to the last period of the plays or of ESPN's linescore.
     */
    private void detectMissingStretches(TreeMap<Integer, List<GameEvent>> byPeriod) {
        int lastPeriod = Math.max(byPeriod.isEmpty() ? 0 : byPeriod.lastKey(),
                Math.max(game.homeLinescores().length, game.awayLinescores().length));
        for (int p = 1; p <= lastPeriod; p++) {
            List<GameEvent> periodEvents = byPeriod.get(p);
            if (periodEvents == null) {
                int last = p;
                while (last + 1 <= lastPeriod && !byPeriod.containsKey(last + 1)) {
                    last++;
                }
                anomalies.add(new Anomaly("missing_play_by_play", (last == p ? "period " + p : "periods " + p + "-" + last)
                        + ": no play-by-play at all"));
                p = last;
                continue;
            }
            int last = rules.lengthSeconds(p) * 10;
            for (GameEvent ev : periodEvents) {
                int t = GameClock.tenthsLeft(ev.play().clock());
                if (t < 0) {
                    continue;
                }
                if (last - t >= MISSING_STRETCH_TENTHS) {
                    missingStretch(p, last, t);
                }
                last = Math.min(last, t);
            }
            if (last >= MISSING_STRETCH_TENTHS) {
                missingStretch(p, last, 0);
            }
        }
    }

    private void missingStretch(int p, int from, int to) {
        anomalies.add(new Anomaly("missing_play_by_play", "period " + p + ": no play-by-play from "
                + GameClock.display(from) + " to " + GameClock.display(to)));
    }

    // ---- periods and time

    private void startPeriod(int p, List<GameEvent> periodEvents) {
        period = p;
        tenthsLeft = rules.lengthSeconds(p) * 10;
        elapsed = GameClock.elapsedTenths(rules, p, tenthsLeft);
        setStarters(homeCourt, game.home().id(), periodEvents, p);
        setStarters(awayCourt, game.away().id(), periodEvents, p);
        periodStartLines = new HashMap<>();
        for (PlayerLine l : players.values()) {
            periodStartLines.put(l.playerId(), l.copy());
        }
        homeAtPeriodStart = homeLine.snapshot();
        awayAtPeriodStart = awayLine.snapshot();
    }

    private void setStarters(List<String> court, String teamId, List<GameEvent> periodEvents, int p) {
        List<String> fallback = new ArrayList<>(court);
        if (fallback.isEmpty()) {
            fallback = PeriodStarters.boxStarters(boxStarterFlags, teamId, roster);
        }
        List<String> starters = PeriodStarters.infer(periodEvents, teamId, roster, fallback, anomalies, p);
        for (String id : court) {
            if (!starters.contains(id)) {
                PlayerLine l = line(id, teamId);
                l.onCourt = false;
                l.changedAt = index;
            }
        }
        for (String id : starters) {
            PlayerLine l = line(id, teamId);
            if (!l.onCourt) {
                l.onCourt = true;
                l.changedAt = index;
            }
        }
        court.clear();
        court.addAll(starters);
        if (starters.size() < 5) {
            anomalies.add(new Anomaly("starters_missing", rules.label(p) + ", team " + teamId + ": only "
                    + starters.size() + " of 5 period starters could be inferred"));
        }
    }

    private void advanceClockTo(int t) {
        if (t > tenthsLeft) {
            return; // never run the clock backwards; the order repair already reported such plays
        }
        int dt = tenthsLeft - t;
        if (dt > 0) {
            for (String id : homeCourt) {
                players.get(id).tenths += dt;
            }
            for (String id : awayCourt) {
                players.get(id).tenths += dt;
            }
            homeLine.tenths += dt * homeCourt.size();
            awayLine.tenths += dt * awayCourt.size();
        }
        tenthsLeft = t;
        elapsed = GameClock.elapsedTenths(rules, period, t);
    }

    private void endPeriod() {
        List<PlayerLine> lines = new ArrayList<>();
        for (PlayerLine l : players.values()) {
            BoxLine start = periodStartLines.get(l.playerId());
            BoxLine diff = start == null ? l.copy() : l.minus(start);
            if (diff.tenths > 0 || !diff.sameCounters(new BoxLine()) || l.onCourt) {
                PlayerLine pl = new PlayerLine(l.playerId(), l.playerName(), l.teamId());
                pl.copyFrom(diff);
                pl.onCourt = l.onCourt;
                lines.add(pl);
            }
        }
        int homeBefore = periods.isEmpty() ? 0 : periods.get(periods.size() - 1).homeCumulative();
        int awayBefore = periods.isEmpty() ? 0 : periods.get(periods.size() - 1).awayCumulative();
        periods.add(new PeriodBox(period, rules.label(period), lines, homeLine.minus(homeAtPeriodStart),
                awayLine.minus(awayAtPeriodStart), homeScore - homeBefore, awayScore - awayBefore, homeScore, awayScore));
    }

    // ---- events

    private void apply(GameEvent e) {
        switch (e.kind()) {
            case SHOT_MADE -> {
                withoutPlayer(e, true, false);
                stat(e.player1(), e.teamId(), Stat.FGM, 1);
                stat(e.player1(), e.teamId(), Stat.FGA, 1);
                if (e.three()) {
                    stat(e.player1(), e.teamId(), Stat.FG3M, 1);
                    stat(e.player1(), e.teamId(), Stat.FG3A, 1);
                }
                stat(e.player1(), e.teamId(), Stat.PTS, e.points());
                stat(e.player2(), e.teamId(), Stat.AST, 1);
                score(e.teamId(), e.points());
            }
            case SHOT_MISSED -> {
                withoutPlayer(e, false, false);
                stat(e.player1(), e.teamId(), Stat.FGA, 1);
                if (e.three()) {
                    stat(e.player1(), e.teamId(), Stat.FG3A, 1);
                }
                stat(e.player3(), other(e.teamId()), Stat.BLK, 1);
            }
            case FREE_THROW_MADE -> {
                withoutPlayer(e, true, true);
                stat(e.player1(), e.teamId(), Stat.FTM, 1);
                stat(e.player1(), e.teamId(), Stat.FTA, 1);
                stat(e.player1(), e.teamId(), Stat.PTS, 1);
                score(e.teamId(), 1);
            }
            case FREE_THROW_MISSED -> {
                withoutPlayer(e, false, true);
                stat(e.player1(), e.teamId(), Stat.FTA, 1);
            }
            case REBOUND_OFFENSIVE, REBOUND_DEFENSIVE -> rebound(e);
            case TURNOVER -> {
                if (e.player1() != null) {
                    stat(e.player1(), e.teamId(), Stat.TOV, 1);
                } else {
                    team(e.teamId()).teamTurnovers++;
                }
                stat(e.player2(), other(e.teamId()), Stat.STL, 1);
            }
            case PERSONAL_FOUL -> {
                stat(e.player1(), e.teamId(), Stat.PF, 1);
                lastFoul = e;
                homeAtFoul.clear();
                homeAtFoul.addAll(homeCourt);
                awayAtFoul.clear();
                awayAtFoul.addAll(awayCourt);
            }
            case SUBSTITUTION -> substitute(e);
            default -> {
                // timeouts, jump balls, violations, technicals, ejections, period markers, reviews: no counter
            }
        }
        if (e.kind() != EventKind.SUBSTITUTION && e.kind() != EventKind.TECHNICAL_FOUL && e.kind() != EventKind.EJECTION) {
            checkOnCourt(e.player1(), e.teamId());
        }
    }

    /**
     * A shot or free throw whose player is unknown still counts for its team, so that the team line and
     * the period points agree with the score; it is reported.
     */
    private void withoutPlayer(GameEvent e, boolean made, boolean freeThrow) {
        if (e.player1() != null) {
            return;
        }
        TeamLine t = team(e.teamId());
        if (t == null) {
            anomalies.add(new Anomaly("play_without_player", rules.label(period) + " " + e.play().clock() + ": "
                    + e.play().text().trim() + " names no known player or team; it counts for nobody"));
            return;
        }
        Stat attempt = freeThrow ? Stat.FTA : Stat.FGA;
        t.add(attempt, 1);
        if (made) {
            t.add(freeThrow ? Stat.FTM : Stat.FGM, 1);
            t.add(Stat.PTS, freeThrow ? 1 : e.points());
        }
        if (e.three()) {
            t.add(Stat.FG3A, 1);
            if (made) {
                t.add(Stat.FG3M, 1);
            }
        }
        anomalies.add(new Anomaly("play_without_player", rules.label(period) + " " + e.play().clock() + ": "
                + e.play().text().trim() + " names no known player; counted for the team only"));
    }

    private void rebound(GameEvent e) {
        Stat s = e.kind() == EventKind.REBOUND_OFFENSIVE ? Stat.OREB : Stat.DREB;
        if (e.player1() != null) {
            stat(e.player1(), e.teamId(), s, 1);
            stat(e.player1(), e.teamId(), Stat.REB, 1);
            return;
        }
        GameEvent prev = previousApplied;
        boolean placeholder = prev != null && prev.kind() == EventKind.FREE_THROW_MISSED && !prev.isLastFreeThrow();
        if (!placeholder && e.teamId() != null) {
            team(e.teamId()).teamRebounds++;
        }
    }

    private void substitute(GameEvent e) {
        String teamId = e.teamId();
        if (teamId == null) {
            return;
        }
        List<String> court = court(teamId);
        if (court == null) {
            return;
        }
        String out = e.player2();
        String in = e.player1();
        if (out != null) {
            if (court.remove(out)) {
                PlayerLine l = line(out, teamId);
                l.onCourt = false;
                l.changedAt = index;
            } else {
                anomalies.add(new Anomaly("phantom_substitution", rules.label(period) + " " + e.play().clock() + ": "
                        + roster.nameOf(out) + " subbed out while not on court"));
            }
        }
        if (in != null) {
            if (!court.contains(in)) {
                court.add(in);
                PlayerLine l = line(in, teamId);
                l.onCourt = true;
                l.changedAt = index;
            } else {
                anomalies.add(new Anomaly("phantom_substitution", rules.label(period) + " " + e.play().clock() + ": "
                        + roster.nameOf(in) + " subbed in while already on court"));
            }
        }
        if (court.size() != 5 && (in == null || out == null)) {
            // "X enters the game for " / "enters the game for Y": ESPN left a name out
            anomalies.add(new Anomaly("substitution_incomplete", rules.label(period) + " " + e.play().clock() + ": "
                    + "\"" + e.play().text().trim() + "\" names one player only; team " + teamId + " has " + court.size()
                    + " on court until a play shows who"));
        }
    }

    /** A player acting while off court: put him on when his team is short, else report it. */
    private void checkOnCourt(String playerId, String teamHint) {
        if (playerId == null) {
            return;
        }
        PlayerLine l = players.get(playerId);
        if (l == null || l.onCourt) {
            return;
        }
        List<String> court = court(l.teamId());
        if (court != null && court.size() < 5) {
            court.add(playerId);
            l.onCourt = true;
            l.changedAt = index;
        } else {
            anomalies.add(new Anomaly("off_court_action", rules.label(period) + " " + current.play().clock() + ": "
                    + l.playerName() + " acted while not on court (" + current.play().text().trim() + ")"));
        }
    }

    private void score(String teamId, int pts) {
        if (teamId == null || pts == 0) {
            return;
        }
        boolean home = game.isHome(teamId);
        if (home) {
            homeScore += pts;
        } else {
            awayScore += pts;
        }
        points += pts;
        // free throws count in +/- for the players on court when the foul was called (substitutes
        // entering between free throws do not share them), as in the official plus-minus
        boolean fromFoul = current.kind().isFreeThrow() && lastFoul != null
                && lastFoul.play().period() == current.play().period()
                && java.util.Objects.equals(lastFoul.play().clock(), current.play().clock());
        List<String> homeLineup = fromFoul ? homeAtFoul : homeCourt;
        List<String> awayLineup = fromFoul ? awayAtFoul : awayCourt;
        List<String> scoring = home ? homeLineup : awayLineup;
        List<String> conceding = home ? awayLineup : homeLineup;
        // +/- moves for all ten players on court; like seconds played it is not a "change" of the
        // line (see PlayerLine#changedAt): it follows from the on-court status and the score
        for (String id : scoring) {
            players.get(id).add(Stat.PLUS_MINUS, pts);
        }
        for (String id : conceding) {
            players.get(id).add(Stat.PLUS_MINUS, -pts);
        }
        if (fromFoul) {
            // except where the lineup at the foul differs from the one on court now: a substitute who
            // came in between free throws is on court without sharing them, one who left shares them
            // off court; their lines changed in a way the score alone does not tell
            markDifferences(homeAtFoul, homeCourt);
            markDifferences(awayAtFoul, awayCourt);
        }
        (home ? homeLine : awayLine).add(Stat.PLUS_MINUS, pts);
        (home ? awayLine : homeLine).add(Stat.PLUS_MINUS, -pts);
    }

    private void markDifferences(List<String> atFoul, List<String> onCourt) {
        for (String id : atFoul) {
            if (!onCourt.contains(id)) {
                players.get(id).changedAt = index;
            }
        }
        for (String id : onCourt) {
            if (!atFoul.contains(id)) {
                players.get(id).changedAt = index;
            }
        }
    }

    private void stat(String playerId, String teamHint, Stat s, int n) {
        if (playerId == null || n == 0) {
            return;
        }
        PlayerLine l = line(playerId, teamHint);
        l.add(s, n);
        l.changedAt = index;
        TeamLine t = team(l.teamId());
        if (t != null) {
            t.add(s, n);
        }
    }

    private PlayerLine line(String playerId, String teamHint) {
        PlayerLine l = players.get(playerId);
        if (l == null) {
            String teamId = roster.teamOf(playerId);
            if (teamId == null) {
                teamId = teamHint;
                roster.add(playerId, null, teamHint);
                anomalies.add(new Anomaly("player_not_in_box_score", "athlete " + playerId + " appears in the plays only"));
            }
            l = new PlayerLine(playerId, roster.nameOf(playerId), teamId);
            players.put(playerId, l);
        }
        return l;
    }

    private TeamLine team(String teamId) {
        if (teamId == null) {
            return null;
        }
        if (teamId.equals(game.home().id())) {
            return homeLine;
        }
        return teamId.equals(game.away().id()) ? awayLine : null;
    }

    private List<String> court(String teamId) {
        if (game.home().id().equals(teamId)) {
            return homeCourt;
        }
        return game.away().id().equals(teamId) ? awayCourt : null;
    }

    private String other(String teamId) {
        if (teamId == null) {
            return null;
        }
        return game.isHome(teamId) ? game.away().id() : game.home().id();
    }

    /** Compares ESPN's running score with the computed one and reports each run of disagreement once. */
    private final class EspnScoreWatch {
        private int runStart = -1;
        private String first;

        void check(RawPlay p) {
            boolean differs = p.homeScore() != homeScore || p.awayScore() != awayScore;
            if (differs && runStart < 0) {
                runStart = index;
                first = rules.label(period) + " " + p.clock() + ": ESPN " + p.awayScore() + "-" + p.homeScore()
                        + ", computed " + awayScore + "-" + homeScore + " (away-home)";
            } else if (!differs && runStart >= 0) {
                report(index - 1);
            }
        }

        void finish() {
            if (runStart >= 0) {
                report(index - 1);
            }
        }

        private void report(int end) {
            anomalies.add(new Anomaly("espn_score_mismatch", "ESPN's running score differs from the scoring plays at events "
                    + runStart + "-" + end + ", first at " + first));
            runStart = -1;
        }
    }

    // ---- Snapshot view

    @Override
    public int eventIndex() {
        return index;
    }

    @Override
    public GameEvent event() {
        return current;
    }

    @Override
    public int period() {
        return period;
    }

    @Override
    public String periodLabel() {
        return rules.label(period);
    }

    @Override
    public int tenthsLeft() {
        return tenthsLeft;
    }

    @Override
    public int elapsedTenths() {
        return elapsed;
    }

    @Override
    public int homeScore() {
        return homeScore;
    }

    @Override
    public int awayScore() {
        return awayScore;
    }

    @Override
    public int points() {
        return points;
    }

    @Override
    public List<String> homeOnCourt() {
        return homeCourt;
    }

    @Override
    public List<String> awayOnCourt() {
        return awayCourt;
    }

    @Override
    public Collection<PlayerLine> players() {
        return players.values();
    }

    @Override
    public TeamLine homeLine() {
        return homeLine;
    }

    @Override
    public TeamLine awayLine() {
        return awayLine;
    }

    @Override
    public boolean lastOfPeriod() {
        return lastOfPeriod;
    }
}
