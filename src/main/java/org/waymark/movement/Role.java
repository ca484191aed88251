package org.waymark.movement;

/** The part a place plays in a motion. */
enum Role {
    ORIGIN, DESTINATION, VIA
}
