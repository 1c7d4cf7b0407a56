package org.nbabox.synth;

/**
 * An NBA franchise as ESPN names it in one season.
 *
 * @param id ESPN team id ("13")
 * @param abbreviation "LAL"
 * @param displayName "Los Angeles Lakers"
 * @param nickname the short name used in timeouts and team rebounds ("Lakers")
 * @param location "Los Angeles"
 */
record Team(String id, String abbreviation, String displayName, String nickname, String location) {
  int number() {
    return Integer.parseInt(id);
  }
}
