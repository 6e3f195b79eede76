import { describe, expect, it } from 'vitest';
import { kept, reportOf } from './report';

// the dev article holdout95/03-copd-antibody-trial: one medicine named by an apposition, in lower case
const TRIAL_TITLE = "Halden's COPD antibody cuts flare-ups by 34% in late-stage trial, shares jump";
const TRIAL = [
	'An experimental antibody from Boston-based Halden Therapeutics reduced severe flare-ups of chronic obstructive pulmonary disease by 34% over a year in a large late-stage trial, according to data presented on Monday, raising hopes for a new option in a lung disease that kills more than three million people a year worldwide.',
	'The drug, quorbelimab, is given as an injection under the skin once every four weeks. The difference was statistically significant, the company said.',
	'Patients on the drug also improved their lung function: the amount of air they could forcefully blow out in one second rose by 98 millilitres more than in the placebo arm by week 52.',
	'Serious side effects occurred in 11.2% of patients taking quorbelimab and 12.9% of those on placebo — a reassuring figure, investigators said, for a drug that dampens part of the immune response.'
];

describe('a stem that names the article’s one medicine by its generic name names something (R4, holdout95 dev article)', () => {
	it('keeps "Serious side effects occurred in _____% of patients taking quorbelimab", no longer refused as naming nothing', () => {
		expect(kept(TRIAL_TITLE, TRIAL)).toContain('Serious side effects occurred in _____% of patients taking quorbelimab and 12.9% of those on placebo.');
	});

	// passed, not necessarily picked: a quiz takes at most two items that name the one medicine (QUALITY.md "Per article")
	it('keeps "the amount of air they could forcefully blow out", an amount its own clause defines, with "the drug" written as quorbelimab', () => {
		const report = reportOf(TRIAL_TITLE, TRIAL);
		const lung = report.quiz.sentences.find((s) => s.text.startsWith('Patients on the drug also improved'))!;
		expect(report.passedIn).toContain(lung.index);
		expect(report.rejections.filter((r) => r.stem === 'Patients on quorbelimab improved their lung function: the amount of air they could forcefully blow out in one second rose by _____ millilitres more than in the placebo arm by week 52.')).toEqual([]);
	});
});
