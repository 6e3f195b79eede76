/**
 * Is the headline's number at `at` (of `length` characters) one side of a score ("Toulouse beat La
 * Rochelle 30-24"), while the key is no score? R5's headline check (generate.ts `headlineGives`)
 * took the 30 of "30-24" for a giveaway of "sprinted _____ metres" with a key of 30, and refused
 * a body fact the headline never states (holdout99). A key that is itself a score ("30-24") or
 * a range, and any other headline number, are left to that check. Takes the headline, the
 * number's place in it and the key as written.
 */
export function scoreSide(title: string, at: number, length: number, keyText: string): boolean {
	if (/\d\s?[-–]\s?\d/.test(keyText)) return false;
	return /^[-–]\d/.test(title.slice(at + length)) || /\d[-–]$/.test(title.slice(0, at));
}
