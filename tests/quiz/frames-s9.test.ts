import { describe, expect, it } from 'vitest';
import { headlinePhrase, openingSubject } from '../../src/lib/quiz/in-view';
import { nameHeadlineTeams } from '../../src/lib/quiz/sides';
import { filler, reportOf, written } from './report';

const stems = (title: string, paragraphs: string[]) => written(reportOf(title, [...paragraphs, ...filler]));

describe('a bare definite subject only the headline or the lead says which it is (QUALITY.md R4)', () => {
	it('reads the opening subject of "The signal they were chasing", "The teams now travel", "The film’s title", but not of a count or a participle', () => {
		expect(openingSubject('The signal they were chasing was tiny.')?.noun).toBe('signal');
		expect(openingSubject('The teams now travel to Perth for the second Test.')?.noun).toBe('teams');
		expect(openingSubject('The film’s title comes from a song.')).toEqual({ modifier: '', noun: 'film', possessed: 'title' });
		expect(openingSubject('The motion-triggered cameras recorded 900 clips.')).toEqual({ modifier: 'motion-triggered', noun: 'cameras' });
		expect(openingSubject('The first four cases were confirmed in May.')).toBeUndefined();
	});

	it('refuses "The airline said ..." and "The signal they were chasing ..." that no headline word names', () => {
		const all = stems('Jet lands safely in Shannon after engine warning', [
			'A Velair jet bound for Boston landed safely in Shannon on Friday after the crew shut down one engine, the airline said.',
			'The airline said a replacement aircraft was being sent from Dublin.',
			'Astronomers had searched for the wobble for six years. The signal they were chasing was tiny: the star moves at about 3.2 metres per second.'
		]);
		const bare = all.filter((w) => /^The (?:airline said|signal they)/.test(w.stem));
		expect(bare.length).toBeGreaterThan(0);
		expect(bare.every((w) => w.check === 'R4')).toBe(true);
	});

	it('never takes the headline’s verb for its noun: "Dutch court jails ...", "Court fines ...", "Ashford beat ..." write no "The court jails ordered ..."', () => {
		expect(headlinePhrase('Dutch court jails former port official for six years over bribes', 'The court ordered the official to repay €2m.')).toBeUndefined();
		expect(headlinePhrase('Court fines Harwell Water £3m over river spills', 'The court ordered the firm to pay costs of _____.')).toBeUndefined();
		expect(headlinePhrase('Ashford beat Dover to reach cup final', 'The win was their fourth in a row.')).toBeUndefined();
		const all = stems('Dutch court jails former port official for six years over bribes', [
			'UTRECHT, Netherlands - A Dutch court on Monday sentenced a former port official to six years in prison for taking bribes from shipping agents.',
			'Judge Maartje Visser of the Utrecht District Court said Pieter Smit, 61, had taken more than 2 million euros in cash between 2015 and 2021.',
			'The court also ordered Smit to repay 1.8 million euros and barred him from public office for eight years.'
		]);
		const ordered = all.filter((w) => /ordered Smit to repay/.test(w.stem));
		expect(ordered.length).toBeGreaterThan(0);
		expect(ordered.every((w) => !/ jails /.test(w.stem))).toBe(true);
		expect(ordered.some((w) => w.check === '' && w.stem.startsWith('The Utrecht District Court ordered Smit'))).toBe(true);
	});

	it('writes the subject as the headline’s phrase for the same thing: "The changes" under "... pension overhaul", "The objects" under "... Benin treasures"', () => {
		expect(headlinePhrase('Thousands of nurses face lower payouts under pension overhaul', 'The changes will lift the employer rate by _____ per cent.')).toBe('pension overhaul');
		expect(headlinePhrase('Leeds museum to return Benin treasures to Nigeria', 'The objects will be handed over at a ceremony in _____ in May.')).toBe('Benin treasures');
		expect(headlinePhrase('Tenant awarded £9,400 after damp flat ruling', 'The award comprises £_____ for breach of the duty to repair.')).toBeUndefined();
		const all = stems('Thousands of nurses face lower payouts under pension overhaul', [
			'More than 4,000 nurses will receive smaller pensions under the biggest overhaul of the scheme in a decade, the health board said on Monday.',
			'The changes will lift the employer contribution rate by 3 per cent from April.'
		]);
		// whose overhaul, the stem never says: the blind readers refused "The formula overhaul will lift ..." (definites.ts)
		expect(all.filter((w) => w.stem.startsWith('The pension overhaul will lift the employer contribution rate by')).every((w) => w.check === 'R4')).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('The changes will'))).toBe(false);
	});

	it('writes "The teams" as the two teams the headline sets against each other', () => {
		expect(nameHeadlineTeams('Rao’s century seals win as England take 1-0 lead over Pakistan', 'The teams now travel to _____ for the second Test.')).toBe('England and Pakistan now travel to _____ for the second Test.');
		expect(nameHeadlineTeams('Council unveils overhaul of bus fares', 'The teams meet again in April.')).toBe('The teams meet again in April.');
	});

	it('writes "The film’s title" with the one film title the lead gives', () => {
		const all = stems('Actor to play jazz singer in new biopic', [
			'Mara Quinn, fresh from the success of "Low Tide," has been cast in "Blue Hour," a long-planned biopic of the singer Ella Dane.',
			'The film’s title comes from one of Ella Dane’s best-known songs, recorded in 1958.'
		]);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('The title of "Blue Hour" comes from one of Ella Dane’s best-known songs'))).toBe(true);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('The film’s title'))).toBe(false);
	});
});
