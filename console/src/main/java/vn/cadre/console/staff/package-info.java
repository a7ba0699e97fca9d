/**
 * The staff's forms: assigning a post, ending a mandate, registering a person and a legal
 * document. Each sends one command as the signed-in person, under the command id the form
 * was shown with, and a refusal comes back next to the field it concerns.
 */
package vn.cadre.console.staff;
