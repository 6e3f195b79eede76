import { describe, expect, it } from 'vitest';
import { nameBackReferences, placeOwned } from '../../src/lib/quiz/back-references';
import { decisionMaker } from '../../src/lib/quiz/decisions';
import { withHeadlineModifier } from '../../src/lib/quiz/in-view';
import { splitSentences } from '../../src/lib/quiz/sentences';
import type { Article, Sentence } from '../../src/lib/quiz/types';

// the readings these functions keep per text or per headline must not change what a later call returns
describe('plain scans and kept readings give the answers the per-call patterns gave', () => {
	const lines = (texts: string[]): Sentence[] => texts.map((text, index) => ({ index, paragraph: index, start: 0, end: text.length, text }));

	it('reads a sentence that decides as its own maker only for the sentences after it', () => {
		const ruling = lines(['The Tarrow County Council on Monday voted to close the Elm Road depot.', 'The decision affects about 40 drivers.']);
		expect(decisionMaker(ruling, ruling[1])).toBe('Tarrow County Council');
		// the same text, now the sentence asked about: its own verb has no maker before it
		expect(decisionMaker(ruling, ruling[0])).toBeUndefined();
		expect(decisionMaker(ruling, ruling[1])).toBe('Tarrow County Council');
		const another = lines([ruling[0].text, 'A separate ruling is due in May.', 'The decision affects about 40 drivers.']);
		expect(decisionMaker(another, another[2])).toBeUndefined();
	});

	it('finds a name of a head after a lower-case word that opens on the head in the same sentence', () => {
		const article: Article = {
			title: 'Copper output slips in northern province',
			paragraphs: ['Exports of the mineral from the Kolwe Ridge mine outside Ndola fell in March.', 'The mine produced 41,000 tonnes of copper last year.']
		};
		const sentences = splitSentences(article);
		const isVerb = (word: string) => /^(?:produced|fell)$/.test(word);
		expect(nameBackReferences(article, sentences, sentences.at(-1)!, 'The mine produced _____ tonnes of copper last year.', isVerb)).toBe('The Kolwe Ridge mine produced _____ tonnes of copper last year.');
	});

	it('answers the same for a headline asked twice', () => {
		for (let i = 0; i < 2; i++) {
			expect(placeOwned('Tasmania revised Budget trims road spending', 'Budget', '’')?.phrase).toBe('Tasmania’s revised Budget');
			expect(placeOwned('Hobart approves new budget', 'budget', '’')).toBeUndefined();
			expect(withHeadlineModifier('Assembly passes budget with fuel levy for hauliers', 'The levy is expected to raise $12 million a year.')).toBe('The fuel levy is expected to raise $12 million a year.');
		}
	});
});
