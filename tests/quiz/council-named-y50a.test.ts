import { describe, expect, it } from 'vitest';
import { councilPlace } from '../../src/lib/quiz/scope';
import { kept, reportOf } from './report';

// invented council stories: a town no gazetteer lists, whose council the body calls only "the council"
const TITLE = 'Dunmorra councillors back £2.6m swimming pool rebuild';
const LEAD = 'Councillors in Dunmorra voted 15 to 6 on Tuesday to rebuild the town’s swimming pool, which has been shut since a roof leak two winters ago.';
const BODY = [
	'Swimmers from three nearby villages have had to travel more than 20 miles to the nearest pool since it closed.',
	'The council faces a shortfall of £700,000 in its leisure budget next year.',
	'A petition to reopen the pool gathered 2,140 signatures last autumn.'
];

describe('the council of a council story that never names it (QUALITY.md R4)', () => {
	it('reads the place a headline opens on before its councillors as the council’s, where the lead writes it', () => {
		expect(councilPlace({ title: TITLE, paragraphs: [LEAD, ...BODY] } as Parameters<typeof councilPlace>[0])).toBe('Dunmorra');
		// a headline that opens on no council's place sets no council story
		expect(councilPlace({ title: 'Swimming pool in Dunmorra to be rebuilt', paragraphs: [LEAD, ...BODY] } as Parameters<typeof councilPlace>[0])).toBeUndefined();
	});

	it('writes "the council" as the place’s council, which then names the stem', () => {
		const stems = kept(TITLE, [LEAD, ...BODY]);
		expect(stems.some((s) => /^Dunmorra council faces a shortfall of (?:£_____|£700,000|£_____,000)/.test(s))).toBe(true);
	});

	it('leaves "the council" as it is where the article names another council, which it might be', () => {
		const other = [LEAD, 'Westfell County Council will pay £400,000 towards the work.', ...BODY];
		const written = reportOf(TITLE, other);
		// the other council is never written in for "the council" (R4, R6), so the bare stem stays as it is for R4 to refuse
		const shortfall = [...written.quiz.items.map((i) => ({ stem: i.stem, check: '' })), ...written.rejections].filter((w) => /shortfall/.test(w.stem));
		expect(shortfall.filter((w) => /Westfell|Dunmorra/.test(w.stem))).toEqual([]);
		expect(shortfall.length).toBeGreaterThan(0);
		expect(shortfall.every((w) => /^The council faces a shortfall/.test(w.stem) && w.check === 'R4')).toBe(true);
	});
});
