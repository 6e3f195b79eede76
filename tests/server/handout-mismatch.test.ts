import { describe, expect, it } from 'vitest';
import { handOutMismatch } from '../../src/lib/handout-mismatch';

describe('the homework page’s words when the server hands out another item', () => {
	it('blames an earlier answer that has not reached the server, not the connection, and says to press the button again', () => {
		const said = handOutMismatch({ expected: 3, served: 1, button: 'Next question' });
		expect(said).toBe(
			'Question 4 cannot open yet: your answer to question 2 has not reached the server. It is being sent again; once it is handed in, press Next question again.'
		);
		expect(said).not.toMatch(/connection|could not load/);
	});

	it('names another tab that has gone on when the server is ahead of the page', () => {
		expect(handOutMismatch({ expected: 0, served: 2, button: 'Continue' })).toBe(
			'Question 1 was already answered in another tab or window of this homework, which has gone on to question 3. Close the other one and reload this page to go on from there.'
		);
	});
});
