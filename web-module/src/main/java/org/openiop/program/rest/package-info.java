/** REST resources for programs. */
package org.openiop.program.rest;
