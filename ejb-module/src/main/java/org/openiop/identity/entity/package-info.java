/** A real identity as intake records it, its sealed form in the vault, and break-glass grants. */
package org.openiop.identity.entity;
