import { describe, expect, it } from 'vitest';
import { filler, written, reportOf } from './report';

describe('g30-b2: a race, a disease, a study and a crash the story names, written into a stem (holdout81)', () => {
	it('writes "the women\'s race", "The 2027 race" and "the event\'s history" with the one race the lead names', () => {
		const all = written(
			reportOf('Okoro breaks course record at Lakeside City Marathon', [
				'MILWAUKEE — Samuel Okoro pulled clear at the 30-kilometer mark to win the 21st Lakeside City Marathon on Sunday in a course record of 2 hours, 10 minutes, 12 seconds.',
				'Uganda\'s Grace Achieng, 28, won the women\'s race in 2:27:40, finishing almost a minute clear of the field.',
				'Race organizers said 7,315 runners started the race at 7 a.m. at Veterans Park, and 6,902 finished.',
				'Race director Paula Wendt said this year\'s field was the largest in the event\'s history, up from 6,480 starters last year.',
				'The 2027 race is scheduled for May 2.',
				...filler
			])
		);
		expect(all.some((w) => w.stem.includes('won the women\'s race at the Lakeside City Marathon in'))).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.includes('the largest in the Lakeside City Marathon\'s history'))).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.includes('runners started the Lakeside City Marathon at 7 a.m.'))).toBe(true);
		// a true/false item may show the edition's year changed
		expect(all.some((w) => /^The \d{4} Lakeside City Marathon is scheduled for/.test(w.stem))).toBe(true);
		expect(all.filter((w) => w.check === '' && /\bthe event's history|The 2027 race\b/.test(w.stem))).toEqual([]);
	});

	it('writes "the research" as the study the lead introduces, and "the disease" as the one disease the headline names', () => {
		const all = written(
			reportOf('Daily walk linked to lower risk of Type 2 diabetes, study finds', [
				'Adults who walk for 30 minutes a day are less likely to develop Type 2 diabetes than those who rarely walk, according to a large multinational study published Tuesday.',
				'The research, which appears in the journal Preventive Health Reports, followed 31,250 adults in Spain and Portugal for a median of 8.1 years.',
				'Participants who walked every day had a 16 per cent lower risk of developing the disease than those who walked less than once a week.',
				...filler
			])
		);
		expect(all.some((w) => /\bthe large multinational study\b/i.test(w.stem) && w.stem.includes('31,250'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /\bthe research\b/.test(w.stem))).toEqual([]);
		expect(all.filter((w) => /lower risk of developing/.test(w.stem)).every((w) => w.stem.includes('lower risk of developing Type 2 diabetes'))).toBe(true);
	});

	it('names the one crash the headline tells of in stems about its collision, its injured and its drivers', () => {
		const all = written(
			reportOf('Woman, 29, dies in A38 crash involving van and two cars', [
				'A 29-year-old woman has died and three other people have been injured in a crash involving a van and two cars on the A38 in Derbyshire.',
				'The collision happened on the southbound carriageway between junctions 28 and 27 near Ripley at about 6.40pm on Friday.',
				'A man in his 70s and a 10-year-old girl were taken to Derby Royal Hospital with serious injuries.',
				'The van driver, a 44-year-old man from Mansfield, was arrested on suspicion of causing death by careless driving.',
				...filler
			])
		);
		expect(all.some((w) => w.stem.startsWith('The A38 crash happened on the southbound carriageway'))).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.includes('with serious injuries after the A38 crash.'))).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('The van driver in the A38 crash, a'))).toBe(true);
		expect(all.filter((w) => w.check === '' && /^The van driver,|serious injuries\.$/.test(w.stem))).toEqual([]);
	});

	it('writes the noun the sentence gives its counts after a bare count a change ends on, and refuses one it cannot name', () => {
		const all = written(
			reportOf('Harbour Alliance wins most seats in Norland regional vote', [
				'NORLAND: The Harbour Alliance won 27 seats in the 60-member Norland regional council on Sunday, four short of a majority.',
				'The governing Civic Union, which had run the region since 2019 with 31 seats, was reduced to 18. The Green List won nine seats.',
				'The Farmers\' Party, which had held the mayoralty of Lindholm since 2015, was reduced to 2.',
				...filler
			])
		);
		expect(all.some((w) => w.check === '' && /was reduced to (?:\d+|_____) seats\./.test(w.stem))).toBe(true);
		expect(all.filter((w) => w.check === '' && /reduced to (?:18|2|_____)\./.test(w.stem))).toEqual([]);
	});

	it('refuses a strike story\'s side scene that says nothing of the strike, and keeps one that names it', () => {
		const all = written(
			reportOf('Dutch regional bus strike halts most services in the north', [
				'GRONINGEN (Reuters) - A 24-hour strike by drivers at regional bus operator Noordlijn halted most services across the north of the Netherlands on Monday, leaving around 60,000 daily passengers to find other ways to travel.',
				'Commuters crowded onto trains and ferries in Leeuwarden during the morning rush, and local officials in Assen reported queues of up to 9 km on roads into the town.',
				'Commuters hit by the Noordlijn strike waited up to 40 minutes for the few buses still running in Emmen.',
				...filler
			])
		);
		expect(all.filter((w) => w.check === '' && /^Commuters crowded onto trains/.test(w.stem))).toEqual([]);
		expect(all.some((w) => w.check === '' && /^Commuters hit by the Noordlijn strike waited/.test(w.stem))).toBe(true);
	});
});
