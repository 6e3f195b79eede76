import { describe, expect, it } from 'vitest';
import { unownedDefinite } from '../../src/lib/quiz/definites';
import { stemsFrom } from './report';

const TITLE = 'Heating bills in Kerava to rise 9% as wood chip prices climb';
const STORY = [
	'Heating bills in the Finnish town of Kerava will rise by 9% from January, said Jari Laine, head of the district heating company Kerava Lämpö.',
	'The company blamed the higher price of wood chips, which fire its two main boilers.',
	'About 14,000 homes in Kerava take their heat from the network, which was built in 1978.',
	'Mayor Anneli Koski said the town would ask the company to spread the rise over two years.'
];

describe('y49c: a relational noun that only modifies a longer compound noun is no unowned referent (R4)', () => {
	it('reads "the district heating company" and "the rate review panel" as compounds, not as "the district" or "the rate"', () => {
		expect(unownedDefinite('Bills will rise by 9% from January, the district heating company Kerava Lämpö said.')).toBeUndefined();
		expect(unownedDefinite('Savers were told on Friday that the rate review panel would meet in March.')).toBeUndefined();
	});

	it('still refuses a bare "the district" or "the rate" that a verb follows', () => {
		expect(unownedDefinite('Officials said the district had run out of road salt by February.')).toBe('the district');
		expect(unownedDefinite('Savers were told on Friday that the rate would climb to 4.5%.')).toBe('the rate');
	});

	it('keeps an item whose stem names the district heating company by its name', () => {
		const stems = stemsFrom(TITLE, STORY, 'will rise by 9%');
		expect(stems.some((s) => s.startsWith('OK: ') && s.includes('the district heating company Kerava Lämpö'))).toBe(true);
	});
});
