// Rule cases of one area (see rules.test.ts): schema.

import type { Case } from '../rule-case.ts';

export const CASES: readonly Case[] = [];
