import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// "Sámi Week", "Sámi National Day": a time or a feast named after a people is no person, and "Week" was
// offered as a festival guide's speaker (the holdout137 reader's R8). "Doris Day" stays a person.
const festivals = `Five winter festivals in Europe worth braving the cold for

Christmas markets get most of the attention, but Europe's darkest months also bring some of its most unusual celebrations.

1. Up Helly Aa, Lerwick, Shetland (late January). Up to 1,000 torch-bearers march through the town before setting fire to a replica Viking galley.

2. Sámi Week, Tromsø, Norway (early February). The week around Sámi National Day on 6 February includes reindeer racing on the city's main street.

3. Carnival of Binche, Belgium (February). Hundreds of costumed Gilles throw oranges into the crowd. "January is the month when airlines are trying hardest to fill seats," said travel writer Marta Gil.`;

const singer = `Singer Doris Day dies aged 97

Doris Day, the singer and actress, has died aged 97 at her home in California, her foundation said on Monday.

Day made 39 films and recorded more than 650 songs between 1947 and 1967.

"She was a friend to every animal," said Bob Bashara, her manager of many years.

Her foundation said she had been in excellent health until recently.`;

const persons = (text: string) => generateWithReport(parseArticleText(text), { seed: 1 }).facts.flat().filter((f) => f.type === 'person').map((f) => f.text);

describe('feasts named after a people are no persons', () => {
	it('files no "Sámi Week" nor "Sámi National Day" as a person', () => {
		expect(persons(festivals)).toEqual(['Marta Gil']);
	});

	it('keeps Doris Day a person', () => {
		expect(persons(singer)).toContain('Doris Day');
	});
});
