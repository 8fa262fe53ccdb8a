/** ISO time stamps for stored rows; one place so tests can reason about them. */
export const now = () => new Date().toISOString();
