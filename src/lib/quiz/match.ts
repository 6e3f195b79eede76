/**
 * Forgiving comparison of a typed answer with an item's accepted answers (issue 3, "typed, with
 * forgiving matching"): case, accents, spacing, surrounding punctuation and a leading "the" do
 * not matter; numbers match by value, so "1,080" = "1080" and "£772.6m" = "£772.6 million",
 * with the currency kept apart (£5m is not $5m). Pure: safe in the browser.
 */

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };
const CURRENCY: Record<string, string> = { '£': 'GBP', $: 'USD', 'us$': 'USD', '€': 'EUR', '¥': 'JPY' };

/** Lower-case, accent-free, single-spaced text without surrounding punctuation or a leading "the". */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[\s"'“”.,;:!?()-]+|[\s"'“”.,;:!?()-]+$/g, '')
		.replace(/^the /, '');
}

/** A typed number with its currency and unit ("£772.6m" → 772600000 GBP), or undefined. */
export function parseNumberAnswer(text: string): { value: number; currency?: string; percent: boolean } | undefined {
	const m = /^(us\$|[£$€¥])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(k|thousand|mn|m|million|bn|billion|tn|trillion)?\s*(%|per ?cent|percent)?$/.exec(normaliseAnswer(text));
	if (!m) return undefined;
	const value = parseFloat(m[2].replace(/,/g, '')) * (m[3] ? SCALES[m[3]] : 1);
	return { value, ...(m[1] ? { currency: CURRENCY[m[1]] } : {}), percent: Boolean(m[4]) };
}

/** Does the typed answer match one of the accepted answers? */
export function matchesTyped(answer: string, accepted: readonly string[]): boolean {
	const given = normaliseAnswer(answer);
	if (given === '') return false;
	const number = parseNumberAnswer(answer);
	return accepted.some((a) => {
		if (normaliseAnswer(a) === given) return true;
		const want = parseNumberAnswer(a);
		if (!number || !want) return false;
		return Math.abs(number.value - want.value) < 1e-9 * Math.max(1, want.value) && (number.currency ?? want.currency) === (want.currency ?? number.currency);
	});
}
