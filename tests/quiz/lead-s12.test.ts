import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

describe('a relative clause on a plural name, as a statement of its own', () => {
	it('reads the bare word after ", which" as the plural name’s verb', () => {
		const park = [
			'Scotland’s largest national park will get £12m to restore its forests, ministers said.',
			'The Cairngorms, which cover 4,528 square kilometres, are home to a quarter of the UK’s rare species.',
			'The money will pay for new native woodland and for rangers to watch over the pine martens.'
		];
		const stems = itemsOf('Cairngorms forests to get £12m', park).filter((i) => i.source.text.startsWith('The Cairngorms')).map((i) => i.stem);
		expect(stems.some((s) => s.startsWith('The Cairngorms cover '))).toBe(true);
	});
});
