// Every area's rule cases, joined for rules.test.ts.

import type { Case } from '../rule-case.ts';
import { CASES as conditions } from './conditions.ts';
import { CASES as leaves } from './leaves.ts';
import { CASES as merge } from './merge.ts';
import { CASES as schema } from './schema.ts';
import { CASES as values } from './values.ts';

export const AREA_CASES: readonly Case[] = [...schema, ...leaves, ...conditions, ...values, ...merge];
