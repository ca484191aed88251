package org.waymark.output;

/** A lon/lat rectangle (EPSG:4326, x = longitude). Immutable. */
record Extent(double minX, double minY, double maxX, double maxY) {

    static final Extent WORLD = new Extent(-180, -90, 180, 90);

    Extent {
        if (!(minX <= maxX) || !(minY <= maxY)) {
            throw new IllegalArgumentException("not an extent: " + minX + "," + minY + " " + maxX + "," + maxY);
        }
    }

    Extent union(Extent other) {
        return other == null ? this : new Extent(Math.min(minX, other.minX), Math.min(minY, other.minY),
                Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }

    /**
     * The extent to open a map on: a margin of a tenth of the larger side, at least {@code minMargin} degrees, so
     * that a lone point or a short line is not drawn on the frame; kept within the world in latitude and within
     * the world or the data (unwrapped great-circle paths may pass ±180°) in longitude.
     */
    Extent withMargin(double minMargin) {
        double margin = Math.max(0.1 * Math.max(width(), height()), minMargin);
        return new Extent(Math.max(minX - margin, Math.min(-180, minX)), Math.max(minY - margin, -90),
                Math.min(maxX + margin, Math.max(180, maxX)), Math.min(maxY + margin, 90));
    }
}
