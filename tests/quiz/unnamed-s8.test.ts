import { describe, expect, it } from 'vitest';
import { filler, kept, reportOf, written } from './report';

describe('an unnamed group a relative clause introduces mid-sentence (QUALITY.md R4)', () => {
	const MUGGING = [
		'Police are appealing for witnesses after a man was badly hurt in an assault near Tollgate bus station late on Saturday.',
		'The victim, a 52-year-old man from Elmbury, was crossing Market Row at about 11.20pm when he was approached by two men who demanded his watch and keys, Fenshire Police said.',
		'When he refused, one of the men hit him and he fell to the ground.',
		'The pair then kicked him repeatedly before running off towards Mill Lane with his watch and around £85 in cash.',
		'The first suspect is described as white, aged between 30 and 35, about 5ft 9in tall and of heavy build, Fenshire Police said.'
	];

	it('writes "The pair" as the two men who demanded the one victim’s things, and "him" as that victim', () => {
		// written so, and then refused: its "then" follows a refusal and a blow the stem no longer tells (R4, r53)
		const stems = written(reportOf('Man badly hurt in late-night attack near Tollgate bus station', [...MUGGING, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith("The two men who demanded the victim's watch then kicked him repeatedly"))).toBe(true);
	});

	it('writes "The first suspect" as the first of those two men', () => {
		const stems = kept('Man badly hurt in late-night attack near Tollgate bus station', [...MUGGING, ...filler]);
		expect(stems.some((s) => s.startsWith("The first of the two men who demanded the victim's watch is described as white"))).toBe(true);
	});

	it('leaves "his" unresolved when the article tells of two victims', () => {
		const two = [...MUGGING, 'A second victim, a 20-year-old student, was treated for cuts.'];
		const stems = written(reportOf('Man badly hurt in late-night attack near Tollgate bus station', [...two, ...filler])).map((w) => w.stem);
		expect(stems.some((s) => s.includes("the victim's watch"))).toBe(false);
	});
});
