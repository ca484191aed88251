package org.waymark.gazetteer;

/** A stable merge sort of an int array by a comparator of ints, without boxing millions of Integers. */
final class IntSort {
    /** Compares two ints. */
    interface Order {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] a, Order order) {
        int[] buffer = new int[a.length];
        int[] from = a;
        int[] to = buffer;
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                merge(from, to, lo, Math.min(lo + width, a.length), Math.min(lo + 2 * width, a.length), order);
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, a.length);
        }
    }

    private static void merge(int[] from, int[] to, int lo, int mid, int hi, Order order) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || order.compare(from[i], from[j]) <= 0)) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
