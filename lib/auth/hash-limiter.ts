// A small gate in front of password hashing: at most `concurrency` scrypt runs at once (each
// costs ~0.1 s of a core and 32 MiB), at most `queue` more waiting; the rest are refused at once
// with a time to retry, so a flood of logins can never take the cores that price quotes.
// Per process (each instance guards its own CPU). See docs/decisions/0008-login-abuse-and-hardening.md.
import { availableParallelism } from "node:os";

export class HashBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("too many logins at once; try again shortly");
    this.name = "HashBusyError";
  }
}

export class HashLimiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly queue: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` when a slot is free; throws HashBusyError when the queue is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queue) throw new HashBusyError(Math.max(1, Math.ceil(((this.waiting.length + 1) / this.concurrency) * 0.2)));
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter; otherwise it is freed.
      if (next) next();
      else this.running -= 1;
    }
  }
}

function positiveInt(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 64 ? n : fallback;
}

const globalLimiter = globalThis as unknown as { kaskoHashLimiter?: HashLimiter };

/**
 * The process's limiter: KASKO_LOGIN_HASH_CONCURRENCY slots (default: half the cores, at least 1)
 * and KASKO_LOGIN_HASH_QUEUE places in the queue (default 4).
 */
export function loginHashLimiter(): HashLimiter {
  globalLimiter.kaskoHashLimiter ??= new HashLimiter(
    Math.max(1, positiveInt(process.env.KASKO_LOGIN_HASH_CONCURRENCY, Math.max(1, Math.floor(availableParallelism() / 2)))),
    positiveInt(process.env.KASKO_LOGIN_HASH_QUEUE, 4),
  );
  return globalLimiter.kaskoHashLimiter;
}
