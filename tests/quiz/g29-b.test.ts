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

describe('g29-b: "the drug" and the measures, totals and crews a stem leaves unsaid (holdout77)', () => {
	it('writes "the drug" as the one medicine the article names by its dose or its use', () => {
		const report = reportOf('Heart pills recalled after impurity found in two batches', [
			'Pharmacists across Ireland have been told to remove two batches of a widely prescribed heart medicine from their shelves after tests found an impurity above the permitted limit.',
			'The Health Products Regulatory Authority issued a recall on Friday for valdoran sodium 40mg tablets made by Corvane Pharma.',
			'Valdoran is used by about 210,000 people in Ireland to treat heart failure.',
			'The HSE dispensed more than 3 million prescriptions for the drug in Ireland in 2024, at a cost of around €8.4m.',
			...filler
		]);
		// passed, if not picked: a quiz takes at most two items that name the one medicine (QUALITY.md "Per article", g31b)
		const hse = report.quiz.sentences.find((s) => s.text.startsWith('The HSE dispensed'))!;
		const stems = written(report).map((w) => w.stem);
		expect(report.passedIn).toContain(hse.index);
		expect(report.rejections.filter((r) => /prescriptions for valdoran in Ireland in 2024, at a cost of around €_____m/.test(r.stem))).toEqual([]);
		expect(stems.filter((s) => /prescriptions for the drug/.test(s))).toEqual([]);
	});

	it('reads a forecast of "no change" in no measure, "added ... more", "the wicket to fall" and a bare "the crew" as leaning on earlier words', () => {
		expect(leansOnEarlierNoun('All _____ economists polled by Reuters last week had forecast no change.')).toBe(true);
		expect(leansOnEarlierNoun('All _____ economists polled by Reuters had forecast no change in the main interest rate.')).toBe(false);
		expect(leansOnEarlierNoun('Kenya added _____ more runs before they were bowled out for 290.')).toBe(true);
		expect(leansOnEarlierNoun('Tom Ashby was the wicket to fall, caught at slip for _____.')).toBe(true);
		expect(leansOnEarlierNoun('Tom Ashby was the only wicket to fall, caught at slip for _____.')).toBe(false);
		expect(leansOnEarlierNoun('Survivors told the crew that _____ people had boarded the dinghy in Sabratha.')).toBe(true);
		expect(leansOnEarlierNoun("Survivors told the Aurora 3's crew that _____ people had boarded the dinghy in Sabratha.")).toBe(false);
		expect(leansOnEarlierNoun('Survivors told the crew of the Aurora 3 that _____ people had boarded the dinghy in Sabratha.')).toBe(false);
	});
});
