import { describe, expect, it } from 'vitest';
import { leansOnEarlierNoun } from '../../src/lib/quiz/generate';
import { filler, kept, written, reportOf } from './report';

describe('g29-b: stems that lean on an earlier noun, and the names that resolve them (holdout77)', () => {
	it('writes "the airline" and "the carrier" as the airline whose cabin crew the article tells of', () => {
		const stems = kept('Solair Regional cabin crew to strike for four days over rosters', [
			'LISBON — Cabin crew at Solair Regional, the budget subsidiary of Portugal\'s Solair, will walk out for four days in August after talks on rosters collapsed on Friday, their union said.',
			'The airline operates around 140 flights a day, mostly from Lisbon to Madeira and the Azores, meaning that about 560 flights could be affected.',
			'Around 480 flight attendants work for the carrier.',
			...filler
		]);
		expect(stems.some((s) => /^Solair Regional operates around _____ flights a day/.test(s))).toBe(true);
		expect(stems.some((s) => /^Around _____ flight attendants work for Solair Regional\.$/.test(s))).toBe(true);
	});

	it('refuses "Most came from ..." of a rescue story, whose people the stem never names', () => {
		const all = written(reportOf('Charity boat rescues 64 people off Tunisia', [
			'TUNIS (Reuters) - A charity rescue boat picked up 64 migrants from a sinking wooden boat off Tunisia early on Sunday, the charity Sea Lifeline said.',
			'Most came from Chad, Mali and Guinea; 12 were children travelling alone.',
			...filler
		]));
		const most = all.filter((w) => /^Most came from/.test(w.stem));
		expect(most.length).toBeGreaterThan(0);
		expect(most.filter((w) => w.check === '')).toEqual([]);
	});

	it('reads "a similar walkout" and the "it" a plural speaker reports on as leaning on earlier words, not "similar to" or "Most ferry passengers"', () => {
		expect(leansOnEarlierNoun('Over the summer holidays of 2019, a similar walkout led to the cancellation of _____ flights before a deal was reached.')).toBe(true);
		expect(leansOnEarlierNoun('Researchers said it was probably launched between 2 a.m. and _____ a.m. from a beach near Sfax.')).toBe(true);
		expect(leansOnEarlierNoun('Most came from Chad, Mali and _____.')).toBe(true);
		expect(leansOnEarlierNoun('The walkout is similar to one held in 2021, when _____ sailings were cancelled.')).toBe(false);
		expect(leansOnEarlierNoun('Most ferry passengers were told to travel on Wednesday instead, and _____ bookings were moved.')).toBe(false);
		expect(leansOnEarlierNoun('Analysts said it was likely that rates would rise by _____ points.')).toBe(false);
		expect(leansOnEarlierNoun('Iberia said it would cut _____ flights.')).toBe(false);
	});

	it('keeps "The team, led by <name>," which says which team, as a relative clause does', () => {
		const stems = kept('Archaeologists find old fort with carved stones in Chile', [
			"SANTIAGO, Chile (AP) — Archaeologists in southern Chile have found the remains of a fort believed to be about 900 years old, Chile's Ministry of Culture said Monday.",
			'The team, led by archaeologist Marta Ruiz Soto of the University of Concepción, has dug an area of about 450 square meters since work began in June.',
			...filler
		]);
		expect(stems.some((s) => /^The team, led by archaeologist Marta Ruiz Soto .* about _____ square meters/.test(s))).toBe(true);
	});

	it('writes "The ship" as the vessel the article names ("The Aurora 3, operated by ..."), not the lead\'s description', () => {
		const stems = kept('Charity ship rescues 52 people from sinking dinghy off Libya', [
			'ROME (Reuters) - A Spanish charity rescue ship picked up 52 migrants from a sinking rubber boat in the central Mediterranean on Sunday, the organisation said.',
			'The Aurora 3, operated by the Barcelona-based group Mar Abierto, reached the dinghy about 30 nautical miles off the coast after a call from a hotline.',
			'Italian authorities assigned the ship the port of Ancona, roughly 1,200 kilometres away.',
			'The ship was expected to reach Ancona on Thursday.',
			...filler
		]);
		expect(stems.some((s) => /^The Aurora 3 was expected to reach/.test(s))).toBe(true);
		expect(stems.filter((s) => /Spanish charity rescue ship was expected/.test(s))).toEqual([]);
	});
});
