import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { namedAsAnimal } from '../../src/lib/quiz/person-options';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf } from './report';

/** The people offered as who said something, wrong or right, and the names the false side of a "X said" statement puts in, over ten seeds. */
function speakersOffered(items: Item[]): string[] {
	return items.flatMap((i) => (i.type === 'who-said' ? i.options : i.type === 'true-false' && i.factType === 'person' ? [i.stem] : []));
}

describe('session 24: absurd people offered as who said something (R8, holdout70 and holdout73 grades)', () => {
	const zoo = [
		'A red panda that escaped from its enclosure at Lincoln Park Zoo early Tuesday was found about six hours later asleep in a maple tree, zoo officials said.',
		'Mei Lin, a 4-year-old female, was reported missing at 6:40 a.m. when keepers arrived for the morning feeding and found her habitat empty, said zoo spokeswoman Tanya Ruiz.',
		'"Red pandas are excellent climbers and very curious, so if you give them a ladder, they will use it," Ruiz said.',
		'"I thought it was a fox at first, but then it yawned and I saw that striped tail," said Karen Whitfield, 58, a retired schoolteacher.',
		'Keepers coaxed Mei Lin down with apple slices around 1:20 p.m., and a veterinary exam found no injuries, according to Dr. Samuel Osei, the senior veterinarian.',
		'"She is a little tired and she has had a lot of snacks, but she is in great shape," Osei said.',
		'Lincoln Park Zoo has three of the animals, including Mei Lin\'s younger brother, Tashi.'
	];

	it('reads a red panda as an animal from her habitat, her keepers and "the animals", one cue at a time', () => {
		expect(namedAsAnimal(zoo.join('\n'), 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo.join('\n'), 'Tashi')).toBe(true);
		expect(namedAsAnimal(zoo[1], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo[4], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal(zoo[6], 'Mei Lin')).toBe(true);
		expect(namedAsAnimal('Staff cleaned Mei Lin\'s enclosure before the zoo opened.', 'Mei Lin')).toBe(true);
		for (const person of ['Tanya Ruiz', 'Karen Whitfield', 'Samuel Osei']) expect(namedAsAnimal(zoo.join('\n'), person)).toBe(false);
		// a keeper is no animal because her sentence names a habitat she does not live in
		expect(namedAsAnimal('Keeper Tanya Ruiz said the habitat would be repaired.', 'Tanya Ruiz')).toBe(false);
	});

	it('never offers the red panda as who said a schoolteacher\'s words', () => {
		const offered = speakersOffered(itemsOf('Red panda that slipped out of Lincoln Park Zoo found napping in a maple tree', zoo));
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /Mei Lin|Tashi/.test(o))).toEqual([]);
	});

	it('never offers the Pope as who said what "the Pope had chosen", nor his regnal name among full names', () => {
		const items = itemsOf('Pope names Kerry-born bishop as new Archbishop of Cashel and Emly', [
			'Pope Leo XIV has appointed Bishop Donal Ó Súilleabháin, the Bishop of Killaloe, as the new Archbishop of Cashel and Emly, the Vatican announced at noon Rome time on Saturday.',
			'Dr Ó Súilleabháin (61), a native of Cahersiveen, Co Kerry, succeeds Archbishop Michael Hartnett, who submitted his resignation to the Pope on reaching the retirement age of 75 last year. He will be installed in the Cathedral of the Assumption in Thurles on Sunday, 26 April.',
			'The archdiocese, which covers parts of counties Tipperary and Limerick, has 46 parishes and a Catholic population of roughly 80,000, although weekly Mass attendance has fallen below 20 per cent in most areas, according to diocesan figures.',
			'Speaking in Thurles on Saturday afternoon, the archbishop-elect said he had received the news "with a mixture of surprise, gratitude and, I have to admit, some trepidation".',
			'"I come to a church that is smaller, older and humbler than the one I was ordained into," he said. "That is not a reason for despair. It is an invitation to listen – to young people, to women, to survivors of abuse – and to change what needs to change."',
			'Ordained in 1990, Dr Ó Súilleabháin studied at St Patrick\'s College, Maynooth, and later at the Pontifical Gregorian University in Rome, where he completed a doctorate in canon law. He served as a curate in Tralee and as secretary to the Irish Catholic Bishops\' Conference before being appointed to Killaloe in 2019.',
			'He is a fluent Irish speaker and said he intended to celebrate at least one Mass a month as Gaeilge in the archdiocese.',
			'Archbishop Hartnett, who led Cashel and Emly for 11 years, welcomed the appointment, describing his successor as "a pastor with a lawyer\'s mind and a Kerryman\'s stubbornness – both of which he will need".',
			'The Apostolic Nuncio to Ireland, Archbishop Giancarlo Ferrante, said the Pope had chosen "a shepherd with deep roots in the Irish church".',
			'The appointment leaves Killaloe vacant. Fr Brendan Quealy, the diocese\'s vicar general, is expected to be named diocesan administrator by the college of consultors within eight days.'
		]);
		const offered = speakersOffered(items.filter((i) => i.source.text.includes('the Pope had chosen')));
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /Leo XIV/.test(o))).toEqual([]);
		expect(speakersOffered(items).filter((o) => /Leo XIV/.test(o))).toEqual([]);
	});

	it('never offers a dive site a first name opens ("dive sites, Amos Rock and Malayan Wreck") as a speaker', () => {
		const offered = speakersOffered(
			itemsOf('Survey finds 58 percent of coral bleached at Tubbataha', [
				'"In 2024 we saw about a third of the coral bleached," said Dr. Maricel Dizon-Santiago, the marine biologist who led the expedition.',
				'"Some of the massive colonies we have been tracking since 1998 are bleaching for the first time," said Kenji Ito-Villanueva, a diver with the survey team.',
				'Park superintendent Jerome Abarquez said rangers would temporarily close two of the most popular dive sites, Amos Rock and Malayan Wreck, for the 2027 season.',
				'"We have to give the reef a rest," Abarquez said.'
			])
		);
		expect(offered.length).toBeGreaterThan(0);
		expect(offered.filter((o) => /\bRock\b/.test(o))).toEqual([]);
	});

	it('types a sport\'s governing body written like a name ("World Aquatics said") as an organisation, no person', () => {
		const facts = extractFacts('World Aquatics said a total of four world records had been set so far in the six days of competition.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(facts.some((f) => f.type === 'organisation' && f.text === 'World Aquatics')).toBe(true);
	});
});
