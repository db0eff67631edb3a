// Rule cases of one area (see rules.test.ts): merge.

import type { Case } from '../rule-case.ts';

export const CASES: readonly Case[] = [];
