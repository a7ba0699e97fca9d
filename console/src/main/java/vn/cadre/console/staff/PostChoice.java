package vn.cadre.console.staff;

/**
 * One option of the post picker: a post's code and its title in the reader's language.
 */
public record PostChoice(String code, String title) {

}
