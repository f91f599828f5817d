/**
 * The identity vault: who may open it, break-glass, access alerts, a closed vault, master-key
 * rotation, and the anonymity leak scan.
 */
package org.openiop.it.identity;
