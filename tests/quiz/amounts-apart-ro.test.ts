import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf, wrongOf } from './report';

const value = (text: string) => extractFacts(text).find((f) => f.type === 'money')?.value;

describe('a money option that is a sum the article states, in another scale', () => {
	it('is never offered', () => {
		const all = itemsOf('Harlow Foods agrees to buy rival bakery chain', [
			'Harlow Foods said on Tuesday it had agreed to buy the bakery chain Brenton for $1.2 billion in cash, its biggest deal in a decade.',
			'The company said it would pay for the deal with $800 million of new debt and cash it already held.',
			'Brenton runs 410 shops across the north of England and employs about 6,000 people.',
			'Shareholders of Brenton will vote on the offer in March, the company said.'
		]);
		const wrong = wrongOf(all, 'for $1.2 billion in cash');
		expect(wrong.filter((o) => /\$/.test(o)).length).toBeGreaterThan(0);
		for (const o of wrong.filter((w) => /^\$[\d.]+ billion$/.test(w))) expect(value(o)).not.toBe(8e8);
	});

	it('reads a sum in either scale as one value', () => {
		expect(value('$0.8 billion')).toBe(value('$800 million'));
		expect(value('£1.5bn')).toBe(value('£1,500m'));
	});
});
