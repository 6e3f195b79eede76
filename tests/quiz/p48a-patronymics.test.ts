import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';

const TITLE = 'Llanfair council approves 6 per cent tax rise as swimming pool faces closure';
const COUNCIL = [
	'Llanfair County Council voted on Wednesday to raise council tax by 6 per cent and to consult on closing the Bryncoed swimming pool.',
	'The council leader, Councillor Siân Pugh, told the chamber the authority had "no good choices left".',
	'"We have cut everything that can be cut without closing a building," Cllr Pugh said.',
	'Opposition leader Gareth Morgan said the pool served 40,000 swimmers a year.',
	'"This council finds money for every consultant in Wales but not for a swimming pool," Cllr Morgan said.',
	'The cabinet member for finance, Councillor Gwilym ap Rhydderch, replied that the reserves had fallen to their lowest level since 2004.',
	'"Spending reserves on running costs is like paying the rent with a credit card," Cllr ap Rhydderch said.'
];

describe('p48a: a Welsh or Arabic patronymic stays with its name (R8)', () => {
	it('reads "Gwilym ap Rhydderch" and "Yusuf ibn Hamad" as whole names with their particle surnames', () => {
		const people = (text: string) => extractFacts(text).filter((f) => f.type === 'person').map((f) => [f.text, f.surname]);
		expect(people('The cabinet member for finance, Councillor Gwilym ap Rhydderch, replied on Tuesday.')).toContainEqual(['Gwilym ap Rhydderch', 'ap Rhydderch']);
		expect(people('The ruling was welcomed by lawyer Yusuf ibn Hamad on Monday.')).toContainEqual(['Yusuf ibn Hamad', 'ibn Hamad']);
	});

	it('never offers the first name "Gwilym" alone among surnames', () => {
		const options = itemsOf(TITLE, COUNCIL).filter((i) => i.factType === 'person').flatMap((i) => i.options);
		expect(options.length).toBeGreaterThan(0);
		expect(options).not.toContain('Gwilym');
	});
});
