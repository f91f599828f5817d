/** What every boundary shares: the refusal that carries a user-facing reason. */
package org.openiop.platform.boundary;
