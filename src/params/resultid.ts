import type { ParamMatcher } from '@sveltejs/kit';
import { isResultId } from '$lib/share/result-id';

/** Matches a result id (12 base64url characters) in `/r/[id=resultid]`. */
export const match: ParamMatcher = (param) => isResultId(param);
