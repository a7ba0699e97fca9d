/**
 * Events a read model could not apply. After its retries an event becomes a dead letter
 * with its error; the consumer then either continues (policy {@code SKIP}) or parks the
 * rest of that aggregate's events behind it (policy {@code PARK}, the default) so the
 * read model never applies an aggregate's events out of order. Administrators list, retry
 * and discard dead letters over {@code /admin/dead-letters}.
 */
package vn.cadre.reporting.deadletters;
