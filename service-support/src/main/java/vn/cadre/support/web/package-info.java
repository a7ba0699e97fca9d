/**
 * What a request may carry and how it is refused, for both services: limits on size, text
 * length, list length and nesting; bodies read strictly; and every error as an RFC 9457
 * problem, whichever layer refuses the request (Tomcat, the security filters, the error
 * page, the controllers).
 */
package vn.cadre.support.web;
