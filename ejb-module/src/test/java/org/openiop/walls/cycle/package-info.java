/** Two made-up components that use each other, for {@code WallRulesTest}. */
package org.openiop.walls.cycle;
