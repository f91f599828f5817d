/** Join tickets and the session-scoped ids vendors see. */
package org.openiop.join.control;
