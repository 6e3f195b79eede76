import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

describe('y41b: a planning committee’s vote on the lead’s plans (R4)', () => {
	it('asks the vote "in favour of the scheme" when the lead opens on the plans the committee approved', () => {
		const stems = stemsMatching(
			'Councillors back 260 homes at Bromyard',
			[
				'Plans for 260 homes on orchards at the edge of Bromyard have been approved, despite more than 400 objections.',
				'Herefordshire Council’s planning committee voted nine to two in favour of the scheme near Linton Lane on Wednesday evening.',
				'The developer, Frome Valley Homes, said a third of the homes would be affordable.',
				...filler
			],
			/voted (?:_____|nine to two) in favour of the scheme near Linton Lane/
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => w.check === 'R4')).toEqual([]);
	});

	it('writes a bare "The planning committee" as the committee of the council the lead says decided', () => {
		const stems = stemsMatching(
			'Councillors back 260 homes at Bromyard',
			[
				'Plans for 260 homes on orchards at the edge of Bromyard have been approved by Herefordshire Council, despite more than 400 objections.',
				'The planning committee voted nine to two in favour of the scheme at Linton Fields on Wednesday evening.',
				'Highways officers at Worcestershire County Council had asked for a new roundabout.',
				'The developer, Frome Valley Homes, said a third of the homes would be affordable.',
				...filler
			],
			/planning committee voted/
		);
		expect(stems.filter((w) => w.check === '').map((w) => w.stem)).toContain('Herefordshire Council’s planning committee voted _____ in favour of the scheme at Linton Fields on Wednesday evening.');
		expect(stems.filter((w) => /^The planning committee/.test(w.stem) && w.check === '')).toEqual([]);
	});
});
