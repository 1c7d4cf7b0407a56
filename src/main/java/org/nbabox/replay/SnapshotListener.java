package org.nbabox.replay;

/** Receives the state after every event of a replay, in order. */
@FunctionalInterface
public interface SnapshotListener {

    SnapshotListener NONE = s -> { };

    void onSnapshot(Snapshot snapshot);
}
