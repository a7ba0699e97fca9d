/**
 * Texts the services answer with, kept in message bundles in Vietnamese and English and
 * said in the language a request accepts, or in both when it names neither.
 */
package vn.cadre.support.text;
