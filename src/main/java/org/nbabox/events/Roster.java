package org.nbabox.events;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nbabox.espn.Athlete;
import org.nbabox.espn.OfficialPlayerLine;
import org.nbabox.espn.RawGame;
import org.nbabox.espn.TeamInfo;

/**
 * The players of a game, with their teams, for resolving names written in play text to athlete ids.
 * Text names can differ from roster names (Emmanuel / Manu Ginobili, J.J. / JJ Hickson): resolution
 * tries the full name, then the last name within the expected team, then initial plus last name.
 */
public final class Roster {

    /** A player of the game. */
    public record Player(String id, String name, String teamId) {
    }

    private final Map<String, Player> byId = new LinkedHashMap<>();
    private final Map<String, List<Player>> byFullName = new HashMap<>();
    private final Map<String, List<Player>> byLastName = new HashMap<>();
    private final Map<String, String> teamNames = new HashMap<>();

    public static Roster of(RawGame game) {
        Roster r = new Roster();
        if (game.boxScore() != null) {
            for (OfficialPlayerLine l : game.boxScore().players()) {
                if (l.athleteId() != null) {
                    r.add(l.athleteId(), l.displayName(), l.teamId());
                }
            }
        }
        for (Athlete a : game.playAthletes()) {
            r.add(a.id(), a.name(), a.teamId());
        }
        r.addTeam(game.home());
        r.addTeam(game.away());
        return r;
    }

    /** Adds a player; the first team seen for an id wins (ESPN sometimes lists an athlete under both). */
    public void add(String id, String name, String teamId) {
        if (id == null || byId.containsKey(id)) {
            return;
        }
        Player p = new Player(id, name == null ? id : name, teamId);
        byId.put(id, p);
        if (name != null) {
            String key = normalise(name);
            byFullName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
            byLastName.computeIfAbsent(lastName(key), k -> new ArrayList<>(1)).add(p);
        }
    }

    /** Makes another written name resolve to a known athlete. */
    public void alias(String name, String id) {
        Player p = byId.get(id);
        if (p == null || name == null) {
            return;
        }
        String key = normalise(name);
        List<Player> same = byFullName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!same.contains(p)) {
            same.add(0, p);
        }
    }

    private void addTeam(TeamInfo t) {
        for (String n : new String[] {t.displayName(), t.abbreviation()}) {
            if (n == null) {
                continue;
            }
            String key = normalise(n);
            teamNames.put(key, t.id());
            String[] words = key.split(" ");
            // "Los Angeles Lakers": "los angeles" (location) and "lakers" (nickname); "Portland Trail Blazers": "trail blazers"
            for (int i = 1; i < words.length; i++) {
                teamNames.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)), t.id());
                teamNames.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)), t.id());
            }
        }
    }

    public Player player(String id) {
        return id == null ? null : byId.get(id);
    }

    public String teamOf(String playerId) {
        Player p = player(playerId);
        return p == null ? null : p.teamId();
    }

    public String nameOf(String playerId) {
        Player p = player(playerId);
        return p == null ? playerId : p.name();
    }

    public Iterable<Player> players() {
        return byId.values();
    }

    /** The team a text names ("Los Angeles", "Trail Blazers", "Team"), or null when it names none. */
    public String resolveTeam(String text, String teamHint) {
        if (text == null) {
            return null;
        }
        String key = normalise(text);
        if (key.isEmpty() || key.equals("team")) {
            return teamHint;
        }
        return teamNames.get(key);
    }

    /**
     * The athlete id a text name refers to, or null.
     *
     * @param teamHint the team the player should belong to, or null when unknown
     */
    public String resolve(String name, String teamHint) {
        if (name == null) {
            return null;
        }
        String key = normalise(name);
        if (key.isEmpty()) {
            return null;
        }
        String id = pick(byFullName.get(key), teamHint);
        if (id != null) {
            return id;
        }
        String last = lastName(key);
        List<Player> sameLast = byLastName.get(last);
        if (sameLast != null) {
            String first = key.indexOf(' ') > 0 ? key.substring(0, 1) : "";
            List<Player> candidates = new ArrayList<>(sameLast.size());
            for (Player p : sameLast) {
                if (teamHint == null || teamHint.equals(p.teamId())) {
                    candidates.add(p);
                }
            }
            if (candidates.size() == 1) {
                return candidates.get(0).id();
            }
            for (Player p : candidates) {
                if (!first.isEmpty() && normalise(p.name()).startsWith(first)) {
                    return p.id();
                }
            }
        }
        return null;
    }

    /** The athlete id of an exactly matching full name (no last-name guessing), or null. */
    public String resolveExact(String name, String teamHint) {
        return name == null ? null : pick(byFullName.get(normalise(name)), teamHint);
    }

    private static String pick(List<Player> players, String teamHint) {
        if (players == null) {
            return null;
        }
        if (players.size() == 1 || teamHint == null) {
            return players.get(0).id();
        }
        for (Player p : players) {
            if (teamHint.equals(p.teamId())) {
                return p.id();
            }
        }
        return players.get(0).id();
    }

    /** Lower case, no accents, no punctuation, no generational suffix, single spaces. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("-", " ");
        s = s.replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").trim();
        s = s.replaceAll(" (jr|sr|ii|iii|iv)$", "");
        return s;
    }

    private static String lastName(String normalised) {
        int sp = normalised.lastIndexOf(' ');
        return sp < 0 ? normalised : normalised.substring(sp + 1);
    }
}
