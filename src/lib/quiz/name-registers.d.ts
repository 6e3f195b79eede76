/**
 * The given-name registers that gender-detection-from-name ships as CommonJS modules without
 * types: each a Map from a lower-case given name to its gender ("elodie" → "female").
 */
declare module 'gender-detection-from-name/names/*.js' {
	const names: Map<string, 'male' | 'female'>;
	export default names;
}
