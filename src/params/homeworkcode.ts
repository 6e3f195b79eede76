import type { ParamMatcher } from '@sveltejs/kit';

/** A homework code: six characters of the unambiguous alphabet (no 0/O, 1/I/L), upper case. */
export const match: ParamMatcher = (param) => /^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/.test(param);
