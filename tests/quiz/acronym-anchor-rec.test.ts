import { describe, expect, it } from 'vitest';
import { spelledOut, unanchoredFrame, type AnchorSource } from '../../src/lib/quiz/anchors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

/** An anchor source of a headline and paragraphs, with the organisations given and no persons or places. */
function sourceOf(title: string, paragraphs: string[], organisations: string[] = []): AnchorSource {
	return {
		article: parseArticleText(`${title}\n\n${[...paragraphs, ...filler, ...filler].join('\n\n')}`),
		persons: new Map(),
		places: new Map(),
		organisations: new Map(organisations.map((text) => [text.toLowerCase(), { text }]))
	};
}

describe('an acronym the article spells out carries the nationality of its name', () => {
	const nurses = sourceOf('Nurses to strike', ['The Irish Nurses’ Guild (ING) said its members had voted to strike.', 'The Irish Nurses’ Guild represents about 9,000 nurses.'], ['Irish Nurses’ Guild']);
	const drivers = sourceOf('Drivers walk out', ["Members of the Kenyan Drivers' Association (KDA) walked out on Friday.", "The Kenyan Drivers' Association has 4,000 members."], ["Kenyan Drivers' Association"]);
	const women = sourceOf('Institute votes', ["The Canadian Women's Institute (CWI) voted to close its last hall."]);

	it('spells out a name with a possessive inside it', () => {
		expect(spelledOut(nurses.article, 'ING')).toBe('Irish Nurses’ Guild');
		expect(spelledOut(drivers.article, 'KDA')).toBe("Kenyan Drivers' Association");
		expect(spelledOut(women.article, 'CWI')).toBe("Canadian Women's Institute");
	});

	it('reads "national" of a stem naming the body by its acronym as that nation’s', () => {
		expect(unanchoredFrame(nurses, 'The ING last held a national strike in _____.')).toBeUndefined();
		expect(unanchoredFrame(drivers, 'The KDA called _____ national walkouts last year.')).toBeUndefined();
		expect(unanchoredFrame(women, 'The CWI said national membership fell to _____.')).toBeUndefined();
	});

	it('still refuses "national" of an acronym whose name says no nation, or that the article never spells out', () => {
		const union = sourceOf('Union ballot', ['The Rail and Maritime Union (RMU) balloted its members.']);
		expect(unanchoredFrame(union, 'The RMU last held a national strike in _____.')).toBe('national');
		expect(unanchoredFrame(nurses, 'The GMB last held a national strike in _____.')).toBe('national');
	});
});
