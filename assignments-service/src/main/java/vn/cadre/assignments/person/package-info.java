/**
 * People in the register and their origin, which decides whether they are locals of a
 * unit. Corrections of origin keep the original facts in the history and say why.
 */
package vn.cadre.assignments.person;
