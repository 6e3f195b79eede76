import { describe, expect, it } from 'vitest';
import { encodeResultId, isResultId } from '../../src/lib/share/result-id';
import { emojiRow, outcomeOf, outcomeTally, shareText } from '../../src/lib/share/share-text';

describe('shareText', () => {
	it('writes the headline, one square per item and the link, and nothing else', () => {
		const text = shareText({
			title: 'Lukashenko meets Putin in Sochi',
			right: 8,
			total: 10,
			outcomes: ['right', 'right', 'wrong', 'right', 'timeout', 'right', 'right', 'right', 'wrong', 'right'],
			url: 'https://newsquiz.example/r/AbCdEfGhIjKl'
		});
		expect(text).toBe(
			'newsquiz · Lukashenko meets Putin in Sochi · 8/10\n🟩🟩🟥🟩⬜🟩🟩🟩🟥🟩\nhttps://newsquiz.example/r/AbCdEfGhIjKl'
		);
	});

	it('keeps the squares in play order', () => {
		expect(emojiRow(['timeout', 'wrong', 'right'])).toBe('⬜🟥🟩');
	});

	it('shows a close estimate as a yellow square, not a wrong one', () => {
		expect(emojiRow(['right', 'close', 'wrong'])).toBe('🟩🟨🟥');
	});
});

describe('outcomeOf', () => {
	it('calls an answer with part of the credit close, as the game does, and none wrong', () => {
		expect(outcomeOf({ correct: true, credit: 1, timedOut: false })).toBe('right');
		expect(outcomeOf({ correct: false, credit: 0.4, timedOut: false })).toBe('close');
		expect(outcomeOf({ correct: false, credit: 0, timedOut: false })).toBe('wrong');
		expect(outcomeOf({ correct: false, credit: 0, timedOut: true })).toBe('timeout');
	});
});

describe('outcomeTally', () => {
	it('counts each outcome that occurs, best first', () => {
		expect(outcomeTally(['wrong', 'close', 'right', 'right', 'timeout'])).toBe('2 right, 1 close, 1 wrong, 1 timed out');
		expect(outcomeTally(['right', 'wrong'])).toBe('1 right, 1 wrong');
	});
});

describe('result ids', () => {
	it('writes 9 bytes as 12 base64url characters', () => {
		expect(encodeResultId(new Uint8Array([0, 0, 0, 255, 255, 255, 0xfb, 0xef, 0xbe]))).toBe('AAAA____----');
		expect(encodeResultId(new Uint8Array([77, 97, 110, 77, 97, 110, 77, 97, 110]))).toBe('TWFuTWFuTWFu');
	});

	it('refuses a buffer of any other length', () => {
		expect(() => encodeResultId(new Uint8Array(8))).toThrow(RangeError);
	});

	it('tells a result id from other strings', () => {
		expect(isResultId('TWFuTWFuTWFu')).toBe(true);
		expect(isResultId('TWFuTWFuTWF')).toBe(false);
		expect(isResultId('TWFuTWFuTWFu1')).toBe(false);
		expect(isResultId('TWFuTWFu+WFu')).toBe(false);
		expect(isResultId('../etc/passw')).toBe(false);
	});
});
