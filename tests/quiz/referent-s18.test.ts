import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { gendersFromPronouns } from '../../src/lib/quiz/pronouns';
import { filler, kept, reportOf, written } from './report';

const obituary = [
	'Thabiso Nkwinti, the trombonist whose warm, rounded tone carried the sound of Pretoria jazz around the world, died at his home in Mamelodi on Monday. He was 79.',
	'Known to generations of musicians as "Big T", Nkwinti was born on 3 March 1946 in Marabastad, the lively, crowded township that the government cleared in the 1960s. He got his first trombone at the age of 12.',
	'By 16 he was playing with the Pretoria Jazz Messengers at the Lucky Star Hall, and by 19 he had joined the Jive Kings.',
	'In 1970 Nkwinti left the country on a student visa. He lived first in Paris and later in Berlin, where he recorded nine albums.',
	'A memorial service will be held at the Regina Mundi Church in Rockville on Saturday.',
	...filler
];

describe('session 18 referents: kinds from the blind grades', () => {
	it('a man whose first name no lexicon knows is a person by a trade noun in apposition ("the trombonist whose ..."), so the obituary\'s "He" sentences are asked with his name (yield: h48 obituary had 2 items)', () => {
		const stems = kept("Thabiso 'Big T' Nkwinti: the trombone voice of Marabastad dies at 79", obituary);
		expect(stems.some((s) => /^Thabiso Nkwinti got his first trombone at the age of (?:_____|12)\.$/.test(s))).toBe(true);
		// "By _____ he was playing with ...": any later age is as true, so the sentence is asked nothing (the holdout80 reader's R3)
		expect(stems.some((s) => /^By (?:_____|\d+) Thabiso Nkwinti was playing with the Pretoria Jazz Messengers/.test(s))).toBe(false);
	});

	it('an appositive is not cut at a comma inside it: a relative with no verb yet ("whose warm, rounded tone") or a list of adjectives ("the lively, crowded township") (R1: "Sipho Mahlangu singing tone", "in Sophiatown multiracial suburb")', () => {
		const stems = written(reportOf("Thabiso 'Big T' Nkwinti: the trombone voice of Marabastad dies at 79", obituary)).map((w) => w.stem);
		expect(stems.filter((s) => /Nkwinti rounded tone|Marabastad crowded township/.test(s))).toEqual([]);
		expect(stems.some((s) => /Nkwinti was born on _____ in Marabastad\.$/.test(s))).toBe(true);
	});

	it('a name a first name opens and "Church", "Cathedral" or "Cemetery" ends is no person ("Regina Mundi Church")', () => {
		const text = 'A memorial service will be held at the Regina Mundi Church in Rockville, followed by a burial at Avalon Cemetery.';
		expect(extractFacts(text).filter((f) => f.type === 'person')).toEqual([]);
	});

	it('a "his" before the person is named means someone else, so the pronouns after the name give them no gender ("said Professor Lindiwe Ntuli, who played in his quartet")', () => {
		const text = '"There was a cry in his sound that you could not learn," said the pianist Professor Lindiwe Ntuli, who played in his quartet from 1994 to 2009.';
		const end = text.indexOf('Ntuli') + 'Ntuli'.length;
		expect(gendersFromPronouns([{ text, paragraph: 0, mentions: [{ surname: 'Ntuli', end }] }]).get('Ntuli')).toBeUndefined();
		// the person's own pronouns after the name still tell it
		const own = 'Professor Lindiwe Ntuli said she had played in the quartet from 1994.';
		expect(gendersFromPronouns([{ text: own, paragraph: 0, mentions: [{ surname: 'Ntuli', end: own.indexOf('Ntuli') + 5 }] }]).get('Ntuli')).toBe('female');
	});

	it('no home place is written into a stem where the headline names the story\'s own thing besides it (R4: "In Victoria, only _____ people survived" of a wreck, "In Busan, _____ films held world premieres" of a festival)', () => {
		const wreck = [
			"Recreational divers have located the wreck of the SS Marella, a steamship that sank off Tasmania's east coast in 1871 with the loss of 31 lives.",
			'The Marella left Hobart for Sydney on 2 May 1871 carrying 44 passengers and crew. Only 13 people survived.',
			'A protected zone of 400 metres now applies, and anyone entering it without a permit faces a fine.',
			"Divers said the Marella lay in 40 metres of water. Tasmania's heritage minister said the state would fund a survey in April."
		];
		const stems = kept("Divers find wreck of 1871 steamer SS Marella off Tasmania's coast", wreck);
		expect(stems.filter((s) => s.startsWith('In Tasmania,'))).toEqual([]);
	});

	it('a quantifier or a superlative with no noun as a subject leans on the sentence before (R4: "said that all were in a stable condition", "The youngest, Sipho Dlamini, is 22")', () => {
		const rescue = [
			'All 23 miners trapped for four days at the Driefontein gold mine near Carletonville were brought to the surface alive on Saturday.',
			'Eighteen of the miners were taken to Carletonville Hospital. Health official Nomsa Dube said on Saturday afternoon that all were in a stable condition, although four were being treated for dehydration.',
			'The youngest, Sipho Dlamini, is 22; the oldest, a winch operator, is 63.',
			...filler
		];
		const stems = kept('23 miners pulled alive from Carletonville shaft after four days underground', rescue);
		expect(stems.filter((s) => /\ball were in a stable condition|\bThe youngest\b/.test(s))).toEqual([]);
	});

	it('a thing named before is not asked by a description of it: "the two schools" (a verb after a plural ends the phrase), "the canvas" (so does an adverb), "The 118-minute drama" under a headline that names the drama, "Two specimens" (of what?) (R4)', () => {
		const schools = kept('Measles outbreak closes two Yakima Valley schools', [
			'Harrison Elementary and Pioneer Elementary in Sunnyside will close for two weeks, the county health district said on Monday.',
			'District officials estimate about 230 students at the two schools lack complete vaccination records.',
			...filler
		]);
		expect(schools.filter((s) => /\bthe two schools\b/.test(s))).toEqual([]);
		const canvas = kept("Georgia O'Keeffe flower painting sells for $71.2 million", [
			'"Red Poppy and Blue Sky," a large canvas of a single blossom, sold for $71.2 million at an auction in New York on Thursday.',
			"The seller, Margaret Cole, said her family bought the canvas directly from O'Keeffe's dealer, Alfred Stieglitz, in 1931.",
			...filler
		]);
		expect(canvas.filter((s) => /\bthe canvas directly\b/.test(s))).toEqual([]);
		const drama = kept("Vietnamese drama 'The River Keeper' wins top prize at Busan film festival", [
			'Vietnamese director Nguyen Thi Lan\'s "The River Keeper" won the top award at the Busan International Film Festival on Friday.',
			'The 118-minute drama was chosen from 14 titles in the competition section.',
			...filler
		]);
		expect(drama.filter((s) => /\bThe 118-minute drama\b/.test(s))).toEqual([]);
		const warbler = kept('Scientists describe new songbird species from Sulawesi', [
			'The Lompobattang leaf warbler was first heard by researchers on Mount Lompobattang in southern Sulawesi in 2022.',
			'Two specimens were collected and are now held in Bogor as the holotype and paratype.',
			...filler
		]);
		expect(warbler.filter((s) => /\bspecimens were collected\b/.test(s))).toEqual([]);
	});
});
