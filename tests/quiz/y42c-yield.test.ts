import { describe, expect, it } from 'vitest';
import { descriptionAfterAge } from '../../src/lib/quiz/descriptions';
import { reportOf, stemsMatching } from './report';

const HOMES_TITLE = 'Councillors refuse 180-home estate at edge of Wetherby';
const HOMES = [
	'Plans for 180 homes on grazing land at the edge of Wetherby have been refused by councillors, against the advice of planning officers.',
	'The scheme would have included 54 affordable homes – 30 per cent of the total – along with a children’s play area.',
	'Several residents told councillors the lane beside the field already floods every winter.',
	'Councillor Ruth Ellison said the drainage plans had not been tested properly.',
	'The developer has six months to lodge an appeal with the Planning Inspectorate.'
];

describe('y42c: a plan its own count of homes says is no bare "the scheme" (R4)', () => {
	it('asks the affordable homes of "The scheme for 180 homes on grazing land at the edge of Wetherby"', () => {
		const report = reportOf(HOMES_TITLE, HOMES);
		const scheme = report.quiz.sentences.find((s) => s.text.startsWith('The scheme would'))!;
		expect(report.rejections.filter((r) => r.sentence === scheme.index && r.check === 'R4')).toEqual([]);
		expect(report.passedIn).toContain(scheme.index);
	});
});

const FLOOD_TITLE = 'Landslides kill at least nine in Turkey’s Black Sea region';
const FLOOD = [
	'RIZE, Turkey (AP) — Landslides set off by three days of heavy rain have killed at least nine people in northeastern Turkey, officials said Wednesday, as rescuers searched for four people still missing.',
	'Most of the dead were in the town of Pazarkent, where a hillside gave way onto a row of houses in Rize.',
	'About 1,400 people had been evacuated from their homes and were sleeping in schools and sports halls.',
	'Rescue crews from Artvin and Rize worked through the night with diggers and dogs.',
	'Forecasters in Turkey said more rain was expected along the coast until Friday.'
];

describe('y42c: a flood story set in one country writes that country into its nameless figures (R4)', () => {
	it('writes "In Turkey," into the evacuated count, though the gazetteer places the towns in "Türkiye" and the people have "their" homes', () => {
		const stems = stemsMatching(FLOOD_TITLE, FLOOD, /people had been evacuated/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === '').map((w) => w.stem)).toContainEqual(expect.stringMatching(/^In Turkey, about/));
	});

	it('leaves a stem whose "their" points to no subject of its own unscoped, for R4 to refuse', () => {
		const body = [...FLOOD.slice(0, 2), 'Their homes had been evacuated twice in 12 months, the mayor said.', ...FLOOD.slice(3)];
		const stems = stemsMatching(FLOOD_TITLE, body, /homes had been evacuated/);
		expect(stems.filter((w) => /^In Turkey/.test(w.stem))).toEqual([]);
	});
});

const MATCH_TITLE = 'Late Pereira strike gives Castelo 2-0 derby win over Ribeira';
// a headline with no "win over" of its own, which in-view.ts would write for "the result"
const DERBY_TITLE = 'Substitute Pereira settles valley derby as Castelo close on leaders';
const MATCH = [
	'Substitute Joel Pereira scored in the last ten minutes as Castelo beat local rivals Ribeira Atlético 2-0 in the valley derby on Sunday.',
	'Ribeira had the better of a scrappy first half, with forward Nuno Vidal twice forcing saves from goalkeeper Rui Matos.',
	'Pereira came on in the 70th minute and headed in a corner twelve minutes later.',
	'Captain André Sousa sealed the win in the 90th minute with a low shot from the edge of the box.',
	'The win lifted Castelo to 41 points from 22 matches, two points behind leaders Montalegre.'
];

describe('y42c: the lead’s match for a bare win or result in a match report (R4)', () => {
	it('writes "the win over" the rivals the lead beats, a win told by its minute counting as the lead’s', () => {
		const stems = stemsMatching(MATCH_TITLE, MATCH, /lifted Castelo/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The (?:derby )?win over Ribeira Atlético lifted Castelo/.test(w.stem))).toBe(true);
		expect(stems.some((w) => w.check === '')).toBe(true);
	});

	it('writes "The result leaves" as the win over the beaten side, a run of home wins being the lead’s match too', () => {
		const body = [...MATCH.slice(0, 3), 'A crowd of 6,210 saw Castelo record a fourth successive home victory.', 'The result leaves Castelo on 41 points from 22 matches, two points behind leaders Montalegre.'];
		const stems = stemsMatching(DERBY_TITLE, body, /leaves Castelo/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The win over Ribeira Atlético leaves Castelo/.test(w.stem))).toBe(true);
	});

	it('leaves "the result" where the stem tells of the beaten side, whose result was a loss', () => {
		const body = [...MATCH.slice(0, 3), 'The result leaves Ribeira on 30 points from 22 matches, in ninth place.'];
		const stems = stemsMatching(DERBY_TITLE, body, /leaves Ribeira/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /win over/.test(w.stem))).toEqual([]);
	});
});

describe('y42c: an age opening a clause ends before its verb (R1)', () => {
	it('reads "sealed" before "the win" as the verb, where the lexicon files it as an adjective', () => {
		expect(descriptionAfterAge(' sealed the win six minutes from time')).toBe('');
		expect(descriptionAfterAge(' experienced defender, who')).toBe(' experienced defender');
	});
});
