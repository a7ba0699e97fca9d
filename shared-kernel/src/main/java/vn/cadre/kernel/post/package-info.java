/**
 * Posts (chức danh) as data: the catalogue says which posts exist at which unit level and
 * when, whether one person or several hold one at a time, which are key posts for the
 * non-local policy, and to which group each belongs. The catalogue is {@code posts.tsv}
 * beside these classes; changing it is a release, not a command.
 */
package vn.cadre.kernel.post;
