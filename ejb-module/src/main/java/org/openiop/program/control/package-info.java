/**
 * Rules about programs and groups that need more than one entity: who may run or see a group; and
 * what programs ask the components that build on them ({@link
 * org.openiop.program.control.Enrollees}, {@link org.openiop.program.control.SessionRecords}).
 */
package org.openiop.program.control;
