package org.waymark.recognize;

import java.util.Locale;
import java.util.Set;

/** Word lists that several of the recognizer's filters share. */
final class Vocabulary {
    /** Words that make the capitalised name after them a person, not a place ("Prince George", "President Georgia"). */
    static final Set<String> TITLES = Set.of("prince", "princess", "king", "queen", "lord", "lady", "sir",
            "mr", "mrs", "ms", "dr", "president", "minister", "general", "gen", "senator", "sen", "rep", "governor",
            "gov", "judge", "mayor", "pope", "sheikh", "emir", "imam", "saint", "father", "brother", "sister", "duke",
            "duchess", "secretary", "chancellor", "premier", "colonel", "captain", "commander");
    /** Capitalised words that stand at the start of many sentences and also name some small place. */
    static final Set<String> COMMON_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those", "however",
            "but", "and", "or", "as", "at", "in", "on", "of", "it", "its", "he", "she", "we", "they", "i", "you",
            "there", "here", "so", "if", "when", "while", "after", "before", "since", "many", "most", "some", "all",
            "no", "yes", "also", "then", "now", "new", "state", "city", "country", "government", "republic", "island", "north",
            "south", "east", "west", "central", "western", "eastern", "northern", "southern", "more", "is", "was");

    private Vocabulary() {
    }

    static boolean isCommonWord(String word) {
        return COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
