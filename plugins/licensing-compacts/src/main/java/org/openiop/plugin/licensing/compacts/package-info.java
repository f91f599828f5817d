/**
 * Licensing plugin: interstate compacts (PSYPACT, Counseling, Social Work, Nurse Licensure, IMLC).
 */
package org.openiop.plugin.licensing.compacts;
