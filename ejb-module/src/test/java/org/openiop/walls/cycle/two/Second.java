package org.openiop.walls.cycle.two;

import org.openiop.walls.cycle.one.First;

public class Second {

    public int value() {
        return 1;
    }

    public First back() {
        return new First();
    }
}
