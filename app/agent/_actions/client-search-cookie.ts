// The client list's search cookie: its name and the longest text kept.
export const CLIENT_SEARCH_COOKIE = "kasko_client_search";
export const MAX_CLIENT_SEARCH = 100;
