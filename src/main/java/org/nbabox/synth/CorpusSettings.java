package org.nbabox.synth;

import java.nio.file.Path;

/**
 * What to generate: how many games, where, from which seed, in which ESPN format.
 *
 * @param faultRate share of games (with plays) whose box score gets one stat off by one
 */
record CorpusSettings(int games, Path out, long seed, int format, boolean gzip, int threads, double faultRate) {}
