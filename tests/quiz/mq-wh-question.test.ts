import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { howManyStem } from '../../src/lib/quiz/how-many';
import { filler, reportOf, written } from './report';

/** The "how many" stem of the first count in `clause`, or undefined; `people` are the article's surnames. */
function asked(clause: string, attributed = false, people: string[] = []): string | undefined {
	const fact = extractFacts(clause).find((f) => f.type === 'count')!;
	return howManyStem(fact, { before: clause.slice(0, fact.span.start), after: clause.slice(fact.span.end), attributed, people: new Set(people) });
}

/** Every multiple-choice stem written (kept or refused) from a headline and paragraphs, with `filler` after them. */
function mcStems(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler]))
		.map((w) => w.stem)
		.filter((s) => /^(?:(?:About )?[Hh]ow many|Who|Where|Which|According to|In the article, who|In |By |Last )/.test(s) && s.endsWith('?'));
}

describe('howManyStem: the question stops before an absolute phrase that counts a part of the counted', () => {
	it('asks the count alone, not ", 58 of them destroyed" after it', () => {
		expect(asked('About 212 homes were damaged, 58 of them destroyed')).toBe('About how many homes were damaged?');
		expect(asked('Forty people were hurt in the crash, six of them seriously')).toBe('How many people were hurt in the crash?');
		expect(asked('Some 300 pupils were sent home, most of whom lived in the valley')).toBe('About how many pupils were sent home?');
	});

	it('still asks a clause with no such phrase', () => {
		expect(asked('About 212 homes were damaged in the storm')).toBe('About how many homes were damaged in the storm?');
	});
});

describe('howManyStem: an object complement is not left behind the verb', () => {
	it('writes no "did ... find damaged" question', () => {
		expect(asked('A preliminary count found 212 homes damaged')).toBeUndefined();
		expect(asked('The survey found 40 bridges weakened by the flood')).toBeUndefined();
	});

	it('still asks an object with a plain phrase after it', () => {
		expect(asked('Police arrested 38 people after the march')).toBe('How many people did police arrest after the march?');
	});
});

describe('howManyStem: a surname alone names no source a question can stand on', () => {
	it('refuses "According to Duvall" where Duvall is one of the article\'s people', () => {
		expect(asked('About 212 homes were damaged, Duvall said', true, ['Duvall'])).toBeUndefined();
		expect(asked('Kerrigan said 40 families had been moved', true, ['Kerrigan'])).toBeUndefined();
	});

	it('keeps a body named as the source', () => {
		expect(asked('About 212 homes were damaged, the county said', true, ['Duvall'])).toBe('According to the county, about how many homes were damaged?');
	});
});

describe('writeItems: a wh-question keeps the scope the sentence opens on, or is not asked', () => {
	const story = 'Greens take control of regional assembly after record turnout';
	it('asks no question of a clause cut from "In the race for ..., " or "By Wednesday evening, "', () => {
		const stems = mcStems(story, [
			'In the race for the seven-member county board, Republicans gained two seats to take a 5-2 majority.',
			'In the regional assembly, the Greens won 14 seats.',
			'By Wednesday evening, about 4,200 customers were still without power.'
		]);
		expect(stems.filter((s) => /seats|customers/.test(s))).toEqual([]);
	});

	it('still asks a sentence that opens on its subject', () => {
		const stems = mcStems(story, ['About 900 tourists were stranded in the mountain town of Velika after the road was cut in several places.']);
		expect(stems).toContain('About how many tourists were stranded in the mountain town of Velika after the road was cut in several places?');
	});
});

describe('writeRoleWho: a description that places its person only against the sentence around it', () => {
	const paragraphs = (role: string) => [
		'A wildfire burned through olive groves in the south of the country on Tuesday, forcing hundreds of people to flee.',
		`Dimitra Kanelli, ${role}, said the damage to farming would be felt for years.`,
		'Nikos Vlachos, the governor of Messinia, said the town had opened two schools as shelters.',
		'Eleni Petrou, the head of the fire service, said buses had carried 400 people to safety.',
		'Yannis Doukas, the deputy minister for civil protection, said the harbour had stayed open through the night.',
		'Maria Stavrou, the president of the farmers union, said volunteers had brought water to the firefighters.'
	];
	const stems = (role: string) => written(reportOf('Wildfire forces hundreds to flee olive country', [...paragraphs(role), ...filler])).map((w) => w.stem);

	it('asks no "who is described as the mayor of the surrounding municipality?"', () => {
		expect(stems('the mayor of the surrounding municipality').filter((s) => /described as the mayor of the surrounding/.test(s))).toEqual([]);
		expect(stems('the mayor of a neighbouring town').filter((s) => /described as the mayor of a neighbouring/.test(s))).toEqual([]);
	});

	it('still asks of a description that names its place', () => {
		expect(stems('the mayor of Messini').filter((s) => /described as the mayor of Messini/.test(s))).not.toEqual([]);
	});
});

describe('howManyStem: the question stops before what else was counted beside the key', () => {
	it('leaves ", along with 11 bridges, ..." out of the question', () => {
		expect(asked('About 140 houses had been destroyed or badly damaged, along with 11 bridges, three dams and a school')).toBe('About how many houses had been destroyed or badly damaged?');
		expect(asked('Forty cars were towed away, as well as six lorries')).toBe('How many cars were towed away?');
	});
});
