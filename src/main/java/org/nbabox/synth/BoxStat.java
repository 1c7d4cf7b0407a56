package org.nbabox.synth;

/** The counting stats of a box-score line. */
enum BoxStat {
  FGM, FGA, THREE_PM, THREE_PA, FTM, FTA, OREB, DREB, AST, STL, BLK, TO, PF, PTS
}
