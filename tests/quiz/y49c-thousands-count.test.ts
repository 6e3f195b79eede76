import { describe, expect, it } from 'vitest';
import { countNoun } from '../../src/lib/quiz/bare-counts';
import { sentenceOf } from './report';

const TITLE = 'Moorcastle bakery chain lifts sales as loaf output climbs';
const STORY = [
	'Moorcastle Bakeries said on Monday that loaf output rose to 62,400 loaves a week from 55,900 loaves a year earlier.',
	'Members of its loyalty scheme went up to 27,300 customers, a spokeswoman said.',
	'Its chief executive, Martin Hollis, said the new ovens in Carlisle had paid for themselves within a year.'
];

describe('y49c: a count with a thousands comma is read whole where a change ends on it (R1)', () => {
	it('writes no noun between the thousands and the hundreds of "rose to 62,400 loaves"', () => {
		const { sentence } = sentenceOf(TITLE, STORY, 'Moorcastle Bakeries said');
		expect(countNoun(sentence, sentence.text)).toBe(sentence.text);
		const swapped = sentence.text.replace('62,400', '48,100');
		expect(countNoun(sentence, swapped)).toBe(swapped);
	});

	it('writes no noun into "up to 27,300 customers" either', () => {
		const { sentence } = sentenceOf(TITLE, STORY, 'Members of its loyalty scheme');
		expect(countNoun(sentence, sentence.text)).toBe(sentence.text);
	});

	it('still writes the noun after a thousands count that really ends a change bare', () => {
		const { sentence } = sentenceOf(TITLE, ['The Moorcastle chain, which employed 31,500 workers in 2019, was reduced to 12,400, the report said.'], 'The Moorcastle chain');
		expect(countNoun(sentence, 'The Moorcastle chain was reduced to 12,400.')).toBe('The Moorcastle chain was reduced to 12,400 workers.');
	});
});
