/** Agreement texts (hash, safe rendering) and the rules about which consents cover what. */
package org.openiop.consent.control;
