/**
 * Signing people in: the embedded issuer (Spring Authorization Server against the users
 * file), the console as its OAuth2 client, and the roles read from its tokens.
 */
package vn.cadre.console.signin;
