/** REST for joining: a participant's gates and ticket, staff's licensing alerts. */
package org.openiop.join.rest;
