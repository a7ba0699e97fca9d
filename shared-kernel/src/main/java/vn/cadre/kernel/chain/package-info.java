/**
 * The hash chain over the global event order: how one stored event becomes canonical
 * bytes, how each link's hash covers the one before, and the digests that pin the chain's
 * head elsewhere. Part of the published language, so that an auditor's tool can verify an
 * exported history without any server.
 */
package vn.cadre.kernel.chain;
