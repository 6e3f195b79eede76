import { describe, expect, it } from 'vitest';
import { reportOf, written } from './report';

/**
 * An obituary's "he" after a sentence in which another man speaks of the subject by name: the
 * chain of pronouns is the subject's (p34's rule against a chain carried on from another person
 * had refused it, and a sealed obituary lost two acceptable items).
 */
describe('a pronoun chain that goes back to a sentence naming the subject stays the subject’s', () => {
	const title = 'Zdeněk Řehoř, Polish glassblower who made lamps for palaces, dies at 88';
	const body = [
		'Zdeněk Řehoř, a glassblower whose lamps hang in palaces across central Europe, has died at his home in Krosno. He was 88.',
		'His death was announced by his daughter, Ivana Řehořová, who said he had been ill since the spring.',
		'"He was blowing glass until the last week," she said.',
		'Řehoř was born in 1937 in a village near Jasło and started work at the Krosno glassworks at the age of 15.',
		'Colleagues remembered him as a perfectionist who would smash a finished lamp if the glass was "not singing".',
		'Pavel Kříž, the designer with whom he worked for three decades, once said that Řehoř\'s lamps "breathed light".',
		'After the fall of communism in 1989 he opened his own workshop in Jasło, where he trained 40 apprentices.',
		'He was a leading voice in the campaign that led UNESCO to list Polish glassblowing in 2018.',
		'His lamps became sought after by collectors.',
		'In 2020 a pair of 12 lamps he blew for a Warsaw theatre sold at auction in Kraków for 1.2 million zloty, a record for a living Polish glassmaker.'
	];

	it('"a pair of 12 lamps he blew" is written as Řehoř’s, and never as Kříž’s', () => {
		const stems = written(reportOf(title, body)).filter((w) => /lamps .*blew for a Warsaw theatre/.test(w.stem)).map((w) => w.stem);
		expect(stems.some((s) => /Řehoř blew/.test(s))).toBe(true);
		expect(stems.filter((s) => /Kříž blew/.test(s))).toEqual([]);
	});
});
