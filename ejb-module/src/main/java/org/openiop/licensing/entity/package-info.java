/** Clinicians' credentials as OpenIOP records them. */
package org.openiop.licensing.entity;
