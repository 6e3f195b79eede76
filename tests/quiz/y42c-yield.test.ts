import { describe, expect, it } from 'vitest';
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
