/**
 * Bundled eligibility plugin {@code eligibility-x12}: the HIPAA eligibility transaction, ASC X12
 * 005010X279A1 (45 CFR 162.1202). It writes a 270 with its envelopes through StAEDI, sends it to a
 * clearinghouse's real-time endpoint, and reads the 271 back (envelopes and control numbers
 * checked, benefits and AAA rejections mapped). Its tests talk to the payer simulator of the {@code
 * simulators} module, which no production jar contains.
 */
package org.openiop.plugin.eligibility.x12;
