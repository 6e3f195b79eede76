import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * A homework link whose code is not in its canonical shape (`/h/64y793`, `/h/64Y-793`: a code
 * typed by hand into the address) goes through the code form, which upper-cases it and drops
 * spaces and dashes as it does for a typed code, then leads to `/h/<CODE>`, or shows what to
 * type with the code kept in the box. Canonical codes match `/h/[code=homeworkcode]` first.
 */
export const GET: RequestHandler = ({ params }) => redirect(307, `/h?code=${encodeURIComponent(params.typed)}`);
