'use strict';
// The string formats the schemas use, for the build-time validators (scripts/build.mjs).
// ajv-formats' full `uri` is one large RFC 3986 RegExp that costs ~3.5 ms to compile on the
// first record of every run; records need "an absolute address", which the URL parser decides.

/** An e-mail address as records write them: something@domain.tld, no spaces. */
exports.email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An absolute URI: a scheme, and the rest as the WHATWG URL parser accepts it. */
exports.uri = (value) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value) && URL.canParse(value);

/** A day of the calendar written YYYY-MM-DD, from the year 1000 on: 2026-02-30 and 0000-01-01 are none. */
exports.date = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || Number(match[1]) < 1000) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.getUTCMonth() === Number(match[2]) - 1 && day.getUTCDate() === Number(match[3]);
};
