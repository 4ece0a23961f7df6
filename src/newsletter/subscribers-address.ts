import { domainToASCII } from 'node:url';
import { fail, ok, type Result } from '../domain/index.js';

/** Longest address accepted: the forward-path limit of RFC 5321 (256) less its angle brackets. */
export const MAX_ADDRESS_LENGTH = 254;

// RFC 5322 dot-atom characters. Quoted local parts and comments are legal but no reader types them,
// and every one of them is a way to smuggle something into a header.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * An address as a reader typed it → the address we store, or why not. The domain may be an
 * internationalised one (stored as punycode, lower-case); the local part must be ASCII and is kept
 * as typed. Anything that could reach a mail header unchanged is refused, not cleaned: control
 * characters (CR/LF injection), angle brackets, commas, spaces.
 */
export function normaliseAddress(input: unknown): Result<string, string> {
  if (typeof input !== 'string') return fail('Enter an email address.');
  // Only surrounding spaces are forgiven; a CR or LF anywhere is refused below, never trimmed away.
  const value = input.replace(/^[ \t]+|[ \t]+$/g, '');
  if (value === '') return fail('Enter an email address.');
  if (value.length > MAX_ADDRESS_LENGTH) return fail('That email address is too long.');
  if (/[\u0000-\u001f\u007f]/.test(value)) return fail('That email address contains characters it may not.');
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return fail('That is not an email address (name@example.org).');
  const local = value.slice(0, at);
  const domainPart = value.slice(at + 1);
  if (local.length > 64) return fail('The part before the @ is too long.');
  if (!local.split('.').every((atom) => ATEXT.test(atom)))
    return fail('The part before the @ may hold letters, digits and . _ + - only (no spaces or accents).');
  const domain = asciiDomain(domainPart);
  if (domain === null) return fail('The part after the @ is not a domain name.');
  const address = `${local}@${domain}`;
  if (address.length > MAX_ADDRESS_LENGTH) return fail('That email address is too long.');
  return ok(address);
}

function asciiDomain(domain: string): string | null {
  if (domain.startsWith('[')) return null; // address literals: no reader subscribes from one
  const ascii = domainToASCII(domain.toLowerCase());
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return null;
  // A numeric top-level label means an IP address written as a name.
  return /^[0-9]+$/.test(labels[labels.length - 1]!) ? null : ascii;
}
