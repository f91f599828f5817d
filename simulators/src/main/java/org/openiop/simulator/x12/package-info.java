/**
 * A local X12 payer behind a clearinghouse endpoint, answering 270s with fixture 271s, for the
 * quick start, the tests and the benchmarks. Not part of any production plugin.
 */
package org.openiop.simulator.x12;
