/** The session cookies next-auth sets (the __Secure- form on HTTPS). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
