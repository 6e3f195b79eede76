const rules = new Intl.PluralRules('en');

/**
 * A count with its noun in the right number for English: `counted(1, 'item')` → "1 item",
 * `counted(3, 'item')` → "3 items", `counted(2, 'child', 'children')` → "2 children". The number
 * is written with the English thousands separator ("20,000 words"). The plural defaults to the
 * singular plus "s"; the choice follows `Intl.PluralRules('en')` (one vs other).
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
	return `${count.toLocaleString('en')} ${rules.select(count) === 'one' ? singular : plural}`;
}
