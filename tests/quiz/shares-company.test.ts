import { describe, expect, it } from 'vitest';
import { generateQuiz } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

const article = `Tarnow Mobile delays folding phone after hinge faults

Tarnow Mobile said on Monday it would delay the launch of its first folding phone by six months after testers found cracks in the hinge of 12 of 3,000 trial handsets.

Shares in Tarnow fell 6.1% in Warsaw trading. Shares in Vistula Hinge, the Gdańsk-based supplier making the part, fell 11%.

"Twelve out of three thousand may sound small," said Agata Wróbel, Tarnow's head of product. "For us it is twelve too many."

Vistula Hinge said separately that it was "working closely" with Tarnow and expected a new design within six weeks.

Analyst Piotr Zieliński of Baltic Securities said the delay would cost Tarnow about 400 million zloty in lost sales. "They wanted a headline and they got the wrong one," he said.

Marek Nowak, a retired engineer who had bought a trial handset, said: "Mine cracked on day three."`;

describe('a name whose shares trade is a company, never a speaker option (R8)', () => {
	it('offers no "Vistula Hinge" as who said a manager\'s or an analyst\'s words, over ten seeds', () => {
		const options = [];
		for (let seed = 1; seed <= 10; seed++) {
			for (const item of generateQuiz(parseArticleText(article), { seed, maxItems: 15 }).items) if (item.type === 'who-said') options.push(...item.options);
		}
		expect(options.length).toBeGreaterThan(0);
		expect(options).not.toContain('Vistula Hinge');
		expect(options).toContain('Agata Wróbel');
	});
});
