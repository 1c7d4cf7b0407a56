package org.nbabox.synth;

/**
 * ESPN field goal types with the modern wording of their text ("makes 14-foot pullup jump shot",
 * "misses 26-foot three point jumper"). {@code twoNoun}/{@code threeNoun} is what follows the
 * distance; null when the type is never that value. Some types never state a distance in the text
 * ("makes driving layup"), {@link #RUNNING_PULLUP} writes a three with neither distance nor "three
 * point" in it, as ESPN does now and then.
 */
enum ShotType {
  JUMP_SHOT(92, "Jump Shot", ShotZone.MID_RANGE, "jumper", "three point jumper", true, 1.0),
  PULLUP(131, "Pullup Jump Shot", ShotZone.MID_RANGE, "pullup jump shot", "three point pullup jump shot", true, 1.0),
  STEP_BACK(132, "Step Back Jump Shot", ShotZone.MID_RANGE, "step back jumpshot", "three point step back jumpshot",
      true, 0.9),
  RUNNING_JUMP(113, "Running Jump Shot", ShotZone.THREE, null, "three point shot", true, 0.95),
  RUNNING_PULLUP(146, "Running Pullup Jump Shot", ShotZone.THREE, null, "running pullup jump shot", false, 0.95),
  FADE_AWAY(121, "Fade Away Jump Shot", ShotZone.MID_RANGE, "two point shot", null, true, 0.9),
  TURNAROUND_JUMP(114, "Turnaround Jump Shot", ShotZone.PAINT, "two point shot", null, true, 1.0),
  FLOATING(130, "Floating Jump Shot", ShotZone.PAINT, "two point shot", null, true, 1.0),
  DRIVING_FLOATING(144, "Driving Floating Jump Shot", ShotZone.PAINT, "driving floating jump shot", null, true, 1.0),
  HOOK(93, "Hook Shot", ShotZone.PAINT, "hook shot", null, true, 1.05),
  TURNAROUND_HOOK(120, "Turnaround Hook Shot", ShotZone.PAINT, "two point shot", null, true, 1.0),
  LAYUP(95, "Layup Shot", ShotZone.RIM, "layup", null, true, 1.0),
  DRIVING_LAYUP(110, "Driving Layup Shot", ShotZone.RIM, "driving layup", null, false, 0.95),
  RUNNING_LAYUP(109, "Running Layup Shot", ShotZone.RIM, "two point shot", null, false, 1.0),
  CUTTING_LAYUP(141, "Cutting Layup Shot", ShotZone.RIM, "layup", null, true, 1.1),
  REVERSE_LAYUP(112, "Reverse Layup Shot", ShotZone.RIM, "two point shot", null, true, 0.95),
  ALLEY_OOP_LAYUP(111, "Alley Oop Layup Shot", ShotZone.RIM, "alley oop layup", null, false, 1.1),
  DUNK(96, "Dunk Shot", ShotZone.RIM, "dunk", null, true, 1.5),
  RUNNING_DUNK(116, "Running Dunk Shot", ShotZone.RIM, "dunk", null, true, 1.5),
  CUTTING_DUNK(151, "Cutting Dunk Shot", ShotZone.RIM, "dunk", null, true, 1.5),
  ALLEY_OOP_DUNK(118, "Alley Oop Dunk Shot", ShotZone.RIM, "alley oop dunk shot", null, true, 1.45),
  TIP_SHOT(94, "Tip Shot", ShotZone.PUTBACK, "tip shot", null, false, 0.9),
  PUTBACK_LAYUP(125, "Layup Shot Putback", ShotZone.PUTBACK, "two point shot", null, false, 1.0),
  TIP_DUNK(150, "Tip Dunk Shot", ShotZone.PUTBACK, "dunk", null, false, 1.5);

  final int id;
  final String text;
  final ShotZone zone;
  final String twoNoun;
  final String threeNoun;
  /** Whether the text states the distance ("7-foot"); rim shots at 0 ft never do. */
  final boolean statesDistance;
  /** Multiplier on the zone's make rate (dunks are easier than layups). */
  final double makeFactor;

  ShotType(int id, String text, ShotZone zone, String twoNoun, String threeNoun, boolean statesDistance,
      double makeFactor) {
    this.id = id;
    this.text = text;
    this.zone = zone;
    this.twoNoun = twoNoun;
    this.threeNoun = threeNoun;
    this.statesDistance = statesDistance;
    this.makeFactor = makeFactor;
  }

  String noun(boolean three) {
    return three ? threeNoun : twoNoun;
  }
}
