package org.nbabox.events;

/** Why a free throw was awarded. */
public enum FreeThrowKind {
    REGULAR, TECHNICAL, FLAGRANT, CLEAR_PATH
}
