/**
 * Rules about programs and groups that need more than one entity: who may run or see a group; and
 * what programs ask the participant component ({@link org.openiop.program.control.Enrollees}).
 */
package org.openiop.program.control;
