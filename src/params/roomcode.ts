import type { ParamMatcher } from '@sveltejs/kit';

/** A classroom room's join code: exactly six digits. */
export const match: ParamMatcher = (param) => /^\d{6}$/.test(param);
