import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { filler, reportOf } from './report';

/** The speaker and the statement of the sentence's attribution, as the text writes them. */
function attributed(text: string): { speaker: string; statement: string } | undefined {
	const said = extractFacts(text).find((f) => f.type === 'attribution');
	return said && { speaker: text.slice(said.span.start, said.span.end), statement: said.statement ? text.slice(said.statement.start, said.statement.end) : '' };
}

describe('a party or a ward in brackets after a speaker\'s name (y37b)', () => {
	it('reads past it to the verb of saying, as it reads past a bracketed age', () => {
		expect(attributed('Cllr Martin Gough (Labour) said young families could not afford to buy homes near their work.')).toEqual({ speaker: 'Cllr Martin Gough', statement: 'young families could not afford to buy homes near their work' });
		expect(attributed('Sen. Laura Whitcombe (D-Ore.) said the vote had been rushed through without a hearing.')).toEqual({ speaker: 'Sen. Laura Whitcombe', statement: 'the vote had been rushed through without a hearing' });
	});

	it('reads past it before an appositive, with a comma inside the brackets', () => {
		expect(attributed('Cllr Ruth Denby (Liberal Democrat, Halliwell), who voted against, said residents had been ignored for years by Bolton Council.')).toEqual({ speaker: 'Cllr Ruth Denby', statement: 'residents had been ignored for years by Bolton Council' });
	});

	it('leaves a body\'s initials in brackets as they were: no person speaks', () => {
		expect(attributed('The Royal College of Nursing (RCN) said staff shortages had grown in every region.')).toBeUndefined();
	});

	it('asks who said what a councillor with a bracketed ward said', () => {
		const report = reportOf('Bolton approves 320 flats on old gasworks site', [
			'Plans to build 320 flats on a former gasworks site in Bolton were approved by Bolton Council on Wednesday after a long debate about parking.',
			'Cllr Ruth Denby (Liberal Democrat, Halliwell), who voted against, said residents had been ignored for years by Bolton Council.',
			'"We have fought this for three years and we will keep fighting," said Lesley Brook, who chairs the Gasworks Lane Action Group.',
			'Cllr Martin Gough (Labour) said the town needed the homes and the jobs that building them would bring.',
			...filler
		]);
		const asked = report.quiz.items.find((i) => i.stem === 'Who said residents had been ignored for years by Bolton Council?');
		expect(asked && asked.options[asked.key]).toBe('Ruth Denby');
	});
});

describe('a speaker after the conjunction that opens the sentence (y37b)', () => {
	it('is the name and its role, without "But"', () => {
		expect(attributed('But harbour master Colin Ferrie said the new pontoons would not be ready before the summer.')).toEqual({ speaker: 'harbour master Colin Ferrie', statement: 'the new pontoons would not be ready before the summer' });
		expect(attributed('And Ferrie said the new pontoons would not be ready before the summer.')?.speaker).toBe('Ferrie');
	});

	it('asks who said it, or a statement on its speaker', () => {
		const report = reportOf('Anstruther harbour reopens after storm repairs', [
			'Anstruther harbour in Fife reopened to fishing boats on Monday after four months of repairs to its storm-damaged east pier.',
			'Fife Council said the repairs had cost £2.4m, most of it paid by the Scottish Government.',
			'Skipper Alan Mackay said boats had been landing their catch 20 miles away in Pittenweem all winter.',
			'But harbour master Colin Ferrie said the new pontoons for leisure boats would not be ready before the summer.',
			...filler
		]);
		// with one other person quoted, the true/false form on its speaker stands in for a who-said item
		const asked = report.quiz.items.find((i) => i.source.text.startsWith('But harbour master'));
		expect(asked?.stem).toMatch(/^(?:Who said|Alan Mackay said|Colin Ferrie said) the new pontoons for leisure boats would not be ready before the summer\?*\.?$/);
	});
});
