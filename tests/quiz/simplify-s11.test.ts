import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';

const main = (sentence: string) => simplify(sentence, extractFacts(sentence))[0].text;

describe('a relative aside dropped after an age (R1)', () => {
	it('keeps the comma that closes the age', () => {
		expect(main('Sir Geoffrey Hallam, 61, who served as business secretary between 2019 and 2021, sued Owen Tighe over a series of posts.')).toBe('Sir Geoffrey Hallam, 61, sued Owen Tighe over a series of posts');
	});

	it('drops the aside with both its commas where no age comes before it', () => {
		expect(main('The depot, which was used by First Bus until 2019, has been empty since March.')).toBe('The depot has been empty since March');
	});
});
