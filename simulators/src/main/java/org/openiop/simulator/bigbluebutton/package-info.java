/**
 * A stand-in for a BigBlueButton server's API that checks every call's checksum, for tests and
 * demos where no BigBlueButton runs. Not part of any production plugin.
 */
package org.openiop.simulator.bigbluebutton;
