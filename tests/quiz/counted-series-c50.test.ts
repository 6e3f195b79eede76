import { describe, expect, it } from 'vitest';
import { countedSeries } from '../../src/lib/quiz/generate';

// the pattern countedSeries was, built afresh for each list of nouns: the reading it must keep
const byPattern = (text: string, nouns: string[]) => {
	const m = new RegExp(String.raw`\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:[\p{Ll}-]+ )?(?:${nouns.join('|')})s\b`, 'iu').exec(text);
	if (!m) return null;
	return /^\d/.test(m[1]) ? Number(m[1]) : ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(m[1].toLowerCase()) + 2;
};

const texts: [string, string[]][] = [
	['Volunteers at the Ashby clinic were given three further doses over the winter.', ['dose', 'injection', 'jab']],
	['The relay squad ran 12 laps of the track before the storm broke.', ['lap']],
	['Four rounds were played, and then two extra rounds were added.', ['round']],
	['She had served two terms as mayor and 3 short terms as deputy.', ['term']],
	['Six boats went out, but the 120 boats of the fleet stayed in port.', ['boat']],
	['Two long-delayed stages were added after the seven stages of the race.', ['stage']],
	['Ten weekends and two weeks later, the Sotra ferry sailed again.', ['week']],
	['Ten Weeks of Rain opened the festival; two Big Weeks followed.', ['week']],
	['The council counted two new schemes and no further plans.', ['plan']],
	['Nine of the ten rounds were lost, the coach said.', ['round']]
];

describe('the number of a series an article counts', () => {
	it.each(texts)('%s', (text, nouns) => {
		expect(countedSeries(text, nouns)).toBe(byPattern(text, nouns));
	});

	it('reads a number, a word before the noun, or none', () => {
		expect(countedSeries('Volunteers at the Ashby clinic were given three further doses over the winter.', ['dose'])).toBe(3);
		expect(countedSeries('The relay squad ran 12 laps of the track.', ['lap'])).toBe(12);
		expect(countedSeries('Two long-delayed stages were added.', ['stage'])).toBe(2);
		expect(countedSeries('The council counted two new schemes and no further plans.', ['plan'])).toBeNull();
	});
});
