import { describe, expect, it } from 'vitest';
import { reportOf } from './report';

const padding = [
	'The Harbour Board met in Kirkwall on Monday to discuss repairs to the old pier and the fish market.',
	'Board members said 60 boats now use the harbour each week during the summer season.',
	'A public meeting about the works will be held at the town hall in Kirkwall next month.'
];

/** Stems written (kept or refused by a check) from the sentence that opens on `from`. */
function stemsFrom(paragraphs: string[], from: string): string[] {
	const report = reportOf('Kirkwall harbour works delayed', [...paragraphs, ...padding]);
	const index = report.quiz.sentences.find((s) => s.text.startsWith(from))!.index;
	const asked = report.quiz.items.filter((i) => i.source.sentence === index).map((i) => i.stem);
	return [...asked, ...report.rejections.filter((r) => r.sentence === index).map((r) => r.stem)];
}

describe('a bare subject that acts is no one’s quantity', () => {
	it('writes number items from a clause whose subject does something: "Surveyors had found ..."', () => {
		const stems = stemsFrom(['Surveyors had found about 2,400 metres of drainage tunnels under the old fish market, the harbour engineer said.'], 'Surveyors had found');
		expect(stems.some((s) => s.includes('_____ metres of drainage tunnels'))).toBe(true);
		const trains = stemsFrom(['Ferries will sail to the outer island for the first time in 31 years from 4 June, the harbour master confirmed.'], 'Ferries will sail');
		expect(trains.some((s) => s.includes('for the first time in _____ years'))).toBe(true);
	});

	it('still writes none from a bare quantity its verb measures: "Turnover climbed 9% to £82 million."', () => {
		expect(stemsFrom(['Turnover climbed 9% to £82 million in the year to March.'], 'Turnover climbed')).toEqual([]);
		expect(stemsFrom(['Attendance averaged 64% over the first two seasons of the market.'], 'Attendance averaged')).toEqual([]);
	});
});
