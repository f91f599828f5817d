/** Rules about programs and groups that need more than one entity: who may run or see a group. */
package org.openiop.program.control;
