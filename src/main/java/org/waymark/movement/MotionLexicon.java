package org.waymark.movement;

import java.util.Set;

/** The words that report motion, and the words that give a motion its ends. */
final class MotionLexicon {
    private MotionLexicon() {
    }

    /** Lemmas of verbs and nominalisations of motion. */
    static final Set<String> TRIGGERS = Set.of(
            "transfer", "deploy", "deployment", "redeploy", "withdraw", "withdrawal", "flee", "flight", "return",
            "arrive", "arrival", "enter", "entry", "cross", "crossing", "smuggle", "smuggling", "deport",
            "deportation", "evacuate", "evacuation", "send", "fly", "travel", "move", "movement", "relocate",
            "relocation", "migrate", "migration", "infiltrate", "infiltration", "reach", "leave", "escape", "go",
            "come", "head", "depart", "departure", "bring", "transport", "ship", "airlift", "extradite", "expel",
            "repatriate", "repatriation", "retreat", "march", "sail", "drive", "walk", "run", "exodus", "emigrate",
            "immigrate", "immigration", "emigration", "invade", "invasion", "trek", "journey", "transit", "dispatch",
            "mass-transport", "redeployment", "airlifted", "bike", "cycle", "bicycle", "ride", "climb", "hike", "stroll",
            "wander", "visit", "trip", "pass", "traverse", "proceed", "continue", "turn", "commute", "tour", "swim",
            "paddle", "row", "crawl", "descend", "ascend", "approach", "flow", "advance", "push", "pull", "deliver",
            "carry", "haul", "take", "land", "landing", "settle", "resettle", "dock", "disembark");

    /** Motion verbs whose direct object is where the mover goes. */
    static final Set<String> OBJECT_IS_DESTINATION = Set.of("enter", "reach", "infiltrate", "invade", "visit",
            "approach", "tour");

    /** Motion verbs whose direct object is where the mover leaves. */
    static final Set<String> OBJECT_IS_SOURCE = Set.of("leave", "flee", "escape", "abandon", "quit", "exit");

    /** Motion verbs whose direct object is a way or place passed: "crossed the river", "passed Ankara". */
    static final Set<String> OBJECT_IS_VIA = Set.of("cross", "pass", "traverse", "follow", "climb", "descend",
            "ascend");

    /** After these, "in X" / "at X" is where the motion ends: "arrived in Berlin", "landed at Heathrow". */
    static final Set<String> ARRIVALS = Set.of("arrive", "arrival", "land", "landing", "settle", "resettle",
            "dock", "disembark");

    /** The prepositions of an arrival's end. */
    static final Set<String> ARRIVAL_PREPOSITIONS = Set.of("in", "at", "on");

    /** After these, "for X" is the destination: "left Raqqa for Turkey". */
    static final Set<String> FOR_IS_DESTINATION = Set.of("leave", "depart", "head", "sail", "set", "bound");

    /** Verbs whose object is the mover ("transferred fighters"), as opposed to a place. */
    static final Set<String> CAUSATIVE = Set.of("transfer", "deploy", "redeploy", "withdraw", "smuggle", "deport",
            "evacuate", "send", "fly", "move", "relocate", "bring", "transport", "ship", "airlift", "extradite",
            "expel", "repatriate", "dispatch", "mass-transport", "drive", "return");

    static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "out of", "away from", "out");
    static final Set<String> DESTINATION_PREPOSITIONS = Set.of("to", "into", "toward", "towards", "onto", "unto");
    static final Set<String> VIA_PREPOSITIONS = Set.of("via", "through", "across", "by way of", "over");

    /** The first words of the prepositions above: a sentence without any of them has no end in such a phrase. */
    static final Set<String> END_PREPOSITION_STARTS = java.util.stream.Stream.of(SOURCE_PREPOSITIONS,
                    DESTINATION_PREPOSITIONS, VIA_PREPOSITIONS)
            .flatMap(Set::stream).map(p -> p.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns that make their place a boundary: "to the border of Tajikistan", "the Tajik border". */
    static final Set<String> BORDER_NOUNS = Set.of("border", "frontier", "boundary", "borderland");

    /** Nouns a place may hang from without changing the role: "from the territory of Pakistan". */
    static final Set<String> AREA_NOUNS = Set.of("territory", "area", "region", "part", "province", "soil",
            "side", "city", "capital", "country", "outskirts", "north", "south", "east", "west", "center", "centre",
            "coast", "mainland", "interior");

    /** Modal and future words: "may be linked", "will travel", "plans to send". */
    static final Set<String> PLANNED = Set.of("will", "shall", "'ll", "plan", "intend", "prepare", "propose",
            "expect", "aim", "schedule", "going");
    static final Set<String> POSSIBLE = Set.of("may", "might", "could", "would", "can", "possibly", "likely",
            "reportedly-possible");
    /** Adverbs that make a motion the next leg of one told before. */
    static final Set<String> CONTINUATIONS = Set.of("later", "then", "subsequently", "afterwards", "afterward",
            "next", "eventually", "thereafter", "onward", "onwards");
    static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Verbs that deny what they govern: "denied that troops were sent", "refused to let the ship enter". */
    static final Set<String> DENIALS = Set.of("deny", "refute", "reject", "refuse", "fail", "prevent", "forbid",
            "ban", "bar", "block", "decline");

    /** A motion verb whose direct object is one of the motion's ends. */
    static boolean objectIsEnd(String lemma) {
        return OBJECT_IS_DESTINATION.contains(lemma) || OBJECT_IS_SOURCE.contains(lemma)
                || OBJECT_IS_VIA.contains(lemma);
    }
}
