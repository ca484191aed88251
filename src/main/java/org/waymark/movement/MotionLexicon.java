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
            "carry", "haul", "take", "land", "landing", "settle", "resettle", "dock", "disembark",
            // movements of goods, nouns of transport and routes, and spread
            "export", "import", "shipment", "delivery", "supply", "traffic", "trafficking", "transportation",
            "route", "corridor", "voyage", "influx", "inflow", "outflow", "ferry", "bus", "truck", "shuttle",
            "unload", "spread", "displace", "exile", "accept", "receive", "admit", "pour", "stream",
            "airdrop", "pullout", "extradition", "expulsion", "holiday", "vacation", "cruise",
            // ways and motions of travel guides: "the street leads to the square", "catch the train to Córdoba"
            "lead", "catch", "merge", "converge", "cart", "hurry", "rush", "excursion", "outing", "itinerary",
            "get", "exit", "access", "rejoin", "detour", "dive", "jump");

    /** Motion verbs whose noun names no motion: a ship, a truck, the head, the land, a turn, a pass. */
    static final Set<String> VERB_ONLY = Set.of("ship", "truck", "bus", "ferry", "bike", "bicycle", "cycle", "row",
            "land", "run", "turn", "pass", "push", "pull", "head", "dock", "stream", "lead", "cart", "catch", "take",
            "cross", "carry", "settle", "approach", "advance", "flow", "get", "jump", "dive", "exit", "access");

    /** Verbs that are motions only of a way: "the road leads to the square" (but "led to protests"). */
    static final Set<String> WAY_VERBS = Set.of("lead", "merge", "converge");
    static final Set<String> WAY_NOUNS = Set.of("road", "street", "path", "route", "highway", "trail", "way",
            "avenue", "lane", "track", "railway", "line", "pipeline", "river", "canal", "bridge", "tunnel", "border",
            "boulevard", "corridor", "motorway", "stairs", "staircase", "passage", "it", "which", "that");

    /** Motion verbs whose direct object is where the mover goes. */
    static final Set<String> OBJECT_IS_DESTINATION = Set.of("enter", "reach", "infiltrate", "invade", "visit",
            "approach", "tour", "supply", "access", "rejoin");

    /** Adverbs that are where a motion ends: "went home", "get there", "moved abroad". */
    static final Set<String> DESTINATION_ADVERBS = Set.of("home", "here", "there", "abroad", "overseas", "upstate",
            "downtown", "inside", "outside", "upstairs", "downstairs", "ashore", "inland", "uptown", "back");

    /**
     * Verbs that ISO-Space reads as motions towards what they take ("met a cyclist", "joined us", "boarded the
     * boat"), which a map of news does not: used only when any phrase may be an end.
     */
    static final Set<String> ENCOUNTERS = Set.of("meet", "join", "encounter", "board", "mount", "hit");

    /** Verbs that ISO-Space reads as arrivals at their "at", "in", "by" phrase: "stopped at a gas station". */
    static final Set<String> STOPS = Set.of("stop");

    /** Whether a lemma is a motion only as ISO-Space reads it: a meeting or a stop. */
    static boolean isoSpaceMotion(String lemma) {
        return ENCOUNTERS.contains(lemma) || STOPS.contains(lemma);
    }

    /** Units of distance: "20 km from Kherson" says where something is, not where a motion starts. */
    static final Set<String> DISTANCES = Set.of("foot", "feet", "ft", "meter", "metre", "m", "km", "kilometer",
            "kilometre", "mile", "yard");

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
            "expel", "repatriate", "dispatch", "mass-transport", "drive", "return", "export", "import", "supply",
            "deliver", "traffic", "ferry", "bus", "truck", "shuttle", "unload", "carry", "take", "accept", "receive",
            "admit", "displace", "exile");

    /** Motions whose agent sends from where it is: "Russia deployed jets to Syria", "Qatar's exports to Italy". */
    static final Set<String> SENDERS = Set.of("send", "ship", "shipment", "export", "deliver", "delivery", "supply",
            "deploy", "deployment", "dispatch", "airlift", "transfer", "deport", "deportation", "expel", "expulsion",
            "extradite", "extradition", "airdrop", "return", "redeploy", "redeployment");

    /** Motions whose agent is where things arrive: "Turkey imported grain", "Germany accepted refugees". */
    static final Set<String> RECEIVERS = Set.of("import", "accept", "receive", "admit");

    /** Motions that take their movers home: the movers' country is the destination when no other is given. */
    static final Set<String> RETURNS = Set.of("deport", "deportation", "repatriate", "repatriation", "extradite",
            "extradition", "expel", "expulsion", "return");

    /** Motions away from home: the movers' country is the origin even when no destination is given. */
    static final Set<String> DEPARTURES = Set.of("flee", "flight", "emigrate", "emigration", "migrate", "migration",
            "escape", "exodus", "leave", "exile");

    /** Motions that take people out of danger, from where they are: "plans to evacuate the wounded". */
    static final Set<String> EVACUATIONS = Set.of("evacuate", "evacuation", "rescue", "airlift");

    /** Verbs that take a motion noun as object without changing who moves: "began shipments", "halted exports". */
    static final Set<String> LIGHT_VERBS = Set.of("begin", "start", "resume", "halt", "stop", "suspend", "allow",
            "approve", "authorize", "authorise", "conduct", "carry", "make", "increase", "boost", "cut", "continue",
            "organize", "organise", "arrange", "step", "ramp", "complete", "launch", "plan", "order");

    /** Verbs whose object does what their complement says: "allowed Qatar to ship", "ordered troops to leave". */
    static final Set<String> OBJECT_CONTROL = Set.of("allow", "permit", "let", "ask", "order", "force", "tell",
            "urge", "help", "enable", "authorize", "authorise", "encourage", "persuade", "invite", "instruct",
            "compel", "oblige", "require", "push", "pressure", "lead", "cause");

    /** Nouns of bodies that stand for their country: "the Uzbek government", "U.S. forces", "Russia's army". */
    static final Set<String> INSTITUTION_NOUNS = Set.of("government", "army", "military", "forces", "force",
            "authorities", "authority", "navy", "ministry", "troops", "state", "regime", "administration",
            "officials", "police", "guard", "leadership", "people", "citizens", "nationals", "population");

    /** Nouns of people who move: a demonym on them gives the movers' home ("Cuban migrants"). */
    static final Set<String> PEOPLE_NOUNS = Set.of("migrant", "refugee", "people", "citizen", "national",
            "population", "worker", "family", "civilian", "resident", "asylum", "seeker", "immigrant", "emigrant",
            "student", "tourist", "pilgrim", "fighter", "soldier", "troop", "man", "woman", "child", "returnee",
            "deportee", "evacuee", "laborer", "labourer", "exile", "community", "diaspora");

    /** Verbs of where movers were before: "detainees held at X were moved". */
    static final Set<String> LOCATED = Set.of("hold", "base", "station", "detain", "live", "trap", "strand",
            "house", "shelter", "keep", "imprison", "jail", "camp", "stay", "reside");

    /** Nouns of idioms that are no motion: "taken into custody", "came to power", "went into effect". */
    static final Set<String> IDIOM_ENDS = Set.of("custody", "account", "consideration", "power", "force", "effect",
            "office", "justice", "end", "halt", "stop", "standstill", "light", "attention", "mind", "conclusion",
            "agreement", "terms", "life", "existence", "question", "court", "trial", "war");

    /** Verbs that stop or forbid the motion they take: "halted deportations", "banned imports", "stopped sending". */
    static final Set<String> STOPPERS = Set.of("halt", "stop", "suspend", "ban", "block", "end", "cancel", "freeze",
            "prohibit", "forbid", "bar", "prevent", "cease", "restrict", "embargo");

    /** Nouns that report a claim, which a denial negates: "denied a report that troops had left". */
    static final Set<String> REPORT_NOUNS = Set.of("report", "claim", "allegation", "rumour", "rumor", "suggestion",
            "account", "story", "assertion");

    /** Conjunctions of a condition: "would be moved if the dam failed". */
    static final Set<String> CONDITIONS = Set.of("if", "unless", "should");

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
            "coast", "mainland", "interior", "airspace", "waters", "shore", "shores", "port", "heartland");

    /** Prepositions by which a place narrows the noun it hangs from: "to clinics in Lyon", "the port of Bari". */
    static final Set<String> INSIDE_PREPOSITIONS = Set.of("in", "at", "of", "near", "outside", "on", "inside");

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
            "ban", "bar", "block", "decline", "failure", "refusal", "denial");

    /** A motion verb whose direct object is one of the motion's ends. */
    static boolean objectIsEnd(String lemma) {
        return OBJECT_IS_DESTINATION.contains(lemma) || OBJECT_IS_SOURCE.contains(lemma)
                || OBJECT_IS_VIA.contains(lemma);
    }
}
