package org.nbabox.synth;

import java.util.List;

/**
 * A game's plays as ESPN files them: in game order, each with its {@code id} and
 * {@code sequenceNumber}; plays entered late carry a later sequence number than the plays after
 * them, and at most one play may be written twice in a row (an exact duplicate).
 */
final class PlayLog {
  private final List<Play> plays;
  private final String[] ids;
  private final int[] sequenceNumbers;
  private final int duplicatedIndex;
  private final int lateEntries;

  PlayLog(List<Play> plays, String[] ids, int[] sequenceNumbers, int duplicatedIndex, int lateEntries) {
    this.plays = plays;
    this.ids = ids.clone();
    this.sequenceNumbers = sequenceNumbers.clone();
    this.duplicatedIndex = duplicatedIndex;
    this.lateEntries = lateEntries;
  }

  List<Play> plays() {
    return plays;
  }

  int size() {
    return plays.size();
  }

  Play play(int i) {
    return plays.get(i);
  }

  String id(int i) {
    return ids[i];
  }

  int sequenceNumber(int i) {
    return sequenceNumbers[i];
  }

  /** Index of the play written twice in a row, or -1. */
  int duplicatedIndex() {
    return duplicatedIndex;
  }

  /** How many plays were entered late (each makes the sequence numbers go down once). */
  int lateEntries() {
    return lateEntries;
  }

  /** Number of play rows in the file, duplicate included. */
  int rowCount() {
    return plays.size() + (duplicatedIndex >= 0 ? 1 : 0);
  }
}
