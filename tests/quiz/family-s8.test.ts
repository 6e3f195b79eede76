import { describe, expect, it } from 'vitest';
import { familyMembers, nicknamedFull } from '../../src/lib/quiz/family';
import { soleReferent } from '../../src/lib/quiz/pronouns';
import { itemsOf, reportOf, written } from './report';

// an invented story of a woman, her son and a quoted manager: the son's wife shares her surname
const story = [
	'A Leeds pensioner who swam the length of a Scottish loch has raised more than £12,000 for the hospice that cared for her sister.',
	'Dorothy "Dot" Pemberton, 68, finished the 23-mile swim on Sunday morning when she reached the northern shore, six days after setting off.',
	'She was met by about 80 friends, neighbours and relatives, as well as nurses from the Leeds hospice.',
	'"My shoulders are aching," Mrs Pemberton said. "But every length was for my sister."',
	'The retired nurse, who learned to swim at 60, covered between three and five miles a day.',
	'Her first goal was £3,000, but gifts rose after a photograph of her in the cold water was shared online.',
	'Her son, Gavin, watched from a boat. His wife, Karen Pemberton, 41, said the family was "so proud".',
	'Fiona Marsh, the hospice fundraising lead, said: "Dot has shown remarkable courage this week."',
	'Mrs Pemberton was followed throughout by a rescue boat crewed by members of a Leeds swimming club.'
];

describe('family members who share a surname', () => {
	it('marks a full name written after a kinship word, once the surname has meant another person, as a relative', () => {
		const mentions = [
			{ text: 'Pemberton', surname: 'Pemberton', before: 'Dorothy "Dot" ' },
			{ text: 'Pemberton', surname: 'Pemberton', before: '"My shoulders are aching," Mrs ' },
			{ text: 'Karen Pemberton', surname: 'Pemberton', before: 'His wife, ' },
			{ text: 'Karen Pemberton', surname: 'Pemberton', before: 'Later ' }
		];
		expect([...familyMembers(mentions)]).toEqual([2, 3]);
		// the surname first written for the relative stays hers ("His wife, Karen Pemberton ... Mrs Pemberton")
		expect([...familyMembers([{ text: 'Karen Pemberton', surname: 'Pemberton', before: 'His wife, ' }, { text: 'Pemberton', surname: 'Pemberton', before: 'Mrs ' }])]).toEqual([]);
	});

	it('reads a first name and a quoted nickname before a lone surname as the full name', () => {
		expect(nicknamedFull('Dorothy "Dot" ', 'Pemberton')).toBe('Dorothy "Dot" Pemberton');
		expect(nicknamedFull('Yesterday ', 'Pemberton')).toBeUndefined();
	});

	it('never names the story\u2019s own woman by her relative\u2019s full name, and asks her "Her first goal" by her own', () => {
		const stems = written(reportOf('Pensioner, 68, swims loch for hospice', story)).map((w) => w.stem);
		expect(stems.some((s) => /Karen Pemberton[’']s first goal|Karen Pemberton was met/.test(s))).toBe(false);
		const items = itemsOf('Pensioner, 68, swims loch for hospice', story);
		expect(items.some((i) => i.stem.startsWith('Dorothy "Dot" Pemberton\u2019s first goal') || i.stem.startsWith('Dorothy "Dot" Pemberton\'s first goal'))).toBe(true);
	});

	it('never offers as the false sayer of a quote the person it names by her nickname', () => {
		const items = itemsOf('Pensioner, 68, swims loch for hospice', story);
		expect(items.some((i) => /Pemberton said: “Dot has shown/.test(i.stem))).toBe(false);
	});
});

describe('a pronoun after a sentence that opens on its one person', () => {
	it('takes "she" after "Jane Doe, 50, won when she ..." for Jane Doe, never after "Jane Doe called her ..."', () => {
		const doe = { surname: 'Doe', full: 'Jane Doe', gender: 'female' as const };
		expect(soleReferent('She', [{ persons: [doe], text: 'Jane Doe, 50, won the race when she reached the line.' }])?.full).toBe('Jane Doe');
		expect(soleReferent('She', [{ persons: [doe], text: 'Jane Doe called her a true friend.' }])).toBeUndefined();
		expect(soleReferent('She', [{ persons: [doe], text: 'On Monday the club told Jane Doe that she had won.' }])).toBeUndefined();
	});
});
