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

// plurals no rule of endings reads back: the estimate units a fact reader takes from an article's counted noun
const IRREGULAR: Record<string, string> = {
	people: 'person',
	children: 'child',
	men: 'man',
	women: 'woman',
	feet: 'foot',
	teeth: 'tooth',
	mice: 'mouse',
	geese: 'goose',
	lives: 'life',
	wives: 'wife',
	knives: 'knife',
	halves: 'half',
	wolves: 'wolf',
	calves: 'calf',
	shelves: 'shelf',
	leaves: 'leaf',
	thieves: 'thief',
	movies: 'movie',
	cookies: 'cookie',
	calories: 'calorie',
	rookies: 'rookie',
	zombies: 'zombie',
	pies: 'pie',
	ties: 'tie',
	lies: 'lie',
	buses: 'bus',
	viruses: 'virus',
	bonuses: 'bonus',
	campuses: 'campus'
};

/**
 * The singular of an English plural noun, for a unit the generator keeps as the article wrote it
 * after a count ("charges", "job cuts", "tonnes of grain", "people"): the counted word (the last,
 * or the one before "of") made singular by `IRREGULAR` or its ending ("-ies" → "-y", "-ches",
 * "-shes", "-sses", "-xes", "-zes" lose "es", else a final "s" goes). A word with no plural ending
 * ("km", "mph", "sheep", "news", "series", "status") comes back as it is.
 */
export function singularOf(plural: string): string {
	const words = plural.split(' ');
	const at = words.includes('of') ? words.indexOf('of') - 1 : words.length - 1;
	if (at < 0) return plural;
	const word = words[at];
	const lower = word.toLowerCase();
	let one = IRREGULAR[lower];
	if (one === undefined) {
		if (word.length < 4 || /(?:ss|us|is)$/.test(lower) || /^(?:news|series|species|means|headquarters)$/.test(lower)) one = lower;
		else if (/[^aeiou]ies$/.test(lower)) one = lower.slice(0, -3) + 'y';
		else if (/(?:ch|sh|ss|x|z)es$/.test(lower)) one = lower.slice(0, -2);
		else if (/[^s]s$/.test(lower)) one = lower.slice(0, -1);
		else one = lower;
	}
	if (word !== lower) one = word.slice(0, 1) + one.slice(1);
	return [...words.slice(0, at), one, ...words.slice(at + 1)].join(' ');
}

/**
 * A plural unit in agreement with the number written before it: singular for a count English
 * reads as one ("1 charge", "1 person"), as it is for any other ("0 charges", "1.5 km", "2 votes").
 * `fractionDigits` is how many decimals the number is shown to, so a value shown as "1" agrees
 * with what the player reads. A fresh user's estimate slider read "1 charges" at its low end.
 */
export function unitFor(count: number, unit: string, fractionDigits = 2): string {
	return new Intl.PluralRules('en', { maximumFractionDigits: fractionDigits }).select(count) === 'one' ? singularOf(unit) : unit;
}
