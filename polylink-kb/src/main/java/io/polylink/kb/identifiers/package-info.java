/**
 * Checksum and format validators of identifiers written in text (payment cards, IBANs, national numbers, IP
 * addresses, phone numbers), shared by the redactor's recognizers and the evaluation's PII baseline, which must not
 * depend on each other.
 *
 * <pre>{@code
 * Validators.luhn("4111 1111 1111 1111");         // true
 * Validators.iban("GB82 WEST 1234 5698 7654 33"); // false: the check digits do not match
 * }</pre>
 */
package io.polylink.kb.identifiers;
