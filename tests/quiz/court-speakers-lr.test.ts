import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { diedInStory } from '../../src/lib/quiz/person-options';
import { itemsOf, kept } from './report';

const attribution = (text: string) => {
	const f = extractFacts(text).find((x) => x.type === 'attribution');
	return f && [f.text, f.statement ? text.slice(f.statement.start, f.statement.end) : undefined];
};

describe('a speaker set off by what they were doing, or by a role with a clause of its own', () => {
	it('reads a judge or a speaker with a participle aside as the speaker', () => {
		expect(attribution('Lady Justice Marlow-Finch, giving the lead judgment, said the tribunal had been wrong to ignore the warnings.')).toEqual(['Lady Justice Marlow-Finch', 'the tribunal had been wrong to ignore the warnings']);
		expect(attribution('Lord Justice Pennant, agreeing, added that the panel had given too little weight to the report.')).toEqual(['Lord Justice Pennant', 'the panel had given too little weight to the report']);
		expect(attribution('Dame Alison Tring, speaking at the conference in Leeds, said the scheme would be expanded.')).toEqual(['Dame Alison Tring', 'the scheme would be expanded']);
	});

	it('reads a role that carries a relative clause as part of the aside', () => {
		expect(attribution('Ruth Abernathy, director of the charity Safe Streets, which backed both families, said councils were ignoring the risk.')).toEqual(['Ruth Abernathy', 'councils were ignoring the risk']);
		expect(attribution('Omar Field, head of planning at Eastvale Council, who led the review, said the site would be sold.')).toEqual(['Omar Field', 'the site would be sold']);
	});

	it('reads a role and a name after an opening phrase of where or how it was said', () => {
		expect(attribution('In a statement, its chief executive, Mr Owen Pryce, said: "Our thoughts remain with the families."')).toEqual(['Mr Owen Pryce', 'Our thoughts remain with the families']);
		expect(attribution("Speaking in Leeds, the union's general secretary, Jo Pike, said the strike would go ahead.")).toEqual(['Jo Pike', 'the strike would go ahead']);
		expect(attribution("At a briefing, the city's mayor, Tom Reyes, said the roads would reopen.")).toEqual(['Tom Reyes', 'the roads would reopen']);
	});

	it('reads no speaker in a group a list opens', () => {
		expect(attribution('Unions, including Unite, said the offer was too low.')).toBeUndefined();
	});
});

describe('a who-said item where two of the story’s people share a surname', () => {
	const hearing = [
		'Three judges at the Court of Appeal quashed the verdict of a 2024 inquest into the death of Agnes Tamworth, 84, who drowned when the River Lune flooded her cottage in Kirkby Thore.',
		'Lady Justice Marlow-Finch, giving the lead judgment, said the coroner had been wrong to exclude evidence about a blocked drain.',
		'"The family were entitled to know why their mother died," she said.',
		'Lord Justice Pennant, agreeing, added that the council had known of the blockage for two years.',
		'"This was not bad luck," he said.',
		'Her son, Peter Tamworth, 58, said the ruling was "the first time anyone has listened".',
		'His wife, Helen Tamworth, said the family would attend the new inquest.',
		'Ruth Abernathy, director of the charity Safe Streets, which backed the family, said councils were ignoring flood risks across the county.',
		'"If you know, and you do nothing, you will be asked why," she said.'
	];

	it('asks who said a judge’s words, never offering the shared surname alone', () => {
		const items = itemsOf('Appeal court quashes inquest verdict over Kirkby Thore flood death', hearing).filter((i) => i.type === 'who-said');
		const judge = items.filter((i) => i.options[i.key] === 'Marlow-Finch');
		expect(judge.length).toBeGreaterThan(0);
		expect(items.flatMap((i) => i.options)).not.toContain('Tamworth');
	});
});

describe('the first of two people who died together', () => {
	const persons = [
		{ text: 'Agnes Tamworth', surname: 'Tamworth' },
		{ text: 'Tom Hale', surname: 'Hale' }
	];
	const dead = (text: string) => [...diedInStory({}, { text, persons, organisations: new Set() })].sort();

	it('reads both as dead, the verb after the second', () => {
		expect(dead('The inquest found that Agnes Tamworth, 84, and her neighbour, Tom Hale, 79, died by misadventure.')).toEqual(['Agnes Tamworth', 'Hale', 'Tamworth', 'Tom Hale']);
		expect(dead('Agnes Tamworth and Tom Hale drowned when the river burst its banks.')).toEqual(['Agnes Tamworth', 'Hale', 'Tamworth', 'Tom Hale']);
	});

	it('reads no death into a pair that did something else', () => {
		expect(dead('Agnes Tamworth and Tom Hale said the family had died of shame.')).toEqual([]);
		expect(dead('Agnes Tamworth, 84, and her neighbour, Tom Hale, 79, survived the flood.')).toEqual([]);
	});
});

describe('a study’s group told by its own words', () => {
	const study = [
		'Adults who nap for less than half an hour most afternoons are less likely to have a stroke, according to a large study published on Tuesday.',
		'Researchers followed 41,250 adults aged 50 to 80 for an average of nine years, asking participants to log their naps in a diary for a month at the start.',
		'Those in the most regular napping group were 21% less likely to have a stroke during follow-up than those who never napped.',
		'Those aged over 70 saw the largest benefit, with a 27% lower risk than non-nappers of the same age.',
		'Dr Imke Vosselaar, an epidemiologist at the University of Harwick and the study’s lead author, said the effect held after adjusting for age and weight.'
	];

	it('writes the headline’s study in as the scope of a group the stem defines', () => {
		const stems = kept('Short afternoon naps linked to lower stroke risk, study finds', study);
		expect(stems.some((s) => s.startsWith('In the study, those in the most regular napping group were'))).toBe(true);
	});
});
