package org.openiop.plugin.eligibility.x12;

import java.util.ArrayList;
import java.util.List;

/** One segment as read: its tag and, per element, its repetitions (components joined by ':'). */
final class Segment {

    final String tag;
    private final List<List<String>> elements = new ArrayList<>();

    Segment(String tag) {
        this.tag = tag;
    }

    void put(int position, int occurrence, int component, String text) {
        while (elements.size() < position) {
            elements.add(new ArrayList<>());
        }
        List<String> repeats = elements.get(position - 1);
        int index = Math.max(occurrence, 1) - 1;
        while (repeats.size() <= index) {
            repeats.add("");
        }
        String before = repeats.get(index);
        repeats.set(index, component > 1 ? before + ":" + text : text);
    }

    /** Element {@code position} (1-based), first repetition, or "" when absent. */
    String get(int position) {
        if (position > elements.size() || elements.get(position - 1).isEmpty()) {
            return "";
        }
        return elements.get(position - 1).get(0);
    }

    /** Every repetition of an element. */
    List<String> repeats(int position) {
        return position > elements.size() ? List.of() : List.copyOf(elements.get(position - 1));
    }

    @Override
    public String toString() {
        return tag;
    }
}
