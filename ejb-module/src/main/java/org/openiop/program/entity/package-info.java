/** Program entities; each keeps its own invariants in its constructor. */
package org.openiop.program.entity;
