import { describe, expect, it } from 'vitest';
import { onlyInPast } from '../../src/lib/quiz/person-options';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { generateWithReport } from '../../src/lib/quiz/generate';
import type { Item } from '../../src/lib/quiz/types';
import { filler, itemsOf } from './report';

/** Every item over ten seeds of an article published on `published`, with the shared filler after it. */
function datedItems(title: string, paragraphs: string[], published: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), published };
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

describe('a person the article places only in the past', () => {
	it('is one it says is dead, or names only in a year a generation before publication', () => {
		const sentences = [
			'Fort Kalla was stormed in 1868 by a force under General Arthur Penrose.',
			'Gill Mayhew, who died in 1966, wrote the tune in a single night.',
			'The museum director, Helen Dobbs, said the review took 18 months.',
			'“We found letters from 1870,” said curator Ruth Ames.'
		];
		expect(onlyInPast(sentences, 'Penrose', 2026)).toBe(true);
		expect(onlyInPast(sentences, 'Mayhew', 2026)).toBe(true);
		expect(onlyInPast(sentences, 'Dobbs', 2026)).toBe(false);
		expect(onlyInPast(sentences, 'Ames', 2026)).toBe(false);
	});

	it('is no option for who said something now', () => {
		const museum = [
			'A museum in Bristol is to return 12 objects taken from the fortress of Kalla in 1868.',
			'Kalla was stormed in April 1868 by a force of 9,000 troops under Sir Arthur Penrose.',
			'The museum director, Helen Dobbs, said the trustees had voted unanimously for the return.',
			'“There is no doubt at all about how these things came to Bristol,” Dobbs said.',
			'The ambassador, Samuel Tadesse, said the objects would be shown in the national museum.',
			'“These objects are prayers, not simply works of art,” Tadesse said.',
			'Campaigner Rosa Kebede said the return would put pressure on the national museums.'
		];
		const items = datedItems('Bristol museum to return Kalla treasures', museum, '2026-05-04');
		const offered = items.filter((i) => i.factType === 'person' && i.type !== 'true-false' && i.options.some((o) => o.includes('Penrose')));
		expect(offered.map((i) => i.stem)).toEqual([]);
	});

	it('is no option for who spoke of a film about them, when the article says they are dead', () => {
		const film = [
			'Actor Arjun Mehta will play the pianist Gill Mayhew in a new biopic from Northlight Pictures.',
			'Mayhew, who died in 1966 at 41, recorded more than 30 albums for small labels in New York.',
			'“Dev walked into the room, sat down at the piano and played the whole tune from memory,” director Tamsin Reyes said.',
			'Playwright Marcus Odell said the script would follow the pianist’s last years in Paris.',
			'Producer Leah Bernstein said filming would begin in Montreal in February next year.'
		];
		const items = datedItems('Arjun Mehta to play Gill Mayhew', film, '2026-09-10');
		const said = items.filter((i) => i.type === 'who-said');
		expect(said.length).toBeGreaterThan(0);
		expect(said.filter((i) => i.options.some((o) => o.includes('Mayhew'))).map((i) => i.options)).toEqual([]);
	});
});

describe('the options of a reported statement whose pronoun is the speaker’s', () => {
	it('share the gender of that pronoun, though the speaker’s first name is unknown', () => {
		const museum = [
			'A museum in Exeter is to return 17 objects taken from a church in northern Ethiopia, its trustees said on Tuesday.',
			'The objects include two processional crosses, a silver chalice and three illuminated prayer books.',
			'They will be handed over at a ceremony in Addis Ababa in early 2027, the museum said.',
			'The museum director, Peter Hall, said the trustees had voted unanimously for the return after an 18-month review.',
			'The ambassador, Daniel Frost, said the crosses would be carried in processions again within a year.',
			'Council leader James Ward said the city would hold a public event to mark the handover next spring.',
			'The museum estimated the insurance value of the collection at about £2.3m.',
			'Mekdes Alemu, of the campaign group Afromet, said she hoped Exeter’s decision would put pressure on ministers in London. “Parliament can change the law whenever it likes,” she said.',
			'Several national museums are barred by law from giving away items in their collections.'
		];
		const items = itemsOf('Exeter museum to return treasures', museum);
		const asked = items.filter((i) => i.type === 'who-said' && i.source.text.includes('Exeter’s decision'));
		expect(asked.filter((i) => i.options.some((o) => /Hall|Frost|Ward/.test(o))).map((i) => i.options)).toEqual([]);
	});
});

describe('a person swapped into a description of someone else', () => {
	const casting = [
		'Arjun Mehta has landed the lead role in a biopic of the jazz pianist Gill Mayhew, the studio said.',
		'Mehta, 34, grew up in Toronto and played in jazz clubs there before turning to acting.',
		'Producers include Leah Bernstein of Cobalt Films and Jules Lambert of Quai Films.',
		'Director Tamsin Reyes will shoot the film in Montreal and Paris from February next year.'
	];

	it('is no false statement: the article says nothing of the other’s age or background', () => {
		const items = itemsOf('Arjun Mehta to play Gill Mayhew', casting);
		const swapped = items.filter((i) => i.type === 'true-false' && i.source.text.startsWith('Mehta, 34') && !i.stem.startsWith('Mehta'));
		expect(swapped.map((i) => i.stem)).toEqual([]);
	});
});

describe('sentences that give no item', () => {
	it('the writer’s judgement of someone’s year', () => {
		const items = datedItems('Arjun Mehta to play Gill Mayhew', [
			'Arjun Mehta, fresh from the summer success of “Night Shift,” has landed the lead role in a biopic of the pianist Gill Mayhew.',
			'Tamsin Reyes, whose debut won an award at Sundance, will direct from a script by playwright Marcus Odell.',
			'Mehta has had a remarkable 2026.',
			'“Night Shift,” the hospital thriller in which he starred opposite Kerry Vance, has grossed $92 million worldwide.',
			'Producers include Leah Bernstein of Cobalt Films and Jules Lambert of Quai Films.'
		], '2026-09-10');
		expect(items.filter((i) => i.source.text.includes('remarkable')).map((i) => i.stem)).toEqual([]);
	});

	it('the trade press’s list of who represents someone', () => {
		const items = itemsOf('Arjun Mehta to play Gill Mayhew', [
			'Arjun Mehta has landed the lead role in a biopic of the jazz pianist Gill Mayhew, the studio said.',
			'Director Tamsin Reyes will shoot the film in Montreal and Paris from February next year.',
			'Mehta is represented by CAA, Range Media Partners and attorney Jamie Feldman.',
			'Reyes is repped by WME and Grandview.'
		]);
		expect(items.filter((i) => /represented|repped/.test(i.source.text)).map((i) => i.stem)).toEqual([]);
	});

	it('the city of a co-author’s institute', () => {
		const items = itemsOf('Rocky planet found near red dwarf', [
			'Astronomers have found a rocky planet orbiting a red dwarf 16 light years from Earth.',
			'The team used a spectrograph in Chile to measure the star’s wobble over three years.',
			'“At first we were not sure it was real,” said co-author Joao Mendonca of the Institute of Astrophysics and Space Sciences in Porto.',
			'The planet circles its star every 12 days, well inside the orbit of Mercury.'
		]);
		expect(items.filter((i) => i.factType === 'place' && i.source.text.includes('Institute')).map((i) => i.stem)).toEqual([]);
	});
});
