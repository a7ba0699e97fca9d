/**
 * People who hold posts, under a pseudonymous or official identifier, with their origin:
 * the unit of their hometown (quê quán) and of their birth, each given as a unit code
 * valid on a date, from which locality is decided.
 */
package vn.cadre.kernel.person;
