/** The transaction boundary pages and REST resources call for programs. */
package org.openiop.program.boundary;
