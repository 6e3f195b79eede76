/**
 * The answers to one item, by player id, as an immutable value that grows in O(1).
 *
 * XState's context must be treated as immutable (stately.ai/docs/context: "Do not mutate the
 * context object"), and copying a 2,000-entry record on every answer made a live room O(n²)
 * per item. A book is a view of a shared, append-only log: it sees the first `size` entries.
 * `with` appends in place when this book is the newest view of its log, so older books (older
 * snapshots) still see exactly what they saw; appending to an older view (a branch, as graph
 * traversal in tests does) copies the entries it sees first. Entries are never changed or
 * removed, so no view ever observes a change.
 */
export class AnswerBook<A extends { playerId: string }> {
	private constructor(
		private readonly log: Map<string, { answer: A; seq: number }>,
		/** How many answers this book holds. */
		readonly size: number
	) {}

	/** A book holding `answers`, in order; a player's second answer in the list is ignored. */
	static of<A extends { playerId: string }>(answers: Iterable<A> = []): AnswerBook<A> {
		let book = new AnswerBook<A>(new Map(), 0);
		for (const answer of answers) if (!book.has(answer.playerId)) book = book.with(answer);
		return book;
	}

	/** The answer of `playerId`, or undefined. */
	get(playerId: string): A | undefined {
		const entry = this.log.get(playerId);
		return entry && entry.seq < this.size ? entry.answer : undefined;
	}

	/** Whether `playerId` has answered. */
	has(playerId: string): boolean {
		return this.get(playerId) !== undefined;
	}

	/**
	 * A book with `answer` added; this book is unchanged. Throws when its player already has an
	 * answer here: each answer counts once, and callers check first.
	 */
	with(answer: A): AnswerBook<A> {
		if (this.has(answer.playerId)) throw new Error(`player ${answer.playerId} already answered`);
		// The log holds exactly this book's entries only when no later book was made from it.
		const log = this.log.size === this.size ? this.log : new Map([...this.entries()].map((a, seq) => [a.playerId, { answer: a, seq }]));
		log.set(answer.playerId, { answer, seq: this.size });
		return new AnswerBook(log, this.size + 1);
	}

	/** The answers in the order they were added. */
	*entries(): IterableIterator<A> {
		for (const { answer, seq } of this.log.values()) if (seq < this.size) yield answer;
	}
}
