import { AppError } from '../app/appError.ts';
import type { Config } from '../config/loadConfig.ts';
import type { KnowledgeBase } from '../domain/kb/knowledgeBase.ts';
import { loadKnowledgeBase } from '../kb/loadKnowledgeBase.ts';
import { formatProblem } from '../kb/problem.ts';
import { keepSnapshot, readSnapshot } from '../kb/snapshot.ts';
import type { Io } from './io.ts';

export interface CommandContext {
  readonly io: Io;
  readonly config: Config;
  /** Loads the KB on first use; an invalid KB is an AppError listing every problem. */
  kb(dir?: string): KnowledgeBase;
}

export function createCommandContext(io: Io, config: Config): CommandContext {
  const loaded = new Map<string, KnowledgeBase>();
  return {
    io,
    config,
    kb(dir = config.contentDir) {
      const cached = loaded.get(dir);
      if (cached) return cached;
      const snapshot = config.kbSnapshot;
      const stored = snapshot ? readSnapshot(snapshot, dir) : undefined;
      if (stored) {
        loaded.set(dir, stored);
        return stored;
      }
      const validated = loadKnowledgeBase(dir, { catalog: true });
      const result = snapshot ? keepSnapshot(snapshot, dir, validated) : validated;
      if (!result.ok) {
        throw new AppError(
          'kb-invalid',
          'The knowledge base is invalid; run `pathway kb check` for details.',
          {
            problems: result.problems.map((problem) => formatProblem(problem)),
          },
        );
      }
      loaded.set(dir, result.kb);
      return result.kb;
    },
  };
}
