import { describe, expect, it } from 'vitest';
import { cutLongTail } from '../../src/lib/quiz/long-tails';

/** `text` through `cutLongTail`, its key the first occurrence of `key`. */
function cut(text: string, key: string): string {
	return cutLongTail(text, text.indexOf(key) + key.length);
}

describe('y43b: a lead past 40 words loses where and after what its event happened, told at length', () => {
	it('drops "in a game that ..." after a score', () => {
		const text = 'Riverside Athletic climbed to second in the table on Sunday after Maya Osei’s volley in the 77th minute earned a 2-1 win at Castle Vale in a game that was twice halted by heavy rain and watched by a crowd of 4,118';
		expect(cut(text, '2-1')).toBe('Riverside Athletic climbed to second in the table on Sunday after Maya Osei’s volley in the 77th minute earned a 2-1 win at Castle Vale');
		// the crowd, the key, is inside the tail: it stays
		expect(cut(text, '4,118')).toBe(text);
	});

	it('drops "after a hearing at which ..." after a decision', () => {
		const text = 'Plans for 260 flats, a health centre and a riverside park on the site of a former gasworks on the edge of the market town of Oakhampton were approved on Wednesday evening after a five-hour hearing at which dozens of residents spoke against the scheme';
		expect(cut(text, '260')).toBe('Plans for 260 flats, a health centre and a riverside park on the site of a former gasworks on the edge of the market town of Oakhampton were approved on Wednesday evening');
	});

	it('drops what a study’s authors made of it, and keeps the study as the source', () => {
		const text = 'Children who read for pleasure for at least 30 minutes a day score on average 12 points higher in maths tests than those who rarely read, according to a large study published on Thursday that its authors said should prompt schools to rethink homework';
		expect(cut(text, '12')).toBe('Children who read for pleasure for at least 30 minutes a day score on average 12 points higher in maths tests than those who rarely read, according to a large study published on Thursday');
	});

	it('keeps the tail of a lead within 40 words', () => {
		const text = 'Riverside Athletic earned a 2-1 win at Castle Vale on Sunday in a game that was twice halted by heavy rain';
		expect(cut(text, '2-1')).toBe(text);
	});
});
