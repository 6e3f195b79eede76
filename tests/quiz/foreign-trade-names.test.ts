import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';

const typed = (text: string) => extractFacts(text).map((f) => `${f.type} ${f.text}`);

describe('a company named by its trade in another language', () => {
	it('is an organisation, whatever trade noun of a person follows it', () => {
		expect(typed('Tidewell has signed a supply agreement with Lumen Energía, a Portuguese installer of heat pumps.')).toContain('organisation Lumen Energía');
		expect(typed('The turbines will be serviced by Volta Énergie, a French installer of wind farms, from next spring.')).toContain('organisation Volta Énergie');
	});

	it('leaves a person with the same kind of appositive a person', () => {
		expect(typed('The kitchen was fitted by Marta Ferreira, a Portuguese installer of heat pumps.')).toContain('person Marta Ferreira');
	});
});
