import { describe, expect, it } from 'vitest';
import { headlineObject, withHeadlineOwner } from '../../src/lib/quiz/in-view';
import { reportOf, written } from './report';

// invented council stories: a town no gazetteer lists, whose headline names what its council approved
const BARRIER_TITLE = 'Kelmouth approves £31 million flood barrier after winter storms';
const BARRIER = [
	'Councillors in Kelmouth have approved a £31 million flood barrier to protect about 900 homes along the river front, after storms flooded the quay twice last winter.',
	'The barrier will be 1.8 km long and up to three metres high.',
	'Work is expected to begin in March and take two years.',
	'Mayor Ruth Okonedo said the town had waited 40 years for protection.'
];
const PLAN_TITLE = 'Dunmarra councillors back £4.2m harbour plan despite protest';
const PLAN = [
	'Councillors in Dunmarra have backed a £4.2m plan to dredge the harbour and rebuild its crumbling north pier, despite a protest by fishermen outside the meeting.',
	'The scheme, drawn up by the harbour commissioners, will be paid for largely with a £2.7m government grant.',
	'Work is due to start in October and last 18 months.',
	'Fisherman Aled Pryce said boats would lose their moorings for two seasons.'
];

describe('the thing a headline names, owned by its subject (QUALITY.md R4)', () => {
	it('reads the headline’s object and the owner its subject gives it, never carrying a figure', () => {
		expect(headlineObject(BARRIER_TITLE, BARRIER.join('\n'))?.phrase).toBe('Kelmouth’s flood barrier');
		expect(headlineObject(PLAN_TITLE, PLAN.join('\n'))?.phrase).toBe('Dunmarra’s harbour plan');
		expect(headlineObject('Ardvane council passes €12.4m budget after long debate', ['Ardvane council passed a €12.4m budget on Monday night.'].join('\n'))?.phrase).toBe('Ardvane council’s budget');
	});

	it('gives no owner where the subject acts on another’s thing, or is a person or a word capitalised for opening', () => {
		// a firm a council fines is never the council's
		expect(headlineObject('Kelmouth council fines building firm after quay collapse', 'Kelmouth council fined a building firm £40,000.')).toBeUndefined();
		// a surname: the mayor's backing makes the barrier no one's own
		expect(headlineObject('Okonedo backs £31 million flood barrier', 'Mayor Ruth Okonedo backed a flood barrier for the town.')).toBeUndefined();
		// "Police" is capitalised only as the headline's first word
		expect(headlineObject('Police unveil new crime strategy', 'The police unveiled a crime strategy on Monday.')).toBeUndefined();
		// "Kelmouth's plan" says whose, never which of its plans; a council's one budget needs no modifier
		expect(headlineObject('Kelmouth unveils £2m plan as river rises', 'Kelmouth council unveiled a plan to raise the river wall.')).toBeUndefined();
		// a study is named by its authors, not by whoever publishes it
		expect(headlineObject('Kelmouth publishes flooding study', 'Kelmouth council published a flooding study by Marsh University.')).toBeUndefined();
	});

	it('writes the headline’s owner into a stem’s bare "the barrier" or "the flood barrier", not into a quote or an "old barrier"', () => {
		expect(withHeadlineOwner(BARRIER_TITLE, BARRIER, 'The barrier will be 1.8 km long.')).toBe('Kelmouth’s flood barrier will be 1.8 km long.');
		expect(withHeadlineOwner(BARRIER_TITLE, BARRIER, 'Work on the flood barrier will begin in March.')).toBe('Work on Kelmouth’s flood barrier will begin in March.');
		expect(withHeadlineOwner(BARRIER_TITLE, BARRIER, 'The old barrier was built in 1962.')).toBe('The old barrier was built in 1962.');
		expect(withHeadlineOwner(BARRIER_TITLE, BARRIER, 'Okonedo said "the barrier is overdue".')).toBe('Okonedo said "the barrier is overdue".');
	});

	it('keeps a stem on the headline’s barrier, which was refused as naming nothing', () => {
		const stems = written(reportOf(BARRIER_TITLE, BARRIER));
		expect(stems.some((w) => w.check === '' && /^Kelmouth’s flood barrier will be (?:_____|1\.8) km long/.test(w.stem))).toBe(true);
		expect(stems.some((w) => /^The (?:flood )?barrier will be/.test(w.stem))).toBe(false);
	}, 120_000);

	it('writes "the scheme" as the headline’s plan, a synonym of a small table', () => {
		const stems = written(reportOf(PLAN_TITLE, PLAN));
		expect(stems.some((w) => w.check === '' && /^Dunmarra’s harbour plan, drawn up by the harbour commissioners, will be paid for largely with a £_____m? government grant/.test(w.stem))).toBe(true);
	}, 120_000);

	it('leaves "the barrier" bare, for R4 to refuse, where the lead tells of two barriers it may mean', () => {
		const two = [BARRIER[0].replace('a £31 million flood barrier to protect about 900 homes along the river front', 'a £31 million flood barrier on the river and a smaller tidal barrier at the harbour mouth'), ...BARRIER.slice(1)];
		const stems = written(reportOf(BARRIER_TITLE, two)).filter((w) => /km long/.test(w.stem));
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The barrier will be/.test(w.stem) && w.check === 'R4')).toBe(true);
	}, 120_000);
});
