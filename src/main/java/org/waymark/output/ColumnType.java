package org.waymark.output;

/** The type of a layer column, which each sink maps to its own (GeoPackage, PostgreSQL, Parquet …). */
public enum ColumnType {
    /** UTF-8 text. */
    TEXT(String.class),
    /** A 64-bit integer. */
    INTEGER(Long.class),
    /** A double. */
    REAL(Double.class),
    /** True or false (0 or 1 where the format has no boolean). */
    BOOLEAN(Boolean.class);

    private final Class<?> javaType;

    ColumnType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The Java class of the values a {@link Row} holds in such a column. */
    public Class<?> javaType() {
        return javaType;
    }

    /** {@code value} as this type's Java class (integers widened to long, numbers to double), or null. */
    Object coerce(String column, Object value) {
        if (value == null || javaType.isInstance(value)) {
            return value;
        }
        if (this == INTEGER && (value instanceof Integer || value instanceof Short)) {
            return ((Number) value).longValue();
        }
        if (this == REAL && value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("column " + column + " is " + this + ", not " + value.getClass()
                .getSimpleName() + " (" + value + ")");
    }
}
