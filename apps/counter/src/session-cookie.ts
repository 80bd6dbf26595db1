/**
 * The counter's session cookie. Differs from the studio's (kk_studio) because both apps run on
 * localhost, where browsers share cookies across ports.
 */
export const SESSION_COOKIE = "kk_counter";
