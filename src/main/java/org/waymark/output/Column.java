package org.waymark.output;

import java.util.List;

/**
 * A column of a {@link Layer}.
 *
 * @param name     the column name
 * @param type     its type
 * @param nullable whether it may hold NULL
 * @param unique   whether its values are unique in the table (a one-column natural key)
 * @param values   for an enumerated column, every value the pipeline writes into it (styles tell them apart);
 *                 empty for a free column
 */
public record Column(String name, ColumnType type, boolean nullable, boolean unique, List<String> values) {

    public Column {
        values = List.copyOf(values);
    }

    static Column of(String name, ColumnType type) {
        return new Column(name, type, true, false, List.of());
    }

    static Column of(String name, ColumnType type, List<String> values) {
        return new Column(name, type, true, false, values);
    }

    static Column required(String name, ColumnType type) {
        return new Column(name, type, false, false, List.of());
    }

    static Column key(String name, ColumnType type) {
        return new Column(name, type, false, true, List.of());
    }

    /** Whether the pipeline writes only {@link #values()} into it. */
    public boolean enumerated() {
        return !values.isEmpty();
    }
}
