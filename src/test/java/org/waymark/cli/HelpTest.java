package org.waymark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help, as a user reads it: a one-sentence summary, short lines, and an example to copy. */
class HelpTest {

    @Test
    void everyHelpTeaches() {
        List<String> problems = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(), commands);
        for (CommandLine command : commands) {
            String name = command.getCommandSpec().qualifiedName();
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : description[0];
            // the summary is what the parent's command list shows: one whole sentence
            if (!summary.matches("[A-Z][^.]*(\\.[^ ][^.]*)*\\.")) {
                problems.add(name + ": summary is not one sentence: " + summary);
            }
            String help = command.getUsageMessage();
            if (!help.contains("Example") || !help.contains("\n  waymark ") && !help.contains("| waymark ")) {
                problems.add(name + ": no example");
            }
            for (String line : help.split("\\R")) {
                if (line.length() >= 100) {
                    problems.add(name + ": a line of " + line.length() + " characters: " + line);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(13, commands.size(), "commands checked");
    }

    @Test
    void aCommandLineThatNamesACommandReadsThatOneOnly() {
        assertEquals(List.of("map"), List.copyOf(Main.commandLine("map", "news.jsonl", "-o", "out.gpkg")
                .getSubcommands().keySet()));
        assertEquals(List.of("gazetteer"), List.copyOf(Main.commandLine("gazetteer", "build").getSubcommands()
                .keySet()));
        List<String> all = List.of("map", "project", "preview", "publish", "eval", "gazetteer", "cache", "help");
        assertEquals(all, List.copyOf(Main.commandLine().getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("--debug", "map").getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine("mapp").getSubcommands().keySet()));
    }

    @Test
    void everyCommandTellsWaymarksVersion() {
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(), commands);
        for (CommandLine command : commands) {
            String[] version = command.getCommandSpec().version();
            assertTrue(version.length == 1 && version[0].startsWith("waymark "),
                    command.getCommandSpec().qualifiedName() + ": " + List.of(version));
        }
    }

    /** The command and its subcommands, without picocli's own 'help', whose text is picocli's. */
    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().stream().distinct()
                .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> collect(sub, into));
    }
}
