package org.waymark.eval;

import java.util.Objects;

/**
 * A gold ISO-Space MOVELINK: a motion and where it started and ended.
 *
 * @param id      the link's id in its file ("mvl3")
 * @param trigger span of the MOTION that triggers it, or null when the link names none
 * @param source  where the motion starts, or null when the link gives none
 * @param goal    where it ends, or null when the link gives none
 */
public record MoveLink(String id, Span trigger, End source, End goal) {

    public MoveLink {
        Objects.requireNonNull(id, "id");
    }

    /**
     * One end of a link, as the file refers to it.
     *
     * @param tagId   the id the link gives ("pl3")
     * @param element the element it names (PLACE, PATH, SPATIAL_ENTITY, …), or null when no tag has that id
     * @param span    where its text is; null for a non-consuming tag (an implicit place, start = -1) or a
     *                dangling id: such an end cannot be matched by span and is left out of the scores
     * @param text    the tag's text attribute, or null
     * @param named   a proper name ({@code form="NAM"}), the kind a toponym recognizer can find
     */
    public record End(String tagId, String element, Span span, String text, boolean named) {

        public End {
            Objects.requireNonNull(tagId, "tagId");
        }

        /** Whether a system's span can be compared with it. */
        public boolean scorable() {
            return span != null;
        }
    }
}
