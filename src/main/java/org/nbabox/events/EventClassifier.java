package org.nbabox.events;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nbabox.espn.RawGame;
import org.nbabox.espn.RawPlay;

/**
 * Classifies plays: the family from the ESPN type id where present and known, from the text
 * otherwise; the details (made or missed, shot value, free throw n of m, who did what) from the text,
 * the participants and the numbers. Players come from the participants when the format has them
 * (Format 1) and from names in the text resolved against the {@link Roster} when it does not (Format 2).
 * One classifier per game; not thread-safe.
 */
public final class EventClassifier {

    private static final Pattern MAKE_MISS = Pattern.compile("\\b(makes|misses|made|missed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKS = Pattern.compile("^(.+?) blocks (.+?)\\s*'s\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKED_BY = Pattern.compile("Blocked by (.+?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSISTS = Pattern.compile("\\((.+?) assists\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSISTED_BY = Pattern.compile("Assisted by (.+?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREE = Pattern.compile("three point|3pt|3-pt", Pattern.CASE_INSENSITIVE);
    /** A two by the text: said so ("two point", "2pt"), or a shot at the rim or in the paint by its kind. */
    private static final Pattern TWO = Pattern.compile("\\b(?:two point|2-?pt|layup|lay-up|lay up|dunk|alley[- ]oop|tip[- ]?in"
            + "|tip shot|putback|finger roll|hook)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTANCE = Pattern.compile("(\\d+)(?:-foot| ft\\b|-ft\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FT_N_OF_M = Pattern.compile("(\\d) of (\\d)");
    private static final Pattern STEALS = Pattern.compile("\\((.+?) steals\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STOLEN_BY = Pattern.compile("Stolen by (.+?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DRAWS = Pattern.compile("\\((.+?) draws the foul\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUB = Pattern.compile("^(.*?)\\s*enters the game for\\s*(.*?)\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern JUMP = Pattern.compile(
            "^(?:jump ?ball:?\\s*)?(.+?) vs\\.? (.+?)(?:\\s*\\((.+?) gains possession\\))?\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REBOUND = Pattern.compile("^(.*?)\\s*(offensive|defensive)\\b.*rebound", Pattern.CASE_INSENSITIVE);
    private static final Pattern TURNOVER_WORDS = Pattern.compile(
            "\\b(bad pass|lost ball|traveling|turnover|3 second|three second|back ?court|offensive goaltending|out of bounds|"
                    + "steps out|palming|disc(?:ontinued)? dribble|double dribble|shot clock|8 second|5 second|inbound|"
                    + "illegal assist|basket from below|punched ball|swinging elbows|opposite basket|illegal screen|lane violation turnover|"
                    + "offensive foul turnover|jump ball violation turnover)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FOUL_WORDS = Pattern.compile(
            "\\b(shooting|personal|loose ball|offensive|away from (?:play|ball)|flagrant|double technical|technical|clear path|"
                    + "take|transition take|inbound|illegal defense|defensive 3|defensive three|delay|punching|elbow|hanging|charge|block)",
            Pattern.CASE_INSENSITIVE);

    private final Roster roster;
    private final RawGame game;
    private final boolean fullParticipants;

    public EventClassifier(RawGame game, Roster roster) {
        this.game = game;
        this.roster = roster;
        this.fullParticipants = game.sourceFormat() == 1;
    }

    /**
     * Players come from the play's participants in Format 1; from its text in Format 2, and in a Format 1
     * play that lost its participants (the text path reads every era's wording the same way, see
     * Format2ConversionTest).
     */
    private boolean byParticipants(RawPlay play) {
        return fullParticipants && !play.participants().isEmpty();
    }

    /**
     * Format 2 names the main athlete of a play by id; where the text calls him otherwise (Ron Artest
     * for Metta World Peace), the text's name becomes an alias of that id, so that the same name in
     * another role (an assist, a steal) resolves too.
     */
    public void learnAliases(Iterable<RawPlay> plays) {
        if (fullParticipants) {
            return;
        }
        for (RawPlay play : plays) {
            String id = play.participant(0);
            String text = play.text() == null ? "" : play.text().replace('\n', ' ').trim();
            String name = id == null ? null : primaryName(text);
            if (name != null && !name.isEmpty() && !id.equals(roster.resolve(name, play.teamId()))
                    && roster.resolveTeam(name, null) == null) {
                roster.alias(name, id);
            }
        }
    }

    /** The name of the main actor in a text, or null when the text has no clear main actor. */
    private static String primaryName(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains(" blocks ") || lower.contains("enters the game") || lower.contains(" vs")) {
            Matcher sub = SUB.matcher(text);
            return lower.contains("enters the game") && sub.find() ? sub.group(1).trim() : null;
        }
        Matcher m = MAKE_MISS.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()).trim();
        }
        Matcher r = REBOUND.matcher(text);
        if (r.find()) {
            return r.group(1).trim();
        }
        Matcher t = TURNOVER_WORDS.matcher(text);
        if (t.find() && !lower.contains(" foul")) {
            return text.substring(0, t.start()).trim();
        }
        Matcher f = FOUL_WORDS.matcher(text);
        if (f.find() && lower.contains("foul")) {
            return text.substring(0, f.start()).trim();
        }
        return null;
    }

    /**
     * Classifies one play.
     *
     * @param espnHomeBefore ESPN's running home score before this play (for a made shot's value)
     * @param espnAwayBefore same for the away team
     */
    public GameEvent classify(RawPlay play, int espnHomeBefore, int espnAwayBefore) {
        String text = play.text() == null ? "" : play.text().replace('\n', ' ').trim();
        String lower = text.toLowerCase(Locale.ROOT);
        PlayFamily family = play.hasTypeId() ? PlayFamily.ofTypeId(play.typeId()) : null;
        boolean unknownType = play.hasTypeId() && family == null;
        if (family == null) {
            family = familyFromText(lower, text, play.teamId());
        }
        // a type and its text can disagree; the text wins where it is unambiguous
        if (family == PlayFamily.JUMP_BALL && lower.contains("violation")) {
            family = PlayFamily.VIOLATION;
        }
        if (family == PlayFamily.EJECTION && !lower.contains("eject")) {
            family = null;
        }
        if (family == null) {
            return simple(play, EventKind.UNKNOWN, unknownType);
        }
        return switch (family) {
            case SHOT -> shot(play, text, espnHomeBefore, espnAwayBefore, unknownType);
            case FREE_THROW -> freeThrow(play, text, lower, unknownType);
            case REBOUND -> rebound(play, text, lower, unknownType);
            case TURNOVER -> turnover(play, text, unknownType);
            case FOUL -> foul(play, text, lower, unknownType);
            case SUBSTITUTION -> substitution(play, text, unknownType);
            case JUMP_BALL -> jumpBall(play, text, unknownType);
            case EJECTION -> actor(play, EventKind.EJECTION, prefixBefore(text, " ejected"), unknownType);
            case VIOLATION -> actor(play, EventKind.VIOLATION, violator(text), unknownType);
            case TIMEOUT -> simple(play, EventKind.TIMEOUT, unknownType);
            case PERIOD_START -> simple(play, EventKind.PERIOD_START, unknownType);
            case PERIOD_END -> simple(play, EventKind.PERIOD_END, unknownType);
            case GAME_END -> simple(play, EventKind.GAME_END, unknownType);
            case REVIEW -> simple(play, EventKind.REVIEW, unknownType);
        };
    }

    private PlayFamily familyFromText(String lower, String text, String teamId) {
        if (lower.isEmpty()) {
            return null;
        }
        if (lower.contains("enters the game")) {
            return PlayFamily.SUBSTITUTION;
        }
        if (lower.startsWith("start of")) {
            return PlayFamily.PERIOD_START;
        }
        if (lower.startsWith("end of game") || lower.startsWith("end game") || lower.startsWith("end of the game")) {
            return PlayFamily.GAME_END;
        }
        if (lower.startsWith("end of")) {
            return PlayFamily.PERIOD_END;
        }
        // before timeouts: "COACH'S CHALLENGE (CALL OVERTURNED) [Suns] retain their timeout" is a review
        if (lower.contains("challenge") || lower.contains("review") || lower.contains("instant replay")) {
            return PlayFamily.REVIEW;
        }
        if (lower.contains("timeout")) {
            return PlayFamily.TIMEOUT;
        }
        if (lower.contains(" ejected")) {
            return PlayFamily.EJECTION;
        }
        if (lower.contains("free throw")) {
            return PlayFamily.FREE_THROW;
        }
        if (lower.contains("rebound")) {
            return PlayFamily.REBOUND;
        }
        if (lower.contains("gains possession") || lower.startsWith("jumpball") || lower.startsWith("jump ball")
                || lower.endsWith(" jump ball")) { // "Rajon Rondo jump ball": a held ball with one name
            return lower.contains("violation") ? PlayFamily.VIOLATION : PlayFamily.JUMP_BALL;
        }
        if (lower.contains(" blocks ") || MAKE_MISS.matcher(text).find()) {
            return PlayFamily.SHOT;
        }
        if (lower.endsWith(" foul") || lower.endsWith(" foul.")) {
            // 2002 wording: "X Foul" alone, after "X Offensive Foul", is the offensive foul's turnover
            String name = text.substring(0, lower.lastIndexOf(" foul")).trim();
            if (roster.resolveExact(name, teamId) != null) {
                return PlayFamily.TURNOVER;
            }
        }
        if (TURNOVER_WORDS.matcher(lower).find() && !lower.contains(" foul")) {
            return PlayFamily.TURNOVER;
        }
        if (lower.contains("foul") || lower.contains("technical") || lower.contains("offensive charge")) {
            return PlayFamily.FOUL;
        }
        if (lower.contains("violation") || lower.contains("goaltending") || lower.contains("kicked ball")
                || lower.contains("illegal defense")) {
            return PlayFamily.VIOLATION;
        }
        return null;
    }

    private GameEvent shot(RawPlay play, String text, int homeBefore, int awayBefore, boolean unknownType) {
        boolean made = isMade(play, text);
        String team = play.teamId();
        String shooter = null;
        String second = null;
        Matcher blocks = BLOCKS.matcher(text);
        String shooterName;
        String secondName = null;
        if (blocks.find()) {
            shooterName = blocks.group(2);
            secondName = made ? null : blocks.group(1);
        } else {
            Matcher m = MAKE_MISS.matcher(text);
            shooterName = m.find() ? text.substring(0, m.start()).trim() : null;
            Matcher a = (made ? ASSISTS : BLOCKED_BY).matcher(text);
            Matcher b = made ? ASSISTED_BY.matcher(text) : null;
            if (a.find()) {
                secondName = a.group(1);
            } else if (b != null && b.find()) {
                secondName = b.group(1);
            }
        }
        if (byParticipants(play)) {
            shooter = play.participant(0);
            second = play.participant(1);
            if (second != null && secondName == null) {
                second = null; // a participant the text gives no role to
            }
        } else {
            shooter = resolveOr(shooterName, team, play.participant(0));
            second = secondName == null ? null : roster.resolve(secondName, made ? team : other(team));
        }
        if (team == null && shooter != null) {
            team = roster.teamOf(shooter);
        }
        ShotValue value = shotValue(play, text, made, team, homeBefore, awayBefore);
        return new GameEvent(play, made ? EventKind.SHOT_MADE : EventKind.SHOT_MISSED, team, shooter,
                made ? second : null, made ? null : second, made ? value.points : 0, value.points == 3, value.source,
                null, 0, 0, unknownType);
    }

    private record ShotValue(int points, String source) {
    }

    /**
     * Two or three, from the first of these that speaks: the text ("three point", "two point"), ESPN's
     * score value of a made shot, the distance stated in the text, the shot's location, the change of
     * ESPN's running score on a made shot. The running score comes last because it sometimes jumps; with
     * none of them the shot counts as a two and the replay reports it ("default").
     */
    private ShotValue shotValue(RawPlay play, String text, boolean made, String team, int homeBefore, int awayBefore) {
        if (THREE.matcher(text).find()) {
            return new ShotValue(3, "text");
        }
        if (TWO.matcher(text).find()) {
            return new ShotValue(2, "text");
        }
        if (made && (play.scoreValue() == 2 || play.scoreValue() == 3)) {
            return new ShotValue(play.scoreValue(), "score");
        }
        Matcher d = DISTANCE.matcher(text);
        if (d.find()) {
            // a text that states the distance also says "three point" for threes, in every era seen
            return new ShotValue(Integer.parseInt(d.group(1)) >= 24 ? 3 : 2, "distance");
        }
        RawPlay.Coordinate c = play.coordinate();
        if (c != null) {
            boolean corner = Math.abs(c.x() - 25) >= 22 && c.y() <= 14;
            return new ShotValue(corner || c.distanceFeet() >= 23.75 ? 3 : 2, "coordinates");
        }
        if (made && team != null) {
            int delta = game.isHome(team) ? play.homeScore() - homeBefore : play.awayScore() - awayBefore;
            if (delta == 2 || delta == 3) {
                return new ShotValue(delta, "score");
            }
        }
        return new ShotValue(2, "default");
    }

    private static boolean isMade(RawPlay play, String text) {
        Matcher m = MAKE_MISS.matcher(text);
        if (text.toLowerCase(Locale.ROOT).contains(" blocks ")) {
            return false;
        }
        if (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            return w.startsWith("made") || w.startsWith("make");
        }
        return Boolean.TRUE.equals(play.scoringPlay());
    }

    private GameEvent freeThrow(RawPlay play, String text, String lower, boolean unknownType) {
        boolean made = isMade(play, text);
        Matcher m = MAKE_MISS.matcher(text);
        String name = m.find() ? text.substring(0, m.start()).trim() : null;
        String shooter = byParticipants(play) ? play.participant(0) : resolveOr(name, play.teamId(), play.participant(0));
        FreeThrowKind kind = lower.contains("technical") ? FreeThrowKind.TECHNICAL
                : lower.contains("flagrant") ? FreeThrowKind.FLAGRANT
                : lower.contains("clear path") ? FreeThrowKind.CLEAR_PATH : FreeThrowKind.REGULAR;
        int n = 0;
        int of = 0;
        Matcher nm = FT_N_OF_M.matcher(text);
        if (nm.find()) {
            n = nm.group(1).charAt(0) - '0';
            of = nm.group(2).charAt(0) - '0';
        } else if (play.hasTypeId() && play.typeId() >= 97 && play.typeId() <= 102) {
            int[][] byType = {{1, 1}, {1, 2}, {2, 2}, {1, 3}, {2, 3}, {3, 3}};
            n = byType[play.typeId() - 97][0];
            of = byType[play.typeId() - 97][1];
        }
        String team = play.teamId() != null ? play.teamId() : roster.teamOf(shooter);
        return new GameEvent(play, made ? EventKind.FREE_THROW_MADE : EventKind.FREE_THROW_MISSED, team, shooter,
                null, null, made ? 1 : 0, false, null, kind, n, of, unknownType);
    }

    private GameEvent rebound(RawPlay play, String text, String lower, boolean unknownType) {
        boolean offensive = play.hasTypeId() && (play.typeId() == 155 || play.typeId() == 156)
                ? play.typeId() == 156 : lower.contains("offensive");
        Matcher m = REBOUND.matcher(text);
        String name = m.find() ? m.group(1) : null;
        String rebounder;
        if (byParticipants(play)) {
            rebounder = play.participant(0);
        } else if (lower.contains("team rebound") || roster.resolveTeam(name, play.teamId()) != null) {
            rebounder = null;
        } else {
            rebounder = resolveOr(name, play.teamId(), play.participant(0));
        }
        String team = play.teamId() != null ? play.teamId() : roster.teamOf(rebounder);
        return new GameEvent(play, offensive ? EventKind.REBOUND_OFFENSIVE : EventKind.REBOUND_DEFENSIVE, team,
                rebounder, null, null, 0, false, null, null, 0, 0, unknownType);
    }

    private GameEvent turnover(RawPlay play, String text, boolean unknownType) {
        String team = play.teamId();
        String committer;
        String stealer;
        Matcher s = STEALS.matcher(text);
        Matcher sb = STOLEN_BY.matcher(text);
        String stealerName = s.find() ? s.group(1) : sb.find() ? sb.group(1) : null;
        if (byParticipants(play)) {
            committer = play.participant(0);
            stealer = play.participant(1);
        } else {
            String name = committerName(text);
            committer = roster.resolveTeam(name, null) != null ? null : resolveOr(name, team, play.participant(0));
            stealer = stealerName == null ? null : roster.resolve(stealerName, other(team));
        }
        if (team == null && committer != null) {
            team = roster.teamOf(committer);
        }
        return new GameEvent(play, EventKind.TURNOVER, team, committer, stealer, null, 0, false, null, null, 0, 0,
                unknownType);
    }

    private static String committerName(String text) {
        Matcher t = TURNOVER_WORDS.matcher(text);
        String head = t.find() ? text.substring(0, t.start()) : text.replaceAll("(?i)\\s*foul\\.?\\s*$", "");
        return head.trim();
    }

    private GameEvent foul(RawPlay play, String text, String lower, boolean unknownType) {
        boolean technical = (play.hasTypeId() && PlayFamily.isTechnicalFoulType(play.typeId()))
                || lower.contains("technical") || lower.contains("illegal defense") || lower.contains("defensive 3")
                || lower.contains("defensive three");
        String team = play.teamId();
        Matcher d = DRAWS.matcher(text);
        String drawnName = d.find() ? d.group(1) : null;
        String fouler;
        String fouled;
        if (byParticipants(play)) {
            fouler = play.participant(0);
            fouled = play.participant(1);
        } else {
            Matcher w = FOUL_WORDS.matcher(text);
            String name = w.find() ? text.substring(0, w.start()).trim() : text.replaceAll("(?i)\\s*foul.*$", "").trim();
            fouler = roster.resolveTeam(name, null) != null ? null : resolveOr(name, team, play.participant(0));
            fouled = drawnName == null ? null : roster.resolve(drawnName, other(team));
        }
        if (team == null && fouler != null) {
            team = roster.teamOf(fouler);
        }
        return new GameEvent(play, technical ? EventKind.TECHNICAL_FOUL : EventKind.PERSONAL_FOUL, team, fouler,
                fouled, null, 0, false, null, null, 0, 0, unknownType);
    }

    private GameEvent substitution(RawPlay play, String text, boolean unknownType) {
        Matcher m = SUB.matcher(text);
        boolean parsed = m.find();
        String inName = parsed ? m.group(1).trim() : "";
        String outName = parsed ? m.group(2).trim() : "";
        String team = play.teamId();
        String in;
        String out;
        if (byParticipants(play)) {
            if (play.participants().size() >= 2) {
                in = play.participant(0);
                out = play.participant(1);
            } else if (inName.isEmpty()) {
                in = null;
                out = play.participant(0);
            } else {
                in = play.participant(0);
                out = outName.isEmpty() ? null : roster.resolve(outName, team);
            }
        } else {
            in = inName.isEmpty() ? null : resolveOr(inName, team, play.participant(0));
            out = outName.isEmpty() ? null : roster.resolve(outName, team);
        }
        if (team == null) {
            team = roster.teamOf(in != null ? in : out);
        }
        return new GameEvent(play, EventKind.SUBSTITUTION, team, in, out, null, 0, false, null, null, 0, 0, unknownType);
    }

    private GameEvent jumpBall(RawPlay play, String text, boolean unknownType) {
        String a;
        String b;
        String c;
        if (byParticipants(play)) {
            a = play.participant(0);
            b = play.participant(1);
            c = play.participant(2);
        } else {
            Matcher m = JUMP.matcher(text);
            if (m.find()) {
                a = roster.resolve(m.group(1), null);
                b = roster.resolve(m.group(2), null);
                c = m.group(3) == null ? null : roster.resolve(m.group(3), null);
            } else {
                a = play.participant(0);
                b = null;
                c = null;
            }
        }
        return new GameEvent(play, EventKind.JUMP_BALL, play.teamId(), a, b, c, 0, false, null, null, 0, 0, unknownType);
    }

    private GameEvent actor(RawPlay play, EventKind kind, String name, boolean unknownType) {
        String player = byParticipants(play) ? play.participant(0) : resolveOr(name, play.teamId(), play.participant(0));
        String team = play.teamId() != null ? play.teamId() : roster.teamOf(player);
        return new GameEvent(play, kind, team, player, null, null, 0, false, null, null, 0, 0, unknownType);
    }

    private static GameEvent simple(RawPlay play, EventKind kind, boolean unknownType) {
        return new GameEvent(play, kind, play.teamId(), null, null, null, 0, false, null, null, 0, 0, unknownType);
    }

    private static String violator(String text) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(" violation");
        String head = i > 0 ? text.substring(0, i) : text;
        // "Jerami Grant kicked ball violation": drop the violation's name after the player's name
        return head.replaceAll("(?i)\\s+(kicked ball|lane|defensive goaltending|goaltending|jump ball|delay of game|double lane|illegal defense)$", "").trim();
    }

    private static String prefixBefore(String text, String marker) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(marker);
        return i > 0 ? text.substring(0, i).trim() : null;
    }

    private String resolveOr(String name, String team, String fallbackId) {
        String id = roster.resolve(name, team);
        return id != null ? id : fallbackId;
    }

    private String other(String teamId) {
        if (teamId == null) {
            return null;
        }
        return game.isHome(teamId) ? game.away().id() : game.home().id();
    }
}
