package org.openiop.walls.cycle.one;

import org.openiop.walls.cycle.two.Second;

public class First {

    public int next() {
        return new Second().value() + 1;
    }
}
