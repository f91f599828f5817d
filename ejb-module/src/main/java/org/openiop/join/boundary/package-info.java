/** The join flow's transaction boundary: {@code Joins}. */
package org.openiop.join.boundary;
