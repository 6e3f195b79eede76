import { describe, expect, it } from 'vitest';
import { splitSentenceSpans } from '../../src/lib/quiz/sentences';

const split = (text: string) => splitSentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('short forms inside Philippine and Spanish names ("Ma.", "Sta.", "Sto.") end no sentence', () => {
	it('keeps "Ma. Luisa", "Sta. Cruz" and "Sto. Tomas" inside their sentences', () => {
		expect(split('The school principal, Ma. Luisa Dizon, said 40 pupils were sent home. Classes resume on Monday.')).toEqual([
			'The school principal, Ma. Luisa Dizon, said 40 pupils were sent home.',
			'Classes resume on Monday.'
		]);
		expect(split('Floodwater rose in Sta. Cruz and Sto. Tomas overnight. About 300 families left their homes.')).toEqual([
			'Floodwater rose in Sta. Cruz and Sto. Tomas overnight.',
			'About 300 families left their homes.'
		]);
		expect(split('Residents of Brgy. San Roque were told to leave, Atty. Ramon Cruz said. The order ends Friday.')).toEqual([
			'Residents of Brgy. San Roque were told to leave, Atty. Ramon Cruz said.',
			'The order ends Friday.'
		]);
	});

	it('still ends a sentence on a surname of the same letters, or before a sentence opener', () => {
		expect(split('The shop was founded by Jack Ma. Alibaba later bought it.')).toEqual(['The shop was founded by Jack Ma.', 'Alibaba later bought it.']);
		expect(split('She thanked her Ma. The crowd cheered.')).toEqual(['She thanked her Ma.', 'The crowd cheered.']);
	});
});
