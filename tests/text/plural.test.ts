import { describe, expect, it } from 'vitest';
import { counted } from '../../src/lib/plural';

describe('counted', () => {
	it('writes one thing in the singular and any other count in the plural', () => {
		expect(counted(1, 'item')).toBe('1 item');
		expect(counted(0, 'item')).toBe('0 items');
		expect(counted(2, 'item')).toBe('2 items');
	});

	it('takes an irregular plural and separates thousands', () => {
		expect(counted(2, 'child', 'children')).toBe('2 children');
		expect(counted(20000, 'word')).toBe('20,000 words');
	});
});
