import { describe, expect, it } from 'vitest';
import { stemsMatching } from './report';

// a stem's "The plan" is written as the headline's plan; the headline's figure kept its thousands comma
// only up to the comma ("Tarnow's plan to build 2 will cost ...", R1 and R3), which a speed helper saw
describe('the headline’s plan keeps a figure with a thousands comma whole', () => {
	const title = 'Tarnow to build 2,400 homes on former rail yards';
	const body = [
		'The city of Tarnow will build 2,400 homes on its former rail yards by 2031, the mayor, Anna Kowal, said on Monday.',
		'The plan will cost 610 million zloty, and the first 500 homes are due to be finished in 2027.',
		'Local residents have asked for a new school to be built alongside the homes.'
	];

	it('"The plan will cost" is written with the whole figure, or not at all', () => {
		const stems = stemsMatching(title, body, /will cost/);
		expect(stems.length).toBeGreaterThan(0);
		for (const w of stems) expect(w.stem).not.toMatch(/to build 2(?!,400)/);
		expect(stems.some((w) => /^Tarnow’s plan to build 2,400 homes on former rail yards will cost/.test(w.stem))).toBe(true);
	});
});
